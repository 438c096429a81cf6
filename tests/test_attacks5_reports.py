"""Attack reports, issue 10 (written sentences): armed men told as fallen with no deed word ("दो
घुसपैठिए ढेर") fell to the forces of their country; a terrorist attack told with no doer was done by
militants of its place; fire that harms no one, a deed that starts a stretch of time or that a
dispute is about, and a case's name report no deed; an attack word said of politics is a charge; a claim of an attack names who did it."""

from __future__ import annotations

import pytest
from test_attacks import attacks, full_pipeline  # noqa: F401  (the fixture "full_pipeline")
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline

FELLED = [
    ("कुपवाड़ा में दो घुसपैठिए ढेर।", ("military", "MIL", "IND"), ("militants", "REB", "IND")),
    ("जम्मू-कश्मीर के शोपियां में तीन आतंकी मारे गए।", ("military", "MIL", "IND"), ("militants", "REB", "IND")),
    ("मुठभेड़ के दौरान चार आतंकवादी भी मारे गए थे।", ("military", "MIL", None), ("militants", "REB", None)),
    ("पुलवामा में जैश के तीन आतंकी ढेर हो गए।", ("military", "MIL", "IND"), (None, "REB", "PAK")),
    ("मेरठ में दो बदमाश ढेर।", ("police", "COP", "IND"), ("criminals", "CRM", "IND")),
]


@pytest.mark.parametrize(("text", "source", "target"), FELLED)
def test_armed_men_told_fallen_fell_to_the_forces(text: str, source: tuple[str, str, str | None],
                                                  target: tuple[str | None, str, str | None],
                                                  pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src == source and tgt[1:] == target[1:] and (target[0] is None or tgt[0] == target[0])
               for src, tgt in found), found


@pytest.mark.parametrize(("text", "source", "target"), FELLED[:2])
def test_the_learned_detector_keeps_the_fallen(text: str, source: tuple[str, str, str], target: tuple[str, str, str],
                                               full_pipeline: Pipeline) -> None:  # noqa: F811
    assert (source, target) in attacks(text, full_pipeline)


@pytest.mark.parametrize("text", [
    "मारे गए आतंकियों की पहचान हो गई है।",  # the fallen described, not told
    "सड़क हादसे में दो बदमाश मारे गए।",  # an accident
    "बाजार में आग लगने से तीन लोग मारे गए।",  # no armed men
    "सेना ने बताया कि मिट्टी के ढेर में हथियार छिपाए गए थे।",  # a heap
])
def test_no_fall_in_a_fight(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "पुलवामा में आतंकी हमले में 40 जवान शहीद हो गए।",
    "राजौरी में सेना के वाहन पर आतंकी हमला, पांच जवान शहीद",
])
def test_a_terrorist_attack_was_done_by_militants_of_its_place(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert any(src == ("militants", "REB", "IND") and tgt[1:] == ("MIL", "IND") for src, tgt in found), found


@pytest.mark.parametrize("text", [
    "पुलिस ने प्रदर्शनकारियों पर रबड़ की गोलियां चलाईं।",
    "भीड़ को तितर-बितर करने के लिए पुलिस ने हवा में गोलियां चलाईं।",
    "पुलिस ने हवाई फायरिंग कर भीड़ को खदेड़ा।",
    "सुनील की हत्या के दो हफ़्ते बाद वह आदेश वापस ले लिया गया।",
    "हमले के दो दिन बाद पुलिस ने तीन लोगों को गिरफ्तार किया।",
    "अधिकारियों में 'इशरत की हत्या' को लेकर मतभेद था।",
])
def test_phrases_that_report_no_attack(text: str, pipeline: Pipeline) -> None:
    assert not attacks(text, pipeline)


@pytest.mark.parametrize("text", [
    "बदमाशों ने दुकानदार पर गोलियां चलाईं।",
    "नक्सलियों ने पुलिस पर अंधाधुंध फायरिंग की।",
    "आतंकियों ने सेना के शिविर पर हमला किया, दो दिन बाद सेना ने इलाके को घेर लिया।",
])
def test_attacks_beside_those_phrases_stay(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


def test_a_case_name_reports_no_riot(pipeline: Pipeline) -> None:
    assert not attacks("पुलिस ने कॉलेज हिंसा मामले में छह संदिग्धों की पहचान कर ली है।", pipeline, "PROTEST")


@pytest.mark.parametrize("text", [
    "धीमी जांच को लेकर कांग्रेस ने राज्य सरकार पर हमला किया है।",
    "राहुल गांधी ने प्रधानमंत्री पर हमला किया और कहा कि सरकार विफल रही है।",
    "मायावती ने भाजपा पर हमला करते हुए कहा कि सरकार विफल है।",
    "उन्होंने पूर्व ब्रिटिश प्रधानमंत्री टोनी ब्लेयर को निशाना बनाते हुए कहा कि हालात बिगड़े हैं।",
])
def test_an_attack_in_words_is_a_charge(text: str, full_pipeline: Pipeline) -> None:  # noqa: F811
    types = {e.type for e in ghatna.extract(text, pipeline=full_pipeline).events}
    assert "ACCUSE" in types and "ASSAULT" not in types, types


@pytest.mark.parametrize("text", [
    "भाजपा नेता ने पुलिसकर्मी पर लाठी से हमला किया।",
    "भाजपा नेताओं ने टीएमसी विधायक पर हमला किया, विधायक घायल।",
    "आतंकियों ने सेना के काफिले पर हमला करते हुए गोलियां चलाईं।",
])
def test_an_attack_with_force_stays_an_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("काबुल में आत्मघाती हमले में 10 लोग मारे गए। तालिबान ने इस हमले की जिम्मेदारी ली है।", "AFG", "AFG"),
    ("नाइजीरिया में गांव पर हमले में 30 लोगों की मौत हो गई। बोको हराम ने इस हमले की जिम्मेदारी ली है।",
     "NGA", "NGA"),
    ("पुलवामा में सेना के काफिले पर आतंकी हमला हुआ। जैश-ए-मोहम्मद ने हमले की जिम्मेदारी ली।", "PAK", "IND"),
])
def test_a_claim_names_who_attacked(text: str, source: str, target: str, full_pipeline: Pipeline) -> None:  # noqa: F811
    found = attacks(text, full_pipeline)
    assert any(src[2] == source and src[0] not in ("", "militants") and tgt[2] == target for src, tgt in found), found


def test_no_claim_made_names_no_one(full_pipeline: Pipeline) -> None:  # noqa: F811
    text = "काबुल में धमाका हुआ जिसमें 10 लोग मारे गए। इस हमले की जिम्मेदारी अभी तक किसी संगठन ने नहीं ली है।"
    assert all(src[2] is None for src, _tgt in attacks(text, full_pipeline))
