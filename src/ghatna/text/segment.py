"""Tokens and sentences.

The default ``segment`` stage splits with compiled rules from ``data/sentences.yaml``
(danda, "?", "!", "." before a space but not after an abbreviation or initial, line
breaks), keeps closing quotes with their sentence, and tokenises words with offsets.
It is an order of magnitude faster than spaCy's tokenizer on Hindi news, which the
``segment_spacy`` stage still offers (``blank("hi")`` + sentencizer) for users who
want spaCy Docs for their own components.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ghatna.document import Document, Sentence
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.tokens import tokenize

SPACY_PUNCT = ["।", "॥", ".", "?", "!", "|"]
# Longer sentences (one in ten thousand of real news; a page without punctuation) are cut at
# a comma or space: every annotation's evidence is a sentence, so this bounds a record's size.
MAX_SENTENCE_CHARS = 1000


@dataclass(frozen=True, slots=True)
class SentenceRules:
    boundary: re.Pattern[str]
    no_break_before: frozenset[str]


@cache
def load_sentence_rules() -> SentenceRules:
    data = load_yaml("sentences.yaml")
    enders, closers = re.escape(data["enders"]), re.escape(data["closers"])
    # Possessive runs, and no match starting inside a run of enders: a long run of "?" not
    # followed by a space is passed over once, not once per character.
    boundary = re.compile(rf"(?:(?<![{enders}])[{enders}]++|\.(?=\s))[{closers}]*+(?=\s|$)|\n+")
    words = {str(w).lower() for w in data["abbreviations"]} | {str(w) for w in data["initials"]}
    return SentenceRules(boundary, frozenset(words))


def word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or "\u0900" <= text[start - 1] <= "\u097f"):
        start -= 1
    return text[start:end]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a body, stripped of outer white space, with their offsets."""
    rules = load_sentence_rules()
    out: list[Sentence] = []
    start = 0
    for match in rules.boundary.finditer(text):
        if match.group(0).startswith(".") and word_before(text, match.start()).lower() in rules.no_break_before:
            continue
        add_sentence(out, text, start, match.end())
        start = match.end()
    add_sentence(out, text, start, len(text))
    return out


def add_sentence(out: list[Sentence], text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = cut_point(text, start, start + MAX_SENTENCE_CHARS)
        add_stripped(out, text, start, cut)
        start = cut
    add_stripped(out, text, start, end)


def cut_point(text: str, start: int, limit: int) -> int:
    """Where an over-long sentence is cut: after the last comma, else the last space, of its
    second half (at the limit when it has neither)."""
    low = start + MAX_SENTENCE_CHARS // 2
    for mark in (", ", " "):
        found = text.rfind(mark, low, limit)
        if found >= 0:
            return found + len(mark)
    return limit


def add_stripped(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        begin = start + piece.index(stripped)
        out.append(Sentence(begin, begin + len(stripped), stripped))


@stage("segment", needs=["body"], adds=["sentences", "tokens"])
def segment_stage(doc: Document, ctx: Context) -> Document:
    doc.sentences = split_sentences(doc.body)
    doc.tokens = tokenize(doc.body)
    return doc


def build_nlp(_settings: Any) -> Any:
    import spacy

    nlp = spacy.blank("hi")
    nlp.add_pipe("sentencizer", config={"punct_chars": SPACY_PUNCT})
    return nlp


@stage("segment_spacy", needs=["body"], adds=["sentences", "tokens"])
def segment_spacy_stage(doc: Document, ctx: Context) -> Document:
    """The same with spaCy: ``doc.spacy_doc`` holds the spaCy Doc, sentences follow its sentencizer."""
    spacy_doc = ctx.resource("spacy", build_nlp)(doc.body)
    doc.spacy_doc = spacy_doc
    doc.sentences = []
    for sent in spacy_doc.sents:
        for piece in split_sentences(sent.text):
            start = sent.start_char + piece.start
            doc.sentences.append(Sentence(start, start + len(piece.text), piece.text))
    doc.tokens = tokenize(doc.body)
    return doc
