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


def sides_of(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    """(type, source country, target country) of every event of the text."""
    evs = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # an office of a state named before it, told bare, then "उन्होंने": that office of that state
    ("पाकिस्तान के विदेश मंत्री ने प्रेस वार्ता की। उन्होंने भारत की आलोचना की।", ("ACCUSE", "PAK", "IND")),
    ("चीनी राजदूत ने प्रेस वार्ता की। उन्होंने अमेरिका पर आरोप लगाया।", ("ACCUSE", "CHN", "USA")),
    ("नेपाल के प्रधानमंत्री ने संसद को संबोधित किया। उन्होंने भारत से बातचीत की अपील की।", ("REQUEST", "NPL", "IND")),
    # a named holder still comes first
    ("जापान के विदेश मंत्री तोशिमित्सु मोतेगी ने बैठक बुलाई। उन्होंने चीन की आलोचना की।", ("ACCUSE", "JPN", "CHN")),
])
def test_pronoun_after_an_office_of_a_state(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in sides_of(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    # a bare national body in a story filed from abroad is the body of the place it is filed from
    ("बीजिंग, 5 मार्च। विदेश मंत्रालय के प्रवक्ता ने भारत पर आरोप लगाया।", ("ACCUSE", "CHN", "IND")),
    ("इस्लामाबाद, 9 जून। विदेश मंत्रालय ने भारत के उप उच्चायुक्त को तलब किया।", ("ACCUSE", "PAK", "IND")),
    # filed at home, or the body told with its country: as the words say
    ("नई दिल्ली, 5 मार्च। विदेश मंत्रालय ने पाकिस्तान के उप उच्चायुक्त को तलब किया।", ("ACCUSE", "IND", "PAK")),
    ("इस्लामाबाद, 9 जून। भारतीय विदेश मंत्रालय ने पाकिस्तान के आरोपों को खारिज किया।", ("REJECT", "IND", "PAK")),
    # a group left unnamed takes the dateline's country; the body still is the dateline's
    ("ढाका, 4 अगस्त। स्वास्थ्य मंत्रालय ने लोगों से घर में रहने की अपील की।", ("REQUEST", "BGD", "BGD")),
    # India's own story abroad: an Indian delegation acts, or the dateline names an Indian place too
    (("न्यूयॉर्क, 24 सितंबर। विदेश मंत्री एस जयशंकर संयुक्त राष्ट्र महासभा में भाग लेने पहुंचे हैं। विदेश मंत्रालय ने "
      "पाकिस्तान पर आतंकवाद को बढ़ावा देने का आरोप लगाया।"), ("ACCUSE", "IND", "PAK")),
    ("टोक्यो, 24 सितंबर। प्रधानमंत्री मोदी ने जापानी उद्योगपतियों से मुलाकात की। विदेश मंत्रालय ने चीन की आलोचना की।",
     ("ACCUSE", "IND", "CHN")),
    ("काठमांडू/नई दिल्ली, 3 अप्रैल। विदेश मंत्रालय ने नेपाल से सीमा विवाद पर वार्ता की मांग की।", ("REQUEST", "IND", "NPL")),
    # the other side is the dateline's country: the body is not that country's own
    ("बीजिंग, 12 जुलाई। विदेश मंत्रालय ने सीमा पर घुसपैठ के लिए चीन पर आरोप लगाया।", ("ACCUSE", "IND", "CHN")),
    ("दुबई, 2 मई। विदेश मंत्रालय ने संयुक्त अरब अमीरात से फंसे भारतीयों को निकालने में मदद मांगी।", ("REQUEST", "IND", "ARE")),
    # Washington's and London's foreign offices are not told "विदेश मंत्रालय"
    ("लंदन, 8 जून। विदेश मंत्रालय ने रूस की आलोचना की।", ("ACCUSE", "IND", "RUS")),
])
def test_bare_body_in_a_story_filed_from_abroad(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in sides_of(text, pipeline)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a deed told without its doer right after one of its kind was told of a foreign force: that force
    (("नई दिल्ली, 5 मार्च। भारत ने पाकिस्तान की आलोचना की। पाकिस्तान की एक अदालत ने पूर्व मंत्री को दोषी ठहराया। "
      "उन्हें सात साल की सजा सुनाई गई।"), ("COERCE", "PAK"), ("COERCE", "IND")),
    # no force of its kind told before: the sentence's country as before
    ("लखनऊ, 5 मार्च। मुख्यमंत्री ने राज्य के किसानों से बात की। तीन लोगों को हिरासत में लिया गया।",
     ("COERCE", "IND"), ("COERCE", "PAK")),
    # the sentence names its own country: that one's, whichever force acted before
    (("बांग्लादेश पुलिस ने सीमा पर तीन घुसपैठियों को पकड़ा। भारतीय अधिकारियों ने कहा कि चौथे घुसपैठिए को हिरासत "
      "में लिया गया है।"), ("COERCE", "IND"), ("COERCE", "BGD")),
    # the sentence names only the foreigner sentenced and nothing places it (the story moves between
    # countries): the court told just before, not the country of the one it acts on
    (("अमरीका के शिकागो की एक अदालत ने मुंबई हमलों के मामले में डेविड हेडली को 35 साल की सज़ा सुनाई है। "
      "जबकि उसके साथी तहव्वुर राणा को 15 जनवरी को सज़ा सुनाई जाएगी।"), ("COERCE", "USA"), ("COERCE", "CAN")),
])
def test_implied_doer_is_the_force_of_its_kind_told_just_before(pipeline: Pipeline, text: str,
                                                                 expected: tuple[str, str],
                                                                 not_expected: tuple[str, str]) -> None:
    doers = {(e.type, e.source.country if e.source else None)
             for e in ghatna.extract(text, pipeline=pipeline).events if "implicit" in e.evidence.rule}
    assert expected in doers
    assert not_expected not in doers


def test_a_foreign_ministry_abroad_is_named_for_its_country(pipeline: Pipeline) -> None:
    """India's "Ministry of External Affairs" filed from Beijing is China's Ministry of Foreign Affairs."""
    doc = ghatna.extract("बीजिंग, 5 मार्च। विदेश मंत्रालय ने अमेरिका की आलोचना की।", pipeline=pipeline)
    assert {e.source.name for e in doc.events if e.source} == {"Ministry of Foreign Affairs of China"}
