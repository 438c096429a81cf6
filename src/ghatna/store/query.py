"""Querying merged events: filters to pandas DataFrames or Arrow tables, and one event's evidence.

Filters say no: an unknown event type or modality, a dyad that is not two ISO alpha-3
country codes, a date that is not ISO raise ``QueryError`` with what is valid. An actor is
found by any name the knowledge base knows (Hindi or English, aliases) or by its KB id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa

from ghatna.errors import GhatnaError
from ghatna.plover import PLOVER_TYPES

from .db import Store

EVENT_ORDER = "ORDER BY coalesce(e.date_lo, ''), e.id"
MENTION_DETAIL = """
    SELECT em.event_id, m.article_id, m.idx, s.source, s.outlet, s.url, a.title, a.published,
           m.type, m.modality, m.date, m.evidence_text, m.evidence_start, m.evidence_end, m.evidence_field,
           m.trigger_text
    FROM event_mentions em
    JOIN mentions m ON m.article_id = em.article_id AND m.idx = em.idx
    JOIN articles a ON a.id = m.article_id
    JOIN sources s ON s.article_id = m.article_id
    WHERE {where}
    ORDER BY em.event_id, s.outlet, s.source, m.idx"""


MODALITIES = ("asserted", "planned", "possible", "negated", "denied")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")
DATE_FORMS = "YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-02-08)"


class EventNotFound(GhatnaError):
    """No event has the id asked for."""


class QueryError(GhatnaError):
    """A filter that cannot match anything as written: the message says what is valid."""


def check_type(value: str) -> str:
    upper = value.strip().upper()
    if upper not in PLOVER_TYPES:
        raise QueryError(f"unknown event type {value!r}; use one of {', '.join(PLOVER_TYPES)}")
    return upper


def check_modality(value: str) -> str:
    lower = value.strip().lower()
    if lower not in MODALITIES:
        raise QueryError(f"unknown modality {value!r}; use one of {', '.join(MODALITIES)}")
    return lower


def check_dyad(value: str) -> tuple[str, str]:
    first, colon, second = (part.strip().upper() for part in value.partition(":"))
    if not colon or not COUNTRY_CODE.match(first) or not COUNTRY_CODE.match(second):
        raise QueryError(f"malformed dyad {value!r}; write two ISO 3166-1 alpha-3 country codes joined by a colon, "
                         f"e.g. RUS:CHN (either order matches)")
    return first, second


def check_date(value: str, name: str) -> str:
    """An ISO date, month or year; a month or year starts (for since) or ends (for until) there."""
    text = value.strip()
    if not ISO_DATE.match(text):
        raise QueryError(f"--{name} {value!r} is not a date; write {DATE_FORMS}")
    try:
        date.fromisoformat((text + "-01-01")[:10] if len(text) < 10 else text)
    except ValueError as err:
        raise QueryError(f"--{name} {value!r} is not a real day; write {DATE_FORMS}") from err
    if len(text) == 10 or name == "since":
        return text
    return text + ("-12-31" if len(text) == 4 else "-31")  # the last day it can name, compared as text


def kb_resolver(name: str) -> tuple[set[str], set[str]]:
    """(canonical names, KB ids) of every knowledge-base entry a name or id resolves to."""
    from ghatna.knowledge.kb import load_kb

    kb = load_kb()
    entries = kb.lookup(name)
    if (direct := kb.get(name.strip())) is not None:
        entries.append(direct)
    return {e.name for e in entries}, {e.kb_id for e in entries}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. actor: a name (Hindi or English, any alias) or KB id on either side;
    dyad: "RUS:CHN" (either order); type: a PLOVER type; since/until: ISO dates (YYYY-MM-DD,
    YYYY-MM or YYYY) compared with the days the event can have been on;
    modality: asserted | planned | possible | negated | denied; limit: at most this many."""

    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    modality: str | None = None
    limit: int | None = None


Resolver = Callable[[str], tuple[set[str], set[str]]]


def actor_clause(actor: str, resolve: Resolver) -> tuple[str, list[Any]]:
    found_names, found_ids = resolve(actor)
    names, ids = sorted(found_names | {actor.strip()}), sorted(found_ids | {actor.strip()})
    marks_n, marks_i = ", ".join("?" for _ in names), ", ".join("?" for _ in ids)
    clause = (f"(e.source_name IN ({marks_n}) OR e.target_name IN ({marks_n}) "
              f"OR e.source_kb_id IN ({marks_i}) OR e.target_kb_id IN ({marks_i}) "
              "OR lower(e.source_name) = ? OR lower(e.target_name) = ?)")
    return clause, [*names, *names, *ids, *ids, actor.strip().lower(), actor.strip().lower()]


def dyad_clause(dyad: str) -> tuple[str, list[Any]]:
    first, second = check_dyad(dyad)
    clause = ("((e.source_country = ? AND e.target_country = ?) OR "
              "(e.source_country = ? AND e.target_country = ?))")
    return clause, [first, second, second, first]


def check_filter(flt: EventFilter) -> None:
    """Raise QueryError for any filter value that is not valid (before anything is queried)."""
    if flt.type:
        check_type(flt.type)
    if flt.modality:
        check_modality(flt.modality)
    if flt.dyad:
        check_dyad(flt.dyad)
    for name, value in (("since", flt.since), ("until", flt.until)):
        if value:
            check_date(value, name)
    if flt.limit is not None and flt.limit < 0:
        raise QueryError(f"--limit {flt.limit} is negative; give 0 or more")


def where_clause(flt: EventFilter, resolve: Resolver = kb_resolver) -> tuple[str, list[Any]]:
    check_filter(flt)
    parts: list[str] = ["1 = 1"]
    params: list[Any] = []
    clauses = [actor_clause(flt.actor, resolve) if flt.actor else None, dyad_clause(flt.dyad) if flt.dyad else None]
    if flt.type:
        clauses.append(("e.type = ?", [check_type(flt.type)]))
    if flt.modality:
        clauses.append(("e.modality = ?", [check_modality(flt.modality)]))
    if flt.since:
        clauses.append(("e.date_hi >= ?", [check_date(flt.since, "since")]))
    if flt.until:
        clauses.append(("e.date_lo <= ?", [check_date(flt.until, "until")]))
    for clause in clauses:
        if clause:
            parts.append(clause[0])
            params += clause[1]
    return " AND ".join(parts), params


def events_frame(store: Store, flt: EventFilter | None = None, resolve: Resolver = kb_resolver) -> pd.DataFrame:
    """Merged events matching the filter, one row each, ordered by date."""
    where, params = where_clause(flt or EventFilter(), resolve)
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
