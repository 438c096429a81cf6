"""A life sentence told in full ("उम्रकैद की सजा सुनाई") is one conviction, of the one sentenced."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "target"), [
    ("अदालत ने बदमाश को उम्रकैद की सजा सुनाई।", "criminals"),
    ("अदालत ने हत्या के दोषी को उम्रकैद की सजा सुनाई।", "criminals"),
    ("अदालत ने दोनों आरोपियों को उम्रकैद की सजा दी।", "criminals"),
    ("सत्र न्यायालय ने दो लुटेरों को आजीवन कारावास की सजा सुनाई है।", "criminals"),
])
def test_a_life_sentence_is_one_conviction(text: str, target: str, pipeline: Pipeline) -> None:
    events = ghatna.extract(text, pipeline=pipeline).events
    assert [(e.type, e.target.name if e.target else None) for e in events] == [("COERCE", target)]
