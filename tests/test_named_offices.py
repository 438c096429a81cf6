"""An office told without a name stands for the one holder the article named with it.

- "प्रधानमंत्री ने", "पीएम ने", "रक्षा मंत्री ने" after "प्रधानमंत्री नरेंद्र मोदी": that person;
  with two holders of the office named before, or none, the office stays a generic actor.
- "पाकिस्तानी प्रधानमंत्री ने": only a holder of that country.
- Offices written joined ("रक्षामंत्री", "वित्तमंत्री") are titles and generic offices, not names.
"""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.references import sentence_slots
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[Event]:
    return ghatna.extract(text, pipeline=pipeline).events


def sources(text: str, plover: str, pipeline: Pipeline) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source.name, e.source.country, e.source.kind) for e in events(text, pipeline)
            if e.type == plover and e.source is not None]


@pytest.mark.parametrize(("text", "plover", "name"), [
    ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को किसानों से बात की। बाद में प्रधानमंत्री ने पाकिस्तान की आलोचना की।",
     "ACCUSE", "Narendra Modi"),
    ("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को किसानों से बात की। पीएम ने चीन की कड़ी आलोचना की।",
     "ACCUSE", "Narendra Modi"),
    ("रक्षा मंत्री राजनाथ सिंह बुधवार को लखनऊ पहुंचे। रक्षा मंत्री ने पाकिस्तान को चेतावनी दी।",
     "THREATEN", "Rajnath Singh"),
    ("रक्षामंत्री राजनाथ सिंह बुधवार को लखनऊ पहुंचे। रक्षामंत्री ने चीन पर आरोप लगाया।",
     "ACCUSE", "Rajnath Singh"),
])
def test_a_bare_office_is_its_one_named_holder(text: str, plover: str, name: str, pipeline: Pipeline) -> None:
    assert name in [n for n, _c, _k in sources(text, plover, pipeline)]


def test_two_holders_leave_the_office_generic(pipeline: Pipeline) -> None:
    text = ("भारत के प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री शिंजो आबे ने बैठक की। "
            "प्रधानमंत्री ने चीन की आलोचना की।")
    found = sources(text, "ACCUSE", pipeline)
    assert all(name not in ("Narendra Modi", "Shinzo Abe") for name, _c, _k in found)


def test_an_office_of_a_named_country_is_its_holder_there(pipeline: Pipeline) -> None:
    text = ("भारत के प्रधानमंत्री नरेंद्र मोदी और पाकिस्तान के प्रधानमंत्री इमरान खान न्यूयॉर्क में थे। "
            "पाकिस्तानी प्रधानमंत्री ने भारत की आलोचना की।")
    found = sources(text, "ACCUSE", pipeline)
    assert found and all(c == "PAK" for _n, c, _k in found)
    assert "Narendra Modi" not in [n for n, _c, _k in found]


