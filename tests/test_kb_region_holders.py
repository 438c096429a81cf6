"""Office holders since 1990 of India's neighbours, the Middle East and Africa's largest states
(issue 11, ``kb/people_region.yaml`` and offices added to people the other files had): found by
their Hindi names with the office and country they held on a day, handed over on the day the next
holder took office, and linked in running text with the country the story's sides need."""

from __future__ import annotations

from datetime import date

import pytest
from kb_people import person

import ghatna
from ghatna.knowledge.kb import KnowledgeBase


@pytest.mark.parametrize(("form", "name", "country", "day", "role"), [
    ("गुलाम मुस्तफा जतोई", "Ghulam Mustafa Jatoi", "PAK", date(1990, 9, 1), "prime_minister"),
    ("गौहर अयूब खान", "Gohar Ayub Khan", "PAK", date(1998, 5, 28), "foreign_minister"),
    ("सरताज अजीज", "Sartaj Aziz", "PAK", date(1999, 2, 21), "foreign_minister"),
    ("हुसैन मोहम्मद इरशाद", "Hussain Muhammad Ershad", "BGD", date(1990, 6, 1), "president"),
    ("अब्दुस समद आजाद", "Abdus Samad Azad", "BGD", date(1998, 1, 1), "foreign_minister"),
    ("सूर्य बहादुर थापा", "Surya Bahadur Thapa", "NPL", date(2003, 8, 1), "prime_minister"),
    ("रोहिता बोगोल्लागामा", "Rohitha Bogollagama", "LKA", date(2008, 6, 1), "foreign_minister"),
    ("खिन न्युंट", "Khin Nyunt", "MMR", date(2004, 1, 1), "prime_minister"),
    ("जलमई रसूल", "Zalmai Rassoul", "AFG", date(2011, 5, 2), "foreign_minister"),
    ("यित्जाक शमीर", "Yitzhak Shamir", "ISR", date(1991, 10, 30), "prime_minister"),
    ("शाऊल मोफाज", "Shaul Mofaz", "ISR", date(2004, 1, 1), "defence_minister"),
    ("एहूद बराक", "Ehud Barak", "ISR", date(2000, 7, 11), "prime_minister"),
    ("जिब्रान बासिल", "Gebran Bassil", "LBN", date(2017, 1, 1), "foreign_minister"),
    ("अहमद नजीफ", "Ahmed Nazif", "EGY", date(2008, 1, 1), "prime_minister"),
    ("अली अब्दुल्ला सालेह", "Ali Abdullah Saleh", "YEM", date(2005, 1, 1), "president"),
    ("जेफ्री ओन्येमा", "Geoffrey Onyeama", "NGA", date(2019, 1, 1), "foreign_minister"),
    ("सहले-वर्क जेवडे", "Sahle-Work Zewde", "ETH", date(2020, 1, 1), "president"),
    ("रैला ओडिंगा", "Raila Odinga", "KEN", date(2010, 1, 1), "prime_minister"),
    ("अब्देलिलाह बेनकिराने", "Abdelilah Benkirane", "MAR", date(2015, 1, 1), "prime_minister"),
])
def test_office_on_the_day(kb: KnowledgeBase, form: str, name: str, country: str, day: date, role: str) -> None:
    entry = person(kb, form)
    office = entry.office_on(day)
    assert (entry.name, entry.country) == (name, country)
    assert office is not None and (office.role, office.org) == (role, None)


@pytest.mark.parametrize(("form", "day"), [
    ("गुलाम मुस्तफा जतोई", date(1991, 1, 1)),     # after the caretaker term
    ("अहमद मुख्तार", date(2012, 7, 1)),           # moved to water and power in June 2012
    ("शाऊल मोफाज", date(2007, 1, 1)),
    ("अली अब्दुल्ला सालेह", date(2013, 1, 1)),
])
def test_no_office_outside_the_terms(kb: KnowledgeBase, form: str, day: date) -> None:
    assert person(kb, form).office_on(day) is None


@pytest.mark.parametrize(("country", "role", "day", "before", "after"), [
    ("PAK", "defence_minister", date(2012, 6, 2), "Ahmad Mukhtar", "Naveed Qamar"),
    ("AFG", "foreign_minister", date(2006, 4, 20), "Abdullah Abdullah", "Rangin Dadfar Spanta"),
    ("EGY", "prime_minister", date(2012, 8, 2), "Kamal Ganzouri", "Hesham Qandil"),
    ("LBN", "foreign_minister", date(2020, 8, 3), "Nassif Hitti", "Charbel Wehbe"),
    ("IRQ", "prime_minister", date(1991, 3, 23), "Saddam Hussein", "Sa'dun Hammadi"),
])
def test_handover_on_the_day(kb: KnowledgeBase, country: str, role: str, day: date, before: str, after: str) -> None:
    """The day one holder's term ends is the day the next one's begins: the day before is the
    outgoing holder's, the day after the incoming one's, and no other holder shares either."""
    def holders(on: date) -> list[str]:
        return sorted(e.name for e in kb if e.type == "PERSON" and e.country == country
                      and any(o.role == role and o.org is None and o.holds_on(on) for o in e.offices))
    assert holders(date.fromordinal(day.toordinal() - 1)) == [before]
    assert holders(date.fromordinal(day.toordinal() + 1)) == [after]


@pytest.mark.parametrize(("text", "published", "name", "country", "role"), [
    ("इजरायल के रक्षा मंत्री शाऊल मोफाज ने गाजा सीमा का दौरा किया।", "2004-05-10",
     "Shaul Mofaz", "ISR", "defence_minister"),
    ("लेबनान के विदेश मंत्री जिब्रान बासिल ने बेरूत में संवाददाताओं से बात की।", "2016-03-01",
     "Gebran Bassil", "LBN", "foreign_minister"),
    ("यमन के राष्ट्रपति अली अब्दुल्ला सालेह ने सना में विपक्षी नेताओं से मुलाकात की।", "2009-11-02",
     "Ali Abdullah Saleh", "YEM", "president"),
    ("बांग्लादेश के विदेश मंत्री अब्दुस समद आजाद ने ढाका में भारतीय उच्चायुक्त से मुलाकात की।", "1999-04-12",
     "Abdus Samad Azad", "BGD", "foreign_minister"),
])
def test_linked_with_country_and_office(pipeline: ghatna.Pipeline, text: str, published: str, name: str,
                                        country: str, role: str) -> None:
    doc = ghatna.extract(text, html=False, published=published, pipeline=pipeline)
    found = [(e.country, e.role) for e in doc.entities if e.kb_id and e.name == name]
    assert found, [(e.name, e.kb_id) for e in doc.entities]
    assert found[0] == (country, role)
