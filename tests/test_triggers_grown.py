"""Trigger rows added on 7 December for train gold events no row held (training/events/README.md,
"Rows added on 7 December"): tablets of a medicine sent, help announced, goods handed out among
people; and an arrival read as a visit only across a border. All sentences
are written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.text.normalize import normalize_text
from ghatna.text.tokens import tokenize


def phrase_types(text: str) -> set[str]:
    tokens = tokenize(normalize_text(text))
    return {m.trigger.plover for m in load_triggers().find(tokens, 0, len(tokens))}


def events_of(text: str, plover: str) -> list[tuple[str, str | None]]:
    """The (source, target) names of the events of one type the text tells."""
    return [
        (e.source.name, e.target.name if e.target else None)
        for e in ghatna.extract(text).events
        if e.type == plover
    ]


@pytest.mark.parametrize(
    "text",
    [
        "दवा निर्माता कंपनी ने अफ्रीकी देशों को मलेरिया की टैबलेट भेजीं।",
        "सरकार पड़ोसी देशों को बुखार की टेबलेट भेजेगी।",
        "विश्व बैंक ने बाढ़ से जूझ रहे पाकिस्तान के लिए सहायता की घोषणा की।",
        "एक उद्योगपति ने कोरोना पीड़ितों के लिए मदद का एलान किया है।",
        "युवा मंच के कार्यकर्ताओं ने साबुन और तौलिये ग्रामीणों में बांटे।",
        "संस्था ने कंबल जरूरतमंदों को बांट दिए।",
        "नौसेना ने राहत शिविर में रह रहे परिवारों के बीच बांटीं दवाइयां।",
    ],
)
def test_new_rows_tell_aid(text: str) -> None:
    assert "AID" in phrase_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "चुनाव आयोग ने प्रदेश को चार जोन में बांटा है।",  # divided into parts
        "लेखक ने अपने अनुभव श्रोताओं के साथ बांटे।",  # shared, not handed out
        "संपत्ति दोनों भाइयों के बीच बराबर हिस्सों में बांटी गई।",  # split, no one is helped
        "उन्होंने पार्टी नेताओं की मदद से नया संगठन खड़ा किया।",  # with the help of
    ],
)
def test_lookalikes_tell_no_aid(text: str) -> None:
    assert "AID" not in phrase_types(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("भारत ने नेपाल को मलेरिया की दो लाख टेबलेट भेजीं।", ("India", "Nepal")),
        (
            "रेड क्रॉस ने बाढ़ से घिरे गांव में कंबल और दवाइयां लोगों में बांटीं।",
            ("International Committee of the Red Cross", "civilians"),
        ),
    ],
)
def test_aid_events_with_their_sides(text: str, pair: tuple[str, str]) -> None:
    assert pair in events_of(text, "AID")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("जापान के प्रधानमंत्री भारत पहुंचे।", ("Japan prime minister", "India")),
        ("शहबाज शरीफ सऊदी अरब पहुंचे।", ("Shehbaz Sharif", "Saudi Arabia")),
    ],
)
def test_arrivals_abroad_are_visits(text: str, pair: tuple[str, str]) -> None:
    assert pair in events_of(text, "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        "स्वास्थ्यकर्मी मरीज को लेकर एम्स पहुंचे।",
        "जिलाधिकारी बाढ़ प्रभावित गांव पहुंचे।",
    ],
)
def test_arrivals_at_home_are_no_visits(text: str) -> None:
    assert not events_of(text, "CONSULT")
