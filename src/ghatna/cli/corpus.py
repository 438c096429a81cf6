"""Corpus commands (ingest, events, show, export): a thin skin over ``ghatna.store``.

``register(app)`` adds them to the main app; ``python -m ghatna.cli_corpus`` runs them alone.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from ghatna.cli.options import OUTLET_HELP, PUBLISHED_HELP, checked_defaults
from ghatna.cli.terminal import echo_json, err_console, fail, note, plain, setup_logging, styled
from ghatna.errors import GhatnaError
from ghatna.store import FORMATS
from ghatna.text.safe import printable

if TYPE_CHECKING:
    import pandas as pd

    from ghatna.store import IngestReport, IngestSettings, Store

console = Console(highlight=False)
DbOption = Annotated[str, typer.Option("--db", help="DuckDB file or postgresql:// URL.")]
TABLE_COLUMNS = ("id", "date", "type", "modality", "source_name", "target_name", "location_name",
                 "num_sources", "num_articles")
TABLE_HEADERS = {"source_name": "source", "target_name": "target", "location_name": "place",
                 "num_sources": "sources", "num_articles": "articles"}


class Engine(str, Enum):
    """Where ingest runs the pipeline: local worker processes, or a Ray cluster."""

    local = "local"
    ray = "ray"


class ListFormat(str, Enum):
    """How `events` prints: a table for people, CSV or JSON Lines (every column) for scripts."""

    table = "table"
    csv = "csv"
    json = "json"


@contextmanager
def ingest_progress(total: int, show: bool) -> Iterator[Callable[[int], None]]:
    if not show:
        yield lambda n: None
        return
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda n: progress.advance(task, n)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs or JSON Lines of articles.")],
    db: DbOption = "ghatna.duckdb",
    workers: Annotated[int, typer.Option(help="Worker processes (default: local cores; 0: this process).")] = (
        os.cpu_count() or 1),
    batch_size: Annotated[int, typer.Option(help="Articles per task and per commit.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    log_level: Annotated[str, typer.Option(help="Library log level (INFO shows each commit).")] = "WARNING",
    engine: Annotated[Engine, typer.Option(help="local: worker processes on this machine; ray: a Ray cluster "
                                                "(a local one with --workers CPUs unless --address).")] = Engine.local,
    address: Annotated[str | None, typer.Option(help="With --engine ray: an existing cluster, "
                                                     "ray://HOST:10001 or HOST:6379.")] = None,
    published: Annotated[str | None, typer.Option("--published", help=PUBLISHED_HELP)] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help=OUTLET_HELP)] = None,
) -> None:
    """Run the pipeline over many articles into the store: parallel, idempotent, resumable.

    Inputs: text, HTML, JSON Lines, WARC crawls (.warc, .warc.gz) and RSS/Atom feeds (.rss,
    .atom, or .xml holding a feed), as files, directories or globs.
    """
    from ghatna.store import IngestSettings, Store
    from ghatna.store.ingestion import count_inputs

    try:
        setup_logging(log_level)
    except ValueError as err:
        raise fail(GhatnaError(f"unknown --log-level {log_level!r}: use DEBUG, INFO, WARNING or ERROR")) from err
    if address is not None and engine is not Engine.ray:
        raise fail(GhatnaError("--address names a Ray cluster: add --engine ray"))
    settings = IngestSettings(workers=max(0, workers), batch_size=max(1, batch_size),
                              defaults=checked_defaults(published, outlet))
    try:
        with Store.open(db) as store, ingest_progress(count_inputs(paths), not quiet) as advance:
            report = run_engine(engine, store, paths, settings, advance, address)
    except GhatnaError as err:
        raise fail(err) from err
    note(f"{report.stored} stored, {report.skipped} already stored, {report.failed} failed; "
         f"{report.events} events, {report.duplicate_links} duplicate links")


def run_engine(engine: Engine, store: Store, paths: list[str], settings: IngestSettings,
               advance: Callable[[int], None], address: str | None) -> IngestReport:
    """The Python API's ingest: local worker processes, or Ray (``ghatna.store.ray_engine``)."""
    if engine is Engine.ray:
        from ghatna.store.ray_engine import ingest_on_ray

        return ingest_on_ray(store, paths, replace(settings, workers=max(1, settings.workers)), advance, address)
    from ghatna.store import ingest as run_ingest

    return run_ingest(store, paths, settings, advance)


