"""Offices of foreign states and international bodies as the sides of diplomatic events.

- An office word the knowledge base has as a title only (चांसलर, महासचिव, युवराज, राजदूत,
  उच्चायुक्त) is the unnamed holder of that office, of the state or body before it; never a
  person named after the word ("Chanslar", "Mahaschiv"), nor of the country it acts on.
- An envoy (राजदूत, उच्चायुक्त) of a state stands for that state ("पाकिस्तान के उच्चायुक्त को तलब
  किया" summons Pakistan); an envoy the text names is that person.
- A body's head or delegation ("विश्व बैंक के अध्यक्ष से", "हमास के प्रतिनिधिमंडल ने") is the body
  as the side of the event.
- An office owned by states the text does not name ("सदस्य देशों के विदेश मंत्री") is of no
  country one knows, not India's as a bare "विदेश मंत्री ने" is.
- A meeting told as the frame of a clause ("Y से मुलाकात के बाद X ने कहा") was held by the
  clause's agent with Y.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def sides(text: str, plover: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    events = ghatna.extract(text, pipeline=pipeline).events
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.type == plover}


def source_names(text: str, pipeline: Pipeline) -> set[str]:
    return {e.source.name for e in ghatna.extract(text, pipeline=pipeline).events if e.source}


@pytest.mark.parametrize(("text", "plover", "pair"), [
    ("ऑस्ट्रिया के चांसलर ने बुधवार को वियना में इटली के प्रधानमंत्री से मुलाकात की।", "CONSULT", ("AUT", "ITA")),
    ("जर्मन चांसलर ने रूसी राष्ट्रपति पर चुनाव में दखल देने का आरोप लगाया।", "ACCUSE", ("DEU", "RUS")),
    ("कतर के युवराज ने ब्रिटेन के प्रधानमंत्री से फोन पर बात की थी।", "CONSULT", ("QAT", "GBR")),
    ("बहरीन के क्राउन प्रिंस ने सोमवार को फ्रांस के राष्ट्रपति से भेंट की।", "CONSULT", ("BHR", "FRA")),
    ("बांग्लादेशी उच्चायुक्त ने म्यांमार पर शरणार्थियों को लौटाने में देरी का आरोप लगाया।", "ACCUSE", ("BGD", "MMR")),
    ("नई दिल्ली में तैनात जापान के राजदूत ने वियतनाम के विदेश मंत्री से मुलाकात की।", "CONSULT", ("JPN", "VNM")),
])
def test_an_office_of_a_state_acts_for_that_state(text: str, plover: str, pair: tuple[str, str],
                                                  pipeline: Pipeline) -> None:
    assert pair in sides(text, plover, pipeline)


@pytest.mark.parametrize(("text", "target"), [
    ("नाटो के महासचिव ने बेलारूस की कड़ी आलोचना की।", "BLR"),
    ("संयुक्त राष्ट्र महासचिव ने इथियोपिया से संघर्ष रोकने की अपील की।", "ETH"),
])
def test_a_secretary_general_is_of_the_body_not_the_state_addressed(text: str, target: str,
                                                                     pipeline: Pipeline) -> None:
    found = sides(text, "ACCUSE", pipeline) | sides(text, "REQUEST", pipeline)
    assert (None, target) in found
    assert (target, target) not in found


@pytest.mark.parametrize("text", [
    "स्पेन के चांसलर ने पुर्तगाल की सराहना की।",
    "अफ्रीकी संघ के महासचिव ने सूडान की निंदा की।",
    "ओमान के युवराज ने ईरान के राष्ट्रपति से मुलाकात की।",
])
def test_an_office_word_is_no_name(text: str, pipeline: Pipeline) -> None:
    names = source_names(text, pipeline)
    assert names and not any(n.startswith(("Chanslar", "Mahaschiv", "Yuvraj", "Yuvaraj")) for n in names)


def test_an_office_of_unnamed_member_states_is_not_indias(pipeline: Pipeline) -> None:
    for text in ("कई देशों के विदेश मंत्रियों ने ब्रसेल्स में ईरान के विदेश मंत्री से मुलाकात की।",
                 "खाड़ी देशों के विदेश मंत्रियों ने कतर के अमीर से मुलाकात की।"):
        assert not any("IND" in pair for pair in sides(text, "CONSULT", pipeline))


@pytest.mark.parametrize(("text", "pair"), [
    ("दक्षिण कोरियाई राष्ट्रपति से मुलाकात के बाद मंगोलिया के प्रधानमंत्री ने कहा कि दोनों देश व्यापार बढ़ाएंगे।",
     ("MNG", "KOR")),
    ("ब्राजील के राष्ट्रपति के साथ बातचीत के बाद अर्जेंटीना के विदेश मंत्री ने पत्रकारों को संबोधित किया।",
     ("ARG", "BRA")),
])
def test_a_meeting_after_which_the_agent_spoke_was_the_agents(text: str, pair: tuple[str, str],
                                                             pipeline: Pipeline) -> None:
    found = sides(text, "CONSULT", pipeline)
    assert pair in found or pair[::-1] in found


@pytest.mark.parametrize(("text", "plover", "pair"), [
    ("नीदरलैंड ने ईरान के राजदूत को तलब कर कड़ा विरोध जताया।", "ACCUSE", ("Netherlands", "Iran")),
    ("श्रीलंकाई उच्चायुक्त ने मालदीव के राष्ट्रपति से मुलाकात की।", "CONSULT", ("Sri Lanka", None)),
])
def test_an_envoy_stands_for_the_state(text: str, plover: str, pair: tuple[str, str | None],
                                      pipeline: Pipeline) -> None:
    events = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == plover]
    assert any(e.source and e.source.name == pair[0] and (pair[1] is None or (e.target and e.target.name == pair[1]))
               for e in events)


def test_a_named_envoy_is_the_person(pipeline: Pipeline) -> None:
    text = "अमरीकी राजदूत केनेथ जस्टर ने भारत सरकार की प्रशंसा की।"
    assert any(e.source and e.source.type == "PERSON" for e in ghatna.extract(text, pipeline=pipeline).events)


@pytest.mark.parametrize(("text", "plover", "pair"), [
    ("नाइजर के राष्ट्रपति ने विश्व बैंक के अध्यक्ष से नियामे में मुलाकात की।", "CONSULT", ("NER", None)),
    ("हमास के प्रतिनिधिमंडल ने काहिरा में मिस्र के खुफिया प्रमुख से मुलाकात की।", "CONSULT", (None, "EGY")),
])
def test_a_bodys_head_is_the_body(text: str, plover: str, pair: tuple[str | None, str | None],
                                  pipeline: Pipeline) -> None:
    events = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == plover]
    assert events
    assert all(e.source and e.target and e.source.country != e.target.country for e in events)
    assert any((pair[0] is None or e.source.country == pair[0]) and (pair[1] is None or e.target.country == pair[1])
               for e in events if e.source and e.target)


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("भारतीय नाविक अरुण कुमार को नाइजीरिया में गिरफ्तार किया गया था। उनका परिवार पिछले हफ्ते प्रधानमंत्री से मिला था।",
     "CONSULT", "IND"),
    (("पाकिस्तान के पूर्व प्रधानमंत्री नवाज़ शरीफ़ का लंदन में इलाज चल रहा है। उनके समर्थकों ने लंदन में ब्रिटिश सरकार"
      " के खिलाफ प्रदर्शन किया।"), "PROTEST", "PAK"),
])
def test_a_persons_people_are_of_the_persons_country(text: str, plover: str, country: str,
                                                     pipeline: Pipeline) -> None:
    events = [e for e in ghatna.extract(text, pipeline=pipeline).events if e.type == plover]
    assert any(e.source and e.source.country == country for e in events)
