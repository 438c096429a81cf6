"""Two review findings on event sides:

- a generic group (police, army, protesters) in a sentence told before the article names any
  place, with no dateline, takes the country of the nearest actors named before it or with it
  (``actors.group_context_country``, ``earlier_named``), never the country of a later story
  the article names more ("योगी आदित्यनाथ ने … । पुलिस ने … गिरफ्तार किया" before a paragraph
  on Pakistan: India's police); with nothing named before it, the sentence's context decides as
  before;
- the press a speaker talks to ("पत्रकारों से बातचीत में", "बीबीसी से बात करते हुए", "एनडीटीवी
  को दिए इंटरव्यू में": ``talk_channels`` of event_roles.yaml) is where something is said, never
  the target of it (``role_targets.talk_channel``).
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The rule coder alone: these tests pin the events stage, not the learned detector after it."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


Dyad = tuple[str, str | None, str | None]


def dyads(text: str, pipeline: Pipeline) -> set[Dyad]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


def targets(text: str, pipeline: Pipeline) -> set[str]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {e.target.name for e in evs if e.target}


ABROAD_LATER = {
    "PAK": "उधर पाकिस्तान के लाहौर में व्यापारियों ने बाजार बंद रखे। पाकिस्तान के कराची में भी विरोध हुआ। "
           "पाकिस्तान के मुल्तान में धरना जारी रहा।",
    "USA": "अमेरिका के वॉशिंगटन में चुनाव की तैयारी तेज है। अमेरिका के न्यूयॉर्क में रैलियां हुईं। "
           "अमेरिका के शिकागो में भी भीड़ जुटी।",
    "AFG": "अफगानिस्तान के काबुल में धमाका हुआ। अफगानिस्तान के हेलमंद में भी लड़ाई हुई। अफगानिस्तान के कंधार में "
           "बाजार बंद रहे।",
    "NPL": "नेपाल के काठमांडू में भी प्रदर्शन हुआ। नेपाल के पोखरा में लोग जुटे। नेपाल के बीरगंज में दुकानें बंद रहीं।",
}


@pytest.mark.parametrize(("opening", "later", "expected"), [
    # the sentence with no named actor right after the named one: of that actor's country
    (("मुख्यमंत्री योगी आदित्यनाथ ने अधिकारियों को सख्त कार्रवाई के निर्देश दिए। पुलिस ने तीन बदमाशों को "
     "गिरफ्तार किया।"), "PAK", ("COERCE", "IND", "IND")),
    (("मुख्यमंत्री योगी आदित्यनाथ ने अधिकारियों को सख्त कार्रवाई के निर्देश दिए। पुलिस ने तीन बदमाशों को "
     "गिरफ्तार किया। सेना ने दो आतंकियों को मार गिराया।"), "USA", ("ASSAULT", "IND", "IND")),
    ("गृह मंत्री अमित शाह ने सुरक्षा की समीक्षा की। पुलिस ने दो तस्करों को हिरासत में लिया।", "AFG",
     ("COERCE", "IND", "IND")),
    # two sentences on: still the nearest actor before
    (("अखिलेश यादव ने सरकार पर निशाना साधा। प्रदर्शनकारियों ने सड़क जाम कर दी। पुलिस ने प्रदर्शनकारियों पर "
     "लाठीचार्ज किया।"), "NPL", ("COERCE", "IND", "IND")),
])
def test_group_takes_the_country_told_before_it(opening: str, later: str, expected: Dyad,
                                                pipeline: Pipeline) -> None:
    found = dyads(f"{opening}\n{ABROAD_LATER[later]}", pipeline)
    assert expected in found
    assert not any(t == expected[0] and later in (s, o) for t, s, o in found)


def test_protest_told_before_a_story_abroad_is_against_its_own_government(pipeline: Pipeline) -> None:
    text = ("अखिलेश यादव ने सरकार पर निशाना साधा। प्रदर्शनकारियों ने सड़क जाम कर दी।\n" + ABROAD_LATER["NPL"])
    assert ("PROTEST", "IND", "IND") in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    # nothing named before the group: the article's story still places it
    ("पुलिस ने तीन बदमाशों को गिरफ्तार किया। पाकिस्तान के लाहौर में हुई घटना से दहशत है। लाहौर में बाजार बंद रहे।",
     ("COERCE", "PAK", "PAK")),
    # a place told before the group places it
    ("दुबई में नए साल पर हजारों लोग जमा हुए। शारजाह में भी भीड़ रही। पुलिस ने भीड़ पर लाठीचार्ज किया।",
     ("COERCE", "ARE", "ARE")),
])
def test_group_with_nothing_before_keeps_its_context(text: str, expected: Dyad, pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "target"), [
    ("कांग्रेस नेता राहुल गांधी ने बीबीसी से बातचीत में प्रधानमंत्री नरेंद्र मोदी पर निशाना साधा।", "Narendra Modi"),
    ("असदुद्दीन ओवैसी ने अल जज़ीरा को दिए इंटरव्यू में भाजपा पर निशाना साधा।", "Bharatiya Janata Party"),
    ("ममता बनर्जी ने बीबीसी को दिए साक्षात्कार में केंद्र सरकार की आलोचना की।", "Government of India"),
    ("तेजस्वी यादव ने पत्रकारों से बात करते हुए निशाना साधा कि सरकार सो रही है।", "Government of India"),
    ("मुख्यमंत्री अशोक गहलोत ने पत्रकारों से बातचीत में केंद्र सरकार से मदद की मांग की।", "Government of India"),
    ("अरविंद केजरीवाल ने मीडियाकर्मियों से बातचीत में उपराज्यपाल से फाइल लौटाने की अपील की।", "India governor"),
])
def test_press_talked_to_is_the_channel_not_the_target(text: str, target: str, pipeline: Pipeline) -> None:
    found = targets(text, pipeline)
    assert target in found
    assert not any(name in {"BBC", "Al Jazeera", "India journalists"} for name in found)


@pytest.mark.parametrize("text", [
    "राहुल गांधी ने बीबीसी से बातचीत में आरोप लगाया कि सरकार किसानों की अनदेखी कर रही है।",
    "अखिलेश यादव ने पत्रकारों से बातचीत में निशाना साधा।",
])
def test_press_talked_to_is_never_charged(text: str, pipeline: Pipeline) -> None:
    assert not {"BBC", "India journalists"} & targets(text, pipeline)


@pytest.mark.parametrize(("text", "target"), [
    ("अखिलेश यादव ने बीबीसी की आलोचना की।", "BBC"),
    ("भाजपा नेता ने पत्रकारों को धमकी दी।", "India journalists"),
])
def test_press_acted_on_is_still_the_target(text: str, target: str, pipeline: Pipeline) -> None:
    assert target in targets(text, pipeline)
