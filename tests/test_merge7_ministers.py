"""Two outlets name one actor differently:

- a state's office told with its state and no name ("ओडिशा के मुख्यमंत्री ने", coded "Odisha chief
  minister") is the person the knowledge base says held it on the mention's days, as a national
  office already was (``store.sides.state_office_holder``); a bare "chief minister" stays generic;
- a Union minister and the ministry he headed on the mention's days ("अमित शाह ने", "गृह मंत्रालय
  ने") fit one side (``store.sides.same_body``, ``data/kb/office_ministries.tsv``), but are not
  named alike: within one country the words must still tell one event.
"""

from __future__ import annotations

from datetime import date

import pytest
from merge_cases import MINISTRY, PEOPLE, STATES, events, mention

from ghatna.knowledge.offices import ministries_on, state_office_of
from ghatna.store import Actor
from ghatna.store.merge import why_apart

PATNAIK = Actor("Naveen Patnaik", "IND", "PERSON", "GOV", "ghatna:person:naveen-patnaik")
YOGI = Actor("Yogi Adityanath", "IND", "PERSON", "GOV", "ghatna:person:yogi-adityanath")
SHAH = Actor("Amit Shah", "IND", "PERSON", "GOV", "ghatna:person:amit-shah")
HEALTH = Actor("Ministry of Health and Family Welfare", "IND", "ORG", "GOV",
               "ghatna:india:ministry-ministry-of-health-and-family-welfare")


def office(name: str) -> Actor:
    return Actor(name, "IND", "generic", "GOV")


GRANT = "मुख्यमंत्री ने घोषणा की कि ड्यूटी पर जान गंवाने वाले डॉक्टरों के परिवारों को पचास लाख रुपये दिए जाएंगे ।"
GRANT_AGAIN = "नवीन पटनायक ने ऐलान किया कि कोरोना से लड़ते हुए जान गंवाने वालों को शहीद का दर्जा मिलेगा ।"
LETTER = "गृह मंत्रालय ने हर राज्य को चिट्ठी लिखकर फंसे कामगारों के लिए आश्रय स्थल खोलने और खाना बांटने को कहा है ।"
LETTER_TOO = "अमित शाह ने हर राज्य से फंसे कामगारों के लिए आश्रय स्थल खोलने और खाना बांटने को कहा है ।"
TAX = "अरुण जेटली ने कहा कि छोटे कारोबारियों को रिटर्न भरने के लिए तीन महीने और मिलेंगे ।"
TAX_TOO = "वित्त मंत्रालय ने कहा कि छोटे कारोबारियों को रिटर्न भरने के लिए तीन महीने और मिलेंगे ।"
OTHER = "अमित शाह ने राज्यों से कहा कि वे अपनी सीमाओं पर चौकसी बढ़ाएं और बाहर से आवाजाही रोकें ।"


@pytest.mark.parametrize(("name", "found"), [
    ("Odisha chief minister", ("Odisha", "chief_minister")),
    ("Uttar Pradesh chief minister", ("Uttar Pradesh", "chief_minister")),
    ("chief minister", None),
    ("India police", None),
])
def test_a_states_office_told_with_its_state(name: str, found: tuple[str, str] | None) -> None:
    assert state_office_of(name) == found


FINANCE = "ghatna:org:ministry-of-finance-india"
BROADCASTING = "ghatna:india:ministry-ministry-of-information-and-broadcasting"


@pytest.mark.parametrize(("kb_id", "day", "ministries"), [
    ("ghatna:person:amit-shah", date(2020, 4, 6), {"ghatna:org:ministry-of-home-affairs-india"}),
    ("ghatna:person:harsh-vardhan", date(2020, 4, 6), {"ghatna:india:ministry-ministry-of-health-and-family-welfare"}),
    ("ghatna:person:amit-shah", date(2015, 4, 6), set()),  # not yet home minister
    ("ghatna:person:naveen-patnaik", date(2020, 4, 6), set()),  # a state's office heads no ministry
    ("ghatna:person:arun-jaitley", date(2015, 8, 20), {FINANCE, BROADCASTING}),  # two at once
    ("ghatna:person:arun-jaitley", date(2017, 1, 10), {FINANCE}),  # broadcasting given up in 2016
    ("ghatna:person:ravi-shankar-prasad", date(2020, 2, 3),
     {"ghatna:india:ministry-ministry-of-law-and-justice", "ghatna:india:ministry-ministry-of-communications"}),
])
def test_the_ministries_a_minister_headed(kb_id: str, day: date, ministries: set[str]) -> None:
    assert ministries_on(kb_id, day, day) == ministries


@pytest.mark.parametrize(("named", "untold", "count"), [
    (PATNAIK, office("Odisha chief minister"), 1),  # the state's office that day is Naveen Patnaik's
    (YOGI, office("Odisha chief minister"), 2),  # another state's chief minister
    (PATNAIK, office("India chief minister"), 2),  # which state's: the knowledge base cannot tell
])
def test_a_states_office_is_its_holder(named: Actor, untold: Actor, count: int) -> None:
    one = mention("a", "AID", named, PEOPLE, GRANT_AGAIN, "2020-04-21", "2020-04-21")
    two = mention("b", "AID", untold, PEOPLE, GRANT, None, "2020-04-22")
    assert events([one, two]) == {count}


@pytest.mark.parametrize(("ministry", "first", "count"), [
    (MINISTRY, LETTER_TOO, 1),  # the home minister and his ministry, one request told alike
    (MINISTRY, OTHER, 2),  # other words: maybe another of his requests that day
    (HEALTH, LETTER_TOO, 2),  # another ministry
])
def test_a_minister_and_his_ministry(ministry: Actor, first: str, count: int) -> None:
    one = mention("a", "REQUEST", SHAH, STATES, first, "2020-03-29", "2020-03-30")
    two = mention("b", "REQUEST", ministry, STATES, LETTER, "2020-03-29", "2020-03-30")
    assert events([one, two]) == {count}


def test_a_minister_and_another_ministry_are_two_sources() -> None:
    one = mention("a", "REQUEST", SHAH, STATES, LETTER_TOO, "2020-03-29", "2020-03-30")
    two = mention("b", "REQUEST", HEALTH, STATES, LETTER, "2020-03-29", "2020-03-30")
    assert why_apart(one, two) == "source"


JAITLEY = Actor("Arun Jaitley", "IND", "PERSON", "GOV", "ghatna:person:arun-jaitley")
FINANCE_BODY = Actor("Ministry of Finance (India)", "IND", "ORG", "GOV", FINANCE)
BUSINESS = Actor("India businesses", "IND", "generic", "BUS")


@pytest.mark.parametrize(("day", "count"), [
    ("2015-09-14", 1),  # finance and broadcasting at once: still the finance ministry's head
    ("2018-09-14", 1),  # finance alone
    ("2020-09-14", 2),  # no longer a minister: another's ministry
])
def test_a_minister_of_several_ministries_and_one_of_them(day: str, count: int) -> None:
    one = mention("a", "AID", JAITLEY, BUSINESS, TAX, day, day)
    two = mention("b", "AID", FINANCE_BODY, BUSINESS, TAX_TOO, day, day)
    assert events([one, two]) == {count}
