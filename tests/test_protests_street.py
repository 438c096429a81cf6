"""Protests in the street (issue 10): who strikes, sits in or fasts, and what is no protest.

A group that goes on strike, sits on a dharna or a fast ("X हड़ताल पर चले गए", "X धरने पर बैठे",
"X अनशन पर बैठे", "X हड़ताल पर हैं") is the protest's source, not the one it befalls (the "गए"
of going was read as a passive). A political fast ("12 घंटे का उपवास", "उपवास पर बैठे") is a
protest; a religious one is none. The people listed after a protest's participle ("घेराव करने
वालों में A, B और C मौजूद रहे") are its sources. The site of a protest ("धरना स्थल",
"उपवास स्थल") is a place, not a protest told. All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event


def protests(text: str) -> list[Event]:
    return [e for e in ghatna.extract(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize(("text", "source", "modality"), [
    ("लखनऊ में सफाई कर्मचारी वेतन न मिलने से नाराज होकर हड़ताल पर चले गए।", "workers", "asserted"),
    ("रांची में पारा शिक्षक सोमवार से अनिश्चितकालीन हड़ताल पर चले गए हैं।", "academics", "asserted"),
    ("चेन्नई में नर्सें वेतन की मांग पर हड़ताल पर चली गईं।", "health workers", "asserted"),
    ("जयपुर में रोडवेज के चालक तीन दिन से हड़ताल पर हैं।", "drivers", "asserted"),
    ("देहरादून में बिजली विभाग के संविदा कर्मी पूरे हफ्ते हड़ताल पर रहे।", "workers", "asserted"),
    ("कोलकाता में ऑटो चालक अगले सोमवार से हड़ताल पर जाएंगे।", "drivers", "planned"),
    ("इंदौर में किसान मंडी शुल्क के खिलाफ धरने पर बैठे।", "farmers", "asserted"),
    ("मेरठ में व्यापारी नगर निगम के खिलाफ धरने पर बैठ गए।", "business", "asserted"),
    ("शामली में गन्ना किसान बकाया भुगतान के लिए चीनी मिल के बाहर धरने पर डटे हैं।", "farmers", "asserted"),
    ("भोपाल के जूनियर डॉक्टर भूख हड़ताल पर बैठे हैं।", "health workers", "asserted"),
    ("पटना में छात्र परीक्षा रद्द करने की मांग को लेकर अनशन पर बैठे।", "students", "asserted"),
    ("भुवनेश्वर में शिक्षक वेतन कटौती के विरोध में उपवास पर बैठे।", "academics", "asserted"),
])
def test_who_goes_on_strike_or_sits_in_is_the_source(text: str, source: str, modality: str) -> None:
    found = protests(text)
    assert [(e.source.role, e.modality) for e in found] == [(source, modality)]
    assert found[0].source.country == "IND" and found[0].target is not None and found[0].target.role != source


@pytest.mark.parametrize("text", [
    "हैदराबाद में भाजपा विधायक ने 12 घंटे का उपवास शुरू किया।",
    "गुवाहाटी में कांग्रेस नेताओं ने महंगाई के खिलाफ एक दिवसीय उपवास किया।",
    "शिक्षक संघ के पदाधिकारियों ने वेतन कटौती के विरोध में त्रिदिवसीय उपवास शुरू किया।",
])
def test_a_political_fast_is_a_protest(text: str) -> None:
    assert protests(text)


@pytest.mark.parametrize(("text", "sources", "target"), [
    ("कानपुर में प्रदर्शन करने वालों में रमेश यादव, सुनील वर्मा और अजय कुमार शामिल थे।",
     {"Ramesh Yadav", "Sunil Verma", "Ajay Kumar"}, None),
    ("नगर निगम के अफसरों का घेराव करने वालों में पार्षद राजेश गुप्ता, संजय मिश्रा और दीपक सैनी मौजूद रहे।",
     {"Rajesh Gupta", "Sanjay Mishra", "Deepak Saini"}, "officials"),
    ("रायपुर में धरने पर बैठने वालों में प्रमुख रूप से अनिल शर्मा, महेश गुप्ता, दिनेश सिंह शामिल रहे।",
     {"Anil Sharma", "Mahesh Gupta", "Dinesh Singh"}, None),
])
def test_people_listed_after_the_protest_participle_are_its_sources(text: str, sources: set[str],
                                                                     target: str | None) -> None:
    found = protests(text)
    assert {e.source.name for e in found} == sources
    if target is not None:
        assert {e.target.role for e in found if e.target is not None} == {target}


def test_a_listed_office_holder_is_a_source() -> None:
    text = "अल्मोड़ा में विरोध प्रदर्शन में शामिल होने वालों में जिला अध्यक्ष राकेश पांडेय और सचिव हरीश नेगी प्रमुख थे।"
    assert "Rakesh Pandey" in {e.source.name for e in protests(text)}


@pytest.mark.parametrize("text", [
    # a list after a participle of no protest
    "कानपुर में हमला करने वालों में रमेश यादव और सुनील वर्मा शामिल थे।",
    "कानपुर में मैच देखने वालों में रमेश यादव और सुनील वर्मा शामिल थे।",
    # a religious fast
    "नवरात्र में श्रद्धालु नौ दिन का उपवास रखते हैं।",
    "एकादशी पर गांव की महिलाओं ने उपवास रखा और पूजा की।",
    # the site of a protest is a place
    "करनाल में प्रशासन ने धरनास्थल से पुलिस बल हटा लिया।",
    "आगरा में उपवास स्थल पर कई विधायक पहुंचे।",
    "पुलिस ने जंतर मंतर पर प्रदर्शन स्थल के चारों ओर बैरिकेड लगा दिए।",
    "धरना स्थल पर पहुंचे सांसद ने किसानों से बात की।",
    # a performance, and a politician's opposition in words (ACCUSE)
    "भारतीय टीम ने इस मैच में शानदार प्रदर्शन किया।",
    "राहुल गांधी ने नए कृषि कानूनों का विरोध किया।",
])
def test_no_protest(text: str) -> None:
    assert protests(text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("लखनऊ में सपा कार्यकर्ताओं ने योगी सरकार के खिलाफ प्रदर्शन किया।", "activists"),
    ("जयपुर में किसानों ने राष्ट्रीय राजमार्ग पर चक्का जाम किया।", "farmers"),
])
def test_protests_told_with_an_agent_stay(text: str, source: str) -> None:
    assert [(e.source.role, e.modality) for e in protests(text)] == [(source, "asserted")]


def test_a_strike_announced_for_later_is_planned() -> None:
    assert [e.modality for e in protests("मजदूर संगठनों ने अगले सप्ताह देशव्यापी हड़ताल का ऐलान किया।")] == ["planned"]


@pytest.mark.parametrize(("text", "source"), [
    ("कानपुर में नाराज ग्रामीण बिजली कटौती के विरोध में सड़क पर बैठ गए।", "civilians"),
    ("नासिक में प्याज किसान दाम गिरने से नाराज होकर सड़कों पर बैठ गए।", "farmers"),
    ("पटना में शिक्षकों ने वेतन कटौती के विरोध में काली पट्टियां बांधकर पढ़ाया।", "academics"),
    ("जबलपुर में वकीलों ने हाईकोर्ट के फैसले के खिलाफ काली पट्टी बांधकर काम किया।", "civilians"),
])
def test_a_road_sit_in_or_black_bands_are_a_protest(text: str, source: str) -> None:
    assert [e.source.role for e in protests(text)] == [source]


@pytest.mark.parametrize("text", [
    "अमेरिका ने दक्षिण अफ्रीका में होने वाले जी20 शिखर सम्मेलन का बहिष्कार किया।",
    "चीन ने शिखर सम्मेलन का बहिष्कार करने की घोषणा की।",
])
def test_boycotting_a_summit_is_no_protest(text: str) -> None:
    assert protests(text) == []


def test_boycotting_a_summit_rejects_its_host() -> None:
    events = ghatna.extract("ब्रिटेन ने रूस के साथ तनाव के चलते मॉस्को में होने वाले शिखर सम्मेलन का बहिष्कार किया।").events
    assert [(e.type, e.source.country, e.target.country if e.target else None) for e in events] == [("REJECT", "GBR", "RUS")]


@pytest.mark.parametrize(("text", "source"), [
    ("गुवाहाटी में छात्र संगठनों ने नागरिकता कानून के विरोध में बंद बुलाया।", "students"),
    ("कोलकाता में वाम दलों ने पेट्रोल के दाम बढ़ने के खिलाफ बंद बुलाया।", "Left parties"),
])
def test_a_bandh_called_is_a_protest(text: str, source: str) -> None:
    assert [e.source.role for e in protests(text)] == [source]
