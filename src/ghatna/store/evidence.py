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

from ghatna.extraction.romanize import romanize_word
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


TOKEN = re.compile(WORD.pattern + "|,")  # words and commas: "सुलेमानी, इराक के ..." and "सुलेमानी और ..."


@dataclass(frozen=True, slots=True)
class DeathWords:
    """``evidence_words.yaml``'s words of a death, of an attempt, of whose death it is, of a deed again."""

    deaths: frozenset[str]
    attempts: frozenset[str]
    attempt_reach: int
    links: frozenset[str]
    skips: frozenset[str]
    pronouns: frozenset[str]
    coordinators: frozenset[str]
    adjuncts: frozenset[str]
    attacked: frozenset[str]
    blows: frozenset[str]
    genitives: dict[str, str]
    name_back: int
    name_reach: int
    again: tuple[tuple[str, ...], ...]
    again_deeds: frozenset[str]
    again_reach: int


@cache
def death_words() -> DeathWords:
    data = load_yaml("evidence_words.yaml")
    return DeathWords(
        frozenset(data["death_words"]), frozenset(data["attempt_words"]), int(data["attempt_reach"]),
        frozenset(data["death_links"]), frozenset(data["death_skips"]), frozenset(data["death_pronouns"]),
        frozenset(data["death_coordinators"]), frozenset(data["death_adjuncts"]), frozenset(data["attacked_marks"]),
        frozenset(data["not_death_before"]), dict(data["death_genitives"]), int(data["death_name_back"]), int(data["death_name_reach"]),
        tuple(tuple(p.split()) for p in data["again_words"]), frozenset(data["again_deeds"]), int(data["again_reach"]))


def deaths_told(words: list[str]) -> list[int]:
    """Where the words tell a death: a death word not followed within ``attempt_reach`` words by a
    word of an attempt, a plot or a threat ("हत्या की कोशिश", "हत्या की साजिश": no death), nor right
    after a word of a blow ("गोली मारी", "छापा मारा")."""
    lists = death_words()
    return [k for k, word in enumerate(words) if word in lists.deaths
            and lists.attempts.isdisjoint(words[k + 1:k + 1 + lists.attempt_reach])
            and not (k and words[k - 1] in lists.blows)]


def tells_death(text: str | None) -> bool:
    """The sentence tells someone dead: one of ``death_words`` as a whole word ("हमले में मारे गए"),
    not an attempt on a life ("हत्या की कोशिश")."""
    return bool(deaths_told(TOKEN.findall(text or "")))


def tells_death_of(text: str | None, name: str | None) -> bool:
    """The sentence tells the person of ``name`` dead (``deaths_told``), the death his
    (``evidence_words.yaml``): the word a link ties to the death word is his name or a pronoun for
    him, or a name his is joined to ("नसरल्लाह के मारे जाने", "उनकी मौत", "सुलेमानी और अल-मुहंदिस के
    मारे जाने"; not "उनके ड्राइवर की मौत"); after an adjunct ("हमले में मारे गए"), his name a few
    words before it, not as the one attacked ("X पर हमले में ..."), or after it ("मारे गए जनरल
    सुलेमानी"). The name is matched by its consonants (``name_skeleton``): सुलेमानी and सोलेमानी
    are Soleimani."""
    lists = death_words()
    words = TOKEN.findall(text or "")
    names = {s for part in (name or "").split() if len(s := name_skeleton(part)) >= 3}

    def his(word: str) -> bool:
        return bool(names) and word != "," and name_skeleton(romanize_word(word)) in names

    def told_of(after: str, death: str) -> bool:  # "सुलेमानी की ... मौत", not "X के अंगरक्षक की ... मौत"
        if after in lists.attacked:
            return False  # "X पर हमले में ...": the one attacked
        return after not in lists.links or after == "को" or lists.genitives.get(death) == after

    def joined(owner: int) -> bool:  # "सुलेमानी और ... अल-मुहंदिस के मारे जाने"
        return any(his(words[j]) and words[j + 1] in lists.coordinators
                   for j in range(max(0, owner - lists.name_back), owner))

    for k in deaths_told(words):
        j = k - 1
        while j >= 0 and words[j] in lists.skips:
            j -= 1
        if j >= 0 and (words[j] in lists.pronouns or his(words[j])):
            return True
        if j >= 1 and words[j] in lists.links:
            if words[j - 1] in lists.pronouns or his(words[j - 1]) or joined(j - 1):
                return True
            continue  # another's death: "उनके ड्राइवर की मौत"
        if j >= 0 and words[j] in lists.adjuncts and any(
                his(words[i]) and not his(words[i + 1]) and told_of(words[i + 1], words[k]) for i in range(max(0, k - lists.name_back), k)):
            return True
        for word in words[k + 1:k + 1 + lists.name_reach]:
            if word in lists.links:
                break
            if his(word):
                return True
    return False


def name_skeleton(name: str) -> str:
    """A name's consonants in Latin letters, doubled ones once and kin letters as one (q k, w v,
    z j): "Nasrallah" and "nasarallah" are nsrl, "Soleimani" and "sulemani" slmn."""
    latin = unicodedata.normalize("NFKD", name.lower())
    latin = "".join(c for c in latin if c.isascii() and c.isalpha())
    for kin, one in (("ph", "f"), ("q", "k"), ("w", "v"), ("z", "j"), ("ck", "k"), ("c", "k")):
        latin = latin.replace(kin, one)
    out = ""
    for c in latin:
        if c not in "aeiouh" and not out.endswith(c):
            out += c
    return out


def tells_again(text: str | None) -> bool:
    """The sentence tells an attack done again: ``again_words`` followed within ``again_reach``
    words by one of ``again_deeds`` ("दोबारा हमला", "एक बार फिर उन पर गोलियां चलाईं"), not "एक बार
    फिर बदले की बात कही"."""
    lists = death_words()
    words = WORD.findall(text or "")
    return any(tuple(words[k:k + len(p)]) == p and not lists.again_deeds.isdisjoint(
        words[k + len(p):k + len(p) + lists.again_reach]) for p in lists.again for k in range(len(words)))


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
