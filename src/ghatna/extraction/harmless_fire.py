"""Firing that harms no one: bullets or shells named by what they are made of, shots into the air
("रबड़ की गोलियां", "आंसू गैस के गोले", "हवा में फायरिंग"), and a celebration's firing ("हर्ष फायरिंग",
"जीत की खुशी में गोलियां चलाईं"), and a shot fired by mistake ("गलती से गोली चल गई", "बंदूक साफ करते
समय गोली चली"): the last two are accidents even when someone is hit (``harmless_fire`` in
attacks.yaml). Read by the attack stage's filter (``attack_events.tells_no_attack``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.event_roles import ends_clause
from ghatna.extraction.roles import load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class HarmlessFire:
    qualifiers: tuple[tuple[str, ...], ...]
    deeds: frozenset[str]
    between: frozenset[str]
    celebrations: frozenset[str]
    celebrated: frozenset[str]
    celebrated_rows: frozenset[str]
    celebration_reach: int
    mistakes: tuple[tuple[str, ...], ...]
    sudden: frozenset[str]
    went_off: frozenset[str]
    went_off_nouns: frozenset[str]
    mistake_reach: int


@cache
def harmless_fire() -> HarmlessFire:
    data = load_yaml("attacks.yaml")["harmless_fire"]
    return HarmlessFire(tuple(tuple(q.split()) for q in data["qualifiers"]), frozenset(data["deeds"]),
                        frozenset(data["between"]), frozenset(data["celebrations"]), frozenset(data["celebrated"]),
                        frozenset(data["celebrated_rows"]), int(data["celebration_reach"]),
                        tuple(tuple(m.split()) for m in data["mistakes"]), frozenset(data["sudden"]),
                        frozenset(data["went_off"]), frozenset(data["went_off_nouns"]), int(data["mistake_reach"]))


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
    anyone (no "पर" right before it); a guest hit by it ("…, जिससे एक बच्ची घायल हो गई") was hit by
    accident."""
    rules = harmless_fire()
    celebrated = doc.tokens[trig.first].text in rules.celebrated or trig.trigger.pattern in rules.celebrated_rows
    if not celebrated or (trig.first > 0 and doc.tokens[trig.first - 1].text == "पर"):
        return False
    for k in range(trig.first - 1, max(bounds[0], trig.first - rules.celebration_reach) - 1, -1):
        if ends_clause(doc, k):
            return False
        if doc.tokens[k].text in rules.celebrations:
            return True
    return False


def is_accidental_fire(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """"गलती से गोली चल गई", "बंदूक साफ करते समय गोली चल गई", "अचानक गोली चलने से सिपाही की मौत": a
    firearm's deed with a phrase of mistake (``mistakes``), or for one shot going off by itself a word
    of suddenness (``sudden``; not a volley, "अचानक गोलियां चलने लगीं"), ending at most ``mistake_reach``
    words before it in its clause with no doer marked between them ("दुकान में सफाई करते समय बदमाशों ने
    दुकानदार को गोली मार दी": the shopkeeper cleaned, the criminals aimed; ``agent_markers``)."""
    rules, agent = harmless_fire(), load_role_words().agent
    if trig.trigger.mode != "firearms":
        return False
    sudden = trig.trigger.pattern in rules.went_off and any(t.text in rules.went_off_nouns
                                                             for t in doc.tokens[trig.first: trig.last])
    for k in range(trig.first - 1, max(bounds[0], trig.first - rules.mistake_reach) - 1, -1):
        if ends_clause(doc, k) or doc.tokens[k].text in agent:
            return False
        if any(words_end_at(doc, k, words) for words in rules.mistakes) or (sudden and doc.tokens[k].text in rules.sudden):
            return True
    return False
