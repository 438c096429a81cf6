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


def records_of(path: Path) -> list[tuple[str, str | None, str]]:
    return [(item.source, getattr(item, "text", None), type(item).__name__) for item in iter_articles([str(path)])]


def test_a_file_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    """CRLF endings, blank and bad lines, and U+2028 inside a JSON string (legal JSON, but a
    line break to str.splitlines) each count as the file's lines do."""
    lines = [json.dumps({"text": "भारत ने बयान दिया।"}, ensure_ascii=False), "", "not json",
             json.dumps({"text": "दूसरा लेख\u2028जारी"}, ensure_ascii=False), json.dumps({"url": "https://x.in/a", "text": "तीसरा"})]
    streamed = tmp_path / "feed.jsonl"
    streamed.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    got = records_of(streamed)
    assert [kind for *_, kind in got] == ["RawArticle", "ReadError", "RawArticle", "RawArticle"]
    assert [source.rsplit(":", 1)[-1] for source, *_ in got[:3]] == ["1", "3", "4"]  # numbered as lines of the file
    assert got[2][1] == "दूसरा लेख\u2028जारी"  # a line separator inside a JSON string stays in its record
    assert got[3][0] == "https://x.in/a"
    assert [text for _, text, _ in got if text] == ["भारत ने बयान दिया।", "दूसरा लेख\u2028जारी", "तीसरा"]


def test_a_damaged_line_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": "ठीक"}, ensure_ascii=False).encode()
    path.write_bytes(good + b"\n" + b'{"text": "\xff\xfe broken"}\n' + good + b"\n")
    got = records_of(path)
    assert len(got) == 3 and got[0][1] == got[2][1] == "ठीक"
