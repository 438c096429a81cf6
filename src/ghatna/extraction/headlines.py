"""Headline stage: an event the title tells and the body does not is coded from the title.

The title goes through the pipeline's own sentence stages (segmentation, entities, dates,
events, the event model: those of ``TITLE_STAGES`` the pipeline runs before this stage) as
a document of its own, so a headline is read with the rules and the model the body is read
with. Headline Hindi ("X ने Y पर लगाया आरोप", "X से मिले Y", "X करेंगे Y का दौरा") is left to
those rules; what they cannot read is a lexicon or roles gap, not patched here.

What is kept, and how it is told:

- a title event only when no body event tells the same happening: the same type, and sides
  that agree (each the same actor or unknown to one report; or one the same and the other
  misread, as happens when a headline packs two clauses together, unless the other is a
  second named actor of the same country: "कांग्रेस" beside the body's "भाजपा"). The body's
  report, with its fuller sentence, wins;
- a title event only when it is more likely than not (``MIN_CONFIDENCE``): no body sentence
  backs it up;
- its evidence, trigger and date evidence carry ``"field": "title"`` and offsets into the
  title (``ghatna.checks`` verifies them against the title);
- its date comes from the title's own words or the publication-date rules (the title
  document knows the publication day and no dateline): never from the body;
- its sides are the body's entities where the body names the same one, and a group the
  title does not place is placed where the article's lead is; a title mention is not added
  to ``entities``, whose mention offsets the contract puts into the body.

A "title" longer than ``MAX_TITLE_CHARS`` (a JSON Lines field holding a paragraph) is no
headline and is not read, nor is a title without any lexicon phrase: every event the sentence
stages make stands at one (the event model adds only at a phrase of its type), so reading it
would cost the NER model and the event model for nothing. The pass stays a few milliseconds:
the NER and event model stages read a title this stage will read in one batch with the body
(``read_ahead``), since a model's fixed cost per call is most of what a short text costs it.
"""

from __future__ import annotations

from typing import Any

from ghatna.document import TITLE, Document, Entity, Event, Span
from ghatna.extraction.actors import GenericActor, context_country, generic_entity
from ghatna.extraction.event_roles import SYMMETRIC, index_range
from ghatna.extraction.events import is_sports_report
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import REGISTRY, Context, run_stages, stage
from ghatna.text.html import MAX_TITLE_CHARS
from ghatna.text.tokens import tokenize

# The stages that read a text sentence by sentence; the title goes through those the pipeline runs.
TITLE_STAGES = frozenset({"segment", "segment_spacy", "entities", "ner", "dates", "events", "event_model"})
UNNAMED = frozenset({"generic", "country", "unknown"})  # actor kinds that name no one in particular
HEADLINE_STAGE = "headlines"
AHEAD = "read_ahead"  # a Document.cache key (``read_ahead``)
READS_TITLE = "reads_title"  # and one of ``reads_title``, by title
# A title event no body sentence backs up stands alone: kept only when more likely than not.
MIN_CONFIDENCE = 0.5


def title_document(doc: Document) -> Document:
    """The title as an article of its own: the body is the title, offsets into one are offsets
    into the other. It takes along what the body's stages read of it ahead (``read_ahead``)."""
    title = doc.title or ""
    cache = {AHEAD: doc.cache[AHEAD]} if AHEAD in doc.cache else {}
    return Document(source=doc.source, raw=title, body=title, url=doc.url, published=doc.published,
                    language=doc.language, language_score=doc.language_score, cache=cache)


def read_ahead(doc: Document) -> dict[Any, Any]:
    """Outputs a stage computed ahead for another text of the article, by stage and text: a
    model stage reads the title in one batch with the body, and the title document finds them."""
    found: dict[Any, Any] = doc.cache.setdefault(AHEAD, {})
    return found


def title_to_read(doc: Document, ctx: Context, stage_name: str) -> str | None:
    """The text of the title document that stage ``stage_name`` will read for this stage, when it will."""
    if HEADLINE_STAGE not in ctx.stages or stage_name not in title_stage_names(ctx) or not reads_title(doc):
        return None
    return doc.title


def title_stage_names(ctx: Context) -> list[str]:
    """The pipeline's sentence stages that come before this one, in its order."""
    before = ctx.stages[:ctx.stages.index(HEADLINE_STAGE)] if HEADLINE_STAGE in ctx.stages else ctx.stages
    return [name for name in before if name in TITLE_STAGES]


def has_phrase(title: str) -> bool:
    """The title holds a lexicon phrase of some PLOVER type: without one no stage codes an event."""
    tokens = tokenize(title)
    return bool(load_triggers().find(tokens, 0, len(tokens)))


