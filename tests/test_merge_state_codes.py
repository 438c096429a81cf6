"""Every Indian state and union territory has its ISO 3166-2 code in the place data
(``data/kb/india_states.tsv``, built from pycountry's ISO 3166-2), so the merge's seat rule
(``sides.seat_fits``) keeps one state's government apart from another state's chief minister in
one article, and still joins a chief minister with his own state's government (issues 11, 12).
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE

from ghatna.knowledge.kb import load_kb
from ghatna.knowledge.offices import STATE_SEAT
from ghatna.store import Actor, Mention, merge_events
from ghatna.store.places import current, region, state_names
from ghatna.store.sides import group_states

DAY = "2020-04-10"
CHIEF_MINISTERS = {
    "IN-TN": Actor("Edappadi K. Palaniswami", "IND", "PERSON", "GOV", "ghatna:person:edappadi-k-palaniswami"),
    "IN-KL": Actor("Pinarayi Vijayan", "IND", "PERSON", "GOV", "ghatna:person:pinarayi-vijayan"),
    "IN-BR": Actor("Nitish Kumar", "IND", "PERSON", "GOV", "ghatna:person:nitish-kumar"),
    "IN-UP": Actor("Yogi Adityanath", "IND", "PERSON", "GOV", "ghatna:person:yogi-adityanath"),
    "IN-MH": Actor("Uddhav Thackeray", "IND", "PERSON", "GOV", "ghatna:person:uddhav-thackeray"),
    "IN-WB": Actor("Mamata Banerjee", "IND", "PERSON", "GOV", "ghatna:person:mamata-banerjee"),
    "IN-GJ": Actor("Vijay Rupani", "IND", "PERSON", "GOV", "ghatna:person:vijay-rupani"),
    "IN-DL": Actor("Arvind Kejriwal", "IND", "PERSON", "GOV", "ghatna:person:arvind-kejriwal"),
    "IN-KA": Actor("B. S. Yediyurappa", "IND", "PERSON", "GOV", "ghatna:person:b-s-yediyurappa"),
    "IN-AS": Actor("Sarbananda Sonowal", "IND", "PERSON", "GOV", "ghatna:person:sarbananda-sonowal"),
    "IN-OR": Actor("Naveen Patnaik", "IND", "PERSON", "GOV", "ghatna:person:naveen-patnaik"),
}
CM_ASKS = "मुख्यमंत्री ने केंद्र से राज्य के लिए और अधिक जांच किट भेजने का अनुरोध किया।"
STATE_ASKS = "राज्य ने भी प्रवासी मजदूरों को घर लौटाने के लिए विशेष रेलगाड़ियों की मांग की।"


def government(code: str) -> Actor:
    return Actor(f"Government of {state_names()[current(code)]}", "IND", "generic", "GOV")


def ask(idx: int, source: Actor, evidence: str) -> Mention:
    return Mention("a", idx, "REQUEST", "asserted", source, PEOPLE, DAY, DAY, evidence=evidence)


@pytest.mark.parametrize(("group", "chief"), [
    ("IN-TN", "IN-KL"), ("IN-KL", "IN-TN"), ("IN-BR", "IN-UP"), ("IN-WB", "IN-OR"),
    ("IN-GJ", "IN-MH"), ("IN-DL", "IN-UP"), ("IN-AS", "IN-WB"), ("IN-KA", "IN-TN"),
])
def test_a_states_demand_and_another_states_chief_minister_are_two_events(group: str, chief: str) -> None:
    mentions = [ask(0, CHIEF_MINISTERS[chief], CM_ASKS), ask(1, government(group), STATE_ASKS)]
    assert len(merge_events(mentions)) == 2


@pytest.mark.parametrize("code", sorted(CHIEF_MINISTERS))
def test_a_chief_minister_and_his_own_states_government_are_one_event(code: str) -> None:
    mentions = [ask(0, CHIEF_MINISTERS[code], CM_ASKS), ask(1, government(code), STATE_ASKS)]
    assert len(merge_events(mentions)) == 1


def test_two_states_chief_ministers_are_two_events() -> None:
    mentions = [ask(0, CHIEF_MINISTERS["IN-TN"], CM_ASKS), ask(1, CHIEF_MINISTERS["IN-KL"], CM_ASKS)]
    assert len(merge_events(mentions)) == 2


def test_every_state_seat_of_an_indian_office_is_a_state_the_place_data_knows() -> None:
    seats = {office.org for entry in load_kb() for office in entry.offices
             if office.org and office.org.startswith("IN-") and STATE_SEAT.match(office.org)}
    assert seats
    assert not {code for code in seats if current(code) not in state_names()}
    for code in seats:  # Punjab, India's and Pakistan's, by the group's country
        assert group_states(f"Government of {state_names()[current(code)]}", "IND") == {f"iso:{current(code)}"}


@pytest.mark.parametrize(("name", "code"), [
    ("Bihar", "IN-BR"), ("Tamil Nadu", "IN-TN"), ("Kerala", "IN-KL"), ("Uttar Pradesh", "IN-UP"),
    ("West Bengal", "IN-WB"), ("Delhi", "IN-DL"), ("Jammu and Kashmir", "IN-JK"), ("Ladakh", "IN-LA"),
    ("Andaman and Nicobar Islands", "IN-AN"), ("Lakshadweep", "IN-LD"), ("Odisha", "IN-OD"), ("Telangana", "IN-TS"),
])
def test_a_state_or_territory_has_its_code(name: str, code: str) -> None:
    found = region(name)
    assert found is not None and f"iso:{code}" in found.states and found.level == "state"


def test_every_state_and_territory_has_a_code_as_iso_gives_it_now() -> None:
    assert len(state_names()) == 36 and state_names()["IN-PB"] == "Punjab"  # Punjab by its GeoNames code
    assert not {"IN-CT", "IN-OR", "IN-TG", "IN-UT"} & set(state_names())

