"""Attack words said of a game (``sport`` in attacks.yaml): "बल्लेबाजों ने गेंदबाजों पर हमला बोला",
"टीम ने विरोधी गोलपोस्ट पर लगातार हमले किए" tell play, no deed of any type. Only where the sentence
names the game (a player, a stroke, a score, a match played) and tells no harm, weapon or thing a
blow is dealt with: "मैच के दौरान दर्शकों ने खिलाड़ियों पर हमला किया जिसमें दो घायल हुए" and "मैच में
हार के बाद प्रशंसकों ने टीम की बस पर पत्थरों से हमला किया" stay attacks. Read by the event stage's
filter (``attack_events.tells_no_attack``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.implicit_actors import holds_phrase, load_implicit_actors
from ghatna.extraction.triggers import TriggerMatch
from ghatna.extraction.victims_told import is_harm
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class Sport:
    patterns: frozenset[str]
    words: frozenset[tuple[str, ...]]
    instruments: frozenset[str]  # things a blow is dealt with (``blows`` in attacks.yaml): stones, sticks


@cache
def load_sport() -> Sport:
    data = load_yaml("attacks.yaml")
    return Sport(frozenset(str(p) for p in data["sport"]["patterns"]),
                 frozenset(tuple(str(w).split()) for w in data["sport"]["words"]),
                 frozenset(str(w) for w in data["blows"]["instruments"]))


def told_of_sport(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A phrase of ``patterns`` in a sentence (``bounds``) with a word of the game and no word of
    harm (``victims_told.is_harm``), weapon (``weapon_words``) or thing a blow is dealt with."""
    rules = load_sport()
    if trig.trigger.pattern not in rules.patterns:
        return False
    words = [t.text for t in doc.tokens[bounds[0]: bounds[1]]]
    weapons = load_implicit_actors().weapon_words | rules.instruments
    if not holds_phrase(words, rules.words) or any(w in weapons for w in words):
        return False
    return not any(is_harm(doc, k) for k in range(*bounds))
