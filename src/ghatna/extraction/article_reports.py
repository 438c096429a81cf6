"""An article's reports taken together: reports of one happening merged into one event (the
most specific, with the most precise date), and whether the article is a sports report at all
(no events are coded in one). Read by the event stage, the learned detector and the headline stage."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity, Event
from ghatna.extraction.event_roles import SYMMETRIC
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

MIN_SPORTS_HITS = 5


def same_side(a: Entity | None, b: Entity | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.key == b.key or (a.country is not None and a.country == b.country and "country" in (a.kind, b.kind))


def specificity(e: Event) -> int:
    return sum(2 if side and side.type == "PERSON" else 1 if side and side.kind != "unknown" else 0
               for side in (e.source, e.target))


def fits_side(a: Entity | None, b: Entity | None) -> bool:
    """The same side, or one report does not know it ("सुलेमानी की हत्या" after "अमरीका ने
    सुलेमानी को मार गिराया": the same killing, its doer unknown in the second report)."""
    return same_side(a, b) or any(x is not None and x.kind == "unknown" for x in (a, b))


def compatible(a: Event, b: Event) -> bool:
    if a.type != b.type or a.modality != b.modality or (a.date and b.date and a.date != b.date):
        return False
    known = same_side(a.source, b.source) or same_side(a.target, b.target)
    direct = known and fits_side(a.source, b.source) and fits_side(a.target, b.target)
    return direct or (a.type in SYMMETRIC and same_side(a.source, b.target) and same_side(a.target, b.source))


def merge_reports(events: list[Event]) -> list[Event]:
    """One event per happening in an article: the most specific report, with the most precise date."""
    kept: list[Event] = []
    for ev in events:
        twin = next((k for k in kept if compatible(k, ev)), None)
        if twin is None:
            kept.append(ev)
        elif specificity(ev) > specificity(twin):
            ev.date, ev.date_evidence = ev.date or twin.date, ev.date_evidence or twin.date_evidence
            kept[kept.index(twin)] = ev
        elif twin.date is None and ev.date:
            twin.date, twin.date_evidence = ev.date, ev.date_evidence
    return kept


def is_sports_report(doc: Document) -> bool:
    """An article whose words are dense with sports terms tells matches, not politics."""
    words = load_sports_words()
    if not doc.tokens:
        return False
    hits = sum(1 for t in doc.tokens if t.key in words.terms)
    return hits >= MIN_SPORTS_HITS and hits / len(doc.tokens) >= words.share


@dataclass(frozen=True, slots=True)
class SportsWords:
    terms: frozenset[str]
    share: float


@cache
def load_sports_words() -> SportsWords:
    data = load_yaml("hindi_words.yaml")
    return SportsWords(frozenset(word_key(w) for w in data["sports_words"]), float(data["sports_share"]))
