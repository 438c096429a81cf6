"""Deeds told by a participle of doing (issue 10): "पुलिस ने गोली चलाने वाले आरोपी को गिरफ्तार किया",
"पुलिस ने पथराव करने वालों की पहचान की" name the doers of a firing or a riot; the clause's agent
(the police) neither fired nor rioted (named_doers.doers_after, attacks.yaml done_by: a row's own
oblique infinitive before ``participle_words``; riots among ``agent_noun_types``)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "agent"), [
    ("पुलिस ने गोली चलाने वाले आरोपी को गिरफ्तार कर लिया।", "police"),
    ("पुलिस ने व्यापारी को गोली मारने वाले दो युवकों को पकड़ लिया।", "police"),
    ("सेना ने जवानों पर गोलियां चलाने वाले आतंकियों की तलाश तेज कर दी।", "military"),
])
def test_a_firing_told_by_its_participle_is_not_the_agents(text: str, agent: str, pipeline: Pipeline) -> None:
    assert not any(src[0] == agent for src, _tgt in attacks(text, pipeline))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पुलिस ने व्यापारी को गोली मारने वाले दो युवकों को पकड़ लिया।", "young man", "business"),
    ("सेना ने जवानों पर गोलियां चलाने वाले आतंकियों की तलाश तेज कर दी।", "militants", "military"),
])
def test_the_participles_noun_did_the_firing(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert (source, target) in {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)}


@pytest.mark.parametrize(("text", "agent"), [
    ("पुलिस ने पथराव करने वालों की पहचान शुरू कर दी है।", "police"),
    ("पुलिस ने तोड़फोड़ करने वालों को गिरफ्तार किया।", "police"),
    ("पुलिस ने आगजनी करने वाले उपद्रवियों की पहचान की।", "police"),
])
def test_a_riot_told_by_its_participle_is_not_the_agents(text: str, agent: str, pipeline: Pipeline) -> None:
    assert not any(src[0] == agent for src, _tgt in attacks(text, pipeline, "PROTEST"))


def test_the_participles_noun_rioted_against_whom_it_aimed_at(pipeline: Pipeline) -> None:
    found = attacks("पुलिस पर पथराव करने वाले दस लोग गिरफ्तार", pipeline, "PROTEST")
    assert [(src[1], tgt[0]) for src, tgt in found] == [("CVL", "police")]


@pytest.mark.parametrize("text", [
    "बदमाशों ने दुकानदार पर गोली चलाई।",
    "ग्रामीणों ने पुलिस पर पथराव किया।",
])
def test_a_deed_told_by_its_agent_stays_theirs(text: str, pipeline: Pipeline) -> None:
    plover = "PROTEST" if "पथराव" in text else "ASSAULT"
    assert any(src[0] in ("criminals", "civilians") for src, _tgt in attacks(text, pipeline, plover))


@pytest.mark.parametrize(("text", "plover", "source"), [
    ("आतंकी सेना के शिविर पर हमला करने वाले थे, तभी सुरक्षाबलों ने उन्हें घेर लिया।", "ASSAULT", "militants"),
    ("मजदूर सोमवार से नई नीति का विरोध करने वाले हैं।", "PROTEST", "workers"),
])
def test_a_participle_before_an_auxiliary_is_a_deed_about_to_be_done(text: str, plover: str, source: str,
                                                                     pipeline: Pipeline) -> None:
    assert any(src[0] == source for src, _tgt in attacks(text, pipeline, plover))
