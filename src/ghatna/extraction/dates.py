"""Date stage: every date expression of the body, resolved against the publication date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from ghatna.document import Document
from ghatna.extraction.lexicon import ergative_pronouns
from ghatna.pipeline import Context, stage
from ghatna.text.datewords import DateFinder
from ghatna.text.numbers import load_data_file, normalise


@dataclass(frozen=True, slots=True)
class EventDateWords:
    """The words ``event_dates`` needs to tell an event's own date from another's (dates.yaml)."""

    clause_openers: frozenset[str]
    reference_words: frozenset[str]
    content_event_types: frozenset[str]
    infinitive_postpositions: frozenset[str]
    not_infinitives: frozenset[str]
    infinitive_ending: str
    agent_marker: str
    coordinators: frozenset[str]
    content_reach: int
    genitives: frozenset[str] = frozenset()
    period_heads: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    genitive_skips: frozenset[str] = frozenset()
    frame_words: frozenset[str] = frozenset()
    noun_phrase_ends: frozenset[str] = frozenset()
    noun_phrase_reach: int = 6
    anchor_postpositions: frozenset[str] = frozenset()


def word_set(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(normalise(str(word)) for word in raw.get(key) or ())


@cache
def load_event_date_words() -> EventDateWords:
    raw = load_data_file("dates.yaml")
    return EventDateWords(word_set(raw, "clause_openers"), word_set(raw, "reference_words"),
                          word_set(raw, "content_event_types"),
                          word_set(raw, "infinitive_postpositions"),
                          word_set(raw, "not_infinitives") | ergative_pronouns(),
                          normalise(str(raw["infinitive_ending"])), normalise(str(raw["agent_marker"])),
                          word_set(raw, "coordinators"), int(raw["content_reach"]),
                          word_set(raw, "genitives"), word_set(raw, "period_heads"), word_set(raw, "time_nouns"),
                          word_set(raw, "genitive_skips"), word_set(raw, "frame_words"),
                          word_set(raw, "noun_phrase_ends"), int(raw.get("noun_phrase_reach", 6)),
                          word_set(raw, "anchor_postpositions"))


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
