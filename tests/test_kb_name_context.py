"""Words around a name that tell whether it names anyone (``data/kb/name_context.yaml``): nothing
inside a fixed pair of words ("लाव-लश्कर", "अमन-चैन") is a mention, neither a knowledge-base link
nor the NER's name; an armed group's short form right before a word for its members names it
("लश्कर चरमपंथियों"). With the knowledge-base mends of the same round: Gautam Gambhir, a person
whose first name opens place names ("गौतम बुद्ध नगर"), and The Resistance Front of Pakistan."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.entities import paired_word_spans


def mentions(pipeline: ghatna.Pipeline, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    """Each mention's text, with its entity's type, English name (linked only) and country."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: (e.type, e.name if e.kb_id else None, e.country) for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(("body", "pairs"), [
    ("मंत्री अपने पूरे लाव-लश्कर के साथ पहुंचे।", ["लाव-लश्कर"]),
    ("मंत्री अपने लाव - लश्कर के साथ पहुंचे।", ["लाव - लश्कर"]),
    ("शहर में अमन चैन लौट आया है।", ["अमन चैन"]),
    ("गंगा-जमुनी तहज़ीब और सुख-शांति की बात हुई।", ["गंगा-जमुनी", "सुख-शांति"]),
    ("अमन ने कहा कि चैन से रहेंगे।", []),  # the words apart are no pair
    ("बलावअमन-चैन", []),  # a pair glued to a word before it is no pair
])
def test_paired_words_found(body: str, pairs: list[str]) -> None:
    index = paired_word_spans(body)
    assert [body[s:e] for s, e in index.spans] == pairs


@pytest.mark.parametrize("text", [
    "मंत्री अपने पूरे लाव-लश्कर के साथ पहुंचे।",
    "मुख्यमंत्री लाव-लश्कर लेकर गांव पहुंचे और लोगों से मिले।",
])
def test_nothing_inside_a_pair_is_a_name(pipeline: ghatna.Pipeline, text: str) -> None:
    assert not any("लश्कर" in m for m in mentions(pipeline, text))


@pytest.mark.parametrize(("text", "mention"), [
    ("रिपोर्ट में कुछ लश्कर चरमपंथियों के पकड़े जाने का ज़िक्र था।", "लश्कर"),
    ("मुठभेड़ में दो लश्कर आतंकी मारे गए।", "लश्कर"),
])
def test_short_form_before_members_links(pipeline: ghatna.Pipeline, text: str, mention: str) -> None:
    assert mentions(pipeline, text).get(mention) == ("ORG", "Lashkar-e-Taiba", "PAK")


def test_short_form_alone_does_not_link(pipeline: ghatna.Pipeline) -> None:
    """Without its full name, a title or a members' word after it, "लश्कर" stays unlinked."""
    found = mentions(pipeline, "राजा का लश्कर नदी के पार उतरा।")
    assert all(name is None for _, name, _ in found.values())


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("पूर्व क्रिकेटर गौतम गंभीर ने कहा कि टीम अच्छा खेली।", "गौतम गंभीर", ("PERSON", "Gautam Gambhir", "IND")),
    ("भाजपा सांसद गौतम गंभीर ने बैठक की।", "गौतम गंभीर", ("PERSON", "Gautam Gambhir", "IND")),
    ("आतंकी संगठन द रेजिस्टेंस फ्रंट ने हमले की जिम्मेदारी ली।", "द रेजिस्टेंस फ्रंट",
     ("ORG", "The Resistance Front", "PAK")),
])
def test_knowledge_base_mends(pipeline: ghatna.Pipeline, text: str, mention: str,
                              expected: tuple[str, str, str]) -> None:
    found = mentions(pipeline, text)
    assert found.get(mention) == expected
    assert "गौतम" not in found  # no place "गौतम" left beside the person
