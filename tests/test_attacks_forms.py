"""Shapes of attack reports: plural attack nouns with the harm they did, passives whose victim is
marked "के साथ", and the wordings of shootings and beatings on crime pages (written sentences)."""

from __future__ import annotations

import pytest
from test_attacks import Side, attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module", name="default_pipeline")
def load_default_pipeline() -> Pipeline:
    """The default pipeline, learned detector included."""
    return ghatna.load()


def ghatna_events(text: str, pipeline: Pipeline) -> list[Event]:
    return list(ghatna.extract(text, pipeline=pipeline).events)


@pytest.mark.parametrize(("text", "target"), [
    ("रूसी ड्रोन हमलों में खारकीव में छह नागरिक मारे गए।", ("civilians", "CVL", "UKR")),
    ("बलूचिस्तान में अलगाववादियों की झड़पों में चार सैनिकों की मौत हो गई।", ("military", "MIL", "PAK")),
])
def test_plural_attacks_that_harmed_someone_are_told(text: str, target: Side, pipeline: Pipeline) -> None:
    assert target in [tgt for _src, tgt in attacks(text, pipeline)]


@pytest.mark.parametrize("text", [
    "ऐसे हमलों से बचने के लिए गांव वालों ने रात में पहरा देना शुरू किया।",
    "सीमा पर हुए हमलों में कोई सैनिक नहीं मारा गया।",
    "रात भर चले ड्रोन हमलों में कोई नागरिक घायल नहीं हुआ।",
])
def test_plural_attacks_in_general_or_harmless_are_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


@pytest.mark.parametrize(("text", "target"), [
    ("थाने में शिकायत करने आई महिला के साथ मारपीट की गई।", ("women", "CVL")),
    ("दलित छात्रा के साथ दुष्कर्म किया गया।", ("students", "CVL")),
])
def test_a_passive_deed_falls_on_whom_it_was_done_with(text: str, target: tuple[str, str], pipeline: Pipeline
                                                       ) -> None:
    found = attacks(text, pipeline)
    # no one named does it and nothing places it: an unknown doer of no country
    assert found and all(src[0] in ("", None) and src[2] is None for src, _tgt in found)
    assert target in [tgt[:2] for _src, tgt in found]


@pytest.mark.parametrize(("text", "source"), [
    ("हथियारबंद अपराधियों ने सीतामढ़ी में एक ठेकेदार को गोलियों से भून दिया।", ("criminals", "CRM", "IND")),
    ("आतंकियों ने अनंतनाग में एक सिपाही को गोलियों से छलनी कर दिया।", ("militants", "REB", "IND")),
    ("बाइक सवार अपराधियों ने वैशाली में एक मुखिया को गोली से उड़ा दिया।", ("criminals", "CRM", "IND")),
    ("हमलावरों ने भागलपुर में चौराहे पर खड़े एक युवक पर गोलियां दागीं।", ("criminals", "CRM", "IND")),
    ("बदमाशों ने मेरठ में दबिश देने पहुंची पुलिस पर फायर झोंक दिया।", ("criminals", "CRM", "IND")),
    ("लुटेरों ने गुरुग्राम में एक दुकानदार को चाकू घोंप दिया।", ("criminals", "CRM", "IND")),
    ("दबंगों ने बदायूं में एक किसान को लाठियों से जख्मी कर दिया।", ("criminals", "CRM", "IND")),
    ("हमलावरों ने ईंट-पत्थरों से मारकर पुलिस के एक सिपाही को लहूलुहान कर दिया।", ("criminals", "CRM", "IND")),
])
def test_wordings_of_shootings_and_beatings(text: str, source: Side, pipeline: Pipeline) -> None:
    """The attacker's label and sector; the country only where a place gives it."""
    assert source[:2] in [src[:2] for src, _tgt in attacks(text, pipeline)]


