"""Harm befalling its patient in a fight named before it (issue 10): "पुलिस की जवाबी फायरिंग में बदमाश के
पैर में गोली लगी", "मुठभेड़ के दौरान बदमाश को गोली लगी" are the police's firing at the criminal, not a
shot from no one (agentless.fight_doers, fight_hits.py; attacks.yaml fight_hits)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("मेरठ में पुलिस की जवाबी फायरिंग में बदमाश के पैर में गोली लगी।", "police", "criminals"),
    ("मेरठ में पुलिस की जवाबी कार्रवाई में इनामी बदमाश के पैर में गोली लगी और वह घायल हो गया।", "police", "criminals"),
    ("मेरठ में मुठभेड़ के दौरान बदमाश के पैर में गोली लगी।", "police", "criminals"),
    ("शोपियां में मुठभेड़ में एक आतंकी को गोली लगी।", "military", "militants"),
    ("पटना में बदमाशों की अंधाधुंध फायरिंग में एक सिपाही को गोली लगी।", "criminals", "police"),
])
def test_a_hit_in_a_named_fight_is_the_fighters(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert (source, target) in {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)}


@pytest.mark.parametrize(("text", "target"), [
    ("मेरठ में मुठभेड़ में एक पुलिसकर्मी को गोली लगी।", "police"),  # the criminals' shot, unnamed
    ("मेरठ में युवक को गोली लगी।", "young man"),
    ("मेरठ में जवाबी फायरिंग में बदमाश के पैर में गोली लगी।", "criminals"),  # no owner named
])
def test_a_hit_with_no_fighter_named_keeps_an_unknown_doer(text: str, target: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(src[0] in ("", None) and tgt[0] == target for src, tgt in found)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("बदमाशों ने फायरिंग की, जिसमें एक सिपाही को गोली लगी।", "criminals", "police"),
    ("नक्सलियों ने गोलीबारी की, जिसमें दो जवानों को गोलियां लगीं।", "Maoists", "military"),
    ("पटना में बदमाशों की फायरिंग में एक सिपाही को गोली लगी।", "criminals", "police"),
])
def test_whom_a_shot_hit_is_whom_the_firing_harmed(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    """A shot hitting is harm (``hits``): the firing's target is the one hit, not the civilians of the place."""
    assert {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)} == {(source, target)}
