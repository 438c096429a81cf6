"""Cleaning scraped pages: title, author, publication date, dateline and body."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import ghatna
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.clean import classify_line, load_rules
from ghatna.text.normalize import normalize_text

PAGES = Path(__file__).parent / "pages"
EXPECTED = yaml.safe_load((PAGES / "expected.yaml").read_text(encoding="utf-8"))


def flat(text: str | None) -> str:
    return " ".join(normalize_text(text or "").split())


@pytest.fixture(scope="module")
def cleaner() -> Pipeline:
    return Pipeline(Settings(), stages=["html", "normalize", "clean"])


@pytest.mark.parametrize("case", EXPECTED, ids=[c["file"] for c in EXPECTED])
def test_page(case: dict, cleaner: Pipeline) -> None:
    doc = ghatna.extract_file(PAGES / case["file"], cleaner)
    body = flat(doc.body)
    assert [x for x in case["body_include"] if flat(x) not in body] == []
    assert [x for x in case["body_exclude"] if flat(x) in body] == []
    assert flat(doc.title) == flat(case.get("title"))
    assert (doc.author or None) == (case.get("author") or None)
    assert (doc.published or None) == (str(case["published"]) if case.get("published") else None)
    assert ((doc.dateline or {}).get("date")) == ((case.get("dateline") or {}).get("date"))


@pytest.mark.parametrize(("line", "kind"), [
    ("यह भी पढ़ें: पाकिस्तान में बाढ़ से 40 की मौत", "related"),
    ("ये भी पढ़े- संयुक्त राष्ट्र में सुधार पर बहस फिर टली", "related"),
    ("Also Read: भारत ने जीता मैच", "related"),
    ("पढ़ें: आईएमएफ से राहत", "related"),
    ("जरूर पढ़ें", "label"),
    ("Recent Posts", "label"),
    ("Trending news", "label"),
    ("- Advertisement -", "marker"),
    ("14 views", "counter"),
    ("1.2K Shares", "counter"),
    ("22 minutes ago", "time"),
    ("2 घंटे पहले", "time"),
    ("trendingNow12101254", "tracker"),
    ("Screenshot_20240512_101233", "filename"),
    ("court1-150x150", "filename"),
    ("Update: 2024-05-16 02:21 GMT", "stamp"),
    ("प्रकाशित: 12 मार्च 2025, 10:15 AM IST", "stamp"),
    ("लेखक: नेहा चौधरी", "byline"),
    ("By Priya Sharma", "byline"),
    ("(फोटो: रॉयटर्स)", "caption"),
    ("Tags: India, US", "tag"),
    ("#IndiaUSTrade #Tariffs", "hashtags"),
    ("होम / विदेश / श्रीलंका", "menu"),
    ("भारत ने बुधवार को पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।", "paragraph"),
    ("विदेश मंत्री ने कहा कि बातचीत जारी रहेगी.", "paragraph"),
    ("दोनों नेताओं ने व्यापार बढ़ाने पर दिया जोर", "headline"),
    ("महाकुंभ की सुरक्षा पर मुख्यमंत्री ने कहा कि महाकुंभ से…", "teaser"),
    ("पढ़ाई के लिए छात्रों ने विदेश जाने का फैसला किया।", "paragraph"),  # "पढ़ाई" is not "पढ़ें"
    ("Photography is an art", "filename"),                         # no separator: not a caption
])
def test_classify_line(line: str, kind: str) -> None:
    assert classify_line(normalize_text(line), load_rules()) == kind


def test_sidebar_after_the_article_is_dropped(cleaner: Pipeline) -> None:
    text = "\n".join([  # noqa: FLY002 (one line of the page a line)
        "भारत और जापान के बीच रक्षा वार्ता",
        "टोक्यो, 4 जून। भारत और जापान के रक्षा मंत्रियों ने बुधवार को यहां मुलाकात की और सहयोग बढ़ाने पर सहमति जताई।",
        "दोनों देशों ने अगले साल संयुक्त अभ्यास करने का फैसला भी किया।",
        "लोकप्रिय",
        "पाकिस्तान में महंगाई से लोग परेशान",
        "3 घंटे पहले",
        "ईरान ने इजराइल पर फिर दागी मिसाइलें",
    ])
    doc = ghatna.extract(text, pipeline=cleaner)
    assert doc.title == "भारत और जापान के बीच रक्षा वार्ता"
    assert "संयुक्त अभ्यास" in doc.body
    assert "पाकिस्तान" not in doc.body and "इजराइल" not in doc.body
    assert doc.dateline is not None and doc.dateline["date"] == "--06-04"
