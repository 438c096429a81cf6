"""Two precision rules of merging (issue 12). The governments (or police) of two places of one
country are two actors, though both are that country's government sector (``sides.local_group``);
and an event between two countries told by a report with no date of its own joins another report
only when a side is named alike in both or the words show it: its day is only its publication's,
and between two countries many events of one type fall in a few days. Hand-built mentions with
sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import GOVERNMENT as CENTRE
from merge_cases import PEOPLE, STATES

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.merge import why_apart
from ghatna.store.sides import kind_of, kinds_agree, local_group

BIHAR = Actor("Government of Bihar", "IND", "generic", "GOV")
ODISHA = Actor("Government of Odisha", "IND", "generic", "GOV")
POLICE = Actor("police", "IND", "generic", "COP")
TOWN_POLICE = Actor("Saket police", "IND", "generic", "COP")
INDIA, NEPAL = Actor("India", "IND", "GPE"), Actor("Nepal", "NPL", "GPE")
LEADER = Actor("Pushpa Kamal Dahal", "NPL", "PERSON", "GOV", "Q57653")
MINISTER = Actor("S. Jaishankar", "IND", "PERSON", "GOV", "Q7387556")

BAN = "राज्य सरकार ने शादी समारोहों में पचास से अधिक लोगों के जुटने पर रोक लगा दी है।"
OTHER_BAN = "प्रशासन ने जिले में मेलों और हाटों के आयोजन पर अगले आदेश तक पाबंदी लगाई।"
FLOOD_HELP = "भारत ने नेपाल से बाढ़ में फंसे भारतीय तीर्थयात्रियों को सुरक्षित निकालने में मदद करने को कहा।"
FLOOD_HELP_RETOLD = "विदेश मंत्री जयशंकर ने नेपाल से बाढ़ में फंसे तीर्थयात्रियों को सुरक्षित निकालने में सहयोग मांगा।"
TRADE = "विदेश मंत्री ने नेपाल से सीमा पर व्यापारिक चौकियों को जल्द खोलने की अपील की है।"


def ban(article: str, idx: int, source: Actor, evidence: str, date: str = "2024-08-02") -> Mention:
    return Mention(article, idx, "SANCTION", "asserted", source, PEOPLE, date, "2024-08-03", evidence=evidence)


def ask(article: str, source: Actor, target: Actor, date: str | None, published: str, evidence: str) -> Mention:
    return Mention(article, 0, "REQUEST", "asserted", source, target, date, published, evidence=evidence)


@pytest.mark.parametrize(("actor", "group"), [
    (BIHAR, "Government of Bihar"), (TOWN_POLICE, "Saket police"), (STATES, None), (CENTRE, None),
    (POLICE, None), (Actor("Government of Bihar", None, "generic", "GOV"), None),
])
def test_a_group_of_one_place(actor: Actor, group: str | None) -> None:
    assert local_group(actor) == group


@pytest.mark.parametrize(("first", "second", "agree"), [
    (BIHAR, ODISHA, False), (BIHAR, BIHAR, True), (BIHAR, STATES, True), (STATES, ODISHA, True),
    (CENTRE, BIHAR, True), (TOWN_POLICE, POLICE, True), (TOWN_POLICE, Actor("Dwarka police", "IND", "generic", "COP"), False),
    (BIHAR, PEOPLE, False),
])
def test_groups_agree(first: Actor, second: Actor, agree: bool) -> None:
    assert kinds_agree(kind_of(first), kind_of(second)) is agree
    assert kinds_agree(kind_of(second), kind_of(first)) is agree


MERGES = [
    ("two states' bans told in one article: two events",
     [ban("a", 0, BIHAR, BAN), ban("a", 1, ODISHA, OTHER_BAN)], 2),
    ("one state's ban told twice in one article, once as the state government",
     [ban("a", 0, BIHAR, BAN), ban("a", 1, STATES, BAN)], 1),
    ("two towns' police told in one article: two events",
     [Mention("a", 0, "COERCE", "asserted", TOWN_POLICE, PEOPLE, "2024-08-02", "2024-08-03", evidence=OTHER_BAN),
      Mention("a", 1, "COERCE", "asserted", Actor("Dwarka police", "IND", "generic", "COP"), PEOPLE, "2024-08-02",
              "2024-08-03", evidence=BAN)], 2),
    ("between two countries, an undated report other in words: two events",
     [ask("a", INDIA, NEPAL, "2024-08-02", "2024-08-03", FLOOD_HELP), ask("b", MINISTER, NEPAL, None, "2024-08-03", TRADE)], 2),
    ("between two countries, an undated report telling the same in other words: one event",
     [ask("a", INDIA, NEPAL, "2024-08-02", "2024-08-03", FLOOD_HELP),
      ask("b", MINISTER, NEPAL, None, "2024-08-03", FLOOD_HELP_RETOLD)], 1),
    ("between two countries, both undated, a side named alike: one event whatever the words",
     [ask("a", MINISTER, NEPAL, None, "2024-08-03", FLOOD_HELP_RETOLD), ask("b", MINISTER, NEPAL, None, "2024-08-03", TRADE)], 1),
    ("between two countries, a leader and his country, one undated, other words: two events",
     [ask("a", LEADER, INDIA, "2024-08-02", "2024-08-03", FLOOD_HELP), ask("b", NEPAL, INDIA, None, "2024-08-03", TRADE)], 2),
]


@pytest.mark.parametrize(("case", "mentions", "events"), MERGES, ids=[c[0] for c in MERGES])
def test_merges(case: str, mentions: list[Mention], events: int) -> None:
    assert len(merge_events(mentions)) == events, case
    assert len(merge_events(mentions[::-1])) == events, case
    assert (why_apart(*mentions) is None) is (events == 1), case
