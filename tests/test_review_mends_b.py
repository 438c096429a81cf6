"""Review mends B: the state a sanction told with no agent is given to carries its own rule in the
evidence ("implicit_state"), the deeds it applies to are data (event_roles.yaml ``state_deeds``), a
compound trigger written apart reads to the learned detector as written joined, and "इन्हें"/"इनको"
stand for a group as "उन्हें"/"उनको" do. Sentences written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.extraction.implied_actors import state_deeds
from ghatna.models.events.features import text_words


def events_of(text: str, plover: str) -> list[Event]:
    return [e for e in ghatna.extract(text).events if e.type == plover]


def test_state_deeds_are_data() -> None:
    assert "SANCTION" in state_deeds()
    assert "COERCE" not in state_deeds()


def test_the_state_of_a_sanction_has_its_own_rule() -> None:
    text = "दिल्ली में जांच पूरी हुई। इसके बाद छह तुर्की यात्रियों को ब्लैकलिस्ट किया गया है।"
    found = events_of(text, "SANCTION")
    assert found and all(e.evidence.rule.endswith(";roles:implicit_state") for e in found)
    assert {e.source.name for e in found if e.source} == {"India authorities"}


def test_other_agentless_events_keep_the_implicit_rule() -> None:
    found = events_of("नई दिल्ली। तीन लोगों को गिरफ्तार किया गया है।", "COERCE")
    assert found and all(e.evidence.rule.endswith(";roles:implicit") for e in found)


def test_the_targets_own_country_named_most_leaves_the_sentences() -> None:
    # the article names the targets' own country most: the sentence's country stays (the
    # dateline is not consulted), as holding_state's docstring says
    text = "ओस्लो। टोक्यो में बैठक हुई। जापान में भी चर्चा हुई। चार जापानी अधिकारियों को ब्लैकलिस्ट किया गया है।"
    found = events_of(text, "SANCTION")
    assert found and {e.source.name for e in found if e.source} == {"Japan authorities"}


@pytest.mark.parametrize("apart", ["ब्लैक लिस्ट", "ब्लैक-लिस्ट"])
def test_detector_reads_a_compound_written_apart_as_joined(apart: str) -> None:
    frame = "मंत्रालय ने कहा कि कई कंपनियों को {} किया गया है।"
    assert text_words(frame.format(apart)) == text_words(frame.format("ब्लैकलिस्ट"))


def test_words_apart_that_are_no_compound_stay_apart() -> None:
    words = text_words("उसने सुबह ब्लैक कॉफी पी और लिस्ट बनाई।")
    assert "ब्लैककॉफी" not in words and not any(w.startswith("ब्लैक") and len(w) > len("ब्लैक") for w in words)


@pytest.mark.parametrize("writing", ["ब्लैक लिस्ट", "ब्लैकलिस्ट"])
def test_a_spaced_compounds_event_survives_the_pipeline(writing: str) -> None:
    text = f"सरकार ने कहा कि ऐसे 250 विदेशियों को {writing} किया गया है।"
    found = events_of(text, "SANCTION")
    assert found and {e.target.role for e in found if e.target} == {"foreigners"}


@pytest.mark.parametrize(("text", "target"), [
    ("सैकड़ों मजदूरों ने धरना दिया। पुलिस ने इन्हें गिरफ्तार कर लिया।", "workers"),
    ("किसानों ने सड़क जाम की। पुलिस ने इनको गिरफ्तार कर लिया।", "farmers"),
])
def test_near_object_pronoun_stands_for_a_plural_group(text: str, target: str) -> None:
    found = events_of(text, "COERCE")
    assert target in [e.target.role for e in found if e.target and e.target.kind == "generic"]
