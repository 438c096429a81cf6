"""Event roles read from the sentence's context: pronouns for states and bodies, the country of a
side the text leaves without one, condemnations of a deed told before, nominal attacks beside
another clause's agent."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def dyads(evs: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("चीन के बयान से वियतनाम नाराज़ है और उसने चीन को कड़ी चेतावनी दी है।", ("THREATEN", "VNM", "CHN")),
    ("यह प्रस्ताव जापान को मंज़ूर नहीं था और उसने दक्षिण कोरिया पर समझौता तोड़ने का आरोप लगाया।",
     ("ACCUSE", "JPN", "KOR")),
    ("तुर्की ने बैठक में हिस्सा लिया। इसके बाद उसने यूनान के साथ सीमा पर बातचीत की।", ("CONSULT", "TUR", "GRC")),
])
def test_actor_pronoun_stands_for_a_state(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


@pytest.mark.parametrize(("text", "expected"), [
    # a group with no place given takes the country of the named side it acts on
    ("केन्या के राष्ट्रपति विलियम रुटो ने प्रदर्शनकारियों से सड़कें खाली करने की अपील की।", ("REQUEST", "KEN", "KEN")),
    ("प्रदर्शनकारियों ने इमरान खान के खिलाफ नारे लगाए और विरोध प्रदर्शन किया।", ("PROTEST", "PAK", "PAK")),
])
def test_side_without_country_takes_the_other_sides(text: str, expected: tuple[str, str, str],
                                                     pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_international_body_keeps_no_country(pipeline: Pipeline) -> None:
    evs = events("संयुक्त राष्ट्र ने म्यांमार की सेना से हिंसा रोकने की अपील की।", pipeline)
    assert evs and all(e.source is None or e.source.kb_id is None or e.source.country is None
                       for e in evs if e.source and e.source.name == "United Nations")


@pytest.mark.parametrize(("text", "expected"), [
    ("रूसी सेना ने खारकीव पर मिसाइल हमला किया। फ्रांस के राष्ट्रपति ने भी इस हमले की निंदा की।",
     ("ACCUSE", "FRA", "RUS")),
    ("इज़राइल ने गाज़ा में हवाई हमले किए, जिनमें बीस लोग मारे गए। तुर्की ने इस घटना की कड़ी आलोचना की।",
     ("ACCUSE", "TUR", "ISR")),
])
def test_condemnation_aims_at_the_doer_told_before(text: str, expected: tuple[str, str, str],
                                                   pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_condemnation_of_nothing_told_has_no_invented_target(pipeline: Pipeline) -> None:
    evs = events("फ्रांस के राष्ट्रपति ने आज पेरिस में भाषण दिया और हिंसा की निंदा की।", pipeline)
    assert not any(e.type == "ACCUSE" and e.target is not None for e in evs)


@pytest.mark.parametrize(("text", "expected"), [
    # the attack is a noun beside the clause's own agent: still the possessor's attack on its victims
    ("इराक के प्रधानमंत्री ने अमरीकी ड्रोन हमले में ईरानी कमांडर कासिम सुलेमानी के मारे जाने की निंदा की।",
     ("ASSAULT", "USA", "IRN")),
    ("नेपाल सरकार ने चीनी हमले में दो नेपाली नागरिकों की मौत पर शोक जताया।", ("ASSAULT", "CHN", "NPL")),
])
def test_nominal_attack_beside_an_agent(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_victim_named_before_an_attack_noun_is_no_attacker(pipeline: Pipeline) -> None:
    evs = events("ईरानी जनरल कासिम सुलेमानी की अमरीकी ड्रोन हमले में मौत के बाद तनाव बढ़ गया।", pipeline)
    assert ("ASSAULT", "USA", "IRN") in dyads(evs)
    assert ("ASSAULT", "IRN", "USA") not in dyads(evs)


def test_place_attacked_in_the_attackers_country(pipeline: Pipeline) -> None:
    evs = events("पाकिस्तान में भीड़ ने लाहौर पर हमला करते हुए पथराव किया, जिसमें पांच लोग घायल हुए।", pipeline)
    assert any(e.type == "ASSAULT" and e.target and e.target.country == "PAK" for e in evs), dyads(evs)


def test_own_agent_wins_over_an_earlier_between(pipeline: Pipeline) -> None:
    evs = events("इस घटना से भारत और चीन के बीच तनाव बढ़ा है और चीन ने भारत को गंभीर नतीजों की धमकी दी है।", pipeline)
    assert ("THREATEN", "CHN", "IND") in dyads(evs)
    assert ("THREATEN", "IND", "CHN") not in dyads(evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("इज़राइल ने दमिश्क में हवाई हमला किया, जिसमें ईरान के दो जनरल मारे गए। ईरान ने इस हमले का बदला लेने की धमकी दी है।",
     ("THREATEN", "IRN", "ISR")),
])
def test_vow_of_revenge_aims_at_the_doer(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(events(text, pipeline))


def test_person_the_kb_lacks_is_placed_where_first_named(pipeline: Pipeline) -> None:
    text = ("पार्टी प्रवक्ता रमाकांत दुबेलिया ने लखनऊ में पत्रकारों से बातचीत की। "
            "बांग्लादेश में हिंसा जारी है। श्री दुबेलिया ने कहा कि बांग्लादेश सरकार को अल्पसंख्यकों की रक्षा करनी चाहिए।")
    evs = [e for e in events(text, pipeline) if e.type == "REQUEST"]
    assert any(e.source and e.source.country == "IND" and e.target and e.target.country == "BGD" for e in evs), dyads(evs)
