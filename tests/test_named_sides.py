"""Sides the knowledge base lacks: a name the model tags a place told as the doer, and the
abbreviations of bodies it knows."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document, Entity, Span
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.event_sides import as_actor, placed
from ghatna.extraction.lexicon import build_resources
from ghatna.pipeline import Pipeline


def unplaced(name: str, doc: Document | None = None) -> Entity:
    """A name the model found and tagged a place, of no country and not in the knowledge base."""
    mentions = []
    if doc is not None:
        start = doc.body.index(name)
        mentions = [Span(start, start + len(name), name, "model:test", 0.99)]
    return Entity(key=f"ner:GPE:{name}", name=name, type="GPE", kb_id=None, country=None, sector=None,
                  kind="named", mentions=mentions)


@pytest.mark.parametrize(("doer", "kept"), [
    (True, True),    # "X ने हमला किया": a place does not act, the model took a person or body for one
    (False, False),  # "X पर कब्जा": a place of no country one knows is no side
])
def test_unplaced_name_is_a_side_only_as_the_doer(pipeline: Pipeline, doer: bool, kept: bool) -> None:
    res = build_resources(pipeline.settings)
    ent = unplaced("रामनगरिया")
    assert (as_actor(ent, res, doer=doer) is ent) is kept


def test_a_known_city_still_stands_for_its_country(pipeline: Pipeline) -> None:
    doc = ghatna.extract("पुणे में बारिश हुई।", pipeline=pipeline)
    city = next(e for e in doc.entities if e.country == "IND" and e.type == "GPE")
    res = build_resources(pipeline.settings)
    actor = as_actor(city, res, doer=True)
    assert actor is not None and actor.kind == "country" and actor.country == "IND"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("जयपुर में कल शाम रामनगरिया ने दुकानदार को पीटा।", "रामनगरिया", "IND"),
    ("काठमांडू में कल शाम रामनगरिया ने दुकानदार को पीटा।", "रामनगरिया", "NPL"),
])
def test_unplaced_doer_takes_the_country_its_sentence_is_set_in(pipeline: Pipeline, text: str, name: str,
                                                                country: str) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    ent = unplaced(name, doc)
    actor = as_actor(ent, build_resources(pipeline.settings), doer=True)
    assert actor is not None
    assert placed(doc, actor, index_range(doc, doc.sentences[0])).country == country


@pytest.mark.parametrize("text", [
    "श्रीलंका के सरकारी रेडियो ने एआईआर से पुराने गीतों की रिकॉर्डिंग मांगी।",
    "एआइआर के समाचार प्रभाग ने नई सेवा शुरू की।",
])
def test_abbreviation_links_the_body(pipeline: Pipeline, text: str) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    radio = [e for e in doc.entities if e.name == "All India Radio"]
    assert radio and radio[0].country == "IND"
