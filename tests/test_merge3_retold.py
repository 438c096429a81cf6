"""One event retold: two reports whose sides fit (one names the ministry, the other "the
government"), one of them named, whose evidence sentences share their content words, are one
event; a day told as a report's publication day may be the day before when the words show it.
Hand-built mentions with sentences written for these tests."""

from __future__ import annotations

import pytest
from merge_cases import GOVERNMENT, WORKERS

from ghatna.store import Actor, Mention, merge_events
from ghatna.store.evidence import content_words
from ghatna.store.merge import MergeSettings, why_apart

MINISTRY = Actor("Ministry of Home Affairs (India)", "IND", "ORG", "GOV", "ghatna:org:mha")
AUTHORITIES = Actor("India authorities", "IND", "generic", "GOV")
STUDENTS = Actor("India students", "IND", "generic", "CVL")
POLICE = Actor("India police", "IND", "generic", "COP")
RUSSIA, UKRAINE = Actor("Russia", "RUS", "GPE"), Actor("Ukraine", "UKR", "GPE")

LET_GO = "गृह मंत्रालय ने बाढ़ में फंसे प्रवासी मजदूरों और छात्रों को विशेष बसों से अपने गांव लौटने की अनुमति दे दी है।"
LET_GO_RETOLD = "सरकार के आदेश के अनुसार फंसे हुए छात्रों, मजदूरों और तीर्थयात्रियों को बसों के जरिए गांव लौटने की इजाजत मिलेगी।"
OTHER_ORDER = "गृह मंत्रालय ने राज्यों से अस्पतालों में डॉक्टरों की सुरक्षा के इंतजाम पुख्ता करने को कहा।"
CROWD = "हजारों मजदूर स्टेशन के बाहर जमा होकर गांव लौटने के लिए बसें चलाने की मांग करने लगे।"
CROWD_RETOLD = "स्टेशन पर जुटे मजदूर बसें चलाने और गांव लौटने देने की मांग कर रहे थे।"
STRIKES = "रूस ने रात भर यूक्रेन के खारकीव शहर पर 40 ड्रोन से हमला किया।"
STRIKES_AGAIN = "रूस ने रात भर यूक्रेन के खारकीव शहर पर 25 ड्रोन से हमला किया।"


def r(article: str, source: Actor | None, target: Actor | None, date: str | None, published: str,
      evidence: str, type_: str = "CONCEDE") -> Mention:
    return Mention(article, 0, type_, "asserted", source, target, date, published, evidence=evidence)


SAME = [
    ("one day, the ministry and the government, the same content words in other wording",
     r("a", MINISTRY, WORKERS, "2024-07-10", "2024-07-11", LET_GO),
     r("b", GOVERNMENT, STUDENTS, "2024-07-10", "2024-07-11", LET_GO_RETOLD)),
    ("undated reports a day apart",
     r("a", MINISTRY, WORKERS, None, "2024-07-11", LET_GO), r("b", AUTHORITIES, WORKERS, None, "2024-07-12", LET_GO_RETOLD)),
    ("the publication day told as the day ('आज') and the day before told by date",
     r("a", MINISTRY, WORKERS, "2024-07-10", "2024-07-11", LET_GO),
     r("b", GOVERNMENT, WORKERS, "2024-07-11", "2024-07-11", LET_GO_RETOLD)),
]
DISTINCT = [
    ("the same sides and day, another order", r("a", MINISTRY, WORKERS, "2024-07-10", "2024-07-11", LET_GO),
     r("b", GOVERNMENT, WORKERS, "2024-07-10", "2024-07-11", OTHER_ORDER)),
    ("two days apart, however alike the words", r("a", MINISTRY, WORKERS, "2024-07-09", "2024-07-11", LET_GO),
     r("b", GOVERNMENT, WORKERS, "2024-07-11", "2024-07-11", LET_GO_RETOLD)),
    ("a day told by a later paper is no publication day", r("a", MINISTRY, WORKERS, "2024-07-10", "2024-07-11", LET_GO),
     r("b", GOVERNMENT, WORKERS, "2024-07-11", "2024-07-13", LET_GO_RETOLD)),
    ("no side named: two crowds of workers asking to go home",
     r("a", WORKERS, GOVERNMENT, "2024-07-10", "2024-07-11", CROWD, "REQUEST"),
     r("b", WORKERS, GOVERNMENT, "2024-07-10", "2024-07-11", CROWD_RETOLD, "REQUEST")),
    ("sides that do not fit (the police are not the ministry)",
     r("a", MINISTRY, WORKERS, "2024-07-10", "2024-07-11", LET_GO), r("b", POLICE, WORKERS, "2024-07-10", "2024-07-11", LET_GO_RETOLD)),
    ("the same strikes told on two days with other numbers",
     r("a", RUSSIA, UKRAINE, "2024-07-10", "2024-07-10", STRIKES, "ASSAULT"),
     r("b", RUSSIA, UKRAINE, "2024-07-11", "2024-07-11", STRIKES_AGAIN, "ASSAULT")),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME, ids=[c[0] for c in SAME])
def test_one_event_retold_merges(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 1, case
    assert why_apart(first, second) is None and why_apart(second, first) is None


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_other_events_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case
    assert why_apart(first, second) is not None


def test_the_threshold_is_a_setting() -> None:
    first, second = SAME[0][1], SAME[0][2]
    assert len(merge_events([first, second], MergeSettings(same_words=0.9))) == 2


@pytest.mark.parametrize(("sentence", "words"), [
    ("पुलिस ने तीन युवकों को गिरफ्तार किया है।", {"पुलिस", "युवक"}),
    ("मजदूरों और छात्रों को घर जाने की अनुमति दी गई", {"मजदूर", "छात्र", "घर", "अनुमति"}),
    ("वे 12 बजे तक लौट आएंगे", {"बज", "लौट", "आएंग"}),
])
def test_content_words_are_stems_without_function_words(sentence: str, words: set[str]) -> None:
    assert content_words(sentence) == words
