"""Attack words said of a game (``sport`` in attacks.yaml): "बल्लेबाजों ने गेंदबाजों पर हमला बोला",
"टीम ने विरोधी गोलपोस्ट पर लगातार हमले किए" tell play, no deed of any type. Only where the game is
what is attacked or where (a player, a stroke, a score, a match played at most ``reach`` words before
the attack word, not its doer marked ने: "गांव के पहलवानों ने दलित युवक पर हमला किया" and "पेनल्टी
वसूलने गए अधिकारियों पर दुकानदारों ने हमला किया" stay attacks) and the sentence tells no harm, weapon or thing a
blow is dealt with: "मैच के दौरान दर्शकों ने खिलाड़ियों पर हमला किया जिसमें दो घायल हुए" and "मैच में
हार के बाद प्रशंसकों ने टीम की बस पर पत्थरों से हमला किया" stay attacks. Read by the event stage's
filter (``attack_events.tells_no_attack``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.implicit_actors import load_implicit_actors
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.extraction.victims_told import is_harm
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class Sport:
    patterns: frozenset[str]
    words: frozenset[tuple[str, ...]]
    instruments: frozenset[str]  # things a blow is dealt with (``blows`` in attacks.yaml): stones, sticks
    reach: int  # words at most between a word of the game and the attack word


@cache
def load_sport() -> Sport:
    data = load_yaml("attacks.yaml")
    return Sport(frozenset(str(p) for p in data["sport"]["patterns"]),
                 frozenset(tuple(str(w).split()) for w in data["sport"]["words"]),
                 frozenset(str(w) for w in data["blows"]["instruments"]), int(data["sport"]["reach"]))


def told_of_sport(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A phrase of ``patterns`` in a sentence (``bounds``) with a word of the game said of what is
    attacked or where (``game_near``) and no word of harm (``victims_told.is_harm``), weapon
    (``weapon_words``) or thing a blow is dealt with."""
    rules = load_sport()
    if trig.trigger.pattern not in rules.patterns:
        return False
    words = [t.text for t in doc.tokens[bounds[0]: bounds[1]]]
    weapons = load_implicit_actors().weapon_words | rules.instruments
    if not game_near(doc, trig, bounds) or any(w in weapons for w in words):
        return False
    return not any(is_harm(doc, k) for k in range(*bounds))


def game_near(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A word of the game (``sport.words``) with at most ``reach`` words between it and the attack word
    and not marked as its doer ("बल्लेबाजों ने"): the player or team attacked ("गेंदबाजों पर हमला
    बोला"), the match it is told in ("मैच में पाकिस्तान पर करारा हमला बोला")."""
    rules, agent = load_sport(), load_role_words().agent
    tokens = doc.tokens
    for end in range(max(bounds[0], trig.first - rules.reach - 1), trig.first):
        if tokens[end].text in agent:
            continue
        after = tokens[end + 1].text if end + 1 < len(tokens) else ""
        if after not in agent and any(tuple(t.text for t in tokens[end - len(w) + 1: end + 1]) == w
                                      for w in rules.words if end - len(w) + 1 >= bounds[0]):
            return True
    return False
