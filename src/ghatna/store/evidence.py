"""What merging reads in a mention's evidence sentence: its wording, its numbers, its content words.

Three measures of how alike two reports' sentences are, each read once per mention:

- character shingles (``shingles``): near-duplicate wording, one wire copy in two papers;
- numbers in digits or words (``figures``): "50 लोगों" and "120 लोगों" are two arrests;
- content words (``content_words``): the sentence's words without the function words any
  report uses (``data/evidence_words.yaml``, with lists of ``hindi_words.yaml``), each cut to its
  stem, so that "बाढ़ में फंसे मजदूरों को बसों से गांव लौटने की अनुमति" and "फंसे हुए मजदूरों को बसों के
  जरिए गांव लौटने की इजाजत" share what the event is about, told in other words.

And whether a sentence tells its event in the past perfect (``tells_earlier``: "आह्वान किया था"),
as before the day it is read on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ghatna.resources import load_yaml
from ghatna.text.numbers import load_number_lexicon

SHINGLE = 4  # characters per shingle of an evidence sentence
DIGITS = re.compile(r"\d[\d,]*")
WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence sentence as merging compares it."""

    shingles: frozenset[str]
    figures: frozenset[float]
    words: frozenset[str]


def read_evidence(text: str | None) -> Evidence:
    return Evidence(shingles(text), figures(text), content_words(text))


def shingles(text: str | None) -> frozenset[str]:
    """Character shingles of a sentence with its spaces and punctuation dropped."""
    letters = "".join(ch for ch in (text or "") if unicodedata.category(ch)[0] in "LMN")
    return frozenset(letters[i:i + SHINGLE] for i in range(max(0, len(letters) - SHINGLE + 1)))


def figures(text: str | None) -> frozenset[float]:
    """The numbers a sentence tells, in digits or in words ("50 लोगों", "तीन युवकों")."""
    words = load_number_lexicon().words
    found = digits(text)
    found.update(words[w] for w in (text or "").split() if w in words)
    return frozenset(found)


@cache
def death_words() -> frozenset[str]:
    """``evidence_words.yaml`` death_words: "मौत", "मारे", "हत्या"."""
    return frozenset(load_yaml("evidence_words.yaml")["death_words"])


def tells_death(text: str | None) -> bool:
    """The sentence tells someone dead: one of ``death_words`` as a whole word ("हमले में मारे गए")."""
    return not death_words().isdisjoint(WORD.findall(text or ""))


def digits(text: str | None) -> set[float]:
    """The numbers a sentence writes in digits."""
    return {float(d.replace(",", "")) for d in DIGITS.findall(text or "")}


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two sets (0 when they share nothing)."""
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if shared else 0.0


@dataclass(frozen=True, slots=True)
class WordLists:
    function_words: frozenset[str]
    endings: tuple[str, ...]
    min_stem: int
    earlier: frozenset[str]


@cache
def word_lists() -> WordLists:
    """``evidence_words.yaml``, with the lists of ``hindi_words.yaml`` it names, read once."""
    data, hindi = load_yaml("evidence_words.yaml"), load_yaml("hindi_words.yaml")
    words = set(data["function_words"])
    for name in data["hindi_words_lists"]:
        words.update(hindi[name])  # a list, or a mapping whose keys are the words
    endings = tuple(sorted(data["endings"], key=len, reverse=True))
    return WordLists(frozenset(words), endings, int(data["min_stem"]), frozenset(data["earlier_auxiliaries"]))


def stem(word: str, lists: WordLists) -> str:
    """The word without its longest inflectional ending, when enough of it stays."""
    for ending in lists.endings:
        if word.endswith(ending) and len(word) - len(ending) >= lists.min_stem:
            return word[:-len(ending)]
    return word


def content_words(text: str | None) -> frozenset[str]:
    """The stems of a sentence's content words: no function word, no one-letter word, no number
    in digits or words (``figures`` reads those)."""
    lists, numbers = word_lists(), load_number_lexicon().words
    return frozenset(stem(w, lists) for w in WORD.findall(text or "")
                     if len(w) > 1 and w not in lists.function_words and w not in numbers and not w.isdigit())


def tells_earlier(text: str | None) -> bool:
    """The sentence tells its event in the past perfect ("जनता कर्फ्यू का आह्वान किया था"): as
    before the day it is read on (``evidence_words.yaml`` earlier_auxiliaries)."""
    earlier = word_lists().earlier
    return any(w in earlier for w in WORD.findall(text or ""))
