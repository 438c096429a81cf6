"""Two groups of one sector of other places ("Government of Gujarat", "Government of Bihar") are two
actors also when one sentence tells both (issue 12): the union of reworded events
(``Retelling.reworded``) asks what joining asks (``sides.other_places``), so "गुजरात और बिहार ने
शराब पर रोक लगाई" is two states' bans, while a state told as "the state government" in the other
report is still its own. Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import GOVERNMENT as CENTRE
from merge_cases import PEOPLE, STATES

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.sides import Side, kind_of, other_places

GUJARAT = Actor("Government of Gujarat", "IND", "generic", "GOV")
BIHAR = Actor("Government of Bihar", "IND", "generic", "GOV")
FARMERS = Actor("farmers", "IND", "generic", None)
WORKERS = Actor("workers", "IND", "generic", None)

BOTH_BANS = "गुजरात और बिहार की सरकारों ने शराब की बिक्री पर पूरी तरह रोक लगा दी है।"
BOTH_ASK = "बिहार और गुजरात ने केंद्र से फंसे मजदूरों को घर पहुंचाने के लिए विशेष रेलगाड़ियां चलाने की मांग की।"
ONE_ASKS = "बिहार सरकार ने केंद्र से फंसे मजदूरों को घर पहुंचाने के लिए विशेष रेलगाड़ियां चलाने की मांग की।"


def told(article: str, idx: int, kind: str, source: Actor, target: Actor, evidence: str,
         day: str | None = "2020-05-04") -> Mention:
    return Mention(article, idx, kind, "asserted", source, target, day, "2020-05-05", evidence=evidence)


def side(*actors: Actor) -> Side:
    found = Side()
    for actor in actors:
        found.add(actor)
    return found


@pytest.mark.parametrize("order", [0, 1])
def test_one_sentence_telling_two_states_bans_is_two_events(order: int) -> None:
    mentions = [told("a", 0, "SANCTION", GUJARAT, PEOPLE, BOTH_BANS), told("a", 1, "SANCTION", BIHAR, PEOPLE, BOTH_BANS)]
    assert len(merge_events(mentions[::-1] if order else mentions)) == 2


def test_two_papers_telling_two_states_demands_alike_are_two_events() -> None:
    mentions = [told("a", 0, "REQUEST", BIHAR, CENTRE, ONE_ASKS), told("b", 0, "REQUEST", GUJARAT, CENTRE, BOTH_ASK)]
    assert len(merge_events(mentions)) == 2


def test_a_state_told_as_the_state_government_is_still_its_own_demand() -> None:
    mentions = [told("a", 0, "REQUEST", BIHAR, CENTRE, ONE_ASKS), told("b", 0, "REQUEST", STATES, CENTRE, ONE_ASKS)]
    assert len(merge_events(mentions)) == 1


@pytest.mark.parametrize(("first", "second", "expected"), [
    ((side(GUJARAT), side(PEOPLE)), (side(BIHAR), side(PEOPLE)), True),
    ((side(GUJARAT), side(PEOPLE)), (side(STATES), side(PEOPLE)), False),  # a country's own group fits its places
    ((side(GUJARAT), side(PEOPLE)), (side(GUJARAT), side(PEOPLE)), False),
    ((side(FARMERS), side(CENTRE)), (side(WORKERS), side(CENTRE)), False),  # groups with no sector: not places
    ((side(GUJARAT), side()), (side(), side(BIHAR)), False),  # other sides are not compared
])
def test_other_places(first: tuple[Side, Side], second: tuple[Side, Side], expected: bool) -> None:
    assert other_places(first, second) is expected
    assert kind_of(GUJARAT) != kind_of(BIHAR)
