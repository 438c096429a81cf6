"""Numbered schema migrations, applied in order and recorded in ``schema_version``.

A migration is never edited once released: a schema change is a new numbered entry.
SQL is written once for both backends; ``{blob}`` becomes the backend's binary type.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol


class Store(Protocol):
    """What migrations need of a store (``ghatna.store.db.Store`` provides it)."""

    backend: str

    def execute(self, sql: str, params: Any = ...) -> Any: ...

    def query(self, sql: str, params: Any = ...) -> list[Any]: ...

    def transaction(self) -> AbstractContextManager[Any]: ...

log = logging.getLogger(__name__)

ACTOR_COLUMNS = ("name", "country", "sector", "kb_id", "kind")
BLOB_TYPES = {"duckdb": "BLOB", "postgresql": "BYTEA"}


@dataclass(frozen=True, slots=True)
class Migration:
    """``backends``: where the statements run (elsewhere the number is recorded alone)."""

    number: int
    name: str
    statements: tuple[str, ...]
    backends: tuple[str, ...] = tuple(BLOB_TYPES)


def actor_columns(prefix: str) -> str:
    return ", ".join(f"{prefix}_{c} TEXT" for c in ACTOR_COLUMNS)


# Each table keyed in DuckDB, with its NOT NULL columns (a key's columns among them).
KEYED_TABLES = {
    "articles": ("id", "source", "body", "record"),
    "sources": ("source",),
    "mentions": ("article_id", "idx", "type"),
    "article_links": ("article_id", "duplicate_of"),
    "duplicate_groups": ("article_id", "group_id"),
    "events": ("id", "type"),
    "event_mentions": ("event_id", "article_id", "idx"),
    "merge_index": ("article_id", "idx", "block", "group_id"),
    "merged_sources": ("source",),
    "dedup_pending": ("article_id",),
}


def without_keys(table: str, not_null: tuple[str, ...]) -> tuple[str, ...]:
    """Statements that rebuild a DuckDB table with its rows and NOT NULL columns but without its
    primary key and indexes (DuckDB cannot drop a key in place)."""
    return (f"CREATE TABLE {table}_unkeyed AS SELECT * FROM {table}",
            f"DROP TABLE {table}",
            f"ALTER TABLE {table}_unkeyed RENAME TO {table}",
            *(f"ALTER TABLE {table} ALTER COLUMN {column} SET NOT NULL" for column in not_null))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, sources and mentions", (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, published TEXT, language TEXT,
            body TEXT NOT NULL, record TEXT NOT NULL, minhash {blob})""",
        """CREATE TABLE sources (
            source TEXT PRIMARY KEY, article_id TEXT, outlet TEXT, url TEXT, published TEXT, error TEXT)""",
        f"""CREATE TABLE mentions (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
            goldstein DOUBLE PRECISION, modality TEXT, {actor_columns('source')}, {actor_columns('target')},
            date TEXT, location_name TEXT, location_country TEXT, evidence_text TEXT,
            evidence_start INTEGER, evidence_end INTEGER, trigger_text TEXT, confidence DOUBLE PRECISION,
            PRIMARY KEY (article_id, idx))""",
    )),
    Migration(2, "near-duplicate article links", (
        """CREATE TABLE article_links (
            article_id TEXT NOT NULL, duplicate_of TEXT NOT NULL, similarity DOUBLE PRECISION,
            PRIMARY KEY (article_id, duplicate_of))""",
        "CREATE TABLE duplicate_groups (article_id TEXT PRIMARY KEY, group_id TEXT NOT NULL)",
    )),
    Migration(3, "merged events", (
        f"""CREATE TABLE events (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, cameo TEXT, goldstein DOUBLE PRECISION,
            modality TEXT, {actor_columns('source')}, {actor_columns('target')},
            date TEXT, date_lo TEXT, date_hi TEXT, location_name TEXT, location_country TEXT,
            num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, confidence DOUBLE PRECISION)""",
        """CREATE TABLE event_mentions (
            event_id TEXT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx))""",
    )),
    Migration(4, "where a mention's date comes from", (
        "ALTER TABLE mentions ADD COLUMN date_basis TEXT",
    )),
    Migration(5, "incremental dedup and merging: LSH bands, merge index, event blocks", (
        "ALTER TABLE events ADD COLUMN block TEXT",
        "CREATE INDEX events_block ON events (block)",
        "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
        "CREATE INDEX sources_article ON sources (article_id)",
        "CREATE INDEX article_links_duplicate ON article_links (duplicate_of)",
        "CREATE INDEX duplicate_groups_group ON duplicate_groups (group_id)",
        """CREATE TABLE article_bands (
            article_id TEXT NOT NULL, band INTEGER NOT NULL, bucket BIGINT NOT NULL)""",
        "CREATE INDEX article_bands_bucket ON article_bands (band, bucket)",
        "CREATE INDEX article_bands_article ON article_bands (article_id)",
        """CREATE TABLE merge_index (
            article_id TEXT NOT NULL, idx INTEGER NOT NULL, block TEXT NOT NULL, group_id TEXT NOT NULL,
            PRIMARY KEY (article_id, idx))""",
        "CREATE INDEX merge_index_block ON merge_index (block)",
        "CREATE TABLE merged_sources (source TEXT PRIMARY KEY)",
    )),
    Migration(6, "the days each indexed mention can be on, for windowed merging", (
        "ALTER TABLE merge_index ADD COLUMN lo INTEGER",
        "ALTER TABLE merge_index ADD COLUMN hi INTEGER",
    )),
    Migration(7, "articles waiting for near-duplicate linking, so that linking never scans the store", (
        "CREATE TABLE dedup_pending (article_id TEXT PRIMARY KEY)",
        """INSERT INTO dedup_pending (article_id)
           SELECT a.id FROM articles a WHERE a.minhash IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)""",
    )),
    Migration(8, "the text a mention's evidence offsets point into: body (or NULL, stored before) or title", (
        "ALTER TABLE mentions ADD COLUMN evidence_field TEXT",
    )),
    Migration(9, "blocks waiting to be merged again, so that merging commits block by block", (
        "CREATE TABLE merge_pending (block TEXT NOT NULL, lo INTEGER, hi INTEGER)",
        "CREATE INDEX merge_pending_block ON merge_pending (block)",
    )),
    Migration(10, "DuckDB holds its indexes in memory: the LSH bands (17 rows an article) are scanned instead", (
        "DROP INDEX article_bands_bucket",
        "DROP INDEX article_bands_article",
    ), backends=("duckdb",)),
    Migration(11, "DuckDB holds every primary key and index in memory, growing with the store: none are kept "
                  "(the store's code deletes before it inserts, so rows stay unique)", (
        "DROP INDEX merge_pending_block",
        *(statement for table, not_null in KEYED_TABLES.items() for statement in without_keys(table, not_null)),
    ), backends=("duckdb",)),
    Migration(12, "a group the text did not place is merged under its home country: every mention is filed "
                  "and merged again", (
        "DELETE FROM event_mentions",
        "DELETE FROM events",
        "DELETE FROM merge_index",
        "DELETE FROM merge_pending",
        "DELETE FROM merged_sources",
    )),
    Migration(13, "an attack's block leaves out the doer (an attack told with no attacker meets the report "
                  "naming him): every mention is filed and merged again", (
        "DELETE FROM event_mentions",
        "DELETE FROM events",
        "DELETE FROM merge_index",
        "DELETE FROM merge_pending",
        "DELETE FROM merged_sources",
    )),
    Migration(14, "an event announced and the deed share a block (a planned report meets the asserted one): "
                  "every mention is filed and merged again", (
        "DELETE FROM event_mentions",
        "DELETE FROM events",
        "DELETE FROM merge_index",
        "DELETE FROM merge_pending",
        "DELETE FROM merged_sources",
    )),
)

LATEST = MIGRATIONS[-1].number


def current_version(store: Store) -> int:
    store.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    rows = store.query("SELECT max(version) FROM schema_version")
    return int(rows[0][0] or 0)


def apply_migrations(store: Store) -> int:
    """Bring the schema up to date; returns the version it ends at."""
    version = current_version(store)
    for migration in MIGRATIONS:
        if migration.number > version:
            apply_one(store, migration)
            version = migration.number
    return version


def apply_one(store: Store, migration: Migration) -> None:
    log.info("applying migration %d: %s", migration.number, migration.name)
    blob = BLOB_TYPES[store.backend]
    with store.transaction():
        for statement in migration.statements if store.backend in migration.backends else ():
            store.execute(statement.format(blob=blob))
        store.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                      (migration.number, migration.name))
