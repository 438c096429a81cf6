"""One event, many reports: mentions of the same real event merged into one event.

Mentions are blocked on (type, modality, the two sides' countries or names; unordered
for symmetric types such as a meeting or a call). Inside a block a mention joins the
nearest cluster it is compatible with: the same specific actors (a person or an
organisation; a bare country fits any actor of that country), dates that can be the
same day at the precision each has, and the same place when both name one.
Clustering is recomputed from the stored mentions in a fixed order and cluster ids are
derived from their members, so the same mentions always give the same events.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .db import Store

log = logging.getLogger(__name__)

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
COUNTRY_KINDS = frozenset({"GPE", "COUNTRY", "LOC"})
UNDATED_LOOKBACK_DAYS = 1
ANY_YEAR = 2000  # a leap year: month-day dates without a year are placed in it for comparison


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
        if not self.name or (self.kind or "").upper() in COUNTRY_KINDS:
            return None
        return self.name


@dataclass(frozen=True, slots=True)
class Span:
    """When an event can have happened: [lo, hi], or only a month-day, or unknown."""

    lo: date | None = None
    hi: date | None = None
    month_day: tuple[int, int] | None = None

    @property
    def width(self) -> int:
        if self.lo and self.hi:
            return (self.hi - self.lo).days
        return 400 if self.month_day else 100_000

    @property
    def center(self) -> date | None:
        return self.lo + (self.hi - self.lo) / 2 if self.lo and self.hi else None


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

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.idx)


@dataclass
class Cluster:
    block: tuple[str, ...]
    members: list[Mention] = field(default_factory=list)
    span: Span = Span()
    names: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    places: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        first = min(m.key for m in self.members)
        return "ev" + hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:16]


def parse_iso(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def month_span(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return Span(date(year, month, 1), date(year, month, last))


def day_without_year(month: int, day: int, published: date | None) -> Span:
    if published is None:
        return Span(month_day=(month, day))
    guess = date(published.year, month, day)
    if guess > published + timedelta(days=1):
        guess = date(published.year - 1, month, day)
    return Span(guess, guess)


def reported_span(day: date) -> Span:
    """An event known only by the day it was reported: that day or the days before."""
    return Span(day - timedelta(days=UNDATED_LOOKBACK_DAYS), day)


def mention_span(mention: Mention) -> Span:
    if mention.date_basis == "dateline" and (day := parse_iso(mention.date or mention.published)):
        return reported_span(day)
    return date_span(mention.date, mention.published)


def date_span(text: str | None, published: str | None) -> Span:
    """What a contract date (at its precision) allows, using the publication date when needed."""
    pub = parse_iso(published)
    try:
        if text and text.startswith("--"):
            return day_without_year(int(text[2:4]), int(text[5:7]), pub)
        if text and len(text) == 10:
            return Span(date.fromisoformat(text), date.fromisoformat(text))
        if text and len(text) == 7:
            return month_span(int(text[:4]), int(text[5:7]))
        if text and len(text) == 4:
            return Span(date(int(text), 1, 1), date(int(text), 12, 31))
    except ValueError:
        log.debug("unreadable date %r ignored", text)
    return reported_span(pub) if pub is not None else Span()


def month_day_fits(month_day: tuple[int, int], span: Span) -> bool:
    if span.lo is None or span.hi is None or span.width >= 365:
        return True
    for year in range(span.lo.year, span.hi.year + 1):
        try:
            if span.lo <= date(year, *month_day) <= span.hi:
                return True
        except ValueError:
            continue
    return False


def intersect(a: Span, b: Span) -> Span | None:
    """The dates both allow, or None when they cannot be the same day."""
    if a.lo is None or b.lo is None:
        known, other = (b, a) if a.lo is None else (a, b)
        if other.month_day and known.month_day:
            return known if other.month_day == known.month_day else None
        if other.month_day and not month_day_fits(other.month_day, known):
            return None
        return known
    lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
    return Span(lo, hi) if lo is not None and hi is not None and lo <= hi else None


def oriented(mention: Mention) -> tuple[Actor | None, Actor | None]:
    """The two sides in block order: sorted for symmetric types, as told otherwise."""
    source, target = mention.source, mention.target
    if mention.type in SYMMETRIC_TYPES and (source.key if source else "") > (target.key if target else ""):
        return target, source
    return source, target


def block_of(mention: Mention) -> tuple[str, ...]:
    source, target = oriented(mention)
    return (mention.type, mention.modality or "", source.key if source else "", target.key if target else "")


def names_fit(names: set[str], actor: Actor | None) -> bool:
    specific = actor.specific if actor else None
    return specific is None or not names or specific in names


def fits(cluster: Cluster, mention: Mention, span: Span) -> Span | None:
    """The cluster's narrowed date span if the mention can join it, else None."""
    sides = oriented(mention)
    if not (names_fit(cluster.names[0], sides[0]) and names_fit(cluster.names[1], sides[1])):
        return None
    if mention.location and cluster.places and mention.location not in cluster.places:
        return None
    return intersect(cluster.span, span)


