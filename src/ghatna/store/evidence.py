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


# Words and commas ("सुलेमानी, इराक के ..." and "सुलेमानी और ..."), a hyphenated compound one word:
# "मार-पीट", "मारा-पीटा" tell a beating, not a death word "मार" or "मारा".
TOKEN = re.compile(f"{WORD.pattern}(?:-{WORD.pattern})*|,")


@dataclass(frozen=True, slots=True)
class DeathWords:
    """``evidence_words.yaml``'s words of a death, of an attempt, of whose death it is, of a deed again."""

    deaths: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    attempts: frozenset[str]
    attempt_reach: int
    links: frozenset[str]
    skips: frozenset[str]
    pronouns: frozenset[str]
    coordinators: frozenset[str]
    adjuncts: frozenset[str]
    not_named_before: frozenset[str]
    breaks: frozenset[str]
    adverbials: frozenset[str]
    adverbial_reach: int
    attacked: frozenset[str]
    blows: frozenset[str]
    genitives: dict[str, str]
    name_back: int
    joined_back: int
    name_reach: int
    again: tuple[tuple[str, ...], ...]
    again_deeds: frozenset[str]
    again_reach: int


@cache
def death_words() -> DeathWords:
    data = load_yaml("evidence_words.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(nfc(w) for w in data[key])

    return DeathWords(
        words("death_words"), tuple(tuple(nfc(p).split()) for p in data["death_phrases"]),
        words("attempt_words"), int(data["attempt_reach"]),
        words("death_links"), words("death_skips"), words("death_pronouns"),
        words("death_coordinators"), words("death_adjuncts"), words("not_named_before_death"), words("death_clause_breaks"),
        words("death_adverbials"), int(data["death_adverbial_reach"]), words("attacked_marks"),
        words("not_death_before"), {nfc(k): nfc(v) for k, v in data["death_genitives"].items()}, int(data["death_name_back"]), int(data["death_joined_back"]), int(data["death_name_reach"]),
        tuple(tuple(p.split()) for p in data["again_words"]), frozenset(data["again_deeds"]), int(data["again_reach"]))


def nfc(text: str) -> str:
    """One spelling of a letter with a nukta ("ड़" as one code point or as ड and its dot), no
    zero-width joiner inside a word ("अन्\u200dय" is अन्य)."""
    return unicodedata.normalize("NFC", text).replace("\u200d", "").replace("\u200c", "")


def death_words_in(text: str | None) -> list[str]:
    """The sentence's words (``TOKEN``) as the words of a death are matched."""
    return TOKEN.findall(nfc(text or ""))


def deaths_told(words: list[str]) -> list[int]:
    """Where the words tell a death: a death word, or the first word of a death phrase ("दम
    तोड़ दिया"), not followed within ``attempt_reach`` words by a word of an attempt, a plot or a
    threat ("हत्या की कोशिश", "हत्या की साजिश": no death), nor right after a word of a blow
    ("गोली मारी", "छापा मारा")."""
    lists = death_words()
    found = [k for k, word in enumerate(words) if word in lists.deaths
             or any(tuple(words[k:k + len(p)]) == p for p in lists.phrases)]
    return [k for k in found if lists.attempts.isdisjoint(words[k + 1:k + 1 + lists.attempt_reach])
            and not (k and words[k - 1] in lists.blows)]


def tells_death(text: str | None) -> bool:
    """The sentence tells someone dead: one of ``death_words`` as a whole word ("हमले में मारे गए"),
    not an attempt on a life ("हत्या की कोशिश")."""
    return bool(deaths_told(death_words_in(text)))


def tells_death_of(text: str | None, name: str | None) -> bool:
    """The sentence tells the person of ``name`` dead (``deaths_told``), the death his
    (``evidence_words.yaml``): the word a link ties to the death word is his name or a pronoun for
    him, or a name his is joined to ("नसरल्लाह के मारे जाने", "उनकी मौत", "सुलेमानी और अल-मुहंदिस के
    मारे जाने"; not "उनके ड्राइवर की मौत"), a short adverbial between ("X की सोमवार को गोली मारकर
    हत्या"); after an adjunct ("हमले में मारे गए"), his name a few words before it, unmarked or with
    the death word's own mark and just the adjunct phrase between, not as the one attacked ("X पर
    हमले में ...", "X के काफिले पर हुए हमले में मारे गए दो सिपाही") nor as a speaker ("X ने कहा कि"),
    or after it ("मारे गए जनरल सुलेमानी"). The name is matched by its consonants (``name_skeleton``): सुलेमानी and सोलेमानी
    are Soleimani."""
    lists = death_words()
    words = death_words_in(text)
    names = {s for part in (name or "").split() if len(s := name_skeleton(part)) >= 3}

    def his(word: str) -> bool:
        return bool(names) and word != "," and name_skeleton(romanize_word(word)) in names

    def him(word: str) -> bool:
        return word in lists.pronouns or his(word)

    def told_of(i: int, k: int) -> bool:  # his name at i, the death word at k, an adjunct phrase between
        after, own = words[i + 1], lists.genitives.get(words[k])
        if after in lists.attacked or not lists.breaks.isdisjoint(words[i + 1:k]):
            return False  # "X पर हमले में ...": the one attacked; "X ने कहा कि ...": he speaks
        if after == own:  # "X के काफिले पर हमले में मारे गए": के is काफिले's
            return after not in lists.links or i + 3 >= k or words[i + 2] in lists.adverbials or not (
                words[i + 3] in lists.attacked or words[i + 3] in lists.links)
        return after == "को" or (after not in lists.links and after not in lists.not_named_before)

    def joined(owner: int) -> bool:  # "सुलेमानी और ... अल-मुहंदिस के मारे जाने"
        return any(his(words[j]) and words[j + 1] in lists.coordinators
                   for j in range(max(0, owner - lists.name_back), owner))

    def genitive(j: int) -> bool | None:  # the owner of the death: his (True), another's (False), none told
        for i in range(j, max(0, j - lists.adverbial_reach - 1), -1):  # "X की सोमवार को गोली मारकर हत्या"
            word = words[i]
            if word in lists.links and not (word in lists.adverbials and i and words[i - 1] in lists.adverbials):
                return (him(words[i - 1]) or joined(i - 1)) if i else None  # not "उनके ड्राइवर की मौत"
            if him(word):
                return True
            if word not in lists.adverbials:
                return None
        return None

    for k in deaths_told(words):
        j = k - 1
        while j >= 0 and words[j] in lists.skips:
            j -= 1
        owner = genitive(j) if j >= 0 else None
        if owner is not None:
            if owner:
                return True
            continue  # another's death: "उनके ड्राइवर की मौत"
        if j >= 0 and words[j] in lists.adjuncts and any(
                told_of(i, k) and (his(words[i]) and not his(words[i + 1]) and (
                    k - i <= lists.name_back or words[i + 1] in lists.coordinators)  # "X, Y और Z ... हमले में मारे गए"
                    or words[i + 1] == lists.genitives.get(words[k]) and k - i <= lists.name_back and joined(i))
                for i in range(max(0, k - lists.joined_back), k)):
            return True  # "X और ... Y की ... हमले में मौत"
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
