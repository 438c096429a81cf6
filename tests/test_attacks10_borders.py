"""Attacks at a border and their doers (issue 10): firing or shelling at a border by a named side,
with no one named as hit, falls on the side across the border (border_attacks.py); its doer may be
marked द्वारा or की ओर से right before the attack word in a passive; "X पर हमला करने वाले Y" names
Y as the doer."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पाकिस्तानी सेना ने सीमा पर गोलीबारी की।", "PAK", "IND"),
    ("चीनी सैनिकों ने सीमा पर फायरिंग की।", "CHN", "IND"),
    ("बीती रात पाकिस्तानी रेंजर्स ने सरहद पर भारी गोलाबारी की।", "PAK", "IND"),
    ("सीमा पर पाकिस्तान की ओर से गोलीबारी की गई।", "PAK", "IND"),
    ("कुपवाड़ा में नियंत्रण रेखा पर पाकिस्तानी सेना की ओर से फायरिंग की गई।", "PAK", "IND"),
    ("एलओसी के पास पाकिस्तानी सेना द्वारा भारी गोलाबारी की गई।", "PAK", "IND"),
    ("तुर्की की सेना ने सीरिया से लगी सीमा पर गोलाबारी की।", "TUR", "SYR"),
    ("इराक से तनाव के बीच ईरानी सेना ने सीमा पर तोपों से गोले दागे।", "IRN", "IRQ"),
    ("उत्तर कोरिया की सेना ने दक्षिण कोरिया की सीमा पर गोलाबारी की।", "PRK", "KOR"),
])
def test_border_attack_falls_across_the_border(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert ("ASSAULT", source, target) in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "source"), [
    # the attackers' country borders no home the text gives: the doer is kept, the side hit unknown
    ("अफगान सुरक्षा बलों ने डूरंड रेखा पर गोलाबारी की।", "AFG"),
    ("पाकिस्तान ने आरोप लगाया कि भारतीय सेना ने नियंत्रण रेखा पर बिना उकसावे के गोलीबारी की।", "IND"),
    # a country named only in another sentence is no side across
    ("ईरान और इराक के रिश्तों में तनाव है। ईरानी सेना ने सीमा पर तोपों से गोले दागे।", "IRN"),
])
def test_border_attack_keeps_its_doer(text: str, source: str, pipeline: Pipeline) -> None:
    assert any(kind == "ASSAULT" and s == source for kind, s, _t in dyads(text, pipeline))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("बीएसएफ ने सीमा पर तस्करों पर गोली चलाई।", "IND", "IND"),
    ("इजराइल के टैंकों ने लेबनान की सीमा पर गोले दागे।", "ISR", "LBN"),
])
def test_border_attack_on_a_named_side(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert ("ASSAULT", source, target) in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    "सीमा पर तैनात जवानों ने हवा में फायरिंग की।",
    "भारतीय सेना ने सीमा पर युद्धाभ्यास किया।",
    "सरहद पर बसे गांवों में लोगों ने दीवाली पर पटाखे चलाए।",
    "नेपाल ने भारत से सीमा पर गोलीबारी की घटनाओं की जांच की मांग की।",
    "सीमा पर बाढ़ से कई चौकियां डूब गईं।",
    "भारत और बांग्लादेश के अधिकारियों ने सीमा पर फायरिंग रोकने के उपायों पर बातचीत की।",
])
def test_no_border_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize(("text", "source"), [
    ("सीकर के एक गांव में पुलिस बल पर हमला करने वाले नौ ग्रामीण पकड़े गए", "civilians"),
    ("मालदा में पुलिस पर हमला करने वाले दस लोगों को गिरफ्तार किया गया।", "civilians"),
    ("डॉक्टरों पर हमला करने वाले तीन युवक पकड़े गए।", "young man"),
    ("पत्रकार पर हमला करनेवाले बदमाशों की तलाश जारी है।", "criminals"),
])
def test_attackers_named_after_the_attack(text: str, source: str, pipeline: Pipeline) -> None:
    sides = attacks(text, pipeline)
    assert sides and all(src is not None and source in src[0] for src, _ in sides)


@pytest.mark.parametrize(("text", "target"), [
    ("पाकिस्तानी सेना की गोलाबारी में एक जवान शहीद हो गया।", "IND"),
    ("पुंछ में पाकिस्तानी सेना की ओर से की गई गोलाबारी में एक जवान शहीद हो गया।", "IND"),
    ("पाकिस्तानी सेना ने पुंछ में गोलाबारी की जिसमें एक जवान शहीद हो गया।", "IND"),
    ("चीनी सैनिकों के हमले में बीस जवान शहीद हो गए।", "IND"),
])
def test_soldier_struck_by_a_foreign_force_is_not_its_own(text: str, target: str, pipeline: Pipeline) -> None:
    assert {t for kind, _s, t in dyads(text, pipeline) if kind == "ASSAULT"} == {target}


@pytest.mark.parametrize(("text", "target"), [
    ("इजरायली सेना की गोलीबारी में एक इजरायली सैनिक की मौत हो गई।", "ISR"),
    ("सीरियाई सेना की बमबारी में 20 नागरिक मारे गए।", "SYR"),
])
def test_victims_of_a_force_told_of_its_country_stay(text: str, target: str, pipeline: Pipeline) -> None:
    assert {t for kind, _s, t in dyads(text, pipeline) if kind == "ASSAULT"} == {target}


@pytest.mark.parametrize(("text", "owner"), [
    ("ग्रामीणों ने वन विभाग की टीम पर हमला कर दिया।", "authorities"),
    ("छापा मारने गए पुलिस दल पर लाठियों से हमला किया गया।", "police"),
    ("खनन माफिया ने खनिज विभाग की टीम पर हमला किया।", "authorities"),
    ("पुलिस गश्ती दल पर डंडों से हमला करने वाले 12 लोगों के खिलाफ मामला दर्ज किया गया।", "police"),
])
def test_a_team_attacked_is_its_owners(text: str, owner: str, pipeline: Pipeline) -> None:
    assert any(t[0] is not None and owner in t[0] for _s, t in attacks(text, pipeline))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पाकिस्तान ने एक बार फिर संघर्ष विराम का उल्लंघन किया।", "PAK", "IND"),
    ("पाकिस्तान ने नियंत्रण रेखा पर संघर्ष विराम का उल्लंघन किया।", "PAK", "IND"),
    ("इजरायल का कहना है कि हमास ने युद्धविराम का उल्लंघन किया।", "PSE", "ISR"),
    ("आर्मेनिया ने अजरबैजान पर आरोप लगाया कि उसने सीजफायर उल्लंघन किया।", "AZE", "ARM"),
])
def test_ceasefire_violated_falls_on_the_other_party(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    assert ("ASSAULT", source, target) in dyads(text, pipeline)
