"""Negation over coordinated nouns (issue 10): deeds named as a list before one light verb share
its negation, future or doubt ("धरना, प्रदर्शन या हड़ताल नहीं करेंगे": none of them is held), so
the first conjunct is not told as done. A deed with a verb of its own keeps its own modality
("धरना दिया और हड़ताल नहीं की": the sit-in was held). All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def modalities(text: str, plover: str) -> list[str]:
    return sorted(e.modality for e in ghatna.extract(text).events if e.type == plover)


@pytest.mark.parametrize(("text", "plover", "told"), [
    ("किसान यूनियन ने इस हफ्ते कोई रैली या प्रदर्शन न करने का निर्णय लिया।", "PROTEST", ["negated"]),
    ("शिक्षक संघ ने प्रदर्शन या हड़ताल नहीं करने का निर्णय लिया।", "PROTEST", ["negated"]),
    ("व्यापारी संघ ने प्रदर्शन अथवा धरना नहीं करने की घोषणा की।", "PROTEST", ["negated"]),
    ("मजदूर संगठनों ने धरना, प्रदर्शन या हड़ताल नहीं करने का फैसला किया।", "PROTEST", ["negated"]),
    ("भारत और पाकिस्तान के बीच न तो बैठक होगी और न ही वार्ता।", "CONSULT", ["negated"]),
    # the list shares a future as well
    ("किसान यूनियन अगले सप्ताह प्रदर्शन और धरना करेगी।", "PROTEST", ["planned"]),
])
def test_coordinated_deeds_share_the_verb_modality(text: str, plover: str, told: list[str]) -> None:
    assert modalities(text, plover) == told


@pytest.mark.parametrize(("text", "plover", "told"), [
    # one verb, told as done: the whole list is done
    ("विपक्ष ने शहर में प्रदर्शन और धरना किया।", "PROTEST", ["asserted"]),
    # a deed with a verb of its own keeps it; only the one next to the negation is not held
    ("मजदूरों ने धरना दिया और हड़ताल नहीं की।", "PROTEST", ["asserted", "negated"]),
    ("किसान यूनियन ने प्रदर्शन किया और आंदोलन जारी रखने की बात कही।", "PROTEST", ["asserted"]),
    # a clause break is no list
    ("छात्रों ने प्रदर्शन किया, हड़ताल नहीं की।", "PROTEST", ["asserted", "negated"]),
])
def test_deeds_with_their_own_verb_keep_their_modality(text: str, plover: str, told: list[str]) -> None:
    assert modalities(text, plover) == told