def distance(cluster: Cluster, span: Span, published: str | None) -> float:
    anchor = span.center if span.width < 32 else parse_iso(published) or span.center
    if anchor is None or cluster.span.center is None:
        return 1e9
    return abs((cluster.span.center - anchor).days)


def join(cluster: Cluster, mention: Mention, span: Span) -> None:
    cluster.members.append(mention)
    cluster.span = span
    for names, actor in zip(cluster.names, oriented(mention), strict=True):
        if actor and actor.specific:
            names.add(actor.specific)
    if mention.location:
        cluster.places.add(mention.location)


def cluster_block(block: tuple[str, ...], mentions: Sequence[Mention]) -> list[Cluster]:
    spans = {m.key: mention_span(m) for m in mentions}
    order = sorted(mentions, key=lambda m: (spans[m.key].width, m.key))
    clusters: list[Cluster] = []
    for mention in order:
        span = spans[mention.key]
        options = [(distance(c, span, mention.published), i, s) for i, c in enumerate(clusters)
                   if (s := fits(c, mention, span)) is not None]
        if options:
            _, index, narrowed = min(options, key=lambda o: (o[0], o[1]))
            join(clusters[index], mention, narrowed)
        else:
            cluster = Cluster(block, span=span)
            join(cluster, mention, span)
            clusters.append(cluster)
    return clusters


def merge_events(mentions: Iterable[Mention]) -> list[Cluster]:
    """Group mentions into events; the result does not depend on the input order."""
    blocks: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        blocks[block_of(mention)].append(mention)
    clusters = [c for key in sorted(blocks) for c in cluster_block(key, blocks[key])]
    return sorted(clusters, key=lambda c: c.id)


def most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def best_date(members: Sequence[Mention]) -> str | None:
    """The most precise date the members give (the most common among equally precise ones)."""
    dated = [((mention_span(m).width, m.date.startswith("--")), m.date) for m in members if m.date]
    if not dated:
        return None
    narrowest = min(w for w, _ in dated)
    return most_common(d for w, d in dated if w == narrowest)


EVENT_COLUMNS = (
    "id", "type", "mode", "cameo", "goldstein", "modality",
    "source_name", "source_country", "source_sector", "source_kb_id", "source_kind",
    "target_name", "target_country", "target_sector", "target_kb_id", "target_kind",
    "date", "date_lo", "date_hi", "location_name", "location_country",
    "num_mentions", "num_sources", "num_articles", "confidence",
)
ACTOR_FIELDS = ("name", "country", "sector", "kb_id", "kind")
MENTION_QUERY = """
    SELECT m.*, a.published AS article_published FROM mentions m JOIN articles a ON a.id = m.article_id
    ORDER BY m.article_id, m.idx"""


def actor_from(row: dict[str, object], side: str) -> Actor | None:
    name, country = row.get(f"{side}_name"), row.get(f"{side}_country")
    if not name and not country:
        return None
    return Actor(str(name) if name else None, str(country) if country else None,
                 str(row.get(f"{side}_kind") or "") or None)


