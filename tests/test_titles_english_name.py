"""English names of organisations and places the knowledge base lacks: common words in
English (``name_words`` of ``romanize.yaml``), known places by their English names, the rest
romanized."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.romanize import english_name, name_key, romanize

PLACES = {name_key(form): name for form, name in
          {"गोरखपुर": "Gorakhpur", "केरल": "Kerala", "उत्तर प्रदेश": "Uttar Pradesh", "हावड़ा": "Howrah"}.items()}


@pytest.mark.parametrize(("hindi", "english"), [
    ("गोरखपुर विश्वविद्यालय", "Gorakhpur University"),
    ("केरल विधानसभा", "Kerala Legislative Assembly"),
    ("हावड़ा जिला अस्पताल", "Howrah District Hospital"),
    ("उत्तर प्रदेश सुन्नी सेंट्रल वक़्फ़ बोर्ड", "Uttar Pradesh Sunni Central Waqf Board"),
    ("एन सी सक्सेना कमेटी", "N. C. Saxena Committee"),  # initials stay together; सक्सेना as name_spellings.tsv spells it
    ("पीपल्स लिबरेशन आर्मी", "People's Liberation Army"),
    ("जवाहर सुरंग", "Jawahar Tunnel"),
    ("ब्रिटिश एयरवेज़", "British Airways"),  # the nukta folded
    ("अखिल भारतीय किसान सभा", "All India Kisan Sabha"),
])
def test_english_name(hindi: str, english: str) -> None:
    assert english_name(hindi, PLACES) == english


@pytest.mark.parametrize("hindi", ["मुलायम सिंह यादव", "जी के बंसल", "रिम्स"])
def test_without_common_words_it_is_the_romanization(hindi: str) -> None:
    assert english_name(hindi, PLACES) == romanize(hindi)


def test_new_organisation_named_in_english() -> None:
    doc = ghatna.extract("घायलों को सिटी केयर अस्पताल और नालंदा मेडिकल कॉलेज में भर्ती कराया गया।", html=False)
    names = {e.name for e in doc.entities if e.type == "ORG" and e.kb_id is None}
    assert any(name.endswith("Hospital") for name in names), names
