"""Opponents named by a participle (event_roles.yaml stance_nouns): "X का विरोध करने वाले/वालों"
names the people who hold a view, no protest done at a time; a protest told outright, the going-to
future "विरोध करने वाले हैं" and a demonstration named the same way ("प्रदर्शन करने वाले छात्रों")
keep their event."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "मंत्री ने कहा कि नए कानून का विरोध करने वालों को इसकी अच्छाइयां समझनी चाहिए।",
    "सांसद ने बयान दिया कि बांध परियोजना का विरोध करने वाले लोग विकास नहीं चाहते।",
    "राज्यपाल का विरोध करने वाली पार्टियों ने अगले हफ्ते बैठक बुलाई है।",
])
def test_opponents_named_by_a_participle_are_no_protest(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "लखनऊ में किसानों ने नए बिजली कानून का विरोध किया।",
    "मजदूर सोमवार से नई नीति का विरोध करने वाले हैं।",
    "प्रदर्शन करने वाले मजदूरों को पुलिस ने हिरासत में लिया।",
])
def test_a_protest_told_stays(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST")
