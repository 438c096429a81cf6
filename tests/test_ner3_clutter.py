"""The outlet's app promotion glued to a sentence and cut before its call to click names no
organisation ("… एंड्रॉएड ऐप"); prose about an outlet stays."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.text.inline_clutter import is_promotion


@pytest.mark.parametrize("sentence", [
    "(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए",
    "(बीबीसी हिंदी का एंड्रॉयड ऐप अपने फ़ोन पर डाउनलोड करने के लिए",
    "(क्या आपने बीबीसी हिन्दी का एंड्रॉएड मोबाइल ऐप अब तक देखा ?",
    "(बीबीसी हिन्दी के",
])
def test_cut_app_promotion(sentence: str) -> None:
    assert is_promotion(sentence)


@pytest.mark.parametrize("sentence", [
    "उन्होंने बीबीसी हिन्दी से कहा कि वे चुनाव लड़ेंगे।",
    "(बीबीसी हिन्दी के संवाददाता ने यह जानकारी दी)",
    "कंपनी ने अपना नया एंड्रॉएड ऐप जारी किया है।",
])
def test_prose_about_outlets_stays(sentence: str) -> None:
    assert not is_promotion(sentence)


def test_glued_promotion_leaves_no_organisation() -> None:
    doc = ghatna.extract("नदी पर नया पुल अगले साल तक बनकर खुलेगा.(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए")
    assert [e.name for e in doc.entities] == []
