"""Precision of the rule coder on general and domestic news: a habitual passive tells a practice,
not a deed; compounds that name a kind of violence or a show of skill, a body taken in by the
police, a building that collapsed, a region held by someone and a weather warning tell no event
(``data/modality.yaml`` called_for, ``data/triggers.tsv`` blockers)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def types(text: str, pipeline: Pipeline) -> list[str]:
    return [e.type for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize(("text", "plover"), [
    ("नियम के तहत विदेश से लौटे यात्रियों को सात दिन घर में रहने की सलाह दी जाती है।", "REQUEST"),
    ("पहले इन मजदूरों को हर महीने शहर जाने की अनुमति दी जाती थी।", "CONCEDE"),
    ("आम तौर पर ऐसे मामलों में ठेकेदारों को कारण बताओ नोटिस जारी किया जाता है।", "REQUEST"),
    ("गांव में हर साल मेले के दौरान बच्चों को मिठाइयां वितरित की जाती हैं।", "AID"),
])
def test_a_habitual_passive_tells_no_deed(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("गृह मंत्रालय ने फंसे हुए छात्रों को घर जाने की अनुमति दी है।", "CONCEDE"),
    ("जिलाधिकारी ने दुकानदारों को रसीद देने की सलाह दी।", "REQUEST"),
])
def test_the_same_light_verb_told_as_done_is_an_event(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover in types(text, pipeline)


@pytest.mark.parametrize("text", [
    "सर्वे के अनुसार लॉकडाउन में घरेलू हिंसा की शिकायतें दोगुनी हो गईं।",
    "संस्था यौन हिंसा से पीड़ित महिलाओं को कानूनी मदद देती है।",
    "पुलिस उन युवकों की तलाश कर रही है जो पिछले महीने की हिंसा में शामिल थे।",
    "समारोह में आदिवासी कलाकारों ने अपने कौशल का प्रदर्शन किया।",
    "विद्यालय के वार्षिकोत्सव में छात्राओं ने अपनी प्रतिभा का प्रदर्शन किया।",
])
def test_a_kind_of_violence_or_a_show_of_skill_is_no_event(text: str, pipeline: Pipeline) -> None:
    assert not {"PROTEST", "ASSAULT"} & set(types(text, pipeline))


@pytest.mark.parametrize("text", [
    "सूचना मिलते ही कोतवाली पुलिस ने शव को कब्जे में लेकर पोस्टमार्टम के लिए भेज दिया।",
    "रेलवे पुलिस ने दोनों लाशों को अपने कब्जे में ले लिया।",
    "भारी बारिश के बाद बाजार की तीन मंजिला इमारत ध्वस्त हो गई।",
    "भारत के कब्जे वाले इलाके में बर्फबारी से सड़कें बंद हो गईं।",
])
def test_a_body_taken_in_a_collapse_or_a_held_region_is_no_coercion(text: str, pipeline: Pipeline) -> None:
    assert "COERCE" not in types(text, pipeline)


def test_a_demolition_and_a_capture_are_still_coercion(pipeline: Pipeline) -> None:
    assert "COERCE" in types("नगर निगम ने बाजार की अवैध दुकानों को ध्वस्त कर दिया।", pipeline)


@pytest.mark.parametrize("text", [
    "मौसम विभाग ने मछुआरों को अगले तीन दिन भारी बारिश की चेतावनी दी है।",
    "प्रशासन ने नदी किनारे के गांवों के लोगों को बाढ़ की चेतावनी दी।",
])
def test_a_weather_warning_is_no_threat(text: str, pipeline: Pipeline) -> None:
    assert "THREATEN" not in types(text, pipeline)


def test_a_warning_to_an_actor_is_still_a_threat(pipeline: Pipeline) -> None:
    assert "THREATEN" in types("उत्तर कोरिया ने जापान को गंभीर नतीजों की चेतावनी दी।", pipeline)



@pytest.mark.parametrize("text", [
    "मंत्री अनिल वर्मा और सुनील यादव ने आज जिला अस्पताल का दौरा किया।",
    "उपायुक्त राकेश कुमार और एसपी मोहन लाल ने बाढ़ प्रभावित गांवों का दौरा किया।",
])
def test_a_tour_of_a_place_alone_is_no_meeting(text: str, pipeline: Pipeline) -> None:
    assert "CONSULT" not in types(text, pipeline)  # annotation rule R11


def test_a_visit_to_a_country_and_a_meeting_on_a_tour_are_still_consultations(pipeline: Pipeline) -> None:
    assert "CONSULT" in types("जापान के प्रधानमंत्री ने भारत का दौरा किया।", pipeline)
    assert "CONSULT" in types("राज्यपाल ने राहत शिविर का दौरा कर जिलाधिकारी से मुलाकात की।", pipeline)


def test_no_charge_being_there_is_no_accusation(pipeline: Pipeline) -> None:
    text = "गृह मंत्री ने कहा कि राज्य सरकार के खिलाफ भ्रष्टाचार का एक भी आरोप नहीं है।"
    assert "ACCUSE" not in types(text, pipeline)
