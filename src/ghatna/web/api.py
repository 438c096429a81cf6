"""The REST API under /api/: JSON by default, ``format=csv`` or ``format=jsonl`` to download.

Every list takes ``limit`` and ``offset`` and says how many rows match in all (``total``).
The OpenAPI description is at /openapi.json and rendered at /docs.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import JSONResponse, Response

from . import explore, sql
from .deps import KbDep, StoreDep, actor_query, article_query
from .downloads import download, period_rows
from .params import MAX_TEXT, EventQuery, Page, event_query, page, parse_choice, period_interval, settings_of
from .vocab import FORMATS

router = APIRouter(prefix="/api", tags=["api"])
EventQueryDep = Annotated[EventQuery, Depends(event_query)]
PageDep = Annotated[Page, Depends(page)]
IntervalDep = Annotated[str, Depends(period_interval)]
Json = dict[str, Any]


def as_json(data: Json) -> Response:
    """The data as it is: plain values from the store need no FastAPI encoding pass (slow on big answers)."""
    return JSONResponse(data)


def listing(data: Json, key: str, pg: Page, name: str) -> Response:
    return as_json(data) if pg.format == "json" else download(data[key], pg.format, name)


@router.get("/events", summary="Search merged events")
def api_events(store: StoreDep, kb: KbDep, query: EventQueryDep, pg: PageDep) -> Response:
    """Merged events matching every filter given, sorted and paged."""
    return listing(explore.events(store, kb, query, pg), "events", pg, "events")


@router.get("/events/{event_id}", summary="One event with all its mentions")
def api_event(store: StoreDep, kb: KbDep, event_id: Annotated[str, Path(max_length=100)]) -> Response:
    """The event, and for every mention its outlet, article, date and evidence sentence, with the
    trigger, source and target located in the sentence (``highlights``: character offsets into it)."""
    return as_json(explore.event(store, kb, event_id))


@router.get("/articles", summary="List articles")
def api_articles(store: StoreDep, query: Annotated[sql.ArticleQuery, Depends(article_query)],
                 pg: PageDep) -> Response:
    return listing(explore.articles(store, query, pg), "articles", pg, "articles")


@router.get("/articles/{article_id}", summary="One article with its record")
def api_article(store: StoreDep, article_id: Annotated[str, Path(max_length=100)]) -> Response:
    """The article's record as ``ghatna extract`` writes it (body, entities, events, quotes, figures,
    each with offsets into the body), every source that carried it, near-duplicates, and for each
    event the id of the merged event it belongs to."""
    return as_json(explore.article(store, article_id))


@router.get("/actors", summary="Actors with their event counts")
def api_actors(store: StoreDep, query: Annotated[sql.ActorQuery, Depends(actor_query)], pg: PageDep) -> Response:
    return listing(explore.actors(store, query, pg), "actors", pg, "actors")


@router.get("/actors/{key:path}", summary="One actor: KB profile and events over time")
def api_actor(request: Request, store: StoreDep, kb: KbDep, key: str, period: IntervalDep) -> Response:
    """An actor by KB id, canonical name or alias: its knowledge-base entry (offices with dates),
    the names events record it under, and its events as source and as target per period."""
    return as_json(explore.actor(store, kb, key[:MAX_TEXT], period, settings_of(request).max_periods))


@router.get("/aggregates", summary="Counts per period by type, with Goldstein sums")
def api_aggregates(request: Request, store: StoreDep, kb: KbDep, query: EventQueryDep, period: IntervalDep,
                   format: Annotated[str | None, Query(description="json (default), csv or jsonl")] = None) -> Response:
    """For the events matching the filters (a dyad, an actor, ...): per day, week or month, the
    count of each PLOVER type and quad class and the sum of Goldstein values. Events whose date
    is vaguer than the interval are counted in ``totals.imprecise``, not placed in a period."""
    data = explore.aggregates(store, kb, query, period, settings_of(request).max_periods)
    fmt = parse_choice("format", format, FORMATS) or "json"
    return as_json(data) if fmt == "json" else download(period_rows(data), fmt, "aggregates")


@router.get("/kb", summary="Knowledge-base look-up")
def api_kb(kb: KbDep, q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT,
                                              description="A Hindi or English name: पुतिन, Vladimir Putin")]) -> Response:
    """What a name resolves to: exact form matches, else the closest entries by any form."""
    return as_json(explore.kb_lookup(kb, q))


@router.get("/summary", summary="What the store holds")
def api_summary(store: StoreDep) -> Response:
    return as_json({"counts": sql.corpus_counts(store), "outlets": sql.outlets(store)})
