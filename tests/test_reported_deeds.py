"""Officials who report crimes, complaints acted on, and bare subjects of a future verb (issue 10).

An official (police, doctor, DM, spokesman) who tells of a deed done in the passive ("… ने बताया
कि X के साथ … की गई") is its speaker, never its doer; a complaint registered by the police
accuses no complainant; a bare subject before a finite future verb at the end of the text ("X
Y पर शुल्क लगाएंगे") is the doer, not the passive headline's patient. All sentences are
written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Event


def events_of(text: str, plover: str) -> list[Event]:
    return [e for e in ghatna.extract(text).events if e.type == plover]


def named_doer(event: Event) -> bool:
    return bool(event.source and event.source.name and event.source.kind != "unknown")


# A passive deed told by an official: someone unnamed did it, not the teller.
@pytest.mark.parametrize("text", [
    "एसएसपी ने बताया कि युवती के साथ छेड़खानी की गई।",
    "थानाध्यक्ष ने बताया कि किशोरी के साथ दुष्कर्म किया गया।",
    "पुलिस अधीक्षक ने बताया कि ग्रामीणों के साथ मारपीट की गई थी।",
    "जिलाधिकारी ने कहा कि दलित परिवार के साथ मारपीट की गई है।",
    "पुलिस अधीक्षक ने बताया कि व्यापारी की गोली मारकर हत्या कर दी गई।",
    "एसपी ने बताया कि छात्र की चाकू मारकर हत्या कर दी गई।",
    "डॉक्टर ने बताया कि बुजुर्ग की गला दबाकर हत्या की गई थी।",
])
def test_official_telling_a_passive_deed_is_not_its_doer(text: str) -> None:
    found = events_of(text, "ASSAULT")
    assert found, text
    assert not [e for e in found if named_doer(e)], [(e.source.name if e.source else None) for e in found]


# Guards: a deed with its own agent keeps it; the speaker's own deeds, threats and talks stay his.
@pytest.mark.parametrize(("text", "plover", "doer"), [
    ("थाना प्रभारी ने बताया कि बदमाशों ने दुकानदार पर चाकू से हमला कर दिया।", "ASSAULT", "criminals"),
    ("थाना प्रभारी ने बताया कि आरोपियों ने किसान को पीट-पीटकर मार डाला।", "ASSAULT", "criminals"),
    ("सेना ने बताया कि उसने आतंकियों के ठिकानों पर हमला किया।", "ASSAULT", "military"),
    ("पुलिस ने बताया कि आरोपी को गिरफ्तार कर लिया गया है।", "COERCE", "police"),
    ("थाना प्रभारी ने बताया कि पुलिस ने आरोपी को गिरफ्तार कर लिया है।", "COERCE", "police"),
    ("सेना ने कहा कि किसी भी हमले का मुंहतोड़ जवाब दिया जाएगा।", "THREATEN", "military"),
    ("विदेश मंत्री ने बताया कि अमेरिका के साथ बातचीत में व्यापार पर चर्चा हुई।", "CONSULT", "foreign minister"),
])
def test_reported_deed_with_its_own_doer_keeps_it(text: str, plover: str, doer: str) -> None:
    found = events_of(text, plover)
    assert any(e.source and doer in e.source.name for e in found), [(e.source.name if e.source else None)
                                                                   for e in found]


# A case registered on someone's complaint accuses no complainant.
@pytest.mark.parametrize(("text", "complainant"), [
    ("व्यापारी की शिकायत पर पुलिस ने मामला दर्ज किया।", "business"),
    ("दुकानदार की शिकायत पर पुलिस ने मुकदमा दर्ज किया।", "business"),
    ("ग्रामीणों की शिकायत पर पुलिस ने एफआईआर दर्ज की।", "civilians"),
    ("परिजनों की शिकायत पर पुलिस ने केस दर्ज कर जांच शुरू कर दी है।", "civilians"),
])
def test_complaint_registered_accuses_no_complainant(text: str, complainant: str) -> None:
    found = events_of(text, "ACCUSE")
    assert not [e for e in found if e.target and complainant in e.target.name], \
        [(e.source and e.source.name, e.target and e.target.name) for e in found]


# Guards: the accused named in the case is still charged (as the train annotations code it).
@pytest.mark.parametrize(("text", "accused"), [
    ("किसान की शिकायत पर पुलिस ने पड़ोसी के खिलाफ मामला दर्ज किया।", "neighbours"),
    ("युवती की शिकायत पर पुलिस ने आरोपी युवक के खिलाफ मुकदमा दर्ज कर लिया है।", "young man"),
    ("पुलिस ने तीन युवकों के खिलाफ मामला दर्ज किया है।", "young man"),
])
def test_case_against_the_accused_stays(text: str, accused: str) -> None:
    found = events_of(text, "ACCUSE")
    assert any(e.target and accused in e.target.name for e in found), found


# A bare subject before a finite future verb ending the text is the doer, of its own country.
@pytest.mark.parametrize(("text", "doer", "country"), [
    ("अमेरिकी राष्ट्रपति भारत पर शुल्क लगाएंगे।", "United States", "USA"),
    ("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप भारत पर नए प्रतिबंध लगाएंगे।", "Trump", "USA"),
    ("अमेरिका भारत पर शुल्क लगाएगा।", "United States", "USA"),
    ("चीन ताइवान पर नए प्रतिबंध लगाएगा।", "China", "CHN"),
])
def test_bare_subject_of_a_future_verb_is_the_doer(text: str, doer: str, country: str) -> None:
    found = events_of(text, "SANCTION")
    assert found, text
    assert all(e.source and doer in e.source.name and e.source.country == country for e in found), \
        [(e.source.name, e.source.country) if e.source else None for e in found]
    assert all("authorities" not in e.source.name for e in found if e.source)


# Guards: the same subject with a present verb, and a passive headline's patient.
@pytest.mark.parametrize(("text", "plover", "target"), [
    ("अमेरिकी राष्ट्रपति भारत पर शुल्क लगा रहे हैं।", "SANCTION", "India"),
    ("रूस यूक्रेन पर हमला करेगा।", "ASSAULT", "Ukraine"),
])
def test_subject_and_target_of_other_tenses_stay(text: str, plover: str, target: str) -> None:
    found = events_of(text, plover)
    assert any(e.target and e.target.name == target and e.source and e.source.name != target for e in found), found
