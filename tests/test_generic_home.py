"""Generic groups the article places nowhere take their home country when the sentence gives
evidence of it: a word only a story set in India uses (``home_evidence``: "थानेदार", "एसएसपी"),
or named actors that are all of that country ("अमित शाह के दौरे से पहले पुलिस ने")."""

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


def dyads(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    evs: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    # no place, no actor of any country: the sentence's words of Indian district rule place it
    ("एसएसपी ने सभी थानेदारों को रात में गश्त बढ़ाने का निर्देश दिया।", ("REQUEST", "IND", "IND")),
    ("कोतवाली पुलिस ने चोरी के आरोप में दो युवकों को गिरफ्तार किया।", ("COERCE", "IND", "IND")),
    # a named actor of the group's home country is no evidence against it
    ("अमित शाह के दौरे से पहले पुलिस ने प्रदर्शनकारियों को हिरासत में ले लिया।", ("COERCE", "IND", "IND")),
    ("अखिलेश यादव की रैली में पुलिस ने कार्यकर्ताओं पर लाठीचार्ज किया।", ("COERCE", "IND", "IND")),
])
def test_group_takes_home_country_with_evidence(text: str, expected: tuple[str, str, str],
                                                pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    # nothing in the sentence or the article places the groups: no country is guessed
    "पुलिस ने चोरी के आरोप में दो युवकों को गिरफ्तार किया।",
    "अदालत ने पूर्व क्लर्क को रिश्वत लेने का दोषी मानते हुए पांच साल की सजा सुनाई।",
])
def test_group_without_evidence_stays_unplaced(text: str, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert found and all(src is None and tgt is None for _, src, tgt in found)


def test_named_foreign_actor_keeps_home_away(pipeline: Pipeline) -> None:
    """A named actor of another country still gives the group its country (the side it acts on)."""
    found = dyads("केन्या के राष्ट्रपति विलियम रुटो ने प्रदर्शनकारियों से घर लौटने की अपील की।", pipeline)
    assert ("REQUEST", "KEN", "KEN") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a story abroad that moves to a neighbour before the sentence: the army is the story's country's
    (("म्यांमार के रखाइन प्रांत में हिंसा जारी है। म्यांमार सरकार ने कहा कि हालात काबू में हैं। हजारों लोग "
     "भागकर बांग्लादेश पहुंचे हैं। इसके बाद सेना ने विद्रोहियों पर हमला किया।"), ("ASSAULT", "MMR", "MMR")),
    (("अफगानिस्तान के हेलमंद में तालिबान का कब्जा बढ़ रहा है। पाकिस्तान की सीमा पर भी हलचल है। "
     "सेना ने विद्रोहियों पर हमला किया।"), ("ASSAULT", "AFG", "AFG")),
    # no place at all, but the people named are all of one other country
    (("मुस्लिम ब्रदरहुड के नेता मोहम्मद बदी और पूर्व राष्ट्रपति मोहम्मद मुर्सी पर मुकदमा चल रहा है। अदालत ने "
     "मंगलवार को 80 लोगों को उम्रकैद की सजा सुनाई।"), ("COERCE", "EGY", "EGY")),
])
def test_group_in_a_story_abroad_is_of_that_country(text: str, expected: tuple[str, str, str],
                                                    pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found
    assert not any("IND" in (src, tgt) for _, src, tgt in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a foreign company says nothing of where the story is set
    ("एप्पल के स्टोर से चोरी का मामला सामने आया है। पुलिस ने दो कर्मचारियों को गिरफ्तार किया।", ("COERCE", "IND", "IND")),
    # an office told bare is India's also in a story abroad
    ("ईरान और अमरीका के रिश्तों में खटास आ गई है। प्रधानमंत्री ने फोन पर अमरीकी राष्ट्रपति से बात की।",
     ("CONSULT", "IND", "USA")),
])
def test_story_at_home_keeps_home(text: str, expected: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "expected"), [
    # "वहां के": an office of the place named last, not India's office told bare
    ("नेपाल में नई सरकार बनी है। वहां के प्रधानमंत्री ने भारत पर सीमा विवाद भड़काने का आरोप लगाया।",
     ("ACCUSE", "NPL", "IND")),
    ("भारत के विदेश मंत्री ने कहा कि जापान के साथ रिश्ते मजबूत हैं। वहां के प्रधानमंत्री ने भारत की सराहना की।",
     ("SUPPORT", "JPN", "IND")),
    ("चीन के वुहान शहर में हालात खराब हैं। वहां के डॉक्टरों ने सरकार पर आरोप लगाया।", ("ACCUSE", "CHN", "CHN")),
])
def test_office_there_is_of_the_place_named_last(text: str, expected: tuple[str, str, str],
                                                 pipeline: Pipeline) -> None:
    assert expected in dyads(text, pipeline)


