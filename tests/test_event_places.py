"""Event places (``ghatna.extraction.event_places``): an event's place from its own sentence
or headline, tied to its trigger, linked to the knowledge base, with evidence; no place where
the words do not tie one to the event."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.api import process
from ghatna.checks import record_problems
from ghatna.document import TITLE, Document, Event
from ghatna.pipeline import Pipeline
from ghatna.store.gdelt import GEO_GDELT, action_geo
from ghatna.text.readers import RawArticle

LAT, LONG = GEO_GDELT.index("Lat"), GEO_GDELT.index("Long")


def article(pipeline: Pipeline, body: str, title: str | None = None) -> Document:
    return process(RawArticle(source="t.jsonl", text=body, title=title), pipeline)


def the_event(doc: Document, type_: str) -> Event:
    found = [e for e in doc.events if e.type == type_]
    assert found, f"no {type_} event: {[e.type for e in doc.events]}"
    return found[0]


@pytest.mark.parametrize(("text", "type_", "place", "words", "rule"), [
    ("प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को मुंबई में फ्रांस के राष्ट्रपति मैक्रों से मुलाकात की।",
     "CONSULT", ("Mumbai", "IND"), "मुंबई", "locative"),
    ("पुलवामा जिले में आतंकियों ने सेना पर हमला किया।", "ASSAULT", ("Pulwama", "IND"), "पुलवामा", "place-noun"),
    ("कश्मीर के पुलवामा जिले में आतंकियों ने सेना पर हमला किया।",          # the district, not the region
     "ASSAULT", ("Pulwama", "IND"), "पुलवामा", "place-noun"),
    ("कश्मीर घाटी के पुलवामा जिले के एक गांव में सेना के साथ मुठभेड़ में दो आतंकवादी मारे गए।",
     "ASSAULT", ("Pulwama", "IND"), "पुलवामा", "inside"),                            # a village of a district
    ("आज नई दिल्ली में कांग्रेस नेता पी. चिदंबरम ने सरकार से जांच की मांग की।",        # a name's full stop is no break
     "REQUEST", ("New Delhi", "IND"), "नई दिल्ली", "locative"),
    ("उत्तर प्रदेश के कई इलाकों में किसानों ने सरकार के खिलाफ प्रदर्शन किया।",
     "PROTEST", ("Uttar Pradesh", "IND"), "उत्तर प्रदेश", "inside"),
    ("पुलिस ने दिल्ली के पास दो आतंकियों को गिरफ्तार किया।", "COERCE", ("Delhi", "IND"), "दिल्ली", "near"),
    ("भारत के प्रधानमंत्री चीन पहुंचे।", "CONSULT", ("China", "CHN"), "चीन", "arrival"),   # a country one goes to
    ("मोदी चीन पहुंचकर शी जिनपिंग से मिले।", "CONSULT", ("China", "CHN"), "चीन", "arrival"),
    ("प्रधानमंत्री मोदी चीन के दौरे पर हैं।", "CONSULT", ("China", "CHN"), "चीन", "visit"),
    ("मोदी ने दिल्ली स्थित विज्ञान भवन में मुख्यमंत्रियों के साथ बैठक की।",
     "CONSULT", ("Delhi", "IND"), "दिल्ली", "located"),
    ("इजराइल ने गाजा पर हवाई हमला किया।", "ASSAULT", ("Gaza Strip", "PSE"), "गाजा", "on-place"),
    ("बीजिंग, 12 मई । चीन के विदेश मंत्री वांग यी ने सोमवार को यहां जापान के विदेश मंत्री के साथ बैठक की।",
     "CONSULT", ("Beijing", "CHN"), "यहां", "here"),
])
def test_each_rule_sets_the_place(pipeline: Pipeline, text: str, type_: str, place: tuple[str, str], words: str,
                                  rule: str) -> None:
    doc = article(pipeline, text)
    location = the_event(doc, type_).location
    assert location is not None, "no place"
    assert (location.name, location.country) == place
    mention = location.mentions[0]
    assert mention.rule == f"event-place:{rule}"
    assert doc.body[mention.start:mention.end] == mention.text == words


@pytest.mark.parametrize(("text", "type_"), [
    ("नई दिल्ली, 3 मार्च। भारत ने पाकिस्तान पर आरोप लगाया।", "ACCUSE"),                # a dateline city
    ("भारत के प्रधानमंत्री नरेंद्र मोदी ने फ्रांस के राष्ट्रपति मैक्रों से मुलाकात की।", "CONSULT"),  # an actor's country
    ("भारत में चीन के राजदूत ने विदेश मंत्री जयशंकर से मुलाकात की।", "CONSULT"),          # an envoy's post
    ("दिल्ली विश्वविद्यालय में छात्रों ने सरकार के खिलाफ प्रदर्शन किया।", "PROTEST"),        # inside a name
    ("मोदी ने दिल्ली में रहने वाले कश्मीरी छात्रों से मुलाकात की।", "CONSULT"),            # about someone else
    ("मोदी सोमवार को मुंबई में थे, मंगलवार को उन्होंने मैक्रों से मुलाकात की।", "CONSULT"),  # across a clause break
    ("अमेरिका ने कश्मीर में हुई हिंसा के लिए पाकिस्तान की आलोचना की।", "ACCUSE"),       # another happening's place
    ("इजराइल ने ईरान पर मिसाइल हमला किया।", "ASSAULT"),                              # a country attacked: no "in"
    ("भारत ने पाकिस्तान में हुई घटना को शर्मनाक बताया।", "ACCUSE"),                   # the incident's place
    ("भारत ने पाकिस्तान में पीड़ित लोगों के मामले में संयुक्त राष्ट्र से कार्रवाई की मांग की।", "REQUEST"),  # the matter's
    ("सीबीआई ने दिल्ली और तमिलनाडु में 34 जगह छापे मारे।", "COERCE"),                 # one of a list of places
    ("ट्रंप ने कहा कि अगर ईरान हमला करेगा तो अमेरिका ईरान में 52 स्थानों को निशाना बनाएगा।", "THREATEN"),  # the deed's
])
def test_no_place_where_the_words_do_not_tie_one(pipeline: Pipeline, text: str, type_: str) -> None:
    location = the_event(article(pipeline, text), type_).location
    assert location is None, f"placed in {location.name}"


def test_a_headline_event_is_placed_from_the_title(pipeline: Pipeline) -> None:
    title = "पुलवामा में आतंकियों ने सेना पर किया हमला"
    doc = article(pipeline, "घटना के बाद इलाके को घेर लिया गया।", title)
    event = the_event(doc, "ASSAULT")
    assert event.trigger.field == TITLE
    assert event.location is not None and event.location.name == "Pulwama"
    mention = event.location.mentions[0]
    assert mention.field == TITLE and title[mention.start:mention.end] == "पुलवामा"


def location_of(record: dict[str, Any], type_: str) -> dict[str, Any]:
    return next(e["location"] for e in record["events"] if e["type"] == type_ and e["location"])


def test_the_record_carries_the_place_with_its_evidence(pipeline: Pipeline) -> None:
    record = article(pipeline, "कश्मीर के पुलवामा जिले में आतंकियों ने सेना पर हमला किया।").to_record()
    location = location_of(record, "ASSAULT")
    assert {"name": "Pulwama", "country": "IND"}.items() <= location.items()
    evidence = location["evidence"]
    assert record["body"][evidence["start"]:evidence["end"]] == evidence["text"] == "पुलवामा"
    assert evidence["rule"] == "event-place:place-noun" and "field" not in evidence
    assert 0 < location["confidence"] <= 1
    assert record_problems(record) == []


def test_a_title_place_says_its_field(pipeline: Pipeline) -> None:
    record = article(pipeline, "घटना के बाद इलाके को घेर लिया गया।", "पुलवामा में आतंकियों ने सेना पर किया हमला").to_record()
    evidence = location_of(record, "ASSAULT")["evidence"]
    assert evidence["field"] == TITLE and record["title"][evidence["start"]:evidence["end"]] == evidence["text"]
    assert record_problems(record) == []


def test_gdelt_action_geo_has_the_coordinates_the_kb_gives(pipeline: Pipeline) -> None:
    record = article(pipeline, "प्रधानमंत्री मोदी ने मुंबई में मैक्रों से मुलाकात की।").to_record()
    location = location_of(record, "CONSULT")
    geo = action_geo({"location_name": location["name"], "location_country": location["country"]})
    assert geo[LAT] == pytest.approx(19.07, abs=0.1) and geo[LONG] == pytest.approx(72.88, abs=0.1)
