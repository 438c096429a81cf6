"""Phrases that name an event without telling it happened (extraction/untold.py): a deed asked
about, a relation to be strengthened, a deed not done by a doer only implied, a deed whose clause
has a pronoun as its subject, a letter that tells rather than asks. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.resources import load_yaml


def types_of(text: str) -> list[str]:
    return [e.type for e in ghatna.extract(text).events]


@pytest.mark.parametrize(("text", "plover"), [
    ("क्या सरकार किसानों के नेताओं से बातचीत करेगी?", "CONSULT"),
    ("भारत ने पाकिस्तान की चौकियों पर हमला किया?", "ASSAULT"),
    ("विपक्ष ने पूछा कि क्या पुलिस ने छात्र नेताओं को गिरफ्तार किया।", "COERCE"),
    ("जांच हो रही है कि मंत्री के बेटे ने लौटने के बाद किन-किन लोगों से मुलाकात की।", "CONSULT"),
    ("पुलिस यह पता लगा रही है कि किसने थाने पर पथराव किया।", "PROTEST"),
    ("पत्रकारों ने पूछा कि मंत्री ने दौरे में किन-किन अधिकारियों से मुलाकात की।", "CONSULT"),
    # asked when or why a deed yet to be will be done: asked, not planned (the review of 1b3bd2f)
    ("भारत पाकिस्तान पर हमला कब करेगा?", "ASSAULT"),
    ("पाकिस्तान भारत से बातचीत कब करेगा?", "CONSULT"),
    ("सरकार किसानों के प्रतिनिधियों से बातचीत कब करेगी?", "CONSULT"),
    ("चीन ताइवान पर हमला क्यों करेगा?", "ASSAULT"),
])
def test_a_deed_asked_about_is_no_event(text: str, plover: str) -> None:
    assert plover not in types_of(text)


def test_a_charge_put_as_a_question_is_still_made() -> None:
    assert "ACCUSE" in types_of("भाजपा अध्यक्ष ने पूछा कि क्या कांग्रेस लोगों को गुमराह कर रही है?")


@pytest.mark.parametrize(("text", "plover"), [
    ("सरकार ने किसानों के नेताओं से बातचीत की।", "CONSULT"),
    ("पुलिस ने छात्र नेताओं को गिरफ्तार किया।", "COERCE"),
    ("सुप्रीम कोर्ट ने असम सरकार से जवाब मांगा कि क्या अधिकारी ने भड़काऊ बयान दिया।", "REQUEST"),
    # asked how or why: the deed is taken as done
    ("पुलिस ने निहत्थे छात्रों पर लाठीचार्ज क्यों किया?", "COERCE"),
    ("सेना ने सीमा पर नागरिकों को गिरफ्तार क्यों किया?", "COERCE"),
    # a question word in a clause a verb of telling opens: told
    ("सरकार ने बताया कि प्रधानमंत्री ने अमेरिका में किन नेताओं से मुलाकात की।", "CONSULT"),
    ("मंत्रालय ने खुलासा किया कि विदेश मंत्री ने दौरे में किन-किन अधिकारियों से मुलाकात की।", "CONSULT"),
])
def test_a_deed_told_beside_a_question_stays(text: str, plover: str) -> None:
    assert plover in types_of(text)


@pytest.mark.parametrize("text", [
    "दोनों देशों के रक्षा मंत्रियों ने समुद्री सुरक्षा में सहयोग बढ़ाने के उपायों पर विचार किया।",
    "भारत और जापान के गृह मंत्रियों ने आतंकवाद के खिलाफ सहयोग बढ़ाने के उपायों पर बातचीत की।",
    "प्रधानमंत्री ने भारत और अमेरिका के बीच रणनीतिक साझेदारी प्रगाढ़ करने में हुई प्रगति का उल्लेख किया।",
    "भारत और फ्रांस ने रक्षा सहयोग को मजबूत करने पर चर्चा की।",
])
def test_a_relation_to_strengthen_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in types_of(text)


@pytest.mark.parametrize("text", [
    "भारत और जापान की नौसेनाओं ने बंगाल की खाड़ी में संयुक्त अभ्यास किया।",
    # a finite verb of strengthening tells it done (only infinitives name a goal)
    "भारत और जापान ने पिछले साल संयुक्त सैन्य अभ्यास बढ़ाए।",
    "भारत और फ्रांस ने इस वर्ष संयुक्त नौसैनिक अभ्यास बढ़ाए।",
    "भारत और रूस ने अपनी साझेदारी को मजबूत किया।",
])
def test_cooperation_done_stays(text: str) -> None:
    assert "COOPERATE" in types_of(text)


@pytest.mark.parametrize("text", [
    "अदालत ने कहा कि अब तक किसी आरोपी को गिरफ्तार नहीं किया गया है।",
    "रिहाई इस शर्त पर हुई कि वे किसी विरोध प्रदर्शन में भाग नहीं लेंगे।",
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
    "देर रात तक वह चौराहे पर हंगामा करता रहा।",
])
def test_a_pronoun_doer_is_no_implied_crowd(text: str) -> None:
    assert "PROTEST" not in types_of(text)


def test_a_crowd_named_still_protests() -> None:
    assert "PROTEST" in types_of("छात्रों ने फीस वृद्धि के खिलाफ विश्वविद्यालय में विरोध प्रदर्शन किया।")


@pytest.mark.parametrize("text", [
    "वे छात्र जिन्हें कल गिरफ्तार किया गया था आज जमानत पर रिहा हो गए।",
    "वह नेता जिसे कल हिरासत में लिया गया था आज छूट गया।",
    "वे मजदूर जो कल हिरासत में लिए गए थे आज छोड़ दिए गए।",
])
def test_a_pronoun_pointing_at_a_noun_is_no_subject(text: str) -> None:
    assert "COERCE" in types_of(text)


@pytest.mark.parametrize(("text", "doer"), [
    ("सैकड़ों किसान कलेक्ट्रेट पहुंचे। उन्होंने सरकार के खिलाफ जमकर नारेबाजी की।", "farmers"),
    ("सैकड़ों मजदूर फैक्ट्री के गेट पर जमा हुए। उन्होंने मालिकों के खिलाफ नारेबाजी की।", "workers"),
])
def test_a_pronoun_stands_for_the_group_before(text: str, doer: str) -> None:
    protests = [e for e in ghatna.extract(text).events if e.type == "PROTEST"]
    assert [e.source.as_actor()["name"] for e in protests if e.source] == [doer]


@pytest.mark.parametrize(("text", "asks"), [
    ("मुख्यमंत्री ने प्रधानमंत्री को पत्र लिखकर कहा कि राज्य में हालात अब सामान्य हैं।", False),
    ("उद्योगपति ने प्रधानमंत्री को पत्र लिखकर कहा है कि सरकार बहुत अच्छा काम कर रही है।", False),
    ("मुख्यमंत्री ने प्रधानमंत्री को पत्र लिखकर कहा कि केंद्र राज्य को और टीके भेजे।", True),
    ("मुख्य सचिव ने गृह मंत्रालय को चिट्ठी लिखकर कहा है कि राज्य को अतिरिक्त बल भेजा जाए।", True),
])
def test_a_letter_that_tells_asks_nothing(text: str, asks: bool) -> None:
    assert ("REQUEST" in types_of(text)) == asks


@pytest.mark.parametrize("text", [
    "अध्ययन में पाया गया कि नियमित कसरत से विज्ञान में लड़कियों का प्रदर्शन विशेषकर बेहतर हुआ।",
    "इस साल राज्य की बोर्ड परीक्षा में छात्रों का प्रदर्शन काफी खराब रहा।",
])
def test_a_performance_judged_is_no_protest(text: str) -> None:
    assert "PROTEST" not in types_of(text)


@pytest.mark.parametrize("text", [
    "विपक्ष का प्रदर्शन शांतिपूर्ण रहा।",
    # the judging word describes what comes after the verb, not the demonstration
    "ग्रामीणों ने प्रदर्शन किया और खराब सड़कों की मरम्मत की मांग की।",
    "किसानों ने प्रदर्शन किया और खराब फसल के मुआवजे की मांग की।",
])
def test_a_demonstration_described_stays(text: str) -> None:
    assert "PROTEST" in types_of(text)


@pytest.mark.parametrize("block", ["letters", "performances"])
def test_each_untold_pattern_is_a_lexicon_row(block: str) -> None:
    rows = {row.pattern for row in load_triggers().triggers}
    assert set(load_yaml("modality.yaml")["untold"][block]["patterns"]) <= rows


@pytest.mark.parametrize(("text", "modality"), [
    ("विदेश मंत्री ने कहा कि चीन से वार्ता कल होगी।", "planned"),
    ("प्रधानमंत्री ने कहा कि अमेरिका के साथ बातचीत अगले महीने होगी।", "planned"),
    ("विदेश मंत्री ने कहा कि चीन से वार्ता कल हुई।", "asserted"),
])
def test_talks_told_to_be_held_are_planned(text: str, modality: str) -> None:
    assert [(e.type, e.modality) for e in ghatna.extract(text).events] == [("CONSULT", modality)]
