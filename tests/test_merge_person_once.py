"""A deed done to one named person once (``MergeSettings.person_once``: a killing), told by papers
that date it days apart (one by the strike's day, one by a reaction "a day after" it, one wrongly):
one event when the target is that person named alike and told dead in both and the words tell it,
not by the person's name alone (issue 12). Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.evidence import tells_death
from ghatna.store.merge import MergeSettings

ISRAEL = Actor("Israel", "ISR", "GPE", None, "Q801")
NASRALLAH = Actor("Hassan Nasrallah", "LBN", "PERSON", None, "ghatna:person:hassan-nasrallah")
QASSEM = Actor("Naim Qassem", "LBN", "PERSON", None, "ghatna:person:naim-qassem")
HEZBOLLAH = Actor("Hezbollah", "LBN", "ORG", "REB", "ghatna:org:hezbollah")

KILLED = "इस्राइल ने शुक्रवार को बेरूत के दक्षिणी इलाके में भीषण हवाई हमले में हसन नसरल्लाह को मार गिराया।"
AFTER = "बेरूत के दक्षिणी इलाके में इस्राइली हवाई हमले में नसरल्लाह के मारे जाने के एक दिन बाद लेबनान में शोक रहा।"
NAME_ONLY = "इस्राइल ने कहा कि नसरल्लाह के साथियों पर उसकी कार्रवाई जारी रहेगी।"
SURVIVED = "इस्राइल ने शुक्रवार को बेरूत के दक्षिणी इलाके में भीषण हवाई हमले में हसन नसरल्लाह को निशाना बनाया।"
SURVIVED_AFTER = "बेरूत के दक्षिणी इलाके में इस्राइली हवाई हमले में नसरल्लाह को निशाना बनाए जाने के एक दिन बाद लेबनान में तनाव रहा।"


def attack(article: str, target: Actor, date: str | None, published: str, evidence: str) -> Mention:
    return Mention(article, 0, "ASSAULT", "asserted", ISRAEL, target, date, published, evidence=evidence)


CASES = [
    ("one killing, the other paper dated by the reaction three days on",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED), attack("b", NASRALLAH, "2024-09-30", "2024-10-01", AFTER)], 1),
    ("no date of its own, published five days on: beyond the three days a late report reaches",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED), attack("b", NASRALLAH, None, "2024-10-02", AFTER)], 2),
    ("four days apart: two events", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                                     attack("b", NASRALLAH, "2024-10-01", "2024-10-01", AFTER)], 2),
    ("another person", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                        attack("b", QASSEM, "2024-09-30", "2024-10-01", AFTER)], 2),
    ("a group, not one person: attacked many times", [attack("a", HEZBOLLAH, "2024-09-27", "2024-09-28", KILLED),
                                                      attack("b", HEZBOLLAH, "2024-09-30", "2024-10-01", AFTER)], 2),
    ("an attack he survived may be followed by another: no report tells him dead",
     [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", SURVIVED),
      attack("b", NASRALLAH, "2024-09-30", "2024-10-01", SURVIVED_AFTER)], 2),
    ("the person's name alone is no evidence", [attack("a", NASRALLAH, "2024-09-27", "2024-09-28", KILLED),
                                                attack("b", NASRALLAH, "2024-09-30", "2024-10-01", NAME_ONLY)], 2),
]


@pytest.mark.parametrize(("case", "mentions", "events"), CASES, ids=[c[0] for c in CASES])
def test_a_person_harmed_once(case: str, mentions: list[Mention], events: int) -> None:
    assert len(merge_events(mentions)) == events, case
    assert len(merge_events(mentions[::-1])) == events, case


def test_person_once_is_a_setting_of_the_types_it_holds() -> None:
    mentions = CASES[0][1]
    assert len(merge_events(mentions, MergeSettings(person_once=frozenset()))) == 2
    other = [Mention(m.article_id, 0, "COERCE", "asserted", m.source, m.target, m.date, m.published, evidence=m.evidence)
             for m in mentions]
    assert len(merge_events(other)) == 2  # an arrest is not in the set: a man may be detained twice


def test_the_event_keeps_the_day_most_reports_give() -> None:
    first = [attack(f"a{i}", NASRALLAH, "2024-09-27", "2024-09-28", KILLED) for i in range(2)]
    (event,) = merge_events([*first, attack("b", NASRALLAH, "2024-09-30", "2024-10-01", AFTER)])
    assert (str(event.span.lo), str(event.span.hi)) == ("2024-09-27", "2024-09-27")


@pytest.mark.parametrize(("sentence", "dead"), [
    ("हवाई हमले में कमांडर मारा गया।", True), ("उसकी हत्या कर दी गई।", True), ("हमले में उसकी मौत हो गई।", True),
    ("महामारी के बीच हमला हुआ।", False), ("मारपीट में वह घायल हुआ।", False), ("मार्च में हमला हुआ।", False)])
def test_a_death_is_told_by_whole_words(sentence: str, dead: bool) -> None:
    assert tells_death(sentence) is dead
