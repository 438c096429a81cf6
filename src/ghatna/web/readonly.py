"""The store opened read-only, with one short-lived Store per request.

DuckDB opens the file with ``read_only=True`` and gives each request its own cursor (a
DuckDB connection is not shared between threads); PostgreSQL sessions are set to
``default_transaction_read_only``, so even a mistaken write is refused by the server.
Nothing here migrates: a store that lacks the merged-events tables is reported, not changed.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ghatna.store.db import Store, StoreError, is_postgres_url

from .settings import WebSettings

log = logging.getLogger(__name__)

SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
NEEDED_VERSION = 3  # merged events and their mentions


class ReadOnlyStore:
    """Hands out Store objects over one read-only connection; ``close()`` when the server stops."""

    def __init__(self, backend: str, connection: Any, target: str) -> None:
        self.backend = backend
        self.connection = connection
        self.target = target
        self._lock = threading.Lock()

    @contextmanager
    def session(self) -> Iterator[Store]:
        if self.backend == "duckdb":
            cursor = self.connection.cursor()
            try:
                yield Store("duckdb", cursor, self.target)
            finally:
                cursor.close()
        else:
            with self._lock:
                yield Store("postgresql", self.connection, self.target)

    def close(self) -> None:
        self.connection.close()


def open_readonly(settings: WebSettings) -> ReadOnlyStore:
    """Open the store named by ``settings.db`` read-only and check it holds merged events."""
    if is_postgres_url(settings.db):
        store = open_postgres(settings.db, settings.schema, settings.statement_timeout_ms)
    else:
        store = open_duckdb(settings.db)
    with store.session() as session:
        check_schema(session, settings.db)
    return store


def open_duckdb(path: str) -> ReadOnlyStore:
    import duckdb

    if path == ":memory:" or not Path(path).is_file():
        raise StoreError(f"no store at {path!r}: build one with `ghatna ingest ARTICLES --db {path}`")
    try:
        return ReadOnlyStore("duckdb", duckdb.connect(path, read_only=True), path)
    except duckdb.Error as err:
        raise StoreError(f"cannot open DuckDB file {path!r} read-only: {err}; is an ingest writing "
                         f"to it? Serve it when the ingest has finished") from err


def open_postgres(url: str, schema: str | None, timeout_ms: int) -> ReadOnlyStore:
    try:
        import psycopg
    except ImportError as err:
        raise StoreError("PostgreSQL needs psycopg: pip install 'ghatna[postgres]'") from err
    if schema and not SCHEMA_NAME.match(schema):
        raise StoreError(f"schema name {schema!r} is not a plain lower-case SQL name; use [a-z0-9_]")
    try:
        connection = psycopg.connect(url, autocommit=True)
        connection.execute("SET default_transaction_read_only = on")
        connection.execute(f"SET statement_timeout = {int(timeout_ms)}")
        if schema:
            connection.execute(f"SET search_path TO {schema}")
    except psycopg.Error as err:
        raise StoreError(f"cannot connect to {url}: {err}; check the server is running "
                         f"and the URL names a database you may read") from err
    return ReadOnlyStore("postgresql", connection, url)


def driver_errors(backend: str) -> tuple[type[Exception], ...]:
    """The database driver's base error, for catching what a query against the store raises."""
    if backend == "duckdb":
        import duckdb

        return (duckdb.Error,)
    import psycopg

    return (psycopg.Error,)


def check_schema(store: Store, target: str) -> None:
    try:
        version = store.query("SELECT max(version) FROM schema_version")[0][0]
    except driver_errors(store.backend) as err:
        raise StoreError(f"{target!r} holds no ghatna store (no schema_version table): "
                         f"build one with `ghatna ingest ARTICLES --db ...`") from err
    if int(version or 0) < NEEDED_VERSION:
        raise StoreError(f"the store at {target!r} is at schema version {version}; open it once with "
                         f"`ghatna ingest` (which migrates it) before serving it")
