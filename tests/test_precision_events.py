"""Truth before recall in the rule coder: what is asked for, a participle describing a group, a
state, a deed named again, a case at law, a press conference or an obituary is no new event; a
future told in the trigger's own verb is planned; labelling constructions and more shapes of
attack are coded (``data/modality.yaml``, ``data/triggers.tsv``)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def types(text: str, pipeline: Pipeline) -> list[str]:
    return [e.type for e in events(text, pipeline)]


@pytest.mark.parametrize(("text", "plover"), [
    ("लोगों ने कहा कि वे इस कदम का विरोध करेंगे।", "PROTEST"),
    ("किसान संगठनों ने कहा कि वे सरकार के खिलाफ धरना देंगे।", "PROTEST"),
    ("चीन ने कहा कि वह ताइवान के मुद्दे पर अमेरिका से बातचीत करेगा।", "CONSULT"),
    ("पाकिस्तान ने कहा कि वह भारत के साथ व्यापार बहाल करेगा।", "CONCEDE"),
])
def test_future_in_the_triggers_own_verb_is_planned(text: str, plover: str, pipeline: Pipeline) -> None:
    found = [e for e in events(text, pipeline) if e.type == plover]
    assert found and all(e.modality == "planned" for e in found)


def test_a_deed_told_as_done_stays_asserted(pipeline: Pipeline) -> None:
    found = [e for e in events("किसानों ने सरकार के खिलाफ विरोध प्रदर्शन किया।", pipeline) if e.type == "PROTEST"]
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.parametrize("text", [
    "कोरोना वायरस को लेकर राज्यों के मुख्यमंत्रियों के साथ पीएम मोदी करें बैठक।",
    "नेपाल के साथ भारत करे बातचीत: विपक्ष",
])
def test_a_deed_asked_for_in_headline_order_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" not in types(text, pipeline)


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("मौके पर पहुंचे पुलिसकर्मियों पर बदमाशों ने गोलियां चलाईं।", "ASSAULT", "CONSULT"),
    ("घटनास्थल पर पहुंचे सुरक्षाकर्मियों पर उपद्रवियों ने पथराव किया।", "PROTEST", "CONSULT"),
    ("सीमा पर तैनात सैनिकों ने घुसपैठियों को खदेड़ दिया।", "COERCE", "MOBILIZE"),
])
def test_participle_before_a_group_describes_it(text: str, kept: str, dropped: str, pipeline: Pipeline) -> None:
    found = types(text, pipeline)
    assert kept in found and dropped not in found


@pytest.mark.parametrize("text", [
    "सीमा पर बड़ी संख्या में भारतीय सैनिक तैनात हैं।",
    "कश्मीर में केंद्रीय बलों की सौ कंपनियां तैनात हैं।",
    "स्टेशन पर तैनात पुलिस के जवानों ने यात्रियों की जांच की।",
])
def test_forces_in_place_are_a_state_not_a_deployment(text: str, pipeline: Pipeline) -> None:
    assert "MOBILIZE" not in types(text, pipeline)


def test_a_deployment_told_as_done_is_coded(pipeline: Pipeline) -> None:
    assert "MOBILIZE" in types("भारत ने चीन से लगी सीमा पर सैनिक तैनात किए।", pipeline)


@pytest.mark.parametrize(("text", "also"), [
    ("रूसी सेना ने खारकीव पर मिसाइल हमला किया। फ्रांस ने भी इस हमले की निंदा की।", "ACCUSE"),
    ("इसराइल ने गाजा पर हवाई हमले किए। संयुक्त राष्ट्र ने हमलों की कड़ी निंदा की।", "ACCUSE"),
    ("नक्सलियों ने छत्तीसगढ़ में दो ग्रामीणों की हत्या कर दी। परिवार ने हत्या की जांच की मांग की।", "REQUEST"),
])
def test_a_deed_named_again_is_not_a_new_one(text: str, also: str, pipeline: Pipeline) -> None:
    found = types(text, pipeline)
    assert found.count("ASSAULT") == 1 and also in found


@pytest.mark.parametrize("text", [
    "पाकिस्तान की पुलिस ने अपहरण का मामला दर्ज किया है।",
    "पुलिस ने बताया कि उसने बलात्कार का मामला दर्ज किया है।",
    "अदालत ने हत्या के मुकदमे की सुनवाई टाल दी।",
])
def test_what_a_case_at_law_is_about_is_no_deed_told(text: str, pipeline: Pipeline) -> None:
    assert "ASSAULT" not in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("विदेश मंत्री एस जयशंकर ने पत्रकार वार्ता में कहा कि भारत शांति चाहता है।", "CONSULT"),
    ("सरकार की ओर से प्रमुख वार्ताकार ने विद्रोहियों से हिंसा समाप्त करने की अपील की।", "CONSULT"),
    ("प्रधानमंत्री नरेंद्र मोदी ने पूर्व विधायक के निधन पर शोक व्यक्त किया।", "SUPPORT"),
    ("सीरिया की सरकार ने गैस हमले में अपना हाथ होने से इनकार किया।", "REJECT"),
])
def test_look_alikes_are_blocked(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in types(text, pipeline)


def test_refusing_talks_is_still_a_rejection(pipeline: Pipeline) -> None:
    assert "REJECT" in types("ईरान ने अमेरिका के साथ बातचीत से इनकार किया।", pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("सीरिया की सरकार ने हमले के लिए विद्रोहियों को जिम्मेदार बताया।", ("ACCUSE", "SYR", "SYR")),
    ("इजराइल ने हिंसा के लिए हमास को ज़िम्मेदार बताया।", ("ACCUSE", "ISR", "PSE")),
    ("मानवाधिकार संगठन ने इसराइल के हमलों को युद्ध अपराध करार दिया।", ("ACCUSE", None, "ISR")),
    ("भाजपा ने कांग्रेस के बयान को गैर-जिम्मेदाराना बताया।", ("ACCUSE", "IND", "IND")),
    ("अमेरिका ने भारत के फैसले को सकारात्मक बताया।", ("SUPPORT", "USA", "IND")),
])
def test_labelling_constructions(text: str, dyad: tuple[str, str | None, str], pipeline: Pipeline) -> None:
    got = {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
           for e in events(text, pipeline)}
    plover, source, target = dyad
    assert any(t == plover and (source is None or s == source) and g == target for t, s, g in got)


@pytest.mark.parametrize(("text", "phrase"), [
    ("बगदाद में अमेरिकी दूतावास के पास दो मिसाइलें गिरीं।", "मिसाइलें गिरीं"),
    ("आतंकियों ने पुलवामा में पुलिस चौकी पर ग्रेनेड हमला किया।", "ग्रेनेड हमला"),
    ("बदमाशों ने व्यापारी के घर पर बम फेंका।", "बम फेंका"),
    ("राजस्थान में भीड़ ने एक व्यक्ति की लिंचिंग की।", "लिंचिंग"),
    ("नक्सलियों ने गांव के सरपंच को मौत के घाट उतार दिया।", "मौत के घाट"),
])
def test_more_shapes_of_attack_are_in_the_lexicon(text: str, phrase: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    found = {doc.body[m.start:m.end]: m.trigger.plover for m in load_triggers().find(doc.tokens, 0, len(doc.tokens))}
    assert found.get(phrase) == "ASSAULT"


@pytest.mark.parametrize("text", [
    "सेना की पूर्वी कमान के प्रमुख लेफ्टिनेंट जनरल विजय राणा ने अरुणाचल प्रदेश में अग्रिम चौकियों का दौरा किया।",
    "कुछ लोग सिंगापुर की यात्रा पर गए थे।",
])
def test_travel_is_no_visit(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री नरेंद्र मोदी ने अमेरिका का दौरा किया।",
    "फ्रांस के राष्ट्रपति इमैनुएल मैक्रों भारत के दौरे पर आए।",
])
def test_a_visit_abroad_is_coded(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("जिन बच्चों ने नियमित कसरत की, उन्होंने परीक्षाओं में बेहतर प्रदर्शन किया।", "PROTEST"),
    ("कांग्रेस ने इस चुनाव में अच्छा प्रदर्शन किया।", "PROTEST"),
    ("आयोजकों को थिएटर के बाहर रेड कारपेट की जरूरत होती है।", "COERCE"),
    ("मौसम विभाग ने केरल के लिए रेड अलर्ट जारी किया।", "COERCE"),
])
def test_performance_and_red_carpets_are_no_events(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "ट्रम्प ने कहा कि अगर ईरान अमरीकी सैनिकों पर हमले करता है तो अमरीका भी ईरान के कई अहम ठिकानों को निशाना बनाएगा।",
    "नेतन्याहू ने कहा कि अगर हिजबुल्लाह ने रॉकेट दागे तो इजराइल लेबनान पर हवाई हमले करेगा।",
])
def test_a_threat_told_by_what_will_befall_is_made(text: str, pipeline: Pipeline) -> None:
    found = [e for e in events(text, pipeline) if e.type == "THREATEN"]
    assert found and all(e.modality == "asserted" for e in found)


def test_a_threat_still_to_be_made_is_planned(pipeline: Pipeline) -> None:
    found = [e for e in events("सूत्रों के अनुसार, अमेरिका अगले सप्ताह ईरान को अंतिम चेतावनी जारी करेगा।", pipeline)
             if e.type == "THREATEN"]
    assert found and all(e.modality == "planned" for e in found)


@pytest.mark.parametrize("text", [
    "श्री नड्डा ने आरोप लगाया कि कांग्रेस चुनावी फायदे के लिए किसानों को गुमराह कर रही है।",
    "भाजपा अध्यक्ष ने आरोप लगाया कि कांग्रेस नागरिकता कानून को लेकर दुष्प्रचार कर रही है।",
])
def test_a_charge_inside_a_charge_is_one_accusation(text: str, pipeline: Pipeline) -> None:
    found = [e for e in events(text, pipeline) if e.type == "ACCUSE"]
    assert len(found) == 1 and found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "महाराष्ट्र में रसोई गैस सिलेंडर में धमाका होने से दो लोग घायल हो गए।",
    "तमिलनाडु की पटाखा फैक्ट्री में विस्फोट से आठ मजदूरों की मौत हो गई।",
    "फैक्ट्री के बॉयलर में विस्फोट होने से छह मजदूर झुलस गए।",
    "उत्तराखंड में तेंदुए के हमले में एक बच्चे की मौत हो गई।",
    "जंगली हाथियों के हमले में दो ग्रामीण मारे गए।",
    "उत्तर प्रदेश के आगरा में सड़क हादसे में पांच लोगों की मौत हो गई।",
    "नेपाल में आए भूकंप में सैकड़ों लोग मारे गए।",
])
def test_accidents_and_animals_are_no_attacks(text: str, pipeline: Pipeline) -> None:
    assert events(text, pipeline) == []


@pytest.mark.parametrize("text", [
    "आतंकियों ने बाजार में बम विस्फोट किया जिसमें दस लोग मारे गए।",
    "यूक्रेन ने रूस की तेल फैक्ट्री पर ड्रोन हमला किया।",
    "हूती विद्रोहियों ने लाल सागर में एक टैंकर पर मिसाइल हमला किया।",
])
def test_attacks_near_such_words_stay_attacks(text: str, pipeline: Pipeline) -> None:
    assert "ASSAULT" in types(text, pipeline)
