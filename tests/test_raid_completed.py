"""A raid told with the completive light verb ('छापा मार देना') is a raid, not a blocked phrase.

The blocker rows that keep 'मार देना' (kill) off striking compounds must not drop raids with it.
"""

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "सीबीआई ने पूर्व मंत्री के तीन ठिकानों पर छापा मार दिया।",
    "खाद्य विभाग की टीम ने मिलावटी दूध बेचने वाली डेयरियों पर छापे मार दिए।",
    "पुलिस ने देर रात जुआ खेल रहे लोगों के अड्डे पर छापा मार दिया था।",
])
def test_completed_raid_is_coerce(text: str) -> None:
    events = ghatna.extract(text).events
    assert [(e.type, e.mode) for e in events] == [("COERCE", "raid")]


@pytest.mark.parametrize("text", [
    "तेज रफ्तार कार ने साइकिल सवार को टक्कर मार दी।",
    "विधानसभा चुनाव में नई पार्टी ने बाजी मार दी।",
])
def test_striking_compounds_stay_blocked(text: str, pipeline: Pipeline) -> None:
    assert ghatna.extract(text, pipeline=pipeline).events == []
