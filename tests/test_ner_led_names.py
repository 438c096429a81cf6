"""Organisations named by a person or a place and the words of a body after them
(``models/ner/led_names.py``, ``kind_words`` and ``name_honorifics`` of ``data/name_heads.yaml``):
the model's doubted organisation right after a person or place goes on it, and the person or place
is no mention of its own there."""

from __future__ import annotations

import pytest
from test_ner_head_names import predictions

import ghatna
from ghatna.document import Document
from ghatna.models.ner.led_names import led_names
from ghatna.models.ner.model import Prediction

GRAMMAR = frozenset({"को", "के", "की", "का", "में", "ने", "से", "और", "लिए", "पास", "कि", "है", "हैं"})
TITLES = frozenset({"प्रोफ़ेसर", "प्रोफेसर", "मंत्री", "श्री", "डॉ"})
THRESHOLDS = {"PERSON": 0.7, "ORG": 0.9, "LOC": 0.8}


def read(pipeline: ghatna.Pipeline, text: str, preds: list[tuple[str, str, float]]) -> tuple[Document, list[Prediction]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    found, _ = led_names(doc, predictions(doc, preds), GRAMMAR, TITLES, THRESHOLDS)
    return doc, found


@pytest.mark.parametrize(("text", "preds", "name"), [
    # a place the knowledge base links, and the model's doubted body after it
    ("सम्मेलन का आयोजन गुजरात राष्ट्रीय विधि विश्वविद्यालय में किया गया और कई छात्र आए।",
     [("राष्ट्रीय विधि विश्वविद्यालय", "ORG", 0.8)], "गुजरात राष्ट्रीय विधि विश्वविद्यालय"),
    # (a town whose hospital the knowledge base lacks: annotated.tsv has Munger's, found whole)
    ("दुर्घटना में घायल दोनों युवकों को जमुई सदर अस्पताल में भर्ती कराया गया है।",
     [("जमुई", "LOC", 0.93), ("सदर अस्पताल", "ORG", 0.73)], "जमुई सदर अस्पताल"),
    # a person the model gives, and a body named after him
    ("नए अफसरों का प्रशिक्षण लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी में शुरू हो गया है।",
     [("लाल बहादुर शास्त्री", "PERSON", 0.81), ("राष्ट्रीय प्रशासन अकादमी", "ORG", 0.79)],
     "लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी"),
    # an honorific before the namesake goes on the name
    ("बच्चों के इलाज के लिए श्री मोहन दास हृदय अस्पताल में नया विभाग खोला जाएगा।",
     [("मोहन दास", "PERSON", 0.9), ("हृदय अस्पताल", "ORG", 0.7)], "श्री मोहन दास हृदय अस्पताल"),
])
def test_name_and_body_are_one_organisation(before_ner: ghatna.Pipeline, text: str,
                                            preds: list[tuple[str, str, float]], name: str) -> None:
    doc, found = read(before_ner, text, preds)
    assert [(p.text, p.label) for p in found if p.label == "ORG"] == [(name, "ORG")]
    assert found[0].confidence >= THRESHOLDS["ORG"]
    start = text.index(name)
    assert not any(start <= m.start < start + len(name) for e in doc.entities for m in e.mentions)  # no place or person inside
    assert not any(p.label != "ORG" and start <= p.start < start + len(name) for p in found)


@pytest.mark.parametrize(("text", "preds"), [
    # the model is sure of both names: a person and another body
    ("बयान के मुताबिक अनवर हुसैन खान कृषि विश्वविद्यालय से स्नातक हैं और खेती करते हैं।",
     [("अनवर हुसैन खान", "PERSON", 1.0), ("कृषि विश्वविद्यालय", "ORG", 0.97)]),
    # a kind of body after a person
    ("इसके बाद सुरेश कुमार सरकारी अस्पताल पहुंचे और वहां उन्होंने इलाज कराया।",
     [("सुरेश कुमार", "PERSON", 1.0), ("सरकारी अस्पताल", "ORG", 0.6)]),
    # a titled person is no namesake
    ("प्रोफ़ेसर नीना वर्मा यूनिवर्सिटी कॉलेज में भाषा पर शोध करती हैं और किताबें लिखती हैं।",
     [("नीना वर्मा", "PERSON", 0.87), ("यूनिवर्सिटी कॉलेज", "ORG", 0.79)]),
    # a demonym is read by the entity stage's rules, not here
    ("रिपोर्ट भारतीय विधि आयोग ने पिछले साल सरकार को सौंपी थी और उस पर बहस हुई।",
     [("विधि आयोग", "ORG", 0.6)]),
    # a head alone after a place is org_heads' ("गोरखपुर विश्वविद्यालय")
    ("परीक्षा के नतीजे पटना विश्वविद्यालय ने सोमवार को जारी कर दिए और छात्र खुश हुए।",
     [("विश्वविद्यालय", "ORG", 0.6)]),
    # a comma between: a list, no name
    ("बैठक में मुंबई, राष्ट्रीय विधि विश्वविद्यालय और कई संस्थानों के लोग आए थे।",
     [("राष्ट्रीय विधि विश्वविद्यालय", "ORG", 0.8)]),
    # no head of an institution at the end
    ("सम्मेलन में बिहार राज्य सड़क परिवहन के अधिकारी भी शामिल हुए और सुझाव दिए।",
     [("राज्य सड़क परिवहन", "ORG", 0.7)]),
])
def test_no_organisation_where_the_names_stay_apart(before_ner: ghatna.Pipeline, text: str,
                                                   preds: list[tuple[str, str, float]]) -> None:
    _, found = read(before_ner, text, preds)
    first = preds[0][0]
    assert not any(p.label == "ORG" and p.text.startswith(first) and p.text != first for p in found)
    assert not any(p.label == "ORG" and len(p.text) > len(preds[-1][0]) for p in found)


@pytest.mark.parametrize(("text", "preds", "name", "country"), [
    # a linked place before the body gives the organisation its country
    ("प्रदर्शनी का उद्घाटन ढाका राष्ट्रीय चिकित्सा महाविद्यालय में हुआ और लोग आए।",
     [("राष्ट्रीय चिकित्सा महाविद्यालय", "ORG", 0.7)], "ढाका राष्ट्रीय चिकित्सा महाविद्यालय", "BGD"),
    ("काठमांडू राष्ट्रीय चिकित्सा विज्ञान संस्थान में सुबह से मरीजों की भीड़ थी।",
     [("राष्ट्रीय चिकित्सा विज्ञान संस्थान", "ORG", 0.8)], "काठमांडू राष्ट्रीय चिकित्सा विज्ञान संस्थान", "NPL"),
    # the model's one organisation, doubted, opened by a linked place
    ("मरीज की मौत मेरठ मेडिकल कॉलेज अस्पताल में हो गई और परिजनों ने हंगामा किया।",
     [("मेरठ मेडिकल कॉलेज अस्पताल", "ORG", 0.89)], "मेरठ मेडिकल कॉलेज अस्पताल", "IND"),
    ("दरभंगा मेडिकल कॉलेज अस्पताल के अधीक्षक ने जांच के आदेश दे दिए हैं।",
     [("दरभंगा मेडिकल कॉलेज अस्पताल", "ORG", 0.93)], "दरभंगा मेडिकल कॉलेज अस्पताल", "IND"),
    ("गोरखपुर मेडिकल कॉलेज में ऑक्सीजन की कमी की खबर आई तो अफसर पहुंचे।",
     [("गोरखपुर मेडिकल कॉलेज", "ORG", 0.6)], "गोरखपुर मेडिकल कॉलेज", "IND"),
    # a person names no country
    ("नए अफसरों का प्रशिक्षण लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी में शुरू हो गया है।",
     [("लाल बहादुर शास्त्री", "PERSON", 0.81), ("राष्ट्रीय प्रशासन अकादमी", "ORG", 0.79)],
     "लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी", None),
])
def test_a_place_gives_its_organisation_a_country(before_ner: ghatna.Pipeline, text: str, preds: list[tuple[str, str, float]],
                                                  name: str, country: str | None) -> None:
    doc = ghatna.extract(text, html=False, pipeline=before_ner)
    out = [Prediction(doc.body.index(n), doc.body.index(n) + len(n), n, label, c) for n, label, c in preds]
    found, countries = led_names(doc, out, GRAMMAR, TITLES, THRESHOLDS)
    assert [p.text for p in found if p.label == "ORG"] == [name]
    start = text.index(name)
    assert countries == {(start, start + len(name)): country}
    assert not any(start <= m.start < start + len(name) for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(("text", "preds"), [
    # the model sure enough of the name: the place yields to it anyway (``yield_places_inside_names``)
    ("मरीज की मौत मेरठ मेडिकल कॉलेज अस्पताल में हो गई और परिजनों ने हंगामा किया।",
     [("मेरठ मेडिकल कॉलेज अस्पताल", "ORG", 0.97)]),
    # a head alone after the place: ``org_heads``' reading
    ("परीक्षा के नतीजे पटना विश्वविद्यालय ने सोमवार को जारी कर दिए और छात्र खुश हुए।",
     [("पटना विश्वविद्यालय", "ORG", 0.6)]),
    # no institution's head at the end
    ("बयान में कहा गया कि आगरा जिला प्रशासन ने दो लोगों पर जुर्माना लगाया है।",
     [("आगरा जिला प्रशासन", "ORG", 0.7)]),
    # a demonym opens the organisation
    ("रिपोर्ट भारतीय प्रौद्योगिकी संस्थान ने पिछले साल सरकार को सौंपी थी और उस पर बहस हुई।",
     [("भारतीय प्रौद्योगिकी संस्थान", "ORG", 0.7)]),
])
def test_no_organisation_opened_by_a_place(before_ner: ghatna.Pipeline, text: str, preds: list[tuple[str, str, float]]) -> None:
    doc = ghatna.extract(text, html=False, pipeline=before_ner)
    out = [Prediction(doc.body.index(n), doc.body.index(n) + len(n), n, label, c) for n, label, c in preds]
    found, countries = led_names(doc, out, GRAMMAR, TITLES, THRESHOLDS)
    assert countries == {}
    assert found == out


@pytest.mark.parametrize(("text", "name", "country"), [
    ("प्रदर्शनी का उद्घाटन ढाका राष्ट्रीय चिकित्सा महाविद्यालय में हुआ और लोग आए।",
     "ढाका राष्ट्रीय चिकित्सा महाविद्यालय", "BGD"),
    ("मरीज की मौत मेरठ मेडिकल कॉलेज अस्पताल में हो गई और परिजनों ने हंगामा किया।", "मेरठ मेडिकल कॉलेज अस्पताल", "IND"),
])
def test_organisation_of_the_place_in_running_text(text: str, name: str, country: str) -> None:
    doc = ghatna.extract(text, html=False)
    orgs = [e for e in doc.entities if e.type == "ORG" and any(m.text == name for m in e.mentions)]
    assert [e.country for e in orgs] == [country]
    assert not any(e.type == "GPE" for e in doc.entities)


@pytest.mark.parametrize(("text", "name", "label", "country"), [
    # an organisation the model is sure of, opened by a linked place, is of its country
    ("कानपुर मेडिकल कॉलेज अस्पताल में भर्ती मरीजों की संख्या बढ़ गई है।", "कानपुर मेडिकल कॉलेज अस्पताल", "ORG", "IND"),
    ("ढाका वाणिज्य एवं उद्योग मंडल ने नए कर पर चिंता जताई है।", "ढाका वाणिज्य एवं उद्योग मंडल", "ORG", "BGD"),
    ("कराची शेयर बाजार में आज भारी गिरावट दर्ज की गई है।", "कराची शेयर बाजार", "ORG", "PAK"),
    # a person named after a place is of no country by it
    ("कवि भारत भूषण अग्रवाल की किताब का विमोचन किया गया।", "भारत भूषण अग्रवाल", "PERSON", None),
])
def test_place_inside_a_sure_name_gives_its_country(before_ner: ghatna.Pipeline, text: str, name: str, label: str,
                                                    country: str | None) -> None:
    from ghatna.models.ner.yields import yield_places_inside_names

    doc = ghatna.extract(text, html=False, pipeline=before_ner)
    start = doc.body.index(name)
    countries = yield_places_inside_names(doc, [Prediction(start, start + len(name), name, label, 0.98)])
    assert countries == ({(start, start + len(name)): country} if country else {})
    assert not any(start <= m.start < start + len(name) for e in doc.entities for m in e.mentions)
