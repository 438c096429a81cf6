"""Precision of the rule coder on general and domestic news (issue 10): the bare subject of a
passive demand or order is what is asked for or whom it is asked of, never its giver
(``passive_subjectless_types`` in data/event_roles.yaml)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def requests(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "मेले में भीड़ इकट्ठा न करने के निर्देश दिए गए हैं।",
    "विमान के सभी यात्री अपने घर में अलग रहने को कहा गया है।",
    "ग्रामीण मजदूरों को घर भेजने की मांग की गई है।",
])
def test_a_passive_demand_has_no_bare_subject_for_its_giver(text: str, pipeline: Pipeline) -> None:
    assert requests(text, pipeline) == []


@pytest.mark.parametrize(("text", "source"), [
    ("जिलाधिकारी द्वारा दुकानदारों को रसीद देने के निर्देश दिए गए हैं।", "officials"),
    ("किसानों ने सरकार से कर्ज माफी की मांग की।", "farmers"),
    ("पुलिस अधीक्षक ने थानेदारों को गश्त बढ़ाने के निर्देश दिए।", "superintendent of police"),
])
def test_a_giver_named_as_agent_still_gives(text: str, source: str, pipeline: Pipeline) -> None:
    assert any(giver and giver.endswith(source) for giver, _ in requests(text, pipeline))
