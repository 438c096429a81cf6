"""The side across a border (issue 10, review of border_attacks.py): taken from the named line
("नियंत्रण रेखा": India and Pakistan), a country the sentence names, or India for the state or army
of Pakistan or China; never from a country named only in another sentence of the article. A
district's or a state's border is no border between sides; a border attack asked about or told of
a work of fiction is no deed."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline")
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


def assault_targets(text: str, source: str, pipeline: Pipeline) -> set[str | None]:
    return {t for kind, s, t in dyads(text, pipeline) if kind == "ASSAULT" and s == source}


@pytest.mark.parametrize(("text", "source", "wrong"), [
    # a country named only in an earlier sentence is not the side across
    ("पाकिस्तान के विदेश मंत्री ने एक बयान दिया। बाड़मेर पुलिस ने जिले की सीमा पर फायरिंग की।", "IND", "PAK"),
    ("रूस ने नए प्रतिबंधों की घोषणा की। चीनी सैनिकों ने सरहद पर गोलीबारी की।", "CHN", "RUS"),
    ("भारत के राजदूत ने तेहरान का दौरा किया। ईरानी सेना ने सीमा पर गोलाबारी की।", "IRN", "IND"),
    ("जापान ने इस पर चिंता जताई। चीनी सेना की गोलीबारी में एक सैनिक मारा गया।", "CHN", "JPN"),
    ("ब्रिटेन के प्रधानमंत्री ने संसद में भाषण दिया। बांग्लादेश की सेना ने सीमा पर फायरिंग की।", "BGD", "GBR"),
])
def test_no_side_from_another_sentence(text: str, source: str, wrong: str, pipeline: Pipeline) -> None:
    assert wrong not in assault_targets(text, source, pipeline)


@pytest.mark.parametrize(("text", "source", "target"), [
    # the attackers' own, told as the agent: the line tells the side across
    ("भारतीय सेना ने नियंत्रण रेखा पर जवाबी फायरिंग की।", "IND", "PAK"),
    ("पाकिस्तानी सेना ने एलओसी पर गोलीबारी की।", "PAK", "IND"),
    ("राजौरी में पाकिस्तानी सैनिकों ने नियंत्रण रेखा के पास गोले दागे।", "PAK", "IND"),
    ("भारतीय जवानों ने एलएसी पर फायरिंग की।", "IND", "CHN"),
    ("चीनी सैनिकों ने वास्तविक नियंत्रण रेखा पर गोलीबारी की।", "CHN", "IND"),
    ("पाकिस्तानी सेना ने डूरंड रेखा पर गोलाबारी की।", "PAK", "AFG"),
    ("तालिबान के हमले के बाद अफगान सेना ने डूरंड रेखा पर गोलाबारी की।", "AFG", "PAK"),
])
def test_a_named_line_tells_the_side_across(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert ("ASSAULT", source, target) in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "source"), [
    # a neighbour's police, or the army of a country whose troops do not face India's
    ("नेपाल पुलिस ने सीमा पर फायरिंग की।", "NPL"),
    ("बांग्लादेश पुलिस ने सरहद पर गोलीबारी की।", "BGD"),
    ("म्यांमार की सेना ने सीमा पर गोलाबारी की।", "MMR"),
])
def test_no_home_side_for_other_forces(text: str, source: str, pipeline: Pipeline) -> None:
    assert "IND" not in assault_targets(text, source, pipeline)


@pytest.mark.parametrize("text", [
    # a district's, a state's or a town's border is no border between sides
    "कराची में ईरान के दूतावास पर प्रदर्शन हुआ। सिंध पुलिस ने जिले की सीमा पर फायरिंग की।",
    "नेपाल की सरकार ने बयान जारी किया। उत्तर प्रदेश पुलिस ने राज्य की सीमा पर गोलीबारी की।",
    "चीन से आयात पर रोक लगी। हरियाणा पुलिस ने अंतरराज्यीय सीमा पर गोलीबारी की।",
])
def test_inner_border_has_no_side_across(text: str, pipeline: Pipeline) -> None:
    assert all(t is None or t == s for kind, s, t in dyads(text, pipeline) if kind == "ASSAULT")


@pytest.mark.parametrize("text", [
    # asked about, or told of a work of fiction
    "क्या चीनी सैनिकों ने सरहद पर फायरिंग की?",
    "क्या सीमा पर पाकिस्तान की ओर से गोलीबारी की गई?",
    "धारावाहिक में एलओसी के पास पाकिस्तानी सेना द्वारा भारी गोलाबारी की जाती है।",
    "उपन्यास में चीनी सेना सरहद पर गोले दागती है।",
    "फिल्म में पाकिस्तानी रेंजर्स सीमा पर गोलीबारी करते हैं।",
    "इस फिल्म में चीनी सेना सरहद पर फायरिंग करती है।",
    "नाटक में पाकिस्तान की सेना नियंत्रण रेखा पर गोलाबारी करती है।",
])
def test_no_border_attack_asked_or_imagined(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize(("text", "doers"), [
    # an attack told with its verb stays when the next clause describes its wounded (the learned
    # detector's event: the rule coder names no one hit)
    ("दंतेवाड़ा में माओवादियों ने हमला किया, हमले में घायल जवानों को अस्पताल भेजा गया।", "Maoists"),
    ("बीजापुर में नक्सलियों ने घात लगाकर हमला किया और हमले में घायल सिपाहियों को रायपुर लाया गया।", "Maoists"),
])
def test_attack_told_before_its_victims_described(text: str, doers: str,
                                                  full_pipeline: Pipeline) -> None:  # noqa: F811
    assert any(src[0] is not None and doers in src[0] for src, _t in attacks(text, full_pipeline))
