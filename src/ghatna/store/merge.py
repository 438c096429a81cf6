"""One event, many reports: mentions of the same real event merged into one event.

Mentions are blocked on (type, modality, the two sides' countries or names; unordered
for symmetric types such as a meeting or a call). Inside a block, mentions are taken
narrowest date first and each joins the nearest cluster it is compatible with:

- dates that can be the same day (a multi-day kind of event, such as a visit, may give
  days up to ``MergeSettings.spread`` apart; a report without a date of its own covers its
  publication day and the ``lookback`` days before, so late reports still merge);
- the same specific actors on each side (a person, an organisation; a country, or a
  generic group, fits any actor of that country);
- places that are the same or one within the other (the Kremlin is in Moscow);
- a report with no year and no publication date joins only clusters holding one of
  its near-duplicate copies; a vague report (a month, a year) joins only a cluster
  near its publication day, or the only cluster it fits when it has none.

Candidates are looked up in a day index, so a block is merged in O(n log n), not O(n²).
The result depends only on the set of mentions, never on their order.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ghatna.knowledge.geo import place, same_place

from .spans import Span, date_span, intersect, parse_iso, reported_span

log = logging.getLogger(__name__)

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
COUNTRY_KINDS = frozenset({"GPE", "COUNTRY", "LOC"})
VAGUE_KINDS = frozenset({"generic", "unknown"})
PRECISE_WIDTH = 40  # spans this wide or narrower are indexed on every day they cover
VAGUE_WIDTH = 7  # a wider span (a month, a year) is placed by its publication day


@dataclass(frozen=True, slots=True)
class MergeSettings:
    """lookback: days before its publication day an undated report may be about; spread: days
    apart that reports of a multi-day kind of event may date it; multi_day: "TYPE" or
    "TYPE/mode" entries of such kinds; vague_reach: days from its publication day within
    which a month- or year-dated report may find its event."""

    lookback: int = 2
    spread: int = 2
    vague_reach: int = 31
    multi_day: frozenset[str] = frozenset({
        "CONSULT/visit", "CONSULT/meet", "MOBILIZE", "PROTEST/demonstrate", "PROTEST/strike",
        "PROTEST/obstruct", "COERCE/blockade", "COOPERATE/military"})


@dataclass(frozen=True, slots=True)
class Actor:
    name: str | None
    country: str | None
    kind: str | None = None

    @property
    def key(self) -> str:
        return self.country or self.name or ""

    @property
    def specific(self) -> str | None:
        """The actor's name when it is more than its country (a person, an organisation)."""
        if not self.name or (self.kind or "").upper() in COUNTRY_KINDS or (self.kind or "") in VAGUE_KINDS:
            return None
        known = place(self.name)
        return None if known is not None and known.kind == "country" else self.name


@dataclass(frozen=True, slots=True)
class Mention:
    """One event as one article tells it."""

    article_id: str
    idx: int
    type: str
    modality: str | None
    source: Actor | None
    target: Actor | None
    date: str | None = None
    published: str | None = None
    location: str | None = None
    location_country: str | None = None
    date_basis: str | None = None  # "dateline": the date is only the day of reporting
    mode: str | None = None
    group: str | None = None  # the article's near-duplicate group

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.idx)

    @property
    def copies(self) -> str:
        return self.group or self.article_id


@dataclass
class Cluster:
    block: tuple[str, ...]
    members: list[Mention] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    names: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    places: set[str] = field(default_factory=set)
    copies: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        """Derived from the first member: what a new event is called (a stored one keeps its id)."""
        return event_id(min(m.key for m in self.members))


def event_id(key: tuple[str, int]) -> str:
    return "ev" + hashlib.sha1(f"{key[0]}:{key[1]}".encode()).hexdigest()[:16]


def mention_span(mention: Mention, settings: MergeSettings) -> Span:
    if mention.date_basis == "dateline" and (day := parse_iso(mention.date or mention.published)):
        return reported_span(day, settings.lookback)
    return date_span(mention.date, mention.published, settings.lookback)


def is_multi_day(mention: Mention, settings: MergeSettings) -> bool:
    return mention.type in settings.multi_day or f"{mention.type}/{mention.mode}" in settings.multi_day


