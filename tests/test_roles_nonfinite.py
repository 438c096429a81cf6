"""A deed told in a non-finite clause before its main clause ("… पर हमला करने के बाद X ने …",
"… पर हमला कर X ने …") has no agent of its own: Hindi gives it the subject of the main clause.
An infinitive of being or of the passive ("हमला होने के बाद", "हमला कर दिया गया, जिसके बाद …")
is not controlled by the main clause's agent."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("लेबनान की सीमा पर गोलाबारी करने के बाद इजरायल ने कहा कि उसने आत्मरक्षा में कदम उठाया।",
     ("ASSAULT", "ISR", "LBN")),
    ("सीरिया के ठिकानों पर मिसाइल दागने के बाद इजरायल ने बयान जारी किया।", ("ASSAULT", "ISR", "SYR")),
    ("रूस की निंदा करने के बाद ब्रिटेन ने नए प्रतिबंधों की घोषणा की।", ("ACCUSE", "GBR", "RUS")),
])
def test_the_main_clause_agent_did_the_nonfinite_deed(text: str, expected: tuple[str, str, str],
                                                      pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "doer"), [
    ("दूतावास पर हमला करने के बाद उग्रवादियों ने जिम्मेदारी ली।", "REB"),
    ("थाने पर हमला करने से पहले हमलावरों ने बिजली काट दी।", "CRM"),
    ("सेना की चौकी पर हमला कर उग्रवादियों ने दो राइफलें लूट लीं।", "REB"),
])
def test_an_attack_before_its_main_clause_has_that_clause_s_attacker(text: str, doer: str,
                                                                     pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(source[1] == doer for source, _target in found)


@pytest.mark.parametrize("text", [
    "थाने पर हमला होने के बाद पुलिस ने इलाके की घेराबंदी कर दी।",  # the attack's own being
    "बाजार में पुलिस पर हमला कर दिया गया, जिसके बाद सेना ने मोर्चा संभाला।",  # a finite verb, a new clause
    "पुलिस पर हमला करने के आरोप में अदालत ने तीन युवकों को सजा सुनाई।",  # no postposition of time
])
def test_the_main_clause_agent_is_no_attacker_of_another_clause(text: str, pipeline: Pipeline) -> None:
    assert all(source[1] not in ("COP", "MIL", "JUD") for source, _target in attacks(text, pipeline))


def test_an_infinitive_with_its_own_genitive_subject_keeps_it(pipeline: Pipeline) -> None:
    found = dyads("अमरीका के ईरान पर प्रतिबंध लगाने के बाद चीन ने चिंता जताई।", pipeline)
    assert not any(plover == "SANCTION" and source == "CHN" for plover, source, _target in found)
