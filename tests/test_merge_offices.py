"""An office told without a name ("प्रधानमंत्री ने", coded "India prime minister") is merged as the
person the knowledge base says held it on the mention's days (``ghatna.knowledge.offices``)."""

from __future__ import annotations

from datetime import date

import pytest
from merge_cases import PEOPLE as CIVILIANS

from ghatna.knowledge.offices import holder_on, office_of
from ghatna.store import Actor, Mention, merge_events
from ghatna.store.merge import why_apart

MODI = Actor("Narendra Modi", "IND", "PERSON", "GOV", "Q1058")
SHAH = Actor("Amit Shah", "IND", "PERSON", "GOV", "ghatna:person:amit-shah")
PM = Actor("India prime minister", "IND", "generic", "GOV")
MINISTER = Actor("India minister", "IND", "generic", "GOV")
APPEAL = "प्रधानमंत्री ने लोगों से रविवार को घरों में रहने की अपील की ।"
OTHER_WORDS = "मोदी ने देशवासियों से कहा कि वे संयम बरतें और अफवाहों से बचें ।"


def told(article: str, source: Actor, published: str, day: str | None = None, evidence: str | None = None) -> Mention:
    return Mention(article, 0, "REQUEST", "asserted", source, CIVILIANS, day, published, evidence=evidence)


@pytest.mark.parametrize(("country", "role", "day", "name"), [
    ("IND", "prime_minister", date(2020, 3, 19), "Narendra Modi"),
    ("IND", "prime_minister", date(2010, 6, 1), "Manmohan Singh"),
    ("IND", "president", date(2020, 3, 19), "Ram Nath Kovind"),
    ("USA", "president", date(2020, 3, 19), "Donald Trump"),
    ("IND", "chief_minister", date(2020, 3, 19), None),  # a state's office: many holders, nobody
    ("IND", "prime_minister", date(1900, 1, 1), None),
])
def test_the_holder_of_an_office_on_a_day(country: str, role: str, day: date, name: str | None) -> None:
    holder = holder_on(country, role, day)
    assert (holder.name if holder else None) == name


@pytest.mark.parametrize(("name", "country", "role"), [
    ("India prime minister", "IND", "prime_minister"), ("prime minister", "PAK", "prime_minister"),
    ("United States president", "USA", "president"), ("India minister", "IND", None),
    ("India prime minister", None, None), ("India police", "IND", None),
])
def test_the_office_of_a_generic_actor(name: str, country: str | None, role: str | None) -> None:
    assert office_of(name, country) == role


def test_the_prime_minister_told_without_a_name_is_the_named_report_of_that_day() -> None:
    named = told("a", MODI, "2020-03-19", "2020-03-19", OTHER_WORDS)
    untold = told("b", PM, "2020-03-20", evidence=APPEAL)  # no date of its own: the 19th or the 20th
    assert len(merge_events([named, untold])) == 1
    assert why_apart(named, untold) is None


def test_the_prime_minister_of_another_year_is_another_person() -> None:
    named = told("a", MODI, "2010-03-19", "2010-03-19", OTHER_WORDS)
    untold = told("b", PM, "2010-03-20", evidence=APPEAL)
    assert len(merge_events([named, untold])) == 2
    assert why_apart(named, untold) == "source"


def test_the_prime_minister_is_not_another_minister_whatever_the_words() -> None:
    shah = told("a", SHAH, "2020-03-19", "2020-03-19", APPEAL)
    untold = told("b", PM, "2020-03-19", "2020-03-19", APPEAL.replace("रविवार", "रविवार के दिन"))
    assert len(merge_events([shah, untold])) == 2


def test_a_minister_without_a_name_stays_generic() -> None:
    shah = told("a", SHAH, "2020-03-19", "2020-03-19", OTHER_WORDS)
    untold = told("b", MINISTER, "2020-03-19", "2020-03-19", APPEAL)
    assert why_apart(shah, untold) == "one country"