def test_a_shooting_told_in_the_passive_keeps_its_victim(pipeline: Pipeline) -> None:
    found = attacks("सीतामढ़ी में एक ठेकेदार को गोलियों से भून दिया गया।", pipeline)
    assert ("business", "BUS", "IND") in [tgt for _src, tgt in found]


@pytest.mark.parametrize(("text", "target"), [
    ("भीड़ ने थाने पर पथराव किया जिसमें चार सिपाही घायल हो गए।", ("police", "COP")),
    ("कस्बे में हुए बवाल में कई पुलिसकर्मी घायल हुए।", ("police", "COP")),
])
def test_a_riot_that_wounds_people_is_an_attack_as_well(text: str, target: tuple[str, str], pipeline: Pipeline
                                                        ) -> None:
    assert attacks(text, pipeline, "PROTEST")
    assert target in [tgt[:2] for _src, tgt in attacks(text, pipeline)]


@pytest.mark.parametrize("text", [
    "भीड़ ने थाने पर पथराव किया।",
    "कस्बे में हुए बवाल में कोई घायल नहीं हुआ।",
])
def test_a_riot_that_harms_no_one_is_no_attack(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


def test_domestic_violence_is_no_riot(pipeline: Pipeline) -> None:
    assert attacks("लॉकडाउन में घरेलू हिंसा में एक महिला की मौत हो गई।", pipeline, "PROTEST") == []


def test_a_clash_of_a_crowd_with_the_police_is_a_riot(pipeline: Pipeline) -> None:
    """R19: a clash of protesters with the police is a protest (riot), not an attack."""
    text = "जकार्ता में छात्रों और पुलिस के बीच झड़प हुई।"
    assert attacks(text, pipeline, "PROTEST") and attacks(text, pipeline) == []


def test_a_clash_of_armies_is_an_attack(pipeline: Pipeline) -> None:
    found = attacks("लद्दाख में भारत और चीन के सैनिकों के बीच झड़प हुई।", pipeline)
    assert found and attacks("लद्दाख में भारत और चीन के सैनिकों के बीच झड़प हुई।", pipeline, "PROTEST") == []


@pytest.mark.parametrize(("text", "plover"), [
    ("नक्सलियों ने बस्तर में पुलिस के एक शिविर को निशाना बनाया।", "ASSAULT"),
    ("इजराइल ने गाजा में हमास के ठिकानों को निशाना बनाया।", "ASSAULT"),
    ("समाजवादी पार्टी ने बजट को लेकर प्रदेश सरकार को निशाना बनाया।", "ACCUSE"),
])
def test_taking_aim_is_an_attack_by_armed_men_and_words_by_a_party(text: str, plover: str, pipeline: Pipeline) -> None:
    other = "ACCUSE" if plover == "ASSAULT" else "ASSAULT"
    assert attacks(text, pipeline, plover) and attacks(text, pipeline, other) == []


@pytest.mark.parametrize("text", [
    ("बीजापुर में नक्सलियों ने पुलिस के वाहन पर हमला कर दिया। राज्य के गृह मंत्री ने हमले की कड़ी निंदा की और कहा "
     "कि जवानों की शहादत बेकार नहीं जाएगी।"),
    "गया में बदमाशों ने एक व्यापारी की गोली मारकर हत्या कर दी। विधायक ने घटना की निंदा की।",
])
def test_a_condemnation_at_home_is_aimed_at_the_attackers(text: str, pipeline: Pipeline) -> None:
    """A minister condemning an attack by Maoists or criminals of his own country accuses them,
    not the victims named in what he went on to say."""
    targets = [tgt[1] for _src, tgt in attacks(text, pipeline, "ACCUSE")]
    assert targets and all(sector in ("REB", "CRM") for sector in targets)


@pytest.mark.parametrize("text", [
    "जंगली हाथी ने खेत में काम कर रहे किसान को कुचलकर मार डाला।",
    "आदमखोर बाघ ने गांव में घुसकर एक महिला को मार डाला।",
])
def test_an_animal_that_kills_is_no_attacker(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


def test_an_attack_in_a_wild_area_is_still_an_attack(pipeline: Pipeline) -> None:
    """"जंगली" before the place, not before the agent marker, names no animal."""
    assert attacks("सुकमा के जंगली इलाके में नक्सलियों ने जवानों पर हमला किया।", pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("कटिहार में ग्रामीणों ने जांच करने पहुंची पुलिस टीम पर हमला बोल दिया।", "ASSAULT"),
    ("नालंदा में हथियारबंद बदमाशों ने एक ठेकेदार पर हमला बोल दिया।", "ASSAULT"),
    ("मुख्यमंत्री ने सदन में विपक्ष पर हमला बोल दिया।", "ACCUSE"),
    ("भाजपा ने महंगाई को लेकर कांग्रेस पर हमला बोल दिया।", "ACCUSE"),
])
def test_setting_upon_is_an_attack_by_a_crowd_and_words_by_a_politician(text: str, plover: str,
                                                                          pipeline: Pipeline) -> None:
    other = "ACCUSE" if plover == "ASSAULT" else "ASSAULT"
    assert attacks(text, pipeline, plover) and attacks(text, pipeline, other) == []


@pytest.mark.parametrize("text", [
    "आरक्षण के विरोध में निकाले गए जुलूस के दौरान हिंसा भड़क उठी।",
    "कस्बे में दो समुदायों के बीच हिंसा भड़क गई।",
])
def test_violence_that_broke_out_is_a_riot(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline, "PROTEST")


def test_violence_that_may_break_out_is_no_riot_told(pipeline: Pipeline) -> None:
    found = ghatna_events("विधायक ने कहा कि इस फैसले से हिंसा भड़क सकती है।", pipeline)
    assert all(e.modality != "asserted" for e in found if e.type == "PROTEST")


@pytest.mark.parametrize("text", [
    "सिरफिरे बदमाश ने मेरठ में कोचिंग से लौट रही युवती पर तेजाब डाल दिया।",
    "बाइक सवार बदमाशों ने कानपुर में बस का इंतजार कर रही महिला पर एसिड फेंक दिया।",
    "आगरा में कॉलेज छात्रा पर एसिड अटैक",
])
def test_an_acid_attack_is_an_assault(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline)


def test_acid_spilled_in_a_factory_is_no_attack(default_pipeline: Pipeline) -> None:
    assert ghatna_events("फैक्ट्री में टैंक से एसिड गिरने से दो मजदूर झुलस गए।", default_pipeline) == []


@pytest.mark.parametrize("text", [
    "दो साल पुराने युवक हत्या केस में अदालत ने फैसला सुनाया।",
    "पूर्व थानेदार को फर्जी मुठभेड़ मामले में अदालत ने दोषी ठहराया।",
])
def test_a_deed_that_names_a_case_is_no_attack(text: str, default_pipeline: Pipeline) -> None:
    """Neither the rules nor the learned detector take the case's name for an attack."""
    assert attacks(text, default_pipeline) == []


@pytest.mark.parametrize("text", [
    "पटना में कर्ज से परेशान एक व्यापारी ने गोली मारकर आत्महत्या कर ली।",
    "गोपालगंज में पारिवारिक कलह से तंग एक युवक ने गोली मार कर खुद को उड़ा लिया।",
    "जम्मू में ड्यूटी पर तैनात एक जवान ने सर्विस राइफल से गोली मारकर खुदकुशी कर ली।",
])
def test_shooting_oneself_is_no_attack(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline) == []


def test_a_suicide_bomber_still_attacks(pipeline: Pipeline) -> None:
    assert attacks("काबुल में आत्मघाती हमलावर ने भीड़ में खुद को उड़ा लिया जिसमें 30 लोग मारे गए।", pipeline)
