"""Scoring contract records against gold in the shared format (``../shared/eval/ANNOTATION.md``).

The measures and their matching rules are those of the shared reference scorer, so that
``ghatna eval`` and ``score.py`` print the same figures on the same output: snippets of the
body kept and clutter dropped, the title, entities by name, events matched one-to-one at
two levels (``dyad``: type and each side's country; ``entity``: type and names), dates,
modality, quotes and figures. On top of them it breaks event scores down by PLOVER type
and by actor kind (named, generic, unknown, domestic).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Record = Mapping[str, Any]
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
TWO_PIECE_VOWELS = (("\u093e\u0947", "\u094b"), ("\u093e\u0948", "\u094c"))
DATE_SHAPE = re.compile(r"^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$")
PLANNED_WORDS = ("planned", "intended", "future")
READABLE_PARTS = {"ymd": (0, 1, 2), "md": (1, 2), "y": (0,), "none": ()}
LEVELS = ("dyad", "entity")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    types: tuple[str, ...]
    actors: tuple[str | None, ...]
    countries: tuple[str | None, ...]
    directed: bool
    required: bool
    modality: str = "asserted"
    date: str | None = None
    date_readable: str | None = None
    kinds: tuple[str | None, ...] = ()

    def sides(self) -> list[tuple[str | None, str | None]]:
        pairs = list(zip(self.actors, self.countries, strict=False))
        return (pairs + [(None, None)] * 2)[:2]

    def actor_kind(self) -> str:
        """named, generic or unknown by its least specific side; domestic when both share a country."""
        countries = [c for _, c in self.sides()]
        if countries[0] and countries[0] == countries[1]:
            return "domestic"
        kinds = [k for k in self.kinds if k] or ["named" if n else ("generic" if c else "unknown")
                                                 for n, c in self.sides()]
        for kind in ("unknown", "generic"):
            if kind in kinds:
                return kind
        return "named"


@dataclass(frozen=True, slots=True)
class GoldDocument:
    file: str
    title: str | None = None
    body_include: tuple[str, ...] = ()
    body_exclude: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    forbidden_entities: tuple[str, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    forbidden_countries: tuple[tuple[str, ...], ...] = ()
    quotes: tuple[tuple[str, str], ...] = ()  # (speaker, a piece of the quote)
    figures: tuple[tuple[float, str, str], ...] = ()  # (value, unit, text)

    def is_international(self) -> bool:
        """A gold event between sides of two known countries: the hidden diplomatic set's kind of
        document (``benchmarks/eval_proxies.py``, ``training/events/role_errors.py --set``)."""
        return any(len({c for c in event.countries if c}) == 2 for event in self.events)


@dataclass(slots=True)
class Tally:
    """Fractions (hits, out of) and counts, summed over documents."""

    parts: dict[str, list[float]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, hits: float, out_of: int) -> None:
        part = self.parts.setdefault(key, [0.0, 0])
        part[0] += hits
        part[1] += out_of

    def count(self, key: str, n: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def ratio(self, key: str) -> float | None:
        hits, out_of = self.parts.get(key, (0.0, 0))
        return round(hits / out_of, 3) if out_of else None


def comparable(text: str | None) -> str:
    """Text as both sides are compared: NFC, no invisible characters, one space between words."""
    text = unicodedata.normalize("NFC", text or "").translate(INVISIBLE)
    for pieces, sign in TWO_PIECE_VOWELS:
        text = text.replace(pieces, sign)
    return " ".join(text.replace("\u00a0", " ").split())


def ascii_name(name: str | None) -> str:
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", folded).split())


def names_agree(gold: str | None, system: str | None) -> bool:
    """Same entity: equal, one's words inside the other's, same surname and initial, or close spelling."""
    g, s = ascii_name(gold), ascii_name(system)
    if not g or not s:
        return False
    g_words, s_words = g.split(), s.split()
    if g == s or set(g_words) <= set(s_words) or (set(s_words) <= set(g_words) and len(s) > 3):
        return True
    if len(g_words) > 1 and len(s_words) > 1 and g_words[-1] == s_words[-1] and g_words[0][0] == s_words[0][0]:
        return True
    return difflib.SequenceMatcher(None, g, s).ratio() >= 0.85


def side_of(side: Any) -> tuple[str | None, str | None]:
    if not isinstance(side, Mapping):
        return None, None
    return side.get("name"), (side.get("country") or "").upper() or None


def date_triple(value: Any) -> tuple[int | None, ...] | str | None:
    if not value:
        return None
    m = DATE_SHAPE.match(str(value).strip())
    if not m or not any(m.groups()):
        return "bad"
    return tuple(int(x) if x else None for x in m.groups())


def score_date(gold: GoldEvent, system_date: Any) -> float:
    """1 right and as precise as the text allows, 0.5 right but vaguer, 0 missing, -1 contradicting."""
    got = date_triple(system_date)
    if got == "bad":
        return -1
    want = date_triple(gold.date)
    if got is None:
        return 1 if gold.date_readable in (None, "none") or want is None else 0
    if want is None or isinstance(want, str) or isinstance(got, str):
        return 1
    if any(g is not None and s is not None and g != s for g, s in zip(want, got, strict=True)):
        return -1
    needed = READABLE_PARTS.get(gold.date_readable or "none", ())
    return 1 if all(got[i] is not None for i in needed) else 0.5


def side_fits(gold_name: str | None, gold_country: str | None, side: Any, level: str) -> bool:
    if gold_name is None and gold_country is None:
        return True  # an unknown side: anything fits
    name, country = side_of(side)
    if gold_country and (level == "dyad" or gold_name is None):
        return country == gold_country
    return bool(name) and names_agree(gold_name, name)


def event_fits(gold: GoldEvent, event: Record, level: str) -> bool:
    if event.get("type") not in gold.types:
        return False
    got = (event.get("source"), event.get("target"))
    sides = gold.sides()
    if all(side_fits(n, c, got[i], level) for i, (n, c) in enumerate(sides)):
        return True
    return not gold.directed and all(side_fits(n, c, got[1 - i], level) for i, (n, c) in enumerate(sides))


def pair_events(gold: tuple[GoldEvent, ...], events: list[Record], level: str) -> dict[int, int]:
    """One system event per gold event, greedily, required gold events first."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for gi in sorted(range(len(gold)), key=lambda i: not gold[i].required):
        for si, event in enumerate(events):
            if si not in taken and event_fits(gold[gi], event, level):
                taken.add(si)
                pairs[gi] = si
                break
    return pairs


