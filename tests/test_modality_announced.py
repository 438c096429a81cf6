"""Plans are not deeds (issue 10): a deed told as what is announced, decided or about to be done
("मुआवजा देने की घोषणा की", "सैनिक भेजने का ऐलान किया", "मदद देने जा रही है") is planned, as
GUIDELINES R26 codes announced compensation; a decision that is itself the act (a ban imposed, a
law withdrawn, support declared) stays asserted. A news report called false ("इस्तीफे की खबर गलत
है") judges no one: no ACCUSE or REJECT of whoever the report is about. All sentences are written
for these tests."""

from __future__ import annotations

import pytest

import ghatna


def modalities(text: str, plover: str) -> list[str]:
    return [e.modality for e in ghatna.extract(text).events if e.type == plover]


def types_of(text: str) -> set[str]:
    return {e.type for e in ghatna.extract(text).events}


@pytest.mark.parametrize(("text", "plover"), [
    ("मुख्यमंत्री ने हादसे के मृतकों के परिजनों को पांच-पांच लाख रुपये मुआवजा देने की घोषणा की।", "AID"),
    ("राज्य सरकार ने ओलावृष्टि से प्रभावित किसानों को सहायता देने का ऐलान किया।", "AID"),
    ("केंद्र सरकार ने किसानों को आर्थिक मदद देने का फैसला किया है।", "AID"),
    ("प्रधानमंत्री ने तूफान पीड़ितों को आर्थिक सहायता देने की घोषणा की।", "AID"),
    ("केंद्र सरकार राज्यों को अतिरिक्त मदद देने जा रही है।", "AID"),
    ("सरकार ने सीमा पर अतिरिक्त सैनिक तैनात करने का ऐलान किया।", "MOBILIZE"),
    ("शिक्षक संघ ने सोमवार से हड़ताल करने का ऐलान किया।", "PROTEST"),
    ("किसानों ने संसद के बाहर प्रदर्शन करने की घोषणा की।", "PROTEST"),
    ("विपक्ष ने सरकार के खिलाफ प्रदर्शन करने का ऐलान किया।", "PROTEST"),
    ("पुलिस ने आरोपियों को गिरफ्तार करने की घोषणा की।", "COERCE"),
    ("पुलिस आरोपियों को गिरफ्तार करने जा रही थी।", "COERCE"),
    ("नर्स संघ ने अगले हफ्ते से भूख हड़ताल शुरू करने का ऐलान किया।", "PROTEST"),
    ("मजदूरों ने कल से धरना आरंभ करने की घोषणा की।", "PROTEST"),
])
def test_announced_or_decided_deed_is_planned(text: str, plover: str) -> None:
    assert modalities(text, plover) == ["planned"]


@pytest.mark.parametrize(("text", "plover"), [
    # a decision that is itself the act
    ("यूरोपीय संघ ने रूस पर नए प्रतिबंध लगाने का फैसला किया।", "SANCTION"),
    ("अमेरिका ने ईरान पर नए प्रतिबंध लगाने की घोषणा की।", "SANCTION"),
    ("सरकार ने किसानों की मांग मानते हुए तीनों कानून वापस लेने का ऐलान किया।", "CONCEDE"),
    ("जदयू ने चुनाव में भाजपा को समर्थन देने का ऐलान किया।", "SUPPORT"),
    # a deed the announcement keeps going, and deeds done
    ("मजदूर संगठनों ने हड़ताल जारी रखने का ऐलान किया।", "PROTEST"),
    ("मुख्यमंत्री ने मृतकों के परिजनों को दो लाख रुपये का मुआवजा दिया।", "AID"),
    ("सरकार ने बाढ़ पीड़ितों को राहत सामग्री बांटी।", "AID"),
    ("मामले की जांच की जा रही है और आरोपियों को गिरफ्तार किया जा रहा है।", "COERCE"),
])
def test_decision_that_is_the_act_and_deeds_done_stay_asserted(text: str, plover: str) -> None:
    assert modalities(text, plover) == ["asserted"]


def test_future_told_otherwise_stays_planned() -> None:
    assert modalities("मुख्यमंत्री ने घोषणा की कि सरकार पीड़ितों को मुआवजा देगी।", "AID") == ["planned"]


@pytest.mark.parametrize("text", [
    "मंत्री ने कहा कि सेना पर हमले की खबर गलत है।",
    "मंत्रालय ने कहा कि मंत्री के इस्तीफे की खबर गलत है।",
    "पार्टी ने कहा कि नेता के गिरफ्तार होने की खबर गलत है।",
    "मंत्रालय ने मंत्री के इस्तीफे की खबरों को गलत बताया।",
    "सेना ने आतंकियों के घुसपैठ करने की खबरों को भ्रामक बताया।",
])
def test_news_report_called_false_judges_no_one(text: str) -> None:
    assert not types_of(text) & {"ACCUSE", "REJECT"}


def test_deed_in_a_news_report_called_false_is_not_told_as_done() -> None:
    assert "asserted" not in modalities("पार्टी ने कहा कि नेता के गिरफ्तार होने की खबर गलत है।", "COERCE")


@pytest.mark.parametrize(("text", "plover"), [
    ("कांग्रेस ने कहा कि प्रधानमंत्री का बयान गलत है।", "ACCUSE"),
    ("विपक्ष ने कहा कि सरकार का फैसला गलत है।", "ACCUSE"),
    ("मंत्री ने कहा कि विपक्ष का दावा झूठ है।", "ACCUSE"),
    ("विपक्ष ने मुख्यमंत्री के बयान को गलत बताया।", "ACCUSE"),
    ("कांग्रेस ने सरकार के फैसले को गलत बताया।", "ACCUSE"),
    ("सरकार ने विपक्ष के दावे को झूठा बताया।", "REJECT"),
    ("विपक्ष ने कहा कि खबर आने के बाद सरकार का फैसला गलत है।", "ACCUSE"),
])
def test_a_person_or_act_called_wrong_stays_a_judgement(text: str, plover: str) -> None:
    assert plover in types_of(text)
