"""Precision of suggestions, demands' content and hopes (issue 10). Advice or a suggestion
addressed to no one ("वैज्ञानिक ने सुझाव दिया कि …") is no REQUEST (GUIDELINES R8); addressed to an
actor it is. In the कि clause of a demand, an actor marked as a place or an origin ("… से आने वाले
विमान", "… में फंसे लोग") is not whom the demand is aimed at. What is hoped for ("उम्मीद है कि
सरकार … करेगी") is possible, not planned. All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def events_of(text: str, plover: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.role if e.source else None, e.target.country if e.target else None, e.modality)
            for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize("text", [
    "वैज्ञानिक ने सुझाव दिया कि नई नीति में पोषण पर ध्यान दिया जाना चाहिए।",
    "अर्थशास्त्रियों ने सुझाव दिया है कि ब्याज दरें घटाई जानी चाहिए।",
    "खिलाड़ी ने सलाह दी कि मैच खाली मैदानों में कराए जाएं।",
    "कांग्रेस ने सुझाव दिया कि परीक्षाएं टाल दी जाएं।",
    "पूर्व वित्त मंत्री पी चिदंबरम ने सुझाव दिया कि टैक्स की दरें कम की जानी चाहिए।",
    "भाजपा सांसद ने सलाह दी कि त्योहार सादगी से मनाए जाएं।",
    "प्रोफेसर ने सुझाव दिया कि पाठ्यक्रम में बदलाव होना चाहिए।",
    "अमिताभ बच्चन ने सलाह दी है कि गर्मी में खूब पानी पिएं।",
])
def test_advice_to_no_one_is_no_request(text: str) -> None:
    assert events_of(text, "REQUEST") == []


@pytest.mark.parametrize("text", [
    "नीति आयोग ने राज्यों को खर्च घटाने का सुझाव दिया।",
    "अमेरिका ने अपने नागरिकों को इराक छोड़ने की सलाह दी।",
    "कांग्रेस ने सरकार को नई नीति बनाने की सलाह दी।",
    "डॉक्टरों ने सलाह दी कि राज्य सरकार लॉकडाउन बढ़ाए।",
])
def test_advice_to_an_actor_is_a_request(text: str) -> None:
    assert len(events_of(text, "REQUEST")) == 1


@pytest.mark.parametrize(("text", "country"), [
    ("भारत ने मांग की कि पाकिस्तान आतंकियों पर कार्रवाई करे।", "PAK"),
    ("नेपाल ने कहा कि भारत को सीमा पर बातचीत करनी चाहिए।", "IND"),
])
def test_clause_subject_is_the_demands_target(text: str, country: str) -> None:
    assert [c for _s, c, _m in events_of(text, "REQUEST")] == [country]


@pytest.mark.parametrize("text", [
    "प्रशासन ने होटलों से यह पक्का करने को कहा कि थाईलैंड और वियतनाम से आने वाले मेहमानों की जांच हो।",
    "नागरिक उड्डयन मंत्रालय ने कंपनियों से कहा है कि इटली और स्पेन से आने वाली उड़ानों को साफ किया जाए।",
    "स्वास्थ्य विभाग ने अस्पतालों से कहा कि चीन से लौटे लोगों की जांच की जाए।",
])
def test_origin_in_the_demands_clause_is_no_target(text: str) -> None:
    assert all(c not in ("THA", "VNM", "ITA", "ESP", "CHN") for _s, c, _m in events_of(text, "REQUEST"))


@pytest.mark.parametrize(("text", "plover"), [
    # the hoped-for order's addressee told in its clause (who hopes is no target of it: c2a9853)
    ("मजदूरों को उम्मीद थी कि मुख्यमंत्री अधिकारियों को सीमाएं खोलने का आदेश देंगे।", "REQUEST"),
    ("उन्होंने आशा व्यक्त की कि भारत और नेपाल जल्द बातचीत करेंगे।", "CONSULT"),
    ("किसान नेताओं ने उम्मीद जताई कि सरकार उनसे बातचीत करेगी।", "CONSULT"),
])
def test_hoped_for_deed_is_possible(text: str, plover: str) -> None:
    assert [m for _s, _c, m in events_of(text, plover)] == ["possible"]


@pytest.mark.parametrize(("text", "plover", "modality"), [
    ("सरकार ने कहा कि वह किसानों से बातचीत करेगी।", "CONSULT", "planned"),
    ("मंत्री ने कहा कि पुलिस ने आरोपियों को गिरफ्तार कर लिया है।", "COERCE", "asserted"),
])
def test_speech_keeps_its_modality(text: str, plover: str, modality: str) -> None:
    assert [m for _s, _c, m in events_of(text, plover)] == [modality]
