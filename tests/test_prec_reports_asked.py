"""A report, an explanation or details asked for ("रिपोर्ट तलब की", "स्पष्टीकरण तलब किया") is a
demand (REQUEST: a body that asks another to reply, GUIDELINES), not a summons; a person or an
envoy called in ("उच्चायुक्त को तलब किया") stays the lexicon's summons (ACCUSE). All sentences are
written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def types_of(text: str) -> list[str]:
    return [e.type for e in ghatna.extract(text).events]


@pytest.mark.parametrize("text", [
    "मानवाधिकार आयोग ने राज्य सरकार से चार हफ्ते में रिपोर्ट तलब की।",
    "हाईकोर्ट ने जिलाधिकारी से इस मामले में स्पष्टीकरण तलब किया है।",
    "अदालत ने आबकारी विभाग से शराब ठेकों का ब्योरा तलब किया।",
])
def test_report_asked_for_is_a_request(text: str) -> None:
    assert types_of(text) == ["REQUEST"]


def test_envoy_called_in_stays_a_summons() -> None:
    assert types_of("विदेश मंत्रालय ने पाकिस्तान के उच्चायुक्त को तलब किया।") == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "पुलिस ने पूछताछ के लिए व्यापारी को थाने में तलब किया।",
    "थानेदार ने दोनों दुकानदारों को कोतवाली में तलब किया।",
])
def test_person_called_in_is_no_demand(text: str) -> None:
    """A person called in is not asked for a report; what else it is, these tests do not lock in."""
    assert "REQUEST" not in types_of(text)
