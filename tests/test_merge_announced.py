"""An event announced and the deed (issue 12): a paper tells the day before that a leader will
meet someone ("बैठक करेंगे", a planned report) and another the day after that he did ("बैठक की").
They share a block (``mentions.BLOCK_MODALITIES``) and are one event only when the announcement
came out no later than the deed's last possible day, both name the sides alike and a sentence of
each tells the other's event (``Retelling.announced``). Hand-built mentions with sentences
written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import events

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.events_table import event_modality
from ghatna.store.mentions import block_of
from ghatna.store.merge import why_apart

LEADER = Actor("Nitish Kumar", "IND", "PERSON", "GOV", "ghatna:person:nitish-kumar")
OFFICIALS = Actor("India officials", "IND", "generic", "GOV")
STATE = Actor("Government of Bihar", "IND", "generic", "GOV")
JAPAN, ENVOY = Actor("Japan", "JPN", "GPE"), Actor("Hiroshi Tanaka", "JPN", "PERSON", "GOV")

PLAN = "मुख्यमंत्री नीतीश कुमार सोमवार को बाढ़ प्रभावित जिलों के अधिकारियों के साथ राहत कार्यों की समीक्षा बैठक करेंगे।"
DEED = "मुख्यमंत्री ने सोमवार को बाढ़ प्रभावित जिलों के अधिकारियों के साथ बैठक कर राहत कार्यों की समीक्षा की।"
OTHER_PLAN = "मुख्यमंत्री नीतीश कुमार सोमवार को शिक्षकों की भर्ती को लेकर शिक्षा विभाग के अफसरों से मिलेंगे।"
AGAIN = "नीतीश कुमार बाढ़ प्रभावित जिलों के अधिकारियों के साथ राहत कार्यों की समीक्षा के लिए फिर बैठक करेंगे।"
VISIT_PLAN = "जापान के राजदूत हिरोशी तनाका मंगलवार को पटना में मुख्यमंत्री से मिलकर निवेश पर चर्चा करेंगे।"
VISIT = "जापान के राजदूत ने मंगलवार को पटना में मुख्यमंत्री से मुलाकात कर निवेश पर चर्चा की।"


def meeting(article: str, modality: str, date: str | None, published: str, evidence: str,
            source: Actor = LEADER, target: Actor = OFFICIALS) -> Mention:
    return Mention(article, 0, "CONSULT", modality, source, target, date, published, mode="meet", evidence=evidence)


SAME = [
    ("announced the day before, held: both dated by their words",
     [meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN), meeting("b", "asserted", "2024-07-08", "2024-07-09", DEED)]),
    ("announced for the day, told undated the morning after",
     [meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN), meeting("b", "asserted", None, "2024-07-09", DEED)]),
    ("between two countries: the envoy named in both",
     [meeting("a", "planned", "2024-07-09", "2024-07-08", VISIT_PLAN, LEADER, ENVOY),
      meeting("b", "asserted", "2024-07-09", "2024-07-10", VISIT, LEADER, ENVOY)]),
    ("two announcements and the deed",
     [meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN), meeting("c", "planned", "2024-07-08", "2024-07-06", PLAN),
      meeting("b", "asserted", "2024-07-08", "2024-07-09", DEED)]),
]
DISTINCT = [
    ("another meeting announced for the day", [meeting("a", "planned", "2024-07-08", "2024-07-07", OTHER_PLAN),
                                               meeting("b", "asserted", "2024-07-08", "2024-07-09", DEED)]),
    ("announced after the meeting: the next one", [meeting("a", "asserted", "2024-07-08", "2024-07-08", DEED),
                                                   meeting("b", "planned", None, "2024-07-09", AGAIN)]),
    ("a side named in one, told as a group in the other",
     [meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN, STATE),
      meeting("b", "asserted", "2024-07-08", "2024-07-09", DEED)]),
    ("the envoy in one, his country alone in the other",
     [meeting("a", "planned", "2024-07-09", "2024-07-08", VISIT_PLAN, LEADER, ENVOY),
      meeting("b", "asserted", "2024-07-09", "2024-07-10", VISIT, LEADER, JAPAN)]),
    ("no words to tell it", [meeting("a", "planned", "2024-07-08", "2024-07-07", None),
                             meeting("b", "asserted", "2024-07-08", "2024-07-09", None)]),
    ("days that do not meet", [meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN),
                               meeting("b", "asserted", "2024-07-11", "2024-07-12", DEED)]),
]


@pytest.mark.parametrize(("case", "mentions"), SAME, ids=[c[0] for c in SAME])
def test_an_announcement_and_its_deed_are_one_event(case: str, mentions: list[Mention]) -> None:
    assert events(mentions) == {1}, case
    assert event_modality(merge_events(mentions)[0]) == "asserted", case


@pytest.mark.parametrize(("case", "mentions"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_an_announcement_and_another_deed_stay_apart(case: str, mentions: list[Mention]) -> None:
    assert events(mentions) == {2}, case


def test_planned_and_asserted_share_a_block_negated_does_not() -> None:
    plan, deed = (meeting(x, mod, "2024-07-08", "2024-07-07", PLAN) for x, mod in (("a", "planned"), ("b", "asserted")))
    assert block_of(plan) == block_of(deed)
    assert block_of(meeting("c", "negated", "2024-07-08", "2024-07-07", PLAN)) != block_of(deed)


def test_an_announcement_alone_stays_planned() -> None:
    two = merge_events([meeting("a", "planned", "2024-07-08", "2024-07-07", PLAN),
                        meeting("b", "planned", "2024-07-08", "2024-07-08", PLAN)])
    assert len(two) == 1 and event_modality(two[0]) == "planned"


def test_why_apart_names_the_announcement() -> None:
    first, second = DISTINCT[0][1]
    assert why_apart(first, second) == "announced"
    assert why_apart(*SAME[0][1]) is None
