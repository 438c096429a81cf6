"""``ghatna serve``: the web explorer and REST API over a store, opened read-only.

``register(app)`` adds the command to the main app. FastAPI and uvicorn are imported
only when the command runs, so ``ghatna --help`` stays fast.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ghatna.errors import GhatnaError
from ghatna.text.safe import LOG_FORMAT

err_console = Console(stderr=True)


def serve(
    db: Annotated[str, typer.Option("--db", help="DuckDB file or postgresql:// URL (opened read-only).")] = (
        "ghatna.duckdb"),
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    schema: Annotated[str | None, typer.Option(help="PostgreSQL only: the schema holding the tables.")] = None,
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base file (YAML or TSV); "
                                                               "repeatable.")] = None,
    log_level: Annotated[str, typer.Option(help="Server log level.")] = "info",
) -> None:
    """Serve the explorer (search, timelines, events with their evidence, articles, actors) and the
    REST API (/api/..., documented at /docs) over a store, read-only."""
    import uvicorn

    from ghatna.web import WebSettings, create_app

    logging.basicConfig(level=log_level.upper(), format=LOG_FORMAT)
    try:
        app = create_app(WebSettings(db=db, schema=schema, kb_files=tuple(kb or ())))
    except GhatnaError as err:
        err_console.print(f"[red]error[/red] {err}", highlight=False)
        raise typer.Exit(2) from err
    err_console.print(f"serving {db} read-only at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level=log_level.lower(), server_header=False)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
