"""The corpus layer: many articles in one store, near-duplicates linked, events merged.

    >>> from ghatna.store import Store, ingest, events_frame, EventFilter
    >>> with Store.open("corpus.duckdb") as store:
    ...     ingest(store, ["articles/"])
    ...     frame = events_frame(store, EventFilter(dyad="RUS:CHN", type="CONSULT"))
"""

from .db import Store, StoreError
from .dedup import DedupSettings, find_duplicates, link_duplicates, signature
from .export import FORMATS, GDELT_COLUMNS, ExportError, export_parquet, export_text
from .ingest import IngestReport, IngestSettings, Processed, ingest, save_batch
from .merge import Actor, Mention, merge_events, rebuild_events
from .query import (
    EventFilter,
    EventNotFound,
    corpus_summary,
    events_arrow,
    events_frame,
    mentions_frame,
    show_event,
)

__all__ = [
    "FORMATS", "GDELT_COLUMNS", "Actor", "DedupSettings", "EventFilter", "EventNotFound", "ExportError",
    "IngestReport", "IngestSettings", "Mention", "Processed", "Store", "StoreError", "corpus_summary",
    "events_arrow", "events_frame", "export_parquet", "export_text", "find_duplicates", "ingest",
    "link_duplicates", "mentions_frame", "merge_events", "rebuild_events", "save_batch", "show_event",
    "signature",
]
