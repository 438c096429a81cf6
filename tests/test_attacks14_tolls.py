"""Attack and riot reports told by their toll (written sentences, default pipeline): a life lost
told with "जा चुकी है" is harm as "जान चली गई" is; an occurrence told with "का मामला सामने आया"
reports the deed, it names no case at law."""

from __future__ import annotations

import pytest
from test_attacks import attacks

import ghatna
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module", name="default_pipeline")
def load_default_pipeline() -> Pipeline:
    return ghatna.load()


@pytest.mark.parametrize(
    "text",
    [
        "कस्बे में भड़के दंगों में अब तक पांच लोगों की जान जा चुकी है।",
        "सांप्रदायिक हिंसा में अब तक सात लोगों की जान जा चुकी है।",
        "उग्रवादियों के हमलों के बाद हुई झड़पों में नौ ग्रामीणों की जान जा चुकी है।",
    ],
)
def test_a_life_lost_told_as_gone_is_harm(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline)


@pytest.mark.parametrize(
    "text",
    [
        "नदी में नाव पलटने के हादसे में छह लोगों की जान जा चुकी है।",
        "जिले में अब तक सांप के काटने से चार लोगों की जान जा चुकी है।",
    ],
)
def test_a_life_lost_in_an_accident_is_no_attack(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("शहर के एक अस्पताल में दो नर्सों पर उनके पड़ोसियों के हमला करने का मामला सामने आया है।", "HLH"),
        ("गांव में पुलिस की टीम पर कुछ लोगों द्वारा हमला करने का मामला सामने आया है।", "COP"),
    ],
)
def test_a_deed_told_as_a_matter_come_to_light_is_reported(
    text: str, target: str, default_pipeline: Pipeline
) -> None:
    found = attacks(text, default_pipeline)
    assert found and any(tgt[1] == target for _src, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "हमला करने के मामले में अदालत ने दो भाइयों को जमानत दे दी।",
        "अदालत में युवक की हत्या के मामले की सुनवाई हुई।",
    ],
)
def test_a_case_at_law_still_reports_no_deed(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline) == []


@pytest.mark.parametrize(
    "text",
    [
        "ईरानी सेना के सूत्रों का हवाला देते हुए एक एजेंसी ने कहा है कि आज सुबह दस ठिकानों को लक्ष्य बनाकर मिसाइलों से हमला किया गया।",
        "पुलिस के प्रवक्ता ने बताया कि देर रात शहर के बाहरी इलाके में हमला किया गया।",
    ],
)
def test_an_attack_told_in_reported_speech_is_not_aimed_at_the_teller(
    text: str, default_pipeline: Pipeline
) -> None:
    """Who tells of an attack with no attacker named, before "… कहा कि", is not whom it was aimed at."""
    assert all(tgt[1] not in ("MIL", "COP") for _src, tgt in attacks(text, default_pipeline))


def test_an_attack_told_in_reported_speech_keeps_its_own_target(default_pipeline: Pipeline) -> None:
    found = attacks("पुलिस के प्रवक्ता ने बताया कि गांव के सरपंच पर धारदार हथियार से हमला किया गया।", default_pipeline)
    assert found and all(tgt[1] != "COP" for _src, tgt in found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("आत्मघाती हमले में तालिबान का एक वरिष्ठ कमांडर मारा गया।", "Taliban"),
        ("ड्रोन हमले में अल-शबाब का एक बड़ा सरगना मारा गया।", "al-Shabaab"),
    ],
)
def test_a_member_of_a_group_harmed_is_the_group_harmed(
    text: str, target: str, default_pipeline: Pipeline
) -> None:
    """ "X का एक वरिष्ठ कमांडर मारा गया": a person the actor lists do not know, told in the genitive of
    a group with a word or two before him, is a member of the group."""
    assert target in [tgt[0] for _src, tgt in attacks(text, default_pipeline)]


def test_the_doer_in_the_genitive_of_an_attack_is_not_harmed(default_pipeline: Pipeline) -> None:
    found = attacks("अमरीका के हवाई हमले में दो लड़ाके मारे गए।", default_pipeline)
    assert found and all(tgt[0] != "United States" for _src, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "शहर की एक मस्जिद में हुए बम धमाके में तीस नमाजियों की मौत हो गई।",
        "फैक्ट्री के गेट पर हुई गोलीबारी में पांच कर्मचारियों की मौत हो गई।",
        "बस पर हुए हमले में चार सवार घायल हो गए।",
    ],
)
def test_a_count_of_people_no_list_knows_is_harm(text: str, default_pipeline: Pipeline) -> None:
    """ "तीस नमाजियों की मौत": a number, a noun of people the actor lists lack, then harm."""
    assert attacks(text, default_pipeline)


@pytest.mark.parametrize(
    "text",
    [
        "धमाके के दो घंटे बाद एक घायल की मौत हो गई।",
        "नदी में नाव पलटने से बीस यात्रियों की मौत हो गई।",
        # animals counted are no people harmed (review of 11c60ee)
        "गांव में फायरिंग के दौरान पांच गायों की मौत हो गई।",
        "बम धमाके में तीन भैंसें घायल हो गईं।",
    ],
)
def test_a_count_of_things_or_an_accident_is_no_attack_toll(text: str, default_pipeline: Pipeline) -> None:
    assert attacks(text, default_pipeline) == []
