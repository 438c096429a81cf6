"""The command line: a thin skin over the Python API."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Annotated

import typer
from rich.console import Console

from ghatna.api import Outcome, check_kb_files, run_one
from ghatna.cli.options import OUTLET_HELP, PUBLISHED_HELP, checked_defaults
from ghatna.cli.terminal import error_line, fail, note, setup_logging
from ghatna.document import record_json
from ghatna.errors import GhatnaError, RecordError
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.boilerplate import find_boilerplate
from ghatna.text.defaults import ArticleDefaults, with_defaults
from ghatna.text.safe import escape_json

app = typer.Typer(help="ghatna (घटना): political event data from Hindi news.", no_args_is_help=True,
                  add_completion=False)
err_console = Console(stderr=True)
PROGRESS_MIN_FILES = 20


def show_version(value: bool) -> None:
    if value:
        from ghatna.version import __version__

        typer.echo(f"ghatna {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """ghatna (घटना): political event data from Hindi news."""


@contextmanager
def open_output(path: Path | None) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
        return
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as err:
        raise fail(f"cannot write {path}: {err.strerror or err}; choose a writable file with -o") from err
    with handle:
        yield handle


def make_settings(kb: list[Path] | None, paths: list[str] | None = None, learn: bool = False) -> Settings:
    """Settings for a run; with ``learn``, the lines the inputs repeat across articles are dropped too.
    Extra knowledge-base files are checked first: a bad one ends the run with one line naming it."""
    settings = Settings(kb_files=tuple(kb or ()))
    try:
        check_kb_files(settings.kb_files)
    except GhatnaError as err:
        raise fail(err) from err
    if learn and paths and "-" not in paths:
        settings = replace(settings, boilerplate=find_boilerplate(paths, settings.max_bytes, settings.max_chars))
    return settings


def count_inputs(paths: list[str]) -> int | None:
    """How many files the inputs name (None for stdin): decides whether to show progress."""
    from ghatna.text.readers import expand_paths

    if "-" in paths:
        return None
    return sum(1 for p in expand_paths(paths) if isinstance(p, Path))


def outcomes(paths: list[str], pipeline: Pipeline, defaults: ArticleDefaults) -> Iterator[Outcome]:
    from ghatna.text.readers import iter_articles

    for item in with_defaults(iter_articles(paths, pipeline.settings.max_bytes), defaults):
        yield run_one(item, pipeline)


def report(error: GhatnaError | None) -> None:
    """One unwrapped line per failed input: "error <source>: <reason>" (file names escaped)."""
    error_line(error)


def write_record(out: IO[str], outcome: Outcome) -> bool:
    """Write one record line; False (and the error reported) when the record is not valid JSON.
    The record names its outlet when one is known (``--outlet``, a JSON Lines ``source``)."""
    doc = outcome.document
    assert doc is not None
    record = doc.to_record()
    if doc.meta.get("outlet"):
        record = {**record, "outlet": doc.meta["outlet"]}
    try:
        line = record_json(record, doc.source)
    except RecordError as err:
        report(err)
        return False
    out.write(escape_json(line) + "\n")
    return True


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin (text, HTML, JSON Lines).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSON Lines here instead of stdout.")] = None,
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base file (YAML or TSV); repeatable.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, errors only.")] = False,
    boilerplate: Annotated[bool, typer.Option(
        "--boilerplate/--no-boilerplate",
        help="First scan the inputs for lines repeated across articles with different bodies "
             "(site menus, sidebars) and drop them too.")] = True,
    published: Annotated[str | None, typer.Option("--published", help=PUBLISHED_HELP)] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help=OUTLET_HELP)] = None,
) -> None:
    """Extract one contract record per article as JSON Lines.

    A bad input is reported on stderr with its reason and the rest go on; the exit
    status is 1 when any input failed.
    """
    setup_logging(logging.ERROR)
    defaults = checked_defaults(published, outlet)
    pipeline = Pipeline(make_settings(kb, paths, boilerplate))
    total = None if quiet else count_inputs(paths)
    failed = written = 0
    try:
        with open_output(output) as out, progress_bar(total) as advance:
            for outcome in outcomes(paths, pipeline, defaults):
                ok = outcome.document is not None and write_record(out, outcome)
                if outcome.document is None:
                    report(outcome.error)
                written, failed = written + ok, failed + (not ok)
                advance()
            out.flush()  # a full disk shows here, not at exit
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush at exit
        raise typer.Exit(1) from None
    except OSError as err:
        where = output or "stdout"
        raise fail(f"cannot write {where}: {err.strerror or err} (after {written} records; the output may end "
                   f"in a partial line); free space or choose another file with -o") from err
    if output is not None and not quiet:
        note(f"{written} records written to {output}, {failed} failed")
    raise typer.Exit(1 if failed else 0)


@contextmanager
def progress_bar(total: int | None) -> Iterator[Callable[[], None]]:
    if not total or total < PROGRESS_MIN_FILES:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("extract", total=total)
        yield lambda: progress.advance(task)


@app.command()
def stages() -> None:
    """List the registered pipeline stages, with what each needs and adds."""
    from ghatna.pipeline import REGISTRY, load_builtin_stages

    load_builtin_stages()
    for name in Settings().stages:
        spec = REGISTRY.get(name)
        typer.echo(f"{name:10s} needs {sorted(spec.needs)} adds {sorted(spec.adds)}")


def register_commands() -> None:
    """Add the knowledge-base and corpus commands (each module keeps its own)."""
    from ghatna.cli.corpus import register as register_corpus
    from ghatna.cli.eval import register as register_eval
    from ghatna.cli.kb import register as register_kb
    from ghatna.cli.serve import register as register_serve

    register_kb(app)
    register_corpus(app)
    register_eval(app)
    register_serve(app)


register_commands()


def main() -> None:
    app()
