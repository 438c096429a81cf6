"""Reading articles from files, directories, globs, JSON Lines and stdin.

Readers never raise on a bad input: they yield a ``ReadError`` for it and go on, so a
batch always finishes. Encodings are detected (BOMs, UTF-8, UTF-16 without BOM, then
charset-normalizer for legacy code pages); binary input is refused by name.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from ghatna.errors import ReadError
from ghatna.text.feeds import is_feed, read_feed
from ghatna.text.safe import repair_surrogates
from ghatna.text.warc import is_warc, read_warc

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".warc", ".arc", ".rss", ".atom", ".xml"}
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))
RECORD_FIELDS = ("text", "html", "url", "published", "source", "title")
SURROGATE = re.compile("[\ud800-\udfff]")
HTML_MARKERS = ("<!doctype html", "<html", "<body", "<head", "<article", "<div", "<p>", "<p ")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before any processing."""

    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    warnings: tuple[str, ...] = ()
    title: str | None = None

    @property
    def content(self) -> str:
        return self.html if self.html is not None else (self.text or "")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith("<") and any(m in head for m in HTML_MARKERS)


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB (after ruling out UTF-16/32)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls > max(8, len(sample) // 50)


def looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII or Devanagari text is zero or 0x09."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        high_share = (high.count(0) + high.count(9)) / len(high)
        low_zeros = low.count(0) / len(low)  # zero-padded binary has zeros on both sides
        if high_share > 0.85 and low_zeros < 0.1:
            return codec
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes to text, or a ReadError that says why not."""
    if not data.strip():
        raise ReadError(source, "empty input: nothing to read")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    utf16 = looks_like_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if is_binary(data):
        raise ReadError(source, "binary data, not text: give a text, HTML or JSON Lines file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        return decode_damaged(data, source, err)


def decode_damaged(data: bytes, source: str, err: UnicodeDecodeError) -> str:
    """Truncated or slightly broken UTF-8 is kept; otherwise a legacy code page is guessed."""
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    if err.start >= len(data) - 4 or bad <= max(3, len(data) // 1000):
        log.warning("%s: damaged UTF-8 (%d bad bytes) kept with replacement characters", source, bad)
        return data.decode("utf-8", errors="replace").rstrip("\ufffd")
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ReadError(source, "undecodable text: save it as UTF-8") from err
    return data.decode(best.encoding, errors="replace")


def article_from_text(text: str, source: str, suffix: str) -> RawArticle:
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return RawArticle(source=source, html=text)
    return RawArticle(source=source, text=text)


def path_source(path: Path | str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate escapes) written as ``\\xff``."""
    name = str(path)
    if not SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def read_file(path: Path, max_bytes: int) -> Iterator[RawArticle | ReadError]:
    """One file: an article, or for JSON Lines one article (or error) a line."""
    source = path_source(path)
    if is_warc(path):  # streamed record by record: a crawl file may be larger than max_bytes
        yield from from_fields(read_warc(path))
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadError(source, f"file is {size} bytes, over the {max_bytes}-byte limit; split it")
            return
        if path.suffix.lower() in JSONL_SUFFIXES and streams_as_lines(path):
            yield from stream_jsonl(path, source)
            return
        data = path.read_bytes()
    except OSError as err:
        yield ReadError(source, f"cannot read: {err.strerror or err}")
        return
    yield from read_bytes(data, source, path.suffix.lower())


def streams_as_lines(path: Path) -> bool:
    """A JSON Lines file that can be read a line at a time: UTF-8 text ending its lines with
    "\n" (no byte-order mark, no UTF-16, no feed). Others are read whole, as before."""
    with path.open("rb") as handle:
        head = handle.read(64_000)
    if not head.strip() or head.startswith(tuple(bom for bom, _ in BOMS)) or looks_like_utf16(head):
        return False
    old_mac = b"\r" in head and b"\n" not in head
    return not (is_binary(head) or is_feed(path, head) or old_mac)


def stream_jsonl(path: Path, source: str) -> Iterator[RawArticle | ReadError]:
    """One record a line, without holding the file in memory: a crawl's JSON Lines file of
    10,000 articles would otherwise stay in the reading process three times over."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{source}:{number}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as err:
                try:
                    line = decode_damaged(raw, where, err)
                except ReadError as error:
                    yield error
                    continue
            yield article_from_record(line.rstrip("\r\n"), where)


def from_fields(items: Iterable[dict[str, Any] | ReadError]) -> Iterator[RawArticle | ReadError]:
    """RawArticles from the fields a WARC or feed reader gives (a WARC body still undecoded)."""
    for item in items:
        if isinstance(item, ReadError) or "data" not in item:
            yield item if isinstance(item, ReadError) else RawArticle(**item)
            continue
        try:
            text = decode_bytes(item["data"], item["source"])
        except ReadError as err:
            yield err
            continue
        html, plain = (text, None) if item["kind"] == "html" else (None, text)
        yield RawArticle(source=item["source"], text=plain, html=html, url=item["url"])


def read_bytes(data: bytes, source: str, suffix: str) -> Iterator[RawArticle | ReadError]:
    if is_feed(Path(f"feed{suffix}"), data):
        yield from from_fields(read_feed(data, source))
        return
    try:
        text = decode_bytes(data, source)
    except ReadError as err:
        yield err
        return
    if suffix in JSONL_SUFFIXES or (suffix == "" and is_jsonl(text)):
        yield from read_jsonl(text, source)
    else:
        yield article_from_text(text, source, suffix)


def is_jsonl(text: str) -> bool:
    lines = [ln for ln in text.splitlines()[:5] if ln.strip()]
    return bool(lines) and all(ln.lstrip().startswith("{") for ln in lines)


def read_jsonl(text: str, source: str) -> Iterator[RawArticle | ReadError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield article_from_record(line, f"{source}:{number}")


def article_from_record(line: str, where: str) -> RawArticle | ReadError:
    """One JSON Lines record: {"text" | "html", "url", "published", "source"}."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return ReadError(where, f"not a JSON object ({err.msg} at column {err.colno})")
    except RecursionError:
        return ReadError(where, "JSON nested too deeply to be an article record; give a flat object")
    except ValueError as err:  # e.g. an integer of more digits than Python converts
        return ReadError(where, f"not a usable JSON object ({err})")
    if not isinstance(record, dict):
        return ReadError(where, "a JSON Lines record must be an object with 'text' or 'html'")
    fields, warnings = repaired_fields(record)
    text, html = fields.get("text"), fields.get("html")
    if text is None and html is None:
        return ReadError(where, "record has neither a 'text' nor an 'html' string")
    url = str_or_none(fields.get("url"))
    return RawArticle(
        source=url or where,
        text=text,
        html=html if text is None else None,
        url=url,
        published=str_or_none(fields.get("published")),
        outlet=str_or_none(fields.get("source")),
        warnings=warnings,
        title=str_or_none(fields.get("title")),
    )


def repaired_fields(record: dict[str, Any]) -> tuple[dict[str, str], tuple[str, ...]]:
    """The record's string fields, lone surrogates (invalid Unicode) replaced, with a warning each."""
    fields: dict[str, str] = {}
    warnings = []
    for key in RECORD_FIELDS:
        value = record.get(key)
        if isinstance(value, str):
            fields[key], bad = repair_surrogates(value)
            if bad:
                warnings.append(f"{bad} lone surrogate(s) in '{key}' replaced with U+FFFD")
    return fields, tuple(warnings)


def str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def expand_paths(inputs: Iterable[str]) -> Iterator[Path | ReadError]:
    """Files as given, directories walked (article files, sorted), globs expanded."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and (
                p.suffix.lower() in ARTICLE_SUFFIXES or is_warc(p)))
            if not files:
                yield ReadError(path_source(item), "the directory holds no article files (.txt, .html, .jsonl)")
            yield from files
        elif path.exists():
            yield path
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not matches:
                yield ReadError(path_source(item), "the pattern matches no file")
            yield from matches
        else:
            yield ReadError(path_source(item), "no such file or directory")


def iter_articles(inputs: Iterable[str], max_bytes: int = 50_000_000) -> Iterator[RawArticle | ReadError]:
    """Every article named by ``inputs`` ("-" is stdin), with a ReadError for each bad one."""
    for item in inputs:
        if item == "-":
            yield from read_stdin(max_bytes)
            continue
        for path in expand_paths([item]):
            if isinstance(path, ReadError):
                yield path
            else:
                yield from read_file(path, max_bytes)


def read_stdin(max_bytes: int) -> Iterator[RawArticle | ReadError]:
    """Standard input, refused like a file when it is larger than ``max_bytes``."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError("<stdin>", f"input is over the {max_bytes}-byte limit; split it")
        return
    yield from read_bytes(data, "<stdin>", "")
