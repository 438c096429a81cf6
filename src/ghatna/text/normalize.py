"""Devanagari normalisation: NFC, joined vowel signs, no zero-width characters, one
form of spaces, quotes and dandas. Every offset in ghatna refers to the text after this.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml

# A pipe or a Latin full stop used as a danda between Devanagari words: "है | वह", "है.वह".
PIPE_DANDA = re.compile(r"(?<=[\u0900-\u097f]) ?\|(?=\s|$)")
PROSE_BEFORE_PIPE = 5  # words a segment needs before "|" is read as a danda rather than a menu bar
TIGHT_STOP = re.compile(r"(?<=[\u0900-\u0963\u0970-\u097f][.।?!])(?=[\u0900-\u0963\u0970-\u097f])")
CR = re.compile(r"\r\n?")
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class NormalizationTable:
    sequences: tuple[tuple[str, str], ...]
    translate: dict[int, str | None]
    sequence_re: re.Pattern[str]
    odd_chars: re.Pattern[str]


@cache
def load_table() -> NormalizationTable:
    data = load_yaml("normalize.yaml")
    pairs = sorted(data["sequences"].items(), key=lambda kv: -len(kv[0]))
    table: dict[int, str | None] = {ord(c): None for c in data["remove"]}
    table.update({ord(k): v for k, v in data["characters"].items() if len(k) == 1})
    pattern = re.compile("|".join(re.escape(k) for k, _ in pairs))
    odd = re.compile("[" + re.escape("".join(chr(c) for c in table)) + "]")
    return NormalizationTable(tuple(pairs), table, pattern, odd)


def pipe_as_danda(match: re.Match[str]) -> str:
    """A "|" after a prose sentence is a danda; after a short menu or byline item it stays."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    segment = re.split(r"[|।]", match.string[line_start: match.start()])[-1]
    return "।" if len(segment.split()) >= PROSE_BEFORE_PIPE else match.group(0)


def normalize_text(text: str) -> str:
    """Normalise one string the way article bodies are normalised."""
    table = load_table()
    text = unicodedata.normalize("NFC", SURROGATE.sub("", CR.sub("\n", text)))
    if table.odd_chars.search(text):
        text = text.translate(table.translate)
    lookup = dict(table.sequences)
    text = table.sequence_re.sub(lambda m: lookup[m.group(0)], text)
    text = text.replace("\u0964\u0964", "\u0965")
    text = PIPE_DANDA.sub(pipe_as_danda, text)
    text = TIGHT_STOP.sub(" ", text)
    return text


def normalize_inline(text: str | None) -> str | None:
    """Normalise a short field (title, author) onto one line."""
    if text is None:
        return None
    return " ".join(normalize_text(text).split()) or None


@stage("normalize", needs=["raw"], adds=["normalized"])
def normalize_stage(doc: Document, ctx: Context) -> Document:
    doc.raw = normalize_text(doc.raw[: ctx.settings.max_chars])
    for key in ("title", "author"):
        if isinstance(doc.meta.get(key), str):
            doc.meta[key] = normalize_inline(doc.meta[key])
    return doc
