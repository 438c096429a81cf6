"""A group of one place ("Government of Jharkhand") is no actor of the country's own government,
nor a state's officer of another state (issue 12): a named actor is merged with the government it
served on the mention's days (``knowledge.offices.seat_on``, ``sides.seat_fits``), so one article's
Union minister and a state's order are two events, while a chief minister still fits his own
state's government. Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from merge_cases import GOVERNMENT as CENTRE
from merge_cases import PEOPLE

from ghatna.knowledge.offices import seat_on
from ghatna.store import Actor, Mention, merge_events
from ghatna.store.sides import seat_fits

GADKARI = Actor("Nitin Gadkari", "IND", "PERSON", "GOV", "ghatna:person:nitin-gadkari")
UDDHAV = Actor("Uddhav Thackeray", "IND", "PERSON", "GOV", "ghatna:person:uddhav-thackeray")
SOREN = Actor("Hemant Soren", "IND", "PERSON", "GOV", "ghatna:person:hemant-soren")
RAILWAYS = Actor("Ministry of Railways", "IND", "ORG", "GOV", "ghatna:india:ministry-ministry-of-railways")
UNKNOWN = Actor("Ramesh Verma", "IND", "PERSON", "GOV")  # no knowledge-base entry: no seat known
JHARKHAND = Actor("Government of Jharkhand", "IND", "generic", "GOV")
ODISHA = Actor("Government of Odisha", "IND", "generic", "GOV")

MINISTER_ASKS = "केंद्रीय मंत्री ने लोगों से राजमार्गों पर फंसे मजदूरों को खाना और पानी देने को कहा।"
STATE_ORDERS = "राज्य सरकार ने बाहर से लौटे सभी लोगों को चौदह दिन घर में अलग रहने का आदेश दिया।"


def ask(idx: int, source: Actor, evidence: str, day: str = "2020-03-28") -> Mention:
    return Mention("a", idx, "REQUEST", "asserted", source, PEOPLE, day, "2020-03-29", evidence=evidence)


@pytest.mark.parametrize(("named", "group", "apart"), [
    (GADKARI, JHARKHAND, True),  # a Union minister in 2020 is not a state's government
    (RAILWAYS, JHARKHAND, True),  # nor is a ministry of the Centre
    (UDDHAV, ODISHA, True),  # Maharashtra's chief minister is not Odisha's government
    (SOREN, JHARKHAND, False),  # Jharkhand's chief minister is
    (UNKNOWN, JHARKHAND, False),  # a seat the knowledge base does not know never blocks
    (GADKARI, CENTRE, False),  # the country's own government fits its minister
])
def test_one_articles_named_actor_and_a_places_group(named: Actor, group: Actor, apart: bool) -> None:
    mentions = [ask(0, named, MINISTER_ASKS), ask(1, group, STATE_ORDERS)]
    assert len(merge_events(mentions)) == (2 if apart else 1)


@pytest.mark.parametrize(("actor", "day", "seat"), [
    (GADKARI, date(2020, 3, 28), "IND"),
    (UDDHAV, date(2020, 3, 28), "IN-MH"),
    (UDDHAV, date(2015, 3, 28), None),  # before his term: no office, no seat
    (RAILWAYS, date(1990, 1, 1), "IND"),
    (UNKNOWN, date(2020, 3, 28), None),
])
def test_the_seat_of_a_named_actor_on_a_day(actor: Actor, day: date, seat: str | None) -> None:
    assert seat_on(actor.kb_id, day, day) == seat


@pytest.mark.parametrize(("group", "seat", "fits"), [
    ("Government of Odisha", "IN-OR", True), ("Government of Odisha", "IN-MH", False),
    ("Government of Odisha", "IND", False), ("Government of Odisha", None, True),
    (None, "IND", True),  # the country's own group ("Government of India": no place)
])
def test_seat_fits(group: str | None, seat: str | None, fits: bool) -> None:
    named = Actor("X", "IND", "PERSON", "GOV", "x", seat=seat)
    assert seat_fits(group, named) is fits
