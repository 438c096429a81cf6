"""Harm told after an approximate or running count (issue 10): "इजरायली बमबारी में पिछले हफ्ते से अब तक कम से
कम 57 फलस्तीनी नागरिकों की मौत" is the attacks' harm; the count's words ("अब तक", "कम से कम") do not use up the reach in
which it is read (victims_told.reach_end; attacks.yaml harm_reach)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "target"), [
    ("इजरायली हवाई हमलों में पिछले हफ्ते से अब तक कम से कम 57 गाजा निवासियों की मौत हुई है।", "PSE"),
    ("नक्सली हमलों में इस साल अब तक कुल लगभग 40 ग्रामीणों की मौत हो चुकी है।", "IND"),
])
def test_harm_told_after_an_approximate_count_is_the_attacks(text: str, target: str, pipeline: Pipeline) -> None:
    """The words of an approximate or running count ("अब तक", "कम से कम": attacks.yaml harm_reach
    not_counted) do not count towards the reach in which an attack's harm is told."""
    assert any(tgt[2] == target and tgt[1] == "CVL" for _src, tgt in attacks(text, pipeline))
