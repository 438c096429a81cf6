"""Group nouns a demonstrative points back with: "इस संगठन ने", "उक्त गुट ने", "इस आतंकी संगठन ने".

Hindi news names an organisation once and then goes on with "इस संगठन" or "उक्त गुट"; such a
phrase stands for the nearest organisation named before it whose kind the noun fits
(``demonstrative_groups`` in event_roles.yaml). Used by ``references.sentence_slots``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.roles import Slot, load_role_words, mention_slots, read_marker
from ghatna.resources import load_yaml

REACH = 400  # tokens before the phrase in which the organisation it points back to is sought
RULE = "demonstrative"


@dataclass(frozen=True)
class DemonstrativeWords:
    determiners: frozenset[str]
    nouns: dict[str, frozenset[str]]
    armed_modifiers: frozenset[str]


@cache
def demonstrative_words() -> DemonstrativeWords:
    d = load_yaml("event_roles.yaml")["demonstrative_groups"]
    return DemonstrativeWords(frozenset(d["determiners"]), {k: frozenset(v) for k, v in d["nouns"].items()},
                              frozenset(d["armed_modifiers"]))


def demonstrative_slots(doc: Document, first: int, last: int) -> list[Slot]:
    """A slot for each "इस/उक्त (आतंकी) संगठन" of tokens[first:last] whose organisation is named before it."""
    words = demonstrative_words()
    slots = []
    for i in range(first, last - 1):
        if doc.tokens[i].text not in words.determiners:
            continue
        found = read_phrase(doc, i + 1, last)
        if found is None:
            continue
        kinds, end = found
        org = earlier_organisation(doc, i, kinds)
        if org is not None:
            marker, marker_end = read_marker(doc.tokens, end, load_role_words())
            slots.append(Slot([org], i, end, marker, marker_end, rule=RULE))
    return slots


def read_phrase(doc: Document, i: int, last: int) -> tuple[frozenset[str], int] | None:
    """The kinds the group noun at token i (after an optional modifier of violence) fits, and the
    index after the noun."""
    words = demonstrative_words()
    armed = doc.tokens[i].text in words.armed_modifiers
    k = i + 1 if armed else i
    kinds = words.nouns.get(doc.tokens[k].text) if k < last else None
    if not kinds:
        return None
    return (kinds & {"armed_group"} if armed else kinds), k + 1


def earlier_organisation(doc: Document, before: int, kinds: frozenset[str]) -> Entity | None:
    """The nearest organisation of one of ``kinds`` named within ``REACH`` tokens before token ``before``."""
    found = None
    for slot in mention_slots(doc, max(0, before - REACH), before):
        ent = slot.entities[0]
        if ent.type == "ORG" and ent.kind in kinds:
            found = ent
    return found