def score_document(gold: GoldDocument, record: Record, tally: Tally, misses: list[str]) -> None:
    score_body(gold, record, tally, misses)
    score_entities(gold, record, tally, misses)
    score_events(gold, record, tally, misses)
    score_quotes_and_figures(gold, record, tally, misses)


def score_body(gold: GoldDocument, record: Record, tally: Tally, misses: list[str]) -> None:
    body = comparable(record.get("body"))
    kept = [comparable(x) in body for x in gold.body_include]
    dropped = [comparable(x) not in body for x in gold.body_exclude]
    tally.add("body_include", sum(kept), len(kept))
    tally.add("body_exclude", sum(dropped), len(dropped))
    misses += [f"body lacks: {x}" for ok, x in zip(kept, gold.body_include, strict=True) if not ok]
    misses += [f"body keeps clutter: {x}" for ok, x in zip(dropped, gold.body_exclude, strict=True) if not ok]
    if gold.title:
        same = comparable(record.get("title")) == comparable(gold.title)
        tally.add("title", int(same), 1)
        if not same:
            misses.append(f"title: {record.get('title')!r}")


def score_entities(gold: GoldDocument, record: Record, tally: Tally, misses: list[str]) -> None:
    names = [e.get("name", "") for e in record.get("entities") or [] if isinstance(e, Mapping)]
    found = [any(names_agree(g, n) for n in names) for g in gold.entities]
    tally.add("entities", sum(found), len(found))
    misses += [f"entity missing: {g}" for ok, g in zip(found, gold.entities, strict=True) if not ok]
    from_clutter = [n for n in names if any(names_agree(f, n) for f in gold.forbidden_entities)]
    tally.count("forbidden_entities", len(from_clutter))
    misses += [f"entity from clutter: {n}" for n in from_clutter]


