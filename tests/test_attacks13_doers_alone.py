"""Attacks told by their doer alone and crimes named by their victim (issue 10): an attack word of
no mode ("हमला", "अटैक", "धावा बोला") done by militants or criminals as the agent, with no one
named as hit, falls on the people of the place (attacks.yaml ``crowd_attacks.patterns``), as a
bombing or a shooting by them does; a lynching, a thrashing, a kidnap or a rape named after its
victim's genitive ("युवक की लिंचिंग", "चोर की धुनाई") has that victim as its target, told with a doer
or without one (data/triggers.tsv, ``roles`` patient); a victim marked right before the attack word
by a person noun no actor list knows is a member of the actor in a genitive before it, else a person
of the place, never so by a force of the state (attacks.yaml ``unnamed_victims``); protesters described by a participle of going on protest
(event_roles.yaml ``progressive_doers``); a headline's light verb may come before the firing word."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("आतंकियों ने कुपवाड़ा में ग्रेनेड से हमला किया।", "militants"),
    ("नक्सलियों ने देर रात सुकमा के एक गांव पर धावा बोल दिया।", "Maoists"),
    ("हथियारबंद बदमाशों ने मुजफ्फरपुर के बाजार में अचानक हमला बोल दिया।", "armed men"),
    ("अज्ञात हमलावरों ने मेरठ के एक कस्बे में हमला कर दिया।", "unknown attackers"),
    ("बदमाशों ने गोरखपुर के एक गांव में अटैक कर दिया।", "criminals"),
])
def test_an_armed_doers_attack_with_no_one_named_falls_on_civilians(text: str, source: str,
                                                                   pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[0] == source and tgt[:2] == ("civilians", "CVL") and tgt[2] == "IND" for src, tgt in found), found


@pytest.mark.parametrize(("text", "modality"), [
    ("आतंकियों ने कुपवाड़ा में हमला किया।", "asserted"),
    ("आतंकियों ने कुपवाड़ा में हमला नहीं किया।", "negated"),
    ("बदमाशों ने कस्बे में हमला कर दिया था।", "asserted"),
])
def test_the_tense_of_the_doers_attack_is_its_modality(text: str, modality: str, pipeline: Pipeline) -> None:
    import ghatna
    found = [e.modality for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "ASSAULT"]
    assert found == [modality]


@pytest.mark.parametrize("text", [
    # a subject who may, means to or plans to attack has attacked no one
    "आतंकी कुपवाड़ा में हमला कर सकते हैं।",
    "आतंकी त्योहार पर बड़ा हमला करने की फिराक में थे।",
    "आतंकियों ने बाजार में हमले की साजिश रची थी।",
    "खुफिया एजेंसियों के अनुसार आतंकी संगठन हमले की योजना बना रहे हैं।",
    # a party or a minister "attacks" in words: no armed doer, no one falls
    "विपक्ष ने बजट को लेकर जोरदार हमला बोला।",
    "मंत्री ने अपने भाषण में कड़ा हमला किया।",
])
def test_no_attack_on_civilians_without_an_armed_doer_acting(text: str, pipeline: Pipeline) -> None:
    assert [tgt for _src, tgt in attacks(text, pipeline) if tgt[0] == "civilians"] == []


@pytest.mark.parametrize(("text", "target"), [
    ("कस्बे में चोरी के शक में एक मजदूर की लिंचिंग कर दी गई।", "workers"),
    ("हाईवे पर भीड़ ने एक ड्राइवर की मॉब लिंचिंग कर दी।", "drivers"),
    ("मेले में ग्रामीणों ने एक चोर की जमकर धुनाई कर दी।", "criminals"),
    ("बाजार में एक व्यापारी की धुनाई कर दी गई।", "business"),
    ("बदमाशों ने एक छात्र का किडनैप कर लिया।", "students"),
    ("आरोपियों ने एक किशोरी का रेप किया।", "teenage girl"),
])
def test_a_crime_named_after_its_victims_genitive_has_that_target(text: str, target: str,
                                                                 pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert target in [tgt[0] for _src, tgt in found], found


@pytest.mark.parametrize("text", [
    # a lynching named as a case, or as what a law is about, tells no new deed
    "पालघर लिंचिंग मामले में अदालत ने सुनवाई टाल दी।",
    "सरकार मॉब लिंचिंग के खिलाफ सख्त कानून लाएगी।",
])
def test_a_lynching_named_as_a_case_or_topic_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


def protests(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    return [(src[0], tgt[0]) for src, tgt in attacks(text, pipeline, "PROTEST")]


@pytest.mark.parametrize(("text", "protesters", "target"), [
    # the protest of those the participle describes, not of the police acting on them
    ("पुलिस ने तहसील पर प्रदर्शन कर रहे छात्रों पर लाठीचार्ज किया।", "students", "government"),
    ("पुलिस ने सड़क पर धरना दे रहीं आशा कार्यकर्ताओं को हिरासत में ले लिया।", "activists", "government"),
    ("पुलिस ने नारेबाजी कर रहे ग्रामीणों को मौके से खदेड़ दिया।", "civilians", "government"),
    ("धरने पर बैठे शिक्षकों को पुलिस ने उठा दिया।", "academics", "government"),
    ("पुलिस ने मिल प्रबंधन के खिलाफ प्रदर्शन कर रहे मजदूरों को हटा दिया।", "workers", None),
])
def test_protesters_described_by_a_participle_protest(text: str, protesters: str, target: str | None,
                                                      pipeline: Pipeline) -> None:
    found = protests(text, pipeline)
    assert found and all(src == protesters for src, _tgt in found), found
    assert target is None or (protesters, target) in found


@pytest.mark.parametrize(("text", "protesters"), [
    # told as going on in the main clause, the subject protests as before
    ("छात्र कलेक्ट्रेट पर प्रदर्शन कर रहे हैं।", "students"),
    ("किसान तीन दिन से धरना दे रहे थे।", "farmers"),
    ("प्रदर्शन कर रहे छात्रों ने सड़क जाम कर दी।", "students"),
])
def test_a_protest_going_on_keeps_its_subject(text: str, protesters: str, pipeline: Pipeline) -> None:
    assert [src for src, _tgt in protests(text, pipeline)] == [protesters]


@pytest.mark.parametrize(("text", "source", "target"), [
    # a headline's word order: the light verb right after the agent, the attack word after it
    ("कठुआ में अंतरराष्ट्रीय सीमा पर पाकिस्तान ने की अंधाधुंध फायरिंग", "PAK", "IND"),
    ("सीमा पर पाकिस्तानी सेना ने की गोलाबारी", "PAK", "IND"),
    ("नियंत्रण रेखा पर पाकिस्तान ने भारी गोलीबारी की।", "PAK", "IND"),
])
def test_firing_at_a_border_in_a_headlines_word_order(text: str, source: str, target: str,
                                                      pipeline: Pipeline) -> None:
    assert any(src[2] == source and tgt[2] == target for src, tgt in attacks(text, pipeline))


def test_a_condemnation_in_a_headlines_word_order_is_no_firing(pipeline: Pipeline) -> None:
    assert attacks("सीमा पर पाकिस्तान ने की गोलीबारी की निंदा", pipeline) == []


@pytest.mark.parametrize(("text", "source"), [
    # a victim the text names by a word no list knows: a person of the place
    ("बारात में दबंगों ने दूल्हे को पीटा।", "criminals"),
    ("शराब के नशे में एक युवक ने अपने दोस्त की हत्या कर दी।", "young man"),
    ("हमलावरों ने मेले में एक फकीर के साथ मारपीट की।", "criminals"),
    ("डकैतों ने खेत पर एक चरवाहे को गोली मार दी।", "criminals"),
    ("बदमाशों ने दुकान में घुसकर मुनीम को पीटा।", "criminals"),
])
def test_an_attack_on_an_unknown_word_marked_as_its_victim(text: str, source: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[0] == source and tgt[:2] == ("civilians", "CVL") for src, tgt in found), found


@pytest.mark.parametrize("text", [
    # oneself, a time of day, a thing a party takes aim at: no one attacked
    "कर्ज से परेशान युवक ने खुद को गोली मार ली।",
    "भाजपा ने राज्य के बजट को निशाना बनाया।",
    "चोरों ने सूने मकान को निशाना बनाया और जेवर ले गए।",
    # a thing a force brings down, a wanted man the police kill: no civilians (unnamed_victims.persons,
    # no_civilians_by)
    "थलसेना ने सरहद के ऊपर एक मिसाइल को मार गिराया।",
    "वायुसेना ने एक संदिग्ध ड्रोन को मार गिराया।",
    "पुलिस ने जंगल में मुठभेड़ के दौरान एक इनामी को मार गिराया।",
    "सेना ने एक चरवाहे को गोली मार दी।",
    # an idea "killed" in words, a festival, a month or a day number before को: no person
    "उग्रवादियों ने मानवता की हत्या की है।",
    "उपद्रवियों ने ईद को हमला किया।",
    "दंगाइयों ने दशहरे को हमला कर दिया।",
    "उपद्रवियों ने मार्च को हमला किया।",
    "पुलिस ने 9 को गोली मारी।",
])
def test_no_unnamed_victim_where_none_is_told(text: str, pipeline: Pipeline) -> None:
    assert [tgt for _src, tgt in attacks(text, pipeline) if tgt[0] == "civilians"] == []


def test_an_unknown_victim_after_a_genitive_is_of_that_actor(pipeline: Pipeline) -> None:
    found = attacks("उग्रवादियों ने असम राइफल्स के दो सदस्यों की हत्या कर दी।", pipeline)
    assert found and all(tgt[0] != "civilians" and tgt[2] == "IND" for _src, tgt in found), found


def test_members_a_state_force_kills_are_of_their_group(pipeline: Pipeline) -> None:
    found = attacks("पुलिस ने मुठभेड़ में हिजबुल मुजाहिदीन के दो सदस्यों को मार गिराया।", pipeline)
    assert found and all(tgt[1] == "REB" for _src, tgt in found), found
