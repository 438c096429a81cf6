"""Firing that harms no one: bullets or shells named by what they are made of, shots into the air
("रबड़ की गोलियां", "आंसू गैस के गोले", "हवा में फायरिंग"), and a celebration's firing ("हर्ष फायरिंग",
"जीत की खुशी में गोलियां चलाईं") that hits no one (``harmless_fire`` in attacks.yaml). Read by the
attack stage's filter (``attack_events.tells_no_attack``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.event_roles import ends_clause
from ghatna.extraction.modality import is_negation, load_modality
from ghatna.extraction.triggers import TriggerMatch
from ghatna.extraction.victims_told import is_harm
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class HarmlessFire:
    qualifiers: tuple[tuple[str, ...], ...]
    deeds: frozenset[str]
    between: frozenset[str]
    celebrations: frozenset[str]
    celebrated: frozenset[str]
    celebration_reach: int


@cache
def harmless_fire() -> HarmlessFire:
    data = load_yaml("attacks.yaml")["harmless_fire"]
    return HarmlessFire(tuple(tuple(q.split()) for q in data["qualifiers"]), frozenset(data["deeds"]),
                        frozenset(data["between"]), frozenset(data["celebrations"]), frozenset(data["celebrated"]),
                        int(data["celebration_reach"]))


def is_harmless_fire(doc: Document, trig: TriggerMatch) -> bool:
    """"पुलिस ने रबड़ की गोलियां चलाईं", "आंसू गैस के गोले दागे", "हवा में फायरिंग की": bullets or shells
    named by what they are made of, or shots into the air (``harmless_fire`` in attacks.yaml)."""
    rules = harmless_fire()
    if doc.tokens[trig.first].text not in rules.deeds:
        return False
    k = trig.first - 1
    if k >= 0 and doc.tokens[k].text in rules.between:
        k -= 1
    return any(words_end_at(doc, k, words) for words in rules.qualifiers)


def words_end_at(doc: Document, k: int, words: tuple[str, ...]) -> bool:
    """The tokens ending at index k are ``words``, with no clause break among them."""
    first = k - len(words) + 1
    if first < 0 or any(ends_clause(doc, j) for j in range(first, k)):
        return False
    return tuple(t.text for t in doc.tokens[first: k + 1]) == words


def is_celebratory_fire(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"बारात में हर्ष फायरिंग की गई", "जीत की खुशी में समर्थकों ने गोलियां चलाईं": firing told with a
    word of celebration at most ``celebration_reach`` words before it in its clause, not aimed at
    anyone (no "पर" right before it) and with no one hit in the rest of the sentence ("…, जिससे एक
    बच्ची घायल हो गई" is an attack on her)."""
    rules = harmless_fire()
    if doc.tokens[trig.first].text not in rules.celebrated or (trig.first > 0 and doc.tokens[trig.first - 1].text == "पर"):
        return False
    start = max(bounds[0], trig.first - rules.celebration_reach)
    near = False
    for k in range(trig.first - 1, start - 1, -1):
        if ends_clause(doc, k):
            break
        near = near or doc.tokens[k].text in rules.celebrations
    return near and not hit_after(doc, trig.last, bounds[1])


def hit_after(doc: Document, first: int, last: int) -> bool:
    """A word of harm, not negated right after it, in tokens[first:last] ("कोई घायल नहीं हुआ" is none)."""
    negations = load_modality()
    return any(is_harm(doc, k) and not any(is_negation(doc.tokens, j, negations) for j in range(k + 1, min(k + 3, last)))
               for k in range(first, last))
