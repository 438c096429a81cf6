"""The punctuation checks the event rules make after every token (``ends_clause``,
``clause_breaks``): a mark of the set between two tokens, and nothing else, counts."""

from __future__ import annotations

import pytest

from ghatna.document import Document
from ghatna.extraction.clause_openings import ends_clause
from ghatna.extraction.triggers import clause_breaks
from ghatna.text.tokens import tokenize


def doc_of(text: str) -> Document:
    return Document(source="t", raw=text, body=text, tokens=tokenize(text))


@pytest.mark.parametrize(("text", "ends"), [
    ("मंत्री आए, बोले", [False, True, False]),
    ("मंत्री आए; बोले", [False, True, False]),
    ("वह बोले: “हम आएंगे”", [False, True, False, True]),
    ("मंत्री आए - बोले", [False, False, False]),  # a dash ends no clause here
    ("मंत्री (आए) बोले", [False, False, False]),
    ("मंत्री आए। बोले?", [False, True, True]),
])
def test_ends_clause_after_a_mark(text: str, ends: list[bool]) -> None:
    doc = doc_of(text)
    words = [k for k, t in enumerate(doc.tokens) if t.text[:1].isalpha() or t.text[:1] > "\u0900"]
    assert [ends_clause(doc, k) for k in words] == ends


@pytest.mark.parametrize(("text", "breaks"), [
    ("सेना ने कहा, हमला हुआ", ["हमला"]),
    ("सेना ने कहा: हमला हुआ| फिर शांति", ["हमला", "फिर"]),
    ("सेना (थल सेना) ने हमला किया", []),  # brackets are no break
    ("सेना ने “हमला” किया", []),  # nor quote marks
])
def test_clause_breaks_follow_clause_marks(text: str, breaks: list[str]) -> None:
    doc = doc_of(text)
    assert [doc.tokens[k].text for k in clause_breaks(doc, 0, len(doc.tokens))] == breaks
