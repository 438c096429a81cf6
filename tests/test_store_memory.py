"""The DuckDB store's memory is bounded and does not grow with the store; the bound is the user's to raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.store import Store, rebuild_events
from ghatna.store.db import DUCKDB_WORKING_MB, MEMORY_VARIABLE, StoreError
from ghatna.store.migrations import MIGRATIONS, apply_migrations, apply_one, current_version

FILL_ARTICLES = "INSERT INTO articles (id, source, body, record) SELECT 'a' || i, 's' || i, '', '{}' FROM range(?) t(i)"
FILL_MENTIONS = "INSERT INTO mentions (article_id, idx, type) SELECT 'a' || i, 0, 'CONSULT' FROM range(?) t(i)"


def setting(store: Store, name: str) -> str:
    return str(store.query("SELECT value FROM duckdb_settings() WHERE name = ?", (name,))[0][0])


def mebibytes(value: str) -> float:
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def held_keys(store: Store) -> list[tuple[str, str]]:
    """The indexes and primary keys (what DuckDB holds whole in memory) of the store's tables."""
    indexes = store.query("SELECT table_name, index_name FROM duckdb_indexes()")
    keys = store.query("""SELECT table_name, constraint_type FROM duckdb_constraints()
                          WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name <> 'schema_version'""")
    return sorted((str(t), str(n)) for t, n in indexes + keys)


def index_memory(store: Store) -> int:
    return int(store.query("SELECT sum(memory_usage_bytes) FROM duckdb_memory() WHERE tag = 'ART_INDEX'")[0][0] or 0)


def test_the_cache_is_bounded_and_the_variable_raises_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MEMORY_VARIABLE, raising=False)
    with Store.open(tmp_path / "a.duckdb") as store:
        assert mebibytes(setting(store, "memory_limit")) <= DUCKDB_WORKING_MB
        assert mebibytes(setting(store, "checkpoint_threshold")) < 16  # DuckDB's own default
        store.execute(FILL_ARTICLES, (40_000,))
    with Store.open(tmp_path / "a.duckdb") as store:  # a large store gets no more than a small one
        assert mebibytes(setting(store, "memory_limit")) <= DUCKDB_WORKING_MB
    monkeypatch.setenv(MEMORY_VARIABLE, "1GB")
    with Store.open(tmp_path / "b.duckdb") as store:
        assert mebibytes(setting(store, "memory_limit")) > 900


def test_nothing_held_in_memory_grows_with_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.duckdb") as store:
        assert held_keys(store) == []
        store.execute(FILL_ARTICLES, (40_000,))
        store.execute(FILL_MENTIONS, (40_000,))
        store.execute("CHECKPOINT")
        assert index_memory(store) == 0


def test_an_older_store_keeps_its_rows_and_loses_its_keys(tmp_path: Path) -> None:
    with Store.open(":memory:") as fresh:
        expected = fresh.query("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                               "ORDER BY ALL")
    with Store.open_duckdb(str(tmp_path / "old.duckdb")) as old:
        current_version(old)
        for migration in MIGRATIONS[:10]:
            apply_one(old, migration)
        old.execute(FILL_ARTICLES, (5_000,))
        old.execute(FILL_MENTIONS, (5_000,))
        assert ("articles", "PRIMARY KEY") in held_keys(old)
        apply_migrations(old)
        assert held_keys(old) == []
        assert old.query("SELECT count(*), count(DISTINCT id) FROM articles") == [(5_000, 5_000)]
        assert old.query("SELECT count(*) FROM mentions") == [(5_000,)]
        assert old.query("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                         "ORDER BY ALL") == expected


def test_a_bad_bound_is_a_named_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MEMORY_VARIABLE, "lots")
    with pytest.raises(StoreError, match=f"{MEMORY_VARIABLE}='lots' is not a memory size"):
        Store.open(tmp_path / "c.duckdb")


def test_running_out_of_the_bound_says_how_to_raise_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MEMORY_VARIABLE, "4MB")
    with (Store.open(tmp_path / "d.duckdb") as store, pytest.raises(StoreError, match=MEMORY_VARIABLE),
          store.transaction()):  # uncommitted rows stay in memory
        store.execute("CREATE TABLE big AS SELECT i, repeat('घटना', 50) AS text FROM range(400000) t(i)")
        store.query("SELECT text, count(*) FROM big GROUP BY text ORDER BY 2")


def test_a_full_merge_writes_the_committed_changes_into_the_file_first(tmp_path: Path) -> None:
    """After a large ingest DuckDB keeps its committed changes pinned in the working memory, and
    a full merge in the same process ran out of it (1,576 real articles at 32 MB): the merge
    checkpoints first, so the write-ahead log holds only what the merge itself writes."""
    path = tmp_path / "a.duckdb"
    wal = Path(f"{path}.wal")
    with Store.open(path) as store:
        store.execute(FILL_ARTICLES, (2000,))
        store.execute(FILL_MENTIONS, (2000,))
        before = wal.stat().st_size
        rebuild_events(store, everything=True)
        assert (wal.stat().st_size if wal.exists() else 0) < before / 2
