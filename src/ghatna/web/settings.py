"""The web explorer's one settings object: where the store is and how much a request may ask."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How ``ghatna serve`` runs.

    db: a DuckDB file or a postgresql:// URL, opened read-only.
    schema: PostgreSQL only: the schema that holds the tables (default: the search path).
    kb_files: extra knowledge-base files for KB look-ups and actor profiles.
    page_size / max_page_size: rows on one page of results, by default and at most.
    max_download_rows: rows in one CSV or JSON Lines download at most.
    max_offset: how deep pagination may go (deeper pages are slow and nobody reads them).
    max_url_chars: longer request targets are refused (414).
    max_body_bytes: requests with a larger body are refused (413); every route is a GET.
    max_periods: a timeline with more periods than this is refused; ask for a coarser interval.
    statement_timeout_ms: PostgreSQL only: a query running longer is cancelled.
    """

    db: str = "ghatna.duckdb"
    schema: str | None = None
    kb_files: tuple[Path, ...] = field(default_factory=tuple)
    page_size: int = 50
    max_page_size: int = 500
    max_download_rows: int = 10_000
    max_offset: int = 100_000
    max_url_chars: int = 4_096
    max_body_bytes: int = 1_024
    max_periods: int = 3_700
    statement_timeout_ms: int = 10_000
