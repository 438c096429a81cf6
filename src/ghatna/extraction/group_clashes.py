"""A fight between two groups the text counts but does not name ("दो गुटों में संघर्ष", "दो पक्षों के बीच
मारपीट हुई", "दोनों गुटों के बीच हुई झड़प में चार लोग घायल"): both sides are groups of the place, the
one the source and the other the target (GUIDELINES R19: one group as source and the other as target).
Data: ``group_clashes`` in attacks.yaml. Read by the event stage's role finder (``events.find_roles``)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from ghatna.document import Document, Event
from ghatna.extraction.actors import GenericActor
from ghatna.extraction.event_roles import Roles, ends_clause
from ghatna.extraction.implied_actors import implicit_actor
from ghatna.extraction.roles import Slot, is_place
from ghatna.extraction.triggers import TriggerMatch
from ghatna.resources import load_yaml


@dataclass(frozen=True, slots=True)
class GroupClashes:
    counts: frozenset[str]
    groups: frozenset[str]
    markers: frozenset[str]
    modes: frozenset[str]
    reach: int
    sides: tuple[GenericActor, GenericActor]
    fights: frozenset[str]
    fight_as: tuple[str, str, str, float]  # the riot's type, mode, CAMEO code and Goldstein score


@cache
def group_clashes() -> GroupClashes:
    data = load_yaml("attacks.yaml")["group_clashes"]
    one, other = (GenericActor(str(s["label"]), s.get("sector"), None, "generic") for s in data["sides"])
    riot = data["fight_as"]
    fight_as = (str(riot["type"]), str(riot["mode"]), str(riot["cameo"]), float(riot["goldstein"]))
    return GroupClashes(frozenset(data["counts"]), frozenset(data["groups"]), frozenset(data["markers"]),
                        frozenset(data["modes"]), int(data["reach"]), (one, other), frozenset(data["fights"]), fight_as)


def group_clash_roles(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> Roles | None:
    """"दो गुटों में संघर्ष हुआ": an attack, or a riot or clash, told right after two groups counted and
    not named (``counts_two_groups``) is one group's on the other, both of the sentence's place."""
    rules = group_clashes()
    if trig.trigger.plover != "ASSAULT" and trig.trigger.mode not in rules.modes:
        return None
    if not any(counts_two_groups(doc, s, trig, rules) for s in slots) or names_a_pair(slots, trig):
        return None
    one, other = (implicit_actor(doc, side, bounds, []) for side in rules.sides)
    return Roles([one], [other], "between")


def fight_as_riot(doc: Document, slots: list[Slot], trig: TriggerMatch, bounds: tuple[int, int]) -> TriggerMatch | None:
    """"दो गुटों में मारपीट हो गई": a scuffle (``fights``) between two groups counted and not named is
    a riot (GUIDELINES R19): the trigger retyped as ``fight_as`` says, or None for any other phrase."""
    rules = group_clashes()
    if trig.trigger.pattern not in rules.fights or group_clash_roles(doc, slots, trig, bounds) is None:
        return None
    plover, mode, cameo, goldstein = rules.fight_as
    return replace(trig, trigger=replace(trig.trigger, plover=plover, mode=mode, cameo=cameo, goldstein=goldstein))


def is_fight_riot(event: Event) -> bool:
    """A riot ``fight_as_riot`` made of a scuffle: its type is ``fight_as``'s, its phrase one of ``fights``."""
    rules = group_clashes()
    return event.type == rules.fight_as[0] and event.trigger.rule.split(":", 2)[-1] in rules.fights


def counts_two_groups(doc: Document, slot: Slot, trig: TriggerMatch, rules: GroupClashes) -> bool:
    """The slot is a group word (``groups``) after a count of two (``counts``), marked by one of
    ``markers``, ending at most ``reach`` words before the trigger in its clause; a group the text does
    not name ("दोनों पक्षों" after Israel and Hamas stands for the two: ``pair_references``)."""
    if slot.marker not in rules.markers or not 0 <= trig.first - slot.marker_end <= rules.reach:
        return False
    if any(e.kind != "generic" for e in slot.entities):
        return False
    if any(ends_clause(doc, k) for k in range(slot.last - 1, trig.first)):
        return False
    head = doc.tokens[slot.last - 1].text
    return head in rules.groups and any(doc.tokens[k].text in rules.counts
                                        for k in range(max(slot.first - 1, 0), slot.last - 1))


def names_a_pair(slots: list[Slot], trig: TriggerMatch) -> bool:
    """The sentence names the two sides before the deed ("इजरायल और हमास के बीच … दोनों पक्षों में
    संघर्ष", "भाजपा और कांग्रेस कार्यकर्ताओं के बीच कहासुनी के बाद दोनों पक्षों में मारपीट"): a slot of
    two or more actors, one of them named, not only towns ("मेरठ और शामली में": where); the pair's own
    role finders (``nominal_roles.participants``) read it."""
    return any(s.marker_end <= trig.first and len(s.entities) >= 2
               and any(e.kind not in ("generic", "unknown") for e in s.entities)
               and not all(is_place(e) for e in s.entities) for s in slots)
