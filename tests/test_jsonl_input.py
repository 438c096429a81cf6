"""The JSON Lines input record: text or html, url, published, source, title (README, "Inputs")."""

from __future__ import annotations

import json
from pathlib import Path

import ghatna
from ghatna.text.readers import iter_articles

BODY = "नई दिल्ली, 14 मार्च। विदेश मंत्री ने बुधवार को नेपाल के विदेश मंत्री से मुलाकात की और सहयोग पर चर्चा की।"


def write(tmp_path: Path, record: dict[str, str]) -> str:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_every_documented_field_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, {"text": BODY, "url": "https://example.org/a/1", "published": "2025-03-14",
                            "source": "Example Times", "title": "भारत और नेपाल के मंत्रियों की बैठक"})
    [article] = list(iter_articles([path]))
    assert (article.url, article.published, article.outlet) == ("https://example.org/a/1", "2025-03-14",
                                                                  "Example Times")
    assert article.title == "भारत और नेपाल के मंत्रियों की बैठक"


def test_the_given_title_is_the_records_title_and_stays_out_of_the_body(tmp_path: Path) -> None:
    title = "भारत और नेपाल के मंत्रियों की बैठक"
    [outcome] = list(ghatna.extract_many([write(tmp_path, {"text": BODY, "title": title})]))
    assert outcome.document is not None
    record = outcome.document.to_record()
    assert record["title"] == title
    assert title not in record["body"] and "मुलाकात" in record["body"]


def test_without_a_title_field_nothing_is_invented(tmp_path: Path) -> None:
    [article] = list(iter_articles([write(tmp_path, {"text": BODY})]))
    assert article.title is None
