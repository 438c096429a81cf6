"""Diplomatic events told with a counterpart, a meeting owned by a state, a withdrawal of troops.

- "अपने समकक्ष" (one's counterpart) holds the same office in another state: it takes the
  country the words before it give ("अर्जेंटीना के अपने समकक्ष", "अपने जापानी समकक्ष", "इटली में
  अपने समकक्ष"), never the subject's own through the reflexive; one the text gives no other
  country is no side one can name (no event between two Indians).
- "भारत की ईरान से बातचीत": a state in the genitive right before the partner of a meeting noun
  owns the meeting; not a group owning an oblique partner ("राज्यों के मुख्यमंत्रियों से").
- "सैनिकों को हटाया/हटाएगा", "सेना को हटा लिया": troops taken out are a withdrawal.
- "नैटो" is NATO.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def found(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in ghatna.extract(text, pipeline=pipeline).events}


def pairs(text: str, plover: str, pipeline: Pipeline) -> set[frozenset[str | None]]:
    return {frozenset({src, tgt}) for kind, src, tgt, _ in found(text, pipeline) if kind == plover}


@pytest.mark.parametrize(("text", "plover", "sides"), [
    ("ब्राजील के विदेश मंत्री ने अर्जेंटीना के अपने समकक्ष से मुलाकात की।", "CONSULT", {"BRA", "ARG"}),
    ("भारतीय प्रधानमंत्री ने बांग्लादेश की अपनी समकक्ष के साथ वार्ता की।", "CONSULT", {"IND", "BGD"}),
    ("रक्षा मंत्री ने अपने जापानी समकक्ष के साथ टोक्यो में बैठक की।", "CONSULT", {"IND", "JPN"}),
    ("फ्रांस के राष्ट्रपति ने इटली में अपने समकक्ष से बात की।", "CONSULT", {"FRA", "ITA"}),
    ("केन्या के राष्ट्रपति ने तंजानिया के अपने समकक्ष को फोन किया।", "CONSULT", {"KEN", "TZA"}),
    ("इजरायल के प्रधानमंत्री भारत के अपने समकक्ष से फोन पर बात करेंगे।", "CONSULT", {"ISR", "IND"}),
    ("पोलैंड के विदेश मंत्री ने अपने यूक्रेनी समकक्ष से कीव में मुलाकात की थी।", "CONSULT", {"POL", "UKR"}),
])
def test_a_counterpart_is_of_the_other_state(text: str, plover: str, sides: set[str], pipeline: Pipeline) -> None:
    assert frozenset(sides) in pairs(text, plover, pipeline)


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री ने नई दिल्ली में अपने समकक्ष से मुलाकात की।",
    "विदेश मंत्री ने आज अपने समकक्ष के साथ बातचीत की।",
])
def test_a_counterpart_of_no_other_country_is_no_side(text: str, pipeline: Pipeline) -> None:
    assert not any(len(p) == 1 for p in pairs(text, "CONSULT", pipeline))


@pytest.mark.parametrize(("text", "plover", "sides", "modality"), [
    ("इस मुद्दे पर भारत की ईरान से बातचीत चल रही है।", "CONSULT", ("IND", "IRN"), "asserted"),
    ("रूस की यूक्रेन के साथ वार्ता इस्तांबुल में हुई।", "CONSULT", ("RUS", "UKR"), "asserted"),
    ("सीमा विवाद पर चीन की वियतनाम से बातचीत हनोई में संपन्न हुई।", "CONSULT", ("CHN", "VNM"), "asserted"),
    ("चीन की भारत से बातचीत नहीं हुई।", "CONSULT", ("CHN", "IND"), "negated"),
])
def test_a_state_owns_a_meeting_with_its_partner(text: str, plover: str, sides: tuple[str, str], modality: str,
                                                pipeline: Pipeline) -> None:
    assert (plover, *sides, modality) in found(text, pipeline)


@pytest.mark.parametrize("text", [
    "ईरान की सरकार ने बातचीत की।",
    "गृह मंत्री ने पूर्वोत्तर के सात राज्यों के मुख्यमंत्रियों से शिलांग में बातचीत की।",
])
def test_a_genitive_owning_something_else_owns_no_meeting(text: str, pipeline: Pipeline) -> None:
    sources = {e.source.role for e in ghatna.extract(text, pipeline=pipeline).events if e.source}
    assert "state government" not in sources
    assert not any(src == tgt for kind, src, tgt, _ in found(text, pipeline) if kind == "CONSULT" and src != "IND")


@pytest.mark.parametrize(("text", "sides", "modality"), [
    ("तुर्की ने सीरिया के दो कस्बों से अपनी सेना को हटा लिया।", ("TUR", "SYR"), "asserted"),
    ("ब्रिटेन ने अफगानिस्तान से अपने सैनिकों को हटा लिया है।", ("GBR", "AFG"), "asserted"),
    ("जर्मनी ने कहा कि वह इराक से अपने सैनिकों को हटाएगा।", ("DEU", "IRQ"), "planned"),
    ("फ्रांस ने माली से अपनी फौज को हटाने का काम पूरा किया।", ("FRA", "MLI"), "asserted"),
])
def test_troops_taken_out_are_a_withdrawal(text: str, sides: tuple[str, str], modality: str,
                                           pipeline: Pipeline) -> None:
    assert ("RETREAT", *sides, modality) in found(text, pipeline)


@pytest.mark.parametrize("text", [
    "अमेरिका ने सोमालिया से अपने सैनिकों को नहीं हटाया।",
    "रूस ने जॉर्जिया से अपने सैनिकों को हटाने से इनकार कर दिया।",
])
def test_troops_kept_are_no_withdrawal(text: str, pipeline: Pipeline) -> None:
    assert not any(kind == "RETREAT" and modality == "asserted" for kind, _, _, modality in found(text, pipeline))


def test_troops_asked_out_are_a_request(pipeline: Pipeline) -> None:
    got = found("इराक ने तुर्की से अपने सैनिकों को हटाने को कहा।", pipeline)
    assert ("REQUEST", "IRQ", "TUR", "asserted") in got
    assert not any(kind == "RETREAT" and modality == "asserted" for kind, _, _, modality in got)


def test_nato_spelled_with_ai(pipeline: Pipeline) -> None:
    events = ghatna.extract("नैटो ने कहा है कि वह इराक से कुछ सैनिकों को हटायेगा।", pipeline=pipeline).events
    assert any(e.type == "RETREAT" and e.source and e.source.name == "NATO" for e in events)
