"""Links the context refuses (issue 11): a knowledge-base person's family name that the article
gives to someone else, a full name whose given name is not the person's, a diplomatic mission's
words (no person, no one city's mission), and offices read on the dateline's day."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.family_names import led_a_state, same_given_name
from ghatna.knowledge.build.annotated import is_mission
from ghatna.knowledge.kb import load_kb
from ghatna.models.ner.stage import given_names_agree
from ghatna.resources import load_yaml
from ghatna.text.tokens import form_tokens


def people(pipeline: ghatna.Pipeline, text: str, published: str | None = None) -> dict[str, str | None]:
    """Each person's mention → the linked entry's English name (None when unlinked)."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline, published=published)
    return {m.text: (e.name if e.kb_id else None) for e in doc.entities if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize(("text", "mention", "name"), [
    # another given name before the family name: the family name alone is that person's, not the KB's
    ("वसुधा सीतारमण एक शिक्षिका हैं और चेन्नई में रहती हैं। सीतारमण ने बच्चों को पुरस्कार दिए।", "सीतारमण", None),
    ("मार्था पिस्टोरियस एक चित्रकार हैं और बर्लिन में रहती हैं। पिस्टोरियस ने कहा कि वह खुश हैं।", "पिस्टोरियस", None),
    ("मार्था पिस्टोरियस एक चित्रकार हैं। पिस्टोरियस की प्रदर्शनी कल खुलेगी।", "पिस्टोरियस", None),
    # another known person of that family named in full: the family name alone is that person
    ("लेबनान के पूर्व प्रधानमंत्री रफ़ीक़ हरीरी की कार पर हमला हुआ था। हरीरी उस समय घर लौट रहे थे।",
     "हरीरी", "Rafic Hariri"),
    ("धावक ऑस्कर पिस्टोरियस अदालत पहुंचे। पिस्टोरियस ने कुछ नहीं कहा।", "पिस्टोरियस", "Oscar Pistorius"),
    # the person's own given name, spelt otherwise: still the person
    ("बिन्यामिन नेतन्याहू ने बयान दिया। नेतन्याहू ने कहा कि बातचीत होगी।", "नेतन्याहू", "Benjamin Netanyahu"),
    ("बोरिस पिस्टोरियस बर्लिन में थे। पिस्टोरियस ने सेना की तैयारी पर बात की।", "पिस्टोरियस", "Boris Pistorius"),
    # an office's title before the family name names the office holder
    ("योनातन नेतन्याहू सेना में थे। प्रधानमंत्री नेतन्याहू ने उन्हें याद किया।", "नेतन्याहू", "Benjamin Netanyahu"),
    # a head of government's family name alone is that person, whatever namesake the article names
    ("नीरव मोदी विदेश में है। प्रधानमंत्री ने कहा कि कानून सबके लिए बराबर है और मोदी ने भरोसा दिलाया।",
     "मोदी", "Narendra Modi"),
])
def test_a_family_name_another_bears(pipeline: ghatna.Pipeline, text: str, mention: str, name: str | None) -> None:
    found = people(pipeline, text)
    if name is None:
        assert found.get(mention) is None, found  # unlinked, or no person's mention there
    else:
        assert found.get(mention) == name, found


def test_a_shared_family_name_alone_is_no_known_person(pipeline: ghatna.Pipeline) -> None:
    """A family name two people of the knowledge base bear, with no full name in the text."""
    found = people(pipeline, "अदालत में पिस्टोरियस ने कहा कि उनसे गलती हुई।")
    assert "Boris Pistorius" not in found.values() and "Oscar Pistorius" not in found.values()


@pytest.mark.parametrize(("name", "form", "agree"), [
    ("ऑस्कर पिस्टोरियस", "बोरिस पिस्टोरियस", False),
    ("योनातन नेतन्याहू", "बेंजामिन नेतन्याहू", False),
    ("नवाज शरीफ", "शहबाज शरीफ", False),
    ("बिन्यामिन नेतन्याहू", "बेंजामिन नेतन्याहू", True),
    ("डोनल्ड ट्रंप", "डोनाल्ड ट्रंप", True),
    ("जो बाइडन", "जोसेफ बाइडन", True),
    ("ट्रंप", "डोनाल्ड ट्रंप", True),
])
def test_given_names_must_agree_for_a_spelling(name: str, form: str, agree: bool) -> None:
    assert given_names_agree(name, form) is agree
    assert same_given_name(name.split()[0], form.split()[0]) is agree or " " not in name


def test_a_family_name_two_known_people_bear_alone_needs_the_full_name() -> None:
    """The knowledge base's data: a family name alone that is a name form (linked anywhere) of one
    person while another person of the knowledge base bears it with another given name is only a
    short form (after the full name or a title), unless its bearer led a state or government."""
    kb = load_kb()
    bearers: dict[tuple[str, ...], set[str]] = {}
    for e in kb:
        for form in e.hindi if e.type == "PERSON" else ():
            words = form_tokens(form)
            if len(words) > 1:
                bearers.setdefault(words[-1:], set()).add(e.kb_id)
    wrong = []
    for e in kb:
        if e.type != "PERSON" or led_a_state(e):
            continue
        for form in e.hindi:
            words = form_tokens(form)
            if len(words) == 1 and bearers.get(words, set()) - {e.kb_id}:
                wrong.append((e.name, form))
    assert not wrong


@pytest.mark.parametrize("text", [
    "कोलंबो में भारतीय उच्चायोग ने नागरिकों के लिए सलाह जारी की।",
    "उच्चायोग ने कहा कि वीज़ा केंद्र कल बंद रहेगा।",
    "मुंबई में अमेरिकी वाणिज्य दूतावास के बाहर सुरक्षा बढ़ाई गई।",
    "ब्रिटिश उच्चायोग के एक प्रवक्ता ने यह जानकारी दी।",
])
def test_a_missions_words_make_no_person(pipeline: ghatna.Pipeline, text: str) -> None:
    found = people(pipeline, text)
    assert not [m for m in found if any(w in m for w in ("उच्चायोग", "दूतावास", "वाणिज्य"))], found


def test_a_mission_is_no_one_citys(pipeline: ghatna.Pipeline) -> None:
    """"X उच्चायोग" names X's mission in any city: no entry of one city's mission takes it."""
    doc = ghatna.extract("लंदन में पाकिस्तान उच्चायोग के सामने लोग जमा हुए।", html=False, pipeline=pipeline)
    names = {e.name for e in doc.entities}
    assert not any("New Delhi" in n or "Delhi" in n for n in names), names
    assert {e.country for e in doc.entities if "उच्चायोग" in e.mentions[0].text} <= {"PAK"}


@pytest.mark.parametrize(("form", "mission"), [
    ("पाकिस्तान उच्चायोग", True), ("भारतीय दूतावास", True), ("पाकिस्\u200dतान उच्\u200dचायोग", True),
    ("चुनाव आयोग", False), ("विदेश मंत्रालय", False),
])
def test_the_build_reads_a_missions_form(form: str, mission: bool) -> None:
    assert is_mission(form) is mission


def test_no_knowledge_base_entry_is_named_by_a_mission_alone() -> None:
    heads = {form_tokens(w)[-1] for w in load_yaml("link_context.yaml")["mission_words"]}
    wrong = [e.name for e in load_kb() if e.type == "ORG" and e.hindi
             and all(form_tokens(f) and form_tokens(f)[-1] in heads for f in e.hindi)]
    assert not wrong


@pytest.mark.parametrize(("text", "role"), [
    ("बर्लिन, 12 मार्च 2014 । बोरिस पिस्टोरियस ने स्थानीय चुनाव पर बात की।", None),
    ("बर्लिन, 12 मार्च 2024 । बोरिस पिस्टोरियस ने सेना की तैयारी पर बात की।", "defence_minister"),
])
def test_the_datelines_year_dates_the_office(pipeline: ghatna.Pipeline, text: str, role: str | None) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    person = next(e for e in doc.entities if e.name == "Boris Pistorius")
    assert person.role == role