def events(
    db: DbOption = "ghatna.duckdb",
    actor: Annotated[str | None, typer.Option(help="An actor's canonical name on either side.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Two country codes, e.g. RUS:CHN (either order).")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="Events that can be on or after this day: YYYY-MM-DD, "
                                                   "YYYY-MM (its first day) or YYYY.")] = None,
    until: Annotated[str | None, typer.Option(help="Events that can be on or before this day: YYYY-MM-DD, "
                                                   "YYYY-MM (its last day) or YYYY.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, planned, possible, negated or denied.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many (0: all).")] = 100,
    fmt: Annotated[ListFormat, typer.Option("--format", help="table (tab-separated, nothing cut, when not printed "
                                                             "to a terminal), or csv or json (JSON Lines) with "
                                                             "every column.")] = ListFormat.table,
    as_json: Annotated[bool, typer.Option("--json", help="The same as --format json.")] = False,
) -> None:
    """List merged events matching the filters (actor: an English or Hindi name, alias or KB id)."""
    from ghatna.store import EventFilter, Store, events_frame

    flt = EventFilter(actor, dyad, type_, since, until, modality, limit)
    try:
        with Store.open(db) as store:
            frame = events_frame(store, flt)
    except GhatnaError as err:
        raise fail(err) from err
    if as_json or fmt is ListFormat.json:
        if len(frame):
            echo_json(frame.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n"))
    elif fmt is ListFormat.csv:
        write_csv(frame, sys.stdout, escape=sys.stdout.isatty())
    elif sys.stdout.isatty():
        console.print(events_table(frame))
    else:
        write_tsv(frame[list(TABLE_COLUMNS)], sys.stdout)


def cell(value: Any) -> Any:
    """None for a missing value (pandas gives NaN or NA), else the value."""
    import pandas as pd

    return None if value is None or (not isinstance(value, list | dict) and pd.isna(value)) else value


def events_table(frame: pd.DataFrame) -> Table:
    """The events as a Rich table for a terminal: long values fold onto more lines, never cut."""
    table = Table(title=f"{len(frame)} events")
    for column in TABLE_COLUMNS:
        table.add_column(TABLE_HEADERS.get(column, column), overflow="fold")
    for row in frame[list(TABLE_COLUMNS)].itertuples(index=False):
        table.add_row(*(plain(cell(v)) for v in row))
    return table


def write_tsv(frame: pd.DataFrame, out: Any) -> None:
    """A header line and one line per event, full values, tabs and line breaks shown escaped."""
    out.write("\t".join(TABLE_HEADERS.get(c, c) for c in frame.columns) + "\n")
    for row in frame.itertuples(index=False):
        out.write("\t".join("" if cell(v) is None else printable(v) for v in row) + "\n")


def write_csv(frame: pd.DataFrame, out: Any, escape: bool) -> None:
    """Every column as CSV (RFC 4180 quoting); on a terminal, unsafe characters shown escaped."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        values = ("" if cell(v) is None else v for v in row)
        writer.writerow([printable(v, keep_tabs=True) if escape and isinstance(v, str) else v for v in values])


def show(event_id: Annotated[str, typer.Argument(help="An id from `ghatna events`.")],
         db: DbOption = "ghatna.duckdb",
         as_json: Annotated[bool, typer.Option("--json", help="The event as JSON.")] = False) -> None:
    """Show one event with the evidence sentence from every source that reported it."""
    from ghatna.store import Store, show_event

    try:
        with Store.open(db) as store:
            event = show_event(store, event_id)
    except GhatnaError as err:
        raise fail(err) from err
    if as_json:
        echo_json(json.dumps(event, ensure_ascii=False, indent=2, default=str))
        return
    console.print(event_heading(event))
    for m in event["mentions"]:
        console.print(Text.assemble(styled(m["outlet"], "cyan"), " ", plain(m["source"]),
                                    f" [{m['evidence_start']}:{m['evidence_end']}]"))
        console.print(Text.assemble("    ", plain(m["evidence_text"])))


def event_heading(event: dict[str, Any]) -> Text:
    """The event's first line, every value from the store shown as plain, escaped text."""
    return Text.assemble(
        styled(event["id"], "bold"), " ", plain(event["type"]), " (", plain(event["modality"]), ") ",
        plain(event["date"] or ""), ": ", plain(event["source_name"] or event["source_country"]), " → ",
        plain(event["target_name"] or event["target_country"] or "-"), " @ ",
        plain(event["location_name"] or "-"),
        f"; {event['num_sources']} sources, {event['num_articles']} articles",
    )


def export(
    db: DbOption = "ghatna.duckdb",
    fmt: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write (stdout if none).")] = None,
) -> None:
    """Export merged events as jsonl, gdelt (61 tab-separated columns), plover, csv or parquet."""
    from ghatna.store import Store

    if fmt == "parquet" and output is None:
        raise fail(GhatnaError("parquet needs a file: add -o events.parquet"))
    try:
        with Store.open(db) as store:
            count = export_any(store, fmt, output)
    except GhatnaError as err:
        raise fail(err) from err
    except BrokenPipeError:  # the reader went away (`| head`)
        raise typer.Exit(1) from None
    except OSError as err:
        where = output or "stdout"
        raise fail(GhatnaError(f"cannot write {where}: {err.strerror or err}; choose a writable file "
                               f"with -o (and free space if the disk is full)")) from err
    if output is not None:
        note(f"{count} events written to {output}")


def export_any(store: Store, fmt: str, output: Path | None) -> int:
    from ghatna.store import export_parquet, export_text

    if fmt == "parquet" and output is not None:
        return export_parquet(store, output)
    if output is None:
        count = export_text(store, fmt, sys.stdout)
        sys.stdout.flush()  # a full disk or closed pipe shows here, not at exit
        return count
    with output.open("w", encoding="utf-8", newline="") as handle:
        return export_text(store, fmt, handle)


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main ghatna app."""
    app.command()(ingest)
    app.command()(events)
    app.command()(show)
    app.command()(export)


def main() -> None:
    app = typer.Typer(help="ghatna corpus commands.", no_args_is_help=True, add_completion=False)
    register(app)
    app()


if __name__ == "__main__":
    main()
