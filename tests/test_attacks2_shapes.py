"""Shootings told by whose bullet harmed someone ("पुलिस की गोली से … की मौत"): the owner of the
bullet is the attacker; a bullet no one is named as firing tells no attack by this row (written
sentences, rule coder)."""

from __future__ import annotations

import pytest
from test_attacks import Side, attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("बलिया में पुलिस की गोली से एक छात्र की मौत हो गई।", ("police", "COP"), ("students", "CVL")),
    ("सुरक्षाबलों की गोलियों से दो युवक घायल हो गए।", ("military", "MIL"), ("young man", "CVL")),
    ("अज्ञात हमलावरों की गोली से व्यापारी घायल", ("unknown attackers", "CRM"), ("business", "BUS")),
])
def test_whose_bullet_harmed_someone(text: str, source: tuple[str, str], target: tuple[str, str],
                                     pipeline: Pipeline) -> None:
    found: list[tuple[Side, Side]] = attacks(text, pipeline)
    assert (source, target) in [(src[:2], tgt[:2]) for src, tgt in found]


@pytest.mark.parametrize("text", [
    "बंदूक साफ करते समय अचानक चली गोली से सिपाही घायल हो गया।",
    "वह गोली से बाल-बाल बच गया।",
])
def test_a_bullet_no_one_fired_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []
