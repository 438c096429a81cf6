"""The project's sentence annotations of real news, and the gold documents made from them.

An annotation file (JSON Lines under ``training/annotations/``) holds one sentence a line:
``collection``, ``record``, ``start``/``end`` into the record's text (see
``ghatna.evaluate.shared_corpus``), ``sha`` of the sentence, ``window`` (the article window
it was annotated in), ``split`` (``train`` or ``dev``), ``annotator``, ``skip``, and its
``events`` and ``entities`` with spans as ``[start, end]`` offsets into the sentence.
Sentences the project wrote itself carry their ``text`` and ``written: true`` instead of
a reference. Nothing of the shared text is stored: the loader rebuilds it from
``../shared`` and drops (and counts) sentences whose hash no longer matches.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ghatna.evaluate import shared_corpus
from ghatna.evaluate.scoring import GoldDocument, GoldEvent
from ghatna.plover import (
    PLOVER_TYPES,  # noqa: F401  (the training scripts read it here)
    SYMMETRIC_TYPES,
)

log = logging.getLogger(__name__)
MONTHS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
          "Oct": 10, "Nov": 11, "Dec": 12}
PAPER_DATE = re.compile(r"(\d{4})-([A-Z]{3})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Actor:
    text: str | None
    name: str | None
    country: str | None
    sector: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class AnnotatedEvent:
    type: str
    trigger: tuple[int, int] | None
    source: Actor | None
    target: Actor | None
    modality: str
    required: bool
    mode: str | None = None
    date_text: str | None = None


@dataclass(frozen=True, slots=True)
class AnnotatedEntity:
    start: int
    end: int
    type: str
    name: str | None


@dataclass(slots=True)
class AnnotatedSentence:
    text: str
    window: str
    split: str
    annotator: str
    skip: bool = False
    written: bool = False
    collection: str | None = None
    record: str | None = None
    start: int = 0
    end: int = 0
    events: list[AnnotatedEvent] = field(default_factory=list)
    entities: list[AnnotatedEntity] = field(default_factory=list)


@dataclass(slots=True)
class LoadReport:
    loaded: int = 0
    drifted: int = 0
    missing_shared: bool = False


def piece_of(sentence: str, span: Any, fallback: Any = None) -> str | None:
    """The words a stored span points at (files keep offsets, not the shared text)."""
    if isinstance(span, list) and len(span) == 2:
        return sentence[span[0]:span[1]]
    return fallback if isinstance(fallback, str) else None


def actor_from(data: Any, sentence: str = "") -> Actor | None:
    if not isinstance(data, dict):
        return None
    return Actor(piece_of(sentence, data.get("span"), data.get("text")), data.get("name"), (data.get("country") or "").upper() or None,
                 data.get("sector"), data.get("kind") or ("named" if data.get("name") else "unknown"))


def event_from(data: dict[str, Any], sentence: str = "") -> AnnotatedEvent:
    trigger = data.get("trigger")
    return AnnotatedEvent(
        type=data["type"], trigger=tuple(trigger) if trigger else None,  # type: ignore[arg-type]
        source=actor_from(data.get("source"), sentence), target=actor_from(data.get("target"), sentence),
        modality=data.get("modality") or "asserted", required=bool(data.get("required", True)),
        mode=data.get("mode"), date_text=piece_of(sentence, data.get("date_span"), data.get("date_text")),
    )


def sentence_from(data: dict[str, Any], text: str) -> AnnotatedSentence:
    return AnnotatedSentence(
        text=text, window=data.get("window") or data.get("sid", ""), split=data.get("split", "train"),
        annotator=data.get("annotator", ""), skip=bool(data.get("skip")), written=bool(data.get("written")),
        collection=data.get("collection"), record=data.get("record"),
        start=int(data.get("start", 0)), end=int(data.get("end", len(text))),
        events=[event_from(e, text) for e in data.get("events") or []],
        entities=[AnnotatedEntity(e["span"][0], e["span"][1], e["type"], e.get("name"))
                  for e in data.get("entities") or []],
    )


def iter_lines(paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def annotation_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def load_sentences(folder: Path, shared: Path | None = None,
                   report: LoadReport | None = None) -> list[AnnotatedSentence]:
    """Every annotated sentence under ``folder`` whose text can be had (own sentences always)."""
    report = report if report is not None else LoadReport()
    have_shared = shared_corpus.available(shared)
    report.missing_shared = not have_shared
    out: list[AnnotatedSentence] = []
    for data in iter_lines(annotation_files(folder)):
        if data.get("written"):
            out.append(sentence_from(data, data["text"]))
        elif have_shared:
            text = shared_corpus.resolve(data["collection"], data["record"], data["start"], data["end"],
                                         data["sha"], shared)
            if text is None:
                report.drifted += 1
                continue
            out.append(sentence_from(data, text))
    report.loaded = len(out)
    if report.drifted:
        log.warning("%d annotated sentences no longer match the shared text and were left out", report.drifted)
    return out


def windows(sentences: Iterable[AnnotatedSentence]) -> dict[str, list[AnnotatedSentence]]:
    """Sentences of real records grouped by the window they were annotated in, in text order."""
    grouped: dict[str, list[AnnotatedSentence]] = {}
    for s in sentences:
        if not s.written:
            grouped.setdefault(s.window, []).append(s)
    return {w: sorted(group, key=lambda s: s.start) for w, group in grouped.items()}


def window_file(window: str) -> str:
    """A file-like name for a window (records are paired with gold by file name)."""
    return re.sub(r"[^\w.-]+", "_", window) + ".txt"


def window_text(group: list[AnnotatedSentence], shared: Path | None = None) -> str:
    first, last = group[0], group[-1]
    assert first.collection is not None and first.record is not None
    record = shared_corpus.get_record(first.collection, first.record, shared)
    return record.text[first.start:last.end]


def window_published(group: list[AnnotatedSentence], shared: Path | None = None) -> str | None:
    """The publication day where the collection gives it (AIR items, the dailies' file names)."""
    first = group[0]
    if first.collection == "air" and first.record is not None:
        raw = shared_corpus.get_record("air", first.record, shared).meta.get("date", "")
        m = re.match(r"([A-Z][a-z]{2}) (\d{1,2}), (\d{4})", raw)
        return f"{m.group(3)}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}" if m else None
    if first.collection == "papers" and first.record is not None:
        m = PAPER_DATE.search(first.record.rsplit("/", 1)[-1].replace("ARP", "APR"))
        if m and m.group(2).title() in MONTHS:
            return f"{m.group(1)}-{MONTHS[m.group(2).title()]:02d}-{m.group(3)}"
    return None


def gold_of_window(window: str, group: list[AnnotatedSentence]) -> GoldDocument:
    """The window as a gold document: one event per (type, source, target), entities by name."""
    events: dict[tuple[Any, ...], GoldEvent] = {}
    for sentence in group:
        for e in sentence.events:
            g = gold_event_of(e)
            key = (g.types, g.actors, g.countries)
            if key not in events or (g.required and not events[key].required):
                events[key] = g
    names = {e.name for s in group for e in s.entities if e.name}
    return GoldDocument(file=window_file(window), entities=tuple(sorted(names)), events=tuple(events.values()))


def gold_event_of(e: AnnotatedEvent) -> GoldEvent:
    sides = [e.source, e.target]
    return GoldEvent(
        types=(e.type,),
        actors=tuple(a.name if a and a.kind == "named" else None for a in sides),
        countries=tuple(a.country if a else None for a in sides),
        directed=e.type not in SYMMETRIC_TYPES, required=e.required, modality=e.modality,
        kinds=tuple(a.kind if a else "unknown" for a in sides),
    )
