"""Events told by their agent alone, and the actors that are no target of theirs.

- A refusal (REJECT) whose proposer the sentence leaves unnamed is one only when what is refused
  is a thing offered, asked or claimed ("बातचीत की पेशकश ठुकरा दी") or a concession ("कानून वापस लेने
  से इनकार"): ``refused_alone``, ``refusals_alone`` in event_roles.yaml. A refusal to do anything
  else ("डॉक्टरों ने मरीज को भर्ती करने से मना कर दिया") tells no event without whom it answers.
- A shipment of a ``received`` row (grain, doses) is aid only to whom it is sent, told with को or
  के लिए ("भारत ने नेपाल को गेहूं भेजा"), not a place or market it goes to: ``names_recipient``.
- The owner of the units a deployment's agent sends, told right before them ("एनडीआरएफ की टुकड़ी रवाना
  की"), or forces told right before the trigger ("सुरक्षा बल तैनात किए"), are the force sent, not whom
  it is sent against (``sent_force``, ``unit_owners`` in event_roles.yaml): kept as ``Roles.forces``,
  they make the event as sure as a target would.

events.py reads these when it makes an event's sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ghatna.document import Document, Entity
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.event_roles import Roles
from ghatna.extraction.roles import Slot, load_role_words
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml
from ghatna.text.numbers import parse_number
from ghatna.text.tokens import word_key

RECEIVED_MARKERS = frozenset({"को", "के लिए"})  # whom a shipment is sent to
FORCE_SECTORS = frozenset({"MIL", "COP"})  # units told as actors ("जवान", "पुलिसकर्मी")


@dataclass(frozen=True, slots=True)
class Refusals:
    reach: int
    things: frozenset[str]
    concessions: frozenset[str]


@cache
def load_refusals() -> Refusals:
    data = load_yaml("event_roles.yaml")["refusals_alone"]
    return Refusals(int(data["reach"]), frozenset(word_key(w) for w in data["things"]),
                    frozenset(word_key(w) for w in data["concessions"]))


def refused_alone(doc: Document, trig: TriggerMatch, first: int) -> bool:
    """A REJECT with no target named is told when a thing offered, asked or claimed, or a
    concession, is named in the trigger or in the ``reach`` words before it, in its clause
    (from token ``first``, the sentence's first). Every other type: True."""
    if trig.trigger.plover != "REJECT":
        return True
    rules = load_refusals()
    start = max(first, trig.first - rules.reach)
    for k in range(trig.last - 1, start - 1, -1):
        if doc.tokens[k].key in rules.things or doc.tokens[k].key in rules.concessions:
            return True
        if k < trig.first and ends_clause(doc, k):
            return False
    return False


@cache
def unit_owners() -> tuple[frozenset[str], frozenset[str]]:
    """The deployment types, and the word keys of the units a deployment sends."""
    data = load_yaml("event_roles.yaml")["unit_owners"]
    return frozenset(data["types"]), frozenset(word_key(w) for w in data["units"])


def sent_force(doc: Document, slots: list[Slot], trig: TriggerMatch, roles: Roles) -> list[Entity]:
    """The force a deployment's agent sends among its targets: the owner of the units, told in the
    genitive right before the trigger with at most numbers and unit words between ("सीआरपीएफ की दस
    टुकड़ियां रवाना कीं"), or forces told unmarked right before it ("अतिरिक्त सुरक्षा बल तैनात किए"). A
    deployment told without its agent keeps them: whose force it is tells its side."""
    types, units = unit_owners()
    if trig.trigger.plover not in types or not roles.targets or roles.rule != "agent":
        return []
    genitive = load_role_words().genitive
    owners = {e.key for s in slots if (s.marker in genitive or (s.marker == "" and all(
        e.sector in FORCE_SECTORS for e in s.entities))) and s.marker_end <= trig.first
              and all(t.key in units or parse_number(t.text) is not None for t in doc.tokens[s.marker_end: trig.first])
              for e in s.entities}
    return [t for t in roles.targets if t.key in owners]


def send_force(doc: Document, slots: list[Slot], trig: TriggerMatch, roles: Roles) -> None:
    """Move the force sent (``sent_force``) from the targets to ``roles.forces``."""
    sent = sent_force(doc, slots, trig, roles)
    if sent:
        roles.forces = sent
        roles.targets = [t for t in roles.targets if t not in sent]


def names_recipient(slots: list[Slot], trig: TriggerMatch, targets: list[Entity]) -> bool:
    """A target is told as whom the shipment is sent to (``RECEIVED_MARKERS``) before the trigger."""
    keys = {t.key for t in targets}
    return any(s.marker in RECEIVED_MARKERS and s.last <= trig.first and keys & {e.key for e in s.entities}
               for s in slots)
