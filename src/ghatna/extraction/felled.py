"""Armed men or criminals told as fallen ("दो घुसपैठिए ढेर", "शोपियां में तीन आतंकी मारे गए"):
a word of falling (``felled`` in attacks.yaml) after a bare group, in a sentence with no attack
phrase of its own, is the deed of the forces that felled them. Read by the event stage (``events``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.event_roles import Roles, ends_clause
from ghatna.extraction.implicit_actors import holds_phrase, load_implicit_actors
from ghatna.extraction.implied_actors import implicit_actor
from ghatna.extraction.paradigms import load_paradigms
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import Trigger, TriggerMatch
from ghatna.resources import load_yaml

FELLED = Trigger("felled", ("felled",), "ASSAULT", None, "190", -10.0, True, "सोपोर में दो आतंकी ढेर")


@dataclass(frozen=True, slots=True)
class FelledWords:
    words: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    heads: frozenset[str]  # the first word of each, to pass over a sentence quickly


@cache
def felled_words() -> FelledWords:
    data = load_yaml("attacks.yaml")["felled"]
    words = sorted((tuple(w.split()) for w in data["words"]), key=len, reverse=True)
    return FelledWords(tuple(words), frozenset(data["auxiliaries"]), frozenset(w[0] for w in words))


def felled_matches(doc: Document, slots: list[Slot], bounds: tuple[int, int], told: list[TriggerMatch]
                   ) -> list[TriggerMatch]:
    """"दो घुसपैठिए ढेर", "शोपियां में तीन आतंकी मारे गए": a bare group of armed men or criminals
    right before a word of falling (``felled`` in attacks.yaml) that ends its clause, in a sentence
    with no attack phrase of its own (``told``) and telling no accident: the deed of the forces
    that felled them, as a phrase of its own (read by ``felled_roles``)."""
    sides = load_implicit_actors().encounter_sources
    if any(t.trigger.plover == "ASSAULT" for t in told):
        return []
    for slot in slots:
        if slot.marker or slot.last >= bounds[1] or not any(e.sector in sides for e in slot.entities):
            continue
        at = slot.last + (doc.tokens[slot.last].text in load_paradigms().particles)  # "दो आतंकवादी भी मारे गए"
        size = felled_at(doc, at, bounds[1])
        if size:
            if names_accident(doc, bounds):
                return []
            return [TriggerMatch(FELLED, at, at + size, doc.tokens[at].start, doc.tokens[at + size - 1].end)]
    return []


def names_accident(doc: Document, bounds: tuple[int, int]) -> bool:
    """The sentence names an accident, a disaster or an illness (``accident_words``), weapons or
    not: "सड़क हादसे में दो बदमाश मारे गए" tells no fall in a fight."""
    words = [t.text for t in doc.tokens[bounds[0]: bounds[1]]]
    return holds_phrase(words, load_implicit_actors().accident_words)


def felled_word_in(doc: Document, first: int, last: int) -> bool:
    """Tokens first..last hold the first word of a word of falling (``felled`` in attacks.yaml)."""
    heads = felled_words().heads
    return any(t.text in heads for t in doc.tokens[first: last])


def felled_at(doc: Document, k: int, end: int) -> int:
    """The length of a word of falling at token k that ends its clause or is followed by an
    auxiliary ("ढेर हो गए", "मारे गए हैं"), else 0."""
    rules = felled_words()
    for words in rules.words:
        last = k + len(words)
        if last > end or tuple(t.text for t in doc.tokens[k: last]) != words:
            continue
        if last >= end or ends_clause(doc, last - 1) or doc.tokens[last].text in rules.auxiliaries:
            return len(words)
    return 0


def felled_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """The fallen group right before a ``felled_matches`` phrase is the target; the forces of its
    country (``encounter`` sources: the military for militants, the police for criminals) the source."""
    sides = load_implicit_actors().encounter_sources
    slot = next((s for s in slots if trig.first - 1 <= s.last <= trig.first and not s.marker), None)
    fallen = [e for e in slot.entities if e.sector in sides] if slot is not None else []
    if not fallen:
        return None
    return Roles([implicit_actor(doc, sides[fallen[0].sector or ""], bounds, fallen)], fallen, "encounter")
