"""Review mends of the role finder (the review of 919aec7..5a5205e).

A meeting whose converb tells another deed done to it ("Y के साथ बैठक का बहिष्कार/की तैयारी करते
हुए X ने", "बैठक को याद करते हुए") was not held by the clause's agent (finding 1)."""

from __future__ import annotations

import pytest
from test_roles_converbs import sides
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "चीन के साथ बैठक का बहिष्कार करते हुए जापान ने अपना प्रतिनिधिमंडल वापस बुला लिया।",
    "बांग्लादेश के साथ बैठक की तैयारी करते हुए भारत ने सचिवों को दिल्ली बुलाया।",
    "श्रीलंका के साथ बैठक को याद करते हुए विदेश मंत्री ने कहा कि दोनों देश करीब आए हैं।",
    "जर्मनी के साथ वार्ता रद्द करते हुए फ्रांस ने नई तारीख मांगी।",
])
def test_a_meeting_another_converb_deed_is_done_to_is_not_held(text: str, pipeline: Pipeline) -> None:
    assert not any(plover == "CONSULT" for plover, *_rest in sides(text, pipeline))


def test_a_meeting_addressed_in_a_converb_is_still_held(pipeline: Pipeline) -> None:
    found = dyads("ब्रिटेन के साथ बैठक को संबोधित करते हुए भारत ने व्यापार बढ़ाने की बात कही।", pipeline)
    assert ("CONSULT", "IND", "GBR") in found
