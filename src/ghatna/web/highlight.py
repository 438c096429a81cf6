"""Marked-up text as data: spans over a text become pieces the templates render (and escape).

No HTML is built here. A piece is plain text, a marked span (an entity, a trigger, an
actor) or a region (an event's evidence, a quote) holding its own pieces, so the
template escapes every character of the text and only writes tags it knows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = ("PERSON", "GPE", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters start..end of a text, of a kind (a CSS class suffix from a fixed set) with a label."""

    start: int
    end: int
    kind: str
    label: str = ""
    title: str = ""


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch that events or quotes point into: ``ids`` are anchors (ev-3, q-1)."""

    start: int
    end: int
    ids: tuple[str, ...]


@dataclass(slots=True)
class Piece:
    text: str
    span: Span | None = None
    region: Region | None = None
    children: list[Piece] = field(default_factory=list)


def entity_kind(entity_type: str | None) -> str:
    return entity_type if entity_type in ENTITY_KINDS else "OTHER"


def non_overlapping(spans: Iterable[Span], length: int) -> list[Span]:
    """Spans inside the text, earliest first, the longer of two that overlap kept."""
    ordered = sorted((s for s in spans if 0 <= s.start < s.end <= length), key=lambda s: (s.start, s.start - s.end))
    kept: list[Span] = []
    for span in ordered:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def flat(text: str, spans: Iterable[Span], offset: int = 0) -> list[Piece]:
    """Pieces of ``text`` with the given spans marked; span offsets count from ``offset``."""
    shifted = (Span(s.start - offset, s.end - offset, s.kind, s.label, s.title) for s in spans)
    pieces: list[Piece] = []
    at = 0
    for span in non_overlapping(shifted, len(text)):
        if span.start > at:
            pieces.append(Piece(text[at:span.start]))
        pieces.append(Piece(text[span.start:span.end], span=span))
        at = span.end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces


def merged_regions(regions: Iterable[Region], length: int) -> list[Region]:
    """Regions inside the text, overlapping ones joined into one carrying all their ids."""
    merged: list[Region] = []
    for region in sorted((r for r in regions if 0 <= r.start < r.end <= length), key=lambda r: r.start):
        if merged and region.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Region(last.start, max(last.end, region.end), last.ids + region.ids)
        else:
            merged.append(region)
    return merged


def nested(text: str, regions: Sequence[Region], spans: Sequence[Span]) -> list[Piece]:
    """Pieces of ``text``: regions at the top level, spans marked inside and between them.

    A span that crosses a region's edge is left unmarked rather than cut in two.
    """
    pieces: list[Piece] = []
    at = 0
    for region in merged_regions(regions, len(text)):
        pieces += flat(text[at:region.start], [s for s in spans if at <= s.start and s.end <= region.start], at)
        inside = [s for s in spans if region.start <= s.start and s.end <= region.end]
        pieces.append(Piece(text[region.start:region.end], region=region,
                            children=flat(text[region.start:region.end], inside, region.start)))
        at = region.end
    pieces += flat(text[at:], [s for s in spans if at <= s.start], at)
    return pieces


def body_spans(record: dict[str, Any], field_name: str = "body") -> list[Span]:
    """Every entity mention of a record that points into its body (or title), as a span."""
    spans = []
    for entity in record.get("entities") or []:
        kind = entity_kind(entity.get("type"))
        title = " · ".join(str(v) for v in (entity.get("name"), entity.get("country"), entity.get("sector"),
                                            entity.get("kb_id")) if v)
        for mention in entity.get("mentions") or []:
            if (mention.get("field") or "body") == field_name and is_offset(mention):
                spans.append(Span(int(mention["start"]), int(mention["end"]), kind, kind, title))
    return spans


def is_offset(span: dict[str, Any]) -> bool:
    return isinstance(span.get("start"), int) and isinstance(span.get("end"), int)


def actor_spans(record: dict[str, Any], actor: dict[str, Any] | None, kind: str, lo: int, hi: int,
                field_name: str = "body") -> list[Span]:
    """Mentions of an event's actor (matched by KB id, else by name) inside lo..hi."""
    if not actor or not (actor.get("kb_id") or actor.get("name")):
        return []
    found = []
    for entity in record.get("entities") or []:
        same = (actor.get("kb_id") and entity.get("kb_id") == actor.get("kb_id")) or \
            (actor.get("name") and entity.get("name") == actor.get("name"))
        if not same:
            continue
        for mention in entity.get("mentions") or []:
            if (mention.get("field") or "body") == field_name and is_offset(mention) \
                    and lo <= mention["start"] and mention["end"] <= hi:
                found.append(Span(mention["start"], mention["end"], kind, kind, str(actor.get("name") or "")))
    return found


def evidence_pieces(record: dict[str, Any] | None, idx: int, text: str, start: int | None,
                    trigger_text: str | None) -> list[Piece]:
    """The evidence sentence of the record's event ``idx`` with its trigger, source and target marked."""
    if not text:
        return []
    event = ((record or {}).get("events") or [])[idx] if record and idx < len(record.get("events") or []) else {}
    evidence = event.get("evidence") or {}
    field_name = evidence.get("field") or "body"
    base = record.get(field_name) if record else None
    if start is None or not isinstance(base, str) or base[start:start + len(text)] != text:
        return flat(text, trigger_guess(text, trigger_text))
    end = start + len(text)
    spans = actor_spans(record or {}, event.get("source"), "source", start, end, field_name)
    spans += actor_spans(record or {}, event.get("target"), "target", start, end, field_name)
    trigger = event.get("trigger") or {}
    if is_offset(trigger) and start <= trigger["start"] and trigger["end"] <= end:
        spans.insert(0, Span(trigger["start"], trigger["end"], "trigger", "trigger", event.get("type") or ""))
    else:
        spans += [Span(s.start + start, s.end + start, s.kind, s.label, s.title)
                  for s in trigger_guess(text, trigger_text)]
    return flat(text, spans, start)


def trigger_guess(text: str, trigger_text: str | None) -> list[Span]:
    """Where the offsets cannot be trusted: the trigger's first occurrence in the sentence."""
    at = text.find(trigger_text) if trigger_text else -1
    return [Span(at, at + len(trigger_text or ""), "trigger", "trigger")] if at >= 0 else []
