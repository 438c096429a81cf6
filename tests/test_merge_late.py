"""A late report: a paper may tell a named actor's event some days after it without a date of
its own, or with the day it tells as its publication day (the day of the act a request asks
for: "रविवार को ... का आह्वान किया था" in Sunday's paper). Such a report is the event of days before
only when one side is named alike in both and the words show it (``MergeSettings.late_report``).
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import GOVERNMENT, PEOPLE

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.evidence import tells_earlier
from ghatna.store.mentions import late_span
from ghatna.store.merge import MergeSettings, why_apart
from ghatna.store.spans import Span, parse_iso

LEADER = Actor("Arvind Kejriwal", "IND", "PERSON", "GOV", "Q2166936")
OTHER_LEADER = Actor("Manish Sisodia", "IND", "PERSON", "GOV", "Q7126383")

CALL = "मुख्यमंत्री अरविंद केजरीवाल ने लोगों से रविवार को सुबह आठ बजे से रात दस बजे तक घरों में रहकर बंद का पालन करने की अपील की।"
CALL_LATE = "केजरीवाल ने दिल्लीवासियों से कहा है कि रविवार को सुबह 8 बजे से रात 10 बजे तक बंद रखें और घरों में रहें।"
CALL_RECALLED = "केजरीवाल ने दिल्लीवासियों से रविवार को सुबह 8 बजे से रात 10 बजे तक बंद रखने और घरों में रहने की अपील की थी।"
CALL_OTHER = "केजरीवाल ने लोगों से अफवाहों पर ध्यान न देने और मास्क पहनने का आग्रह किया।"


def r(article: str, source: Actor, date: str | None, published: str, evidence: str) -> Mention:
    return Mention(article, 0, "REQUEST", "asserted", source, PEOPLE, date, published, evidence=evidence)


SAME = [
    ("undated, told three days later", r("a", LEADER, "2024-07-10", "2024-07-10", CALL),
     r("b", LEADER, None, "2024-07-13", CALL_LATE)),
    ("told in the past perfect, dated by the act asked for: the publication day",
     r("a", LEADER, "2024-07-10", "2024-07-11", CALL), r("b", LEADER, "2024-07-13", "2024-07-13", CALL_RECALLED)),
]
DISTINCT = [
    ("the same leader three days later, other words", r("a", LEADER, "2024-07-10", "2024-07-10", CALL),
     r("b", LEADER, None, "2024-07-13", CALL_OTHER)),
    ("four days later", r("a", LEADER, "2024-07-10", "2024-07-10", CALL), r("b", LEADER, None, "2024-07-14", CALL_LATE)),
    ("the publication day told in the simple past: that day's event",
     r("a", LEADER, "2024-07-10", "2024-07-10", CALL), r("b", LEADER, "2024-07-13", "2024-07-13", CALL_LATE)),
    ("a day of its own told by a later paper", r("a", LEADER, "2024-07-10", "2024-07-10", CALL),
     r("b", LEADER, "2024-07-12", "2024-07-13", CALL_LATE)),
    ("no side named alike: the government told late", r("a", LEADER, "2024-07-10", "2024-07-10", CALL),
     r("b", GOVERNMENT, None, "2024-07-13", CALL_LATE)),
    ("two named leaders", r("a", LEADER, "2024-07-10", "2024-07-10", CALL),
     r("b", OTHER_LEADER, None, "2024-07-12", CALL_LATE)),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME, ids=[c[0] for c in SAME])
def test_a_late_report_joins_its_event(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 1, case
    assert len(merge_events([second, first])) == 1, case
    assert why_apart(first, second) is None


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_other_events_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case
    assert why_apart(first, second) is not None


def test_late_report_is_a_setting() -> None:
    first, second = SAME[0][1], SAME[0][2]
    assert len(merge_events([first, second], MergeSettings(late_report=1))) == 2


@pytest.mark.parametrize(("date", "published", "span"), [
    (None, "2024-07-13", ("2024-07-10", "2024-07-13")),
    ("2024-07-13", "2024-07-13", ("2024-07-10", "2024-07-13")),
    ("2024-07-12", "2024-07-13", ("2024-07-12", "2024-07-12")),  # a day of its own stays
])
def test_late_span(date: str | None, published: str, span: tuple[str, str]) -> None:
    assert late_span(r("a", LEADER, date, published, CALL_RECALLED), MergeSettings()) == Span(*map(parse_iso, span))


@pytest.mark.parametrize(("sentence", "earlier"), [
    (CALL_RECALLED, True), ("अदालत ने उच्च न्यायालय के फैसले को भी खारिज कर दिया था।", True),
    (CALL, False), (CALL_LATE, False),
])
def test_past_perfect_tells_earlier(sentence: str, earlier: bool) -> None:
    assert tells_earlier(sentence) is earlier
