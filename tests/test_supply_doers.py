"""A supply word followed by a participle of doing ("… को हथियार मुहैया कराने वाले दो लोगों") names
its doers, the noun after the participle, never the clause's agent (attacks.yaml done_by)."""

from __future__ import annotations

import pytest

import ghatna
from ghatna import Pipeline


def aid_sides(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    record = ghatna.extract(text, pipeline=pipeline).to_record()
    return [((e["source"] or {}).get("name"), (e["target"] or {}).get("name"))
            for e in record["events"] if e["type"] == "AID"]


@pytest.mark.parametrize(("text", "agent"), [
    ("पुलिस ने नक्सलियों को हथियार मुहैया कराने वाले दो लोगों को गिरफ्तार किया।", "police"),
    ("सेना ने उग्रवादियों को हथियार मुहैया कराने वाले तीन तस्करों को पकड़ा।", "military"),
])
def test_the_clause_agent_is_not_the_supplier(text: str, agent: str, pipeline: Pipeline) -> None:
    assert all(agent not in (source or "") for source, _ in aid_sides(text, pipeline))


def test_a_supply_told_with_its_agent_keeps_it(pipeline: Pipeline) -> None:
    assert aid_sides("ईरान ने हूती विद्रोहियों को हथियार मुहैया कराए।", pipeline) == [("Iran", "Houthis militants")]
