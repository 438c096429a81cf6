"""The explorer's own SQL over the store's tables: event search, articles, actors, aggregates.

Written once for DuckDB and PostgreSQL with ``?`` placeholders (``Store`` rewrites them).
Every value from a request is a bound parameter; only whitelisted column names and
checked integers are ever formatted into a statement.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ghatna.store.db import Store

from .knowledge import ActorMatch
from .params import EventQuery, Page
from .vocab import ACTOR_SORTS, ARTICLE_SORTS, EVENT_COLUMNS, EVENT_SORTS

SIDES = {"any": ("source", "target"), "source": ("source",), "target": ("target",)}
EVIDENCE_MATCH = """e.id IN (SELECT em.event_id FROM event_mentions em
    JOIN mentions m ON m.article_id = em.article_id AND m.idx = em.idx
    WHERE strpos({evidence}, ?) > 0)"""


@dataclass(frozen=True, slots=True)
class Rows:
    """One page of results and how many there are in all."""

    total: int
    rows: list[dict[str, Any]]


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def like_pattern(text: str) -> str:
    """``%text%`` with the text's own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def actor_clause(actor: ActorMatch, role: str) -> tuple[str, list[Any]]:
    parts, params = [], []
    for side in SIDES[role]:
        ids, names = sorted(actor.kb_ids), sorted(actor.names)
        tests = [f"lower(e.{side}_name) IN ({marks(names)})"]
        if ids:
            tests.append(f"e.{side}_kb_id IN ({marks(ids)})")
        parts.append("(" + " OR ".join(tests) + ")")
        params += names + ids if ids else names
    return "(" + " OR ".join(parts) + ")", params


def either_side(column: str, value: str) -> tuple[str, list[Any]]:
    return f"(e.source_{column} = ? OR e.target_{column} = ?)", [value, value]


def event_where(query: EventQuery, actor: ActorMatch | None) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``events e``) of an event query."""
    parts: list[str] = ["1 = 1"]
    params: list[Any] = []

    def add(clause: str, values: Sequence[Any]) -> None:
        parts.append(clause)
        params.extend(values)

    if query.types:
        add(f"e.type IN ({marks(query.types)})", query.types)
    if actor is not None:
        add(*actor_clause(actor, query.role))
    if query.dyad:
        first, second = query.dyad
        add("((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))",
            [first, second, second, first])
    if query.country:
        add(*either_side("country", query.country))
    if query.sector:
        add(*either_side("sector", query.sector))
    if query.since:
        add("e.date_hi >= ?", [query.since])
    if query.until:
        add("e.date_lo <= ?", [query.until])
    if query.modality:
        add("e.modality = ?", [query.modality])
    if query.min_sources:
        add("e.num_sources >= ?", [query.min_sources])
    if query.text:
        add(*evidence_match(query.text))
    return " AND ".join(parts), params


def evidence_match(text: str) -> tuple[str, list[Any]]:
    """Events with a mention whose evidence contains the text (Latin letters in any case)."""
    if any(c.isascii() and c.isalpha() for c in text):
        return EVIDENCE_MATCH.format(evidence="lower(m.evidence_text)"), [text.lower()]
    return EVIDENCE_MATCH.format(evidence="m.evidence_text"), [text]


def order_by(sort: str, keys: dict[str, str], tie: str) -> str:
    column = keys[sort.lstrip("-")]
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"ORDER BY {column} {direction} NULLS LAST, {tie}"


def limit_clause(page: Page) -> str:
    return f"LIMIT {int(page.limit)} OFFSET {int(page.offset)}"


def search_events(store: Store, query: EventQuery, actor: ActorMatch | None, page: Page) -> Rows:
    """A page of merged events matching the query, and the number matching in all."""
    where, params = event_where(query, actor)
    columns = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    rows = store.query_dicts(f"SELECT {columns}, count(*) OVER () AS matching FROM events e WHERE {where} "
                             f"{order_by(query.sort, EVENT_SORTS, 'e.id')} {limit_clause(page)}", params)
    if rows:
        total = int(rows[0]["matching"])
    else:  # past the last page: count apart
        total = int(store.query(f"SELECT count(*) FROM events e WHERE {where}", params)[0][0])
    return Rows(total, [{k: v for k, v in row.items() if k != "matching"} for row in rows])


def aggregate_rows(store: Store, query: EventQuery, actor: ActorMatch | None) -> list[dict[str, Any]]:
    """Counts and Goldstein sums of the matching events per (date, date_lo, date_hi, type)."""
    where, params = event_where(query, actor)
    return store.query_dicts(
        f"SELECT e.date, e.date_lo, e.date_hi, e.type, count(*) AS events, sum(e.goldstein) AS goldstein "
        f"FROM events e WHERE {where} GROUP BY e.date, e.date_lo, e.date_hi, e.type", params)


def event_article_links(store: Store, article_id: str) -> dict[int, str]:
    """For each event mention of an article (by its index in the record), the merged event's id."""
    rows = store.query("SELECT idx, event_id FROM event_mentions WHERE article_id = ?", [article_id])
    return {int(idx): str(event_id) for idx, event_id in rows}


