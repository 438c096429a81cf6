"""Generic groups the article places nowhere take their home country when the sentence gives
evidence of it: a word only a story set in India uses (``home_evidence``: "थानेदार", "एसएसपी"),
or named actors that are all of that country ("अमित शाह के दौरे से पहले पुलिस ने")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # no place, no actor of any country: the sentence's words of Indian district rule place it
    ("एसएसपी ने सभी थानेदारों को रात में गश्त बढ़ाने का निर्देश दिया।", ("REQUEST", "IND", "IND")),
    ("कोतवाली पुलिस ने चोरी के आरोप में दो युवकों को गिरफ्तार किया।", ("COERCE", "IND", "IND")),
    # a named actor of the group's home country is no evidence against it
    ("अमित शाह के दौरे से पहले पुलिस ने प्रदर्शनकारियों को हिरासत में ले लिया।", ("COERCE", "IND", "IND")),
    ("अखिलेश यादव की रैली में पुलिस ने कार्यकर्ताओं पर लाठीचार्ज किया।", ("COERCE", "IND", "IND")),
])
def test_group_takes_home_country_with_evidence(text: str, expected: tuple[str, str, str],
                                                pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    # nothing in the sentence or the article places the groups: no country is guessed
    "पुलिस ने चोरी के आरोप में दो युवकों को गिरफ्तार किया।",
    "अदालत ने पूर्व क्लर्क को रिश्वत लेने का दोषी मानते हुए पांच साल की सजा सुनाई।",
])
def test_group_without_evidence_stays_unplaced(text: str, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert found and all(src is None and tgt is None for _, src, tgt in found)


def test_named_foreign_actor_keeps_home_away(pipeline: Pipeline) -> None:
    """A named actor of another country still gives the group its country (the side it acts on)."""
    found = dyads("केन्या के राष्ट्रपति विलियम रुटो ने प्रदर्शनकारियों से घर लौटने की अपील की।", pipeline)
    assert ("REQUEST", "KEN", "KEN") in found
