"""Attack and riot wording of Hindi crime and conflict reports that the lexicon must read in all
its forms: shot down in any tense or number, stone-pelting in both spellings, a crime "carried
out" (अंजाम देना), and that a plain "अंजाम" of consequences stays a threat, not an attack."""

from __future__ import annotations

import pytest
from test_triggers_mined import lexicon_plover


@pytest.mark.parametrize(("text", "plover"), [
    ("सुरक्षाबलों ने घुसपैठ कर रहे दो आतंकियों को मार गिराए।", "ASSAULT"),
    ("वायुसेना ने सीमा में घुसे ड्रोन को मार गिराने का दावा किया।", "ASSAULT"),
    ("नौसेना ने समुद्र के ऊपर दुश्मन की एक मिसाइल मार गिराई।", "ASSAULT"),
    ("गांव में जुलूस रोके जाने पर लोगों ने पत्थरबाजी शुरू कर दी।", "PROTEST"),
    ("बदमाशों ने दिनदहाड़े लूट की वारदात को अंजाम दिया।", "ASSAULT"),
    ("जांच में पता चला कि दो हमलावरों ने मिलकर हमले को अंजाम दिया था।", "ASSAULT"),
])
def test_attack_wording_gives_its_type(text: str, plover: str) -> None:
    assert plover in lexicon_plover(text)


def test_consequences_threatened_are_no_attack() -> None:
    found = lexicon_plover("मंत्री ने चेतावनी दी कि नियम तोड़ने वालों को गंभीर अंजाम भुगतने होंगे।")
    assert "ASSAULT" not in found and "THREATEN" in found
