"""The Document that flows through the stages, and the annotations stages add to it.

Every annotation carries evidence: offsets into the normalised ``body``, the rule or
lexicon entry that produced it, and a confidence. An event told only in the headline
(``ghatna.extraction.headlines``) has its spans in the ``title``: they say ``"field": "title"``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ghatna.errors import RecordError

# An evidence sentence longer than this (one in a thousand of real news; a run-on page without
# punctuation) is given as the stretch around what it supports: several events in one long
# sentence would otherwise repeat it whole, and a record outgrow its article many times.
EVIDENCE_CHARS = 600
EVIDENCE_MARGIN = 200
BODY, TITLE = "body", "title"  # the text a span's offsets point into


def told_in_title(span: Mapping[str, Any] | None) -> bool:
    """A span as records carry it (``Span.as_dict``) whose offsets point into the title."""
    return span is not None and span.get("field") == TITLE


@dataclass(slots=True)
class Span:
    """A stretch of the body (or, with ``field`` "title", of the title) with the rule that found it."""

    start: int
    end: int
    text: str
    rule: str = ""
    confidence: float = 1.0
    field: str = BODY

    def as_dict(self) -> dict[str, Any]:
        offsets = {"text": self.text, "start": self.start, "end": self.end}
        return offsets if self.field == BODY else offsets | {"field": self.field}

    def around(self, start: int, end: int) -> dict[str, Any]:
        """``as_dict``, or for a span over EVIDENCE_CHARS the part of it within EVIDENCE_MARGIN of
        start:end, trimmed to whole words, marked ``"clipped": true`` (offsets still round-trip)."""
        if self.end - self.start <= EVIDENCE_CHARS:
            return self.as_dict()
        lo = max(0, min(start, self.end) - EVIDENCE_MARGIN - self.start)
        hi = min(len(self.text), max(end, start) + EVIDENCE_MARGIN - self.start)
        lo = self.text.find(" ", lo) + 1 if lo > 0 and " " in self.text[lo:hi] else lo
        cut = self.text.rfind(" ", lo, hi) if hi < len(self.text) else -1
        hi = cut if cut > lo else hi
        piece = self.text[lo:hi]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        start = self.start + lo + lead
        return Span(start, start + len(piece), piece, field=self.field).as_dict() | {"clipped": True}


@dataclass(slots=True)
class Removed:
    """A line of the page that cleaning dropped, and why."""

    text: str
    reason: str


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """A linked entity with all its mentions in the body."""

    key: str
    name: str
    type: str
    kb_id: str | None
    country: str | None
    sector: str | None
    role: str | None = None
    kind: str | None = None
    mentions: list[Span] = field(default_factory=list)
    confidence: float = 1.0

    def as_actor(self) -> dict[str, Any]:
        """The actor as the contract has it; a group the text does not name carries ``kind``
        generic, an actor it does not give at all ``kind`` unknown and no name."""
        actor = {"name": self.name or None, "country": self.country, "sector": self.sector, "kb_id": self.kb_id}
        return actor | {"kind": self.kind} if self.kind in ("generic", "unknown") else actor

    def as_place(self) -> dict[str, Any]:
        """An event's place as the contract has it, with the words that set it (its first mention:
        offsets, rule, confidence) where a stage gave them."""
        place = {"name": self.name, "country": self.country, "kb_id": self.kb_id}
        if not self.mentions:
            return place
        evidence = self.mentions[0].as_dict() | {"rule": self.mentions[0].rule}
        return place | {"evidence": evidence, "confidence": round(self.confidence, 3)}

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kb_id": self.kb_id, "type": self.type, "country": self.country,
            "sector": self.sector, "role": self.role, "confidence": round(self.confidence, 3),
            "mentions": [m.as_dict() | {"rule": m.rule} for m in self.mentions],
        }


@dataclass(slots=True)
class Event:
    type: str
    mode: str | None
    cameo: str
    goldstein: float
    source: Entity | None
    target: Entity | None
    modality: str
    evidence: Span
    trigger: Span
    date: str | None = None
    date_evidence: Span | None = None
    location: Entity | None = None
    confidence: float = 0.5

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode, "cameo": self.cameo, "goldstein": self.goldstein,
            "source": self.source.as_actor() if self.source else None,
            "target": self.target.as_actor() if self.target else None,
            "date": self.date,
            "location": self.location.as_place() if self.location else None,
            "modality": self.modality,
            "evidence": self.evidence.around(self.trigger.start, self.trigger.end),
            "trigger": self.trigger.as_dict() | {"rule": self.trigger.rule},
            "date_evidence": self.date_evidence.as_dict() if self.date_evidence else None,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Quote:
    speaker: Entity | None
    text: str
    start: int
    end: int
    kind: str
    evidence: Span
    confidence: float = 0.5

    def as_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.name if self.speaker else None,
            "speaker_kb_id": self.speaker.kb_id if self.speaker else None,
            "text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
            "evidence": self.evidence.around(self.start, self.start) | {"rule": self.evidence.rule},
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Figure:
    text: str
    value: float
    unit: str
    kind: str
    start: int
    end: int
    evidence: Span
    rule: str = ""
    confidence: float = 0.8

    def as_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "text": self.text, "value": value, "unit": self.unit, "kind": self.kind,
            "start": self.start, "end": self.end,
            "evidence": {"start": self.evidence.start, "end": self.evidence.end},  # its text: body[start:end]
            "rule": self.rule, "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Document:
    """One article: its raw input, its clean parts and every annotation the stages add."""

    source: str
    raw: str
    kind: str = "text"  # "text" or "html"
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    dateline: dict[str, Any] | None = None
    body: str = ""
    language: str | None = None
    language_score: float | None = None
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    spacy_doc: Any = None
    tokens: list[Any] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)  # stages' working data, never serialised

    @property
    def id(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains a body offset (binary search over sorted sentences)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.sentences) and self.sentences[lo].start <= offset:
            return self.sentences[lo]
        return None

    def to_record(self) -> dict[str, Any]:
        """The contract record (see the project README) as a JSON-ready dict."""
        return {
            "source": self.source,
            "id": self.id,
            "language": self.language,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "dateline": self.dateline,
            "url": self.url,
            "body": self.body,
            "entities": [e.as_dict() for e in self.entities],
            "events": [e.as_dict() for e in self.events],
            "quotes": [q.as_dict() for q in self.quotes],
            "figures": [f.as_dict() for f in self.figures],
            "warnings": list(self.warnings),
        }

    def to_json(self) -> str:
        """The record as one line of JSON; a RecordError when it is not valid JSON."""
        return record_json(self.to_record(), self.source)


def record_json(record: dict[str, Any], source: str) -> str:
    """One line of strict JSON (no NaN, no Infinity, encodable as UTF-8), or a RecordError."""
    try:
        line = json.dumps(record, ensure_ascii=False, allow_nan=False)
        line.encode("utf-8")
    except ValueError as err:  # UnicodeEncodeError is a ValueError too
        reason = "a lone surrogate" if isinstance(err, UnicodeEncodeError) else "a NaN or infinite number"
        raise RecordError(source, f"it holds {reason} ({err})") from err
    return line
