"""Riots told by the plural oblique noun ("दंगों में"): a riot, and an attack as well when people
were killed in it; riots in general tell nothing (written sentences, rule coder)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "मुजफ्फरनगर में हुए दंगों में कई लोगों की मौत हो गई।",
    "गुजरात के दंगों में सैकड़ों लोग मारे गए थे।",
])
def test_riots_that_killed_people(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST")
    assert attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "सांप्रदायिक दंगों के बाद शहर में कर्फ्यू लगा दिया गया।",
    "ऐसे दंगों से बचने के लिए प्रशासन ने शांति समिति बनाई।",
])
def test_riots_in_general_are_no_event(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST") == []
    assert attacks(text, pipeline) == []


@pytest.mark.parametrize("text", [
    "सांप्रदायिक दंगों में कई लोगों की जान गई थी।",
    "कस्बे में हुई हिंसा में दो लोगों की जान चली गई।",
])
def test_a_life_lost_in_a_riot_is_harm(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


def test_a_life_saved_is_no_harm(pipeline: Pipeline) -> None:
    assert attacks("कस्बे में हुई हिंसा के दौरान लोगों ने भागकर अपनी जान बचाई।", pipeline) == []
