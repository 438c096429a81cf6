"""A release someone had to make (issue 10): "X को रिहा करना पड़ा" is a CONCEDE (GUIDELINES: release)
to whom was released, the actor marked को nearest the trigger; who had to release is one marked को
before them, else the authorities (the type's default doer, as for "रिहा कर दिया गया"). A lone
police or government marked को is the one made to act, whom it released untold: no event. All
sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Entity, Event


def releases(text: str) -> list[Event]:
    return [e for e in ghatna.extract(text).events if e.type == "CONCEDE"]


def side(entity: Entity | None) -> str:
    return "" if entity is None else (entity.role or entity.name)


@pytest.mark.parametrize(("text", "source", "target"), [
    ("दबाव बढ़ने के बाद सरकार को पत्रकार को रिहा करना पड़ा।", "government", "journalists"),
    ("भारी विरोध के बाद पुलिस को दोनों छात्रों को रिहा करना पड़ा।", "police", "students"),
    ("भारी विरोध के बाद हिरासत में लिए गए छात्रों को रिहा करना पड़ा।", "authorities", "students"),
    ("आंदोलन तेज होने पर प्रशासन को किसानों को रिहा करना पड़ेगा।", "government", "farmers"),
])
def test_release_one_had_to_make(text: str, source: str, target: str) -> None:
    assert [(side(e.source), side(e.target)) for e in releases(text)] == [(source, target)]


@pytest.mark.parametrize("text", [
    "पुलिस को रिहा करना पड़ा।",  # the police had to release someone untold
    "सरकार को रिहा करना पड़ा।",
    "हालात बिगड़ने पर पुलिस को भीड़ पर लाठीचार्ज करना पड़ा।",  # no release at all
])
def test_release_by_whom_had_to_with_no_one_released_is_no_event(text: str) -> None:
    assert releases(text) == []


def test_a_release_not_compelled_is_read_as_before() -> None:
    assert [side(e.source) for e in releases("पुलिस ने दोनों युवकों को रिहा कर दिया।")] == ["police"]
