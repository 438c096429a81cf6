"""Merge rules found on the train pairs of ``training/merge/train_pairs.jsonl``, each with
hand-built mentions, and ``why_apart``, which names the rule that keeps two reports apart."""

from __future__ import annotations

import pytest
from merge_cases import PEOPLE as CIVILIANS

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.merge import why_apart

SONIA = Actor("Sonia Gandhi", "IND", "PERSON", "OPP", "ghatna:person:sonia-gandhi")
MODI = Actor("Narendra Modi", "IND", "PERSON", "GOV", "Q1058")
OFFICIALS = Actor("India officials", "IND", "generic", "GOV")
POLICE_NOWHERE = Actor("police", None, "generic", "COP")  # the text names no country
PEOPLE_NOWHERE = Actor("civilians", None, "generic", "CVL")
PAKISTAN, INDIA = Actor("Pakistan", "PAK", "GPE"), Actor("India", "IND", "GPE")
ED = Actor("Enforcement Directorate", "IND", "ORG", "GOV", "ghatna:org:enforcement-directorate")
RAID = "पुलिस ने बाजार में छापा मारकर दुकानदारों को हिरासत में लिया।"
RAID_COPY = "पुलिस ने बाजार में छापा मारकर कई दुकानदारों को हिरासत में लिया ।"
OTHER = "पुलिस ने गांव के बाहर सड़क पर लोगों को रोककर वापस भेज दिया।"


def r(article: str, source: Actor | None, target: Actor | None, type_: str = "COERCE",
      date: str | None = None, published: str | None = "2024-03-04", evidence: str | None = None) -> Mention:
    return Mention(article, 0, type_, "asserted", source, target, date, published, evidence=evidence)


SAME = [
    ("generic sides of no known country, near-duplicate wording",
     r("a", POLICE_NOWHERE, PEOPLE_NOWHERE, evidence=RAID), r("b", POLICE_NOWHERE, PEOPLE_NOWHERE, evidence=RAID_COPY)),
    ("no sides at all, near-duplicate wording", r("a", None, None, evidence=RAID), r("b", None, None, evidence=RAID_COPY)),
    ("a year-dated report joins its near-duplicate copy, however far the year",
     Mention("a", 0, "REQUEST", "asserted", SONIA, MODI, "2005", "2024-04-01", group="w"),
     Mention("b", 0, "REQUEST", "asserted", SONIA, MODI, "2005", "2024-04-02", group="w")),
    ("a year told two days after", r("a", SONIA, MODI, "REQUEST", "2024-03-21", "2024-03-21"),
     r("b", SONIA, MODI, "REQUEST", "2024", "2024-03-23")),
]
DISTINCT = [
    ("generic sides of no known country, other wording, same day",
     r("a", POLICE_NOWHERE, PEOPLE_NOWHERE, evidence=RAID), r("b", POLICE_NOWHERE, PEOPLE_NOWHERE, evidence=OTHER)),
    ("no sides at all, other wording, same day", r("a", None, None, evidence=RAID), r("b", None, None, evidence=OTHER)),
    ("a year told three weeks after is not last month's request", r("a", SONIA, MODI, "REQUEST", "2024-03-21", "2024-03-21"),
     r("b", SONIA, MODI, "REQUEST", "2024", "2024-04-13")),
    ("a month told three weeks after", r("a", SONIA, MODI, "REQUEST", "2024-03-21", "2024-03-21"),
     r("b", SONIA, MODI, "REQUEST", "2024-03", "2024-04-13")),
    ("a year told ten days into it is not the seizure of new year's day",
     r("a", ED, CIVILIANS, "COERCE", None, "2024-01-01"), r("b", ED, CIVILIANS, "COERCE", "2024", "2024-01-11")),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME, ids=[c[0] for c in SAME])
