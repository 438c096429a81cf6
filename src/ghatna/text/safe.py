"""Untrusted text made safe to store and to show.

- Lone surrogates (from JSON escapes such as ``"\\ud800"`` or file names that are not
  UTF-8) cannot be encoded: ``repair_surrogates`` replaces them and says how many.
- A terminal interprets control characters (ANSI/OSC escape sequences set titles, clear the
  screen, forge hyperlinks) and bidi overrides (U+202E turns text around): ``printable``
  shows them as visible escapes such as ``\\x1b`` and ``\\u202e``, so what a terminal
  prints is what the data holds. The joiners Devanagari needs (U+200C, U+200D) stay.
- ``escape_json`` writes the same characters inside JSON text as ``\\uXXXX`` escapes: the
  JSON means the same, and printing it is harmless.
- ``safe_url`` percent-encodes what a URL field may not hold (spaces, controls, bidi).
- ``SafeFormatter`` writes log records the same way (messages carry sources and article text).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab, DEL, C1 controls, and the bidi marks, embeddings, overrides and isolates.
UNSAFE = "\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
UNSAFE_CHAR = re.compile(f"[{UNSAFE}\ud800-\udfff]")
UNSAFE_OR_TAB = re.compile(f"[\t{UNSAFE}\ud800-\udfff]")
UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
URL_UNSAFE = re.compile(f"[\\s{UNSAFE}\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def repair_surrogates(text: str, replacement: str = REPLACEMENT) -> tuple[str, int]:
    """The text with every lone surrogate replaced, and how many there were."""
    if not SURROGATE.search(text):
        return text, 0
    return SURROGATE.subn(replacement, text)


def escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object, keep_tabs: bool = False) -> str:
    """``str(text)`` with control, bidi and surrogate characters shown as visible escapes.

    Line breaks are escaped too, so one field prints as one line.
    """
    value = str(text)
    pattern = UNSAFE_CHAR if keep_tabs else UNSAFE_OR_TAB
    return pattern.sub(escape_char, value) if pattern.search(value) else value


def strip_unsafe(text: object, replacement: str = " ") -> str:
    """``str(text)`` with tabs, line breaks, control, bidi and surrogate characters replaced:
    a field of a tab-separated file that no terminal or reader can misread."""
    value = str(text)
    return UNSAFE_OR_TAB.sub(replacement, value) if UNSAFE_OR_TAB.search(value) else value


def json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_json(text: str) -> str:
    """JSON text with DEL, C1 controls and bidi characters written as ``\\uXXXX`` escapes.

    ``json.dumps`` escapes C0 controls already; these can only occur inside JSON strings,
    so escaping them leaves the value the same.
    """
    return UNSAFE_IN_JSON.sub(json_escape, text) if UNSAFE_IN_JSON.search(text) else text


def percent_escape(match: re.Match[str]) -> str:
    return quote(match.group(), safe="", errors="backslashreplace")


def safe_url(url: str) -> str:
    """A URL with white space, control, bidi and surrogate characters percent-encoded."""
    return URL_UNSAFE.sub(percent_escape, url) if URL_UNSAFE.search(url) else url


LOG_FORMAT = "%(levelname)s %(name)s: %(message)s"  # the CLI's and the ingest workers' log lines


class SafeFormatter(logging.Formatter):
    """Log records as one escaped line each (messages carry sources and article text)."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), keep_tabs=True)
