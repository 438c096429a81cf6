"""Ingest: idempotent, order-independent, through the real pipeline in parallel."""

from __future__ import annotations

import json
from pathlib import Path

from test_store_common import all_rows, event, processed

from ghatna.store import IngestSettings, Store, ingest, link_duplicates, rebuild_events, save_batch
from ghatna.store.ingestion import Processed, count_inputs, date_basis, resolve_outlet

LINES = [
    "बीजिंग, 8 फरवरी। रूस के राष्ट्रपति व्लादिमीर पुतिन ने चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की।",
    "नई दिल्ली, 3 मार्च। भारत और जापान के बीच समुद्री सुरक्षा पर वार्ता हुई और दोनों ने सहयोग बढ़ाने का फैसला किया।",
    "इस्लामाबाद, 9 मई। पाकिस्तान ने भारत पर सीमा पर गोलीबारी का आरोप लगाया और कड़ा विरोध दर्ज कराया।",
]


def write_corpus(path: Path, copies: int = 2) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for number in range(12):
            text = LINES[number % 3] + f" यह खबर संख्या {number} है और इसमें आगे का ब्योरा दिया गया है।"
            for copy in range(copies if number % 4 == 0 else 1):
                record = {"url": f"https://outlet{copy}.example/{number}", "published": "2024-02-09", "text": text}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        handle.write("not json\n")
    return path


def test_same_article_twice_is_stored_once(store: Store) -> None:
    item = processed("a.txt", "एक ही खबर", [event()])
    save_batch(store, [item])
    save_batch(store, [processed("b.txt", "एक ही खबर", [event()])])
    assert store.query("SELECT count(*) FROM articles") == [(1,)]
    assert store.query("SELECT count(*) FROM mentions") == [(1,)]
    assert store.query("SELECT count(*) FROM sources") == [(2,)]


# What makes a row one of a kind (a DuckDB store has no primary keys: the code keeps these unique).
ROW_KEYS = {
    "articles": "id", "sources": "source", "mentions": "article_id, idx", "article_links": "article_id, duplicate_of",
    "duplicate_groups": "article_id", "events": "id", "event_mentions": "article_id, idx",
    "merge_index": "article_id, idx", "merged_sources": "source", "dedup_pending": "article_id",
}


def duplicated_keys(store: Store) -> dict[str, int]:
    """Per table, how many rows repeat the key of another."""
    counts = {table: store.query(f"SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT {key} FROM {table}) AS kinds) "
                                 f"FROM {table}")[0][0] for table, key in ROW_KEYS.items()}
    return {table: int(n) for table, n in counts.items() if n}


def test_saving_the_same_inputs_again_adds_no_row(store: Store) -> None:
    batch = [processed("a.txt", "पुतिन ने शी से फोन पर बात की।", [event()]),
             processed("b.txt", "पुतिन ने शी से फोन पर बात की।", [event()], outlet="other"),
             processed("c.txt", "पुतिन ने शी से फोन पर बात की और व्यापार पर चर्चा की।", [event(), event("ACCUSE")]),
             Processed("bad.txt", None, None, None, error="binary data")]
    save_batch(store, batch)
    link_duplicates(store)
    rebuild_events(store)
    once = all_rows(store)
    for _ in range(2):
        save_batch(store, batch)
        link_duplicates(store)
        rebuild_events(store)
    assert duplicated_keys(store) == {}
    assert all_rows(store) == once and len(once["sources"]) == 4 and len(once["mentions"]) == 3


def test_the_smallest_source_wins_whatever_the_order(store: Store) -> None:
    late = processed("z.txt", "वही खबर", [event(date="2024-02-08")], published="2024-02-09")
    early = processed("a.txt", "वही खबर", [event(date="2024-02-07"), event(type_="ACCUSE")], published="2024-02-08")
    save_batch(store, [late])
    save_batch(store, [early])
    assert store.query("SELECT source FROM articles") == [("a.txt",)]
    assert sorted(store.query("SELECT type, date FROM mentions")) == [("ACCUSE", "2024-02-08"),
                                                                      ("CONSULT", "2024-02-07")]


def test_errors_are_recorded_and_count_as_done(store: Store) -> None:
    save_batch(store, [Processed("bad.txt", None, None, None, error="binary data")])
    assert store.query("SELECT source, article_id, error FROM sources") == [("bad.txt", None, "binary data")]


def test_ingest_pipeline_inline_and_idempotent(store: Store, tmp_path: Path) -> None:
    """In one process (the pool runs in test_ingest_kill, through the CLI)."""
    corpus = str(write_corpus(tmp_path / "news.jsonl"))
    assert count_inputs([corpus]) == 16
    report = ingest(store, [corpus], IngestSettings(workers=0, batch_size=3))
    assert (report.seen, report.stored, report.failed) == (16, 15, 1)
    first = all_rows(store)
    assert len(first["articles"]) == 12 and len(first["sources"]) == 16
    again = ingest(store, [corpus, corpus], IngestSettings(workers=0, batch_size=5))
    assert (again.stored, again.skipped) == (0, 32)
    assert all_rows(store) == first


def test_outlet_falls_back_to_host_then_directory() -> None:
    assert resolve_outlet("x", "Dainik", "https://www.news.example/a") == "Dainik"
    assert resolve_outlet("https://www.news.example/a", None, None) == "news.example"
    assert resolve_outlet("/data/amar-ujala/12.txt", None, None) == "amar-ujala"
    assert resolve_outlet("/data/wire/feed.jsonl:4", None, None) == "wire"


DATELINE = {"text": "मॉस्को, 9 फरवरी (एजेंसी)", "start": 0, "end": 24, "date": "--02-09"}


def test_date_basis_tells_dateline_dates_from_text_dates() -> None:
    record = {"dateline": DATELINE}
    from_dateline = {"date": "2024-02-09", "date_evidence": {"start": 0, "end": 24}}
    from_text = {"date": "2024-02-08", "date_evidence": {"start": 40, "end": 47}}
    assert date_basis(from_dateline, record) == "dateline"
    assert date_basis(from_text, record) == "text"
    assert date_basis({"date": "2024-02-09", "date_evidence": None}, {}) is None
    assert date_basis({"date": None}, record) is None
