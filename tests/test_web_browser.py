"""The explorer in a real headless Chromium: search → event → article, highlights, hostile text inert.

The server runs on 127.0.0.1 (a free port) over the test store; Chromium is Debian's
``chromium`` driven through ``chromedriver`` by selenium, which downloads nothing when both
paths are given. Screenshots go to $GHATNA_SCREENSHOTS (else the test's temporary folder).
The test skips, saying why, where the browser, its driver or selenium is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_common import web_store_path  # noqa: F401

from ghatna.web import WebSettings, create_app

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
CHROME_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--disable-extensions", "--disable-default-apps", "--mute-audio", "--lang=hi-IN")
INSTALL = "apt-get install -y chromium chromium-driver (and pip install selenium)"


def browser_paths() -> tuple[str, str]:
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip(f"selenium is not installed: {INSTALL}")
    browser = next((p for p in map(shutil.which, BROWSERS) if p), None)
    driver = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists()
                                              else None)
    if not browser:
        pytest.skip(f"no Chromium found on PATH (tried {', '.join(BROWSERS)}): {INSTALL}")
    if not driver:
        pytest.skip(f"no chromedriver found: {INSTALL}")
    return browser, driver


@pytest.fixture(scope="module")
def server(web_store_path: Path) -> Iterator[str]:  # noqa: F811
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(WebSettings(db=str(web_store_path)))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start within 20 s"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("GHATNA_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    binary, driver_path = browser_paths()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument("--window-size=1280,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def save(driver: Any, shots: Path, name: str) -> Path:
    path = shots / f"{name}.png"
    driver.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path


def plain_text(driver: Any, selector: str) -> str:
    """An element's text without the labels the page adds to highlights and anchors."""
    return str(driver.execute_script(
        "var c = document.querySelector(arguments[0]).cloneNode(true);"
        "c.querySelectorAll('.hl-label, .region-tag').forEach(function (e) { e.remove(); });"
        "return c.textContent;", selector))


def severe_logs(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_search_then_event_then_article(browser: Any, server: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/?q=फोन")
    assert int(browser.find_element(By.ID, "total").text) >= 1
    save(browser, shots, "1-search")
    browser.find_element(By.CSS_SELECTOR, "a.event-link").click()

    evidence = browser.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
    assert len(evidence) >= 2  # two outlets reported the call
    for quote in evidence:
        marked = {m.get_attribute("class").split()[-1]: m.text for m in quote.find_elements(By.CSS_SELECTOR, "mark")}
        assert {"hl-trigger", "hl-source", "hl-target"} <= set(marked), marked
    triggers = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark.hl-trigger")]
    assert any("बात" in t for t in triggers)
    assert browser.find_element(By.CSS_SELECTOR, "link[rel=alternate]").get_attribute("href").startswith(
        f"{server}/api/events/")
    save(browser, shots, "2-event")

    browser.find_element(By.CSS_SELECTOR, "a.article-link").click()
    assert "#ev-" in browser.current_url
    target = browser.execute_script("var t = document.querySelector(':target'); return t && t.className;")
    assert target == "region"
    kinds = {m.get_attribute("class") for m in browser.find_elements(By.CSS_SELECTOR, "#body mark.hl")}
    assert {"hl hl-PERSON", "hl hl-GPE"} <= kinds
    save(browser, shots, "3-article")
    assert not severe_logs(browser)


def test_hostile_text_stays_inert(browser: Any, server: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/?q=आतंकवाद")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a.event-link")]
    assert links
    for link in links:
        browser.get(link)
        for article in [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "a.article-link")]:
            browser.get(article)
            if "<script>" in plain_text(browser, "#body"):
                break
        else:
            continue
        break
    body = plain_text(browser, "#body")
    assert "<script>window.__ghatna_pwned = 1</script>" in body  # shown as text
    assert "<script>window.__ghatna_pwned=3</script>" in plain_text(browser, "h1")
    assert "<b onmouseover=alert(1)>Evil</b>" in browser.find_element(By.CSS_SELECTOR, "p.meta").text
    assert browser.execute_script("return window.__ghatna_pwned === undefined")
    own = [s.get_attribute("src") for s in browser.find_elements(By.TAG_NAME, "script")]
    assert all(src and src.startswith(f"{server}/static/") for src in own), own
    assert not browser.find_elements(By.CSS_SELECTOR, "img[src='x'], b[onmouseover], a[href^='javascript:']")
    save(browser, shots, "4-hostile-article")


def test_timeline_chart_draws(browser: Any, server: str, shots: Path) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/timeline?dyad=IND:PAK&interval=day")
    assert browser.find_elements(By.CSS_SELECTOR, "#chart .uplot canvas")
    legend = browser.find_element(By.CSS_SELECTOR, "#chart .u-legend").text
    assert "verbal conflict" in legend and "Goldstein" in legend
    assert not severe_logs(browser)
    save(browser, shots, "5-timeline")
    browser.get(f"{server}/actors/Q7747")
    assert browser.find_elements(By.CSS_SELECTOR, "#chart .uplot canvas")
    save(browser, shots, "6-actor")


def test_pages_fit_a_phone(browser: Any, server: str, shots: Path) -> None:
    browser.set_window_size(390, 844)
    try:
        for page in ("/", "/timeline?dyad=RUS:CHN", "/articles"):
            browser.get(server + page)
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{page} scrolls sideways by {overflow}px at phone width"
        save(browser, shots, "7-phone")
    finally:
        browser.set_window_size(1280, 1000)
