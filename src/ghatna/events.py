"""Event stage (placeholder)."""

from __future__ import annotations

from .document import Document
from .pipeline import Context, stage


@stage("events", needs=["entities", "dates", "sentences"], adds=["events"], hindi_only=True)
def events_stage(doc: Document, ctx: Context) -> Document:
    return doc
