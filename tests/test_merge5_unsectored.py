"""A named actor whose sector the text does not give (issue 12, ``sides.kind_fits(loose=True)`` in
``merge.BlockMerger.retold``): one paper names the resident who led a demand, the other tells "the
residents"; when a sentence of each tells the same content words (``MergeSettings.same_words``),
the generic group of his country may be him, whatever its sector. A named actor of a known sector
still fits only a group of that sector, and nothing joins without the words. Hand-built mentions
with sentences written for these tests."""

from __future__ import annotations

from itertools import permutations

import pytest

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.sides import kind_fits, kind_of

LEADER = Actor("Suresh Chandra Pal", "IND", "PERSON")  # no sector told
OFFICER = Actor("Suresh Chandra Pal", "IND", "PERSON", "GOV")
FOREIGN = Actor("Suresh Chandra Pal", "NPL", "PERSON")
RESIDENTS = Actor("India civilians", "IND", "generic", "CVL")
TOWN = Actor("Government of India", "IND", "generic", "GOV")

NAMED = "मोहल्ले के लोगों के साथ सुरेश चंद्र पाल ने नगर निगम से नालियों की सफाई और मच्छर मारने की दवा के छिड़काव की मांग की।"
GENERIC = "बस्ती के निवासियों ने नगर निगम से नालियों की सफाई और दवा के छिड़काव की मांग उठाई।"
OTHER = "निवासियों ने बिजली कटौती बंद करने और नए ट्रांसफार्मर लगाने की मांग की।"


def demand(article: str, source: Actor, evidence: str, day: str | None = None, published: str = "2020-04-10") -> Mention:
    return Mention(article, 0, "REQUEST", "asserted", source, TOWN, day, published, evidence=evidence)


def events(mentions: list[Mention]) -> set[int]:
    return {len(merge_events(order)) for order in permutations(mentions)}


def test_an_unsectored_name_and_a_generic_group_telling_the_same_words_are_one_event() -> None:
    assert events([demand("a", LEADER, NAMED), demand("b", RESIDENTS, GENERIC)]) == {1}


@pytest.mark.parametrize("mentions", [
    [demand("a", LEADER, NAMED), demand("b", RESIDENTS, OTHER)],  # other words
    [demand("a", OFFICER, NAMED), demand("b", RESIDENTS, GENERIC)],  # a sector told: an officer is no resident
    [demand("a", FOREIGN, NAMED), demand("b", RESIDENTS, GENERIC)],  # another country
    [demand("a", LEADER, NAMED, published="2020-04-10"), demand("b", RESIDENTS, GENERIC, published="2020-04-20")],
])
def test_without_the_words_a_sector_or_the_days_they_stay_apart(mentions: list[Mention]) -> None:
    assert events(mentions) == {2}


@pytest.mark.parametrize(("named", "loose", "fits"), [
    (LEADER, True, True),
    (LEADER, False, False),  # joining on sides alone still asks for the sector
    (OFFICER, True, False),
    (FOREIGN, True, False),
])
def test_kind_fits_loosely(named: Actor, loose: bool, fits: bool) -> None:
    assert kind_fits(kind_of(RESIDENTS), named, loose) is fits
