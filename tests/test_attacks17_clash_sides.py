"""A clash with a partner, told by its harm (issue 10, riots; GUIDELINES R19): "पुलिस के साथ झड़प में दो
प्रदर्शनकारी घायल" is the protesters' clash with the police, "चीनी सैनिकों के साथ झड़प में 20 जवान शहीद"
an attack each way between two armies; neither is a protest of no one named against the government
(agentless.clash_sides)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("दिल्ली में पुलिस के साथ झड़प में दो प्रदर्शनकारी घायल हो गए।", "protesters", "police"),
    ("पटना में पुलिस के साथ हुई झड़प में कई छात्र घायल हो गए।", "students", "police"),
])
def test_a_crowd_harmed_in_a_clash_with_a_force_protested_against_it(text: str, source: str, target: str,
                                                                      pipeline: Pipeline) -> None:
    assert [(src[0], tgt[0]) for src, tgt in attacks(text, pipeline, "PROTEST")] == [(source, target)]


def test_armies_harmed_in_a_clash_attacked_each_other(pipeline: Pipeline) -> None:
    text = "लद्दाख में चीनी सैनिकों के साथ झड़प में भारतीय सेना के 20 जवान शहीद हो गए।"
    assert not attacks(text, pipeline, "PROTEST")
    assert {(src[2], tgt[2]) for src, tgt in attacks(text, pipeline)} == {("CHN", "IND"), ("IND", "CHN")}


@pytest.mark.parametrize("text", [
    "दिल्ली में प्रदर्शनकारियों की पुलिस के साथ झड़प हुई।",  # no one harmed: the clash's own sides
    "रायपुर में ग्रामीणों और पुलिस के बीच झड़प हो गई।",
])
def test_a_clash_told_with_its_sides_stays_theirs(text: str, pipeline: Pipeline) -> None:
    assert [(src[1], tgt[0]) for src, tgt in attacks(text, pipeline, "PROTEST")] == [("CVL", "police")]
