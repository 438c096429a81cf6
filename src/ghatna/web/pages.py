"""The HTML pages: each renders what its JSON twin under /api/ returns, and links to it.

Pages take exactly the parameters of their twin (the same FastAPI dependencies), so the
"JSON" link of any page is the page's own query string on the API path.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.responses import Response

from ghatna.plover import PLOVER_TYPES

from . import explore, sql
from .charts import quad_chart, role_chart
from .deps import KbDep, StoreDep, actor_query, article_query
from .highlight import Region, Span, body_spans, flat, nested
from .params import MAX_TEXT, EventQuery, Page, event_query, page, period_interval, settings_of
from .security import safe_url
from .vocab import MODALITIES, QUAD_NAMES, QUAD_OF_TYPE, ROLES

router = APIRouter(include_in_schema=False)
EventQueryDep = Annotated[EventQuery, Depends(event_query)]
PageDep = Annotated[Page, Depends(page)]
IntervalDep = Annotated[str, Depends(period_interval)]


def actor_href(name: str | None, kb_id: str | None = None) -> str | None:
    key = kb_id or name
    return f"/actors/{quote(str(key), safe='')}" if key else None


def query_with(request: Request, **changes: Any) -> str:
    """This page's query string with some parameters changed (None removes one)."""
    params = {k: v for k, v in request.query_params.items() if k not in changes}
    params.update({k: str(v) for k, v in changes.items() if v is not None})
    return "?" + urlencode(params) if params else "?"


def make_templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("ghatna.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(actor_href=actor_href, safe_url=safe_url, query_with=query_with, quad_of=QUAD_OF_TYPE,
                       quad_names=QUAD_NAMES, plover_types=PLOVER_TYPES, modalities=MODALITIES, roles=ROLES)
    return Jinja2Templates(env=env)


TEMPLATES = make_templates()


def render(request: Request, name: str, api_path: str, **context: Any) -> Response:
    query = request.url.query
    twin = api_path + (f"?{query}" if query else "")
    return TEMPLATES.TemplateResponse(request, name, {"twin": twin, "api_path": api_path,
                                                      "params": request.query_params, **context})


@router.get("/")
def search_page(request: Request, store: StoreDep, kb: KbDep, query: EventQueryDep, pg: PageDep) -> Response:
    data = explore.events(store, kb, query, pg)
    return render(request, "search.html", "/api/events", data=data, counts=sql.corpus_counts(store))


@router.get("/events/{event_id}")
def event_page(request: Request, store: StoreDep, kb: KbDep,
               event_id: Annotated[str, Path(max_length=100)]) -> Response:
    data = explore.event(store, kb, event_id)
    for mention in data["mentions"]:
        spans = [Span(h["start"], h["end"], h["kind"], h["kind"]) for h in mention["highlights"]]
        mention["pieces"] = flat(mention.get("evidence_text") or "", spans)
    return render(request, "event.html", f"/api/events/{quote(event_id, safe='')}", event=data)


@router.get("/articles")
def articles_page(request: Request, store: StoreDep, query: Annotated[sql.ArticleQuery, Depends(article_query)],
                  pg: PageDep) -> Response:
    data = explore.articles(store, query, pg)
    return render(request, "articles.html", "/api/articles", data=data, outlets=sql.outlets(store))


@router.get("/articles/{article_id}")
def article_page(request: Request, store: StoreDep, article_id: Annotated[str, Path(max_length=100)]) -> Response:
    data = explore.article(store, article_id)
    record = data["record"]
    return render(request, "article.html", f"/api/articles/{quote(article_id, safe='')}", article=data,
                  body=nested(record.get("body") or "", article_regions(record), body_spans(record)),
                  title_pieces=flat(record.get("title") or "", body_spans(record, "title")))


def article_regions(record: dict[str, Any]) -> list[Region]:
    """Where the article's events and quotes are told: anchors the lists beside the body link to."""
    regions = []
    for idx, item in enumerate(record.get("events") or []):
        evidence = item.get("evidence") or {}
        if (evidence.get("field") or "body") == "body" and isinstance(evidence.get("start"), int):
            regions.append(Region(evidence["start"], evidence["end"], (f"ev-{idx}",)))
    for idx, item in enumerate(record.get("quotes") or []):
        if isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
            regions.append(Region(item["start"], item["end"], (f"q-{idx}",)))
    return regions


@router.get("/actors")
def actors_page(request: Request, store: StoreDep, query: Annotated[sql.ActorQuery, Depends(actor_query)],
                pg: PageDep) -> Response:
    return render(request, "actors.html", "/api/actors", data=explore.actors(store, query, pg))


@router.get("/actors/{key:path}")
def actor_page(request: Request, store: StoreDep, kb: KbDep, key: str, period: IntervalDep) -> Response:
    data = explore.actor(store, kb, key[:MAX_TEXT], period, settings_of(request).max_periods)
    chart = role_chart({"as_source": data["as_source"], "as_target": data["as_target"]}, period)
    return render(request, "actor.html", f"/api/actors/{quote(key, safe='')}", actor=data, chart=chart,
                  interval=period)


@router.get("/timeline")
def timeline_page(request: Request, store: StoreDep, kb: KbDep, query: EventQueryDep,
                  period: IntervalDep) -> Response:
    data = explore.aggregates(store, kb, query, period, settings_of(request).max_periods)
    return render(request, "timeline.html", "/api/aggregates", data=data, chart=quad_chart(data), interval=period)


@router.get("/kb")
def kb_page(request: Request, kb: KbDep,
            q: Annotated[str | None, Query(max_length=MAX_TEXT)] = None) -> Response:
    data = explore.kb_lookup(kb, q.strip()) if q and q.strip() else {"query": "", "entries": []}
    return render(request, "kb.html", "/api/kb", data=data)


@router.get("/docs")
def docs_page(request: Request) -> Response:
    spec = request.app.openapi()
    return TEMPLATES.TemplateResponse(request, "docs.html", {"twin": "/openapi.json", "params": {},
                                                             "spec": spec, "paths": api_paths(spec)})


def api_paths(spec: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            rows.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                         "description": op.get("description", ""), "parameters": params})
    return rows
