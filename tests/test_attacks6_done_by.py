"""Attack reports, issue 10 (written sentences): an attack noun right after a participle of doing
("किए गए हमले") names its doer, the actor marked द्वारा or के before the participle with only words of
manner between ("X के घात लगाकर किए गए हमले", "X के आदेश पर किए गए हमले"); an actor marked पर
there is the target, never the doer."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline")
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline

DONE_BY = [
    ("नक्सलियों के घात लगाकर किए गए हमले में पांच जवान शहीद हो गए।", ("Maoists", "REB", "IND")),
    ("बस्तर में माओवादियों के घात लगाकर किये गये हमले में दो सिपाही घायल हुए।", ("Maoists", "REB", "IND")),
    ("उग्रवादियों द्वारा किए गए हमले में तीन सिपाही घायल हुए।", ("militants", "REB", None)),
    ("बागियों के अचानक किए गए हमले में चार ग्रामीण मारे गए।", ("militants", "REB", None)),
    ("अमेरिका के आदेश पर किए गए ड्रोन हमले में ईरान का एक कमांडर मारा गया।", ("United States", None, "USA")),
]


@pytest.mark.parametrize(("text", "doer"), DONE_BY)
def test_the_actor_before_the_participle_did_the_attack(text: str, doer: tuple[str, str | None, str | None],
                                                        pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[0] == doer[0] and src[1] == doer[1] and (doer[2] is None or src[2] == doer[2])
               for src, _ in found), found


@pytest.mark.parametrize(("text", "doer"), DONE_BY[:1])
def test_the_learned_detector_keeps_the_doer(text: str, doer: tuple[str, str, str],
                                             full_pipeline: Pipeline) -> None:  # noqa: F811
    assert any(src == doer for src, _ in attacks(text, full_pipeline))


@pytest.mark.parametrize(("text", "not_doer"), [
    ("सेना के ठिकानों पर किए गए हमले में दो सैनिक घायल हुए।", "MIL"),  # the owner of the place aimed at
    ("पुलिस चौकी पर किए गए हमले में एक सिपाही घायल हुआ।", "COP"),
])
def test_an_actor_aimed_at_is_no_doer(text: str, not_doer: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(src[1] != not_doer for src, _ in found), found
