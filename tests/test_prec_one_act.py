"""Precision of domestic events (issue 10): one act, one event. Two words for one act in one
sentence read with other modalities ("नोटिस भेज कर … जवाब तलब करेगी") are one event; a person told
by two titles ("X के मुख्यमंत्री और Y के अध्यक्ष NAME ने") is one source, not an office beside him;
the one a charge is laid on is not whom a demand or order about it is made of ("Y पर लगे आरोपों
की जांच की मांग"). Not one act: two verbs joined by "और" (one done, one to come); an office, "और"
and another post of the state before a name (two people); a demand the charge does not own ("Y पर
लगे आरोपों के बाद उनके इस्तीफे की मांग": Y is asked). All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def events_of(text: str, plover: str, published: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.source.name if e.source else "", e.target.role if e.target else None)
            for e in ghatna.extract(text, published=published).events if e.type == plover]


@pytest.mark.parametrize(("text", "plover"), [
    ("थाना पुलिस दोनों पक्षों को नोटिस भेजकर जल्द जवाब तलब करेगी।", "REQUEST"),
    ("आयोग कंपनी को नोटिस भेज कर दो हफ्ते में जवाब तलब करेगा।", "REQUEST"),
    ("दरोगा ने बदमाशों को दौड़ा कर पकड़ा और गिरफ्तार कर लिया।", "COERCE"),
    ("विदेश मंत्री आज दोपहर जापानी समकक्ष के साथ वीडियो कॉल के माध्यम से बातचीत करेंगे।", "CONSULT"),
    ("गृह मंत्री शाम को सभी राज्यपालों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए बैठक करेंगे।", "CONSULT"),
])
def test_one_act_in_two_words_is_one_event(text: str, plover: str) -> None:
    assert len(events_of(text, plover)) == 1


@pytest.mark.parametrize(("text", "plover", "name"), [
    ("केंद्रीय मंत्री और भाजपा नेता रविशंकर प्रसाद ने कांग्रेस की आलोचना की।", "ACCUSE", "Ravi Shankar Prasad"),
    ("पंजाब के पूर्व मुख्यमंत्री और अकाली दल के अध्यक्ष प्रकाश सिंह बादल ने केंद्र सरकार से किसानों की मदद की अपील की।",
     "REQUEST", "Parkash Singh Badal"),
    ("उत्तर प्रदेश के मुख्यमंत्री और गोरखनाथ मठ के महंत योगी आदित्यनाथ ने लोगों से घरों में रहने की अपील की।",
     "REQUEST", "Yogi Adityanath"),
    ("बिहार के उपमुख्यमंत्री और भाजपा के नेता सुशील कुमार मोदी ने राजद पर जमकर निशाना साधा।", "ACCUSE",
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


@pytest.mark.parametrize(("text", "plover", "office"), [
    ("राष्ट्रपति और प्रधानमंत्री नरेंद्र मोदी ने पाकिस्तान की कड़ी निंदा की।", "ACCUSE", "president"),
    ("रक्षा मंत्री और सेना प्रमुख जनरल मनोज पांडे ने अमेरिकी राजदूत से मुलाकात की।", "CONSULT", "defence minister"),
    ("गृह मंत्री और विदेश सचिव विक्रम मिस्री ने चीनी राजदूत से मुलाकात की।", "CONSULT", "home minister"),
])
def test_two_state_titles_are_two_sources(text: str, plover: str, office: str) -> None:
    """An office told bare, "और", then another post of the state before a name: two people."""
    roles = [e.source.role for e in ghatna.extract(text).events if e.type == plover and e.source]
    assert office in roles and len(roles) == 2, roles


@pytest.mark.parametrize(("text", "office"), [
    ("किसानों ने प्रधानमंत्री और कृषि मंत्री नरेंद्र सिंह तोमर से मुलाकात की।", "prime minister"),
    ("मजदूरों ने मुख्यमंत्री और श्रम मंत्री गोपाल राय से मुलाकात की।", "chief minister"),
])
def test_two_state_titles_are_two_targets(text: str, office: str) -> None:
    """Dated within the named minister's term: the knowledge base gives a person his office of the day."""
    roles = [target for _s, target in events_of(text, "CONSULT", published="2021-05-01")]
    assert office in roles and len(roles) == 2, roles


@pytest.mark.parametrize(("text", "plover"), [
    ("भारत ने चीन से वार्ता की और अगले महीने फिर वार्ता करेगा।", "CONSULT"),
    ("अमेरिका ने ईरान से बातचीत की और अगले हफ्ते फिर बातचीत करेगा।", "CONSULT"),
    ("पुलिस ने तीन को गिरफ्तार किया और बाकी को जल्द गिरफ्तार करेगी।", "COERCE"),
    ("जापान ने नेपाल को सहायता दी और आगे भी सहायता देगा।", "AID"),
])
def test_a_deed_done_and_one_to_come_are_two(text: str, plover: str) -> None:
    """Two verbs joined by "और" are two acts, each its own modality; only a converb feeds the next."""
    modalities = sorted(e.modality for e in ghatna.extract(text).events if e.type == plover)
    assert modalities == ["asserted", "planned"]


@pytest.mark.parametrize("text", [
    "अदालत ने ठेकेदार पर लगे आरोपों की जांच के आदेश दिए।",
    "विधायकों ने अफसरों पर लगे आरोपों की जांच की मांग की।",
    "हाईकोर्ट ने पुलिस पर लगे आरोपों की जांच के आदेश दिए।",
])
def test_the_charged_is_not_asked(text: str) -> None:
    found = events_of(text, "REQUEST")
    assert found and all(target in (None, "government") for _s, target in found), found


@pytest.mark.parametrize(("text", "target"), [
    ("विपक्ष ने मंत्री पर लगे आरोपों के बाद उनके इस्तीफे की मांग की।", "minister"),
    ("कांग्रेस ने महापौर पर लगे घोटाले के आरोपों के चलते उनके इस्तीफे की मांग की।", "local leader"),
    ("भाजपा ने मंत्री पर लगे आरोपों को लेकर उनके इस्तीफे की मांग की।", "minister"),
    ("सपा ने मंत्री पर लगे आरोपों की वजह से उनसे इस्तीफा मांगा।", "minister"),
])
def test_the_charged_asked_to_resign(text: str, target: str) -> None:
    """A demand the charge word does not own (its genitive, the demand right after) is made of the charged."""
    assert [t for _s, t in events_of(text, "REQUEST")] == [target]


def test_addressee_of_a_demand_about_charges_stays() -> None:
    text = "विपक्ष ने राज्यपाल से मंत्री पर लगे आरोपों की जांच कराने की मांग की।"
    assert [target for _s, target in events_of(text, "REQUEST")] == ["governor"]
