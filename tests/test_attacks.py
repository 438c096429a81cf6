"""Attack and riot reports: attacks with no attacker named keep their target and the right groups;
accidents, disasters and illnesses tell no event even with words of harm or explosion."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Entity
from ghatna.pipeline import Pipeline

Side = tuple[str | None, str | None, str | None]  # label or name, sector, country


def side(actor: Entity | None) -> Side:
    if actor is None:
        return None, None, None
    return actor.role or actor.name, actor.sector, actor.country


def attacks(text: str, pipeline: Pipeline, plover: str = "ASSAULT") -> list[tuple[Side, Side]]:
    return [(side(e.source), side(e.target)) for e in ghatna.extract(text, pipeline=pipeline).events
            if e.type == plover]


@pytest.fixture(scope="module")
def full_pipeline() -> Pipeline:
    """The default pipeline, learned detector included: it must add no event to an accident either."""
    return ghatna.load()


ACCIDENTS = [
    "गैस सिलेंडर फटने से घर में विस्फोट हुआ और दो लोग घायल हो गए।",
    "रविवार शाम को हार्ट अटैक से पूर्व विधायक की मौत हो गई।",
    "सड़क हादसे में तीन लोगों की मौत हो गई और पांच घायल हुए।",
    "बिजली गिरने से खेत में काम कर रहे दो किसानों की मौत हो गई।",
    "नदी में नहाते समय डूबने से दो बच्चों की मौत हो गई।",
    "भारी बारिश के बाद भूस्खलन में दस ग्रामीण मारे गए।",
    "शॉर्ट सर्किट से आग लगने के बाद गोदाम में धमाका हुआ और चार मजदूर झुलस गए।",
    "ट्रेन हादसे में 12 यात्री मारे गए और 40 घायल हो गए।",
    "बाढ़ से बिहार के कई जिलों में इस महीने 25 लोगों की मौत हो चुकी है।",
    "पटाखा फैक्ट्री में विस्फोट से चार मजदूरों की मौत हो गई।",
    "बस और ट्रक की टक्कर में सात लोग मारे गए।",
    "करंट लगने से बिजली विभाग के एक कर्मचारी की मौत हो गई।",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_an_accident_is_no_event(text: str, full_pipeline: Pipeline) -> None:
    assert ghatna.extract(text, pipeline=full_pipeline).events == []


def test_a_bomb_beside_an_accident_word_is_still_an_attack(pipeline: Pipeline) -> None:
    found = attacks("दंतेवाड़ा में आईईडी फटने से सीआरपीएफ के दो जवान घायल हो गए।", pipeline)
    assert found and all(target[1] == "MIL" for _source, target in found)


@pytest.mark.parametrize(("text", "target"), [
    # a passive killing: the attacker unknown, the victim a group of the sentence's country
    ("बिहार के गया में एक युवक की गोली मारकर हत्या कर दी गई।", ("young man", "CVL", "IND")),
    ("महाराष्ट्र के पालघर में दो साधुओं की निर्मम हत्या कर दी गई।", ("clerics", "REL", "IND")),
    # a headline: the attack and its victims, nobody named as attacking
    ("श्रीनगर में पुलिस पर हमला, दो सिपाही घायल।", ("police", "COP", "IND")),
])
def test_an_attack_with_no_attacker_keeps_its_target(text: str, target: Side, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(src[0] in ("", None) for src, _tgt in found)  # the attacker is unknown, not guessed
    assert target in [tgt for _src, tgt in found]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("अज्ञात हमलावरों ने सीवान में एक व्यापारी की गोली मारकर हत्या कर दी।",
     ("unknown attackers", "CRM", "IND"), ("business", "BUS", "IND")),
    ("मुजफ्फरपुर में बदमाशों ने एक ज्वेलर को गोली मार दी।", ("criminals", "CRM", "IND"), ("business", "BUS", "IND")),
    ("बीजापुर में नक्सलियों ने आईईडी विस्फोट किया जिसमें तीन जवान शहीद हो गए।",
     ("Maoists", "REB", "IND"), ("military", "MIL", "IND")),
    ("पुलवामा में आतंकियों की गोलीबारी में दो जवान शहीद हो गए।", ("militants", "REB", "IND"), ("military", "MIL", "IND")),
    ("इम्फाल में उग्रवादियों ने असम राइफल्स के जवानों पर घात लगाकर हमला किया।", ("militants", "REB", "IND"), None),
])
def test_generic_attackers_and_victims(text: str, source: Side, target: Side | None, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert source in [src for src, _tgt in found]
    assert target is None or target in [tgt for _src, tgt in found]


@pytest.mark.parametrize(("text", "forces", "fallen"), [
    # no partner named: militants fall to the security forces, criminals to the police
    ("सुकमा में मुठभेड़ में तीन नक्सली ढेर।", ("military", "MIL", "IND"), ("Maoists", "REB", "IND")),
    ("छत्तीसगढ़ के बीजापुर में मुठभेड़ में दो माओवादी मारे गए।", ("military", "MIL", "IND"), ("Maoists", "REB", "IND")),
    ("मेरठ में एनकाउंटर में दो बदमाश ढेर हो गए।", ("police", "COP", "IND"), ("criminals", "CRM", "IND")),
    # a partner named is who fought them
    ("शोपियां में सुरक्षाबलों के साथ मुठभेड़ में तीन आतंकी ढेर हो गए।", ("military", "MIL", "IND"), ("militants", "REB", "IND")),
])
def test_an_encounter_is_fought_by_the_forces(text: str, forces: Side, fallen: Side, pipeline: Pipeline) -> None:
    assert (forces, fallen) in attacks(text, pipeline)


def test_an_encounter_and_the_killing_in_it_are_one_attack(pipeline: Pipeline) -> None:
    """The forces implied by the encounter are the group the agent names: one happening, one event."""
    found = attacks("कुपवाड़ा में सुरक्षाबलों ने मुठभेड़ में तीन आतंकियों को ढेर कर दिया।", pipeline)
    assert [(src[1], tgt[1]) for src, tgt in found] == [("MIL", "REB")]


def test_an_encounter_with_civilians_harmed_names_no_forces(pipeline: Pipeline) -> None:
    """Civilians harmed in an encounter tell no one who fought: the attacker stays unknown."""
    found = attacks("मुठभेड़ में दो ग्रामीण घायल हो गए।", pipeline)
    assert all(src[1] not in ("MIL", "COP") for src, _tgt in found)


def test_an_encounter_after_the_attack_is_a_fight_of_its_own(pipeline: Pipeline) -> None:
    """A second attack told without agent is no new event, but a fight in which the attackers fell is."""
    text = ("दंतेवाड़ा में नक्सलियों ने आईईडी विस्फोट कर सुरक्षा बलों के वाहन को उड़ा दिया। "
            "करीब एक घंटे तक चली मुठभेड़ में दो नक्सली मारे गए।")
    found = {(src[1], tgt[1]) for src, tgt in attacks(text, pipeline)}
    assert found == {("REB", "MIL"), ("MIL", "REB")}


@pytest.mark.parametrize(("text", "target"), [
    ("इंडोनेशिया में प्रदर्शन हिंसक, जकार्ता में पुलिस मुख्यालय पर पथराव", ("police", "COP", "IDN")),
    ("भीड़ ने पटना के बाजार में तोड़फोड़ की। बाद में पुलिस पर पथराव भी किया गया जिसमें तीन सिपाही घायल हो गए।",
     ("police", "COP", "IND")),
])
def test_a_riot_with_no_agent_falls_on_whom_it_was_aimed_at(text: str, target: Side, pipeline: Pipeline) -> None:
    assert target in [tgt for _src, tgt in attacks(text, pipeline, "PROTEST")]


@pytest.mark.parametrize("text", [
    "भीड़ ने थाने पर पथराव किया।",
    "गुस्साए ग्रामीणों ने सड़क पर तोड़फोड़ की।",
])
def test_a_riot_by_a_crowd_is_a_protest(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline, "PROTEST")
    assert found and all(src[1] == "CVL" for src, _tgt in found)


@pytest.mark.parametrize(("text", "plover"), [
    ("प्रशासन ने जिले में धरना, जुलूस और विरोध प्रदर्शन पर 15 अप्रैल तक रोक लगाई।", "PROTEST"),
    ("पुलिस ने बताया कि हमले की साजिश के सिलसिले में दो लोगों से पूछताछ हुई।", "ASSAULT"),
    ("विशेष जांच दल ने बताया कि हिंसा के संबंध में 20 लोग हिरासत में लिए गए।", "PROTEST"),
])
def test_a_deed_named_as_what_a_ban_or_inquiry_is_about_is_no_report(text: str, plover: str,
                                                                      pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, plover) == []
