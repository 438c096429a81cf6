"""Review mends of the role finder (the review of 919aec7..5a5205e).

A meeting whose converb tells another deed done to it ("Y के साथ बैठक का बहिष्कार/की तैयारी करते
हुए X ने", "बैठक को याद करते हुए") was not held by the clause's agent (finding 1)."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline": the default pipeline)
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



# Finding 2: a deed in a non-finite clause before its main clause is not the main clause agent's
# when it was forestalled ("… करने से पहले ही"), when the main clause acts on the armed doers, or
# when the deed fell on the agent's own state (the default pipeline: the learned detector's events
# take their roles from the same finder).
@pytest.mark.parametrize("text", [
    "उच्चायोग पर हमला करने से पहले ही पुलिस ने दो युवकों को पकड़ लिया।",
    "मंदिर पर हमला करने से पहले ही सुरक्षाबलों ने उग्रवादियों को घेर लिया।",
    "थाने पर हमला करने के बाद जवानों ने नक्सलियों का पीछा किया।",
    "बस्ती पर हमला करने के बाद पुलिस ने बदमाशों का पीछा किया।",
])
def test_the_force_that_stops_or_chases_the_doers_did_not_do_the_deed(text: str,
                                                                      full_pipeline: Pipeline) -> None:  # noqa: F811
    assert all(source[1] not in ("COP", "MIL") for source, _target in attacks(text, full_pipeline))


def test_a_deed_on_the_agent_s_own_state_is_the_other_side_s(full_pipeline: Pipeline) -> None:  # noqa: F811
    found = dyads("पाकिस्तानी चौकियों पर गोलाबारी करने के बाद पाकिस्तानी सेना ने जवाबी हमला किया।", full_pipeline)
    assert ("ASSAULT", "PAK", "PAK") not in found


@pytest.mark.parametrize(("text", "expected"), [
    ("सीरिया के ठिकानों पर मिसाइल दागने के बाद तुर्की ने सीमा पर सैनिक भेजे।", ("ASSAULT", "TUR", "SYR")),
    ("अफगान चौकियों पर गोलाबारी करने के बाद पाकिस्तानी सेना ने बयान जारी किया।", ("ASSAULT", "PAK", "AFG")),
])
def test_a_deed_on_another_state_keeps_the_main_clause_agent(text: str, expected: tuple[str, str, str],
                                                             full_pipeline: Pipeline) -> None:  # noqa: F811
    assert expected in dyads(text, full_pipeline)


# Finding 3: the owner of a statement or step is the target of an answer only when the answer's
# marker stands right before its agent, and only for deeds that answer (answer_types).
@pytest.mark.parametrize("text", [
    "अमरीका के फैसले की खबर मिलने पर ईरान ने आपात बैठक बुलाई।",
    "चीन के कदम की जानकारी मिलने पर जापान ने आपात बैठक बुलाई।",
    "रूस के प्रस्ताव पर जर्मनी ने बैठक बुलाई।",
])
def test_a_meeting_called_on_news_of_a_step_is_not_held_with_its_owner(text: str, pipeline: Pipeline) -> None:
    assert not any(plover == "CONSULT" and target for plover, _source, target in dyads(text, pipeline))


@pytest.mark.parametrize(("text", "expected"), [
    ("भारत के बयान के खिलाफ पाकिस्तान ने कड़ा विरोध दर्ज कराया।", ("ACCUSE", "PAK", "IND")),
    ("ब्रिटेन के फैसले की फ्रांस ने आलोचना की।", ("ACCUSE", "FRA", "GBR")),
])
def test_an_answer_right_before_its_agent_keeps_the_owner(text: str, expected: tuple[str, str, str],
                                                          pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)
