"""A body told bare ("पुलिस ने", "सेना ने") is the one body of that name the article names (issue 12:
two papers' reports of one deed, one naming the force and one telling it bare, name one actor).
Two such bodies, a genitive owner ("राज्यों की पुलिस") or none leave the word generic. All sentences
are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(f"समाचार\n\n{text}\n")
    return [(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events]


@pytest.mark.parametrize(("text", "source"), [
    # named before the bare word
    ("लखनऊ पुलिस ने शहर में गश्त बढ़ा दी है । देर रात पुलिस ने तीन युवकों को गिरफ्तार किया ।", "Lucknow Police"),
    # named after it
    ("सेना ने सीमा पर तैनात जवानों को सम्मानित किया । भारतीय सेना ने इसका वीडियो भी जारी किया ।", "Indian Army"),
])
def test_bare_word_is_the_named_body(text: str, source: str) -> None:
    found = sides(text)
    bare = [e for e in found if e[0] in ("COERCE", "SUPPORT") and e[1] != source]
    assert not bare, found
    assert any(e[1] == source for e in found if e[0] in ("COERCE", "SUPPORT")), found


@pytest.mark.parametrize("text", [
    # two police forces named: "पुलिस" is neither
    "दिल्ली पुलिस और हरियाणा पुलिस की बैठक हुई । बाद में पुलिस ने दो तस्करों को गिरफ्तार किया ।",
    # a genitive owns it: the states' forces, not the one named
    "दिल्ली पुलिस ने अपनी रिपोर्ट सौंपी । गृह मंत्रालय ने राज्यों की पुलिस को सतर्क रहने का निर्देश दिया ।",
])
def test_bare_word_stays_generic(text: str) -> None:
    found = sides(text)
    assert not [e for e in found if e[1] == "Delhi Police" and e[0] == "COERCE"], found
    assert not [e for e in found if e[2] == "Delhi Police" and e[0] == "REQUEST"], found


def test_no_force_made_to_act_on_itself() -> None:
    """A sentence whose other actor is read as the force already ("उसे" taken for it) keeps the bare
    word generic, so its arrest is still told (a body acting on itself would be dropped)."""
    doc = ghatna.extract("समाचार\n\nमेरठ पुलिस ने शहर में नाकेबंदी की । एक युवक फर्जी पास लेकर घूम रहा था ।"
                         " पुलिस ने तुरंत उसे गिरफ्तार कर लिया ।\n")
    assert [e for e in doc.events if e.type == "COERCE" and "गिरफ्तार" in e.evidence.text]


def test_sentence_set_elsewhere_keeps_the_word_generic() -> None:
    """A sentence that says where it happens, a place no name of the body holds ("इंदौर में"), is not
    that body's ("भोपाल पुलिस"); one set in the body's own place still is."""
    elsewhere = sides("भोपाल पुलिस ने चोरी के एक मामले का खुलासा किया । उधर इंदौर में पुलिस ने जुए के अड्डे से"
                      " छह लोगों को गिरफ्तार किया ।")
    assert [e for e in elsewhere if e[0] == "COERCE" and e[1] != "Bhopal Police"], elsewhere
    home = sides("भोपाल पुलिस ने त्योहारों से पहले बैठक की । भोपाल में पुलिस ने रात को छह लोगों को गिरफ्तार किया ।")
    assert [e for e in home if e[0] == "COERCE" and e[1] == "Bhopal Police"], home
