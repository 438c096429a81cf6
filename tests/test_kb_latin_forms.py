"""Latin forms of the knowledge base with letters outside A-Z (AIR stories linked to Łódź): the
tokens take Latin words as runs of A-Z, so "Łódź" was the one-letter word "d" and "Şanʻā’" the word
"an", and any such letter or word in a Hindi text linked to those cities. Accents are dropped
("Kraków" is "Krakow"); a form with a letter no accent makes is left out. Sentences written for
these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.knowledge.gazetteer import plain_latin


def linked(pipeline: ghatna.Pipeline, text: str) -> dict[str, str]:
    """Each linked mention's text → its entity's English name."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: e.name for e in doc.entities if e.kb_id for m in e.mentions}


@pytest.mark.parametrize("text", [
    "बैठक में प्लान d पर चर्चा हुई और मंत्री ने भाषण दिया।",
    "रिपोर्ट के पेज an पर यह आंकड़ा छपा है।",
    "वेबसाइट के पते में u200d जैसे अक्षर दिखे।",
])
def test_a_piece_of_a_latin_name_links_no_place(pipeline: ghatna.Pipeline, text: str) -> None:
    assert linked(pipeline, text) == {}


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("व्यापार सम्मेलन Krakow में हुआ।", "Krakow", "Kraków"),
    ("व्यापार सम्मेलन लोड़्ज़ में हुआ।", "लोड़्ज़", "Łodz"),
])
def test_a_latin_name_without_accents_and_hindi_forms_still_link(pipeline: ghatna.Pipeline, text: str, mention: str,
                                                                 name: str) -> None:
    assert linked(pipeline, text).get(mention) == name


def test_plain_latin() -> None:
    assert plain_latin("Kraków") == "Krakow"
    assert plain_latin("Łódź") is None
    assert plain_latin("Delhi") == "Delhi"
    assert plain_latin("लोड़्ज़") == "लोड़्ज़"
