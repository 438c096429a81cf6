"""A generic group takes another country than its home only on evidence that the story happens
abroad (``actors.story_countries``): a place abroad where something happens, or several people or
bodies of that country; one foreign leader, a foreign doer, or foreigners told only as the object of
anger leave an Indian story Indian. An attacker the text does not know takes no home country, nor
the country a victim has only by that default (``references.localise``, ``agentless.local_doer``).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_generic_home import dyads

import ghatna
from ghatna.document import Entity
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module", name="pipeline")
def rule_coder() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign leader as the object of anger: the protest and the arrests are at home
    (("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप के खिलाफ छात्रों में भारी नाराजगी है। कॉलेज के बाहर छात्रों ने नारेबाजी की। "
     "पुलिस ने दस छात्रों को हिरासत में ले लिया।"), ("COERCE", "IND", "IND")),
    (("चीनी राष्ट्रपति शी जिनपिंग के विरोध में व्यापारियों ने दुकानें बंद रखीं। पुलिस ने पांच व्यापारियों को "
     "गिरफ्तार कर लिया।"), ("COERCE", "IND", "IND")),
    # two of them, both only what the anger is aimed at
    (("शी जिनपिंग और चीनी कम्युनिस्ट पार्टी के खिलाफ लोगों में गुस्सा है। पुलिस ने बीस प्रदर्शनकारियों को "
     "गिरफ्तार किया।"), ("COERCE", "IND", "IND")),
    # one foreign doer, then news from home
    ("पाकिस्तानी सेना ने सीमा पर गोलाबारी की। दूसरी ओर, अदालत ने बलात्कार के दोषी को दस साल की सजा सुनाई।",
     ("COERCE", "IND", "IND")),
    ("इमरान खान ने कहा कि बातचीत जरूरी है। इस बीच पुलिस ने तीन तस्करों को गिरफ्तार कर लिया।",
     ("COERCE", "IND", "IND")),
    # a default doer (a deed told without one) on the same evidence
    ("चीनी सेना ने घुसपैठ की कोशिश की। इधर, चोरी के आरोप में दो युवकों को गिरफ्तार किया गया।",
     ("COERCE", "IND", "IND")),
])
def test_foreigners_named_in_a_story_at_home_leave_it_at_home(text: str, expected: tuple[str, str, str],
                                                              pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found
    assert not any(t == expected[0] and (src, tgt) != ("IND", "IND") for t, src, tgt in found)


@pytest.mark.parametrize(("text", "expected"), [
    # several people of one country acting, no place: their country's story
    (("डोनाल्ड ट्रंप और माइक पेंस ने चुनाव नतीजों पर सवाल उठाए। अदालत ने चुनाव में धांधली के आरोपी को जेल "
     "भेज दिया।"), ("COERCE", "USA", "USA")),
    (("व्लादिमीर पुतिन और सर्गेई लावरोव ने पश्चिमी देशों पर आरोप लगाए। पुलिस ने विपक्षी नेता के समर्थकों को "
     "गिरफ्तार कर लिया।"), ("COERCE", "RUS", "RUS")),
])
def test_several_actors_of_one_country_set_the_story_there(text: str, expected: tuple[str, str, str],
                                                           pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found
    assert not any("IND" in (src, tgt) for _, src, tgt in found)


def doers(text: str, pipeline: Pipeline) -> list[Entity]:
    return [e.source for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "ASSAULT" and e.source]


@pytest.mark.parametrize("text", [
    # a word of Indian district rule places the victim, not an attacker the text does not know
    "थाने में रिपोर्ट लिखाने गए किसान के साथ मारपीट की गई।",
    "कोतवाली के सामने एक दुकानदार के साथ मारपीट की गई।",
    "थानेदार ने बताया कि युवक को पीट-पीटकर घायल कर दिया गया।",
    "अज्ञात हमलावरों ने थाने के पास एक व्यापारी पर हमला कर दिया।",
    "नकाबपोश बदमाशों ने कोतवाली क्षेत्र में एक सुनार को गोली मार दी।",
])
def test_unknown_attacker_takes_no_home_country(text: str, pipeline: Pipeline) -> None:
    found = doers(text, pipeline)
    assert found and all(e.country is None for e in found)


@pytest.mark.parametrize("text", [
    # a place the text names gives the local doer its country (attacks.yaml local_doers)
    "पटना में एक महिला के साथ मारपीट की गई।",
    "लखनऊ में अज्ञात हमलावरों ने एक व्यापारी पर हमला कर दिया।",
])
def test_attacker_of_a_placed_crime_keeps_its_country(text: str, pipeline: Pipeline) -> None:
    found = doers(text, pipeline)
    assert found and all(e.country == "IND" for e in found)
