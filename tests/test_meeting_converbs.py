"""A talk with its partner marked before it and a converb right after it ("Y से मुलाकात कर …",
"Y के साथ बैठक कर …") was held, and the act that follows came after it: a request told right after
the converb does not make the talk what is asked for (meetings.is_held_before, telling.asked_for).
A talk that is itself asked for ("Y से मुलाकात की मांग की") stays no meeting."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("नेपाल के प्रधानमंत्री ने चीन के राष्ट्रपति शी जिनपिंग से मुलाकात कर मांग रखी कि सीमा व्यापार फिर खोला जाए।",
     ("CONSULT", "NPL", "CHN")),
    ("ईरान के विदेश मंत्री ने रूस के विदेश मंत्री सर्गेई लावरोव के साथ बैठक कर अनुरोध किया कि तेल पर पाबंदियों का विरोध करें।",
     ("CONSULT", "IRN", "RUS")),
    ("बांग्लादेश की प्रधानमंत्री शेख हसीना ने भारत के प्रधानमंत्री से मुलाकात करके मांग की कि तीस्ता जल समझौता जल्द हो।",
     ("BGD", "IND")),
])
def test_talk_held_before_a_request(text: str, expected: tuple[str, ...], pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    sides = expected[-2:]
    assert ("CONSULT", *sides) in found or ("CONSULT", *reversed(sides)) in found


@pytest.mark.parametrize("text", [
    "नेपाल के प्रधानमंत्री ने चीन के राष्ट्रपति शी जिनपिंग से मुलाकात की मांग की।",
    "पाकिस्तान ने अमेरिका से कहा कि वह तालिबान के साथ बैठक करने को कहे।",
])
def test_talk_asked_for_is_no_meeting(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "CONSULT" for d in dyads(text, pipeline))