@pytest.mark.parametrize("text", [
    "फ्रांस के वित्तमंत्री ने अमेरिका की आलोचना की।",
    "ईरान के विदेशमंत्री ने अमेरिका की कड़ी आलोचना की।",
])
def test_a_joined_office_is_no_name(text: str, pipeline: Pipeline) -> None:
    found = sources(text, "ACCUSE", pipeline)
    assert found and all(k == "generic" for _n, _c, k in found)
    assert all(c in ("FRA", "IRN") for _n, c, _k in found)


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events(text, pipeline)}


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("प्रधानमंत्री ने अमेरिकी राष्ट्रपति से फोन पर बात की।", ("CONSULT", "IND", "USA"), ("CONSULT", "USA", "USA")),
    ("कराची में हुए धमाके के बाद प्रधानमंत्री ने पाकिस्तान की कड़ी आलोचना की।", ("ACCUSE", "IND", "PAK"),
     ("ACCUSE", "PAK", "PAK")),
    ("राष्ट्रपति ने नेपाल के प्रधानमंत्री से मुलाकात की।", ("CONSULT", "IND", "NPL"), ("CONSULT", "NPL", "NPL")),
])
def test_an_office_told_bare_is_the_home_countrys(text: str, expected: tuple[str, str, str],
                                                   wrong: tuple[str, str, str], pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found and wrong not in found


def test_an_office_of_a_country_named_before_it_keeps_that_country(pipeline: Pipeline) -> None:
    found = dyads("पाकिस्तान के प्रधानमंत्री ने भारत की आलोचना की।", pipeline)
    assert ("ACCUSE", "PAK", "IND") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("अधिकारियों ने किसानों से धरना खत्म करने की अपील की।", ("REQUEST", "IND", "IND")),
    ("पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।", ("COERCE", "IND", "IND")),
    ("अदालत ने सरकार से जवाब मांगा।", ("REQUEST", "IND", "IND")),
])
def test_a_group_nothing_places_is_of_the_home_country(text: str, expected: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    lead = "कांग्रेस ने बुधवार को एक बयान जारी किया। "  # the article names an actor, but no place
    assert expected in dyads(lead + text, pipeline)


def test_a_group_the_sentence_places_keeps_that_country(pipeline: Pipeline) -> None:
    found = dyads("ढाका में पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।", pipeline)
    assert ("COERCE", "BGD", "BGD") in found


def test_a_group_takes_the_country_of_the_named_side_before_the_home_country(pipeline: Pipeline) -> None:
    found = dyads("संयुक्त राष्ट्र ने एक रिपोर्ट जारी की। प्रदर्शनकारियों ने इमरान खान के खिलाफ नारे लगाए और विरोध प्रदर्शन किया।",
                  pipeline)
    assert ("PROTEST", "PAK", "PAK") in found


def test_groups_of_a_text_that_names_no_one_stay_unplaced(pipeline: Pipeline) -> None:
    assert ("COERCE", None, None) in dyads("पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।", pipeline)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("काठमांडू, 9 सितंबर। नेपाल में छात्रों ने प्रदर्शन किया। विपक्षी दलों ने गृह मंत्री के इस्तीफे की मांग की।",
     ("REQUEST", "NPL", "NPL"), ("REQUEST", "NPL", "IND")),
    ("कोलंबो, 14 मार्च। श्रीलंका में मछुआरों ने धरना दिया। मत्स्य मंत्री ने मछुआरों से मुलाकात की।",
     ("CONSULT", "LKA", "LKA"), ("CONSULT", "IND", "LKA")),
])
def test_an_office_told_bare_is_of_the_country_the_dateline_gives(text: str, expected: tuple[str, str, str],
                                                                  wrong: tuple[str, str, str],
                                                                  pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found and wrong not in found


def test_a_lieutenant_governor_told_bare_is_the_one_named_before(pipeline: Pipeline) -> None:
    text = "उपराज्यपाल गिरीश चंद्र मुर्मू ने अधिकारियों के साथ बैठक की। उपराज्यपाल ने केंद्र से मदद मांगी।"
    assert "Girish Chandra Murmu" in [n for n, _c, _k in sources(text, "REQUEST", pipeline)]


def test_a_title_before_a_new_name_is_not_the_holder_named_before(pipeline: Pipeline) -> None:
    text = ("उपराष्ट्रपति जेम्स वानी इग्गा ने जुबा में बैठक की। राष्ट्रपति सल्वा कीर ने बाद में उपराष्ट्रपति "
            "रिएक मचार पर तख्तापलट की साजिश का आरोप लगाया।")
    doc = ghatna.extract(text, pipeline=pipeline)
    first, last = index_range(doc, doc.sentences[1])
    actors = [e.name for slot in sentence_slots(doc, first, last) for e in slot.entities]
    assert "Salva Kiir" in actors and not any("Igga" in name for name in actors)


@pytest.mark.parametrize(("text", "plover", "label"), [
    ("शिकागो में जूरी ने राणा को दोषी ठहराया।", "COERCE", "court"),
    ("मुस्लिम धर्मगुरुओं ने लोगों से घरों में रहने की अपील की।", "REQUEST", "clerics"),
])
def test_unnamed_bodies_are_groups(text: str, plover: str, label: str, pipeline: Pipeline) -> None:
    found = [e.source for e in events(text, pipeline) if e.type == plover and e.source is not None]
    assert found and all(s.kind == "generic" and s.role == label for s in found)


@pytest.mark.parametrize(("text", "expected"), [
    (("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की। इसके बाद "
      "प्रधानमंत्री ने मंत्रिमंडल की बैठक बुलाई। उन्होंने पाकिस्तान की कड़ी आलोचना की।"), "Narendra Modi"),
    (("प्रधानमंत्री नरेंद्र मोदी और अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने मंगलवार को फोन पर बात की। बाद में "
      "राष्ट्रपति ने व्हाइट हाउस में बैठक बुलाई। उन्होंने ईरान की कड़ी आलोचना की।"), "Donald Trump"),
])
def test_he_after_an_office_that_acted_is_its_holder(text: str, expected: str, pipeline: Pipeline) -> None:
    assert expected in [n for n, _c, _k in sources(text, "ACCUSE", pipeline)]