def read_title(doc: Document, ctx: Context) -> Document:
    return run_stages([REGISTRY.get(name) for name in title_stage_names(ctx)], title_document(doc), ctx)


def is_known(side: Entity | None) -> bool:
    return side is not None and side.kind != "unknown"


def same_side(title_side: Entity | None, body_side: Entity | None) -> bool:
    """Both reports name one actor: the same entity (by key or name), or within one country the
    country itself or a group the other report names ("police" beside "Pune Police"; sectors,
    where both are known, agree)."""
    if title_side is None or body_side is None or "unknown" in (title_side.kind, body_side.kind):
        return False
    if title_side.key == body_side.key or (title_side.name and title_side.name == body_side.name):
        return True
    if title_side.country is None or title_side.country != body_side.country:
        return False
    kinds = (title_side.kind, body_side.kind)
    sectors = {title_side.sector, body_side.sector} - {None}
    return "country" in kinds or ("generic" in kinds and len(sectors) <= 1)


def fits(title_side: Entity | None, body_side: Entity | None) -> bool:
    """The same actor, or a side one of the reports does not know."""
    return not (is_known(title_side) and is_known(body_side)) or same_side(title_side, body_side)


def another_named(title_side: Entity | None, body_side: Entity | None) -> bool:
    """Two named actors of one country ("कांग्रेस" in the title, "भाजपा" in the body): a second actor."""
    named = [x for x in (title_side, body_side) if x is not None and x.kind not in UNNAMED]
    return len(named) == 2 and named[0].country == named[1].country


def sides_agree(title_sides: tuple[Entity | None, Entity | None],
                body_sides: tuple[Entity | None, Entity | None]) -> bool:
    """The sides of one happening: each the same or unknown to one report; or one the same and
    the other misread (a headline packs clauses together), unless it is a second named actor of
    the same country."""
    pairs = list(zip(title_sides, body_sides, strict=True))
    differing = [(t, b) for t, b in pairs if not fits(t, b)]
    if not differing:
        return True
    return any(same_side(t, b) for t, b in pairs) and not any(another_named(t, b) for t, b in differing)


def same_happening(title_event: Event, body_event: Event) -> bool:
    if title_event.type != body_event.type:
        return False
    told = (title_event.source, title_event.target)
    if sides_agree(told, (body_event.source, body_event.target)):
        return True
    return title_event.type in SYMMETRIC and sides_agree(told, (body_event.target, body_event.source))


def told_in_body(event: Event, body_events: list[Event]) -> bool:
    return any(same_happening(event, other) for other in body_events)


def on_title(span: Span | None) -> Span | None:
    if span is not None:
        span.field = TITLE
    return span


def lead_country(doc: Document) -> Entity | None:
    """The country the article's lead sentence is set in (``actors.context_country``)."""
    if not doc.sentences or not doc.tokens:
        return None
    return context_country(doc, *index_range(doc, doc.sentences[0]))


def body_side(side: Entity | None, doc: Document, by_key: dict[str, Entity]) -> Entity | None:
    """The body's entity for a title actor the body names too; a group the title does not place
    ("पुलिस की छापेमारी") placed where the article's lead is."""
    if side is None:
        return None
    if side.kind == "generic" and side.country is None and side.role:
        home = lead_country(doc)
        return generic_entity(GenericActor(side.role, side.sector, None, side.kind), home) if home else side
    return by_key.get(side.key, side)


def as_title_event(event: Event, doc: Document, by_key: dict[str, Entity]) -> Event:
    """A title document's event with its spans pointing into the title and its sides the body's."""
    on_title(event.evidence)
    on_title(event.trigger)
    on_title(event.date_evidence)
    event.source, event.target = body_side(event.source, doc, by_key), body_side(event.target, doc, by_key)
    return event


def reads_title(doc: Document) -> bool:
    """A title this stage reads: a headline (not a longer paragraph), of no sports report, with a
    lexicon phrase. Decided once per title (the model stages ask ahead)."""
    title = (doc.title or "").strip()
    decided: dict[str, bool] = doc.cache.setdefault(READS_TITLE, {})
    if title not in decided:
        decided[title] = bool(title) and len(title) <= MAX_TITLE_CHARS and not is_sports_report(doc) and has_phrase(title)
    return decided[title]


@stage(HEADLINE_STAGE, needs=["events", "title"], adds=["title_events"], hindi_only=True)
def headlines_stage(doc: Document, ctx: Context) -> Document:
    if not reads_title(doc):
        return doc
    by_key = {e.key: e for e in doc.entities}
    told = [as_title_event(e, doc, by_key) for e in read_title(doc, ctx).events if e.confidence >= MIN_CONFIDENCE]
    fresh = [e for e in told if not told_in_body(e, doc.events)]
    doc.events = fresh + doc.events
    return doc
