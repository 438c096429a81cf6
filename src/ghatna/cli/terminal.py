"""What the CLI prints, made safe: article text, sources and file names are untrusted.

Control and bidi characters are shown as visible escapes (``ghatna.text.safe.printable``),
Rich never parses markup from data (values go in as ``Text``), JSON printed to a terminal
has C1 and bidi characters escaped, and library log lines are escaped the same way. A
fault ends in one line: ``error <what happened>; <what to do>``.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from ghatna.text.safe import LOG_FORMAT, SafeFormatter, escape_json, printable

err_console = Console(stderr=True, highlight=False)


def plain(value: Any) -> Text:
    """A value as Rich text that is never read as markup, its unsafe characters escaped."""
    return Text("" if value is None else printable(value))


def styled(value: Any, style: str) -> Text:
    return Text("" if value is None else printable(value), style=style)


def error_line(message: Any) -> None:
    """One line on stderr: "error <message>", with the message's unsafe characters escaped."""
    typer.echo(f"error {printable(message)}", err=True)


def fail(message: Any, code: int = 2) -> typer.Exit:
    """Print the one error line and give the Exit to raise."""
    error_line(message)
    return typer.Exit(code)


def note(message: Any) -> None:
    """A status line on stderr (counts, where the output went)."""
    err_console.print(plain(message))


def echo_json(line: str) -> None:
    """A line of JSON on stdout, C1 and bidi characters written as escapes."""
    typer.echo(escape_json(line))


def setup_logging(level: int | str) -> None:
    """Library logs on stderr, escaped; replaces any handler set before."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
