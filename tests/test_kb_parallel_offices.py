"""A person holding two offices at once, and a person out of every office.

- A title names the holder of that office on the day whatever else he held then: Israel's prime
  minister in 2016 is Netanyahu, foreign minister as well; Iraq's president in 1998 is Saddam
  Hussein, prime minister as well.
- The one office shown for a person (role, sector) is the highest ranked of those held that day
  (``kb/office_ranks.yaml``: a head of state or government above a minister), not the latest begun.
- Out of every office, a person has the entry's own ``sector`` where it gives one (a former
  minister now a party's leader: PTY), else none, dated or not (a former head of state is no
  government: GUIDELINES, GOV; the annotations code former office holders PTY or none).
"""

from __future__ import annotations

from datetime import date

import pytest

import ghatna
from ghatna.knowledge.kb import KBEntry, KnowledgeBase, Office, load_kb


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def person(kb: KnowledgeBase, name: str) -> KBEntry:
    found = [e for e in kb if e.type == "PERSON" and e.name == name]
    assert len(found) == 1, name
    return found[0]


def named(text: str, published: str) -> set[str]:
    return {e.name for e in ghatna.extract(text, published=published).entities}


@pytest.mark.parametrize(("text", "published", "name"), [
    ("इजरायल के प्रधानमंत्री ने मंगलवार को यरुशलम में अमेरिकी दूत से मुलाकात की।", "2016-08-09", "Benjamin Netanyahu"),
    ("इजरायल के प्रधानमंत्री ने गाजा सीमा पर सुरक्षा बढ़ाने का आदेश दिया।", "2019-01-15", "Benjamin Netanyahu"),
    ("इराक के राष्ट्रपति ने संयुक्त राष्ट्र के निरीक्षकों को देश छोड़ने को कहा।", "1998-11-02", "Saddam Hussein"),
])
def test_a_title_names_its_holder_who_holds_another_office_too(text: str, published: str, name: str) -> None:
    assert name in named(text, published)


@pytest.mark.parametrize(("name", "day", "role"), [
    ("Benjamin Netanyahu", date(2016, 8, 9), "prime_minister"),   # foreign minister too, from 2015
    ("Benjamin Netanyahu", date(2019, 1, 15), "prime_minister"),  # foreign and defence minister too
    ("Saddam Hussein", date(1998, 11, 2), "president"),           # prime minister too, from 1994
    ("Benjamin Netanyahu", date(2002, 12, 1), "foreign_minister"),
])
def test_the_shown_office_is_the_highest_held_that_day(kb: KnowledgeBase, name: str, day: date, role: str) -> None:
    office = person(kb, name).office_on(day)
    assert office is not None and office.role == role


def test_every_office_held_that_day(kb: KnowledgeBase) -> None:
    roles = {o.role for o in person(kb, "Benjamin Netanyahu").offices_on(date(2019, 1, 15))}
    assert roles == {"prime_minister", "foreign_minister", "defence_minister"}


@pytest.mark.parametrize(("name", "day", "sector"), [
    ("Hillary Clinton", date(2016, 6, 1), "PTY"),     # out of office, the entry's sector
    ("Hillary Clinton", None, "PTY"),
    ("Hillary Clinton", date(2010, 6, 1), "GOV"),     # Secretary of State
    ("Silvio Berlusconi", date(2017, 3, 1), "PTY"),
    ("Silvio Berlusconi", None, "PTY"),
    ("Silvio Berlusconi", date(2009, 3, 1), "GOV"),
    ("Pervez Musharraf", date(2015, 1, 1), None),     # a former president, no sector of his own
])
def test_sector_out_of_office(kb: KnowledgeBase, name: str, day: date | None, sector: str | None) -> None:
    assert person(kb, name).sector_on(day) == sector


def test_out_of_office_in_an_undated_text_is_the_entry_sector_or_none() -> None:
    offices = [Office("mayor", "GOV", date(2003, 5, 3), date(2005, 6, 28)),
               Office("president", "GOV", date(2005, 8, 3), date(2013, 8, 3))]
    assert KBEntry("x:p", "A Former President", "PERSON", "IRN", offices=offices).sector_on(None) is None
    assert KBEntry("x:q", "A Party Leader", "PERSON", "IRN", sector="PTY", offices=offices).sector_on(None) == "PTY"
