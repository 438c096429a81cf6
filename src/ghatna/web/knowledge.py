"""The knowledge base as the explorer uses it: actors named any way, look-ups, profiles, coordinates."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ghatna.knowledge.kb import KBEntry, KnowledgeBase, load_kb

MAX_HITS = 10
MAX_PARENTS = 8
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """What an actor parameter stands for: KB ids and canonical names (lower case) to match events by."""

    text: str
    kb_ids: frozenset[str]
    names: frozenset[str]
    entry: KBEntry | None = None


def knowledge_base(kb_files: tuple[Path, ...]) -> KnowledgeBase:
    """The knowledge base with the user's files, loaded once per process (thread-safe)."""
    with _LOCK:
        return cached_kb(kb_files)


@cache
def cached_kb(kb_files: tuple[Path, ...]) -> KnowledgeBase:
    return load_kb(kb_files)


def resolve_actor(kb: KnowledgeBase, text: str) -> ActorMatch:
    """An actor by KB id, by canonical name, or by any Hindi or English form the KB knows."""
    entry = kb.get(text)
    entries = [entry] if entry else kb.lookup(text)
    ids = {e.kb_id for e in entries} | {e.qid for e in entries if e.qid}
    names = {e.name.lower() for e in entries} | {text.lower()}
    return ActorMatch(text, frozenset(ids), frozenset(names), entries[0] if len(entries) == 1 else None)


def office_json(entry: KBEntry) -> list[dict[str, Any]]:
    offices = sorted(entry.offices, key=lambda o: (o.start.isoformat() if o.start else ""), reverse=True)
    return [{"role": o.role, "sector": o.sector, "org": o.org, "acting": o.acting,
             "start": o.start.isoformat() if o.start else None, "end": o.end.isoformat() if o.end else None}
            for o in offices]


def entry_json(entry: KBEntry) -> dict[str, Any]:
    """A KB entry as the API returns it: identity, forms, offices with dates, coordinates."""
    return {
        "kb_id": entry.kb_id, "qid": entry.qid, "name": entry.name, "type": entry.type,
        "country": entry.country, "sector": entry.sector_on(None), "kind": entry.kind,
        "hindi": list(entry.hindi), "latin": list(entry.latin), "short": list(entry.short),
        "offices": office_json(entry), "lat": getattr(entry, "lat", None), "lon": getattr(entry, "lon", None),
    }


def lookup(kb: KnowledgeBase, name: str) -> list[dict[str, Any]]:
    """Entries a name resolves to: exact forms, else the closest by any form (as ``ghatna kb lookup``)."""
    from ghatna.cli.kb import find_entries

    hits = find_entries(kb, name)[:MAX_HITS]
    return [entry_json(h.entry) | {"matched_form": h.form, "score": round(h.score, 1)} for h in hits]


def coordinates(kb: KnowledgeBase, place: str | None, country: str | None) -> tuple[float, float] | None:
    """Latitude and longitude of a place: from the gazetteer (a landmark takes its city's), else from a
    KB entry that has them (preferring one in the given country); None when nothing says."""
    if not place:
        return None
    from ghatna.knowledge.geo import place as gazetteer_place

    here, steps = gazetteer_place(place), 0
    while here is not None and steps < MAX_PARENTS:
        if here.lat is not None and here.long is not None:
            return float(here.lat), float(here.long)
        here, steps = gazetteer_place(here.parent), steps + 1
    points = [(e.country != country, getattr(e, "lat", None), getattr(e, "lon", None)) for e in kb.lookup(place)]
    found = sorted((other, float(lat), float(lon)) for other, lat, lon in points if lat is not None and lon is not None)
    return (found[0][1], found[0][2]) if found else None
