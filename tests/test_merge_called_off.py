"""Two late-report cases of merging (issue 12): a visit or a meeting called off, told by two papers
days apart with the same two sides (one event whatever the words: ``MergeSettings.called_off``),
and a report with no date of its own that joined another event of its publication day on dates
alone while its words tell an event of days before (``Retelling.rehome``). Hand-built mentions
with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE
from test_merge_late import CALL, CALL_LATE  # the same call, told in both papers' words

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.merge import MergeSettings

LEADER = Actor("Arvind Kejriwal", "IND", "PERSON", "GOV", "Q2166936")
OTHER_LEADER = Actor("Manish Sisodia", "IND", "PERSON", "GOV", "Q7126383")
OFFICIALS = Actor("India officials", "IND", "generic", "GOV")
JAPAN, FRANCE = Actor("Japan", "JPN", "GPE"), Actor("France", "FRA", "GPE")

PUT_OFF = "बाढ़ के कारण मुख्यमंत्री अरविंद केजरीवाल की जापान यात्रा स्थगित कर दी गई है।"
PUT_OFF_LATE = "केजरीवाल का जापान दौरा टला"
MASKS = "मुख्यमंत्री केजरीवाल ने शनिवार को लोगों से बाजारों में मास्क पहनकर ही निकलने का आग्रह किया।"
MASKS_AND_CALL = ("केजरीवाल ने लोगों से बाजारों में मास्क पहनकर ही निकलने का आग्रह किया और रविवार को सुबह 8 बजे से "
                  "रात 10 बजे तक बंद रखने को कहा।")


def visit(article: str, source: Actor, target: Actor, published: str, evidence: str,
          modality: str = "negated") -> Mention:
    return Mention(article, 0, "CONSULT", modality, source, target, None, published, mode="visit", evidence=evidence)


def call(article: str, date: str | None, published: str, evidence: str, source: Actor = LEADER) -> Mention:
    return Mention(article, 0, "REQUEST", "asserted", source, PEOPLE, date, published, evidence=evidence)


CALLED_OFF = [
    ("one visit put off, told three days apart in other words",
     [visit("a", LEADER, JAPAN, "2024-07-06", PUT_OFF), visit("b", LEADER, JAPAN, "2024-07-09", PUT_OFF_LATE)], 1),
    ("four days apart: two events", [visit("a", LEADER, JAPAN, "2024-07-05", PUT_OFF),
                                     visit("b", LEADER, JAPAN, "2024-07-09", PUT_OFF_LATE)], 2),
    ("a visit made, not called off: the words must show it",
     [visit("a", LEADER, JAPAN, "2024-07-06", PUT_OFF, "asserted"),
      visit("b", LEADER, JAPAN, "2024-07-09", PUT_OFF_LATE, "asserted")], 2),
    ("another country visited", [visit("a", LEADER, JAPAN, "2024-07-06", PUT_OFF),
                                 visit("b", LEADER, FRANCE, "2024-07-09", PUT_OFF_LATE)], 2),
    ("another leader's visit", [visit("a", LEADER, JAPAN, "2024-07-06", PUT_OFF),
                                visit("b", OTHER_LEADER, JAPAN, "2024-07-09", PUT_OFF_LATE)], 2),
    ("a side told as a group in one: not both sides alike",
     [Mention("a", 0, "REQUEST", "negated", LEADER, OFFICIALS, None, "2024-07-06", evidence=PUT_OFF),
      Mention("b", 0, "REQUEST", "negated", LEADER, OFFICIALS, None, "2024-07-09", evidence=PUT_OFF_LATE)], 2),
]


@pytest.mark.parametrize(("case", "mentions", "events"), CALLED_OFF, ids=[c[0] for c in CALLED_OFF])
def test_an_event_called_off(case: str, mentions: list[Mention], events: int) -> None:
    assert len(merge_events(mentions)) == events, case
    assert len(merge_events(mentions[::-1])) == events, case


def test_called_off_is_a_setting() -> None:
    mentions = CALLED_OFF[0][1]
    assert len(merge_events(mentions, MergeSettings(called_off=frozenset()))) == 2


def articles_of(events: list) -> list[set[str]]:  # type: ignore[type-arg]
    return sorted(({m.article_id for m in e.members} for e in events), key=sorted)


def test_a_late_report_leaves_the_event_its_day_alone_gave_it() -> None:
    """The call of the 10th, told undated on the 12th: its publication day meets another appeal of
    the 12th (masks), whose words are not its own; it goes to the call."""
    first = call("a", "2024-07-10", "2024-07-10", CALL)
    other = call("c", "2024-07-12", "2024-07-12", MASKS)
    late = call("b", None, "2024-07-12", CALL_LATE)
    for order in ([first, other, late], [late, other, first]):
        assert articles_of(merge_events(order)) == [{"a", "b"}, {"c"}]


def test_a_late_report_told_alike_in_its_event_stays() -> None:
    """An undated report whose words tell its event of the day (masks) stays, though its words
    also tell an event of days before (the call)."""
    first = call("a", "2024-07-10", "2024-07-10", CALL)
    other = call("c", "2024-07-12", "2024-07-12", MASKS)
    late = call("b", None, "2024-07-12", MASKS_AND_CALL)
    for order in ([first, other, late], [late, other, first]):
        assert articles_of(merge_events(order)) == [{"a"}, {"b", "c"}]


def test_a_late_report_no_event_claims_stays() -> None:
    """With no event of days before that its words tell, a report stays where its dates put it."""
    other = call("c", "2024-07-12", "2024-07-12", MASKS)
    late = call("b", None, "2024-07-12", CALL_LATE)
    assert articles_of(merge_events([other, late])) == [{"b", "c"}]
