"""Accidental firing (issue 10, attack reports): a celebration's firing that hits a guest, and a shot
fired by mistake ("गलती से गोली चल गई", "बंदूक साफ करते समय गोली चली"), are accidents, no attack
(GUIDELINES: accidents are no events; harmless_fire.is_celebratory_fire, is_accidental_fire)."""

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