@pytest.mark.parametrize("text", [
    # the default doer of a deed told without one takes the home country on the same evidence
    "सीबीआई की विशेष अदालत ने व्यापारी के बेटे को दोषी मानते हुए उम्रकैद की सजा सुनाई।",
    "पुलिस अधीक्षक ने बताया कि थाने के पास से चोरी की दो मोटरसाइकिलें बरामद की गईं।",
    # words of Indian district rule and schemes: the groups that nothing else places are India's
    "उपायुक्त के आदेश पर पुलिस ने अवैध खनन करने वालों को गिरफ्तार किया।",
    "जिला मजिस्ट्रेट ने बताया कि बाजार में दंगा करने वालों को पुलिस ने हिरासत में लिया।",
    "सरकार ने मनरेगा मजदूरों को मुफ्त राशन दिया।",
])
def test_default_doer_takes_home_country_with_evidence(text: str, pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert found and all(src == "IND" and tgt == "IND" for _, src, tgt in found)


def test_default_doer_not_placed_at_home_beside_a_foreign_actor(pipeline: Pipeline) -> None:
    """A sentence that names another country's people gives its default doer no home country."""
    found = dyads("कतर ने भारत से आने वालों पर रोक लगा दी है। ईरानी न्यायपालिका के प्रमुख के हवाले से बताया "
                  "गया कि हजारों कैदियों को अस्थायी तौर पर रिहा किया गया है।", pipeline)
    assert not any(t == "CONCEDE" and "IND" in (src, tgt) for t, src, tgt in found)


@pytest.mark.parametrize(("text", "expected"), [
    # "वहां के" with words that qualify the office or group between the genitive and it
    ("चिली में खदान हादसे के बाद जांच शुरू हुई है। वहां के खनन मंत्री ने खदान कंपनी के अधिकारियों की आलोचना की।",
     ("ACCUSE", "CHL", "CHL")),
    ("केन्या में बाढ़ से भारी तबाही हुई है। वहां के कई बड़े नेताओं ने सरकार की आलोचना की।", ("ACCUSE", "KEN", "KEN")),
])
def test_office_there_keeps_its_place_through_qualifying_words(text: str, expected: tuple[str, str, str],
                                                                pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found
    assert not any("IND" in (src, tgt) for _, src, tgt in found)


@pytest.mark.parametrize(("text", "expected"), [
    # the country named most is only where people travelled to or came from: it sets nothing there
    (("बुधवार को पुलिस और स्वास्थ्य विभाग ने पूरे मोहल्ले को सील कर दिया। संक्रमित युवक नौकरी के लिए सऊदी अरब "
      "गया था। सऊदी अरब से लौटते वक्त वह दुबई में दो दिन रुका था। उसकी रिपोर्ट लखनऊ की प्रयोगशाला से आई।"),
     ("COERCE", "IND", "IND")),
    (("प्रशासन ने दंपती के घर के आसपास का इलाका सील कर दिया है। दोनों पिछले महीने फ्रांस घूमने गए थे और फ्रांस "
      "से लौटते समय लंदन में ठहरे थे। जांच के नमूने पुणे भेजे गए।"), ("COERCE", "IND", "IND")),
])
def test_country_only_travelled_to_sets_no_group_there(text: str, expected: tuple[str, str, str],
                                                       pipeline: Pipeline) -> None:
    found = dyads(text, pipeline)
    assert expected in found


def test_office_after_a_group_there_is_not_owned_there(pipeline: Pipeline) -> None:
    # "वहां के" owns the workers, not the office told bare after them (the reach stops at another actor)
    found = dyads("सऊदी अरब में कोरोना के कारण काम बंद हो गया है। वहां के प्रवासी कामगार प्रधानमंत्री से घर "
                  "लौटने में मदद मांग रहे हैं।", pipeline)
    assert ("REQUEST", "SAU", "IND") in found
