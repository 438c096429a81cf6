"""Victims counted with a bound (issue 10, attack reports): "हमले में 50 से अधिक नमाजी मारे गए", "20 से
ज्यादा बाराती" count people as "50 नमाजी" does (attacks.yaml counted_victims.bounds,
victims_told.count_end); an attack with no doer and victims no actor list names was no event."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "पेशावर की मस्जिद में आत्मघाती हमले में 50 से अधिक नमाजी मारे गए।",
    "शादी समारोह पर ड्रोन हमले में 20 से अधिक बाराती मारे गए।",
    "म्यांमार में सेना के हवाई हमले में 100 से अधिक आदिवासी मारे गए।",
    "कांगो में विद्रोहियों के हमले में 40 से ज्यादा खनिक मारे गए।",
])
def test_victims_counted_with_a_bound_tell_the_attack(text: str, pipeline: Pipeline) -> None:
    assert [tgt[1] for _src, tgt in attacks(text, pipeline)] == ["CVL"]


@pytest.mark.parametrize("text", [
    "हिंसा में 100 से अधिक दुकानें जला दी गईं।",
    "भूकंप में 50 से अधिक ग्रामीण मारे गए।",
    "सड़क हादसे में 10 से ज्यादा यात्री घायल हो गए।",
])
def test_a_bound_tells_no_attack_where_there_is_none(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)
