"""Events told with no agent: a case filed by nobody named (the police), a passive whose patient
is marked with पर or के खिलाफ, an attack told as a happening ("X पर हमला हुआ")."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


def sides(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.sector if e.source else None, e.source.country if e.source else None,
             e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # a case filed with no one named as filing it: the police of the sentence's country
    ("लखनऊ में दो व्यापारियों के खिलाफ धोखाधड़ी का मुकदमा दर्ज किया गया है।", ("ACCUSE", "COP", "IND", "IND")),
    ("कराची में तीन पत्रकारों पर मामला दर्ज किया गया।", ("ACCUSE", "COP", "PAK", "PAK")),
    ("ढाका में विपक्षी नेता के खिलाफ एफआईआर दर्ज की गई है।", ("ACCUSE", "COP", "BGD", "BGD")),
])
def test_case_filed_with_no_agent_is_the_polices(text: str, expected: tuple[str, ...], pipeline: Pipeline) -> None:
    assert expected in sides(text, pipeline)


def test_case_filed_by_a_named_body_keeps_it(pipeline: Pipeline) -> None:
    found = sides("सीबीआई ने मुंबई में एक कंपनी के खिलाफ मामला दर्ज किया।", pipeline)
    assert found and not any(s[1] == "COP" and s[0] == "ACCUSE" for s in found)


@pytest.mark.parametrize(("text", "target"), [
    ("बगदाद में अमरीकी दूतावास पर रॉकेट से हमला हुआ।", "USA"),
    ("काबुल में पाकिस्तानी राजनयिकों के काफिले पर हमला हुआ है।", "PAK"),
])
def test_attack_told_as_a_happening_falls_on_its_target(text: str, target: str, pipeline: Pipeline) -> None:
    assert any(t == "ASSAULT" and tgt == target for t, _sector, _src, tgt in sides(text, pipeline))


def test_a_happening_with_no_one_named_is_no_attack(pipeline: Pipeline) -> None:
    assert not any(s[0] == "ASSAULT" for s in sides("कल रात शहर में कोई हमला नहीं हुआ, पुलिस ने बताया।", pipeline))


def test_sentence_with_no_agent_is_the_courts(pipeline: Pipeline) -> None:
    found = sides("लाहौर में दो पत्रकारों को पांच साल कैद की सजा सुनाई गई।", pipeline)
    assert ("COERCE", "JUD", "PAK", "PAK") in found


@pytest.mark.parametrize(("text", "arrested"), [
    ("पटना में रमेश यादव को सुरेश सिंह को हथियार बेचने के आरोप में गिरफ्तार किया गया।", "Ramesh Yadav"),
    ("मुंबई में एक व्यापारी को एक अधिकारी को रिश्वत देने के मामले में हिरासत में लिया गया।", "India business"),
])
def test_the_one_in_the_charge_is_not_the_one_arrested(text: str, arrested: str, pipeline: Pipeline) -> None:
    evs = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "COERCE"]
    assert evs and all(e.target is not None and arrested in e.target.name for e in evs)


def test_a_killing_told_again_is_no_new_attack(pipeline: Pipeline) -> None:
    text = ("इज़राइल ने हवाई हमले में हमास के कमांडर मोहम्मद देइफ को मार गिराया। "
            "देइफ की हत्या के बाद तुर्की ने इज़राइल की आलोचना की।")
    attacks = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].source is not None and attacks[0].source.country == "ISR"


@pytest.mark.parametrize(("text", "expected"), [
    ("छत्तीसगढ़ के सुकमा जिले में नक्सलियों के साथ मुठभेड़ में दो जवान शहीद हो गए।", ("ASSAULT", "REB", "IND", "IND")),
    ("बलूचिस्तान के एक गांव में सुरक्षा बलों के साथ मुठभेड़ में तीन आतंकवादी मारे गए।", ("ASSAULT", "MIL", "PAK", "PAK")),
])
def test_the_partner_of_a_fight_harmed_the_others(text: str, expected: tuple[str, ...], pipeline: Pipeline) -> None:
    """"X के साथ मुठभेड़ में Y मारे गए": X harmed Y; the village it happened in harmed no one."""
    found = sides(text, pipeline)
    assert expected in found
    assert not any(t == "ASSAULT" and sector is None for t, sector, _s, _t in found)


def test_a_comma_joins_a_list_of_one_kind_only(pipeline: Pipeline) -> None:
    text = "हिज़बुल्ला के कमांडर फुआद शुक्र, लेबनान के बेरूत शहर में इज़राइल के हवाई हमले में मारे गए।"
    found = sides(text, pipeline)
    assert ("ASSAULT", None, "ISR", "LBN") in {(t, None, s, g) for t, _sector, s, g in found}
    assert not any(t == "ASSAULT" and s == "LBN" for t, _sector, s, _g in found)
