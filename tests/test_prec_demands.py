"""Precision of domestic demands and decisions (issue 10). A demand of action against someone
("परिजनों ने आरोपियों के खिलाफ कार्रवाई की मांग की") is made of an authority, not of the accused:
its target is the one asked (named with से) or the government by default. A deed whose
decision or order is withdrawn ("गिरफ्तार करने का आदेश वापस लिया") is called off: negated, as
ANNOTATION.md codes a cancelled act; the withdrawal is the CONCEDE the lexicon reads. A strike
announced as a state to go into ("हड़ताल पर जाने का ऐलान") is planned. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

import ghatna


def requests(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.role if e.source else None, e.target.role if e.target else None)
            for e in ghatna.extract(text).events if e.type == "REQUEST"]


def modalities(text: str, plover: str) -> list[str]:
    return [e.modality for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize("text", [
    "मृतक के भाई ने हमलावरों के खिलाफ सख्त कार्रवाई की मांग की।",
    "छात्रों ने दोषी प्रोफेसर पर कार्यवाही की मांग की है।",
    "पीड़ित परिवार ने बदमाशों के विरुद्ध कड़ी कार्रवाई की मांग की।",
    "विपक्ष ने दोषी अधिकारियों पर कार्रवाई की मांग की है।",
    "ग्रामीणों ने तस्करों की गिरफ्तारी की मांग की।",
    "परिजनों ने हत्यारों की गिरफ्तारी की मांग की।",
    "विपक्ष ने भ्रष्ट मंत्री की बर्खास्तगी की मांग की।",
])
def test_demand_of_action_is_not_made_of_the_accused(text: str) -> None:
    found = requests(text)
    assert found, text
    assert all(target in (None, "government") for _source, target in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("कांग्रेस ने मुख्यमंत्री से दोषी अफसरों के खिलाफ कार्रवाई की मांग की।", "chief minister"),
    ("व्यापारियों ने पुलिस से चोरों की गिरफ्तारी की मांग की।", "police"),
    ("भाजपा ने राज्यपाल से सरकार को बर्खास्त करने की मांग की।", "governor"),
    ("मजदूर संघ ने सरकार से न्यूनतम वेतन बढ़ाने की मांग की।", "government"),
])
def test_demand_keeps_the_addressee_named(text: str, target: str) -> None:
    assert [t for _s, t in requests(text)] == [target]


@pytest.mark.parametrize(("text", "plover"), [
    ("सरकार ने पत्रकार को गिरफ्तार करने का आदेश वापस लिया।", "COERCE"),
    ("कोर्ट ने नेता की गिरफ्तारी का आदेश वापस ले लिया।", "COERCE"),
    ("सरकार ने किसानों को मुआवजा देने का फैसला रद्द कर दिया।", "AID"),
    ("प्रधानमंत्री ने अमेरिका की यात्रा पर जाने का फैसला रद्द किया।", "CONSULT"),
    ("पुलिस ने आंदोलनकारियों को हिरासत में लेने का निर्णय वापस ले लिया है।", "COERCE"),
])
def test_withdrawn_decision_calls_the_deed_off(text: str, plover: str) -> None:
    assert modalities(text, plover) == ["negated"]


@pytest.mark.parametrize(("text", "plover", "modality"), [
    ("पुलिस ने छात्रों को हिरासत में लेने का फैसला किया।", "COERCE", "planned"),
    ("मुख्यमंत्री ने किसानों को मुआवजा देने का फैसला लिया।", "AID", "planned"),
    ("पुलिस ने पत्रकार को गिरफ्तार कर लिया और बाद में आदेश वापस ले लिया।", "COERCE", "asserted"),
])
def test_decision_not_withdrawn_keeps_its_modality(text: str, plover: str, modality: str) -> None:
    assert modalities(text, plover) == [modality]


def test_withdrawal_itself_is_a_concession() -> None:
    types = {e.type: e.modality for e in ghatna.extract("सरकार ने पत्रकार को गिरफ्तार करने का आदेश वापस लिया।").events}
    assert types.get("CONCEDE") == "asserted"


@pytest.mark.parametrize(("text", "modality"), [
    ("यूनियन ने कल से हड़ताल पर जाने का निर्णय लिया है।", "planned"),
    ("किसानों ने धरने पर बैठने का फैसला किया।", "planned"),
    ("नर्सों ने सोमवार से हड़ताल पर जाने का ऐलान किया।", "planned"),
    ("डॉक्टरों ने हड़ताल जारी रखने का ऐलान किया।", "asserted"),
])
def test_strike_announced_as_a_state_to_go_into(text: str, modality: str) -> None:
    assert modalities(text, "PROTEST") == [modality]
