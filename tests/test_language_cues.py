"""Devanagari lines with no function word (headlines): Hindi unless langid is sure of Marathi or
Nepali and the line shows one of that language's cues (languages.yaml)."""

from __future__ import annotations

import pytest

import ghatna
from ghatna import Pipeline
from ghatna.text.language import devanagari_share


@pytest.mark.parametrize(("text", "language"), [
    ("आमदारांनी सभागृहात गोंधळ घातला", "mr"),
    ("मंत्र्यांनी शेतकऱ्यांना मदत जाहीर केली", "mr"),
    ("मुंबईत पाऊस, लोकल सेवा विस्कळीत", "mr"),
    ("राज्यपालांनी विधेयकाला मंजुरी दिली", "mr"),
    ("गृहमन्त्रीले सुरक्षा निकायहरूलाई निर्देशन दिनुभयो", "ne"),
    ("राष्ट्रपतिले नयाँ मन्त्रीहरूलाई शपथ गराउनुभयो", "ne"),
])
def test_marathi_and_nepali_lines_without_function_words_are_not_hindi(
        text: str, language: str, pipeline: Pipeline) -> None:
    assert ghatna.extract(text, pipeline=pipeline).language == language


@pytest.mark.parametrize("text", [
    "मोदी-बाइडेन मुलाकात आज",             # langid: mr 0.63
    "सीमा विवाद: भारत-चीन वार्ता आज",      # mr 0.99, but no Marathi cue (सीमा ends as Nepali -मा)
    "नेपाल: प्रधानमंत्री प्रचंड दिल्ली पहुंचे",  # mr 0.95, no cue
    "बिहार: नीतीश कुमार दिल्ली रवाना",       # mr 0.97, no cue
    "रूस-यूक्रेन युद्ध: शांति वार्ता बेनतीजा",
    "घोटाला: पूर्व मंत्री गिरफ्तार",          # a Marathi-looking ending, langid below 0.9
    "सीमा विवाद: हमले जारी",                # two Nepali-looking endings, langid says mr
    "मसले सुलझे, समझौता लागू",
])
def test_hindi_headlines_without_function_words_stay_hindi(text: str, pipeline: Pipeline) -> None:
    assert ghatna.extract(text, pipeline=pipeline).language == "hi"


@pytest.mark.parametrize("text", ["मुख्यमंत्री ने बैठक की", "भारत और नेपाल की वार्ता", "Modi in दिल्ली"])
def test_devanagari_share_is_at_most_one(text: str) -> None:
    assert 0.0 < devanagari_share(text) <= 1.0
