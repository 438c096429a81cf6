"""Crime reports of Hindi news (written sentences, rule coder): crimes between people told by who
they are to each other ("पति ने पत्नी की हत्या कर दी") are events between two sides; blows are
attacks only when dealt with something; English loans for crimes (मर्डर, रेप, किडनैप); plural
blasts with their harm; a blast heard is no attack; a police station attacked is the police attacked."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source", "target"), [
    ("लखनऊ में पति ने पत्नी की गला दबाकर हत्या कर दी।", "husband", "wife"),
    ("पटना में पड़ोसियों ने युवक की लाठी-डंडों से पिटाई की।", "neighbours", "young man"),
    ("मेरठ में बेटे ने पिता की हत्या कर दी।", "son", "father"),
    ("जयपुर में आरोपियों ने वृद्ध की हत्या कर दी।", "criminals", "elderly"),
    ("रांची में नक्सलियों ने पुलिस पार्टी पर घात लगाकर हमला किया।", "Maoists", "police"),
])
def test_a_crime_between_people_has_two_sides(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src[0] == source and tgt[0] == target and tgt[2] == "IND" for src, tgt in found), found


@pytest.mark.parametrize("text", [
    "आगरा में आरोपी ने युवक के सिर पर ईंट से प्रहार कर दिया।",
    "बदमाशों ने मेरठ में एक कारोबारी का मर्डर कर दिया।",
    "आरोपी ने गाजियाबाद में एक नाबालिग से रेप किया।",
    "बदमाशों ने कानपुर में व्यापारी के बेटे को किडनैप कर लिया।",
    "शहर में हुए सिलसिलेवार धमाकों में 12 लोग मारे गए।",
    "गोली लगने से युवक की मौत हो गई।",
])
def test_crimes_told_in_other_words_are_attacks(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline), "no attack"


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री ने रैली में कांग्रेस पर प्रहार किया।",
    "मुख्यमंत्री ने भ्रष्टाचार पर करारा प्रहार करने की बात कही।",
    "कल देर रात बगदाद के ग्रीन जोन से इन धमाकों की आवाज सुनी गई।",
    "धमाके की आवाज सुनकर लोग घरों से बाहर निकल आए।",
])
def test_words_and_sounds_are_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "मेरठ में थाने पर हमला किया गया।",
    "मेरठ में पुलिस थाने पर हमला किया गया।",
])
def test_an_attack_on_a_police_station_is_aimed_at_the_police(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(tgt[:2] == ("police", "COP") for _src, tgt in found), found
