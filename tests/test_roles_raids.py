"""A raid on a place ("X के फार्म हाउस पर छापा", "X के घर पर छापा मारा गया", "X के दफ्तर पर
सीबीआई का छापा") is aimed at the place's owner, the actor in the genitive before it, whether the
raid is told with no agent, in the passive or owned by the raiding body; not at the generic
civilians a raid with no one named gets."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def raid_targets(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    evs = ghatna.extract(text, pipeline=pipeline).events
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in evs if e.type == "COERCE"]


@pytest.mark.parametrize(("text", "owner"), [
    ("विधायक रमेश यादव के फार्म हाउस पर छापा", "Ramesh Yadav"),  # a headline, no agent
    ("विधायक रमेश यादव के फार्म हाउस पर छापा मारा गया।", "Ramesh Yadav"),  # the passive
    ("व्यापारी सुरेश जैन के घरों और दफ्तरों पर छापेमारी की गई।", "Suresh Jain"),  # two places
    ("सांसद अरुण मेहता के दफ्तर पर सीबीआई का छापा", "Arun Mehta"),  # owned by the raiding body
    ("सुरेश जैन के घर पर आयकर विभाग की छापेमारी जारी है।", "Suresh Jain"),
    ("आयकर विभाग ने व्यापारी सुरेश जैन के घर पर छापा मारा।", "Suresh Jain"),  # with an agent, as before
])
def test_the_owner_of_a_raided_place_is_the_target(text: str, owner: str, pipeline: Pipeline) -> None:
    raids = raid_targets(text, pipeline)
    assert raids and all(target == owner for _, target in raids)


@pytest.mark.parametrize(("text", "not_owner"), [
    ("कानपुर के एक होटल पर छापा", "Kanpur"),  # a place's place is where, not whose
    ("पुलिस अधीक्षक अजय सिंह के निर्देश पर घरों पर छापे मारे गए।", "Ajay Singh"),  # an order, not a place
    ("पुलिस अधीक्षक अजय सिंह के कहने पर छापा मारा गया।", "Ajay Singh"),
])
def test_no_owner_without_a_place_of_someone(text: str, not_owner: str, pipeline: Pipeline) -> None:
    assert all(target != not_owner for _, target in raid_targets(text, pipeline))
