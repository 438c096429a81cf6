"""Date stage: every date expression of the body, resolved against the publication date."""

from __future__ import annotations

from datetime import date
from typing import Any

from ghatna.document import Document
from ghatna.pipeline import Context, stage
from ghatna.text.datewords import DateFinder


def build_date_finder(_settings: Any) -> DateFinder:
    return DateFinder()


def published_date(doc: Document) -> date | None:
    try:
        return date.fromisoformat(doc.published[:10]) if doc.published else None
    except ValueError:
        return None


@stage("dates", needs=["body", "published"], adds=["dates"], hindi_only=True)
def dates_stage(doc: Document, ctx: Context) -> Document:
    finder = ctx.resource("dates", build_date_finder)
    doc.dates = finder.find(doc.body, published_date(doc))
    return doc
