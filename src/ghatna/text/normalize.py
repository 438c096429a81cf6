"""Devanagari normalisation: NFC, joined vowel signs, no zero-width characters, one
form of spaces, quotes and dandas. Every offset in ghatna refers to the text after this.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml

log = logging.getLogger(__name__)

# A pipe or a Latin full stop used as a danda between Devanagari words: "है | वह", "है.वह".
PIPE_DANDA = re.compile(r"(?<=[\u0900-\u097f]) ?\|(?=\s|$)")
PROSE_BEFORE_PIPE = 5  # words a segment needs before "|" is read as a danda rather than a menu bar
# Not inside a dotted abbreviation ("हि.स.", "वी.के.", "डी.सी."): a short piece ending in "." follows.
TIGHT_STOP = re.compile(r"(?<=[\u0900-\u0963\u0970-\u097f][.।?!])(?=[\u0900-\u0963\u0970-\u097f])"
                        r"(?![\u0900-\u0963\u0970-\u097f]{1,3}\.)")
SEGMENT_BREAK = re.compile(r"[\n|।]")
WORD = re.compile(r"\S+")
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


def replace_pipe_dandas(text: str) -> str:
    """A "|" after a prose sentence is a danda; after a short menu or byline item it stays.

    The prose before a pipe is the stretch since the last line break, pipe or danda; one
    pass over the text finds them all (no rescanning of the line per pipe).
    """
    if "|" not in text:
        return text
    breaks = [m.start() for m in SEGMENT_BREAK.finditer(text)]
    out: list[str] = []
    done = 0
    for match in PIPE_DANDA.finditer(text):
        before = bisect_left(breaks, match.start())
        segment_start = breaks[before - 1] + 1 if before else 0
        if has_words(text, segment_start, match.start(), PROSE_BEFORE_PIPE):
            out += [text[done: match.start()], "।"]
            done = match.end()
    return "".join(out) + text[done:] if out else text


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether text[start:end] holds at least ``count`` words (stops counting there)."""
    for seen, _ in enumerate(WORD.finditer(text, start, end), start=1):
        if seen >= count:
            return True
    return False


def normalize_text(text: str) -> str:
    """Normalise one string the way article bodies are normalised."""
    table = load_table()
    text = unicodedata.normalize("NFC", SURROGATE.sub("", CR.sub("\n", text)))
    if table.odd_chars.search(text):
        text = text.translate(table.translate)
    lookup = dict(table.sequences)
    text = table.sequence_re.sub(lambda m: lookup[m.group(0)], text)
    text = text.replace("\u0964\u0964", "\u0965")
    text = replace_pipe_dandas(text)
    text = TIGHT_STOP.sub(" ", text)
    return text


def normalize_inline(text: str | None) -> str | None:
    """Normalise a short field (title, author) onto one line."""
    if text is None:
        return None
    return " ".join(normalize_text(text).split()) or None


def cut_to_limit(doc: Document, max_chars: int) -> str:
    """The raw text, cut to ``max_chars`` with a warning in the record when longer."""
    if len(doc.raw) <= max_chars:
        return doc.raw
    doc.warnings.append(f"input cut to its first {max_chars} of {len(doc.raw)} characters "
                        f"(Settings.max_chars): split the article or raise the limit")
    log.warning("%s: %s", doc.source, doc.warnings[-1])
    return doc.raw[:max_chars]


@stage("normalize", needs=["raw"], adds=["normalized"])
def normalize_stage(doc: Document, ctx: Context) -> Document:
    doc.raw = normalize_text(cut_to_limit(doc, ctx.settings.max_chars))
    for key in ("title", "author"):
        if isinstance(doc.meta.get(key), str):
            doc.meta[key] = normalize_inline(doc.meta[key])
    return doc
