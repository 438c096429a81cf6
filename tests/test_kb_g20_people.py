"""Office holders of the G20 states since 1990 (issue 11): heads of state and government, foreign,
defence and interior ministers that kb/people_g20.yaml adds, found by their Hindi names with the
office held on a day, linked in running text with the office's country, and no head-of-state or
head-of-government seat left without a holder for more than a month. Sentences written for these
tests."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

import pytest
from kb_people import person

import ghatna
from ghatna.knowledge.kb import KnowledgeBase, Office

LONGEST_GAP = timedelta(days=31)
SINCE, UNTIL = date(1990, 1, 1), date(2024, 12, 31)



@pytest.mark.parametrize(("form", "day", "name", "role"), [
    ("हेल्मुट कोल", date(1995, 6, 1), "Helmut Kohl", "chancellor"),
    ("गेरहार्ड श्रोडर", date(2003, 3, 1), "Gerhard Schröder", "chancellor"),
    ("फ्रांस्वा मितरां", date(1991, 1, 1), "François Mitterrand", "president"),
    ("जैक्स शिराक", date(2003, 3, 1), "Jacques Chirac", "president"),
    ("डोमिनिक डी विलेपिन", date(2003, 2, 14), "Dominique de Villepin", "foreign_minister"),
    ("डोमिनिक डी विलेपिन", date(2006, 1, 1), "Dominique de Villepin", "prime_minister"),
    ("जॉन मेजर", date(1995, 1, 1), "John Major", "prime_minister"),
    ("गॉर्डन ब्राउन", date(2005, 1, 1), "Gordon Brown", "finance_minister"),
    ("जैक स्ट्रॉ", date(2003, 3, 1), "Jack Straw", "foreign_minister"),
    ("कॉलिन पॉवेल", date(2002, 1, 1), "Colin Powell", "foreign_minister"),
    ("कोंडोलीज़ा राइस", date(2003, 1, 1), "Condoleezza Rice", "nsa"),
    ("कोंडोलीज़ा राइस", date(2007, 1, 1), "Condoleezza Rice", "foreign_minister"),
    ("डोनाल्ड रम्सफेल्ड", date(2003, 4, 1), "Donald Rumsfeld", "defence_minister"),
    ("हिलेरी क्लिंटन", date(2010, 7, 1), "Hillary Clinton", "foreign_minister"),
    ("डिक चेनी", date(1991, 1, 17), "Dick Cheney", "defence_minister"),
    ("डिक चेनी", date(2003, 1, 1), "Dick Cheney", "vice_president"),
    ("येवगेनी प्रिमाकोव", date(1997, 1, 1), "Yevgeny Primakov", "foreign_minister"),
    ("येवगेनी प्रिमाकोव", date(1999, 1, 1), "Yevgeny Primakov", "prime_minister"),
    ("व्लादिमीर पुतिन", date(1999, 10, 1), "Vladimir Putin", "prime_minister"),
    ("सिल्वियो बर्लुस्कोनी", date(2009, 1, 1), "Silvio Berlusconi", "prime_minister"),
    ("रोमानो प्रोदी", date(2002, 1, 1), "Romano Prodi", "commission_president"),
    ("जुनिचिरो कोइज़ुमी", date(2002, 9, 17), "Junichiro Koizumi", "prime_minister"),
    ("किम डे-जुंग", date(2000, 6, 13), "Kim Dae-jung", "president"),
    ("कुनियो हातोयामा", date(2008, 3, 1), "Kunio Hatoyama", "law_minister"),
    ("हान सुंग-जू", date(1993, 6, 1), "Han Sung-joo", "foreign_minister"),
    ("हान सेउंग-सू", date(2001, 6, 1), "Han Seung-soo", "foreign_minister"),
    ("ज्यां क्रेतियां", date(1999, 1, 1), "Jean Chrétien", "prime_minister"),
    ("जॉन हॉवर्ड", date(2001, 1, 1), "John Howard", "prime_minister"),
    ("मेगावती सुकर्णोपुत्री", date(2002, 1, 1), "Megawati Sukarnoputri", "president"),
    ("अब्दुल्ला गुल", date(2005, 1, 1), "Abdullah Gül", "foreign_minister"),
    ("तानसू चिलर", date(1994, 1, 1), "Tansu Çiller", "prime_minister"),
    ("कार्लोस मेनेम", date(1995, 1, 1), "Carlos Menem", "president"),
    ("फर्नांडो हेनरिक कार्डोसो", date(2000, 1, 1), "Fernando Henrique Cardoso", "president"),
    ("विसेंते फॉक्स", date(2003, 1, 1), "Vicente Fox", "president"),
    ("एफ डब्ल्यू डी क्लार्क", date(1992, 1, 1), "F. W. de Klerk", "president"),
    ("छ्येन छीछन", date(1995, 1, 1), "Qian Qichen", "foreign_minister"),
])
def test_office_on_the_day(kb: KnowledgeBase, form: str, day: date, name: str, role: str) -> None:
    entry = person(kb, form)
    office = entry.office_on(day)
    assert entry.name == name
    assert office is not None and office.role == role


@pytest.mark.parametrize(("form", "day"), [
    ("हेल्मुट कोल", date(1999, 1, 1)),      # after his chancellorship
    ("जॉन मेजर", date(1998, 1, 1)),
    ("कॉलिन पॉवेल", date(2006, 1, 1)),
    ("हिलेरी क्लिंटन", date(2016, 10, 1)),   # a candidate, no office
    ("येवगेनी प्रिमाकोव", date(2000, 1, 1)),
    ("युकियो हातोयामा", date(2008, 6, 1)),  # his brother Kunio was the minister then
    ("हान सेउंग-सू", date(1993, 6, 1)),
])
def test_no_office_outside_the_terms(kb: KnowledgeBase, form: str, day: date) -> None:
    assert person(kb, form).office_on(day) is None


def holders(kb: KnowledgeBase) -> dict[tuple[str, str], list[Office]]:
    seats: dict[tuple[str, str], list[Office]] = defaultdict(list)
    for entry in kb:
        for office in entry.offices if entry.type == "PERSON" else ():
            seats[(office.org or entry.country or "", office.role)].append(office)
    return seats


def longest_gap(terms: list[Office], since: date, until: date) -> timedelta:
    """The longest stretch from ``since`` to ``until`` no term covers."""
    longest, cursor = timedelta(0), since
    for start, end in sorted((o.start or date.min, o.end or date.max) for o in terms):
        if start > cursor:
            longest = max(longest, min(start, until) - cursor)
        cursor = max(cursor, end)
        if cursor >= until:
            break
    return max(longest, until - cursor) if cursor < until else longest


@pytest.mark.parametrize(("seat", "role"), [
    ("USA", "president"), ("GBR", "prime_minister"), ("FRA", "president"), ("FRA", "prime_minister"),
    ("DEU", "president"), ("DEU", "chancellor"), ("ITA", "president"), ("ITA", "prime_minister"),
    ("JPN", "prime_minister"), ("CAN", "prime_minister"), ("AUS", "prime_minister"), ("KOR", "president"),
    ("CHN", "president"), ("CHN", "prime_minister"), ("TUR", "president"), ("ARG", "president"),
    ("BRA", "president"), ("MEX", "president"), ("IDN", "president"), ("ZAF", "president"),
    ("USA", "foreign_minister"), ("GBR", "foreign_minister"), ("FRA", "foreign_minister"),
    ("DEU", "foreign_minister"), ("CHN", "foreign_minister"), ("AUS", "foreign_minister"),
])
def test_no_seat_is_empty_for_over_a_month(kb: KnowledgeBase, seat: str, role: str) -> None:
    assert longest_gap(holders(kb)[(seat, role)], SINCE, UNTIL) <= LONGEST_GAP


def test_gap_check_sees_a_missing_holder() -> None:
    def term(start: str, end: str) -> Office:
        return Office("president", "GOV", date.fromisoformat(start), date.fromisoformat(end))
    covered = [term("1989-01-01", "1995-01-01"), term("1995-01-01", "2030-01-01")]
    assert longest_gap(covered, SINCE, UNTIL) == timedelta(0)
    assert longest_gap([covered[0]], SINCE, UNTIL) == UNTIL - date(1995, 1, 1)
    assert longest_gap([covered[0], term("2025-03-01", "2030-01-01")], SINCE, UNTIL) == UNTIL - date(1995, 1, 1)


@pytest.mark.parametrize(("text", "published", "found"), [
    ("जर्मनी के चांसलर हेल्मुट कोल ने बॉन में फ्रांस के राष्ट्रपति फ्रांस्वा मितरां से मुलाकात की।", "1992-03-01",
     {"Helmut Kohl": ("chancellor", "DEU"), "François Mitterrand": ("president", "FRA")}),
    ("रूस के प्रधानमंत्री येवगेनी प्रिमाकोव ने कहा कि मॉस्को इस हमले की निंदा करता है।", "1998-12-20",
     {"Yevgeny Primakov": ("prime_minister", "RUS")}),
    ("दक्षिण कोरिया के राष्ट्रपति किम डे-जुंग प्योंगयांग पहुंचे।", "2000-06-13",
     {"Kim Dae-jung": ("president", "KOR")}),
    ("अमेरिकी रक्षा मंत्री डोनाल्ड रम्सफेल्ड ने कहा कि सेना वहां रहेगी।", "2004-05-01",
     {"Donald Rumsfeld": ("defence_minister", "USA")}),
])
def test_linked_with_the_office_of_the_day(pipeline: ghatna.Pipeline, text: str, published: str,
                                           found: dict[str, tuple[str, str]]) -> None:
    doc = ghatna.extract(text, html=False, published=published, pipeline=pipeline)
    people = {e.name: (e.role, e.country) for e in doc.entities if e.kb_id and e.type == "PERSON"}
    assert people == found


@pytest.mark.parametrize(("text", "published", "found"), [
    # a family name two known people bear, after a title: the one holding an office on the day
    ("जापान के मंत्री हातोयामा ने कहा कि नई नीति से अपराध घटेंगे।", "2008-03-01",
     {"Kunio Hatoyama": ("law_minister", "JPN")}),
    ("जापान के प्रधानमंत्री हातोयामा ने कहा कि नई नीति से अपराध घटेंगे।", "2010-01-20",
     {"Yukio Hatoyama": ("prime_minister", "JPN")}),
    # named in full before: the family name alone is that one
    ("प्रधानमंत्री युकियो हातोयामा ने बैठक बुलाई। हातोयामा ने कहा कि नीति बदलेगी।", "2010-01-20",
     {"Yukio Hatoyama": ("prime_minister", "JPN")}),
    # an actress of another name is no home secretary: "जैकलीन स्मिथ" is not a form of Jacqui Smith
    ("न्यूयॉर्क में अभिनेत्री जैकलीन स्मिथ ने नई फिल्म की घोषणा की।", "2008-03-01", {}),
])
def test_linked_by_the_office_of_the_day(pipeline: ghatna.Pipeline, text: str, published: str,
                                         found: dict[str, tuple[str, str]]) -> None:
    doc = ghatna.extract(text, html=False, published=published, pipeline=pipeline)
    people = {e.name: (e.role, e.country) for e in doc.entities if e.kb_id and e.type == "PERSON"}
    assert people == found


DOUBLED_SIGN = re.compile("[\u093e-\u094c\u0962\u0963]{2}")  # "काां": two vowel signs on one letter


def test_no_form_has_two_vowel_signs_on_a_letter(kb: KnowledgeBase) -> None:
    assert not [(e.name, f) for e in kb for f in [*e.hindi, *e.short] if DOUBLED_SIGN.search(f)]
