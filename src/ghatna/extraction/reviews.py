"""Directions given at a review: a passive order after its giver's review or meeting.

"गृह मंत्री ने आवश्यक वस्तुओं की समीक्षा की है, जमाखोरी रोकने के निर्देश भी दिए गए हैं",
"मुख्यमंत्री ने टीम-11 के साथ बैठक की, जिसमें जिलों को राशन बांटने के निर्देश दिए गए": the
directions have no agent of their own, and the one who reviewed (the ने agent of the earlier
clause, which tells a review, a meeting or an inspection: ``reviews`` in reviews.yaml) gave
them. Whom to: the actor marked को in the directions' own clause, else the officials of the
giver's country (``addressee``). Only in one sentence, and only an order word (directives.heads
of event_roles.yaml) told in the passive with no agent of its own (no ने, no द्वारा).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document
from ghatna.extraction.actors import GenericActor, country_entity, generic_entity
from ghatna.extraction.clause_openings import clause_start
from ghatna.extraction.directives import load_directives
from ghatna.extraction.event_roles import Roles, is_passive
from ghatna.extraction.implicit_actors import actor_spec
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key


@dataclass(frozen=True, slots=True)
class Reviews:
    reviews: frozenset[tuple[str, ...]]
    joins: frozenset[str]
    addressee: GenericActor


@cache
def load_reviews() -> Reviews:
    data = load_yaml("reviews.yaml")
    addressee = actor_spec(data["addressee"])
    if addressee is None:
        raise ValueError("reviews.yaml: addressee must be a generic actor")
    return Reviews(reviews=frozenset(tuple(word_key(w) for w in str(p).split()) for p in data["reviews"]),
                   joins=frozenset(word_key(str(w)) for w in data["joins"]), addressee=addressee)


def review_directions(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """The giver and addressees of directions told in the passive after a review in the same
    sentence; None when the trigger is no such direction."""
    spec = load_reviews()
    if trig.trigger.plover != "REQUEST" or doc.tokens[trig.first].key not in load_directives().heads \
            or not is_passive(doc, trig, bounds[1]):
        return None
    opening = clause_start(doc, bounds[0], trig.first, load_reviews().joins, folded=True)
    agents = load_role_words().agent
    if opening <= bounds[0] or any(s.marker in agents for s in slots if opening <= s.first < trig.first):
        return None
    giver = next((s for s in reversed(slots) if s.marker in agents and bounds[0] <= s.first and s.last <= opening), None)
    if giver is None or not tells_review(doc, giver.marker_end, opening):
        return None
    told = [s for s in slots if s.marker == "को" and opening <= s.first and s.last <= trig.first]
    home = country_entity(doc, next((e.country for e in giver.entities if e.country), None))
    targets = list(told[-1].entities) if told else [generic_entity(spec.addressee, home)]
    return Roles(list(giver.entities), targets, "review")


def tells_review(doc: Document, start: int, stop: int) -> bool:
    """A review, meeting or inspection word between tokens start and stop."""
    keys = [t.key for t in doc.tokens[start:stop]]
    return any(tuple(keys[i:i + len(p)]) == p for p in load_reviews().reviews for i in range(len(keys)))
