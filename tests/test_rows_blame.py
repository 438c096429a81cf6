"""Blame for a loss ('X को Y की मौत के लिए दोषी ठहराया', mode ``blame`` of triggers.tsv; review 4):
the one blamed is marked को, not the owner of the loss (``first_target_markers`` by mode), and a
court's finding of guilt is a conviction, COERCE of the convicted (``retype`` blame)."""

from __future__ import annotations

import pytest

import ghatna


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source and e.source.name, e.target and e.target.name) for e in ghatna.extract(text).events]


@pytest.mark.parametrize(("text", "expected"), [
    ("न्यायालय ने आरोपी को बच्चे की मौत के लिए दोषी ठहराया।", ("COERCE", "court", "criminals")),
    ("विपक्ष ने सरकार को मजदूरों की मौतों के लिए दोषी ठहराया।", ("ACCUSE", "opposition", "government")),
    ("मुख्यमंत्री ने केंद्र सरकार को किसानों की तबाही के लिए दोषी ठहराया।", ("ACCUSE", None, None)),
])
def test_the_one_blamed_is_marked_ko(text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = events(text)
    assert any(e[0] == expected[0] and (expected[1] is None or e[1:] == expected[1:]) for e in found), found
    assert not any(e[2] in ("children", "workers", "farmers", "young man") for e in found), found


def test_a_court_blaming_is_no_accusation() -> None:
    assert [e[0] for e in events("अदालत ने आरोपी को युवती की मौत के लिए दोषी ठहराया।")] == ["COERCE"]


def test_blame_by_a_state_stays_an_accusation() -> None:
    found = events("ईरान ने अमेरिका को इलाके में तनाव के लिए दोषी ठहराया।")
    assert [e[0] for e in found] == ["ACCUSE"], found
