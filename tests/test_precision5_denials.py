"""Domestic precision, round 2 (issue 10): denials of charges and custody told as a state.

- denying a charge ("X ने Y के आरोपों का खंडन किया", "आरोपों को निराधार/बेबुनियाद/झूठा बताया",
  "Y के आरोप बेबुनियाद हैं") is ACCUSE by X of the accuser Y, not REJECT (GUIDELINES R20 and the
  train gold); the accused ("Z पर लगे आरोप") is never its target (``denial_types`` in
  event_roles.yaml); dismissing claims that are no charge ("दावों को बेबुनियाद बताया") stays REJECT;
- being in custody ("न्यायिक हिरासत में है/हैं", "हिरासत में रहने के दौरान") is a state, no arrest;
  the act of taking or sending someone into custody is one (triggers.tsv).

Every sentence is written for this test and differs from the lexicon's examples."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def events(text: str, pipeline: Pipeline) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize(("text", "source", "target"), [
    ("पाकिस्तान ने भारत के आरोपों को झूठा बताया।", "PAK", "IND"),
    ("थाईलैंड ने कंबोडिया के आरोपों को निराधार बताया।", "THA", "KHM"),
    ("चीन ने अमेरिका के आरोपों का खंडन किया।", "CHN", "USA"),
    ("रूस ने ब्रिटेन के आरोपों को आधारहीन बताया।", "RUS", "GBR"),
    ("ईरान ने कहा कि इजराइल के आरोप बेबुनियाद हैं।", "IRN", "ISR"),
    ("बांग्लादेश ने म्यांमार के उन आरोपों का खंडन किया जिनमें सीमा पार घुसपैठ की बात कही गई थी।", "BGD", "MMR"),
    ("भारत ने नेपाल के नए नक्शे को ऐतिहासिक तथ्य बताए जाने का खंडन किया।", "IND", "NPL"),
])
def test_denying_a_charge_accuses_the_accuser(text: str, source: str, target: str, pipeline: Pipeline) -> None:
    found = events(text, pipeline)
    assert ("ACCUSE", source, target) in found
    assert not [e for e in found if e[0] == "REJECT"]


def test_the_accused_is_no_target_of_a_denial(pipeline: Pipeline) -> None:
    found = events("अमेरिका ने सऊदी अरब पर लगे आरोपों को निराधार बताया।", pipeline)
    assert not [e for e in found if e[2] == "SAU" and e[0] in ("ACCUSE", "REJECT")]


def test_dismissing_claims_stays_a_rejection(pipeline: Pipeline) -> None:
    assert ("REJECT", "IND", "CHN") in events("भारत ने चीन के दावों को बेबुनियाद बताया।", pipeline)


@pytest.mark.parametrize("text", [
    "पूर्व विधायक अभी न्यायिक हिरासत में है।",
    "दोनों व्यापारी पिछले महीने से पुलिस हिरासत में हैं।",
    "वह उन दिनों हिरासत में था और उसे वकील से मिलने नहीं दिया गया।",
    "हिरासत में रहने के दौरान कैदी की तबीयत बिगड़ गई।",
])
def test_being_in_custody_is_no_arrest(text: str, pipeline: Pipeline) -> None:
    assert "COERCE" not in {e[0] for e in events(text, pipeline)}


@pytest.mark.parametrize("text", [
    "अदालत ने व्यापारी को चौदह दिन की न्यायिक हिरासत में भेज दिया।",
    "पुलिस ने दो संदिग्धों को हिरासत में लिया है।",
])
def test_taking_into_custody_is_an_arrest(text: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    coerce = [e for e in doc.events if e.type == "COERCE"]
    assert coerce and all(e.trigger.text.startswith("हिरासत में") for e in coerce)
