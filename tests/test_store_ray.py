"""Ingest on a local Ray cluster stores exactly what a local run stores (DuckDB; skipped without Ray)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store_common import all_rows
from test_store_ingest import write_corpus

from ghatna.store import IngestSettings, Store, ingest


def test_ray_run_gives_the_local_store(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    from ghatna.store.ray_engine import ingest_on_ray

    corpus = str(write_corpus(tmp_path / "news.jsonl"))
    with Store.open(str(tmp_path / "local.duckdb")) as local:
        expected = ingest(local, [corpus], IngestSettings(workers=0, batch_size=3))
        wanted = all_rows(local)
    # a run that stopped after the first 7 inputs were saved (inputs are named by their URL)
    first = tmp_path / "first.jsonl"
    first.write_text("".join(Path(corpus).read_text(encoding="utf-8").splitlines(keepends=True)[:7]), encoding="utf-8")
    with Store.open(str(tmp_path / "resumed.duckdb")) as store:
        ingest(store, [str(first)], IngestSettings(workers=0, batch_size=3))
    try:
        with Store.open(str(tmp_path / "ray.duckdb")) as store:
            threads = store.query("SELECT current_setting('threads')")
            report = ingest_on_ray(store, [corpus], IngestSettings(workers=2, batch_size=3))
            got = all_rows(store)
            assert store.query("SELECT current_setting('threads')") == threads  # as it was before the run
        with Store.open(str(tmp_path / "resumed.duckdb")) as store:
            resumed = ingest_on_ray(store, [corpus], IngestSettings(workers=2, batch_size=3))
            again = all_rows(store)
        # more workers than the running cluster has CPUs: as many actors as it has, not a wait for ever
        with Store.open(str(tmp_path / "more.duckdb")) as store:
            ingest_on_ray(store, [corpus], IngestSettings(workers=5, batch_size=3))
            more = all_rows(store)
    finally:
        ray.shutdown()
    assert (report.stored, report.failed, report.events) == (expected.stored, expected.failed, expected.events)
    assert resumed.skipped == 7 and resumed.stored + resumed.failed == expected.stored + expected.failed - 7
    for table, rows in wanted.items():
        assert got[table] == rows, f"table {table} differs"
        assert more[table] == rows, f"table {table} differs with more workers than CPUs"
        assert again[table] == rows, f"table {table} differs after a resumed run"
