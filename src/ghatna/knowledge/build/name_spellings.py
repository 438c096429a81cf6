"""How English-language news spells Hindi name words, grown from the knowledge base's own names:
``data/kb/name_spellings.tsv``, read by ``romanize.romanize_word`` for a person or body the
knowledge base lacks (after the hand ``spellings`` of ``data/romanize.yaml``, before the letter
rules: "माइकल" Michael, not Maikal; "जिन्ना" Jinnah, not Jinna).

Source: the Hindi forms and English names of the knowledge base's people (``people*.yaml``, hand
made, and the annotated people of ``annotated.tsv``, train split), and of the hand-made countries,
places, organisations and armed groups. A Hindi form is paired with the English name of its entry
that has as many words (words split at spaces and hyphens; of several such names, the one whose
words the letter rules spell closest) and read word by word. A pair is kept when it is a spelling,
not a translation or another name: for a person every word's letter-rule spelling is at least
MIN_WORD alike its English word and the words are MIN_MEAN alike on average ("कूपर" Cooper, not
"महारानी" Queen); for a place or body every word at least MIN_PLACE_WORD ("उत्तर प्रदेश" Uttar
Pradesh, not "संयुक्त राष्ट्र" United Nations). Latin initials and acronyms, Hindi postpositions
("के", "को") and words with a full stop are left out. Each entry votes once for each spelling it
gives a word; a word's spelling is the one with the most votes, and a word is left out when two
spellings tie or the first has less than MIN_SHARE of the votes ("मोहम्मद": Mohammad, Mohammed,
Mohamed): a wrong spelling is worse than the letter rules. A Hindi word that spells Latin letters
by their names needs MIN_LETTER_VOTES: one entry's "वी के सक्सेना" (Vinai Kumar Saxena) makes वी
no Vinai, while many names' particle "डी" is de.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ghatna.extraction.romanize import name_key, spell_letters, spelt_letters
from ghatna.knowledge.build.common import DEVANAGARI_FORM, plain_latin, write_tsv
from ghatna.knowledge.kb import PEOPLE_FILES
from ghatna.resources import load_tsv, load_yaml, split_list

MIN_WORD = 0.25
MIN_MEAN = 0.5
MIN_PLACE_WORD = 0.5
MIN_SHARE = 0.5
MIN_LETTER_VOTES = 2
PLACE_FILES = ("kb/countries.tsv", "kb/places.tsv", "kb/orgs.tsv", "kb/groups.tsv")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']*[a-z][A-Za-z']*")  # "Jinnah", "McCain", "O'Brien"; not "UN", "AK", "W"
WORD_BREAK = re.compile(r"[\s-]+")


@dataclass(frozen=True, slots=True)
class Named:
    """One entry's English names and Hindi forms; ``strict`` for a place or body."""

    name: str
    latin: tuple[str, ...]
    hindi: tuple[str, ...]
    strict: bool = False


@dataclass(frozen=True, slots=True)
class Spelling:
    """The spelling of one Hindi word (its look-up key) and how many entries voted for it, of how many."""

    hindi: str
    latin: str
    votes: int
    of: int


def named_people() -> Iterator[Named]:
    """The people of the hand-made ``people*.yaml`` and of ``annotated.tsv``."""
    for name in PEOPLE_FILES:
        for person in load_yaml(name) or []:
            yield Named(person["name"], (person["name"], *(person.get("latin") or [])),
                        tuple(person.get("hindi") or []))
    for row in load_tsv("kb/annotated.tsv"):
        if row.get("type") == "PERSON":
            yield Named(row["name"], (row["name"], *split_list(row.get("latin"))), tuple(split_list(row.get("hindi"))))


def named_places() -> Iterator[Named]:
    """The hand-made countries, places, organisations and armed groups."""
    for name in PLACE_FILES:
        for row in load_tsv(name):
            yield Named(row["name"], (row["name"], *split_list(row.get("latin"))),
                        tuple(split_list(row.get("hindi"))), strict=True)


def likeness(hindi: str, latin: str) -> float:
    """How alike a Hindi word's letter-rule spelling and a Latin word are (0 to 1)."""
    return difflib.SequenceMatcher(None, spell_letters(hindi), latin.lower()).ratio()


def word_pairs(entry: Named) -> set[tuple[str, str]]:
    """The (Hindi word's key, Latin word) pairs an entry's forms spell, as the module says."""
    pairs: set[tuple[str, str]] = set()
    latin_names = [WORD_BREAK.split(plain_latin(n).strip()) for n in dict.fromkeys(entry.latin)]
    for form in entry.hindi:
        if not DEVANAGARI_FORM.fullmatch(form.strip()):
            continue  # a full stop ("डॉ."), a digit or Latin letters inside
        words = WORD_BREAK.split(form.strip())
        scored = [(sum(s.values()) / len(s), min(s.values()), s) for n in latin_names if len(n) == len(words)
                  for s in [spelt_words(words, n)] if s]
        if not scored:
            continue
        mean, least, best = max(scored, key=lambda x: x[0])
        if least >= (MIN_PLACE_WORD if entry.strict else MIN_WORD) and mean >= MIN_MEAN:
            pairs |= {(name_key(h), w) for h, w in best}
    return pairs


def spelt_words(hindi: list[str], latin: list[str]) -> dict[tuple[str, str], float]:
    """Each pair of a Hindi word and the Latin word in its place, with their ``likeness``;
    initials and acronyms ("A", "K", "PM") are no spelling and left out, and so are Hindi
    postpositions (``hindi_words.yaml``: "के" is no Kumar, "को" no Goh inside a body's name)."""
    return {(h, w): likeness(h, w) for h, w in zip(hindi, latin, strict=True)
            if LATIN_WORD.fullmatch(w) and name_key(h) not in postpositions()}


@cache
def postpositions() -> frozenset[str]:
    return frozenset(name_key(str(w)) for w in load_yaml("hindi_words.yaml")["postpositions"])


def grow_spellings(entries: Iterable[Named]) -> list[Spelling]:
    """Each Hindi word's spelling by the entries' votes, ties and split votes left out, and a word
    that spells Latin letters ("वी", "आर") that fewer than MIN_LETTER_VOTES entries agree on, by key."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for entry in entries:
        for key, latin in word_pairs(entry):
            votes[key][latin] += 1
    out: list[Spelling] = []
    for key in sorted(votes):
        ranked = votes[key].most_common()
        total = sum(votes[key].values())
        (latin, top), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
        if top > runner_up and top >= MIN_SHARE * total and (top >= MIN_LETTER_VOTES or spelt_letters(key) is None):
            out.append(Spelling(key, latin, top, total))
    return out


def build_name_spellings() -> dict[str, int]:
    """Write ``kb/name_spellings.tsv``; its number of rows."""
    rows = ({"hindi": s.hindi, "latin": s.latin, "votes": str(s.votes), "of": str(s.of)}
            for s in grow_spellings([*named_people(), *named_places()]))
    source = ("the English names and Hindi forms of the knowledge base's people (people*.yaml, annotated.tsv) "
              "and hand-made countries, places, organisations and groups, aligned word by word "
              "(ghatna.knowledge.build.name_spellings)")
    return {"name_spellings.tsv": write_tsv("name_spellings.tsv", ["hindi", "latin", "votes", "of"], rows, source)}