def score_events(gold: GoldDocument, record: Record, tally: Tally, misses: list[str]) -> None:
    events = [e for e in record.get("events") or [] if isinstance(e, Mapping)]
    required = [i for i, g in enumerate(gold.events) if g.required]
    for level in LEVELS:
        pairs = pair_events(gold.events, events, level)
        tally.add(f"events_{level}_recall", sum(1 for i in required if i in pairs), len(required))
        tally.add(f"events_{level}_precision", len(pairs), len(events))
        if level == "dyad":
            tally_breakdown(gold.events, events, pairs, tally)
        else:
            score_event_details(gold, events, pairs, required, tally, misses)
    from_clutter = [e for e in events for countries in gold.forbidden_countries
                    if {side_of(e.get("source"))[1], side_of(e.get("target"))[1]} & set(countries)]
    tally.count("forbidden_events", len(from_clutter))
    misses += [f"event from clutter: {e.get('type')} {side_of(e.get('source'))} -> {side_of(e.get('target'))}"
               for e in from_clutter]


def score_event_details(gold: GoldDocument, events: list[Record], pairs: dict[int, int], required: list[int],
                        tally: Tally, misses: list[str]) -> None:
    misses += [f"event missing: {list(gold.events[i].types)} {list(gold.events[i].actors)}"
               for i in required if i not in pairs]
    matched = [i for i in required if i in pairs]
    dates = [score_date(gold.events[i], events[pairs[i]].get("date")) for i in matched]
    tally.add("dates", sum(max(d, 0) for d in dates), len(dates))
    tally.count("dates_contradicted", sum(1 for d in dates if d < 0))
    agree = [(gold.events[i].modality == "planned") == (events[pairs[i]].get("modality") in PLANNED_WORDS)
             for i in matched]
    tally.add("modality", sum(agree), len(agree))


def tally_breakdown(gold: tuple[GoldEvent, ...], events: list[Record], pairs: dict[int, int], tally: Tally) -> None:
    """Dyad-level recall and precision per PLOVER type, recall per actor kind."""
    for i, g in enumerate(gold):
        if g.required:
            tally.add(f"type:{g.types[0]}:recall", int(i in pairs), 1)
            tally.add(f"kind:{g.actor_kind()}:recall", int(i in pairs), 1)
    matched = set(pairs.values())
    for si, event in enumerate(events):
        tally.add(f"type:{event.get('type')}:precision", int(si in matched), 1)


def score_quotes_and_figures(gold: GoldDocument, record: Record, tally: Tally, misses: list[str]) -> None:
    quotes = [q for q in record.get("quotes") or [] if isinstance(q, Mapping)]
    hits = 0
    for speaker, piece in gold.quotes:
        ok = any(comparable(piece) in comparable(q.get("text")) and names_agree(speaker, q.get("speaker") or "")
                 for q in quotes)
        hits += ok
        if not ok:
            misses.append(f"quote missing: {speaker}: {piece}")
    tally.add("quotes", hits, len(gold.quotes))
    figures = [f for f in record.get("figures") or [] if isinstance(f, Mapping)]
    hits = 0
    for value, unit, text in gold.figures:
        ok = any(isinstance(f.get("value"), int | float) and abs(f["value"] - value) <= 0.01 * abs(value)
                 and (f.get("unit") or "").upper() == unit for f in figures)
        hits += ok
        if not ok:
            misses.append(f"figure missing: {text}")
    tally.add("figures", hits, len(gold.figures))


def score_all(gold: Iterable[GoldDocument], records: Mapping[str, Record]) -> tuple[Tally, list[tuple[str, list[str]]]]:
    """Score every gold document against the record of the same file name."""
    tally = Tally()
    notes: list[tuple[str, list[str]]] = []
    documents = with_output = 0
    for doc in gold:
        documents += 1
        misses: list[str] = []
        record = records.get(doc.file)
        if record is None:
            misses.append("no output for this document")
        else:
            with_output += 1
        score_document(doc, record or {}, tally, misses)
        notes.append((doc.file, misses))
    tally.count("documents", documents)
    tally.count("documents_with_output", with_output)
    return tally, notes
