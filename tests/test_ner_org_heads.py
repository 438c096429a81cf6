"""Bodies named by a place and a head noun (``body_heads``, ``body_modifiers`` and
``body_compounds`` of ``data/link_context.yaml``): "देवघर पुलिस" is one organisation, marked
whole as the annotation guidelines mark "दिल्ली पुलिस"; "नागपुर पुलिस स्टेशन" is the place alone."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def mentions(pipeline: ghatna.Pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: (e.type, e.sector, e.country) for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("देवघर पुलिस ने दो संदिग्धों को हिरासत में लिया।", "देवघर पुलिस", "COP"),
    ("कोलकाता नगर निगम के कर्मचारियों ने हड़ताल की।", "कोलकाता नगर निगम", "GOV"),
    ("झारखंड लोक सेवा आयोग ने परीक्षा की तारीख़ बदल दी।", "झारखंड लोक सेवा आयोग", "GOV"),
    ("असम खेल प्राधिकरण ने नए खिलाड़ियों को चुना।", "असम खेल प्राधिकरण", "GOV"),
    ("गुवाहाटी उच्च न्यायालय ने सरकार से जवाब मांगा।", "गुवाहाटी उच्च न्यायालय", "JUD"),
    ("मेघालय विधानसभा में विधेयक पारित हो गया।", "मेघालय विधानसभा", "LEG"),
])
def test_place_and_head_name_a_body(pipeline: ghatna.Pipeline, text: str, name: str, sector: str) -> None:
    found = mentions(pipeline, text)
    assert found.get(name) == ("ORG", sector, "IND")
    assert name.split()[0] not in found  # the place is no mention of its own


@pytest.mark.parametrize(("text", "place"), [
    ("नागपुर पुलिस स्टेशन के बाहर भीड़ जमा हो गई।", "नागपुर"),
    ("काबुल पुलिस मुख्यालय के पास धमाका हुआ।", "काबुल"),
    ("बिहार विधानसभा चुनाव के पहले चरण का मतदान शुरू हुआ।", "बिहार"),
    ("उन्होंने दुमका विधानसभा क्षेत्र से चुनाव जीता था।", "दुमका"),
])
def test_head_describing_another_thing_leaves_the_place(pipeline: ghatna.Pipeline, text: str, place: str) -> None:
    found = mentions(pipeline, text)
    assert found.get(place, ("",))[0] == "GPE"
    assert not any(t == "ORG" and k.startswith(place) for k, (t, _, _) in found.items())


def test_demonym_and_head_are_no_new_body(pipeline: ghatna.Pipeline) -> None:
    found = mentions(pipeline, "अमरीकी पुलिस ने प्रदर्शनकारियों को हटा दिया।")
    assert found.get("अमरीकी", ("",))[0] == "GPE"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("भारतीय खाद्य निगम ने किसानों से गेहूं खरीदा।", "भारतीय खाद्य निगम", "IND"),
    ("भारतीय प्रेस परिषद ने अख़बार को नोटिस भेजा।", "भारतीय प्रेस परिषद", "IND"),
    ("रूसी ओलंपिक समिति पर प्रतिबंध लगा दिया गया।", "रूसी ओलंपिक समिति", "RUS"),
])
def test_demonym_words_and_head_name_a_body(pipeline: ghatna.Pipeline, text: str, name: str, country: str) -> None:
    found = mentions(pipeline, text)
    assert found.get(name) == ("ORG", None, country)
    assert name.split()[0] not in found


@pytest.mark.parametrize(("text", "demonym"), [
    ("भारतीय पुलिस सेवा के अधिकारी ने इस्तीफ़ा दिया।", "भारतीय"),  # a service: no head
    ("भारतीय टीम के कप्तान ने संघ की बात की।", "भारतीय"),  # a grammar word first
    ("भारतीय विदेश सेवा उसी विभाग के अधीन है।", "भारतीय"),  # an anaphoric word
])
def test_demonym_without_a_body_stays_the_country(pipeline: ghatna.Pipeline, text: str, demonym: str) -> None:
    found = mentions(pipeline, text)
    assert found.get(demonym, ("",))[0] == "GPE"
    assert not any(t == "ORG" and k.startswith(demonym) for k, (t, _, _) in found.items())


@pytest.mark.parametrize(("text", "word", "agency"), [
    ("नयी दिल्ली, 23 अप्रैल (भाषा) केंद्र ने राज्यों को नए निर्देश भेजे।", "भाषा", "Press Trust of India"),
    ("अधिकारी ने ‘भाषा’ से बातचीत में यह जानकारी दी।", "भाषा", "Press Trust of India"),
    ("जिलाधिकारी ने समाचार एजेंसी भाषा को बताया कि स्कूल बंद रहेंगे।", "भाषा", "Press Trust of India"),
    ("लखनऊ, 5 मई (वार्ता) प्रदेश में आज बारिश हुई।", "वार्ता", "United News of India"),
])
def test_agency_credit_is_the_agency(pipeline: ghatna.Pipeline, text: str, word: str, agency: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert [(e.type, e.name) for e in doc.entities for m in e.mentions if m.text == word] == [("ORG", agency)]


@pytest.mark.parametrize(("text", "word"), [
    ("हिंदी भाषा का सम्मान सबको करना चाहिए।", "भाषा"),
    ("दोनों देशों के बीच वार्ता आज फिर शुरू हुई।", "वार्ता"),
])
def test_common_word_outside_a_credit(pipeline: ghatna.Pipeline, text: str, word: str) -> None:
    assert word not in mentions(pipeline, text)
