""""To compromise on" is no agreement: "देश की सुरक्षा से कोई समझौता नहीं होगा", "भारत अपने हितों से
समझौता नहीं करेगा", "गुणवत्ता के साथ समझौता". An agreement noun (``compromise`` of
event_roles.yaml: its types and nouns) right after a marker of its partner (से, के साथ; a few
words of "any" between: "कोई", "किसी भी तरह का") whose noun is no actor tells what one gives
ground on, not a deal with anyone; with an actor there ("अमेरिका से समझौता") it is the deal.

events.telling_triggers drops such phrases.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class CompromiseRule:
    types: frozenset[str]
    nouns: frozenset[str]
    markers: tuple[tuple[str, ...], ...]
    between: frozenset[str]


@cache
def compromise_rule() -> CompromiseRule:
    data = load_yaml("event_roles.yaml")["compromise"]
    return CompromiseRule(frozenset(data["types"]), frozenset(data["nouns"]),
                          tuple(tuple(m.split()) for m in data["markers"]), frozenset(data["between"]))


def marker_before(doc: Document, end: int, markers: tuple[tuple[str, ...], ...]) -> int | None:
    """The first token of one of ``markers`` ending just before token ``end``, or None."""
    return next((end - len(m) for m in markers
                 if end - len(m) > 0 and tuple(t.text for t in doc.tokens[end - len(m): end]) == m), None)


def is_compromise(doc: Document, trig: TriggerMatch, slots: list[Slot]) -> bool:
    """An agreement noun whose partner's marker follows a word that is no actor's mention."""
    rule = compromise_rule()
    if trig.trigger.plover not in rule.types or doc.tokens[trig.first].text not in rule.nouns:
        return False
    k = trig.first
    while k > 0 and doc.tokens[k - 1].text in rule.between:
        k -= 1
    start = marker_before(doc, k, rule.markers)
    return start is not None and not any(s.last == start for s in slots)
