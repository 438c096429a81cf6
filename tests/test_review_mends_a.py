"""Review mends A (triggers and attacks): look-alikes of inciting, killing, raiding, statistics
and riots that tell no such event, and unnamed people that are not what their word alone says
(written sentences, rule coder)."""

from __future__ import annotations

import pytest
from test_attacks import attacks, side
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def types(text: str, pipeline: Pipeline) -> set[str]:
    return {e.type for e in ghatna.extract(text, pipeline=pipeline).events}


def targets(text: str, pipeline: Pipeline, plover: str = "ASSAULT") -> list[tuple[str | None, str | None]]:
    return [side(e.target)[:2] for e in ghatna.extract(text, pipeline=pipeline).events if e.type == plover]


@pytest.mark.parametrize("text", [
    "नेता ने कहा कि सरकार के फैसले से किसानों का गुस्सा भड़का है।",
    "विधायक ने बताया कि बिजली कटौती से व्यापारियों का गुस्सा भड़का था।",
])
def test_flaring_up_is_no_incitement(text: str, pipeline: Pipeline) -> None:
    assert "ACCUSE" not in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "मंत्री ने कहा कि विपक्ष किसानों को भड़का रहा है।",
    "मुख्यमंत्री ने आरोप लगाया कि विपक्ष ने मजदूरों को भड़का दिया।",
    "गृह मंत्री ने कहा कि कुछ संगठन युवाओं को भड़काते हैं।",
])
def test_inciting_stays_accuse(text: str, pipeline: Pipeline) -> None:
    assert "ACCUSE" in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "मतदान से ठीक पहले पार्षद ने पलटी मार दी।",
    "सास ने बहू को बात बात पर ताने मार दिए।",
    "गर्मी से परेशान लड़के ने नहर में छलांग मार दी।",
    "आखिरी ओवर में मेहमान टीम ने बाजी मार दी।",
    "चौपाल पर बैठे बुजुर्गों ने किस्सा सुनकर ठहाके मार दिए।",
])
def test_idioms_with_mar_dena_kill_no_one(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


def test_completed_raid_in_the_plural_is_one_row(pipeline: Pipeline) -> None:
    events = ghatna.extract("आबकारी विभाग ने अवैध शराब के गोदामों पर छापे मार दिए।", pipeline=pipeline).events
    assert [(e.type, e.mode) for e in events] == [("COERCE", "raid")]


@pytest.mark.parametrize("text", [
    "कर्ज में डूबे किसान ने खुद को मारी गोली",
    "नौकरी जाने से परेशान युवक ने अपने आप को मारी गोली",
])
def test_headline_suicide_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


def test_headline_shooting_stays_an_attack(pipeline: Pipeline) -> None:
    assert attacks("बाइक सवार बदमाशों ने सर्राफ को मारी गोली", pipeline)


@pytest.mark.parametrize("text", [
    "पिछले साल उधार के पांच हजार रुपये के लिए बदमाशों ने एक व्यापारी की हत्या कर दी।",
    "पिछले साल के जमीन विवाद में गुरुवार को हजारों लोगों के सामने बदमाशों ने एक किसान की हत्या कर दी।",
])
def test_money_or_a_day_is_no_tally(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


def test_a_count_over_a_period_stays_a_tally(pipeline: Pipeline) -> None:
    assert attacks("पिछले साल प्रदेश में हत्या के हजारों मामले दर्ज किए गए।", pipeline) == []


def test_an_unknown_youth_is_no_attacker(pipeline: Pipeline) -> None:
    found = targets("बदमाशों ने गांव के बाहर एक अज्ञात युवक की हत्या कर दी।", pipeline)
    assert found and all(sector != "CRM" for _, sector in found)


@pytest.mark.parametrize(("text", "sector"), [
    ("लुटेरों ने घर में घुसकर परिवार के मुखिया की हत्या कर दी।", "CVL"),
    ("प्रदर्शनकारियों ने सरकार के मुखिया के खिलाफ नारे लगाए।", "GOV"),
])
def test_head_of_a_family_or_government_is_no_local_leader(text: str, sector: str, pipeline: Pipeline) -> None:
    sides = [side(a) for e in ghatna.extract(text, pipeline=pipeline).events for a in (e.source, e.target)]
    assert all(label != "local leader" for label, _, _ in sides)
    assert any(s == sector for _, s, _ in sides)


def test_village_head_stays_a_local_leader(pipeline: Pipeline) -> None:
    assert ("local leader", "GOV") in targets("बदमाशों ने गांव के मुखिया की गोली मारकर हत्या कर दी।", pipeline)


@pytest.mark.parametrize("text", [
    "पुलिस ने हिंसा होने से पहले ही उपद्रवियों को खदेड़ दिया।",
    "नेता ने कहा कि चुनाव के बाद इलाके में हिंसा होगी।",
    "अफसरों ने माना कि त्योहार पर हिंसा हो सकती है।",
    "प्रशासन चाहता है कि मेले में हिंसा न हो।",
])
def test_violence_not_yet_happened_is_no_riot(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST") == []


def test_violence_that_broke_out_stays_a_riot(pipeline: Pipeline) -> None:
    assert attacks("मेले में दो गुटों के बीच हिंसा हुई।", pipeline, "PROTEST")
