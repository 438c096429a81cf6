"""Rows of the merged-events table: one event from its cluster of mentions.

The event's date is the day its reports agree on when they give one (the most common
exact day), else the day their spans narrow to, else the most precise date any gives;
``date_lo``/``date_hi`` bound the days it can have happened (all its reported days for
an event over several days).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ghatna.extraction.actors import home_countries

from .merge import Cluster, Mention, MergeSettings, cluster_block, mention_span, oriented
from .sides import COUNTRY_KINDS, Actor

EVENT_FIELDS = (  # the events table's columns after its id, in the order event_fields gives them
    "type", "mode", "cameo", "goldstein", "modality",
    "source_name", "source_country", "source_sector", "source_kb_id", "source_kind",
    "target_name", "target_country", "target_sector", "target_kb_id", "target_kind",
    "date", "date_lo", "date_hi", "location_name", "location_country",
    "num_mentions", "num_sources", "num_articles", "confidence", "block",
)
EVENT_COLUMNS = ("id", *EVENT_FIELDS)
ACTOR_FIELDS = ("name", "country", "sector", "kb_id", "kind")
ASSERTED = "asserted"


def most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def precision_of(text: str | None) -> str | None:
    """day, month, year, month-day (a day without its year), or None."""
    if not text:
        return None
    if text.startswith("--"):
        return "month-day"
    return {10: "day", 7: "month", 4: "year"}.get(len(text))


def event_dates(cluster: Cluster, settings: MergeSettings) -> tuple[str | None, str | None, str | None]:
    """(date, date_lo, date_hi) of a cluster."""
    days = sorted(m.date for m in cluster.members
                  if m.date and precision_of(m.date) == "day" and m.date_basis != "dateline")
    if days:
        return most_common(days), days[0], days[-1]
    span = cluster.span
    lo, hi = (span.lo.isoformat() if span.lo else None), (span.hi.isoformat() if span.hi else None)
    if span.anchored and span.width == 0:
        return lo, lo, hi
    dated = [((mention_span(m, settings).width, m.date.startswith("--")), m.date) for m in cluster.members if m.date]
    if not dated:
        return None, lo, hi
    narrowest = min(w for w, _ in dated)
    return most_common(d for w, d in dated if w == narrowest), lo, hi


def actor_from(row: dict[str, Any], side: str) -> Actor | None:
    """The side as merging reads it: a group the text did not place ("business", no country) is
    of its home country (``generic_actors.tsv``), as the extractor places such a group in an
    article that names a country; else one paper's "India business" and another's "business"
    would be two blocks."""
    name, country = row.get(f"{side}_name"), row.get(f"{side}_country")
    if not name and not country:
        return None
    kind = text_or_none(row.get(f"{side}_kind"))
    if not country and kind == "generic":
        country = home_countries().get(str(name))
    return Actor(str(name) if name else None, str(country) if country else None,
                 kind, text_or_none(row.get(f"{side}_sector")), text_or_none(row.get(f"{side}_kb_id")))


def text_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def mention_from(row: dict[str, Any]) -> Mention:
    return Mention(
        article_id=str(row["article_id"]), idx=int(row["idx"]), type=str(row["type"]),
        modality=text_or_none(row.get("modality")), source=actor_from(row, "source"),
        target=actor_from(row, "target"), date=text_or_none(row.get("date")),
        published=text_or_none(row.get("article_published")), location=text_or_none(row.get("location_name")),
        location_country=text_or_none(row.get("location_country")), date_basis=text_or_none(row.get("date_basis")),
        mode=text_or_none(row.get("mode")), group=text_or_none(row.get("group_id")),
        evidence=text_or_none(row.get("evidence_text")),
    )


def side_values(rows: Sequence[dict[str, Any]], cluster: Cluster, side: int) -> list[Any]:
    """The side's most specific, most common actor and its fields, oriented as the block is."""
    chosen: list[dict[str, Any]] = []
    for row, mention in zip(rows, cluster.members, strict=True):
        swapped = oriented(mention)[0] is not mention.source
        prefix = ("target", "source")[side] if swapped else ("source", "target")[side]
        chosen.append({f: row.get(f"{prefix}_{f}") for f in ACTOR_FIELDS})
    specific = [c for c in chosen if c["name"] and str(c.get("kind") or "").upper() not in COUNTRY_KINDS]
    pool = specific or [c for c in chosen if c["name"] or c["country"]]
    name = most_common(str(c["name"]) for c in pool if c["name"])
    pick = next((c for c in pool if c["name"] == name), pool[0] if pool else {})
    return [pick.get(f) for f in ACTOR_FIELDS]


