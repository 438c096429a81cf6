"""Word tokens with offsets and look-up keys, shared by every stage that reads words.

Postpositions are separate words in Hindi news; hyphens and punctuation split. A token's
``key`` folds the spellings Hindi news varies freely — with or without nukta (फ़/फ, ज़/ज),
chandrabindu or anusvara (पहुँचे/पहुंचे) — and lower-cases Latin words; the text keeps them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter
from typing import NamedTuple

TOKEN = re.compile(r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+|[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+")
FOLD = str.maketrans({"\u093c": None, "\u0901": "\u0902"})
TOKEN_END = itemgetter(2)  # a Token's ``end``
WORD_CHARS = r"\w\u0900-\u097f"  # a regex character class of word letters (any Devanagari), for word bounds


class Token(NamedTuple):
    """A word of the body with its offsets; ``key`` is how look-ups see it."""

    text: str
    start: int
    end: int
    position: int
    key: str


def word_key(word: str) -> str:
    return word.lower() if word.isascii() else word.translate(FOLD)


def tokenize(text: str) -> list[Token]:
    """Words with offsets and look-up keys (built as plain tuples: this runs on every word)."""
    new, fold = tuple.__new__, FOLD
    out = []
    for i, m in enumerate(TOKEN.finditer(text)):
        word = m.group()
        key = word.lower() if word.isascii() else word.translate(fold)
        out.append(new(Token, (word, m.start(), m.end(), i, key)))
    return out


def form_tokens(form: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(form))


def tok_index(tokens: list[Token], offset: int) -> int:
    """Index of the token covering a character offset: the first that ends after it, or the
    last token (binary search)."""
    return max(0, min(bisect_right(tokens, offset, key=TOKEN_END), len(tokens) - 1))
