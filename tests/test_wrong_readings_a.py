"""Known wrong readings, set A (issue 10): a negation inside a subordinate non-finite clause, a
crime named as what someone is guilty of, an attack named as the incident a protest is about, a
deed that a request asks for, and a deed someone only wishes for. Each is read as its own event
or modality no more; the look-alikes below keep their readings."""

from __future__ import annotations

import pytest

import ghatna


def events_of(text: str, plover: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.name if e.source else None, e.target.name if e.target else None, e.modality)
            for e in ghatna.extract(text).events if e.type == plover]


# 1. "न मिलने पर", "न होने से", "नहीं मानने के कारण": the negation is the reason's, not the deed's.
@pytest.mark.parametrize(("text", "plover"), [
    ("कर्मचारियों ने वेतन न मिलने पर प्रदर्शन किया।", "PROTEST"),
    ("किसानों ने फसल का दाम न मिलने पर सड़क जाम कर दिया।", "PROTEST"),
    ("सरकार की बात नहीं मानने के कारण पुलिस ने नेताओं को गिरफ्तार किया।", "COERCE"),
    ("मजदूर संघ ने सरकार से हिंसा न करने की अपील की।", "REQUEST"),
    ("प्रधानमंत्री की जनता से घबराहट में सामान जमा न करने की अपील", "REQUEST"),
])
def test_negated_reason_leaves_the_deed_asserted(text: str, plover: str) -> None:
    found = events_of(text, plover)
    assert found and all(m == "asserted" for _, _, m in found), found


@pytest.mark.parametrize(("text", "plover"), [
    ("कर्मचारियों ने प्रदर्शन नहीं किया।", "PROTEST"),
    ("पुलिस ने किसी को गिरफ्तार नहीं किया।", "COERCE"),
    ("संगठन ने हड़ताल न करने का फैसला किया।", "PROTEST"),  # the deed itself is what is not done
    ("कर्मचारियों ने वेतन न मिलने पर भी प्रदर्शन नहीं किया।", "PROTEST"),
])
def test_negated_deed_stays_negated(text: str, plover: str) -> None:
    found = events_of(text, plover)
    assert found and all(m == "negated" for _, _, m in found), found


# 2. "हत्या का दोषी ठहराया": the killing is what the convict did before, not an attack on the court.
@pytest.mark.parametrize("text", [
    "अदालत ने आरोपी को हत्या का दोषी ठहराया।",
    "अदालत ने दोनों भाइयों को हत्या का दोषी करार दिया।",
    "अदालत ने हत्या के दोषियों को फांसी की सजा सुनाई।",
    "पुलिस ने हत्या के अभियुक्त को जेल भेज दिया।",
])
def test_crime_of_the_convicted_is_no_attack(text: str) -> None:
    assert events_of(text, "ASSAULT") == []
    assert events_of(text, "COERCE"), "the conviction or the jailing stays"


def test_sentence_named_by_its_kind_stays() -> None:
    # a sentence told by its kind ("उम्रकैद की सजा") is the coercion itself, not what a sentence is for
    assert events_of("हत्यारे को अदालत से उम्रकैद की सजा हुई।", "COERCE")


@pytest.mark.parametrize("text", [
    "बदमाशों ने व्यापारी की हत्या कर दी।",
    "अदालत ने माना कि आरोपी ने पत्नी की हत्या की थी।",
])
def test_killing_told_as_a_deed_stays(text: str) -> None:
    assert events_of(text, "ASSAULT"), "a killing told as done is an attack"


# 3. "गोलीबारी की घटना पर विरोध दर्ज कराया": the firing is what the protest is about.
@pytest.mark.parametrize("text", [
    "भारत ने सीमा पर गोलीबारी की घटना पर पाकिस्तान के सामने कड़ा विरोध दर्ज कराया।",
    "चीन ने दूतावास पर हमले की घटना पर अमेरिका के समक्ष विरोध दर्ज कराया।",
    "भारत ने सीमा पर गोलीबारी की घटनाओं को लेकर पाकिस्तान से नाराजगी जताई।",
])
def test_incident_protested_is_no_new_attack(text: str) -> None:
    assert events_of(text, "ASSAULT") == []
    assert events_of(text, "ACCUSE"), "the protest itself is coded"


def test_incident_told_anew_stays() -> None:
    assert events_of("सीमा पर गोलीबारी की घटना में दो जवान घायल हो गए।", "ASSAULT")


# 4. "सैनिकों को वापस बुलाने को कहा": the withdrawal is what is asked.
@pytest.mark.parametrize(("text", "asker", "asked"), [
    ("जर्मनी ने रूस से सैनिकों को वापस बुलाने को कहा।", "Germany", "Russia"),
    ("अमेरिका ने इजराइल से गाजा से सेना हटाने को कहा।", "United States", "Israel"),
    ("भारत ने चीन से कहा कि वह अपनी सेना वापस बुलाए।", "India", "China"),
])
def test_asked_withdrawal_is_a_request(text: str, asker: str, asked: str) -> None:
    assert events_of(text, "RETREAT") == []
    assert (asker, asked, "asserted") in events_of(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "रूस ने सीरिया से अपने सैनिक वापस बुला लिए।",
    "अमेरिका ने अफगानिस्तान से सेना हटा ली।",
])
def test_withdrawal_done_stays(text: str) -> None:
    assert events_of(text, "RETREAT")


def test_revenge_vowed_is_no_request() -> None:
    assert events_of("ईरान ने अपने जनरल की हत्या का बदला लेने को कहा।", "REQUEST") == []


# 5. "चाहता है कि": what is wished is no deed of the clause's subject.
@pytest.mark.parametrize("text", [
    "ईरान चाहता है कि अमेरिका सभी प्रतिबंध हटा ले।",
    "अमेरिका चाहता है कि रूस यूक्रेन से अपनी सेना वापस बुलाए।",
    "चीन चाहता था कि भारत सीमा पर सैनिकों की तैनाती कम करे।",
])
def test_wished_deed_is_no_event(text: str) -> None:
    found = [e.type for e in ghatna.extract(text).events if e.type in ("CONCEDE", "RETREAT", "MOBILIZE")]
    assert found == []


def test_lifted_sanctions_stay_conceded() -> None:
    assert ("United States", "Iran", "asserted") in events_of("अमेरिका ने ईरान पर लगे प्रतिबंध हटा लिए।", "CONCEDE")
