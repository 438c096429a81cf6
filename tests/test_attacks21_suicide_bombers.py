"""A suicide bomber is a doer (issue 10, attack reports): "आत्मघाती हमलावर ने …" names militants of the
place (generic_actors.tsv), not the suicide attack row ("आत्मघाती हमला+" in triggers.tsv), which swallowed
the attacker and left the deed told after it with no doer."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "country"), [
    ("पाकिस्तान के खैबर पख्तूनख्वा में आत्मघाती हमलावर ने पुलिस थाने को निशाना बनाया।", "PAK"),
    ("काबुल में एक आत्मघाती हमलावर ने सरकारी दफ्तर के बाहर खुद को उड़ा लिया।", "AFG"),
    ("क्वेटा में आत्मघाती हमलावर ने पुलिस की गाड़ी के पास धमाका किया।", "PAK"),
    ("बलूचिस्तान में आत्मघाती हमलावरों ने सेना के काफिले पर हमला किया।", "PAK"),
])
def test_a_suicide_bomber_is_a_militant_of_the_place(text: str, country: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found and all(src == ("militants", "REB", country) for src, _tgt in found), found


@pytest.mark.parametrize("text", [
    "अनंतनाग में फिदायीन हमलावरों ने पुलिस लाइन पर हमला किया।",
    "बारामूला में फ़िदायीन ने बीएसएफ की चौकी पर ग्रेनेड फेंके।",
    "उरी में सेना के ब्रिगेड मुख्यालय पर फिदायीन हमले में कई जवान घायल हुए।",
])
def test_fidayeen_are_militants(text: str, pipeline: Pipeline) -> None:
    """(review of 913e738) "फिदायीन" (हमलावर) names militants as "आत्मघाती हमलावर" does."""
    found = attacks(text, pipeline)
    assert found and all(src[:2] == ("militants", "REB") for src, _tgt in found), found


@pytest.mark.parametrize("text", [
    "पेशावर की मस्जिद में आत्मघाती हमले में 50 नमाजी मारे गए।",
    "तालिबान ने आत्मघाती हमलों की जिम्मेदारी ली।",
])
def test_a_suicide_attack_stays_an_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "target"), [
    ("इजरायली टैंकों ने राफा शहर में गोले बरसाए।", "PSE"),
    ("रूसी सेना ने खारकीव पर रात भर गोले बरसाए, जिसमें पांच नागरिक मारे गए।", "UKR"),
])
def test_shells_rained_are_an_attack(text: str, target: str, pipeline: Pipeline) -> None:
    """"गोले बरसाए" as "गोले दागे" (triggers.tsv, shelling)."""
    assert any(tgt[2] == target for _src, tgt in attacks(text, pipeline))


@pytest.mark.parametrize("text", [
    "शिमला में बर्फबारी के बाद बच्चों ने एक-दूसरे पर बर्फ के गोले बरसाए।",
    "होली के दिन मोहल्ले के युवकों ने राहगीरों पर गुलाल के गोले बरसाए।",
])
def test_balls_of_snow_or_colour_are_no_shelling(text: str, pipeline: Pipeline) -> None:
    """(review of 632eb57) "बर्फ/गुलाल के गोले" are thrown in play (harmless_fire qualifiers)."""
    assert not attacks(text, pipeline)
