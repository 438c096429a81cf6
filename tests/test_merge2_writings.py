"""Merge recall, round 2 (issue 12): a compound trigger however it is written, "उन्हें" for a
group named in the plural, and a religious title before a name the knowledge base lacks.

Sentences are made up for these tests.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.text.tokens import tokenize


def found_patterns(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    return [(m.trigger.pattern, m.trigger.plover) for m in load_triggers().find(tokens, 0, len(tokens))]


@pytest.mark.parametrize(("text", "plover"), [
    ("सरकार ने तीन कंपनियों को ब्लैक लिस्ट कर दिया।", "SANCTION"),  # joined in the lexicon, spaced here
    ("सरकार ने तीन कंपनियों को ब्लैक-लिस्ट कर दिया।", "SANCTION"),  # hyphenated
    ("सरकार ने तीन कंपनियों को ब्लैकलिस्ट कर दिया।", "SANCTION"),  # as written in the lexicon
    ("सेना ने सीमा पार सर्जिकलस्ट्राइक की।", "ASSAULT"),  # spaced in the lexicon, joined here
    ("उग्रवादियों ने चौकी पर ड्रोनअटैक किया।", "ASSAULT"),
    ("अदालत ने नेता को हाउसअरेस्ट में रखने को कहा।", "COERCE"),
])
def test_compound_trigger_matches_every_writing(text: str, plover: str) -> None:
    assert plover in [p for _, p in found_patterns(text)]


@pytest.mark.parametrize("text", [
    "यह ब्लैक, लिस्ट में नहीं है।",  # a comma between: two words, no compound
    "बात ब्लैक और लिस्ट की है।",
])
def test_words_apart_are_no_compound(text: str) -> None:
    assert "SANCTION" not in [p for _, p in found_patterns(text)]


def event_sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    record = ghatna.extract(text)
    return [(side(e.source), side(e.target)) for e in record.events if e.type == plover]


def side(ent: ghatna.Entity | None) -> str | None:
    """A group by its label ("workers"), anyone else by name."""
    return None if ent is None else ent.role if ent.kind == "generic" else ent.name


@pytest.mark.parametrize(("text", "plover", "target"), [
    ("सरकार ने पचास विदेशियों के वीजा रद्द कर दिए हैं। उन्हें ब्लैकलिस्ट भी किया गया है।", "SANCTION", "foreigners"),
    ("सैकड़ों मजदूरों ने धरना दिया। पुलिस ने उन्हें गिरफ्तार कर लिया।", "COERCE", "workers"),
    ("किसानों ने सड़क जाम की। पुलिस ने उनको गिरफ्तार कर लिया।", "COERCE", "farmers"),
])
def test_object_pronoun_stands_for_a_plural_group(text: str, plover: str, target: str) -> None:
    assert target in [t for _, t in event_sides(text, plover)]


def test_object_pronoun_takes_the_nearer_person() -> None:
    text = "सैकड़ों मजदूरों ने धरना दिया। इसके बाद अरविंद केजरीवाल वहां पहुंचे तो पुलिस ने उन्हें गिरफ्तार कर लिया।"
    assert "Arvind Kejriwal" in [t for _, t in event_sides(text, "COERCE")]


def test_group_agent_of_the_sentence_is_not_the_object() -> None:
    text = "अरविंद केजरीवाल दिल्ली पहुंचे। मजदूरों ने उन्हें ज्ञापन सौंपा और उनको घेर लिया।"
    record = ghatna.extract(text)
    assert all(e.target is None or e.target.role != "workers" for e in record.events)


def people(text: str) -> dict[str, str]:
    record = ghatna.extract(text)
    return {m.text: m.rule for e in record.entities if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("मौलाना अब्दुल रहीम ने जमात की बैठक बुलाई।", "अब्दुल रहीम"),
    ("महंत रघुनाथ दास ने प्रशासन पर आरोप लगाया।", "रघुनाथ दास"),
    ("पादरी जॉन मैथ्यू ने शांति की अपील की।", "जॉन मैथ्यू"),
    ("मुफ्ती करीम अंसारी ने बयान जारी किया।", "करीम अंसारी"),
])
def test_religious_title_makes_a_person(text: str, name: str) -> None:
    """A title of the honorific class (``titles.tsv``): the name it comes before makes a person
    the knowledge base lacks when it acts, as after "श्री"; it may be part of a known name
    ("मुफ्ती मोहम्मद सईद")."""
    found = people(text)
    assert name in found
    assert found[name].startswith("title:")


@pytest.mark.parametrize("text", [
    "मौलाना ने कहा कि सब ठीक है।",  # a title with no name after it
    "बिशप के घर पर हमला हुआ।",
    "मंदिर के महंतों की बैठक हुई।",  # a plural
])
def test_religious_title_alone_is_no_person(text: str) -> None:
    assert people(text) == {}
