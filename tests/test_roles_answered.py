"""The owner of a decision, step or policy answered before the answer's agent is named is the
target: "X के फैसले की Y ने आलोचना की", "X के कदम की Y ने निंदा की" (as "X के बयान पर Y ने
पलटवार किया" already was)."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("रूस के कदम की जर्मनी ने कड़ी निंदा की।", ("ACCUSE", "DEU", "RUS")),
    ("चीन के फैसले की ऑस्ट्रेलिया ने आलोचना की।", ("ACCUSE", "AUS", "CHN")),
    ("तुर्की की नीति की यूनान ने आलोचना की है।", ("ACCUSE", "GRC", "TUR")),
    ("इजरायल के निर्णय पर मिस्र ने आपत्ति जताई।", ("ACCUSE", "EGY", "ISR")),
])
def test_the_owner_of_what_is_answered_is_the_target(text: str, expected: tuple[str, str, str],
                                                      pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)
