"""Headline stage: an event the title tells and the body does not is coded from the title.

The title goes through the pipeline's own sentence stages (segmentation, entities, dates,
events, the event model: those of ``TITLE_STAGES`` the pipeline runs before this stage) as
a document of its own, so a headline is read with the rules and the model the body is read
with. Headline Hindi ("X ने Y पर लगाया आरोप", "X से मिले Y", "X करेंगे Y का दौरा") is left to
those rules; what they cannot read is reported as a lexicon or roles gap, not patched here.

What is kept, and how it is told:

- a title event only when no body event has its type and its sides (a side the title leaves
  unknown fits any): the body's report, with its fuller sentence, wins;
- its evidence, trigger and date evidence carry ``"field": "title"`` and offsets into the
  title (``ghatna.checks`` verifies them against the title);
- its date comes from the title's own words or the publication-date rules (the title
  document knows the publication day and no dateline): never from the body;
- its sides are the body's entities where the body names the same one; a title mention is
  not added to ``entities``, whose mention offsets the contract puts into the body.
"""

from __future__ import annotations

from ghatna.document import TITLE, Document, Entity, Event, Span
from ghatna.extraction.events import is_sports_report
from ghatna.pipeline import REGISTRY, Context, run_stages, stage

# The stages that read a text sentence by sentence; the title goes through those the pipeline runs.
TITLE_STAGES = frozenset({"segment", "segment_spacy", "entities", "ner", "dates", "events", "event_model"})
SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
HEADLINE_STAGE = "headlines"
# A title event no body sentence backs up stands alone: kept only when more likely than not.
MIN_CONFIDENCE = 0.5


def title_document(doc: Document) -> Document:
    """The title as an article of its own: the body is the title, offsets into one are offsets into the other."""
    title = doc.title or ""
    return Document(source=doc.source, raw=title, body=title, url=doc.url, published=doc.published,
                    language=doc.language, language_score=doc.language_score)


def title_stage_names(ctx: Context) -> list[str]:
    """The pipeline's sentence stages that come before this one, in its order."""
    before = ctx.stages[:ctx.stages.index(HEADLINE_STAGE)] if HEADLINE_STAGE in ctx.stages else ctx.stages
    return [name for name in before if name in TITLE_STAGES]


def read_title(doc: Document, ctx: Context) -> Document:
    return run_stages([REGISTRY.get(name) for name in title_stage_names(ctx)], title_document(doc), ctx)


def fits(title_side: Entity | None, body_side: Entity | None) -> bool:
    """One side of one happening: a side one report does not know, the same entity (by key or
    name), or within one country the country itself or a group the other report names
    ("police" beside "Pune Police"; sectors, where both are known, agree)."""
    if title_side is None or body_side is None or "unknown" in (title_side.kind, body_side.kind):
        return True
    if title_side.key == body_side.key or (title_side.name and title_side.name == body_side.name):
        return True
    if title_side.country is None or title_side.country != body_side.country:
        return False
    kinds = (title_side.kind, body_side.kind)
    sectors = {title_side.sector, body_side.sector} - {None}
    return "country" in kinds or ("generic" in kinds and len(sectors) <= 1)


def same_happening(title_event: Event, body_event: Event) -> bool:
    if title_event.type != body_event.type:
        return False
    t, b = title_event, body_event
    if fits(t.source, b.source) and fits(t.target, b.target):
        return True
    return t.type in SYMMETRIC and fits(t.source, b.target) and fits(t.target, b.source)


def told_in_body(event: Event, body_events: list[Event]) -> bool:
    return any(same_happening(event, other) for other in body_events)


def on_title(span: Span | None) -> Span | None:
    if span is not None:
        span.field = TITLE
    return span


def body_entity(side: Entity | None, by_key: dict[str, Entity]) -> Entity | None:
    """The body's entity for a title actor the body names too (its canonical form there)."""
    return by_key.get(side.key, side) if side is not None else None


def as_title_event(event: Event, by_key: dict[str, Entity]) -> Event:
    """A title document's event with its spans pointing into the title and its sides the body's."""
    on_title(event.evidence)
    on_title(event.trigger)
    on_title(event.date_evidence)
    event.source, event.target = body_entity(event.source, by_key), body_entity(event.target, by_key)
    return event


@stage(HEADLINE_STAGE, needs=["events", "title"], adds=["title_events"], hindi_only=True)
def headlines_stage(doc: Document, ctx: Context) -> Document:
    if not (doc.title or "").strip() or is_sports_report(doc):
        return doc
    told = read_title(doc, ctx).events
    by_key = {e.key: e for e in doc.entities}
    fresh = [as_title_event(e, by_key) for e in told
             if e.confidence >= MIN_CONFIDENCE and not told_in_body(e, doc.events)]
    doc.events = fresh + doc.events
    return doc
