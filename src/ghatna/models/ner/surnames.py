"""A person named again by the last word of a full name given before ("अली" after "राष्ट्रपति इरफ़ान अली").

The ``ner`` stage indexes the full names of people by their last word as it adds them; a one-word
name the model finds later is the person whose full name with that last word came nearest before it.
"""

from __future__ import annotations

from bisect import bisect_right, insort

from ghatna.document import Entity, Span
from ghatna.models.ner.model import Prediction

Surnames = dict[str, list[tuple[int, int, Entity]]]  # last word -> (end, order, person) of full names, by end


def index_surnames(entities: list[Entity]) -> Surnames:
    surnames: Surnames = {}
    for entity in entities:
        for m in entity.mentions:
            note_surname(entity, m, surnames)
    return surnames


def note_surname(entity: Entity, mention: Span, surnames: Surnames) -> None:
    words = mention.text.split()
    if entity.type == "PERSON" and len(words) > 1:
        found = surnames.setdefault(words[-1], [])
        insort(found, (mention.end, len(found), entity), key=lambda item: item[:2])


def add_mention(entity: Entity, mention: Span, surnames: Surnames) -> None:
    entity.mentions.append(mention)
    note_surname(entity, mention, surnames)


def surname_of(surnames: Surnames, etype: str, pred: Prediction) -> Entity | None:
    """The person named earlier in full whose last word this one-word name is ("अली" after
    "राष्ट्रपति इरफ़ान अली"): the nearest such mention before it."""
    if etype != "PERSON" or " " in pred.text:
        return None
    found = surnames.get(pred.text, [])
    k = bisect_right(found, pred.start, key=lambda item: item[0])
    return found[k - 1][2] if k else None
