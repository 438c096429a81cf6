"""A word of a group that only qualifies an armed or criminal group after it (issue 10, generic attackers):
"संदिग्ध आतंकियों ने ग्रेनेड फेंका, तीन नागरिक घायल" names the militants alone; at HEAD the "suspects"
beside them were read as the ones hurt (roles.qualifies; event_roles.yaml actor_modifiers)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("संदिग्ध आतंकियों ने ग्रेनेड फेंका, तीन नागरिक घायल।", "militants", "civilians"),
    ("संदिग्ध नक्सलियों ने फायरिंग की, दो जवान घायल।", "Maoists", "military"),
    ("संदिग्ध उग्रवादियों ने बम फेंका, चार लोग घायल।", "militants", "civilians"),
    ("संदिग्ध आतंकियों के हमले में तीन जवान शहीद।", "militants", "military"),
    ("संदिग्ध बदमाशों ने फायरिंग की, दो ग्रामीण घायल।", "criminals", "civilians"),
])
def test_a_qualified_group_is_one_group(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)} == {(source, target)}


def test_suspects_told_alone_stay_suspects(pipeline: Pipeline) -> None:
    found = attacks("पुलिस ने बताया कि दो संदिग्धों ने दुकानदार पर गोली चलाई।", pipeline)
    assert found and all(src[1] == "CRM" for src, _tgt in found)
