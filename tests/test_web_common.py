"""Shared fixtures for the web tests: a small store ingested from self-written Hindi articles.

The store is built once per session with the store's own ``ingest`` and served read-only.
One article is hostile: markup and a ``javascript:`` URL in its title, body, outlet and URL,
which every page must show as text and never run or link.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ghatna.store import IngestSettings, Store, ingest

# (headline, body, url, published, outlet): written for these tests.
ARTICLES = [
    ("पुतिन ने शी जिनपिंग से फोन पर बात की",
     ("मॉस्को, 8 फरवरी। रूस के राष्ट्रपति व्लादिमीर पुतिन ने गुरुवार को चीन के राष्ट्रपति शी जिनपिंग से फोन पर "
     "बात की। दोनों नेताओं ने व्यापार और ऊर्जा सहयोग पर चर्चा की।"),
     "https://tass.example/world/1", "2024-02-08", "TASS Hindi"),
    ("शी और पुतिन की फोन वार्ता",
     ("बीजिंग, 8 फरवरी। चीन के राष्ट्रपति शी जिनपिंग और रूस के राष्ट्रपति व्लादिमीर पुतिन ने गुरुवार को फोन पर "
     "बातचीत की। शी ने कहा, \"चीन और रूस के संबंध मजबूत हैं।\""),
     "https://xinhua.example/2", "2024-02-08", "Xinhua Hindi"),
    ("भारत ने पाकिस्तान पर आरोप लगाया",
     ("नई दिल्ली, 9 मई। भारत ने पाकिस्तान पर सीमा पार आतंकवाद को बढ़ावा देने का आरोप लगाया। विदेश मंत्रालय के "
     "प्रवक्ता ने कहा कि पाकिस्तान को आतंकी ढांचे को खत्म करना होगा।"),
     "https://pti.example/3", "2024-05-09", "PTI"),
    ("मोदी अगले महीने जापान जाएंगे",
     ("नई दिल्ली, 1 जून। प्रधानमंत्री नरेंद्र मोदी अगले महीने जापान का दौरा करेंगे। वे टोक्यो में जापान के "
     "प्रधानमंत्री से मुलाकात करेंगे।"),
     "https://pti.example/4", "2024-06-01", "PTI"),
    ("गाजा पर हवाई हमला",
     "यरुशलम, 15 मार्च। इजरायल की सेना ने शुक्रवार को गाजा पर हवाई हमला किया जिसमें 12 लोग मारे गए।",
     "https://wire.example/5", "2024-03-15", "Wire"),
    ("भारत ने नेपाल को सहायता दी",
     ("काठमांडू, 20 मार्च। भारत ने नेपाल को भूकंप राहत के लिए 10 करोड़ रुपये की सहायता दी। नेपाल के प्रधानमंत्री ने "
     "भारत का आभार जताया।"),
     "https://wire.example/6", "2024-03-20", "Wire"),
    ("<script>window.__ghatna_pwned=3</script> भारत का पाकिस्तान पर आरोप",
     ("नई दिल्ली, 10 मई। <script>window.__ghatna_pwned = 1</script> भारत ने पाकिस्तान पर आतंकवाद का आरोप लगाया। "
     "<img src=x onerror=\"window.__ghatna_pwned=2\"> देखें javascript:alert(1) विदेश मंत्रालय ने बयान जारी किया।"),
     "javascript:alert(1)", "2024-05-10", "<b onmouseover=alert(1)>Evil</b>"),
]
HOSTILE = ("<script>window.__ghatna_pwned", "<img src=x", "<b onmouseover")


def write_articles(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for title, body, url, published, outlet in ARTICLES:
            row = {"text": f"{title}\n\n{body}", "url": url, "published": published, "source": outlet}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def build_store(target: str, articles: Path, schema: str | None = None) -> None:
    """Ingest the articles into a store at ``target`` and close it (the server opens it read-only)."""
    with Store.open(target, schema=schema) as store:
        report = ingest(store, [str(articles)], IngestSettings(workers=0))
    assert report.failed == 0 and report.stored == len(ARTICLES)


@pytest.fixture(scope="session")
def web_store_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("web")
    path = folder / "corpus.duckdb"
    build_store(str(path), write_articles(folder / "articles.jsonl"))
    yield path
