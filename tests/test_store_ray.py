"""Ingest on a local Ray cluster stores exactly what a local run stores (DuckDB; skipped without Ray)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def test_a_failed_merge_is_named_and_a_rerun_after_a_dead_worker_gives_the_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ray = pytest.importorskip("ray")
    from ghatna.store import ray_engine
    from ghatna.store.ray_engine import RayUnavailable, RayWorkerError, ingest_on_ray

    corpus = str(write_corpus(tmp_path / "news.jsonl"))
    with Store.open(str(tmp_path / "local.duckdb")) as local:
        ingest(local, [corpus], IngestSettings(workers=0, batch_size=3))
        wanted = all_rows(local)
    merge_on = ray_engine.merge_on

    def killing(cluster: Any, workers: list[Any]) -> Any:  # a worker dies as the merge begins
        merge = merge_on(cluster, workers)

        def killed(blocks: Any, reports: Any, settings: Any) -> Any:
            cluster.kill(workers[0])
            return merge(blocks, reports, settings)
        return killed

    def buggy(cluster: Any, workers: list[Any]) -> Any:  # the code run on the actors raises
        merge = merge_on(cluster, workers)
        return lambda blocks, reports, settings: merge(blocks, reports, None)

    settings = IngestSettings(workers=2, batch_size=3)
    try:
        with Store.open(str(tmp_path / "ray.duckdb")) as store:
            monkeypatch.setattr(ray_engine, "merge_on", killing)
            with pytest.raises(RayUnavailable, match="died while merging events.*run the same ingest again"):
                ingest_on_ray(store, [corpus], settings)
            assert store.query("SELECT count(*) FROM events") == [(0,)]
            monkeypatch.setattr(ray_engine, "merge_on", buggy)
            with pytest.raises(RayWorkerError) as raised:
                ingest_on_ray(store, [corpus], settings)
            monkeypatch.setattr(ray_engine, "merge_on", merge_on)
            ingest_on_ray(store, [corpus], settings)
            got = all_rows(store)
    finally:
        ray.shutdown()
    message = str(raised.value)
    assert "merging events" in message and "AttributeError" in message and "\x1b" not in message
    assert "run the same ingest again" not in message
    for table, rows in wanted.items():
        assert got[table] == rows, f"table {table} differs after a worker died in the merge"
