"""An aim or a plot is no deed done: "X को निशाना बनाने के मकसद से आए थे", "हत्या की साजिश रचने के
आरोप में" code no attack (the arrest or the charge is the event); the attack told as done still is."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "पुलिस के अनुसार दोनों हमलावर मंत्री को निशाना बनाने के मकसद से शहर आए थे।",
    "अदालत ने विधायक की हत्या की साजिश रचने के आरोप में दो लोगों को दोषी ठहराया।",
    "जांच एजेंसी का कहना है कि आरोपी पुल को उड़ाने के इरादे से विस्फोटक लाए थे।",
])
def test_an_aim_or_plot_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not any(d[0] == "ASSAULT" for d in dyads(text, pipeline))


def test_the_attack_done_is_still_one(pipeline: Pipeline) -> None:
    assert any(d[0] == "ASSAULT" for d in dyads("नक्सलियों ने पुलिस दल पर घात लगाकर हमला किया।", pipeline))
