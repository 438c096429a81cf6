"""Querying merged events: filters to pandas DataFrames or Arrow tables, and one event's evidence."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from ghatna.errors import GhatnaError

from .db import Store

EVENT_ORDER = "ORDER BY coalesce(e.date_lo, ''), e.id"
MENTION_DETAIL = """
    SELECT em.event_id, m.article_id, m.idx, s.source, s.outlet, s.url, a.title, a.published,
           m.type, m.modality, m.date, m.evidence_text, m.evidence_start, m.evidence_end, m.trigger_text
    FROM event_mentions em
    JOIN mentions m ON m.article_id = em.article_id AND m.idx = em.idx
    JOIN articles a ON a.id = m.article_id
    JOIN sources s ON s.article_id = m.article_id
    WHERE {where}
    ORDER BY em.event_id, s.outlet, s.source, m.idx"""


class EventNotFound(GhatnaError):
    """No event has the id asked for."""


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. actor: a name on either side; dyad: "RUS:CHN" (either order);
    type: a PLOVER type; since/until: ISO dates compared with what the event's date allows;
    modality: asserted | planned | possible | negated | denied; limit: at most this many."""

    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    limit: int | None = None


def dyad_clause(dyad: str) -> tuple[str, list[Any]]:
    first, _, second = (part.strip().upper() for part in dyad.partition(":"))
    clause = ("((e.source_country = ? AND e.target_country = ?) OR "
              "(e.source_country = ? AND e.target_country = ?))")
    return clause, [first, second, second, first]


def where_clause(flt: EventFilter) -> tuple[str, list[Any]]:
    parts: list[str] = ["1 = 1"]
    params: list[Any] = []
    if flt.actor:
        parts.append("(e.source_name = ? OR e.target_name = ?)")
        params += [flt.actor, flt.actor]
    if flt.dyad:
        clause, values = dyad_clause(flt.dyad)
        parts.append(clause)
        params += values
    for column, value in (("type", flt.type), ("modality", flt.modality)):
        if value:
            parts.append(f"e.{column} = ?")
            params.append(value.upper() if column == "type" else value.lower())
    if flt.since:
        parts.append("e.date_hi >= ?")
        params.append(flt.since)
    if flt.until:
        parts.append("e.date_lo <= ?")
        params.append(flt.until)
    return " AND ".join(parts), params


def events_frame(store: Store, flt: EventFilter | None = None) -> pd.DataFrame:
    """Merged events matching the filter, one row each, ordered by date."""
    where, params = where_clause(flt or EventFilter())
    limit = f" LIMIT {int(flt.limit)}" if flt and flt.limit else ""
    return store.query_frame(f"SELECT e.* FROM events e WHERE {where} {EVENT_ORDER}{limit}", params)


def events_arrow(store: Store, flt: EventFilter | None = None) -> pa.Table:
    return pa.Table.from_pandas(events_frame(store, flt), preserve_index=False)


def mentions_frame(store: Store, event_ids: list[str] | None = None) -> pd.DataFrame:
    """Every report of the given events (all events when None): source, outlet and evidence."""
    if event_ids is None:
        return store.query_frame(MENTION_DETAIL.format(where="1 = 1"))
    if not event_ids:
        return store.query_frame(MENTION_DETAIL.format(where="1 = 0"))
    marks = ", ".join("?" for _ in event_ids)
    return store.query_frame(MENTION_DETAIL.format(where=f"em.event_id IN ({marks})"), event_ids)


def show_event(store: Store, event_id: str) -> dict[str, Any]:
    """One event with the evidence sentence from every source that reported it."""
    rows = store.query_dicts("SELECT * FROM events WHERE id = ?", [event_id])
    if not rows:
        raise EventNotFound(f"no event {event_id!r}; list ids with `ghatna events`")
    mentions = mentions_frame(store, [event_id]).drop(columns=["event_id"])
    return rows[0] | {"mentions": json.loads(mentions.to_json(orient="records", force_ascii=False))}


def corpus_summary(store: Store) -> dict[str, int]:
    """How many sources, articles, mentions, duplicate links and events the store holds."""
    tables = ("sources", "articles", "mentions", "article_links", "events")
    return {t: int(store.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}
