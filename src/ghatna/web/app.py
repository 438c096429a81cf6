"""The web explorer: a FastAPI app over a read-only store, with a REST API and HTML pages.

    >>> from ghatna.web import WebSettings, create_app
    >>> app = create_app(WebSettings(db="corpus.duckdb"))   # then: uvicorn.run(app)

Errors a client can fix are answered with 4xx and a message naming the parameter (JSON
under /api/, an HTML page elsewhere); the store failing is a 503.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from ghatna.store.db import StoreError
from ghatna.version import __version__

from . import api, pages
from .explore import NotFound
from .knowledge import knowledge_base
from .params import BadParameter
from .readonly import ReadOnlyStore, driver_errors, open_readonly
from .security import LimitsAndHeaders
from .settings import WebSettings

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
DESCRIPTION = """Political events extracted from Hindi news, merged across outlets, with the evidence
sentence of every report. Read-only. Lists take `limit` and `offset`; add `format=csv` or
`format=jsonl` to download any list. Every HTML page of the explorer links to its JSON here."""


def create_app(settings: WebSettings, database: ReadOnlyStore | None = None) -> FastAPI:
    """The app over ``settings.db`` (opened read-only here, so a bad store fails at once)."""
    database = database or open_readonly(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        knowledge_base(settings.kb_files)  # loaded before the first request, not during it
        yield
        database.close()

    app = FastAPI(title="ghatna", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan)
    app.state.settings = settings
    app.state.database = database
    app.add_middleware(LimitsAndHeaders, settings=settings)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    add_error_handlers(app, driver_errors(database.backend))
    return app


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def answer(request: Request, status: int, message: str, problems: list[dict[str, str]] | None = None) -> Response:
    if wants_json(request):
        body: dict[str, object] = {"error": message, "status": status}
        if problems:
            body["problems"] = problems
        return JSONResponse(body, status_code=status)
    return pages.TEMPLATES.TemplateResponse(
        request, "error.html", {"twin": "/openapi.json", "params": {}, "status": status, "message": message,
                                "problems": problems or []}, status_code=status)


def validation_problems(err: RequestValidationError) -> list[dict[str, str]]:
    return [{"parameter": str(e.get("loc", ["", "?"])[-1]), "message": str(e.get("msg", ""))} for e in err.errors()]


def add_error_handlers(app: FastAPI, store_errors: tuple[type[Exception], ...]) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, err: BadParameter) -> Response:
        return answer(request, 400, str(err), [{"parameter": err.name, "message": err.message}])

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> Response:
        problems = validation_problems(err)
        text = "; ".join(f"parameter {p['parameter']!r}: {p['message']}" for p in problems)
        return answer(request, 400, text or "bad request", problems)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, err: NotFound) -> Response:
        return answer(request, 404, str(err))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, err: HTTPException) -> Response:
        message = "no such page: see /docs for the API and / for the explorer" if err.status_code == 404 \
            else str(err.detail)
        return answer(request, err.status_code, message)

    async def store_failed(request: Request, err: Exception) -> Response:
        log.error("store error on %s: %s", request.url.path, err)
        return answer(request, 503, "the store could not answer this query; try narrower filters or retry later")

    errors: tuple[type[Exception], ...] = (StoreError, *store_errors)
    for error_type in errors:
        app.add_exception_handler(error_type, store_failed)
