"""A role, office, kinship or common word is no person (issue 11): on its own it gives none
(``not_people`` of ``data/kb/never_names.yaml``, from ``training/kb/sources/not_people_extra.txt``
and ``never_names_extra.txt``), and before a name it is a title, not a word of the name
(the profession row of ``data/titles.tsv``). Given names that are common words stay people.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def people(pipeline: ghatna.Pipeline, text: str) -> set[str]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text for e in doc.entities if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize("text", [
    "मामा ने बताया कि लड़की दो दिन से लापता है।",
    "ताऊ ने कहा कि जमीन का बंटवारा पहले ही हो चुका था।",
    "मैनेजर ने कहा कि कर्मचारियों को वेतन समय पर मिलेगा।",
    "बिहार के स्वास्थ्य मंत्री एकांतवास में गए, रिपोर्ट का इंतजार।",
    "शिकायत मिलते ही जिले के सिविल सर्जन हरकत में आए और जांच टीम भेजी।",
    "मेडिकल कॉलेज की रेजिडेंट डॉक्टर एसोसिएशन ने हड़ताल की चेतावनी दी है।",
    "ऑस्ट्रेलियाई टीम के सहायक स्टाफ ने खुद को अलग कर लिया।",
    "प्रधानाचार्य ने अभिभावकों से बच्चों को समय पर स्कूल भेजने की अपील की।",
    "कोच ने कहा कि अगले मैच में टीम में बदलाव होगा।",
])
def test_a_role_or_common_word_alone_is_no_person(pipeline: ghatna.Pipeline, text: str) -> None:
    assert people(pipeline, text) == set()


@pytest.mark.parametrize(("text", "name"), [
    ("सहायक प्रधानाचार्य सुनील कुमार ने बताया कि बोर्ड परीक्षा की तैयारी पूरी है।", "सुनील कुमार"),
    ("बैंक के मैनेजर राकेश वर्मा ने बताया कि शाखा शनिवार को भी खुली रहेगी।", "राकेश वर्मा"),
    ("गांव के प्राथमिक विद्यालय के प्रधानाध्यापक रामनरेश ने बताया कि मिड-डे मील बंद है।", "रामनरेश"),
    ("टीम के मुख्य प्रशिक्षक गौरव सैनी ने कहा कि खिलाड़ी पूरी तरह फिट हैं।", "गौरव सैनी"),
    ("सर डॉन ब्रैडमैन ने अपने करियर में 29 शतक बनाए।", "डॉन ब्रैडमैन"),
])
def test_a_role_before_a_name_is_a_title(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert people(pipeline, text) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("रेखा ने बताया कि उनके पति दिल्ली में काम करते हैं।", "रेखा"),
    ("सूरज ने कहा कि वह अगले साल फिर परीक्षा देगा।", "सूरज"),
    ("किसान नेता तुलसी राम ने धरना खत्म करने से इनकार किया।", "तुलसी राम"),
])
def test_a_given_name_that_is_a_common_word_stays(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert people(pipeline, text) == {name}


@pytest.mark.parametrize(("text", "name"), [
    ("दुर्घटना में घायल युवक को सर गंगाराम अस्पताल ले जाया गया।", "सर गंगाराम अस्पताल"),
    ("गंभीर मरीजों को वाराणसी के सर सुंदरलाल अस्पताल रेफर किया जाता है।", "सर सुंदरलाल अस्पताल"),
])
def test_a_body_named_after_a_knight_keeps_sir(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    """"सर" is an honorific before a person (review of 18191b3) and goes on a body's name with the
    person it is named after (``name_honorifics`` of ``data/name_heads.yaml``), as "श्री" does."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert name in {m.text for e in doc.entities if e.type == "ORG" for m in e.mentions}
    assert people(pipeline, text) == set()
