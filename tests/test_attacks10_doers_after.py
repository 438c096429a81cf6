"""Attacks described by their doers and celebrations' firing (issue 10): "X ने Z पर हमला करने वाले
Y को गिरफ्तार किया" tells Y's attack on Z, never one by X (named_doers.doers_after); a celebration's
firing ("हर्ष फायरिंग", "जीत की खुशी में गोलियां चलाईं") is no attack, even when someone is hit: an
accident (harmless_fire.is_celebratory_fire; the hit cases: test_attacks20_accidental_fire.py)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पुलिस ने सिपाही पर हमला करने वाले दो युवकों को गिरफ्तार किया।", "young man", "police"),
    ("पुलिस ने व्यापारी की हत्या करने वाले तीन बदमाशों को गिरफ्तार कर लिया।", "criminals", "business"),
    ("सेना ने जवानों पर हमला करने वाले आतंकियों को मार गिराया।", "militants", "military"),
    ("अदालत ने पत्रकार की हत्या करने वाले दोषियों को उम्रकैद की सजा सुनाई।", "criminals", "journalists"),
    ("भोपाल पुलिस ने नर्सों पर हमला करनेवाले चार युवकों को हिरासत में लिया।", "young man", "health workers"),
    ("इंदौर के अस्पताल में नर्सों के साथ हाथापाई करने वाले आरोपी पुलिस ने पकड़ लिए।", "criminals", "health workers"),
    ("पुलिस ने सिपाहियों पर लाठियों से हमला करने वाले पांच ग्रामीणों को पकड़ लिया।", "civilians", "police"),
])
def test_attack_described_by_its_doers(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    pairs = {(src[0], tgt[0]) for src, tgt in attacks(text, pipeline)}
    assert any(s is not None and t is not None and source in s and target in t for s, t in pairs)
    assert not any(t is not None and target in t and (s is None or source not in s) for s, t in pairs)


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री ने डॉक्टरों पर हमला करने वालों के खिलाफ सख्त कार्रवाई का निर्देश दिया।",
    "पुलिस ने हर्ष फायरिंग करने वाले तीन युवकों को गिरफ्तार किया।",
])
def test_no_attack_by_the_clause_agent(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "चुनाव परिणाम आने के बाद समर्थकों ने जमकर हर्ष फायरिंग की और पटाखे छोड़े।",
    "जीत की खुशी में समर्थकों ने गोलियां चलाईं।",
    "नए साल के जश्न में लोगों ने हवा में गोलियां चलाईं।",
    "बारात में हर्ष फायरिंग हुई, लेकिन कोई घायल नहीं हुआ।",
    "विधायक के बेटे की शादी में हर्ष फायरिंग का वीडियो सामने आया है।",
])
def test_celebration_firing_hitting_no_one_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "जश्न के दौरान बदमाशों ने दुकानदार पर फायरिंग की।",
    "खुशी का माहौल था, तभी हमलावरों ने दूल्हे पर गोलियां चलाईं।",
])
def test_firing_at_someone_in_a_celebration_stays_an_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री ने हमले में मारे गए लोगों के परिजनों को दस लाख रुपये का मुआवजा देने की घोषणा की।",
    "पुलवामा हमले में शहीद हुए जवानों की याद में कार्यक्रम आयोजित किया गया।",
    "राज्यपाल ने बम धमाके में घायल हुए यात्रियों से अस्पताल में मुलाकात की।",
    "गोलीबारी में मारे गए ग्रामीणों का अंतिम संस्कार कर दिया गया।",
])
def test_attack_naming_who_the_harmed_are_is_told_in_passing(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "हिंसा में घायल हुए लोगों को अस्पताल में भर्ती कराया गया।",
    "दिल्ली दंगों में मारे गए लोगों के परिजनों को मुआवजा मिलेगा।",
])
def test_riot_naming_who_the_harmed_are_is_told_in_passing(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline, "PROTEST") and not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "आतंकी हमले में तीन जवान घायल हो गए।",
    "नक्सली हमले में दो जवान शहीद हो गए।",
    "बाजार में हुए धमाके में सात लोग मारे गए और बीस घायल हुए।",
    "पटना में हुए विस्फोट में दो पुलिसकर्मी घायल हुए हैं।",
])
def test_attack_with_its_harm_told_stays(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)
