"""Records of the real news collections in ``../shared/corpus``, and their sentences.

Annotations never copy this text: they name a collection, a record and character
offsets into the record's text, with a short hash of the sentence to notice drift.
A record's text is defined here once, so offsets mean the same for every reader:

- ``bbc``: ``bbc-hindi-345.csv``, record = row number (0-based), text = column ``1``;
- ``air``: ``air-hindi-2020-01.csv``, record = row number, text = the title, a blank
  line, and the item's sentences (column ``data``, a list) joined by single spaces;
- ``papers``: ``hindi-papers-2020/<paper>/<month>/<day>.txt``, record = that path,
  text = the file as UTF-8.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

COLLECTIONS = ("bbc", "air", "papers")
DEFAULT_SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"

# A sentence ends at a danda, "?" or "!" (closing quotes kept), at "." before a space or
# a Devanagari letter (the BBC file glues sentences: "होंगे?सईद"), or at a blank line.
BOUNDARY = re.compile(r"[।॥?!]+[\"”’')]*|\.(?=[\s\u0900-\u097f\"“‘])[\"”’')]*|\n\s*\n")
ABBREVIATIONS = frozenset(["डॉ", "प्रो", "श्री", "श्रीमती", "मि", "सं", "कं", "लि", "जन", "ले", "कर्नल"])


@dataclass(frozen=True, slots=True)
class Record:
    collection: str
    record: str
    text: str
    meta: dict[str, str]


@dataclass(frozen=True, slots=True)
class SentenceRef:
    collection: str
    record: str
    start: int
    end: int
    text: str

    @property
    def sha(self) -> str:
        return sentence_hash(self.text)


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def corpus_dir(shared: Path | None = None) -> Path:
    return (shared or DEFAULT_SHARED).resolve() / "corpus"


def available(shared: Path | None = None) -> bool:
    return corpus_dir(shared).is_dir()


def iter_records(collection: str, shared: Path | None = None) -> Iterator[Record]:
    readers = {"bbc": read_bbc, "air": read_air, "papers": read_papers}
    if collection not in readers:
        raise ValueError(f"unknown collection {collection!r}; known: {', '.join(COLLECTIONS)}")
    yield from readers[collection](corpus_dir(shared))


def read_bbc(root: Path) -> Iterator[Record]:
    csv.field_size_limit(1 << 30)
    with open(root / "bbc-hindi-345.csv", encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            yield Record("bbc", str(number), row["1"], {"category": row["0"]})


def read_air(root: Path) -> Iterator[Record]:
    with open(root / "air-hindi-2020-01.csv", encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            sentences = ast.literal_eval(row["data"]) if row["data"].startswith("[") else [row["data"]]
            text = row["title"].strip() + "\n\n" + " ".join(s.strip() for s in sentences)
            meta = {"date": row["date"], "time": row["time"], "url": row["link"], "title": row["title"]}
            yield Record("air", str(number), text, meta)


def read_papers(root: Path) -> Iterator[Record]:
    base = root / "hindi-papers-2020"
    for path in sorted(base.glob("*/*/*.txt")):
        name = path.relative_to(base).as_posix()
        yield Record("papers", name, path.read_text(encoding="utf-8", errors="replace"), {})


@cache
def record_index(collection: str, shared: Path | None = None) -> dict[str, Record]:
    return {rec.record: rec for rec in iter_records(collection, shared)}


def get_record(collection: str, record: str, shared: Path | None = None) -> Record:
    return record_index(collection, shared)[record]


def split_record(rec: Record) -> list[SentenceRef]:
    """The record's sentences with offsets into its text, outer white space stripped."""
    out: list[SentenceRef] = []
    start = 0
    for match in BOUNDARY.finditer(rec.text):
        if match.group(0).startswith(".") and word_before(rec.text, match.start()) in ABBREVIATIONS:
            continue
        add_piece(out, rec, start, match.end())
        start = match.end()
    add_piece(out, rec, start, len(rec.text))
    return out


def word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def add_piece(out: list[SentenceRef], rec: Record, start: int, end: int) -> None:
    piece = rec.text[start:end]
    stripped = piece.strip()
    if len(stripped) < 2:
        return
    begin = start + piece.index(stripped)
    for line_start, line in split_lines(stripped):
        out.append(SentenceRef(rec.collection, rec.record, begin + line_start,
                               begin + line_start + len(line), line))


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """A headline on its own line is its own sentence."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield offset + lead, line.strip()
        offset += len(line) + 1


def resolve(collection: str, record: str, start: int, end: int, sha: str,
            shared: Path | None = None) -> str | None:
    """The sentence an annotation points at, or None when the shared text has drifted."""
    try:
        text = get_record(collection, record, shared).text[start:end]
    except KeyError:
        return None
    return text if sentence_hash(text) == sha else None
