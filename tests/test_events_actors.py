"""Events with generic, unnamed and domestic actors; triggers by lemma and light verb;
what is not asserted is not told as done."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.extraction.actors import expand_form
from ghatna.extraction.paradigms import noun_forms, verb_forms
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline
from ghatna.text.tokens import tokenize


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def sides(evs: list[Event]) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    """(type, source country, source sector, target country, target sector)."""
    return {(e.type, e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None, e.target.sector if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # police, army and security forces of the country in context
    ("पटना, 4 मई। पुलिस ने बिहार में तीन बदमाशों को गिरफ्तार किया।", ("COERCE", "IND", "COP", "IND", "CRM")),
    ("पाकिस्तानी सेना ने नियंत्रण रेखा पर भारतीय चौकियों पर गोलाबारी की।", ("ASSAULT", "PAK", "MIL", "IND", None)),
    # militants, Maoists
    ("जम्मू-कश्मीर के पुलवामा में आतंकियों ने सुरक्षा बलों पर हमला किया।", ("ASSAULT", "IND", "REB", "IND", "MIL")),
    ("छत्तीसगढ़ के सुकमा में नक्सलियों ने पुलिस पर हमला किया।", ("ASSAULT", "IND", "REB", "IND", "COP")),
    # criminals
    ("उत्तर प्रदेश के मेरठ में बदमाशों ने एक व्यापारी को गोली मार दी।", ("ASSAULT", "IND", "CRM", "IND", "BUS")),
    # protesters, students, farmers
    ("पंजाब के लुधियाना में किसानों ने सरकार के खिलाफ प्रदर्शन किया।", ("PROTEST", "IND", "CVL", "IND", "GOV")),
    ("पुलिस ने कोलकाता में छात्रों पर लाठीचार्ज किया।", ("COERCE", "IND", "COP", "IND", "CVL")),
    # parties and the opposition
    ("कांग्रेस ने भाजपा पर भ्रष्टाचार का आरोप लगाया।", ("ACCUSE", "IND", "PTY", "IND", "PTY")),
    # courts
    ("लखनऊ में अदालत ने उत्तर प्रदेश सरकार को जवाब दाखिल करने को कहा।", ("REQUEST", "IND", "JUD", "IND", "GOV")),
])
def test_generic_and_domestic_actors(text: str, expected: tuple[str, ...], pipeline: Pipeline) -> None:
    assert expected in sides(events(text, pipeline))


@pytest.mark.parametrize(("text", "country"), [
    ("ढाका, 2 मार्च। पुलिस ने ढाका में बीस प्रदर्शनकारियों को हिरासत में लिया।", "BGD"),
    ("लाहौर में पाकिस्तान तहरीक-ए-इंसाफ ने पाकिस्तान मुस्लिम लीग (नवाज) पर धांधली का आरोप लगाया।", "PAK"),
    ("काठमांडू में पुलिस ने नेपाल के प्रदर्शनकारियों पर आंसू गैस छोड़ी।", "NPL"),
    ("कोलंबो में श्रीलंका की पुलिस ने तीन मछुआरों को गिरफ्तार किया।", "LKA"),
    ("इस्तांबुल में तुर्की की पुलिस ने प्रदर्शनकारियों को हिरासत में लिया।", "TUR"),
])
def test_domestic_pairs_in_other_countries(text: str, country: str, pipeline: Pipeline) -> None:
    evs = events(text, pipeline)
    assert any(e.source and e.target and e.source.country == e.target.country == country for e in evs), sides(evs)


@pytest.mark.parametrize(("text", "expected"), [
    # an unnamed head of government and the officials or chief ministers she addresses are two actors
    ("भोपाल। मुख्यमंत्री ने जिलाधिकारियों को राहत शिविर खोलने के निर्देश दिए।", ("REQUEST", "IND", "GOV", "IND", "GOV")),
    ("नई दिल्ली। प्रधानमंत्री ने सभी राज्यों के मुख्यमंत्रियों के साथ बाढ़ पर बैठक की।", ("CONSULT", "IND", "GOV", "IND", "GOV")),
    ("नई दिल्ली। पीएम ने देशवासियों से पानी बचाने की अपील की।", ("REQUEST", "IND", "GOV", "IND", "CVL")),
    # the centre and the states are two actors; a ministry written joined is still the ministry
    ("नई दिल्ली। केंद्र सरकार ने राज्यों को बाढ़ राहत के लिए अतिरिक्त राशि जारी की।", ("AID", "IND", "GOV", "IND", "GOV")),
    ("नई दिल्ली। गृहमंत्रालय ने सभी राज्यों को सीमाएं सील करने के निर्देश दिए।", ("REQUEST", "IND", "GOV", "IND", "GOV")),
])
def test_unnamed_office_holders_act_on_other_offices(text: str, expected: tuple[str, ...], pipeline: Pipeline) -> None:
    assert expected in sides(events(text, pipeline))


def test_unknown_attacker_is_still_an_attack(pipeline: Pipeline) -> None:
    evs = events("बगदाद में अमरीकी दूतावास पर रॉकेटों से हमला किया गया।", pipeline)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.source is not None and attack.source.kind == "unknown" and attack.target is not None
    record = attack.as_dict()
    assert record["source"]["name"] is None and record["source"]["kind"] == "unknown"


def test_generic_words_stay_out_of_entities(pipeline: Pipeline) -> None:
    doc = ghatna.extract("पुलिस ने दिल्ली में प्रदर्शनकारियों और छात्रों को हिरासत में लिया।", pipeline=pipeline)
    names = {e.name.lower() for e in doc.entities}
    assert not names & {"police", "protesters", "students"}
    assert any(e.type == "COERCE" and e.source and e.source.kind == "generic" for e in doc.events)


@pytest.mark.parametrize(("text", "plover"), [
    ("नरेंद्र मोदी शुक्रवार को व्लादिमीर पुतिन से मिले।", "CONSULT"),
    ("आतंकियों ने कश्मीर में सेना के कैंप पर अटैक किया।", "ASSAULT"),
    ("बदमाशों ने दिल्ली में पुलिस पर फायरिंग की।", "ASSAULT"),
    ("उत्तर प्रदेश पुलिस ने मेरठ में एनकाउंटर में दो बदमाशों को मार गिराया।", "ASSAULT"),
    ("कांग्रेस ने भाजपा पर आरोप भी लगाया।", "ACCUSE"),  # a particle inside the light verb
    ("भारत ने पाकिस्तान के बयान को निंदनीय बताया।", "ACCUSE"),  # labelling
    ("अमेरिका ने भारत के फैसले को ऐतिहासिक बताया।", "SUPPORT"),
    ("नागरिकता कानून के विरोध में असम के गुवाहाटी में प्रदर्शनकारियों ने पथराव किया।", "PROTEST"),
])
def test_triggers_by_lemma_and_light_verb(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover in {e.type for e in events(text, pipeline)}


def test_paradigms() -> None:
    assert {"हमला", "हमले", "हमलों"} <= set(noun_forms("हमला"))
    assert {"आतंकी", "आतंकियों"} <= set(noun_forms("आतंकी"))
    assert "सुरक्षा बलों" in expand_form("सुरक्षा बल+")
    assert {"मिला", "मिले", "मिलीं", "मिलेंगे", "मिलने"} <= set(verb_forms("मिलना"))
    assert {"किया", "की", "किए", "करेगा", "करके"} <= set(verb_forms("करना"))
    assert {"जताया", "जताई", "जताएंगे"} <= set(verb_forms("जताना"))


def test_nominal_attack_with_victims(pipeline: Pipeline) -> None:
    evs = events("छत्तीसगढ़ के सुकमा में नक्सली हमले में तीन जवान शहीद हो गए।", pipeline)
    attack = next(e for e in evs if e.type == "ASSAULT")
    assert attack.source is not None and attack.source.sector == "REB"
    assert attack.target is not None and attack.target.sector == "MIL"


@pytest.mark.parametrize("text", [
    "इससे पहले ट्रम्प ने कहा था कि अगर ईरान अमरीकी सैनिकों पर हमले करता है तो अमरीका भी ईरान के कई अहम ठिकानों को निशाना बनाएगा।",
])
def test_conditional_is_a_threat_not_an_attack(text: str, pipeline: Pipeline) -> None:
    types = {(e.type, e.source and e.source.country) for e in events(text, pipeline)}
    assert ("ASSAULT", "IRN") not in types
    assert ("THREATEN", "USA") in types


@pytest.mark.parametrize("text", [
    "संयुक्त राष्ट्र महासचिव ने दोनों पक्षों से तत्काल युद्धविराम की अपील की।",  # the ceasefire is asked for
    "सूडान की सेना ने आरएसएफ पर नरसंहार का आरोप लगाया।",  # the massacre is what is charged
    "उन्होंने बीजिंग से मांग की कि मछुआरों को तुरंत रिहा किया जाए।",  # the release is demanded
])
def test_what_is_demanded_or_charged_is_not_a_deed(text: str, pipeline: Pipeline) -> None:
    types = {e.type for e in events(text, pipeline)}
    assert not types & {"RETREAT", "ASSAULT", "CONCEDE"}


def test_reference_back_is_no_new_event(pipeline: Pipeline) -> None:
    text = ("श्रीनगर, 5 मई। आतंकियों ने पुलवामा में सेना के काफिले पर हमला किया। "
            "इस हमले में तीन जवान शहीद हो गए।")
    attacks = [e for e in events(text, pipeline) if e.type == "ASSAULT"]
    assert len(attacks) == 1


@pytest.mark.parametrize("text", [
    "भारत ने पाकिस्तान के साथ बातचीत से पहले लंबे समय तक संघर्ष करता रहा।",
    "सरकार इस प्रस्ताव पर विचार कर रही है।",
])
def test_figurative_or_considered_is_not_asserted(text: str, pipeline: Pipeline) -> None:
    assert all(e.modality != "asserted" or e.type not in ("ASSAULT",) for e in events(text, pipeline))


def test_actor_words_are_no_triggers() -> None:
    tokens = tokenize("हमलावरों ने प्रदर्शनकारियों पर गोली चलाई।")
    found = [m.trigger.pattern for m in load_triggers().find(tokens, 0, len(tokens))]
    assert "गोली चला*" in found


def test_a_state_government_is_not_the_countrys_and_a_joined_ministry_is_linked(pipeline: Pipeline) -> None:
    doc = ghatna.extract("लखनऊ। प्रदेश सरकार ने किसानों को मुआवजा देने का फैसला किया। गृहमंत्रालय ने भी रिपोर्ट मांगी।",
                         pipeline=pipeline)
    names = {side.name for e in doc.events for side in (e.source, e.target) if side}
    assert "Government of India" not in names
    assert "Ministry of Home Affairs (India)" in {e.name for e in doc.entities}
