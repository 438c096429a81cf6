"""Attacks on a pronoun written apart from its case marker ("नक्सलियों ने उन पर हमला किया"): the
pronoun stands for the last subject before it other than the attacker (written sentences)."""

from __future__ import annotations

import pytest
from test_attacks import Side, attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.extraction.pronouns import oblique_slots
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("गढ़चिरौली में पुलिस के जवान गश्त पर निकले थे, तभी नक्सलियों ने उन पर हमला कर दिया।", "REB", "MIL"),
    ("ग्रामीणों ने खनन का विरोध किया तो दबंगों ने उन पर लाठियों से हमला कर दिया।", "CRM", "CVL"),
    ("किसान खेत से लौट रहे थे। तभी बदमाशों ने उन पर गोलियां चला दीं।", "CRM", "CVL"),
])
def test_an_attack_on_them_falls_on_the_last_subject_before(text: str, source: str, target: str,
                                                            pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert (source, target) in [(src[1], tgt[1]) for src, tgt in found]


def test_an_attack_on_them_told_without_a_doer(pipeline: Pipeline) -> None:
    found: list[tuple[Side, Side]] = attacks("दो सिपाही थाने लौट रहे थे कि रास्ते में उन पर हमला हो गया।", pipeline)
    assert ("police", "COP") in [tgt[:2] for _src, tgt in found]


@pytest.mark.parametrize("text", [
    "पत्रकारों ने सवाल पूछे तो उन लोगों पर समर्थकों ने हमला कर दिया।",  # "उन" points at a noun
    "मंत्री ने मुख्यमंत्री से मुलाकात की। उन पर चर्चा अगले सप्ताह होगी।",  # no doer, no attack on it
])
def test_no_pronoun_target_where_none_is_meant(text: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert oblique_slots(doc, 0, len(doc.tokens)) == []
