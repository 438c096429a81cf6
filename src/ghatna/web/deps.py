"""FastAPI dependencies shared by the API and the pages: a read-only Store per request, the KB."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Query, Request

from ghatna.knowledge.kb import KnowledgeBase
from ghatna.store.db import Store

from .knowledge import knowledge_base
from .params import COUNTRY, MAX_TEXT, SECTOR, parse_code, parse_day, parse_sort, parse_text, settings_of
from .readonly import ReadOnlyStore
from .sql import ActorQuery, ArticleQuery
from .vocab import ACTOR_SORTS, ARTICLE_SORTS


def store_session(request: Request) -> Iterator[Store]:
    database: ReadOnlyStore = request.app.state.database
    with database.session() as store:
        yield store


def knowledge(request: Request) -> KnowledgeBase:
    return knowledge_base(settings_of(request).kb_files)


StoreDep = Annotated[Store, Depends(store_session)]
KbDep = Annotated[KnowledgeBase, Depends(knowledge)]


def article_query(
    q: Annotated[str | None, Query(description="Words in the title", max_length=MAX_TEXT)] = None,
    outlet: Annotated[str | None, Query(description="Articles an outlet carried", max_length=MAX_TEXT)] = None,
    since: Annotated[str | None, Query(description="Published on or after (YYYY-MM-DD, YYYY-MM, YYYY)",
                                       max_length=10)] = None,
    until: Annotated[str | None, Query(description="Published on or before", max_length=10)] = None,
    sort: Annotated[str | None, Query(description="published, title or events; prefix - for descending "
                                                  "(default -published)", max_length=20)] = None,
) -> ArticleQuery:
    return ArticleQuery(parse_text("q", q), parse_text("outlet", outlet), parse_day("since", since, end=False),
                        parse_day("until", until, end=True), parse_sort(sort, ARTICLE_SORTS, "-published"))


def actor_query(
    q: Annotated[str | None, Query(description="Words in the actor's canonical name", max_length=MAX_TEXT)] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3 country", max_length=10)] = None,
    sector: Annotated[str | None, Query(description="Sector: GOV, MIL, ...", max_length=10)] = None,
    sort: Annotated[str | None, Query(description="events, name, as_source or as_target; prefix - for "
                                                  "descending (default -events)", max_length=20)] = None,
) -> ActorQuery:
    return ActorQuery(parse_text("q", q), parse_code("country", country, COUNTRY, "IND"),
                      parse_code("sector", sector, SECTOR, "GOV"), parse_sort(sort, ACTOR_SORTS, "-events"))