def event_modality(cluster: Cluster) -> str | None:
    """What the event's reports say of it: asserted when any tells the deed (an announcement and
    its deed merge: ``retelling.Retelling.announced``), else what they all say."""
    told = {m.modality for m in cluster.members}
    if ASSERTED in told:
        return ASSERTED
    return most_common(told) or cluster.block[1] or None


def event_fields(cluster: Cluster, rows: Sequence[dict[str, Any]], reports: dict[str, list[str]],
                 settings: MergeSettings) -> tuple[Any, ...]:
    """The ``EVENT_FIELDS`` of a cluster's events-table row (all but its id, chosen later);
    ``reports`` maps an article to the outlet of each source."""
    cameo = most_common(str(r["cameo"]) for r in rows if r.get("cameo"))
    goldstein = next((r["goldstein"] for r in rows if r.get("cameo") == cameo), rows[0].get("goldstein"))
    articles = sorted({m.article_id for m in cluster.members})
    outlets = {o for a in articles for o in reports.get(a, [])}
    num_mentions = sum(max(1, len(reports.get(m.article_id, []))) for m in cluster.members)
    num_articles = sum(max(1, len(reports.get(a, []))) for a in articles)
    return (
        cluster.block[0], most_common(str(r.get("mode") or "") for r in rows), cameo, goldstein,
        event_modality(cluster), *side_values(rows, cluster, 0), *side_values(rows, cluster, 1),
        *event_dates(cluster, settings),
        most_common(str(r.get("location_name") or "") for r in rows),
        most_common(str(r.get("location_country") or "") for r in rows),
        num_mentions, len(outlets) or 1, num_articles, max(float(r.get("confidence") or 0) for r in rows),
        "|".join(cluster.block),
    )


Block = tuple[str, ...]
BlockMentions = tuple[Block, list[Mention], list[dict[str, Any]]]  # a block, its mentions and their stored rows


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One cluster of a block as the events table stores it, before its id is chosen: the id a
    new event takes (``Cluster.id``), the keys of its mentions, and the row's ``EVENT_FIELDS``."""

    natural_id: str
    keys: tuple[tuple[str, int], ...]
    fields: tuple[Any, ...]

    def row(self, event_id: str) -> tuple[Any, ...]:
        return (event_id, *self.fields)


def row_key(row: dict[str, Any]) -> tuple[str, int]:
    return (str(row["article_id"]), int(row["idx"]))


def merged_events(blocks: Sequence[BlockMentions], reports: dict[str, list[str]],
                  settings: MergeSettings) -> list[MergedEvent]:
    """Each block's mentions merged into events, block after block in the order given (``reports``:
    the outlets of each article's sources). Blocks are merged apart, so any split of the list
    gives the same events part by part: a Ray actor merges a part (``worker.BatchWorker.merge``)."""
    events = []
    for block, mentions, rows in blocks:
        by_key = {row_key(r): r for r in rows}
        for cluster in cluster_block(block, mentions, settings):
            keys = tuple(m.key for m in cluster.members)
            fields = event_fields(cluster, [by_key[k] for k in keys], reports, settings)
            events.append(MergedEvent(cluster.id, keys, fields))
    return events
