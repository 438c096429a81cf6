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
    try:
        with Store.open(str(tmp_path / "ray.duckdb")) as store:
            report = ingest_on_ray(store, [corpus], IngestSettings(workers=2, batch_size=3))
            got = all_rows(store)
        # more workers than the running cluster has CPUs: as many actors as it has, not a wait for ever
        with Store.open(str(tmp_path / "more.duckdb")) as store:
            ingest_on_ray(store, [corpus], IngestSettings(workers=5, batch_size=3))
            more = all_rows(store)
    finally:
        ray.shutdown()
    assert (report.stored, report.failed, report.events) == (expected.stored, expected.failed, expected.events)
    for table, rows in wanted.items():
        assert got[table] == rows, f"table {table} differs"
        assert more[table] == rows, f"table {table} differs with more workers than CPUs"
