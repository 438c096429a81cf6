"""The corpus layer: many articles in one store, near-duplicates linked, events merged.

    >>> from ghatna.store import Store, ingest, events_frame, EventFilter
    >>> with Store.open("corpus.duckdb") as store:
    ...     ingest(store, ["articles/"])
    ...     frame = events_frame(store, EventFilter(dyad="RUS:CHN", type="CONSULT"))

Names are imported from their module on first use, so that ``import ghatna.store`` (and
the command line) does not load DuckDB, pandas, pyarrow or datasketch until a command
needs them.
"""

from __future__ import annotations

import importlib
from typing import Any

FORMATS = ("jsonl", "gdelt", "gdelt-mentions", "plover", "csv", "parquet")

_WHERE = {
    "db": ("Store", "StoreError"),
    "dedup": ("DedupSettings", "find_duplicates", "link_duplicates", "signature"),
    "export": ("GDELT_COLUMNS", "MENTION_COLUMNS", "TABLE_COLUMNS", "ExportError", "export_parquet", "export_text"),
    "ingestion": ("IngestReport", "IngestSettings", "Processed", "ingest", "save_batch"),
    "merge": ("Mention", "MergeSettings", "merge_events"),
    "sides": ("Actor",),
    "rebuild": ("rebuild_events",),
    "query": ("EventFilter", "EventNotFound", "QueryError", "corpus_summary", "events_arrow", "events_frame",
              "mentions_frame", "show_event"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "MENTION_COLUMNS",
    "TABLE_COLUMNS",
    "Actor",
    "DedupSettings",
    "EventFilter",
    "EventNotFound",
    "ExportError",
    "IngestReport",
    "IngestSettings",
    "Mention",
    "MergeSettings",
    "Processed",
    "QueryError",
    "Store",
    "StoreError",
    "corpus_summary",
    "events_arrow",
    "events_frame",
    "export_parquet",
    "export_text",
    "find_duplicates",
    "ingest",
    "link_duplicates",
    "mentions_frame",
    "merge_events",
    "rebuild_events",
    "save_batch",
    "show_event",
    "signature",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'ghatna.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"ghatna.store.{_MODULE_OF[name]}"), name)
    globals()[name] = value
    return value