def records_of(store: Store, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored record (with title and body) of each article."""
    if not article_ids:
        return {}
    rows = store.query(f"SELECT id, title, body, record FROM articles WHERE id IN ({marks(article_ids)})",
                       list(article_ids))
    return {str(i): json.loads(record) | {"title": title, "body": body} for i, title, body, record in rows}


# ---- articles --------------------------------------------------------------------

ARTICLE_LIST = """SELECT a.id, a.title, a.published, a.language, a.source,
    (SELECT min(s.outlet) FROM sources s WHERE s.article_id = a.id) AS outlet,
    (SELECT min(s.url) FROM sources s WHERE s.article_id = a.id) AS url,
    (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS events
    FROM articles a WHERE {where} {order} {limit}"""


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    text: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "-published"


def article_where(query: ArticleQuery) -> tuple[str, list[Any]]:
    parts: list[str] = ["1 = 1"]
    params: list[Any] = []
    if query.text:
        parts.append("a.title ILIKE ? ESCAPE '\\'")
        params.append(like_pattern(query.text))
    if query.outlet:
        parts.append("EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.id AND s.outlet = ?)")
        params.append(query.outlet)
    if query.since:
        parts.append("substr(a.published, 1, 10) >= ?")
        params.append(query.since)
    if query.until:
        parts.append("substr(a.published, 1, 10) <= ?")
        params.append(query.until)
    return " AND ".join(parts), params


def list_articles(store: Store, query: ArticleQuery, page: Page) -> Rows:
    where, params = article_where(query)
    total = int(store.query(f"SELECT count(*) FROM articles a WHERE {where}", params)[0][0])
    statement = ARTICLE_LIST.format(where=where, order=order_by(query.sort, ARTICLE_SORTS, "a.id"),
                                    limit=limit_clause(page))
    return Rows(total, store.query_dicts(statement, params))


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article: its stored record with title and body, every source that carried it, near-duplicates."""
    records = records_of(store, [article_id])
    if article_id not in records:
        return None
    sources = store.query_dicts("SELECT source, outlet, url, published FROM sources WHERE article_id = ? "
                                "ORDER BY outlet, source", [article_id])
    links = store.query_dicts(
        "SELECT l.duplicate_of AS article_id, l.similarity, a.title FROM article_links l "
        "JOIN articles a ON a.id = l.duplicate_of WHERE l.article_id = ? UNION ALL "
        "SELECT l.article_id, l.similarity, a.title FROM article_links l "
        "JOIN articles a ON a.id = l.article_id WHERE l.duplicate_of = ?", [article_id, article_id])
    return {"record": records[article_id], "sources": sources, "duplicates": links,
            "event_ids": event_article_links(store, article_id)}


# ---- actors ----------------------------------------------------------------------

ACTOR_SIDES = """(SELECT e.source_name AS name, e.source_country AS country, e.source_sector AS sector,
        e.source_kb_id AS kb_id, 1 AS as_source, 0 AS as_target FROM events e WHERE e.source_name IS NOT NULL
    UNION ALL
    SELECT e.target_name, e.target_country, e.target_sector, e.target_kb_id, 0, 1
        FROM events e WHERE e.target_name IS NOT NULL) sides"""


@dataclass(frozen=True, slots=True)
class ActorQuery:
    text: str | None = None
    country: str | None = None
    sector: str | None = None
    sort: str = "-events"


def actor_where(query: ActorQuery) -> tuple[str, list[Any]]:
    parts: list[str] = ["1 = 1"]
    params: list[Any] = []
    if query.text:
        parts.append("name ILIKE ? ESCAPE '\\'")
        params.append(like_pattern(query.text))
    for column, value in (("country", query.country), ("sector", query.sector)):
        if value:
            parts.append(f"{column} = ?")
            params.append(value)
    return " AND ".join(parts), params


def list_actors(store: Store, query: ActorQuery, page: Page) -> Rows:
    """Named actors with how many merged events they are the source of, the target of, and in all."""
    where, params = actor_where(query)
    total = int(store.query(f"SELECT count(*) FROM (SELECT name, country FROM {ACTOR_SIDES} WHERE {where} "
                            f"GROUP BY name, country) named", params)[0][0])
    rows = store.query_dicts(
        f"SELECT name, country, max(sector) AS sector, max(kb_id) AS kb_id, sum(as_source) AS as_source, "
        f"sum(as_target) AS as_target, sum(as_source + as_target) AS events FROM {ACTOR_SIDES} "
        f"WHERE {where} GROUP BY name, country {order_by(query.sort, ACTOR_SORTS, 'name, country')} "
        f"{limit_clause(page)}", params)
    return Rows(total, [r | {k: int(r[k]) for k in ("as_source", "as_target", "events")} for r in rows])


def actor_names(store: Store, actor: ActorMatch) -> list[dict[str, Any]]:
    """The names, countries and KB ids under which events record an actor, with their counts."""
    names, ids = sorted(actor.names), sorted(actor.kb_ids)
    test = f"lower(name) IN ({marks(names)})" + (f" OR kb_id IN ({marks(ids)})" if ids else "")
    rows = store.query_dicts(
        f"SELECT name, country, max(kb_id) AS kb_id, sum(as_source) AS as_source, sum(as_target) AS as_target "
        f"FROM {ACTOR_SIDES} WHERE {test} GROUP BY name, country ORDER BY name, country", names + ids)
    return [r | {"as_source": int(r["as_source"]), "as_target": int(r["as_target"])} for r in rows]


def corpus_counts(store: Store) -> dict[str, int]:
    tables = ("articles", "sources", "mentions", "events")
    return {t: int(store.query(f"SELECT count(*) FROM {t}")[0][0]) for t in tables}


def outlets(store: Store) -> list[str]:
    return [str(r[0]) for r in store.query("SELECT DISTINCT outlet FROM sources WHERE outlet IS NOT NULL "
                                           "ORDER BY outlet LIMIT 500")]
