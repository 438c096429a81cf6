"""What every route answers, as plain data: the JSON twin of each page.

The REST API returns these dictionaries as they are; the HTML pages render the same
dictionaries with templates. Nothing here knows about HTTP or HTML.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ghatna.errors import GhatnaError
from ghatna.knowledge.kb import KnowledgeBase
from ghatna.store.db import Store
from ghatna.store.query import EventNotFound, show_event

from . import sql
from .highlight import evidence_pieces
from .knowledge import ActorMatch, coordinates, entry_json, lookup, resolve_actor
from .params import EventQuery, Page
from .timeline import fold
from .vocab import QUAD_NAMES, QUAD_OF_TYPE

MAX_MENTIONS = 200


class NotFound(GhatnaError):
    """No event, article or actor has the id asked for."""


def precision(value: str | None) -> str | None:
    """How precise a date is: day, month, year, month-day (a day without its year), or None."""
    if not value:
        return None
    if value.startswith("--"):
        return "month-day"
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def with_quad(event: dict[str, Any]) -> dict[str, Any]:
    quad = QUAD_OF_TYPE.get(str(event.get("type")))
    return event | {"quad_class": quad, "quad_name": QUAD_NAMES.get(quad or 0),
                    "date_precision": precision(event.get("date"))}


def actor_of(kb: KnowledgeBase, query: EventQuery) -> ActorMatch | None:
    return resolve_actor(kb, query.actor) if query.actor else None


def filters_json(query: EventQuery, actor: ActorMatch | None) -> dict[str, Any]:
    data = {k: v for k, v in asdict(query).items() if v not in (None, (), "any")}
    if actor is not None:
        data["actor_matches"] = {"kb_ids": sorted(actor.kb_ids), "names": sorted(actor.names)}
    return data


def events(store: Store, kb: KnowledgeBase, query: EventQuery, page: Page) -> dict[str, Any]:
    """A page of merged events matching the filters."""
    actor = actor_of(kb, query)
    found = sql.search_events(store, query, actor, page)
    return {"total": found.total, "limit": page.limit, "offset": page.offset,
            "filters": filters_json(query, actor), "events": [with_quad(e) for e in found.rows]}


def event(store: Store, kb: KnowledgeBase, event_id: str) -> dict[str, Any]:
    """One merged event with every mention: outlet, date, evidence sentence and what to highlight in it."""
    try:
        found = show_event(store, event_id)
    except EventNotFound as err:
        raise NotFound(f"no event {event_id!r}: find events at /api/events") from err
    mentions = found.pop("mentions")
    records = sql.records_of(store, sorted({m["article_id"] for m in mentions[:MAX_MENTIONS]}))
    shown = [mention_json(m, records.get(m["article_id"])) for m in mentions[:MAX_MENTIONS]]
    place = coordinates(kb, found.get("location_name"), found.get("location_country"))
    return with_quad(found) | {
        "location_coordinates": {"lat": place[0], "lon": place[1]} if place else None,
        "num_mentions_shown": len(shown), "mentions": shown,
    }


def mention_json(mention: dict[str, Any], record: dict[str, Any] | None) -> dict[str, Any]:
    pieces = evidence_pieces(record, int(mention["idx"]), mention.get("evidence_text") or "",
                             mention.get("evidence_start"), mention.get("trigger_text"))
    highlights, at = [], 0
    for piece in pieces:
        if piece.span is not None:
            highlights.append({"start": at, "end": at + len(piece.text), "kind": piece.span.kind,
                               "text": piece.text})
        at += len(piece.text)
    return mention | {"highlights": highlights}


def articles(store: Store, query: sql.ArticleQuery, page: Page) -> dict[str, Any]:
    found = sql.list_articles(store, query, page)
    filters = {k: v for k, v in asdict(query).items() if v is not None}
    return {"total": found.total, "limit": page.limit, "offset": page.offset, "filters": filters,
            "articles": found.rows}


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One article: its record (body, entities, events, quotes, figures), sources and merged events."""
    found = sql.get_article(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}: find articles at /api/articles")
    record, links = found.pop("record"), found.pop("event_ids")
    for idx, item in enumerate(record.get("events") or []):
        item["event_id"] = links.get(idx)
    return {"id": article_id, "title": record.get("title"), "published": record.get("published"),
            **found, "record": record}


def actors(store: Store, query: sql.ActorQuery, page: Page) -> dict[str, Any]:
    found = sql.list_actors(store, query, page)
    filters = {k: v for k, v in asdict(query).items() if v is not None}
    return {"total": found.total, "limit": page.limit, "offset": page.offset, "filters": filters,
            "actors": found.rows}


def actor(store: Store, kb: KnowledgeBase, key: str, interval: str, max_periods: int) -> dict[str, Any]:
    """An actor: its KB profile (offices with dates), the names events record it under, and its
    events as source and as target over time."""
    match = resolve_actor(kb, key)
    names = sql.actor_names(store, match)
    if not names and match.entry is None:
        raise NotFound(f"no actor {key!r} in the events or the knowledge base: list actors at /api/actors")
    sides = {}
    for role in ("source", "target"):
        rows = sql.aggregate_rows(store, EventQuery(role=role), match)
        sides[f"as_{role}"] = fold(rows, interval, max_periods)
    return {"key": key, "kb": entry_json(match.entry) if match.entry else None,
            "kb_ids": sorted(match.kb_ids), "recorded_as": names, **sides}


def aggregates(store: Store, kb: KnowledgeBase, query: EventQuery, interval: str,
               max_periods: int) -> dict[str, Any]:
    """Counts per period by type and quad class, with the Goldstein sum, for the matching events."""
    match = actor_of(kb, query)
    return {"filters": filters_json(query, match)} | fold(sql.aggregate_rows(store, query, match), interval,
                                                           max_periods)


def kb_lookup(kb: KnowledgeBase, name: str) -> dict[str, Any]:
    return {"query": name, "entries": lookup(kb, name)}

