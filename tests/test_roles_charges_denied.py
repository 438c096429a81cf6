"""Charges denied (issue 10, item 4): the one a charge was laid on ("Y पर लगे आरोप") is never the
target of a denial of it, nor charged by whoever denies it (GUIDELINES R20; ``event_roles.yaml``
denial_types, charge_*). The rule coder alone: these pin the role finder, not the learned detector."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "wrong"), [
    ("भाजपा ने गृह मंत्री पर लगे आरोपों को निराधार बताया।", ("REJECT", "IND", "IND")),
    ("भाजपा ने गृह मंत्री पर लगे आरोपों को निराधार बताया।", ("ACCUSE", "IND", "IND")),
    ("पाकिस्तान तहरीक-ए-इंसाफ ने इमरान खान पर लगाए गए आरोपों को बेबुनियाद बताया।", ("REJECT", "PAK", "PAK")),
    ("पाकिस्तान तहरीक-ए-इंसाफ ने इमरान खान पर लगाए गए आरोपों को बेबुनियाद बताया।", ("ACCUSE", "PAK", "PAK")),
    ("चीन ने कहा कि अपने राजदूत पर लगाए जा रहे आरोप निराधार हैं।", ("REJECT", "CHN", "CHN")),
])
def test_the_one_charged_is_not_whom_a_denial_answers(text: str, wrong: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    assert wrong not in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    # the owner of the claim denied stays the target; a charge denied is ACCUSE of the accuser (R20)
    ("भारत ने पाकिस्तान के आरोपों को निराधार बताया।", ("ACCUSE", "IND", "PAK")),
    ("ईरान ने अमेरिका के दावे को बेबुनियाद बताया।", ("REJECT", "IRN", "USA")),
    # a charge laid by the agent itself is its own
    ("भारत ने पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।", ("ACCUSE", "IND", "PAK")),
])
def test_claims_denied_and_assurances_keep_their_sides(text: str, dyad: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)



@pytest.mark.parametrize("text", [
    "भाजपा ने गृह मंत्री पर लगे आरोपों को निराधार बताया।",
    "चीन ने कहा कि अपने राजदूत पर लगाए जा रहे आरोप निराधार हैं।",
    "कांग्रेस ने मुख्यमंत्री पर लगे भ्रष्टाचार के आरोपों को झूठा बताया।",
])
def test_the_learned_detector_codes_no_charge_told_about(text: str) -> None:
    """The whole pipeline: the detector's role filler, too, reads no charge by whoever denies it."""
    assert not {d for d in dyads(text, ghatna.load()) if d[0] == "ACCUSE"}


def test_a_charge_laid_by_the_agent_stays_with_the_learned_detector() -> None:
    assert ("ACCUSE", "IND", "PAK") in dyads("भारत ने पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।", ghatna.load())
