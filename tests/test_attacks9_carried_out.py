"""Attacks told without a target, and condemnations of them (issue 10): "X की घटना/वारदात को
अंजाम दिया" is the deed X done by the agent; a condemnation of a deed told with its doer before a
participle ("X की ओर से/द्वारा की गई गोलीबारी") is aimed at that doer."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "उग्रवादियों ने गोलीबारी की घटना को अंजाम दिया।",
    "बदमाशों ने बाजार में फायरिंग की वारदात को अंजाम दिया।",
    "आतंकियों ने धमाके को अंजाम दिया।",
    "नक्सलियों ने हमले की घटना को अंजाम दिया।",
])
def test_deed_carried_out_is_an_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("भारत ने पाकिस्तान की ओर से की गई गोलीबारी की कड़ी निंदा की।", "IND", "PAK"),
    ("भारत ने पाकिस्तानी सेना द्वारा की गई गोलीबारी पर कड़ी आपत्ति जताई।", "IND", "PAK"),
    ("जापान ने चीन की ओर से किए गए हमले की निंदा की।", "JPN", "CHN"),
    ("फ्रांस ने रूस द्वारा की गई बमबारी की कड़ी निंदा की।", "FRA", "RUS"),
])
def test_condemned_deed_names_its_doer(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    got = {(s, t) for kind, s, t in dyads(text, pipeline) if kind == "ACCUSE"}
    assert got == {(source, target)}


@pytest.mark.parametrize("text", [
    "नेताओं पर सवालों की बौछार की गई।",
    "दिवाली पर लोगों ने सीमा पर जमकर आतिशबाजी की।",
    "नेताओं ने सीमा पर गोलीबारी की घटनाओं पर चर्चा की।",
    "बारात में युवकों ने हर्ष फायरिंग की।",
    "सीमा पर तैनात जवानों ने त्योहार पर पटाखे चलाए।",
    "गैस सिलेंडर फटने से घर में विस्फोट हुआ।",
    "भारत ने पाकिस्तान से सीमा पर गोलीबारी बंद करने की मांग की।",
])
def test_no_attack_told(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


def test_border_firing_named_in_passing_is_no_attack(pipeline: Pipeline) -> None:
    assert not attacks("सीमा पर गोलीबारी की घटनाओं को रोकने के लिए बैठक हुई।", pipeline)


@pytest.mark.parametrize("text", [
    "भारत ने चीन से सैनिकों को पीछे हटाने की मांग की।",
    "भारत ने चीन से अपने सैनिक पीछे हटाने की मांग की।",
    "भारत ने चीन से विवादित इलाके से अपनी सेना वापस बुलाने की मांग की है।",
])
def test_demand_to_withdraw_is_a_request(text: str, pipeline: Pipeline) -> None:
    assert ("REQUEST", "IND", "CHN") in dyads(text, pipeline)
