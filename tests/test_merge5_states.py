"""Every place's state for merging (issue 12): a GeoNames city (Mumbai, Chennai, Lucknow) lies in its
state by its subdivision code (``data/kb/geonames_admin1.tsv``), so cities of two states are two places
and a city's government fits only its own state's chief minister; state codes are read as ISO 3166-2 gives
them since 2023 (``places.current``: Odisha "IN-OD" whether a table wrote "IN-OR"); Punjab, a state
of India and of Pakistan, is placed by the group's country (``data/kb/shared_state_names.tsv``).
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE, mention

from ghatna.knowledge.geo import gazetteer
from ghatna.store import Actor, Mention, merge_events
from ghatna.store.places import current, geonames_states, places_fit, region
from ghatna.store.sides import group_states, seat_fits

DAY = "2020-04-10"
AMARINDER = Actor("Amarinder Singh", "IND", "PERSON", "GOV", "ghatna:person:amarinder-singh")
KHATTAR = Actor("Manohar Lal Khattar", "IND", "PERSON", "GOV", "ghatna:person:manohar-lal-khattar")
PATNAIK = Actor("Naveen Patnaik", "IND", "PERSON", "GOV", "ghatna:person:naveen-patnaik")
UDDHAV = Actor("Uddhav Thackeray", "IND", "PERSON", "GOV", "ghatna:person:uddhav-thackeray")
YOGI = Actor("Yogi Adityanath", "IND", "PERSON", "GOV", "ghatna:person:yogi-adityanath")

CM_ASKS = "मुख्यमंत्री ने दुकानदारों से कहा कि वे जरूरी सामान तय दाम से ज्यादा पर न बेचें।"
GOVERNMENT_ASKS = "सरकार ने व्यापारियों से आवश्यक वस्तुओं की जमाखोरी न करने की अपील की।"
POLICE_ASK = "पुलिस ने लोगों से बिना काम के सड़कों पर न निकलने को कहा।"


def government(place: str, country: str = "IND") -> Actor:
    return Actor(f"Government of {place}", country, "generic", "GOV")


def ask(idx: int, source: Actor, evidence: str, place: str | None = None, article: str = "a") -> Mention:
    return mention(article, "REQUEST", source, PEOPLE, evidence, DAY, DAY, idx=idx, place=place, country="IND")


@pytest.mark.parametrize(("city", "state", "code"), [
    ("Mumbai", "Maharashtra", "IN-MH"), ("Pune", "Maharashtra", "IN-MH"), ("Chennai", "Tamil Nadu", "IN-TN"),
    ("Lucknow", "Uttar Pradesh", "IN-UP"), ("Kolkata", "West Bengal", "IN-WB"), ("Hyderabad", "Telangana", "IN-TS"),
    ("Amritsar", "Punjab", "IN-PB"), ("Bengaluru", "Karnataka", "IN-KA"),
])
def test_a_geonames_city_lies_in_its_state(city: str, state: str, code: str) -> None:
    found = region(city)
    assert found is not None and f"iso:{code}" in found.states and state in found.within and found.level is None


def test_every_indian_subdivision_code_of_the_gazetteer_has_a_state() -> None:
    codes = {p.adm1 for p in gazetteer().values() if p.adm1 and p.adm1.startswith("IN")}
    assert codes and codes <= set(geonames_states())
    for name in ("Bihar", "Goa", "Delhi"):  # places both tables know agree
        found = region(name)
        assert found is not None and {f"iso:{code}" for code, _ in [geonames_states()[gazetteer()[name].adm1]]} \
            <= found.states  # type: ignore[index]


@pytest.mark.parametrize(("first", "second", "fit"), [
    ("Mumbai", "Pune", True),  # two cities of one state: the level of a GeoNames city is not known
    ("New Delhi", "South Delhi", True),  # "New Delhi" may be told for the whole capital
    ("Mumbai", "Maharashtra", True),
    ("Mumbai", "Tamil Nadu", False),  # a city and another state
    ("Chennai", "Kerala", False),
    ("Chennai", "Mumbai", False),  # cities of two states
    ("Lucknow", "Uttar Pradesh", True),
    ("Lucknow", "Patna", False),
    ("Amritsar", "Punjab", True),
    ("New Delhi", "Delhi", True),
    ("Mumbai", "Mumbai", True),
])
def test_places_fit_with_cities_in_their_states(first: str, second: str, fit: bool) -> None:
    assert places_fit(first, second) is fit
    assert places_fit(second, first) is fit


def test_one_named_actors_requests_in_cities_of_two_states_are_two_events() -> None:
    mentions = [ask(0, UDDHAV, CM_ASKS, "Mumbai", "a"), ask(0, UDDHAV, CM_ASKS.replace("दुकानदारों", "व्यापारियों"), "Chennai", "b")]
    assert len(merge_events(mentions)) == 2
    mentions = [ask(0, UDDHAV, CM_ASKS, "Mumbai", "a"), ask(0, UDDHAV, CM_ASKS, "Maharashtra", "b")]
    assert len(merge_events(mentions)) == 1


@pytest.mark.parametrize(("code", "now"), [
    ("IN-OR", "IN-OD"), ("IN-CT", "IN-CG"), ("IN-TG", "IN-TS"), ("IN-UT", "IN-UK"), ("IN-OD", "IN-OD"), ("IN-MH", "IN-MH"),
])
def test_a_code_is_read_as_iso_gives_it_now(code: str, now: str) -> None:
    assert current(code) == now


@pytest.mark.parametrize(("group", "country", "named", "fits"), [
    ("Government of Odisha", "IND", PATNAIK, True),  # his seat written "IN-OR", the state's code now "IN-OD"
    ("Government of Bhubaneswar", "IND", PATNAIK, True),
    ("Government of Punjab", "IND", AMARINDER, True),
    ("Government of Punjab", "IND", KHATTAR, False),  # Haryana's chief minister
    ("Government of Amritsar", "IND", KHATTAR, False),
    ("Government of Mumbai", "IND", UDDHAV, True),  # a GeoNames city in its state
    ("Government of Mumbai", "IND", YOGI, False),
    ("Government of Lucknow", "IND", YOGI, True),
    ("Government of Lucknow", "IND", UDDHAV, False),
])
def test_a_places_government_fits_its_own_states_chief_minister(group: str, country: str, named: Actor, fits: bool) -> None:
    from datetime import date

    from ghatna.knowledge.offices import seat_on

    seated = Actor(named.name, named.country, named.kind, named.sector, named.kb_id,
                   seat_on(named.kb_id, date(2020, 4, 10), date(2020, 4, 10)))
    assert seat_fits(group, seated, country) is fits


def test_punjab_is_placed_by_the_groups_country() -> None:
    assert group_states("Government of Punjab", "IND") == {"iso:IN-PB"}
    assert group_states("Government of Punjab", "PAK") == {"iso:PK-PB"}


@pytest.mark.parametrize(("group", "named", "events"), [
    (government("Punjab"), AMARINDER, 1),
    (government("Punjab"), KHATTAR, 2),
    (government("Mumbai"), UDDHAV, 1),
    (government("Mumbai"), YOGI, 2),
    (government("Odisha"), PATNAIK, 1),
])
def test_a_chief_minister_and_a_places_government_in_one_article(group: Actor, named: Actor, events: int) -> None:
    mentions = [ask(0, named, CM_ASKS), ask(1, group, GOVERNMENT_ASKS)]
    assert len(merge_events(mentions)) == events
