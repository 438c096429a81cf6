"""Attack and riot reports, issue 10 (written sentences): a bare word of violence tells a riot only
when told as breaking out, as done or with its harm ("हिंसा की निंदा", "हिंसा रोकने के लिए", "हिंसा
जारी है" name it in passing); counts of killings over a stretch of time are statistics, no attack;
the verbs of killing and firing in their intransitive and compound forms ("गोलियां चलीं", "मार
दिया", "कत्ल"); blows with sticks between two sides are a clash; unnamed armed men are attackers."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "विधायक ने कस्बे में हुई हिंसा की कड़ी निंदा की।",
    "प्रशासन ने हिंसा रोकने के लिए अतिरिक्त बल बुलाया।",
    "सीमावर्ती इलाकों में हिंसा अब भी जारी है।",
    "मंत्री ने हिंसा के लिए विपक्ष को दोषी ठहराया।",
])
def test_violence_named_in_passing_is_no_riot(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "मेले में कल शाम हिंसा भड़क उठी।",
    "उपद्रवियों ने बाजार में जमकर हिंसा की।",
    "कस्बे में हुई हिंसा में चार लोग घायल हो गए।",
    "रात भर शहर में हिंसा की घटनाएं होती रहीं।",
    "नूंह में हिंसा, दो की मौत",
])
def test_violence_told_as_happening_is_a_riot(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "साल 2019 में देश में 30 हजार से अधिक लोगों की हत्या की गई।",
    "पिछले साल जिले में हत्या की 150 घटनाएं दर्ज हुईं।",
    "हर साल सड़क पर होने वाले झगड़ों में हजारों लोगों की हत्या कर दी जाती है।",
])
def test_counts_of_killings_over_time_are_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "पिछले साल हुए हमले में 40 जवान शहीद हुए थे।",  # a period, but no count: one attack
    "सात जुलाई 2005 को हुए धमाकों में 52 लोग मारे गए थे।",  # a day, not a period
])
def test_one_attack_with_its_day_is_no_tally(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "doer", "victim"), [
    ("कस्बे के चौराहे पर दो गुटों के बीच गोलियां चलीं, एक राहगीर घायल हो गया।", None, "CVL"),
    ("लुटेरों ने विरोध करने पर ढाबे के चौकीदार को मार दिया।", "CRM", "CVL"),
    ("बदमाशों ने जमीन के झगड़े में गांव के मुखिया का कत्ल कर दिया।", "CRM", "GOV"),
    ("हथियारबंद लोगों ने बैंक के गार्ड को गोली मार दी।", "CRM", "CVL"),
    ("पुलिस ने उसे एक फर्जी मुठभेड़ में मार दिया था।", "COP", None),
])
def test_verbs_of_killing_and_firing_tell_an_attack(text: str, doer: str | None, victim: str | None,
                                                    pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any((doer is None or src[1] == doer) and (victim is None or tgt[1] == victim)
               for src, tgt in found), found


def test_sticks_between_two_sides_are_a_clash_and_its_harm_an_attack(pipeline: Pipeline) -> None:
    text = "खेत की मेड़ को लेकर दो परिवारों के बीच लाठी-डंडे चले, जिसमें पांच लोग घायल हो गए।"
    assert attacks(text, pipeline, "PROTEST")
    assert attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "तेज रफ्तार ट्रैक्टर ने साइकिल सवार को टक्कर मार दी।",
    "आयकर विभाग ने ठेकेदार के दफ्तर पर छापा मार दिया।",
    "बेकाबू बस ने सड़क किनारे खड़े ठेले को ठोकर मार दी।",
])
def test_compounds_of_striking_that_are_no_killing(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize(("text", "doer"), [
    ("बाइक सवार बदमाशों ने सर्राफ को मारी गोली", "CRM"),  # a headline's verb before its noun
    ("अज्ञात अपराधियों ने ठेकेदार पर बरसाईं गोलियां, हालत गंभीर", "CRM"),
    ("कहासुनी के बाद पड़ोसी ने दुकानदार को मारा चाकू", "CVL"),
])
def test_a_headline_tells_the_verb_before_the_weapon(text: str, doer: str, pipeline: Pipeline) -> None:
    assert any(src[1] == doer for src, _ in attacks(text, pipeline))


def test_stones_rained_on_the_police_are_a_riot(pipeline: Pipeline) -> None:
    assert attacks("पत्थरबाजों ने गश्त कर रहे पुलिसकर्मियों पर पत्थर बरसाए।", pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "विधायक ने सरपंच की हत्या का जिक्र करते हुए कहा कि जिले में अपराध बढ़े हैं।",
    "भाषण में उन्होंने व्यापारी के अपहरण का उल्लेख किया।",
])
def test_a_killing_mentioned_by_a_speaker_is_no_new_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)
