"""Sides the role finder used to lose (issue 10): an agent marked "की तरफ़ से" as "की ओर से" is,
the members of a list included in a group ("X, Y समेत कई राज्यों ने"), a state's government
named "X सरकार", a state government's demand of no one named, made of the Centre, and both sides
agreeing with the owner of what they accept ("दोनों पक्षों ने X की बात मान ली")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings

CONTEXT = "भारत में लॉकडाउन जारी है। "


@pytest.fixture(scope="module", name="pipeline")
def rule_coder() -> Pipeline:
    """The rule coder alone: these tests pin the role finder, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def sides(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("भाजपा की तरफ़ से कांग्रेस पर भ्रष्टाचार का आरोप लगाया गया।",
     ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress")),
    ("भाजपा की तरफ से कांग्रेस की कड़ी निंदा की गई।",
     ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress")),
    ("रूस की तरफ से यूक्रेन पर हमला किया गया।", ("ASSAULT", "Russia", "Ukraine")),
    ("विदेश मंत्रालय की ओर से चीन के बयान की कड़ी निंदा की गई।",
     ("ACCUSE", "Ministry of External Affairs (India)", "China")),
])
def test_the_owner_before_taraf_se_is_the_agent(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in sides(text, pipeline)


def test_a_genitive_toward_is_no_agent(pipeline: Pipeline) -> None:
    """"की तरफ" without "से" is a direction, not an agent."""
    found = sides("भाजपा के कार्यकर्ता कांग्रेस दफ्तर की तरफ बढ़े और कांग्रेस पर भ्रष्टाचार का आरोप लगाया।", pipeline)
    assert not any(src == "Indian National Congress" for _t, src, _tgt in found)


@pytest.mark.parametrize(("text", "members"), [
    (CONTEXT + "उत्तर प्रदेश, बिहार, ओडिशा समेत कई राज्यों ने अतिरिक्त बसें चलाने की मांग की है।",
     {"Government of Uttar Pradesh", "Government of Bihar", "Government of Odisha"}),
    (CONTEXT + "बिहार और ओडिशा ने अतिरिक्त बसें चलाने की मांग की है।",
     {"Government of Bihar", "Government of Odisha"}),
    (CONTEXT + "बिहार सरकार ने अतिरिक्त बसें चलाने की मांग की है।", {"Government of Bihar"}),
])
def test_a_states_demand_of_no_one_named_is_made_of_the_centre(text: str, members: set[str],
                                                                pipeline: Pipeline) -> None:
    found = sides(text, pipeline)
    assert {("REQUEST", m, "Government of India") for m in members} <= found


@pytest.mark.parametrize("text", [
    CONTEXT + "मणिपुर सरकार ने राज्य के स्कूलों को बंद रखने का आदेश दिया।",
    CONTEXT + "केरल सरकार ने सभी मुर्गियों को मारने का आदेश दिया है।",
    CONTEXT + "सरकार ने अतिरिक्त बसें चलाने की मांग की है।",
])
def test_no_demand_of_the_centre_for_orders_or_the_centre_itself(text: str, pipeline: Pipeline) -> None:
    """A state's order is to its own (R1); the national government demands nothing of itself."""
    assert not any(tgt == "Government of India" for _t, _src, tgt in sides(text, pipeline))


def test_a_state_government_named_with_sarkar_is_the_states(pipeline: Pipeline) -> None:
    found = sides(CONTEXT + "बिहार सरकार ने केंद्र सरकार पर भेदभाव का आरोप लगाया।", pipeline)
    assert ("ACCUSE", "Government of Bihar", "Government of India") in found


def test_both_sides_agree_with_the_owner_of_what_they_accept(pipeline: Pipeline) -> None:
    """"दोनों पक्षों ने X की बात मान ली": each side agrees with X, not with the other side."""
    found = sides("भारत और पाकिस्तान के बीच तनाव बढ़ा। दोनों पक्षों ने संयुक्त राष्ट्र की बात मान ली।", pipeline)
    agreed = {(src, tgt) for plover, src, tgt in found if plover == "AGREE"}
    assert agreed == {("India", "United Nations"), ("Pakistan", "United Nations")}


def test_a_place_owning_an_agreement_is_no_partner(pipeline: Pipeline) -> None:
    found = sides("अमेरिका और ब्रिटेन ने पेरिस के समझौते पर हस्ताक्षर किए।", pipeline)
    assert not any(tgt in ("Paris", "France") for _t, _src, tgt in found)


@pytest.mark.parametrize(("text", "not_target"), [
    (CONTEXT + "डब्ल्यूएचओ ने सभी देशों से अपील की है कि वह जरूरी इंतजाम करें।", "Government of India"),
    ("अमेरिका में संक्रमण बढ़ा। संयुक्त राष्ट्र प्रमुख ने वैश्विक युद्धविराम की अपील जारी की।",
     "Government of United States"),
])
def test_a_world_bodys_appeal_to_no_one_named_is_no_demand_of_the_storys_government(text: str, not_target: str,
                                                                                   pipeline: Pipeline) -> None:
    """The UN's or WHO's appeal (placeless_sectors) asks nothing of the government of the country the
    story is set in when the sentence does not name it."""
    assert not any(tgt == not_target for _t, _src, tgt in sides(text, pipeline))


def test_a_world_bodys_appeal_to_a_named_government_stays(pipeline: Pipeline) -> None:
    found = sides(CONTEXT + "डब्ल्यूएचओ ने भारत सरकार से जांच बढ़ाने की अपील की है।", pipeline)
    assert ("REQUEST", "World Health Organization", "Government of India") in found
