"""Quote stage (placeholder)."""

from __future__ import annotations

from .document import Document
from .pipeline import Context, stage


@stage("quotes", needs=["entities", "sentences"], adds=["quotes"], hindi_only=True)
def quotes_stage(doc: Document, ctx: Context) -> Document:
    return doc
