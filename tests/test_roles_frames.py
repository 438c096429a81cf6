"""A meeting told as the frame of a clause: "Y के साथ बैठक में X ने कहा", "Y से मुलाकात के दौरान X
ने …" — X, the clause's agent after it, met Y; a meeting named only as a topic holds no one."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("फ्रांस के राष्ट्रपति के साथ टेलीफोन पर बातचीत में ईरान के राष्ट्रपति ने प्रतिबंधों का मुद्दा उठाया।",
     ("CONSULT", "IRN", "FRA")),
    ("अमेरिकी विदेश मंत्री से मुलाकात के दौरान भारत के विदेश मंत्री ने आतंकवाद का मुद्दा उठाया।",
     ("CONSULT", "IND", "USA")),
])
def test_the_agent_after_a_meeting_frame_met_its_partner(text: str, expected: tuple[str, str, str],
                                                         pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


def test_a_meeting_without_a_partner_marked_holds_no_one(pipeline: Pipeline) -> None:
    found = dyads("पिछले साल की बैठक में जापान ने चीन के प्रस्ताव का विरोध किया था।", pipeline)
    assert not any(d[0] == "CONSULT" for d in found)
