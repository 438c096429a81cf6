"""Places the knowledge base lacks, read from the ending of their name (``place_suffixes`` of
``data/name_heads.yaml``): Indian towns, villages and quarters are named "-पुर", "-गंज",
"-नगर", "-गांव", "-बाद" ("सुल्तानगंज", "रावतपुर", "कहलगांव", "वजीराबाद"), and such a word no
mention covers is a place, unless it is a never-a-name word or a listed common word ("महानगर",
"जिंदाबाद"), the model is sure of another name there or reads on past it, a person's name runs
into it, or the word after it goes on an organisation's name ("जादवपुर विश्वविद्यालय").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.bodies import adjacent, link_context
from ghatna.extraction.titles import never_name_keys
from ghatna.models.ner.head_names import name_heads
from ghatna.models.ner.model import Prediction
from ghatna.resources import load_yaml
from ghatna.text.intervals import SpanIndex
from ghatna.text.tokens import Token, word_key

SUFFIX_RULE = "rule:place_suffix"
PLACE = ("LOC", 0.8)  # the label and the stage's threshold for places
MIN_STEM = 2  # letters before the ending ("नगर" alone is no name)


@dataclass(frozen=True, slots=True)
class PlaceSuffixes:
    suffixes: tuple[str, ...]
    common: frozenset[str]  # look-up keys of common words with such an ending


@cache
def place_suffixes() -> PlaceSuffixes:
    """``place_suffixes`` and ``not_suffixed_places`` of ``data/name_heads.yaml``."""
    data = load_yaml("name_heads.yaml")
    return PlaceSuffixes(tuple(data["place_suffixes"]), frozenset(word_key(w) for w in data["not_suffixed_places"]))


def is_devanagari_word(text: str) -> bool:
    return all("\u0900" <= ch <= "\u097f" or ch in "\u200c\u200d" for ch in text)


def has_place_ending(token: Token) -> bool:
    """A Devanagari word ending in a place name's ending after MIN_STEM letters or more, no
    never-a-name or listed common word."""
    data = place_suffixes()
    text = token.text
    if not text.endswith(data.suffixes):  # the cheap test first: most words end otherwise
        return False
    return (any(text.endswith(s) and len(text) >= len(s) + MIN_STEM for s in data.suffixes) and is_devanagari_word(text)
            and token.key not in data.common and token.key not in never_name_keys())


def goes_on(tokens: list[Token], i: int, body: str) -> bool:
    """The word is joined to a word before it ("पटना/गोपालगंज", "अल-...") or the word after it goes
    on an organisation's name ("जादवपुर विश्वविद्यालय")."""
    if i > 0 and body[tokens[i - 1].end:tokens[i].start] in ("-", "/"):
        return True
    if i + 1 < len(tokens) and adjacent(tokens, i + 1, body):
        after = tokens[i + 1].text
        context = link_context()
        return after in name_heads().institutions or after in context.org_heads or after in context.org_tails
    return False


def suffix_places(doc: Document, preds: list[Prediction],
                  thresholds: dict[str, float]) -> tuple[list[Prediction], frozenset[tuple[int, int]]]:
    """The predictions with the places read from their ending, and the offsets of those; a doubtful
    prediction of the word alone gives way."""
    tokens, body = doc.tokens, doc.body
    mentions = SpanIndex((m.start, m.end) for e in doc.entities for m in e.mentions)
    found: list[Prediction] = []
    for i, token in enumerate(tokens):
        if not has_place_ending(token) or mentions.overlaps(token.start, token.end) or goes_on(tokens, i, body):
            continue
        if any(p.end > token.start and p.start < token.end and (p.start < token.start or p.end > token.end
               or p.confidence >= thresholds.get(p.label, 1.0)) for p in preds):
            continue  # a name the model reads across it, or one it is sure of
        found.append(Prediction(token.start, token.end, token.text, *PLACE))
    if not found:
        return preds, frozenset()
    places = SpanIndex((p.start, p.end) for p in found)
    kept = [p for p in preds if not places.overlaps(p.start, p.end)]
    return sorted(kept + found, key=lambda p: p.start), frozenset((p.start, p.end) for p in found)
