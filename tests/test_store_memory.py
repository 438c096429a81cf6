"""The DuckDB store's memory is bounded, and the bound is the user's to raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.store import Store
from ghatna.store.db import DUCKDB_WORKING_MB, MEMORY_VARIABLE, StoreError


def setting(store: Store, name: str) -> str:
    return str(store.query("SELECT value FROM duckdb_settings() WHERE name = ?", (name,))[0][0])


def mebibytes(value: str) -> float:
    number, unit = value.split()
    return float(number) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def test_the_cache_is_bounded_and_the_variable_raises_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MEMORY_VARIABLE, raising=False)
    with Store.open(tmp_path / "a.duckdb") as store:
        assert mebibytes(setting(store, "memory_limit")) <= DUCKDB_WORKING_MB
        assert mebibytes(setting(store, "checkpoint_threshold")) < 16  # DuckDB's own default
        store.execute("INSERT INTO articles (id, source, body, record) SELECT 'a' || i, 's' || i, '', '{}' FROM range(40000) t(i)")
        store.fit_memory()  # the indexes of 40,000 articles get their allowance, and no more
        assert DUCKDB_WORKING_MB + 30 < mebibytes(setting(store, "memory_limit")) < DUCKDB_WORKING_MB + 50
    monkeypatch.setenv(MEMORY_VARIABLE, "1GB")
    with Store.open(tmp_path / "b.duckdb") as store:
        assert mebibytes(setting(store, "memory_limit")) > 900


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
