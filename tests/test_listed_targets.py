"""A list right before the agent's own act ("X ने A, B और C की आलोचना की") is the act's targets,
one event per member (``meetings.pair_owns_a_thing``, ``meetings.act_follows``); a list whose own
act a later act of the clause governs ("A और B की गोलाबारी की निंदा") stays the two sides of that act.

Every sentence is written for this test.
"""

from __future__ import annotations

import pytest
from own_gold import Sides, sides_of

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    # two to four countries, joined by और, तथा, एवं and commas
    ("ब्राजील ने चिली और पेरू की आलोचना की।", {("ACCUSE", "BRA", "CHL"), ("ACCUSE", "BRA", "PER")}),
    ("स्वीडन ने हंगरी तथा पोलैंड की निंदा की।", {("ACCUSE", "SWE", "HUN"), ("ACCUSE", "SWE", "POL")}),
    ("कनाडा ने क्यूबा, वेनेजुएला एवं निकारागुआ की कड़ी आलोचना की।",
     {("ACCUSE", "CAN", "CUB"), ("ACCUSE", "CAN", "VEN"), ("ACCUSE", "CAN", "NIC")}),
    ("मिस्र ने तुर्की, कतर, ईरान और लीबिया की निंदा की।",
     {("ACCUSE", "EGY", "TUR"), ("ACCUSE", "EGY", "QAT"), ("ACCUSE", "EGY", "IRN"), ("ACCUSE", "EGY", "LBY")}),
])
def test_each_listed_target(text: str, expected: set[Sides], pipeline: Pipeline) -> None:
    assert expected <= sides_of(text, pipeline)


@pytest.mark.parametrize(("text", "wrong"), [
    # the listed targets are no source of the act
    ("ब्राजील ने चिली और पेरू की आलोचना की।", ("ACCUSE", "CHL", "PER")),
    ("कनाडा ने क्यूबा, वेनेजुएला एवं निकारागुआ की कड़ी आलोचना की।", ("ACCUSE", "CUB", "VEN")),
])
def test_no_pair_among_the_targets(text: str, wrong: Sides, pipeline: Pipeline) -> None:
    assert wrong not in sides_of(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    # a later act governs the list's own act: the list is its two sides
    ("नॉर्वे ने सूडान और चाड की गोलाबारी की निंदा की।", ("ASSAULT", "SDN", "TCD")),
    # an agent in another clause ("कहा कि") does not own the list
    ("फिनलैंड ने कहा कि आर्मेनिया और अजरबैजान की बातचीत सफल रही।", ("CONSULT", "ARM", "AZE")),
])
def test_the_list_keeps_its_own_act(text: str, expected: Sides, pipeline: Pipeline) -> None:
    assert expected in sides_of(text, pipeline)
