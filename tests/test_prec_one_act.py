"""Precision of domestic events (issue 10): one act, one event. Two words for one act in one
sentence read with other modalities ("नोटिस भेज कर … जवाब तलब करेगी") are one event; a person told
by two titles ("X के मुख्यमंत्री और Y के अध्यक्ष NAME ने") is one source, not an office beside him;
the one a charge is laid on is not whom a demand or order about it is made of ("Y पर लगे आरोपों
की जांच की मांग"). All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def events_of(text: str, plover: str) -> list[tuple[str, str | None]]:
    return [(e.source.name if e.source else "", e.target.role if e.target else None)
            for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize(("text", "plover"), [
    ("पुलिस आरोपियों को नोटिस भेज कर उनका जवाब तलब करेगी।", "REQUEST"),
    ("दरोगा ने बदमाशों को दौड़ा कर पकड़ा और गिरफ्तार कर लिया।", "COERCE"),
])
def test_one_act_in_two_words_is_one_event(text: str, plover: str) -> None:
    assert len(events_of(text, plover)) == 1


@pytest.mark.parametrize(("text", "plover", "name"), [
    ("केंद्रीय मंत्री और भाजपा नेता रविशंकर प्रसाद ने कांग्रेस की आलोचना की।", "ACCUSE", "Ravi Shankar Prasad"),
    ("पंजाब के पूर्व मुख्यमंत्री और अकाली दल के अध्यक्ष प्रकाश सिंह बादल ने केंद्र सरकार से किसानों की मदद की अपील की।",
     "REQUEST", "Parkash Singh Badal"),
    ("उत्तर प्रदेश के मुख्यमंत्री और गोरखनाथ मठ के महंत योगी आदित्यनाथ ने लोगों से घरों में रहने की अपील की।",
     "REQUEST", "Yogi Adityanath"),
    ("बिहार के उपमुख्यमंत्री और भाजपा के वरिष्ठ नेता सुशील कुमार मोदी ने राजद पर निशाना साधा।", "ACCUSE",
     "Sushil Kumar Modi"),
    ("केंद्रीय गृह मंत्री और भाजपा नेता अमित शाह ने कांग्रेस की आलोचना की।", "ACCUSE", "Amit Shah"),
])
def test_person_told_by_two_titles_is_one_source(text: str, plover: str, name: str) -> None:
    assert [source for source, _t in events_of(text, plover)] == [name]


@pytest.mark.parametrize(("text", "plover", "count"), [
    ("मुख्यमंत्री और सोनिया गांधी ने किसानों से मुलाकात की।", "CONSULT", 2),
    ("मुख्यमंत्री ने कहा कि मंत्री और विधायक जनता से मिलेंगे।", "CONSULT", 2),
])
def test_two_people_stay_two(text: str, plover: str, count: int) -> None:
    assert len(events_of(text, plover)) == count


@pytest.mark.parametrize("text", [
    "अदालत ने ठेकेदार पर लगे आरोपों की जांच के आदेश दिए।",
    "विधायकों ने अफसरों पर लगे आरोपों की जांच की मांग की।",
    "हाईकोर्ट ने पुलिस पर लगे आरोपों की जांच के आदेश दिए।",
])
def test_the_charged_is_not_asked(text: str) -> None:
    found = events_of(text, "REQUEST")
    assert found and all(target in (None, "government") for _s, target in found), found


def test_addressee_of_a_demand_about_charges_stays() -> None:
    text = "विपक्ष ने राज्यपाल से मंत्री पर लगे आरोपों की जांच कराने की मांग की।"
    assert [target for _s, target in events_of(text, "REQUEST")] == ["governor"]
