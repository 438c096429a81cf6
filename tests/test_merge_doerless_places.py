"""An attack told with no attacker joins the report naming him only when more than the target
tells them one (issue 12): the words of a sentence of each, or the same district or town in two
reports dated by their own words (``merge.BlockMerger.one_attack``). The CRPF named alike in two
reports of one day may be two attacks in two states. Hand-built mentions with sentences written
for these tests."""

from __future__ import annotations

from itertools import permutations

import pytest
from merge_cases import CRPF, MAOISTS

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.clusters import same_locality
from ghatna.store.merge import why_apart

JAISH = Actor("Jaish-e-Mohammed", "PAK", "ORG", "REB", "Q1046")

AMBUSH = "माओवादियों ने सड़क खोलने निकली सीआरपीएफ की पार्टी पर घात लगाकर फायरिंग की।"
GRENADE = "बस अड्डे के पास खड़ी सीआरपीएफ की गाड़ी पर अज्ञात लोगों ने हथगोला उछाला।"
BLAST = "गश्त से लौट रहे सीआरपीएफ के दस्ते को बारूदी सुरंग से उड़ाने की कोशिश हुई।"
CONVOY = "जैश के फिदायीन ने राजमार्ग पर सीआरपीएफ के काफिले को विस्फोटक भरी कार से टक्कर मारी।"
WOUNDED = "मुठभेड़ के बाद अस्पताल लाए गए सीआरपीएफ के दो जवानों की हालत स्थिर बताई गई।"


def attack(article: str, source: Actor | None, evidence: str, place: str | None = None,
           day: str | None = "2020-03-10", basis: str | None = None) -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", source, CRPF, day, "2020-03-11",
                   location=place, location_country="IND" if place else None, date_basis=basis, evidence=evidence)


def events(mentions: list[Mention]) -> set[int]:
    """The number of events of every order the mentions can be given in."""
    return {len(merge_events(order)) for order in permutations(mentions)}


@pytest.mark.parametrize(("named", "untold"), [
    # no place in either, other words: the target alone tells nothing
    (attack("a", MAOISTS, AMBUSH), attack("b", None, GRENADE)),
    # two districts of two states the data places apart only by one system
    (attack("a", MAOISTS, AMBUSH, "Sukma"), attack("b", None, GRENADE, "Srinagar")),
    # two states
    (attack("a", MAOISTS, AMBUSH, "Chhattisgarh"), attack("b", None, GRENADE, "Jammu and Kashmir")),
    # one state: two attacks there that day may be two
    (attack("a", MAOISTS, AMBUSH, "Chhattisgarh"), attack("b", None, BLAST, "Chhattisgarh")),
    # an undated report of a state, the named attack placed in a district of another
    (attack("a", JAISH, CONVOY, "Pulwama"), attack("b", None, BLAST, "Chhattisgarh", None)),
    # an undated report in the named attack's own district: the target alone still tells nothing
    (attack("a", MAOISTS, AMBUSH, "Sukma"), attack("b", None, BLAST, "Sukma", None)),
    # a report dated only by its dateline is undated
    (attack("a", MAOISTS, AMBUSH, "Sukma"), attack("b", None, BLAST, "Sukma", "2020-03-10", "dateline")),
    # one report places it, the other does not
    (attack("a", MAOISTS, AMBUSH, "Sukma"), attack("b", None, GRENADE)),
])
def test_an_untold_attack_on_a_target_named_alike_stays_apart_without_more(named: Mention, untold: Mention) -> None:
    assert events([named, untold]) == {2}
    assert why_apart(named, untold) in ("one country", "place")  # states apart by the place data, or no more told


def test_an_untold_attack_in_the_same_district_that_day_is_the_named_one() -> None:
    named, untold = attack("a", MAOISTS, AMBUSH, "Sukma"), attack("b", None, BLAST, "Sukma")
    assert events([named, untold]) == {1}
    assert why_apart(named, untold) is None


def test_an_untold_attack_told_in_the_same_words_joins_wherever_placed() -> None:
    told = "माओवादियों ने सड़क खोलने निकली सीआरपीएफ की पार्टी पर घात लगाकर फायरिंग की, तीन जवान घायल।"
    untold = "सड़क खोलने निकली सीआरपीएफ की पार्टी पर घात लगाकर फायरिंग की गई, तीन जवान घायल।"
    assert events([attack("a", MAOISTS, told), attack("b", None, untold, "Sukma", None)]) == {1}


def test_an_untold_attack_meets_neither_of_two_named_ones_on_the_target_alone() -> None:
    mentions = [attack("a", MAOISTS, AMBUSH), attack("b", None, WOUNDED), attack("c", JAISH, CONVOY)]
    assert events(mentions) == {3}


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Sukma", "Sukma", True),
    ("Sukma", "Dantewada", False),
    ("Sukma", "Chhattisgarh", False),  # a district and its state: not one district
    ("Chhattisgarh", "Chhattisgarh", False),  # a state is no locality
    ("India", "India", False),
    ("Sukma", None, False),
])
def test_same_locality(first: str, second: str | None, same: bool) -> None:
    assert same_locality(first, second) is same
