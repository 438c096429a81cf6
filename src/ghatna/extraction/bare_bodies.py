"""Bodies told bare: "पुलिस ने", "सेना ने" stand for the one such body the article names.

Hindi news names a force once in full ("दिल्ली पुलिस", "भारतीय सेना") and tells it bare elsewhere
in the story ("पुलिस ने बताया", "सेना ने … सलाम किया"), before or after the full name. A bare body
word (``bare_body_words`` in event_roles.yaml) told bare (a case marker, "और" or punctuation after
it) is that body when the article names exactly one organisation of the same country and sector
whose name, as the text writes it, ends in that word ("दिल्ली पुलिस" for "पुलिस", "भारतीय सेना" for
"सेना", not "भारतीय वायुसेना"); two such bodies ("दिल्ली पुलिस", "यूपी पुलिस"), or none, leave the
word generic. Two papers' reports of one deed, one naming the force and one telling it bare, then
name the same actor. Runs after ``localise``, which gives the bare word its country.
"""

from __future__ import annotations

from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import located_at, place_mentions
from ghatna.extraction.bare_offices import told_bare
from ghatna.extraction.roles import Slot, all_mention_slots, load_role_words
from ghatna.resources import load_yaml


@cache
def bare_body_words() -> frozenset[str]:
    return frozenset(load_yaml("event_roles.yaml")["bare_body_words"])


def resolve_bodies(doc: Document, slots: list[Slot], pronouns: list[Slot], first: int, last: int) -> None:
    """Each generic slot of one bare body word in the sentence tokens[first:last] becomes the
    article's one body so named (``sole_body``), where there is one, the sentence is not set in a
    place apart from it (``placed_apart``) and no other actor of the sentence (a slot or a
    pronoun's, ``pronouns``) is that body already: "पुलिस ने उसे गिरफ्तार किया" with "उसे" read as
    the force would make it arrest itself."""
    for slot in slots:
        ent = slot.entities[0]
        if slot.rule != "generic" or len(slot.entities) != 1 or ent.kind != "generic" or slot.last - slot.first != 1:
            continue
        word = doc.tokens[slot.first].text
        if word not in bare_body_words() or not told_bare(doc, slot) or owned(doc, slot):
            continue
        body = sole_body(doc, word, ent)
        if body is not None and not placed_apart(doc, body, first, last) and not any(e.key == body.key for other in slots + pronouns if other is not slot
                                        for e in other.entities):
            slot.entities = [body]


def owned(doc: Document, slot: Slot) -> bool:
    """A genitive right before the word: "राज्यों की पुलिस", "जिले की पुलिस" are some owner's force."""
    return slot.first > 0 and doc.tokens[slot.first - 1].text in load_role_words().genitive


def placed_apart(doc: Document, body: Entity, first: int, last: int) -> bool:
    """The sentence tokens[first:last] tells where it happens ("पटना में") and no name of ``body``
    holds that place: "दिल्ली पुलिस" is not the force of "पटना में पुलिस ने"; "लखनऊ में पुलिस ने"
    may be "लखनऊ पुलिस"."""
    lo, hi = doc.tokens[first].start, doc.tokens[last - 1].end
    names = [doc.body[m.start:m.end] for m in body.mentions]
    return any(lo <= start < hi and located_at(doc, end) and not any(doc.body[start:end] in n for n in names)
               for start, end, _ in place_mentions(doc))


def sole_body(doc: Document, word: str, generic: Entity) -> Entity | None:
    """The one organisation of the generic's country and sector the article names with a name of
    two words or more whose last word is ``word``."""
    found = {}
    for slot in all_mention_slots(doc):
        ent = slot.entities[0]
        if ent.type != "ORG" or ent.kind in ("generic", "unknown") or not ent.country:
            continue
        if ent.country != generic.country or ent.sector != generic.sector:
            continue
        words = [t.text for t in doc.tokens[slot.first: slot.last]]
        if len(words) >= 2 and words[-1] == word:
            found[ent.key] = ent
    return next(iter(found.values())) if len(found) == 1 else None
