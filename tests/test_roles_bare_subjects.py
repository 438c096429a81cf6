"""A bare group right before an event noun that a verb of doing follows is the subject of that
verb, not the owner of the noun: "Y को उग्रवादी निशाना बना रहे हैं" (object first, subject after
it, no ने in the progressive) is the militants' attack on Y. Not in "नक्सली हमले में", "नक्सली
हमला हुआ" (no verb of doing) nor in the passive "Y पर आतंकी हमला किया गया"."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "doer", "target"), [
    ("सीमा पर तैनात जवानों को आतंकवादी निशाना बना रहे हैं।", "REB", "MIL"),
    ("थाने के सिपाहियों को माओवादी निशाना बना सकते हैं।", "REB", "COP"),
    ("बाजार के व्यापारियों को बदमाश निशाना बनाते रहे हैं।", "CRM", "BUS"),
])
def test_the_subject_after_the_object_attacks_it(text: str, doer: str, target: str, pipeline: Pipeline) -> None:
    assert any(source[1] == doer and aimed[1] == target for source, aimed in attacks(text, pipeline))


def test_each_party_of_a_list_before_the_subject_is_a_target(pipeline: Pipeline) -> None:
    assert len(attacks("राजद, जदयू और लोजपा के नेताओं को उग्रवादी निशाना बना रहे हैं।", pipeline)) == 3


@pytest.mark.parametrize(("text", "doer"), [
    ("नक्सली हमले में दो सिपाही घायल हो गए।", "REB"),
    ("कल रात थाने पर नक्सली हमला हुआ।", "REB"),
    ("दूतावास पर आतंकी हमला किया गया।", "REB"),
])
def test_a_group_before_an_attack_noun_with_no_verb_of_doing_owns_it(text: str, doer: str,
                                                                      pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(source[1] == doer for source, _target in found)
