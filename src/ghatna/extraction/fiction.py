"""Deeds told of a work of fiction (``fiction`` in attacks.yaml): "फिल्म में आतंकी संसद पर हमला करते
हैं" tells what happens in the film, no deed. Not a documentary ("डॉक्यूमेंट्री फिल्म में"), which
tells real deeds; nor a deed whose clause "में" does not open: a non-finite verb ("फिल्म में रोल
दिलाने के नाम पर", "काम दिलाने वाला", "झांसा देकर") or an agent marked ने after "में" tells a real
deed done around a film. What a work is said to show ("सीरीज में दिखाया गया है कि …") is its own
content, a "कि" opening it before any of these."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class Fiction:
    works: frozenset[str]
    marker: str
    documentary: frozenset[str]
    content_openers: frozenset[str]
    agent_marks: frozenset[str]
    participles: frozenset[str]
    infinitive_ending: str
    converb_endings: tuple[str, ...]
    not_verbs: frozenset[str]


@cache
def load_fiction() -> Fiction:
    data = load_yaml("attacks.yaml")["fiction"]
    return Fiction(frozenset(data["works"]), str(data["marker"]), frozenset(data["documentary"]),
                   frozenset(data["content_openers"]), frozenset(data["agent_marks"]), frozenset(data["participles"]),
                   str(data["infinitive_ending"]), tuple(data["converb_endings"]), frozenset(data["not_verbs"]))


def opens_real_deed(word: str, rules: Fiction) -> bool:
    """An agent's mark, a participle in वाला, an oblique infinitive ("दिलाने") or a converb ("देकर")."""
    if word in rules.agent_marks or word in rules.participles:
        return True
    if word in rules.not_verbs or len(word) <= 2:
        return False
    return word.endswith((rules.infinitive_ending, *rules.converb_endings))


def told_of_fiction(doc: Document, trig: TriggerMatch, bounds: tuple[int, int]) -> bool:
    """A work of fiction (``works``, not after a ``documentary`` word) then "में" before the deed in
    its sentence, with nothing between that tells a real deed (``opens_real_deed``) before a "कि"
    opens the work's content."""
    rules, tokens = load_fiction(), doc.tokens
    for k in range(bounds[0], trig.first - 1):
        if tokens[k].text not in rules.works or tokens[k + 1].text != rules.marker:
            continue
        if k > bounds[0] and tokens[k - 1].text in rules.documentary:
            continue
        for j in range(k + 2, trig.first):
            word = tokens[j].text
            if word in rules.content_openers:
                return True
            if opens_real_deed(word, rules):
                break
        else:
            return True
    return False
