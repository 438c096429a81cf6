"""A body the knowledge base knows only by its name from annotated news (no country, no kind:
a hospital, a police station, an orchestra) takes the country of the other side of its event
when that side is all of one country, as a body the knowledge base lacks does
(``event_sides.with_home``); an international body, an alliance or a movement across states
(entries that say what they are) keeps having no country."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document, Entity
from ghatna.extraction.event_sides import of_one_country
from ghatna.text.tokens import tokenize

BODY = "जिलाधिकारी ने संस्थान को निर्देश दिए।"


def document() -> Document:
    return Document(source="test", raw=BODY, body=BODY, tokens=tokenize(BODY))


def official() -> Entity:
    return Entity(key="generic:IND:officials", name="India officials", type="ORG", kb_id=None, country="IND",
                  sector="GOV", role="officials", kind="generic")


@pytest.mark.parametrize(("kb_id", "kind", "expected"), [
    ("annotations:org:district-hospital", None, "IND"),   # known by its name only: the other side's country
    (None, "unlinked", "IND"),                           # a body the knowledge base lacks: as before
    ("ghatna:org:world-food-programme", "igo", None),     # an international body keeps none
    ("ghatna:org:a-movement", "religious", None),         # a movement across states keeps none
])
def test_known_body_takes_home_only_without_a_kind(kb_id: str | None, kind: str | None, expected: str | None) -> None:
    body = Entity(key=kb_id or "unlinked:body", name="Body", type="ORG", kb_id=kb_id, country=None, sector=None,
                  kind=kind)
    _, targets = of_one_country(document(), [official()], [body])
    assert targets[0] is not None and targets[0].country == expected


@pytest.mark.parametrize(("text", "body"), [
    # international bodies that annotated news named without a country: the hand-made entry says what they are
    ("आईसीजी ने म्यांमार की सेना पर मानवाधिकार हनन का आरोप लगाया।", "International Crisis Group"),
    ("यूएनडब्ल्यूटीओ ने थाईलैंड सरकार से पर्यटकों को राहत देने की अपील की।", "World Tourism Organization"),
])
def test_international_body_keeps_no_country(text: str, body: str) -> None:
    events = ghatna.extract(text).events
    sides = [side for e in events for side in (e.source, e.target) if side is not None and side.name == body]
    assert sides and all(side.country is None for side in sides)
