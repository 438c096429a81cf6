"""Whom a spoken demand is aimed at, and whose government a leader's is.

- "X ने Y से कहा कि … किया जाना चाहिए": the demand names no actor of its own, so Y, the one spoken
  to, is asked; the press a statement is told to is never asked ("पत्रकारों से कहा").
- "ट्रंप प्रशासन", "इमरान सरकार": a government word right after a leader's name is the government
  of the leader's country, not of the country the sentence is set in.
- A state's own demand with no addressee is not aimed at its own government.
"""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("फ्रांस ने अमेरिका से कहा कि बातचीत चलने तक कोई नया शुल्क नहीं लगाया जाना चाहिए।", ("REQUEST", "FRA", "USA")),
    ("जापान ने चीन से कहा कि विवादित द्वीपों के पास जहाज नहीं भेजे जाने चाहिए।", ("REQUEST", "JPN", "CHN")),
])
def test_the_one_spoken_to_is_asked(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


def test_the_press_spoken_to_is_not_asked(pipeline: Pipeline) -> None:
    found = dyads("जर्मनी के विदेश मंत्री ने पत्रकारों से कहा कि इस हमले की जांच की जानी चाहिए।", pipeline)
    assert not any(d[0] == "REQUEST" and d[2] is None for d in found)
    assert all(d[0] != "REQUEST" or d[2] != "DEU" for d in found)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("ईरान ने ट्रंप प्रशासन की कड़ी निंदा की।", ("ACCUSE", "IRN", "USA"), ("ACCUSE", "IRN", "IRN")),
    ("चीन ने बाइडन प्रशासन से प्रतिबंध हटाने की मांग की।", ("REQUEST", "CHN", "USA"), ("REQUEST", "CHN", "CHN")),
    ("रूस ने इमरान खान सरकार के साथ रक्षा समझौते पर हस्ताक्षर किए।", ("AGREE", "RUS", "PAK"), ("AGREE", "RUS", "RUS")),
])
def test_a_leaders_government_is_of_the_leaders_country(text: str, expected: tuple[str, str, str],
                                                         wrong: tuple[str, str, str], pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found and wrong not in found


def test_a_states_demand_is_not_aimed_at_its_own_government(pipeline: Pipeline) -> None:
    found = dyads("सऊदी अरब ने कहा कि क्षेत्र में तनाव कम करने के लिए सभी उपाय किए जाने चाहिए।", pipeline)
    assert ("REQUEST", "SAU", "SAU") not in found
