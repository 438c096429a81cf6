"""The country of a name in diplomatic and police news (issue 10): a mission abroad is of the
country its name opens with, not of the host named before it; a name the NER finds takes no
country across a case marker; a country's name after a word of descent is a parent's name; an
office before a word for the post brings in no holder; "पाक" is Pakistan, but for "holy", "clean"
or "cooking" ("पाक महीना", "पाक-साफ", "पाक कला")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document


def country_of(doc: Document, word: str) -> str | None:
    """The country of the entity one of whose mentions holds ``word``."""
    found = [e for e in doc.entities for m in e.mentions if word in m.text]
    assert found, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    return found[0].country


@pytest.mark.parametrize(("text", "word", "country"), [
    ("श्रीलंका में भारतीय उच्चायोग ने बाढ़ पीड़ितों के लिए राहत शिविर लगाया।", "उच्चायोग", "IND"),
    ("नेपाल ने ज़ेलमार्क फाउंडेशन से बाढ़ राहत के लिए मदद मांगी।", "ज़ेलमार्क", None),
    ("उनका पुत्र इसराइल में इंजीनियरिंग की पढ़ाई करता है।", "इसराइल", "ISR"),
    ("इसराइल ने गाजा में नई बस्तियों को मंजूरी दी।", "इसराइल", "ISR"),
    ("भारत-पाक सीमा पर दोनों ओर से गोलीबारी हुई।", "पाक", "PAK"),
    ("पाक ने अफगान शरणार्थियों के लिए सीमा बंद की", "पाक", "PAK"),
])
def test_name_has_its_own_country(text: str, word: str, country: str | None) -> None:
    assert country_of(ghatna.extract(text), word) == country


@pytest.mark.parametrize("text", [
    "पुलिस ने सलीम पुत्र इसराइल निवासी रामपुर को चोरी के आरोप में गिरफ्तार किया।",
    "मारपीट के मामले में नईम पुत्री इसराइल की शिकायत पर मुकदमा दर्ज हुआ।",
])
def test_parent_name_is_no_state(text: str) -> None:
    doc = ghatna.extract(text)
    assert all(e.country != "ISR" for e in doc.entities), [(e.name, e.country) for e in doc.entities]


@pytest.mark.parametrize("text", [
    "रमजान के पाक महीने में बाजारों में खूब रौनक रही।",
    "जांच के बाद मंत्री इस मामले में पाक-साफ निकले।",
    "कॉलेज में पाक कला प्रतियोगिता का आयोजन हुआ।",
])
def test_holy_or_cooking_is_no_pakistan(text: str) -> None:
    doc = ghatna.extract(text)
    assert all(e.country != "PAK" for e in doc.entities), [(e.name, e.country) for e in doc.entities]


@pytest.mark.parametrize(("text", "holder"), [
    ("अमेरिका के राष्ट्रपति पद के डेमोक्रेटिक उम्मीदवार ने चीन की आलोचना की।", "Donald Trump"),
    ("भारत के प्रधानमंत्री पद की दौड़ में कई नेता शामिल हैं।", "Narendra Modi"),
])
def test_post_brings_in_no_holder(text: str, holder: str) -> None:
    doc = ghatna.extract(text, published="2020-08-01")
    assert holder not in [e.name for e in doc.entities]
