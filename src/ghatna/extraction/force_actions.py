"""Action by a force told only by the harm it did ("पुलिस की कार्रवाई में दो लोगों की जान गई"): an
attack when harm follows and a force owns the action, else action told in passing
(``harmful_action`` in attacks.yaml). Read by ``attack_events.tells_no_attack``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.actors import match_generic
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.extraction.victims_told import counted_harm, harm_in_clause
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class HarmfulAction:
    patterns: frozenset[str]
    owner_sectors: frozenset[str]
    owner_reach: int


@cache
def harmful_action() -> HarmfulAction:
    data = load_yaml("attacks.yaml")["harmful_action"]
    return HarmfulAction(frozenset(data["patterns"]), frozenset(data["owner_sectors"]), int(data["owner_reach"]))


def action_in_passing(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"पुलिस की कार्रवाई में पांच गिरफ्तार", "अदालत की कार्रवाई में": a word of action
    (``harmful_action``) tells an attack only with harm after it and a force as its owner."""
    rules = harmful_action()
    if trig.trigger.pattern not in rules.patterns:
        return False
    harmed = harm_in_clause(doc, trig.last) or counted_harm(doc, trig, bounds)
    return not (harmed and force_owned(doc, trig.first, rules))


def force_owned(doc: Document, first: int, rules: HarmfulAction) -> bool:
    """A genitive right before token ``first`` after a bare word of a force ("पुलिस की", "सेना की")."""
    marker = first - 1
    if marker < 1 or doc.tokens[marker].text not in load_role_words().genitive:
        return False
    for start in range(max(0, marker - rules.owner_reach), marker):
        found = match_generic(doc, start)
        if found is not None and found[1] == marker and found[0].sector in rules.owner_sectors:
            return True
    return False
