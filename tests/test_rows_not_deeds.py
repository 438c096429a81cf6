"""Attack words that tell no attack done (review 3, after d27437f's rows): a report of it called
false (modality ``false_reports``/``falsehoods``: negated), weather or hardship told as its doer
(attacks.yaml ``impersonal_doers``), a warning to whoever would do it ('… करने वालों को बख्शा नहीं
जाएगा': telling.warns_doers), and what follows a condition's "तो" takes no side from the
condition, also when the roles are the model's (modality.condition_before)."""

from __future__ import annotations

import pytest

import ghatna


def events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.type, e.source and e.source.name, e.target and e.target.name, e.modality)
            for e in ghatna.extract(text).events]


@pytest.mark.parametrize("text", [
    "प्रवक्ता ने कहा कि सिखों पर हमले की खबरें बेबुनियाद हैं।",
    "अधिकारी बोले कि आदिवासियों पर हमले की खबर पूरी तरह फर्जी है।",
])
def test_an_attack_reported_falsely_is_denied(text: str) -> None:
    found = events(text)
    assert not [e for e in found if e[0] == "ASSAULT" and e[3] != "negated"], found


@pytest.mark.parametrize("text", [
    "कड़ाके की ठंड ने गरीबों पर बहुत अत्याचार किया।",
    "महंगाई ने आम लोगों पर हमला बोल दिया है।",
])
def test_weather_and_hardship_attack_no_one(text: str) -> None:
    assert [e for e in events(text) if e[0] == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "दलितों पर हमला करने वालों को छोड़ा नहीं जाएगा।",
    "आदिवासियों पर अत्याचार करने वालों को बख्शा नहीं जाएगा।",
])
def test_a_warning_to_would_be_doers_tells_no_deed(text: str) -> None:
    assert [e for e in events(text) if e[0] == "ASSAULT"] == []


def test_a_consequence_takes_no_side_from_its_condition() -> None:
    found = events("अगर उपद्रवियों ने सिखों पर हमला किया तो सख्त कार्रवाई होगी।")
    assert not [e for e in found if e[1] == "protesters" or e[2] == "Sikhs"], found


def test_a_threat_after_a_condition_at_the_sentence_start_is_the_consequence_doers() -> None:
    found = events("अगर पाकिस्तान ने हमला किया तो भारत मुंहतोड़ जवाब देगा।")
    assert ("THREATEN", "India", "Pakistan") in [e[:3] for e in found], found


@pytest.mark.parametrize(("text", "expected"), [
    ("उपद्रवियों ने सिखों पर हमला कर दिया।", ("ASSAULT", "protesters", "Sikhs", "asserted")),
    ("दबंगों ने दलितों पर अत्याचार किया।", ("ASSAULT", "criminals", "Dalits", "asserted")),
    ("बदमाशों ने दलितों पर हमला किया, आरोपियों को बख्शा नहीं जाएगा।", ("ASSAULT", "criminals", "Dalits", "asserted")),
])
def test_attacks_done_stay(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in events(text), events(text)
