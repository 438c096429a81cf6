"""A meeting told as the object of a converb before its clause ("Y के साथ बैठक को संबोधित करते
हुए X ने …") was held by the agent of the clause after it, with the partner its pattern ties to it
("साथ बैठक"); a deed only remembered in a converb ("हमले को याद करते हुए") is no deed of that agent."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def sides(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {(e.type, e.source.role if e.source else None, e.source.sector if e.source else None,
             e.target.role if e.target else None, e.target.sector if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "partner"), [
    ("उद्योगपतियों के साथ हुई बैठक को संबोधित करते हुए प्रधानमंत्री ने निवेश की बात कही।", "BUS"),
    ("किसानों के साथ बैठक को संबोधित करते हुए कृषि मंत्री ने समर्थन मूल्य पर आश्वासन दिया।", "CVL"),
    ("व्यापारियों के साथ बैठक को संबोधित करते हुए जिलाधिकारी ने कहा कि बाजार खुले रहेंगे।", "BUS"),
])
def test_a_meeting_addressed_in_a_converb_is_the_clause_agent_s(text: str, partner: str, pipeline: Pipeline) -> None:
    assert any(plover == "CONSULT" and source_sector == "GOV" and target_sector == partner
               for plover, _source, source_sector, _target, target_sector in sides(text, pipeline))


def test_a_deed_remembered_in_a_converb_is_not_the_speaker_s(pipeline: Pipeline) -> None:
    found = sides("पिछले साल हुए हमले को याद करते हुए मुख्यमंत्री ने कहा कि प्रदेश एकजुट है।", pipeline)
    assert not any(plover == "ASSAULT" for plover, *_rest in found)
