"""Sides of international events that hold (issue 10, point 4): a group backed by a state is not
of that state ("ईरान समर्थित मिलिशिया"); a state's body named by its bare word after a possessive
pronoun is the body of the state the pronoun stands for ("अमेरिकी सेना और उसके रक्षा मंत्रालय");
an agent fronted before a relative ("X ने जिस तरह …", "X ने जिसे …") is the agent of that clause;
"की" before a correlative or a conjunction ("हत्या की उससे …") is the light verb, not a genitive."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "wrong", "right"), [
    ("ईरान समर्थित मिलिशिया ने बगदाद में अमेरिकी दूतावास पर हमला किया।",
     ("ASSAULT", "IRN", "USA"), ("ASSAULT", "IRQ", "USA")),
    ("रूस समर्थित लड़ाकों ने यूक्रेन में ब्रिटिश पत्रकारों पर हमला किया।",
     ("ASSAULT", "RUS", "GBR"), ("ASSAULT", "UKR", "GBR")),
    ("तुर्की समर्थित विद्रोहियों ने सीरिया में अमेरिकी सैनिकों पर हमला किया।",
     ("ASSAULT", "TUR", "USA"), ("ASSAULT", "SYR", "USA")),
])
def test_a_backed_group_is_not_of_its_backer(text: str, wrong: tuple[str, str, str],
                                             right: tuple[str, str, str] | None, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert wrong not in found
    assert right is None or right in found


def test_a_group_of_a_state_keeps_its_country(pipeline: Pipeline) -> None:
    """No backing word: the demonym still names the group's country."""
    assert ("ASSAULT", "IRN", "USA") in dyads("ईरानी मिलिशिया ने बगदाद में अमेरिकी दूतावास पर हमला किया।", pipeline)


@pytest.mark.parametrize(("text", "dyad"), [
    ("अमेरिकी सेना और उसके रक्षा मंत्रालय को ईरान ने आतंकवादी संगठन घोषित किया।", ("SANCTION", "IRN", "USA")),
    ("ईरान ने अमेरिका और उसके रक्षा मंत्रालय की कड़ी आलोचना की।", ("ACCUSE", "IRN", "USA")),
    ("भारत ने चीन और उसके विदेश मंत्रालय की आलोचना की।", ("ACCUSE", "IND", "CHN")),
])
def test_a_bare_body_after_a_possessive_is_the_pronoun_s_state(text: str, dyad: tuple[str, str, str],
                                                               pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert dyad in found
    assert (dyad[0], dyad[1], "IND") not in found


@pytest.mark.parametrize(("text", "dyad"), [
    ("अमेरिका ने जिस तरह ईरान पर हमला किया उससे तनाव बढ़ा।", ("ASSAULT", "USA", "IRN")),
    ("रूस ने जिस प्रकार यूक्रेन पर हमला किया उससे यूरोप चिंतित है।", ("ASSAULT", "RUS", "UKR")),
    ("अमेरिका ने जिस तरह ईरानी जनरल की हत्या की उससे ईरान दुखी है।", ("ASSAULT", "USA", "IRN")),
    ("अमेरिका ने ईरानी जनरल की हत्या की लेकिन युद्ध नहीं चाहता।", ("ASSAULT", "USA", "IRN")),
])
def test_an_agent_fronted_in_a_relative_clause_is_its_agent(text: str, dyad: tuple[str, str, str],
                                                            pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


def test_a_relative_clause_after_a_comma_keeps_its_own_agent(pipeline: Pipeline) -> None:
    found = dyads("भारत ने नया प्रस्ताव रखा, जिसे चीन ने खारिज कर दिया।", pipeline)
    assert ("REJECT", "IND", "CHN") not in found
