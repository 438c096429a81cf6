"""The words the NER model reads: the project's word tokens plus every other non-space
character as a token of its own (punctuation tells a model where a name ends).

Training (``training/ner/``) and the stage use this one function, so the model sees at run
time the tokens it was trained on.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORD = re.compile(r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f\u200c\u200d]+|[A-Za-z]+(?:'[A-Za-z]+)?|[0-9]+|\S")
ZERO_WIDTH = "\u200c\u200d"


class Word(NamedTuple):
    text: str
    start: int
    end: int


def ner_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words of ``text[start:end]`` with offsets into ``text``; zero-width joiners are dropped
    from the word's text (the offsets still cover them)."""
    end = len(text) if end is None else end
    matches = WORD.finditer(text, start, end)
    if all(text.find(c, start, end) < 0 for c in ZERO_WIDTH):  # most texts have none
        new = tuple.__new__  # plain tuples: this runs on every word
        return [new(Word, (m.group(), m.start(), m.end())) for m in matches]
    out = []
    for m in matches:
        word = m.group()
        if any(c in word for c in ZERO_WIDTH):
            word = word.replace("\u200c", "").replace("\u200d", "")
            if not word:
                continue
        out.append(Word(word, m.start(), m.end()))
    return out
