"""Attacks whose doer a report does not tell (issue 12, ``merge.BlockMerger.one_attack``): two such
reports are no more one attack on the target alone than one of them and a report naming the doer
(the CRPF attacked twice in a day), only by the words, a copy, or the same district or town in
reports dated by their own words; and a target that is one person named alike makes them one
attack whatever their dates say (a man is killed once: a report of his killing with no day of its
own is the strike that killed him). Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import CRPF, MAOISTS, events, mention

from ghatna.store import Actor, Mention

USA = Actor("United States", "USA", "COUNTRY")
GENERAL = Actor("Ahmad Karimi", "IRN", "PERSON", "MIL", "ghatna:test:karimi")
MINISTER = Actor("Farid Rahimi", "IRN", "PERSON", "GOV", "ghatna:test:rahimi")

GRENADE = "बाजार के पास खड़ी सीआरपीएफ की गाड़ी पर किसी ने हथगोला फेंका, दो जवान घायल हुए।"
MINE = "गश्त पर निकले सीआरपीएफ दस्ते के रास्ते में बिछाई बारूदी सुरंग फटी, एक जवान शहीद।"
MINE_AGAIN = "गश्त पर निकले सीआरपीएफ के दस्ते के रास्ते में बिछाई गई बारूदी सुरंग में धमाका, एक जवान शहीद।"
STRIKE = "अमेरिकी ड्रोन ने हवाई अड्डे से निकलते काफिले पर मिसाइल दागी जिसमें जनरल करीमी मारे गए।"
MOURNED = "तेहरान में हजारों लोगों ने जनरल करीमी की हत्या पर शोक जताया, उनकी हत्या पिछले दिनों हुई थी।"
ANOTHER = "राजधानी में मंत्री रहीमी की गाड़ी पर गोलियां चलाई गईं, वे बाल-बाल बचे।"


def attack(article: str, source: Actor | None, target: Actor, evidence: str, place: str | None = None,
           day: str | None = "2020-03-10", published: str = "2020-03-11") -> Mention:
    return mention(article, "ASSAULT", source, target, evidence, day, published, place=place)


@pytest.mark.parametrize("mentions", [
    # two reports of one day, neither telling the doer, other words: the CRPF alike tells no more
    [attack("a", None, CRPF, GRENADE), attack("b", None, CRPF, MINE)],
    # one undated
    [attack("a", None, CRPF, GRENADE), attack("b", None, CRPF, MINE, day=None)],
    # one state is no locality
    [attack("a", None, CRPF, GRENADE, "Chhattisgarh"), attack("b", None, CRPF, MINE, "Chhattisgarh")],
    # two persons
    [attack("a", USA, GENERAL, STRIKE), attack("b", None, MINISTER, ANOTHER, day=None)],
])
def test_reports_not_telling_the_doer_stay_apart_on_a_target_alone(mentions: list[Mention]) -> None:
    assert events(mentions) == {2}


@pytest.mark.parametrize("mentions", [
    # the same words
    [attack("a", None, CRPF, MINE), attack("b", None, CRPF, MINE_AGAIN)],
    # the same district, both dated by their words
    [attack("a", None, CRPF, GRENADE, "Sukma"), attack("b", None, CRPF, MINE, "Sukma")],
    # a doer told in one, the same district
    [attack("a", MAOISTS, CRPF, GRENADE, "Sukma"), attack("b", None, CRPF, MINE, "Sukma")],
])
def test_reports_not_telling_the_doer_join_by_words_or_district(mentions: list[Mention]) -> None:
    assert events(mentions) == {1}


@pytest.mark.parametrize("mentions", [
    # an undated report of the general's killing with no doer, and the strike that killed him
    [attack("a", USA, GENERAL, STRIKE), attack("b", None, GENERAL, MOURNED, day=None)],
    # both with no doer, one undated
    [attack("a", None, GENERAL, STRIKE), attack("b", None, GENERAL, MOURNED, day=None)],
])
def test_one_person_named_alike_is_one_attack(mentions: list[Mention]) -> None:
    assert events(mentions) == {1}


def test_one_person_attacked_on_days_that_do_not_meet_is_two_attacks() -> None:
    later = attack("b", None, GENERAL, MOURNED, day="2020-03-20", published="2020-03-21")
    assert events([attack("a", USA, GENERAL, STRIKE), later]) == {2}
