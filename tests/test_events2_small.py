"""Small fixes of issue 10 (items 2, 4, 5): a visit put off ("दौरा टल गया") is called off, a
reference noun whose clause goes on to tell new harm is a new report, foreigners and news
channels are groups, and "दोनों पक्षों" may stand for an organisation as well as a state."""

from __future__ import annotations

import pytest
from test_modality_participles import modality_at
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "pattern", "modality"), [
    ("खराब मौसम के चलते प्रधानमंत्री का मणिपुर दौरा आखिरी समय पर टल गया।", "दौरा", "negated"),
    ("विदेश मंत्री की चीन यात्रा टल गई है।", "यात्रा", "negated"),
    ("प्रधानमंत्री का रूस दौरा टला।", "दौरा", "negated"),
    ("प्रधानमंत्री ने रूस का दौरा किया।", "दौरा", "asserted"),
])
def test_a_visit_put_off_is_called_off(text: str, pattern: str, modality: str) -> None:
    assert modality_at(text, pattern) == modality


def test_harm_after_a_reference_noun_is_a_new_report(pipeline: Pipeline) -> None:
    evs = ghatna.extract("पुलिस ने बताया कि मुठभेड़ के दौरान दो बदमाश घायल हो गए।", pipeline=pipeline).events
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.sector == "CRM" for e in evs)


def test_a_reference_noun_without_harm_stays_a_reference(pipeline: Pipeline) -> None:
    evs = ghatna.extract("मुठभेड़ के दौरान पुलिस ने इलाके की घेराबंदी की।", pipeline=pipeline).events
    assert not any(e.type == "ASSAULT" for e in evs)


@pytest.mark.parametrize(("text", "label", "sector"), [
    ("सरकार ने 960 विदेशियों के वीजा रद्द कर दिए।", "foreigners", "CVL"),
    ("ममता ने कुछ न्यूज चैनलों की आलोचना की।", "journalists", "MED"),
])
def test_foreigners_and_news_channels_are_groups(text: str, label: str, sector: str, pipeline: Pipeline) -> None:
    evs = ghatna.extract(text, pipeline=pipeline).events
    assert any(e.target is not None and e.target.name == label and e.target.sector == sector for e in evs)


def test_both_sides_keep_an_organisation(pipeline: Pipeline) -> None:
    """Hamas stays Hamas, not Palestine, though the article names Palestine."""
    text = "फलस्तीन के गाजा में हमास ने इसराइल पर रॉकेट दागे। दोनों पक्षों ने मिस्र की बात मान ली है।"
    evs = ghatna.extract(text, pipeline=pipeline).events
    sides = {s.name for e in evs if e.type == "AGREE" for s in (e.source, e.target) if s}
    assert "Hamas" in sides