def fitting_span(mention: Mention, settings: MergeSettings) -> Span:
    """The span a mention is matched with: a multi-day kind widened by half the spread."""
    span = mention_span(mention, settings)
    return span.widened(settings.spread // 2) if is_multi_day(mention, settings) and span.width == 0 else span


def oriented(mention: Mention) -> tuple[Actor | None, Actor | None]:
    """The two sides in block order: sorted for symmetric types, as told otherwise."""
    source, target = mention.source, mention.target
    if mention.type in SYMMETRIC_TYPES and (source.key if source else "") > (target.key if target else ""):
        return target, source
    return source, target


def block_of(mention: Mention) -> tuple[str, ...]:
    source, target = oriented(mention)
    return (mention.type, mention.modality or "", source.key if source else "", target.key if target else "")


def block_text(block: tuple[str, ...]) -> str:
    return "|".join(block)


def names_fit(names: set[str], actor: Actor | None) -> bool:
    specific = actor.specific if actor else None
    return specific is None or not names or specific in names


def places_fit(places: set[str], location: str | None) -> bool:
    return not location or not places or all(same_place(location, p) for p in places)


def fits(cluster: Cluster, mention: Mention, span: Span) -> Span | None:
    """The cluster's narrowed date span if the mention can join it, else None."""
    sides = oriented(mention)
    if not (names_fit(cluster.names[0], sides[0]) and names_fit(cluster.names[1], sides[1])):
        return None
    if not places_fit(cluster.places, mention.location):
        return None
    if not span.anchored and mention.copies not in cluster.copies:
        return None  # no year and no publication date: only its own copies
    return intersect(cluster.span, span)


def join(cluster: Cluster, mention: Mention, span: Span) -> None:
    cluster.members.append(mention)
    cluster.span = span
    cluster.copies.add(mention.copies)
    for names, actor in zip(cluster.names, oriented(mention), strict=True):
        if actor and actor.specific:
            names.add(actor.specific)
    if mention.location:
        cluster.places.add(mention.location)


def day_range(lo: date, hi: date) -> Iterator[int]:
    yield from range(lo.toordinal(), hi.toordinal() + 1)


class BlockMerger:
    """Clusters one block's mentions; candidate clusters come from an index of days."""

    def __init__(self, block: tuple[str, ...], settings: MergeSettings) -> None:
        self.block, self.settings = block, settings
        self.clusters: list[Cluster] = []
        self.by_day: dict[int, list[int]] = defaultdict(list)
        self.by_copies: dict[str, list[int]] = defaultdict(list)
        self.unindexed: list[int] = []

    def candidates(self, mention: Mention, span: Span) -> Iterable[int]:
        pub = parse_iso(mention.published)
        found: set[int] = set(self.by_copies.get(mention.copies, ()))
        if span.anchored and span.width <= PRECISE_WIDTH:
            days = day_range(span.lo, span.hi)  # type: ignore[arg-type]
        elif span.lo and span.hi and pub is not None:
            reach = timedelta(days=self.settings.vague_reach)
            days = day_range(max(span.lo, pub - reach), min(span.hi, pub + timedelta(days=1)))
        else:
            return sorted(found | set(range(len(self.clusters))) if span.anchored else found)
        for day in days:
            found.update(self.by_day.get(day, ()))
        found.update(self.unindexed)
        return sorted(found)

    def choose(self, mention: Mention, span: Span) -> tuple[int, Span] | None:
        options = [(i, s) for i in self.candidates(mention, span)
                   if (s := fits(self.clusters[i], mention, span)) is not None]
        if not options:
            return None
        vague = span.width > VAGUE_WIDTH
        if vague and parse_iso(mention.published) is None:
            return options[0] if len(options) == 1 else None  # a year alone: only when unambiguous
        anchor = parse_iso(mention.published) if vague else span.center
        return min(options, key=lambda o: (distance(self.clusters[o[0]].span, anchor), o[0]))

    def add(self, mention: Mention, span: Span) -> None:
        chosen = self.choose(mention, span)
        if chosen is not None:
            join(self.clusters[chosen[0]], mention, chosen[1])
            self.by_copies[mention.copies].append(chosen[0])
            return
        index = len(self.clusters)
        cluster = Cluster(self.block, span=span)
        join(cluster, mention, span)
        self.clusters.append(cluster)
        self.by_copies[mention.copies].append(index)
        self.index(index, span, mention)

    def index(self, index: int, span: Span, mention: Mention) -> None:
        pub = parse_iso(mention.published)
        if span.anchored and span.width <= PRECISE_WIDTH:
            for day in day_range(span.lo, span.hi):  # type: ignore[arg-type]
                self.by_day[day].append(index)
        elif span.anchored and pub is not None:
            self.by_day[pub.toordinal()].append(index)
        elif span.anchored:
            self.unindexed.append(index)


def distance(span: Span, anchor: date | None) -> int:
    center = span.center
    if anchor is None or center is None:
        return 10**9
    return abs((center - anchor).days)


def cluster_block(block: tuple[str, ...], mentions: Sequence[Mention],
                  settings: MergeSettings | None = None) -> list[Cluster]:
    settings = settings or MergeSettings()
    spans = {m.key: fitting_span(m, settings) for m in mentions}
    merger = BlockMerger(block, settings)
    for mention in sorted(mentions, key=lambda m: (spans[m.key].width, spans[m.key].lo or date.min, m.key)):
        merger.add(mention, spans[mention.key])
    return merger.clusters


def merge_events(mentions: Iterable[Mention], settings: MergeSettings | None = None) -> list[Cluster]:
    """Group mentions into events; the result does not depend on the input order."""
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[block_of(mention)].append(mention)
    clusters = [c for key in sorted(blocks) for c in cluster_block(key, blocks[key], settings)]
    return sorted(clusters, key=lambda c: c.id)
