"""Shared fixtures for the store tests: a fresh store per test on each backend, records by hand.

PostgreSQL: the tests use the server named by GHATNA_TEST_PG_URL (default
postgresql://postgres@127.0.0.1:5432/test), one fresh schema per test, and skip with the
reason shown (pytest -rs) when no server answers. The DuckDB tests always run.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ghatna.store import Processed, Store, signature
from ghatna.store.migrations import LATEST, MIGRATIONS

PG_URL = os.environ.get("GHATNA_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["duckdb", "postgresql"]


def postgres_or_skip() -> None:
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'ghatna[postgres]' to run the PostgreSQL tests")
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.Error as err:
        pytest.skip(f"no PostgreSQL server answers at {PG_URL} (set GHATNA_TEST_PG_URL): {err}")


def store_target(backend: str, tmp_path: Path) -> tuple[str, str | None]:
    if backend == "duckdb":
        return str(tmp_path / "corpus.duckdb"), None
    postgres_or_skip()
    return PG_URL, f"t_{uuid.uuid4().hex[:12]}"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(backend: str, tmp_path: Path) -> Iterator[tuple[str, str | None]]:
    """Where a test's store lives: a DuckDB file, or a PostgreSQL URL and a fresh schema."""
    target, schema = store_target(backend, tmp_path)
    yield target, schema
    if schema:
        with Store.open(target, schema=schema) as cleanup:
            cleanup.drop_schema(schema)


@pytest.fixture
def store(store_url: tuple[str, str | None]) -> Iterator[Store]:
    target, schema = store_url
    with Store.open(target, schema=schema) as opened:
        yield opened


def actor(name: str | None, country: str | None, sector: str | None = "GOV") -> dict[str, Any]:
    return {"name": name, "country": country, "sector": sector, "kb_id": None}


def event(type_: str = "CONSULT", source: tuple[str | None, str | None] = ("Vladimir Putin", "RUS"),
          target: tuple[str | None, str | None] | None = ("Xi Jinping", "CHN"), date: str | None = "2024-02-08",
          place: str | None = None, modality: str = "asserted", evidence: str = "पुतिन ने शी से बात की।",
          start: int = 0, cameo: str = "040") -> dict[str, Any]:
    return {
        "type": type_, "mode": None, "cameo": cameo, "goldstein": 1.0, "source": actor(*source),
        "target": actor(*target) if target else None, "date": date,
        "location": {"name": place, "country": None} if place else None, "modality": modality,
        "evidence": {"text": evidence, "start": start, "end": start + len(evidence)},
        "trigger": {"text": "बात", "start": start + 5, "end": start + 8, "rule": "test"}, "confidence": 0.8,
    }


def processed(source: str, body: str, events: list[dict[str, Any]] | None = None, outlet: str | None = None,
              published: str | None = "2024-02-09") -> Processed:
    """One input as the pipeline would hand it over, built by hand."""
    record = {"source": source, "id": hashlib.sha256(body.encode()).hexdigest(), "language": "hi",
              "title": body[:20], "published": published, "body": body, "events": events or [],
              "entities": [{"name": "Vladimir Putin", "type": "PERSON"}, {"name": "Xi Jinping", "type": "PERSON"},
                           {"name": "Russia", "type": "GPE"}, {"name": "China", "type": "GPE"}]}
    return Processed(source, outlet, None, published, record, signature(body))


def all_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("articles", "sources", "mentions", "article_links", "duplicate_groups", "events", "event_mentions")
    return {t: store.table_rows(t) for t in tables}


def test_migrations_are_numbered_in_order() -> None:
    numbers = [m.number for m in MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1)) and LATEST == numbers[-1]


def test_open_applies_every_migration_once(store_url: tuple[str, str | None]) -> None:
    target, schema = store_url
    for _ in range(2):
        with Store.open(target, schema=schema) as store:
            assert store.query("SELECT version FROM schema_version ORDER BY version") == [
                (m.number,) for m in MIGRATIONS]


@pytest.mark.parametrize("wanted", [[], ["b"], ["a", "c's", "नई दिल्ली", "missing"]])
def test_a_listed_parameter_selects_the_rows_of_exactly_its_items(store: Store, wanted: list[str]) -> None:
    from ghatna.store.db import LISTED, listed

    sources = ["a", "b", "c's", "नई दिल्ली", "a%"]
    store.insert_rows("sources", ("source",), [(s,) for s in sources])
    got = store.query(f"SELECT source FROM sources WHERE source IN ({LISTED}) ORDER BY source", listed(iter(wanted)))
    assert [row[0] for row in got] == sorted(s for s in sources if s in wanted)
    store.execute(f"DELETE FROM sources WHERE source IN ({LISTED})", listed(wanted))
    assert store.query("SELECT count(*) FROM sources") == [(len(sources) - len(set(wanted) & set(sources)),)]


def test_transaction_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.execute("INSERT INTO sources (source) VALUES (?)", ["a"])
        raise RuntimeError("boom")
    assert store.query("SELECT count(*) FROM sources") == [(0,)]
