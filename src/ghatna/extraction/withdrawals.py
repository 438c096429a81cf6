"""Troops taken out: a withdrawal is told from a named country or territory.

"तुर्की ने सीरिया के दो कस्बों से अपनी सेना को हटा लिया", "अमेरिका ने इराक से सैनिक हटाए": troops
taken out of a place a state or a territory names are a withdrawal (RETREAT). Troops moved from a
post to another ("सैनिकों को हटाकर दूसरी चौकियों पर भेज दिया") or taken off a duty ("अस्पतालों से
सेना को हटा लिया") are no retreat from a side: the rows of ``troops_removed`` in event_roles.yaml
need a से-place of a named country or territory before them in their clause, and tell nothing as
a converb (हटाकर).
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@cache
def troops_removed() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], int]:
    rule = load_yaml("event_roles.yaml")["troops_removed"]
    return (frozenset(rule["patterns"]), frozenset(rule["place_types"]), frozenset(rule["from"]),
            frozenset(rule["converbs"]), int(rule["reach"]))


def is_no_withdrawal(doc: Document, trig: TriggerMatch, slots: list[Slot]) -> bool:
    """A ``troops_removed`` row told as a converb, or with no named place it takes the troops from."""
    patterns, _, _, converbs, _ = troops_removed()
    if trig.trigger.pattern not in patterns:
        return False
    verb = doc.tokens[trig.last - 1].text
    nxt = doc.tokens[trig.last].text if trig.last < len(doc.tokens) else ""
    if verb.endswith(tuple(converbs)) or nxt in converbs:
        return True  # "सैनिकों को हटाकर … भेज दिया": moved on, not withdrawn
    return not any(is_left_place(doc, s, trig) for s in slots)


def is_left_place(doc: Document, slot: Slot, trig: TriggerMatch) -> bool:
    """A country or territory (``place_types``) before the trigger in its clause with से within
    ``reach`` words after it ("इराक से", "सीरिया के दो कस्बों से", "भारत से लगी सीमा से")."""
    _, place_types, marks, _, reach = troops_removed()
    if slot.last > trig.first or not any(e.type in place_types for e in slot.entities):
        return False
    if any(ends_clause(doc, k) for k in range(slot.last - 1, trig.first)):
        return False
    return any(doc.tokens[k].text in marks for k in range(slot.last, min(trig.first, slot.last + reach)))
