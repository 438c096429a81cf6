"""A group that only the country an article names most places (``actors.context_of`` "story": no
place in its sentence) takes the other side's country when its sentence names that country's
people, bodies or places and no other's (``event_sides.told_sides``): a person acting on it, or a
group it acts on that the sentence places. Not for types whose sides are often of two countries,
a person of a body of many states, or a group acting on a person."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings

# Stories that name one country most and end on a place in it, with no dateline.
CHINA = ("चीन के वुहान शहर में संक्रमण के नए मामले मिले हैं। चीन के हुबेई प्रांत में भी सख्ती बढ़ा दी गई है। "
         "बीजिंग में स्कूल और दफ्तर बंद हैं। ")
INDIA = ("भारत के बिहार में बाढ़ से कई जिले डूबे हैं। भारत के असम में भी नदियां उफान पर हैं। "
         "पटना में राहत शिविर खोले गए हैं। ")
AMERICA = ("अमेरिका के न्यूयॉर्क में संक्रमण तेजी से फैल रहा है। अमेरिका के कैलिफोर्निया में भी हालात खराब हैं। "
           "वॉशिंगटन में दुकानें बंद हैं। ")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def last_dyads(story: str, sentence: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    """The events of the story's last sentence: type, source country, target country."""
    text = story + sentence
    doc = ghatna.extract(text, pipeline=pipeline)
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in doc.events if e.evidence.start >= len(story)}


@pytest.mark.parametrize(("story", "sentence", "expected"), [
    # a person of another country acting on a group: the group is his country's
    (CHINA, "इमरान खान ने लोगों से घरों में रहने की अपील की।", ("REQUEST", "PAK", "PAK")),
    (AMERICA, "नरेंद्र मोदी ने किसानों से धैर्य रखने की अपील की।", ("REQUEST", "IND", "IND")),
    (AMERICA, "शाहिद अफरीदी ने गुस्से में दर्शकों पर हमला कर दिया।", ("ASSAULT", "PAK", "PAK")),
    (AMERICA, "बोरिस जॉनसन ने छात्रों से परीक्षा की तैयारी जारी रखने को कहा।", ("REQUEST", "GBR", "GBR")),
    # a group acting on a group the sentence places: the same country's
    (CHINA, "अधिकारियों ने कराची के व्यापारियों को दुकानें खोलने की इजाजत दे दी।", ("CONCEDE", "PAK", "PAK")),
])
def test_group_follows_the_side_its_sentence_places(story: str, sentence: str, expected: tuple[str, str, str],
                                                    pipeline: Pipeline) -> None:
    assert expected in last_dyads(story, sentence, pipeline)


@pytest.mark.parametrize(("story", "sentence", "expected"), [
    # a condemnation is as often of a group abroad (cross_border_types)
    (CHINA, "राहुल गांधी ने प्रदर्शनकारियों की कड़ी निंदा की।", ("ACCUSE", "IND", "CHN")),
    # the UN's chief speaks for no country of his own (placeless_sectors)
    (AMERICA, "संयुक्त राष्ट्र महासचिव एंतोनियो गुटेरेश ने सरकारों से स्वास्थ्य पर खर्च बढ़ाने की अपील की।",
     ("REQUEST", "PRT", "USA")),
    # a group acting on a foreign leader stays where the story is
    (AMERICA, "प्रदर्शनकारियों ने नरेंद्र मोदी से कानून वापस लेने की मांग की।", ("REQUEST", "USA", "IND")),
    # a group named by its country acts across the border, on the story's people (review of 9655884)
    (INDIA, "पाकिस्तानी सैनिकों ने सीमा के पास ग्रामीणों पर अंधाधुंध गोलीबारी की।", ("ASSAULT", "PAK", "IND")),
    (INDIA, "पाकिस्तानी अधिकारियों ने तीस मछुआरों को रिहा कर दिया।", ("CONCEDE", "PAK", "IND")),
    # an envoy acts in the host country (envoy_roles)
    (INDIA, "ब्रिटिश उच्चायुक्त डोमिनिक एस्क्विथ ने किसानों को मदद का भरोसा दिया।", ("AID", "GBR", "IND")),
])
def test_group_keeps_the_story_country(story: str, sentence: str, expected: tuple[str, str, str],
                                       pipeline: Pipeline) -> None:
    assert expected in last_dyads(story, sentence, pipeline)

