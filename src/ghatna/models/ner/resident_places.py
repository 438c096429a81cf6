"""Places the knowledge base lacks, read from how news tells where someone lives (``resident_words``
of ``data/name_heads.yaml``): the word right before "निवासी" ("बलटाना निवासी हरीश कुमार") and,
after a kinship word and a parent's name, the word right after it ("मोहन पुत्र हरि निवासी
बेलाटांड़", over "ग्राम"/"मोहल्ला"). The word must be letters only, no grammar, never-a-name or
listed common word (``not_resident_places``), no other mention, and no name the model gives to a
person or organisation; a word the model is sure is a place is left to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.bodies import adjacent, has_letters
from ghatna.extraction.titles import never_name_keys
from ghatna.models.ner.model import Prediction
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, word_key

RESIDENT_RULE = "rule:resident_place"
PLACE = ("LOC", 0.8)  # the label and the stage's threshold for places
PARENT = ("PERSON", 0.9)  # a parent's name in a report's form is as sure as a lone word the stage keeps
MIN_OTHER_NAME = 0.5  # the model's probability of a person's or organisation's name that vetoes
PLACE_LABELS = frozenset({"GPE", "LOC"})  # a parent's name read as a place gives way to the form
KIN_REACH = 4  # words from a kinship word to "निवासी" (the parent's name between)


@dataclass(frozen=True, slots=True)
class ResidentWords:
    residents: frozenset[str]
    kin: frozenset[str]
    skip: frozenset[str]
    common: frozenset[str]  # look-up keys


@cache
def resident_words() -> ResidentWords:
    """``resident_words``, ``kin_words``, ``resident_skip`` and ``not_resident_places`` of ``data/name_heads.yaml``."""
    data = load_yaml("name_heads.yaml")
    keys = [frozenset(word_key(w) for w in data[k]) for k in ("resident_words", "kin_words", "resident_skip", "not_resident_places")]
    return ResidentWords(*keys)


def after_kin(tokens: list[Token], i: int) -> bool:
    """A kinship word stands within KIN_REACH words before token i ("पुत्र हरि सिंह निवासी")."""
    return any(t.key in resident_words().kin for t in tokens[max(0, i - KIN_REACH):i])


def resident_place_at(tokens: list[Token], i: int, body: str) -> int | None:
    """The token of the place told with the resident word at token i: the word right before it,
    or, after a kinship word and a name, the word right after it (over ``resident_skip``)."""
    words = resident_words()
    if after_kin(tokens, i):
        k = i + 1
        while k < len(tokens) and tokens[k].key in words.skip and adjacent(tokens, k, body):
            k += 1
        return k if k < len(tokens) and adjacent(tokens, k, body) else None
    return i - 1 if i > 0 and adjacent(tokens, i, body) else None


def parent_span(tokens: list[Token], i: int, body: str, grammar: frozenset[str]) -> tuple[int, int] | None:
    """The tokens of the parent's or spouse's name between a kinship word and the resident word at
    token i ("पुत्र हरि सिंह निवासी"): one to KIN_REACH - 1 words, each a name's word."""
    for k in range(i - 1, max(-1, i - KIN_REACH - 1), -1):
        if tokens[k].key in resident_words().kin:
            words = tokens[k + 1:i]
            if words and all(is_name_word(t, grammar) and adjacent(tokens, t.position, body) for t in words):
                return k + 1, i
            return None
    return None


def is_name_word(token: Token, grammar: frozenset[str]) -> bool:
    return token.key not in grammar and token.key not in never_name_keys() and has_letters(token.text)


def is_place_word(token: Token, grammar: frozenset[str]) -> bool:
    return (token.key not in grammar and token.key not in resident_words().common and token.key not in never_name_keys()
            and has_letters(token.text))


def claimed(start: int, end: int, label: str, preds: list[Prediction], mentions: SpanIndex,
            thresholds: dict[str, float], yielding: frozenset[str] = frozenset()) -> bool:
    """Another mention lies there, the model reads a name across the words, is sure of one there,
    or gives them to a name of another type; a reading of the words alone as one of ``yielding``
    gives way (a parent's name the model reads as a place: "पुत्र इसराइल निवासी")."""
    return mentions.overlaps(start, end) or any(
        p.end > start and p.start < end and (p.start < start or p.end > end or (p.label not in yielding and (
            p.confidence >= thresholds.get(p.label, 1.0) or (p.label != label and p.confidence >= MIN_OTHER_NAME))))
        for p in preds)


def resident_places(doc: Document, preds: list[Prediction], grammar: frozenset[str],
                    thresholds: dict[str, float]) -> tuple[list[Prediction], frozenset[tuple[int, int]]]:
    """The predictions with the places so told, and the offsets of those; a doubtful prediction of
    the word alone gives way."""
    tokens, body = doc.tokens, doc.body
    mentions = SpanIndex((m.start, m.end) for e in doc.entities for m in e.mentions)
    found: list[Prediction] = []
    for i, token in enumerate(tokens):
        if token.key not in resident_words().residents:
            continue
        parent = parent_span(tokens, i, body, grammar)
        if parent is not None:
            start, end = tokens[parent[0]].start, tokens[parent[1] - 1].end
            if not claimed(start, end, "PERSON", preds, mentions, thresholds, PLACE_LABELS):
                found.append(Prediction(start, end, body[start:end], *PARENT))
        k = resident_place_at(tokens, i, body)
        if k is None or not is_place_word(tokens[k], grammar):
            continue
        word = tokens[k]
        if not claimed(word.start, word.end, "LOC", preds, mentions, thresholds):
            found.append(Prediction(word.start, word.end, word.text, *PLACE))
    if not found:
        return preds, frozenset()
    found = [p for n, p in enumerate(found) if not any(q.start < p.end and p.start < q.end for q in found[:n])]
    places = SpanIndex((p.start, p.end) for p in found)
    kept = [p for p in preds if not places.overlaps(p.start, p.end)]
    return sorted(kept + found, key=lambda p: p.start), frozenset((p.start, p.end) for p in found)