def mention_from(row: dict[str, object]) -> Mention:
    return Mention(
        article_id=str(row["article_id"]), idx=int(row["idx"]), type=str(row["type"]),  # type: ignore[call-overload]
        modality=row.get("modality") or None, source=actor_from(row, "source"),  # type: ignore[arg-type]
        target=actor_from(row, "target"), date=row.get("date") or None,  # type: ignore[arg-type]
        published=row.get("article_published") or None,  # type: ignore[arg-type]
        location=row.get("location_name") or None, location_country=row.get("location_country") or None,  # type: ignore[arg-type]
        date_basis=row.get("date_basis") or None,  # type: ignore[arg-type]
    )


def side_values(rows: Sequence[dict[str, object]], cluster: Cluster, side: int) -> list[object]:
    """The side's most specific, most common actor and its fields, oriented as the block is."""
    chosen: list[dict[str, object]] = []
    for row, mention in zip(rows, cluster.members, strict=True):
        swapped = oriented(mention)[0] is not mention.source
        prefix = ("target", "source")[side] if swapped else ("source", "target")[side]
        chosen.append({f: row.get(f"{prefix}_{f}") for f in ACTOR_FIELDS})
    specific = [c for c in chosen if c["name"] and str(c.get("kind") or "").upper() not in COUNTRY_KINDS]
    pool = specific or [c for c in chosen if c["name"] or c["country"]]
    name = most_common(str(c["name"]) for c in pool if c["name"])
    pick = next((c for c in pool if c["name"] == name), pool[0] if pool else {})
    return [pick.get(f) for f in ACTOR_FIELDS]


def event_row(cluster: Cluster, rows: Sequence[dict[str, object]],
              reports: dict[str, list[str]]) -> tuple[object, ...]:
    cameo = most_common(str(r["cameo"]) for r in rows if r.get("cameo"))
    goldstein = next((r["goldstein"] for r in rows if r.get("cameo") == cameo), rows[0].get("goldstein"))
    articles = sorted({m.article_id for m in cluster.members})
    outlets = {o for a in articles for o in reports.get(a, [])}
    num_mentions = sum(max(1, len(reports.get(m.article_id, []))) for m in cluster.members)
    num_articles = sum(max(1, len(reports.get(a, []))) for a in articles)
    span = cluster.span
    return (
        cluster.id, cluster.block[0], most_common(str(r.get("mode") or "") for r in rows), cameo, goldstein,
        cluster.block[1] or None, *side_values(rows, cluster, 0), *side_values(rows, cluster, 1),
        best_date(cluster.members), span.lo.isoformat() if span.lo else None,
        span.hi.isoformat() if span.hi else None,
        most_common(str(r.get("location_name") or "") for r in rows),
        most_common(str(r.get("location_country") or "") for r in rows),
        num_mentions, len(outlets) or 1, num_articles, max(float(str(r.get("confidence") or 0)) for r in rows),
    )


def article_reports(store: Store) -> dict[str, list[str]]:
    """Article id -> the outlet of every source that carried it (one per report)."""
    reports: dict[str, list[str]] = defaultdict(list)
    for article_id, outlet in store.query(
            "SELECT article_id, outlet FROM sources WHERE article_id IS NOT NULL ORDER BY source"):
        reports[article_id].append(outlet)
    return reports


def rebuild_events(store: Store) -> int:
    """Recompute every merged event from the stored mentions; returns how many events."""
    records = store.query_dicts(MENTION_QUERY)
    by_key = {(str(r["article_id"]), int(r["idx"])): r for r in records}
    clusters = merge_events(mention_from(r) for r in records)
    reports = article_reports(store)
    events = [event_row(c, [by_key[m.key] for m in c.members], reports) for c in clusters]
    links = sorted((c.id, m.article_id, m.idx) for c in clusters for m in c.members)
    with store.transaction():
        store.delete_all("events", "event_mentions")
        store.insert_rows("events", EVENT_COLUMNS, events)
        store.insert_rows("event_mentions", ("event_id", "article_id", "idx"), links)
    log.info("merged %d mentions into %d events", len(records), len(clusters))
    return len(clusters)
