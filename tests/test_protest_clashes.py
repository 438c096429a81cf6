"""A riot or clash told between two sides ("X और Y के बीच झड़प/हिंसा", event_roles.yaml
clash_between): between two armed sides an attack each way, ASSAULT X -> Y and Y -> X, and no
riot; between a crowd and an armed side the crowd's protest against it, whichever is named first
(GUIDELINES R19)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "मणिपुर के एक गांव में सुरक्षा बलों और उग्रवादियों के बीच झड़प हुई।",
    "असम में कल रात सेना और विद्रोहियों के बीच भीषण हिंसा हुई।",
    "छत्तीसगढ़ के जंगल में पुलिस और नक्सलियों के बीच झड़पें हुईं।",
])
def test_a_clash_between_armed_sides_is_an_attack_each_way(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    sectors = {(source[1], target[1]) for source, target in found}
    assert len(sectors) == 2 and {a for a, _b in sectors} == {b for _a, b in sectors}
    assert not attacks(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "बिहार के एक गांव में पुलिस और ग्रामीणों के बीच झड़प हुई।",
    "कोलकाता में पुलिस और छात्रों के बीच हिंसा हुई।",
    "हांगकांग में छात्र प्रदर्शनकारियों और पुलिस के बीच झड़प हुई।",
])
def test_a_clash_of_a_crowd_with_the_police_is_the_crowds_protest(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline, "PROTEST")
    assert found and all(source[1] == "CVL" and target[1] == "COP" for source, target in found)
    assert not attacks(text, pipeline)
