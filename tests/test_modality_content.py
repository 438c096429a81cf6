"""What is asked, said or warned after "कि" has its own modality: a negation or a future there
("अपील की कि वे इसे हल्के में न लें", "चेतावनी दी कि वह हमला नहीं सहेगा") does not make the
appeal or the warning itself negated or planned; a negation of the trigger's own clause still does."""

from __future__ import annotations

import pytest
from test_modality_participles import modality_at

from ghatna.extraction.modality import load_modality, refused
from ghatna.text.tokens import tokenize


@pytest.mark.parametrize(("text", "pattern", "modality"), [
    ("डॉक्टर ने मुख्यमंत्री से अपील की कि वह संक्रमण को हल्के में न लें।", "अपील", "asserted"),
    ("सेना ने चेतावनी दी कि वह सीमा पर कोई घुसपैठ नहीं सहेगी।", "चेतावनी", "asserted"),
    ("मंत्री ने लोगों से अनुरोध किया कि वे घरों से बाहर न निकलें।", "अनुरोध", "asserted"),
    ("सरकार ने किसानों की मांग नहीं मानी।", "मांग*", "negated"),
])
def test_content_after_ki_keeps_its_own_modality(text: str, pattern: str, modality: str) -> None:
    assert modality_at(text, pattern) == modality


def test_what_is_refused_right_after_its_trigger_is_negated_and_the_refusal_stands() -> None:
    text = "श्रीलंका के मंत्री ने चीनी राजदूत से मुलाकात करने से मना कर दिया।"
    assert modality_at(text, "मुलाकात") == "negated"
    assert modality_at("जापान ने फिलीपींस को सहायता देने से इंकार किया।", "सहायता {देना}") == "negated"
    tokens = tokenize("मंत्री ने चीनी राजदूत से मुलाकात की और बाद में बयान से इनकार किया।")
    met = next(i for i, t in enumerate(tokens) if t.text == "मुलाकात")
    assert refused(tokens, met + 1, load_modality()) is None  # a refusal later in the sentence is another act
