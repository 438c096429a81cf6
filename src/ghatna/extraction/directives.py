"""Whom an order is given to when no addressee is read: the class of institutions its clause names.

"कलेक्टर ने जिले के विद्यालयों और कोचिंग सेंटरों को दस दिन बंद रखने के निर्देश दिए", "विभाग ने राज्य के सभी
कॉलेज बंद करने का आदेश दिया है", "डीजीसीए ने सभी एयरलाइंस के लिए गाइडलाइंस जारी कीं": an order,
instruction, guideline or notice (``directives.heads`` in event_roles.yaml) whose clause names a class
of schools, hospitals or businesses (``directives.classes``) between its giver and the order word is a
REQUEST of the giver to that class, a group of the giver's country (GUIDELINES R1, R28). Told in the
passive or as a headline with no giver ("सभी स्कूल बंद रखने का आदेश दिया गया है", "कॉलेज को नोटिस
जारी किया गया"), the order is given by the authorities of the sentence's country (R2).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.actors import GenericActor, country_entity, generic_entity
from ghatna.extraction.agentless import has_agent, implicit_actor
from ghatna.extraction.event_roles import Roles, ends_clause, is_passive, reported_clause
from ghatna.extraction.paradigms import noun_forms
from ghatna.extraction.roles import Slot, acts_as_government, government_of, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

CLASS_WORDS = 3  # the longest form of a class ("सिनेमा हॉल", "आंगनबाड़ी केंद्र")


@dataclass(frozen=True, slots=True)
class Directives:
    heads: frozenset[str]
    giver: GenericActor
    places: frozenset[str]
    reopening: frozenset[str]
    classes: dict[tuple[str, ...], GenericActor]


@cache
def load_directives() -> Directives:
    spec = load_yaml("event_roles.yaml")["directives"]
    classes: dict[tuple[str, ...], GenericActor] = {}
    for row in spec["classes"]:
        actor = GenericActor(row["label"], row["sector"], None, "generic")
        for form in row["forms"]:
            for variant in inflected(form):
                classes.setdefault(tuple(word_key(w) for w in variant.split()), actor)
    giver = GenericActor(spec["giver"]["label"], spec["giver"]["sector"], None, "generic")
    return Directives(keys(spec["heads"]), giver, keys(spec["places"]), keys(spec["reopening"]), classes)


def keys(words: list[str]) -> frozenset[str]:
    return frozenset(word_key(w) for w in words)


def inflected(form: str) -> list[str]:
    """"विमानन कंपनी+" → विमानन कंपनी, विमानन कंपनियों, …: only the last word inflects."""
    if not form.endswith("+"):
        return [form]
    head, _, last = form[:-1].rpartition(" ")
    return [f"{head} {w}".strip() for w in noun_forms(last)]


def is_directive(doc: Document, trig: TriggerMatch) -> bool:
    """A REQUEST told by an order word ("आदेश दिया", "निर्देश जारी किए", "नोटिस")."""
    heads = load_directives().heads
    return trig.trigger.plover == "REQUEST" and any(t.key in heads for t in doc.tokens[trig.first: trig.last])


def order_start(doc: Document, slots: list[Slot], trig: TriggerMatch, first: int) -> int:
    """Where the order's own words begin: after its giver ("X ने"), a "… कहा कि", or the last clause break."""
    agents = [s.marker_end for s in slots if s.marker_end <= trig.first and s.marker in load_role_words().agent]
    start = max([first, reported_clause(doc, first, trig.first)[0], *agents])
    breaks = [k + 1 for k in range(start, trig.first) if ends_clause(doc, k)]
    return max([start, *breaks])


def directed_class(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int],
                   givers: list[Entity]) -> list[Entity]:
    """The class of institutions an order names first before its order word, outside any named actor
    ("सभी स्कूल, कॉलेज और सिनेमाघर बंद करने का आदेश": one order, to the schools' class), a group of the
    givers' country (else the sentence's)."""
    start = order_start(doc, slots, trig, bounds[0])
    if any(t.key in load_directives().reopening for t in doc.tokens[start: trig.last]):
        return []  # "सभी दुकानें खोलने का निर्देश": a restriction eased, no demand of the shops
    actor = first_class(doc, slots, start, trig.first)
    if actor is None:
        return []
    home = country_entity(doc, next((e.country for e in givers if e.country), None))
    if home is None:
        home = country_entity(doc, implicit_actor(doc, load_directives().giver, bounds, []).country)
    return [generic_entity(actor, home)]


def first_class(doc: Document, slots: list[Slot], start: int, stop: int) -> GenericActor | None:
    """The first form of ``directives.classes`` among tokens[start:stop] that no named actor covers and
    no locative follows (``places``)."""
    spec = load_directives()
    named = {k for s in slots for k in range(s.first, s.last)}
    for k in range(start, stop):
        for n in range(min(CLASS_WORDS, stop - k), 0, -1):
            actor = spec.classes.get(tuple(t.key for t in doc.tokens[k: k + n]))
            if actor is not None and k not in named:
                return None if k + n < stop and doc.tokens[k + n].key in spec.places else actor
    return None


def directive_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """An order to a class of institutions told in the passive or as a headline, no giver named
    ("सभी स्कूल बंद करने का आदेश दिया गया है", "कॉलेज को नोटिस जारी किया गया है"): the government of
    the state or city it is told for, else the authorities of the sentence's country, to that class.
    An order in the passive to an actor ("राज्य सरकार को निर्देश दिया गया है") is most often one told
    before, or by a giver only the article knows: none."""
    if not is_directive(doc, trig) or has_agent(doc, trig, bounds) or not is_passive(doc, trig, bounds[1]):
        return None
    targets = directed_class(doc, slots, trig, bounds, [])
    if not targets:
        return None
    return Roles([place_giver(slots, trig) or implicit_actor(doc, load_directives().giver, bounds, targets)],
                 targets, "implicit")


def place_giver(slots: list[Slot], trig: TriggerMatch) -> Entity | None:
    """"उत्तराखंड में सभी स्कूल बंद करने का आदेश दिया गया है": an order told in the passive for a state
    or city (the place marked में before it) is that place's government's."""
    places = [s for s in slots if s.last <= trig.first and s.marker == "में" and len(s.entities) == 1
              and acts_as_government(s.entities[0])]
    return government_of(places[-1].entities[0]) if places else None
