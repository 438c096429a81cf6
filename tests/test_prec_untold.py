"""Phrases that name an event without telling it happened (extraction/untold.py): a deed asked
about, a relation to be strengthened, a deed not done by a doer only implied, a deed whose clause
has a pronoun as its subject, a letter that tells rather than asks. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

import ghatna


def types_of(text: str) -> list[str]:
    return [e.type for e in ghatna.extract(text).events]


@pytest.mark.parametrize(("text", "plover"), [
    ("क्या सरकार किसानों के नेताओं से बातचीत करेगी?", "CONSULT"),
    ("भारत ने पाकिस्तान की चौकियों पर हमला किया?", "ASSAULT"),
    ("विपक्ष ने पूछा कि क्या पुलिस ने छात्र नेताओं को गिरफ्तार किया।", "COERCE"),
    ("जांच हो रही है कि मंत्री के बेटे ने लौटने के बाद किन-किन लोगों से मुलाकात की।", "CONSULT"),
    ("पुलिस यह पता लगा रही है कि किसने थाने पर पथराव किया।", "PROTEST"),
])
def test_a_deed_asked_about_is_no_event(text: str, plover: str) -> None:
    assert plover not in types_of(text)


def test_a_charge_put_as_a_question_is_still_made() -> None:
    assert "ACCUSE" in types_of("भाजपा अध्यक्ष ने पूछा कि क्या कांग्रेस लोगों को गुमराह कर रही है?")


@pytest.mark.parametrize(("text", "plover"), [
    ("सरकार ने किसानों के नेताओं से बातचीत की।", "CONSULT"),
    ("पुलिस ने छात्र नेताओं को गिरफ्तार किया।", "COERCE"),
    ("सुप्रीम कोर्ट ने असम सरकार से जवाब मांगा कि क्या अधिकारी ने भड़काऊ बयान दिया।", "REQUEST"),
])
def test_a_deed_told_beside_a_question_stays(text: str, plover: str) -> None:
    assert plover in types_of(text)


@pytest.mark.parametrize("text", [
    "भारत और जापान के रक्षा मंत्रियों ने सुरक्षा सहयोग बढ़ाने के उपायों पर चर्चा की।",
    "प्रधानमंत्री ने भारत और अमेरिका के बीच रणनीतिक साझेदारी प्रगाढ़ करने में हुई प्रगति का उल्लेख किया।",
    "भारत और फ्रांस ने रक्षा सहयोग को मजबूत करने पर चर्चा की।",
])
def test_a_relation_to_strengthen_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in types_of(text)


def test_cooperation_done_stays() -> None:
    assert "COOPERATE" in types_of("भारत और जापान की नौसेनाओं ने बंगाल की खाड़ी में संयुक्त अभ्यास किया।")


@pytest.mark.parametrize("text", [
    "अदालत ने कहा कि अब तक किसी आरोपी को गिरफ्तार नहीं किया गया है।",
    "उन्हें इस शर्त पर छोड़ा गया कि वे किसी विरोध प्रदर्शन में शामिल नहीं होंगे।",
    "लेकिन कैदियों की रिहाई नहीं की गई।",
])
def test_a_deed_not_done_by_no_named_doer_is_no_event(text: str) -> None:
    assert types_of(text) == []


@pytest.mark.parametrize(("text", "plover", "modality"), [
    ("पुलिस ने आरोपी को गिरफ्तार नहीं किया।", "COERCE", "negated"),
    ("आरोपी को कल रात गिरफ्तार कर लिया गया।", "COERCE", "asserted"),
])
def test_a_named_doer_or_a_deed_done_stays(text: str, plover: str, modality: str) -> None:
    assert [(e.type, e.modality) for e in ghatna.extract(text).events] == [(plover, modality)]


@pytest.mark.parametrize("text", [
    "उन्होंने खुदरा क्षेत्र में विदेशी निवेश का जोरदार विरोध किया।",
    "एक घंटे तक वह सड़क पर हंगामा करता रहा।",
])
def test_a_pronoun_doer_is_no_implied_crowd(text: str) -> None:
    assert "PROTEST" not in types_of(text)


def test_a_crowd_named_still_protests() -> None:
    assert "PROTEST" in types_of("छात्रों ने फीस वृद्धि के खिलाफ विश्वविद्यालय में विरोध प्रदर्शन किया।")


@pytest.mark.parametrize(("text", "asks"), [
    ("मुख्यमंत्री ने प्रधानमंत्री को पत्र लिखकर कहा कि राज्य में हालात अब सामान्य हैं।", False),
    ("उद्योगपति ने प्रधानमंत्री को पत्र लिखकर कहा है कि सरकार बहुत अच्छा काम कर रही है।", False),
    ("मुख्यमंत्री ने प्रधानमंत्री को पत्र लिखकर कहा कि केंद्र राज्य को और टीके भेजे।", True),
    ("मुख्य सचिव ने रेलवे बोर्ड को चिट्ठी लिखकर कहा है कि यह सुनिश्चित करें कि ट्रेनें न रुकें।", True),
])
def test_a_letter_that_tells_asks_nothing(text: str, asks: bool) -> None:
    assert ("REQUEST" in types_of(text)) == asks


@pytest.mark.parametrize("text", [
    "अध्ययन में पाया गया कि नियमित कसरत से विज्ञान में लड़कियों का प्रदर्शन विशेषकर बेहतर हुआ।",
    "इस साल राज्य की बोर्ड परीक्षा में छात्रों का प्रदर्शन काफी खराब रहा।",
])
def test_a_performance_judged_is_no_protest(text: str) -> None:
    assert "PROTEST" not in types_of(text)


def test_a_demonstration_described_stays() -> None:
    assert "PROTEST" in types_of("विपक्ष का प्रदर्शन शांतिपूर्ण रहा।")


@pytest.mark.parametrize(("text", "modality"), [
    ("विदेश मंत्री ने कहा कि चीन से वार्ता कल होगी।", "planned"),
    ("प्रधानमंत्री ने कहा कि अमेरिका के साथ बातचीत अगले महीने होगी।", "planned"),
    ("विदेश मंत्री ने कहा कि चीन से वार्ता कल हुई।", "asserted"),
])
def test_talks_told_to_be_held_are_planned(text: str, modality: str) -> None:
    assert [(e.type, e.modality) for e in ghatna.extract(text).events] == [("CONSULT", modality)]
