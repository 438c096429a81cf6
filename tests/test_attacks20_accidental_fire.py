"""Accidental firing and fights between two groups (issue 10, attack reports). A celebration's firing
that hits a guest, and a shot fired by mistake ("गलती से गोली चल गई", "बंदूक साफ करते समय गोली चली"),
are accidents, no attack (GUIDELINES: accidents are no events; harmless_fire.is_celebratory_fire,
is_accidental_fire). A fight between two groups counted and not named ("दो गुटों में संघर्ष") is one
group's attack, riot or clash on the other, both of the place (R19; group_clashes.group_clash_roles)."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline")
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline

ACCIDENTAL = [
    "बारातियों ने हर्ष फायरिंग की, जिससे एक बच्ची घायल हो गई।",
    "तिलक समारोह में हर्ष फायरिंग में एक महिला घायल हो गई।",
    "शादी में हर्ष फायरिंग के दौरान एक युवक की मौत हो गई।",
    "सगाई समारोह में हर्ष फायरिंग के दौरान गोली लगने से फोटोग्राफर की मौत हो गई।",
    "चुनाव जीत के जश्न में चली गोली से एक बुजुर्ग की जान चली गई।",
    "लाइसेंसी रिवॉल्वर से गलती से गोली चल गई, जिससे व्यापारी की पत्नी घायल हो गई।",
    "थाने में हथियार साफ करते समय दरोगा की पिस्टल से गोली चल गई और सिपाही घायल हो गया।",
    "पिता की लाइसेंसी बंदूक से खेलते समय बच्चे से गोली चल गई, मां घायल।",
    "ड्यूटी के दौरान सर्विस राइफल से अचानक गोली चलने से जवान की मौत हो गई।",
    "शिकार पर गए दोस्त ने अनजाने में साथी को गोली मार दी।",
]


@pytest.mark.parametrize("text", ACCIDENTAL)
def test_accidental_firing_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", ACCIDENTAL[:2] + ACCIDENTAL[5:7])
def test_learned_detector_adds_no_attack_to_accidental_firing(text: str, full_pipeline: Pipeline) -> None:  # noqa: F811
    assert not attacks(text, full_pipeline)


@pytest.mark.parametrize("text", [
    "बदमाशों ने अचानक फायरिंग शुरू कर दी, जिससे दो राहगीर घायल हो गए।",
    "आतंकियों ने अचानक सुरक्षाबलों के काफिले पर गोलियां बरसाईं।",
    "दबंगों ने बारात पर पथराव और फायरिंग की, जिसमें तीन बाराती घायल हो गए।",
    "बाइक सवार हमलावरों ने शादी समारोह में घुसकर दुल्हन के पिता को गोली मार दी।",
    "पुलिस का कहना है कि आरोपी ने जानबूझकर पड़ोसी पर गोली चलाई थी।",
])
def test_aimed_or_sudden_attacks_stay_attacks(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("मेरठ के सरधना क्षेत्र में जमीन विवाद को लेकर दो गुटों में संघर्ष हो गया।", "ASSAULT"),
    ("गोरखपुर में पुरानी रंजिश में दो पक्षों के बीच जमकर मारपीट हुई।", "PROTEST"),  # a scuffle, no harm: R19
    ("मुजफ्फरपुर में चुनावी रंजिश को लेकर दो गुटों के बीच गोलीबारी हुई।", "ASSAULT"),
    ("कानपुर में बच्चों के विवाद में दो परिवारों के बीच चाकूबाजी, तीन घायल।", "ASSAULT"),
    ("बरेली में होली के दौरान दो समुदायों के बीच पथराव हुआ।", "PROTEST"),
    ("पटना के एक मोहल्ले में पानी भरने को लेकर दो परिवारों में लाठी-डंडे चले।", "PROTEST"),
])
def test_a_fight_between_two_groups_is_one_on_the_other(text: str, plover: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, plover) == [(("group", "CVL", "IND"), ("rival group", "CVL", "IND"))]


def test_two_groups_abroad_are_of_their_place(pipeline: Pipeline) -> None:
    text = "इथियोपिया में दो समुदायों के बीच हुई झड़पों में 14 लोगों की मौत हो गई।"
    assert {(src[2], tgt[2]) for src, tgt in attacks(text, pipeline)} == {("ETH", "ETH")}


@pytest.mark.parametrize("text", [
    "दिल्ली में कांग्रेस दो गुटों में बंट गई है।",
    "सहारनपुर में दो गुटों के बीच तनाव के बाद इलाके में पुलिस तैनात कर दी गई।",
    "हैदराबाद में दोनों गुटों के नेताओं ने बैठक की।",
])
def test_two_groups_without_a_fight_tell_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline) and not attacks(text, pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "बाजार में अचानक गोलियां चलने लगीं और दो लोग घायल हो गए।",
    "बाजार में अचानक गोलियां चलीं, जिसमें दो लोग घायल हो गए।",
])
def test_a_sudden_volley_stays_an_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "target"), [
    ("जमीन के विवाद में चली गोली से एक किसान की मौत हो गई।", "farmers"),
    ("बदमाशों और पुलिस के बीच चली गोलियों में एक सिपाही घायल हो गया।", "police"),
    ("मेरठ में दो गुटों में चली गोलियों में एक युवक घायल हो गया।", "rival group"),
])
def test_firing_told_by_its_participle_is_an_attack(text: str, target: str, pipeline: Pipeline) -> None:
    assert any(tgt[0] == target for _src, tgt in attacks(text, pipeline))


@pytest.mark.parametrize("text", [
    "बंदूक साफ करते समय अचानक चली गोली से दरोगा घायल हो गया।",
    "शहर में चली गोलियों की आवाज से लोग सहम गए।",
])
def test_a_participle_shot_by_accident_or_heard_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "मंदिर में सफाई करते समय हथियारबंद बदमाशों ने पुजारी को गोली मार दी।",
    "पार्क में बच्चों से खेल रहे व्यापारी को नकाबपोश हमलावरों ने गोली मार दी।",
    "गलती से दूसरे गुट के इलाके में पहुंचे युवक पर दबंगों ने गोली चला दी।",
])
def test_a_doer_after_a_phrase_of_mistake_aims_the_shot(text: str, pipeline: Pipeline) -> None:
    """(review of 6da3597) the phrase tells what the one shot was doing, or how he came there; the doer
    marked after it aimed."""
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "source"), [
    ("गाजा में इजरायल और हमास के बीच संघर्षविराम के बावजूद दोनों पक्षों में संघर्ष जारी रहा।", (None, "ISR")),
    ("चुनाव नतीजों के बाद भाजपा और कांग्रेस कार्यकर्ताओं के बीच बहस के बाद दोनों पक्षों में मारपीट हुई।", ("PTY", "IND")),
])
def test_two_sides_named_before_are_the_clash_sides(text: str, source: tuple[str | None, str], pipeline: Pipeline) -> None:
    """(review of 182cb9b) "दोनों पक्षों" after a named pair is that pair, not two unnamed groups."""
    found = attacks(text, pipeline)
    assert found and all(src[1:] == source and tgt[0] != "rival group" for src, tgt in found)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("नियंत्रण रेखा पर पाकिस्तानी सेना की ओर से चली गोलियों में बीएसएफ का एक जवान घायल हो गया।", "PAK", "IND"),
    ("दबिश के दौरान बदमाशों की ओर से चली गोली से दरोगा घायल हो गया।", "CRM", "COP"),
    ("कस्बे में उपद्रवियों द्वारा चलीं गोलियों से दो राहगीर घायल हुए।", "CVL", "CVL"),
])
def test_a_participle_shot_names_its_doer(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    """(review of 0c6327a) "X की ओर से चली गोली" is X's, as "X की ओर से की गई गोलीबारी" is: a country's
    or a sector's shot (source and target by country where the sentence gives them, else by sector)."""
    found = attacks(text, pipeline)
    assert found and all(source in src[1:] and target in tgt[1:] for src, tgt in found), found
