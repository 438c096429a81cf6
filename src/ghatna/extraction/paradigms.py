"""Hindi inflection for the lexicons (``data/paradigms.yaml``): a noun with its plural and
oblique forms (हमला → हमले, हमलों), a verb with every form of its paradigm (करना → कर,
करता, करेगा, किया, की, किए, करने …). Lexicon rows name a lemma once; these expand it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.resources import load_yaml

VOWEL_SIGNS = frozenset("ािीुूृेैोौ")


@dataclass(frozen=True, slots=True)
class Paradigms:
    noun_endings: dict[str, tuple[str, ...]]
    consonant: tuple[str, ...]
    vowel: tuple[str, ...]
    irregular: dict[str, tuple[str, ...]]
    particles: frozenset[str]


@cache
def load_paradigms() -> Paradigms:
    data = load_yaml("paradigms.yaml")
    return Paradigms({k: tuple(v) for k, v in data["noun_endings"].items()}, tuple(data["verb_endings_consonant"]),
                     tuple(data["verb_endings_vowel"]), {k: tuple(v) for k, v in data["irregular"].items()},
                     frozenset(data["particles"]))


def noun_forms(word: str) -> list[str]:
    """A noun and its plural and oblique forms: आतंकी → आतंकियों, सेना → सेनाओं, बदमाश → बदमाशों."""
    endings = load_paradigms().noun_endings
    last = word[-1] if word[-1] in endings else ""
    stem = word[:-1] if last else word
    return [word] + [stem + ending for ending in endings[last]]


def verb_forms(infinitive: str) -> list[str]:
    """Every form of a verb given as its infinitive (मिलना, जताना, करना)."""
    paradigms = load_paradigms()
    stem = infinitive.removesuffix("ना")
    endings = paradigms.vowel if stem and stem[-1] in VOWEL_SIGNS else paradigms.consonant
    forms = [stem + ending for ending in endings if stem + ending]
    return forms + list(paradigms.irregular.get(infinitive, ()))
