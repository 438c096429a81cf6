"""People a scheme, award or place is named after (``models.ner.eponyms``): no mention of the
person inside "… खेल रत्न पुरस्कार" or "… मातृत्व सहयोग योजना"; an airport or stadium so named is a
place, whole. Sentences written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document, Entity, Span
from ghatna.models.ner.eponyms import eponym_names
from ghatna.models.ner.model import Prediction

SURE = {"PERSON": 0.7, "ORG": 0.9, "LOC": 0.8}
GRAMMAR = frozenset({"ने", "के", "की", "का", "को", "में", "से", "पर", "और"})


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def names(pipeline: ghatna.Pipeline, text: str) -> set[tuple[str, str]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {(e.type, m.text) for e in doc.entities for m in e.mentions}


def pred(body: str, text: str, label: str = "PERSON", confidence: float = 0.95) -> Prediction:
    start = body.index(text)
    return Prediction(start, start + len(text), text, label, confidence)


def person(body: str, text: str, kb_id: str | None = "kb:someone") -> Entity:
    start = body.index(text)
    return Entity(key=text, name=text, type="PERSON", kb_id=kb_id, country=None, sector=None,
                  mentions=[Span(start, start + len(text), text, "kb:name")])


@pytest.mark.parametrize(("text", "name"), [
    ("इस साल राजीव गांधी खेल रत्न पुरस्कार तीन खिलाड़ियों को दिया जाएगा।", "राजीव गांधी"),
    ("सरकार ने इंदिरा गांधी मातृत्व सहयोग योजना का दायरा बढ़ा दिया है।", "इंदिरा गांधी"),
    ("गांव में महात्मा गांधी राष्ट्रीय ग्रामीण रोजगार गारंटी योजना के तहत तालाब खुदा।", "महात्मा गांधी"),
])
def test_no_person_inside_a_scheme_or_award(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert ("PERSON", name) not in names(pipeline, text), names(pipeline, text)


def test_an_airport_named_after_a_person_is_a_place(pipeline: ghatna.Pipeline) -> None:
    found = names(pipeline, "विमान इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे पर सुरक्षित उतरा।")
    assert ("GPE", "इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे") in found, found
    assert ("PERSON", "इंदिरा गांधी") not in found


@pytest.mark.parametrize(("text", "name"), [
    ("प्रधानमंत्री नरेंद्र मोदी ने आज नई योजना की घोषणा की।", "नरेंद्र मोदी"),  # the agent marker parts them
    ("राहुल गांधी ने कहा कि यह योजना पूरी तरह विफल रही है।", "राहुल गांधी"),
])
def test_a_person_acting_on_a_scheme_stays(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert ("PERSON", name) in names(pipeline, text), names(pipeline, text)


@pytest.mark.parametrize("body", [
    "सुरेश कुमार प्रधानमंत्री आवास योजना के लाभार्थी हैं।",  # an office names the scheme
    "सुरेश कुमार योजना से नाराज हैं।",  # the head right after the name: no evidence
    "सुरेश कुमार, ग्रामीण विकास योजना के अधिकारी हैं।",  # a comma parts them
    "सुरेश कुमार 2021 ग्रामीण योजना के अधिकारी हैं।",  # a digit
    "सुरेश कुमार बहुत पुरानी ग्रामीण विकास रोजगार सहायता योजना से जुड़े हैं।",  # five words between
])
def test_no_eponym_without_its_shape(body: str) -> None:
    preds = [pred(body, "सुरेश कुमार")]
    doc = Document(source="test", raw=body, body=body)
    out, places = eponym_names(doc, preds, GRAMMAR, SURE)
    assert out == preds and places == []


def test_a_lone_unknown_word_names_no_scheme() -> None:
    body = "रामलाल वृद्धावस्था पेंशन योजना से वंचित हैं।"
    preds = [pred(body, "रामलाल")]
    doc = Document(source="test", raw=body, body=body)
    assert eponym_names(doc, preds, GRAMMAR, SURE) == (preds, [])


def test_a_known_persons_mention_goes_and_a_place_is_predicted() -> None:
    body = "दल दीनदयाल उपाध्याय अंतरराष्ट्रीय हवाई अड्डे पर पहुंचा। दीनदयाल उपाध्याय ने लिखा था।"
    entity = person(body, "दीनदयाल उपाध्याय")
    second = body.rindex("दीनदयाल उपाध्याय")
    entity.mentions.append(Span(second, second + len("दीनदयाल उपाध्याय"), "दीनदयाल उपाध्याय", "kb:name"))
    doc = Document(source="test", raw=body, body=body, entities=[entity])
    out, places = eponym_names(doc, [], GRAMMAR, SURE)
    assert [(p.text, p.label) for p in out] == [("दीनदयाल उपाध्याय अंतरराष्ट्रीय हवाई अड्डे", "LOC")]
    assert places == [(out[0].start, out[0].end)]
    assert [m.start for m in doc.entities[0].mentions] == [second]  # the later mention stays


def test_a_sure_name_after_the_person_ends_the_reading() -> None:
    body = "राजीव गांधी भारत यात्रा योजना पर बोले।"
    preds = [pred(body, "राजीव गांधी"), pred(body, "भारत", "LOC", 0.99)]
    doc = Document(source="test", raw=body, body=body)
    out, _ = eponym_names(doc, preds, GRAMMAR, SURE)
    assert out == preds
