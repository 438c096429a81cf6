"""A named actor whose sector the text does not give (issue 12, ``sides.kind_fits(loose=True)`` in
``retelling.Retelling.retold``): one paper names the resident who led a demand, the other tells "the
residents"; when a sentence of each tells the same content words (``MergeSettings.same_words``),
the generic group of his country may be him, unless it is of the state's own sectors (government,
police, military, courts, legislature: ``sides.STATE_SECTORS``): a man the text does not place is no
police force or ministry. A named actor of a known sector still fits only a group of that sector, and
nothing joins without the words. Hand-built mentions
with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import GOVERNMENT, PEOPLE, events, mention

from ghatna.store import Actor, Mention
from ghatna.store.sides import kind_fits, kind_of

LEADER = Actor("Suresh Chandra Pal", "IND", "PERSON")  # no sector told
OFFICER = Actor("Suresh Chandra Pal", "IND", "PERSON", "GOV")
FOREIGN = Actor("Suresh Chandra Pal", "NPL", "PERSON")
RESIDENTS = PEOPLE
POLICE = Actor("India police", "IND", "generic", "COP")
OFFICIALS = Actor("India officials", "IND", "generic", "GOV")
SOLDIERS = Actor("India military", "IND", "generic", "MIL")
TRADERS = Actor("India business", "IND", "generic", "BUS")

NAMED = "मोहल्ले के लोगों के साथ सुरेश चंद्र पाल ने नगर निगम से नालियों की सफाई और मच्छर मारने की दवा के छिड़काव की मांग की।"
GENERIC = "बस्ती के निवासियों ने नगर निगम से नालियों की सफाई और दवा के छिड़काव की मांग उठाई।"
OTHER = "निवासियों ने बिजली कटौती बंद करने और नए ट्रांसफार्मर लगाने की मांग की।"
BY_POLICE = "थाने की पुलिस ने नगर निगम से नालियों की सफाई और दवा के छिड़काव की मांग उठाई।"
BY_OFFICIALS = "जिले के अधिकारियों ने नगर निगम से नालियों की सफाई और दवा के छिड़काव की मांग की।"


def demand(article: str, source: Actor, evidence: str, day: str | None = None, published: str = "2020-04-10") -> Mention:
    return mention(article, "REQUEST", source, GOVERNMENT, evidence, day, published)


def test_an_unsectored_name_and_a_generic_group_telling_the_same_words_are_one_event() -> None:
    assert events([demand("a", LEADER, NAMED), demand("b", RESIDENTS, GENERIC)]) == {1}


@pytest.mark.parametrize("mentions", [
    [demand("a", LEADER, NAMED), demand("b", RESIDENTS, OTHER)],  # other words
    [demand("a", OFFICER, NAMED), demand("b", RESIDENTS, GENERIC)],  # a sector told: an officer is no resident
    [demand("a", FOREIGN, NAMED), demand("b", RESIDENTS, GENERIC)],  # another country
    [demand("a", LEADER, NAMED, published="2020-04-10"), demand("b", RESIDENTS, GENERIC, published="2020-04-20")],
    [demand("a", LEADER, NAMED), demand("b", POLICE, BY_POLICE)],  # a state's group: no unplaced man is the police
    [demand("a", LEADER, NAMED), demand("b", OFFICIALS, BY_OFFICIALS)],
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


@pytest.mark.parametrize(("group", "fits"), [
    (POLICE, False), (OFFICIALS, False), (SOLDIERS, False), (GOVERNMENT, False), (TRADERS, True),
])
def test_loosely_a_name_of_no_sector_is_none_of_the_states_own_groups(group: Actor, fits: bool) -> None:
    assert kind_fits(kind_of(group), LEADER, True) is fits