def test_reports_of_one_event_merge(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 1, case
    assert why_apart(first, second) is None and why_apart(second, first) is None


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_distinct_events_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case


def test_two_countries_with_generic_sides_still_merge_by_date() -> None:
    """The wording rule is for events no pair of countries tells apart; a clash between two
    countries on one day is told by the countries."""
    first = r("a", PAKISTAN, INDIA, "ASSAULT", "2024-03-04", evidence=RAID)
    assert len(merge_events([first, r("b", PAKISTAN, INDIA, "ASSAULT", "2024-03-04", evidence=OTHER)])) == 1


@pytest.mark.parametrize(("first", "second", "rule"), [
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", SONIA, MODI, "ACCUSE", "2024-03-04"), "block"),
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", CIVILIANS, MODI, "REQUEST", "2024-03-04"), "source"),
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", SONIA, CIVILIANS, "REQUEST", "2024-03-04"), "target"),
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", SONIA, MODI, "REQUEST", "2024-03-06"), "dates"),
    (r("a", MODI, CIVILIANS, "REQUEST", "2024-03-04", evidence=RAID),
     r("b", OFFICIALS, CIVILIANS, "REQUEST", "2024-03-04", evidence=OTHER), "one country"),
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", SONIA, MODI, "REQUEST", "2024", "2024-03-30"), "vague"),
    (r("a", SONIA, MODI, "REQUEST", "2024-03-04"), r("b", SONIA, MODI, "REQUEST", None), None),
])
def test_why_apart_names_the_rule_that_refuses(first: Mention, second: Mention, rule: str | None) -> None:
    assert why_apart(first, second) == rule
    assert (len(merge_events([first, second])) == 1) is (rule is None)


# One appeal told by two papers: one in number words and naming the PM, the other in digits
# with a generic "officials" as the speaker (train pairs: the Janata curfew call of 19 March).
CURFEW_WORDS = "प्रधानमंत्री ने देशवासियों से रविवार को सुबह आठ से रात दस बजे तक घरों में रहने का आग्रह किया।"
CURFEW_DIGITS = "पीएम ने लोगों से कहा कि रविवार को सुबह 8 से रात 10 बजे तक सब घरों में रहें।"
OTHER_HOURS = "पीएम ने लोगों से कहा कि शनिवार को दोपहर 3 से शाम 5 बजे तक सब घरों में रहें।"
ARREST_ONE = "पुलिस ने रविवार को 7 लोगों को गिरफ्तार कर उनके 9 वाहन जब्त कर लिए।"
ARREST_TWO = "रविवार को पुलिस ने बाजार में 7 युवकों को गिरफ्तार किया और 9 बाइक जब्त कीं।"
YEAR_ONE = "मुख्यमंत्री ने वर्ष 2020 में एक बार फिर लोगों से घरों में रहने का आग्रह किया।"
YEAR_TWO = "अफसरों ने लोगों से 2020 में एक बार फिर घरों से बाहर न निकलने को कहा।"
POLICE_IN = Actor("India police", "IND", "generic", "COP")
YOGI = Actor("Yogi Adityanath", "IND", "PERSON", "GOV", "Q1")


def test_one_story_told_with_the_same_figures_merges() -> None:
    """A generic side that fits the named one, evidence telling the same numbers (digits in
    one, words in the other) and some shared wording: one appeal."""
    first = r("a", MODI, CIVILIANS, "REQUEST", None, "2024-03-20", evidence=CURFEW_WORDS)
    second = r("b", OFFICIALS, CIVILIANS, "REQUEST", None, "2024-03-21", evidence=CURFEW_DIGITS)
    assert len(merge_events([first, second])) == 1
    assert why_apart(first, second) is None and why_apart(second, first) is None


@pytest.mark.parametrize(("case", "first", "second"), [
    ("other figures", r("a", MODI, CIVILIANS, "REQUEST", None, "2024-03-20", evidence=CURFEW_WORDS),
     r("b", OFFICIALS, CIVILIANS, "REQUEST", None, "2024-03-21", evidence=OTHER_HOURS)),
    ("the same figures, but no side named in either: two arrests",
     r("a", POLICE_IN, CIVILIANS, "COERCE", "2024-03-03", evidence=ARREST_ONE),
     r("b", POLICE_IN, CIVILIANS, "COERCE", "2024-03-03", evidence=ARREST_TWO)),
    ("a year and 'one' are no figures of a story",
     r("a", YOGI, CIVILIANS, "REQUEST", "2024-03-03", evidence=YEAR_ONE),
     r("b", OFFICIALS, CIVILIANS, "REQUEST", "2024-03-03", evidence=YEAR_TWO)),
    ("the same figures on days that cannot meet",
     r("a", MODI, CIVILIANS, "REQUEST", "2024-03-10", evidence=CURFEW_WORDS),
     r("b", OFFICIALS, CIVILIANS, "REQUEST", "2024-03-13", evidence=CURFEW_DIGITS)),
])
def test_figures_alone_do_not_make_one_event(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case
    assert why_apart(first, second) is not None, case


def test_figures_told_only_in_words_are_no_story() -> None:
    """'दो-तीन' in two sentences is a way of speaking: one of the shared figures must be in digits."""
    first = r("a", MODI, CIVILIANS, "REQUEST", None, "2024-03-20",
              evidence="प्रधानमंत्री ने लोगों से कहा कि वे दो तीन हफ्ते घरों में ही रहें और भीड़ न करें।")
    second = r("b", OFFICIALS, CIVILIANS, "REQUEST", None, "2024-03-21",
               evidence="अधिकारियों ने लोगों से कहा कि दो तीन दिन घरों में रहें और बाजार न जाएं।")
    assert len(merge_events([first, second])) == 2
