"""Checks the event and entity rules make at every token, as they gave them before being made
cheaper: punctuation after a token (``ends_clause``, ``clause_breaks``: a mark of the set between
two tokens, and nothing else, counts), a clause opened by asking (``is_asked_clause``), the
gazetteer's candidates at each token (``Gazetteer.scan``)."""

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


@pytest.mark.parametrize(("clause", "asks"), [
    ("मंत्री ने पूछा कि", True),  # a form of पूछना
    ("पुलिस पता लगा रही है कि", True),  # a phrase of several words
    ("अभी पता चला है कि", False),  # its first word without the rest
    ("मंत्री ने बताया कि", False),
])
def test_a_clause_opened_by_asking(clause: str, asks: bool) -> None:
    from ghatna.extraction.untold import is_asked_clause

    doc = doc_of(f"{clause} हमला किसने किया")
    start = next(k for k, t in enumerate(doc.tokens) if t.text == "कि") + 1
    assert is_asked_clause(doc, 0, start) is asks


def test_gazetteer_scan_reads_the_keys_as_the_tokens_give_them() -> None:
    from ghatna import Settings
    from ghatna.extraction.lexicon import build_resources

    gazetteer = build_resources(Settings()).gazetteer
    text = "भारत के प्रधानमंत्री नरेंद्र मोदी और अमेरिका के राष्ट्रपति ने संयुक्त राष्ट्र में बात की"
    tokens = tokenize(text)
    scanned = gazetteer.scan(text, tokens)
    assert scanned == [gazetteer.match_at(tokens, i, text) if gazetteer.lengths.get(t.key) else []
                       for i, t in enumerate(tokens)]
    assert any(len(m.form.tokens) > 1 for found in scanned for m in found)  # "संयुक्त राष्ट्र", a name of two words
