"""The one class that owns the database connection: DuckDB (embedded) or PostgreSQL.

    >>> with Store.open("corpus.duckdb") as store:
    ...     store.query("SELECT count(*) FROM articles")

SQL is written with ``?`` placeholders; the PostgreSQL backend rewrites them to ``%s``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

import pandas as pd
import pyarrow as pa

from ghatna.errors import GhatnaError

from .migrations import apply_migrations

log = logging.getLogger(__name__)

PG_PREFIXES = ("postgresql://", "postgres://")
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class StoreError(GhatnaError):
    """The corpus store could not be opened or used."""


FULL_HINTS = ("no space left", "disk full", "file too large", "out of disk", "diskfull")
DAMAGE_HINTS = ("corrupt", "checksum", "not a valid duckdb", "could not read enough bytes", "serializ",
                "invalid block")
LOCK_HINTS = ("could not set lock", "conflicting lock", "lock on file")
MEMORY_HINTS = ("out of memory",)

# DuckDB keeps every block it has read cached up to its memory limit (by default most of the
# machine's memory) and committed data in memory until a checkpoint, so a writing process
# would grow with the store. Both are bounded here: the limit is a fixed working memory (one
# batch, one part of a merge, one query). Nothing DuckDB must keep in memory grows with the
# store: its primary keys and indexes would (DuckDB holds them whole in memory), so a DuckDB
# store has none (migration 11). What still grows at first is the cache, up to the limit; a
# small store never fills it, so the limit is what a large store costs more than a small one:
# 48 MB (ingest of 20,000 articles runs in 32; re-filing 400 articles' mentions needs over
# 24, and after a Ray ingest of 3,000 articles it ran out of 32 in 2 runs of 11: the limit
# keeps half as much again in hand). GHATNA_DUCKDB_MEMORY sets the limit instead.
DUCKDB_WORKING_MB = 48
DUCKDB_CHECKPOINT = "4MB"
MEMORY_VARIABLE = "GHATNA_DUCKDB_MEMORY"


def marks(items: Sequence[Any]) -> str:
    """One ``?`` placeholder per item, for ``IN (...)``."""
    return ", ".join("?" for _ in items)


LISTED = "SELECT unnest(?::VARCHAR[])"
"""``column IN ({LISTED})`` with ``listed(items)`` as its parameters: the items of a text column."""


def listed(items: Iterable[str]) -> list[list[str]]:
    """The parameters of ``IN ({LISTED})``: the items as one list. DuckDB binds one list of 1,000
    ids in a third of the time it takes to bind 1,000 placeholders (``marks``: 8 ms against 25 to
    60 ms of CPU); PostgreSQL reads it as an array."""
    return [list(items)]


def duckdb_memory() -> str:
    """The memory limit of a DuckDB store, whatever it holds."""
    return os.environ.get(MEMORY_VARIABLE) or f"{DUCKDB_WORKING_MB}MB"


def is_postgres_url(target: str) -> bool:
    return target.startswith(PG_PREFIXES)


def explain(target: str, err: BaseException) -> str:
    """One line: what the database said and what to do about it."""
    said = " ".join(str(err).split())
    lower = said.lower()
    if any(h in lower for h in FULL_HINTS):
        todo = ("the disk is full: free space and run the same command again "
                "(what was committed is kept; ingest resumes where it stopped)")
    elif any(h in lower for h in DAMAGE_HINTS):
        todo = ("the file is damaged (truncated or overwritten): restore it from a backup, or move it aside "
                "and ingest again into a new --db file")
    elif any(h in lower for h in LOCK_HINTS):
        todo = "another ghatna process has it open: wait for it to end or use another --db file"
    elif any(h in lower for h in MEMORY_HINTS):
        todo = (f"the store's memory limit was reached: set {MEMORY_VARIABLE} higher "
                f"(e.g. {MEMORY_VARIABLE}=1GB) and run the same command again")
    else:
        todo = "check the --db target; if ingest was running, run it again to resume"
    return f"store {target}: {said}; {todo}"


class Store:
    """A corpus database: opens, migrates, runs SQL, bulk-inserts, wraps transactions."""

    def __init__(self, backend: str, connection: Any, target: str) -> None:
        self.backend = backend
        self.connection = connection
        self.target = target
        self.errors: tuple[type[Exception], ...] = ()  # the backend's own exceptions, named as StoreError
        self._in_transaction = False

    @classmethod
    def open(cls, target: str | Path = "ghatna.duckdb", *, schema: str | None = None) -> Store:
        """Open (creating and migrating as needed) a DuckDB file, ":memory:", or a postgresql:// URL.

        ``schema`` (PostgreSQL only) keeps the tables in their own schema, e.g. one per test.
        """
        text = str(target)
        store = cls.open_postgres(text, schema) if is_postgres_url(text) else cls.open_duckdb(text)
        apply_migrations(store)
        return store

    @classmethod
    def open_duckdb(cls, path: str) -> Store:
        import duckdb

        config: dict[str, str | bool | int | float | list[str]] = {
            "memory_limit": duckdb_memory(), "checkpoint_threshold": DUCKDB_CHECKPOINT}
        try:
            store = cls("duckdb", duckdb.connect(path, config=config), path)
        except (duckdb.ParserException, duckdb.InvalidInputException) as err:
            raise StoreError(f"{MEMORY_VARIABLE}={duckdb_memory()!r} is not a memory size such as 512MB or 2GB") from err
        except duckdb.Error as err:
            raise StoreError(explain(path, err)) from err
        store.errors = (duckdb.Error,)
        return store

    @classmethod
    def open_postgres(cls, url: str, schema: str | None) -> Store:
        try:
            import psycopg
        except ImportError as err:
            raise StoreError("PostgreSQL needs psycopg: pip install 'ghatna[postgres]'") from err
        try:
            connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as err:
            raise StoreError(f"cannot connect to {url}: {err}; check the server is running "
                             f"and the URL names a database you may use") from err
        store = cls("postgresql", connection, url)
        store.errors = (psycopg.Error,)
        if schema:
            store.use_schema(schema)
        return store

    def use_schema(self, schema: str) -> None:
        if not SCHEMA_NAME.match(schema):
            raise StoreError(f"schema name {schema!r} is not a plain lower-case SQL name; use [a-z0-9_]")
        self.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        self.execute(f"SET search_path TO {schema}")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self.named_errors():
            self.connection.close()

    @contextmanager
    def named_errors(self) -> Iterator[None]:
        """The backend's errors (disk full, damaged file, lost server) as one StoreError line."""
        try:
            yield
        except self.errors as err:
            raise StoreError(explain(self.target, err)) from err

    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s") if self.backend == "postgresql" else statement

    def execute(self, statement: str, params: Sequence[Any] = ()) -> None:
        with self.named_errors():
            self.connection.execute(self.sql(statement), tuple(params))

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.named_errors():
            cursor = self.connection.execute(self.sql(statement), tuple(params))
            return [tuple(row) for row in cursor.fetchall()]

    def query_dicts(self, statement: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.named_errors():
            cursor = self.connection.execute(self.sql(statement), tuple(params))
            columns = [d[0] for d in cursor.description]
            return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def query_frame(self, statement: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        with self.named_errors():
            cursor = self.connection.execute(self.sql(statement), tuple(params))
            columns = [d[0] for d in cursor.description]
            return pd.DataFrame([tuple(r) for r in cursor.fetchall()], columns=columns)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All statements inside commit together or not at all (nesting joins the outer one)."""
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            with self.named_errors():
                if self.backend == "postgresql":
                    with self.connection.transaction():
                        yield
                else:
                    yield from self._duckdb_transaction()
        finally:
            self._in_transaction = False

    def _duckdb_transaction(self) -> Iterator[None]:
        self.connection.begin()
        try:
            yield
        except BaseException:
            self.rollback_quietly()
            raise
        self.connection.commit()

    def rollback_quietly(self) -> None:
        """Roll back after a failure; a rollback that fails too (a full disk) is logged, and the
        first error is the one reported."""
        try:
            self.connection.rollback()
        except self.errors as err:
            log.warning("rollback failed too: %s", err)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Bulk insert: Arrow for DuckDB, COPY for PostgreSQL."""
        if not rows:
            return
        names = ", ".join(columns)
        if self.backend == "postgresql":
            with self.named_errors(), self.connection.cursor() as cursor, \
                    cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        self.insert_arrow(table, pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)}))

    def insert_arrow(self, table: str, data: pa.Table) -> None:
        """Bulk insert of an Arrow table whose column names are the table's (DuckDB reads it in
        place; PostgreSQL gets its rows by COPY)."""
        if not data.num_rows:
            return
        if self.backend == "postgresql":
            columns = [data.column(c).to_pylist() for c in data.column_names]
            self.insert_rows(table, data.column_names, list(zip(*columns, strict=True)))
            return
        names = ", ".join(data.column_names)
        with self.named_errors():
            self.connection.register("_ghatna_rows", data)
            try:
                self.connection.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _ghatna_rows")
            finally:
                self.unregister_quietly("_ghatna_rows")

    def unregister_quietly(self, name: str) -> None:
        """Drop a registered Arrow view; after a failed insert this fails too, and the insert's
        error is the one to report."""
        try:
            self.connection.unregister(name)
        except self.errors as err:
            log.debug("unregister %s failed: %s", name, err)

    def checkpoint(self) -> None:
        """Write what DuckDB still holds of committed changes into the file, freeing its memory:
        after a large ingest that memory stays pinned, and a full merge in the same process ran
        out of the working limit (1,576 real articles at 32 MB). PostgreSQL needs nothing."""
        if self.backend == "duckdb" and not self._in_transaction:
            self.execute("CHECKPOINT")

    def delete_all(self, *tables: str) -> None:
        for table in tables:
            self.execute(f"DELETE FROM {table}")

    def table_rows(self, table: str) -> list[tuple[Any, ...]]:
        """Every row of a table, sorted: what two stores are compared by."""
        rows = self.query(f"SELECT * FROM {table}")
        return sorted(rows, key=lambda row: tuple("" if v is None else str(v) for v in row))

    def drop_schema(self, schema: str) -> None:
        """Remove a PostgreSQL schema and its tables (tests clean up with this)."""
        if self.backend == "postgresql" and SCHEMA_NAME.match(schema):
            self.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
