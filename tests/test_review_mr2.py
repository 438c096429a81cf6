"""Two review findings on issue 10, mended. All sentences are written for these tests.

(A) The talk with the press ("एबीपी न्यूज से बातचीत में", "एक समाचार चैनल से बातचीत में") is the channel
of what is said: its talk word gives no CONSULT, and its partner is not sought in the actor said
about later in the sentence (role_targets.talk_with_channel). A real talk with an actor stays.
(B) "X को <demonym> <noun> को रिहा करना पड़ा": the first marked को is the one made to release, the
demonym's phrase nearest रिहा the one released (agentless.demonym_marked)."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Entity, Event


def events(text: str, kind: str) -> list[Event]:
    return [e for e in ghatna.extract(text).events if e.type == kind]


def country(entity: Entity | None) -> str:
    return "" if entity is None else (entity.country or "")


@pytest.mark.parametrize("text", [
    "मंत्री ने एबीपी न्यूज से बातचीत में पाकिस्तान को चेतावनी दी।",
    "गृह मंत्री ने एक समाचार चैनल से बातचीत में नक्सलियों को चेतावनी दी।",
    "रक्षा मंत्री ने एनडीटीवी से बातचीत में चीन को चेतावनी दी।",
    "मुख्यमंत्री ने एक न्यूज चैनल से बातचीत में उग्रवादियों को चेतावनी दी।",
])
def test_talk_with_a_channel_is_no_consult(text: str) -> None:
    assert events(text, "CONSULT") == []


@pytest.mark.parametrize(("text", "target"), [
    ("मंत्री ने एबीपी न्यूज से बातचीत में पाकिस्तान को चेतावनी दी।", "PAK"),
    ("गृह मंत्री ने एक समाचार चैनल से बातचीत में नक्सलियों को चेतावनी दी।", "IND"),
])
def test_what_is_said_on_the_channel_keeps_its_target(text: str, target: str) -> None:
    assert [country(e.target) for e in events(text, "THREATEN")] == [target]


@pytest.mark.parametrize(("text", "target"), [
    ("मंत्री ने पाकिस्तान के विदेश मंत्री से बातचीत की।", "PAK"),
    ("प्रधानमंत्री ने चीन के राष्ट्रपति से फोन पर बातचीत की।", "CHN"),
])
def test_a_talk_with_an_actor_stays(text: str, target: str) -> None:
    assert [country(e.target) for e in events(text, "CONSULT")] == [target]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("भारी दबाव के बाद पाकिस्तान को भारतीय पायलट को रिहा करना पड़ा।", "PAK", "IND"),
    ("पाकिस्तान को भारतीय पायलट को रिहा करना पड़ा।", "PAK", "IND"),
    ("दबाव में ईरान को ब्रिटिश नाविक को रिहा करना पड़ा।", "IRN", "GBR"),
    ("कूटनीतिक दबाव के चलते रूस को अमेरिकी इंजीनियर को रिहा करना पड़ा।", "RUS", "USA"),
    ("आखिर श्रीलंका को चीनी कप्तान को रिहा करना पड़ा।", "LKA", "CHN"),
])
def test_the_demonym_phrase_nearest_the_release_is_released(text: str, source: str, target: str) -> None:
    assert [(country(e.source), country(e.target)) for e in events(text, "CONCEDE")] == [(source, target)]
