"""Attacks aimed at an actor or at a thing it owns, marked पर right before the attack: "अमरीकी
ठिकानों पर ईरानी मिसाइल हमलों के बाद", "पुलिस थाने पर हमला हुआ", "दूतावास पर रॉकेटों से हमला हुआ".
The target is the actor so marked or the owner of the thing (a base, a building, a vehicle);
an attack so aimed is told anew even before "के बाद"/"के बारे में" (written sentences, rule coder)."""

from __future__ import annotations

import pytest
from test_attacks import Side, attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


def countries(found: list[tuple[Side, Side]]) -> list[tuple[str | None, str | None]]:
    return [(src[2], tgt[2]) for src, tgt in found]


@pytest.mark.parametrize(("text", "dyad"), [
    # the attacker a demonym or a genitive before the attack noun, the target marked पर before it
    ("सीरिया में तुर्की सैनिकों पर रूसी हवाई हमले के बाद अंकारा ने आपात बैठक बुलाई।", ("RUS", "TUR")),
    ("अफगानिस्तान में अमरीकी सैन्य अड्डे पर तालिबान के रॉकेट हमले के बारे में पेंटागन ने जानकारी दी।", (None, "USA")),
    ("इराक में अमरीकी सैन्य ठिकानों पर ईरान के मिसाइल हमले के बाद तेल के दाम बढ़ गए।", ("IRN", "USA")),
    ("लेबनान में इसराइली सेना की चौकियों पर हिज्बुल्लाह के हमले के बाद सीमा पर तनाव है।", (None, "ISR")),
])
def test_an_attack_aimed_with_its_doer_is_told_anew(text: str, dyad: tuple[str | None, str | None],
                                                     pipeline: Pipeline) -> None:
    found = countries(attacks(text, pipeline))
    assert any(tgt == dyad[1] and (dyad[0] is None or src == dyad[0]) for src, tgt in found), found


@pytest.mark.parametrize(("text", "target"), [
    # a thing attacked with no doer named: its owner is the target
    ("इराक में अमरीकी सैन्य अड्डे पर हमला हुआ।", "USA"),
    ("सीरिया में रूसी सैन्य ठिकाने पर ड्रोन से हमला हुआ।", "RUS"),
    ("यमन में सऊदी तेल संयंत्र पर मिसाइलों से हमला हुआ है।", "SAU"),
    ("कल रात पाकिस्तानी सेना के काफिले पर हमला हुआ।", "PAK"),
])
def test_a_thing_attacked_falls_on_its_owner(text: str, target: str, pipeline: Pipeline) -> None:
    assert target in [tgt for _src, tgt in countries(attacks(text, pipeline))]


@pytest.mark.parametrize("text", [
    # a state after an attack, a thing with no owner, an attack named in passing
    "मंदिर पर उपद्रवियों के हमले के बाद की स्थिति देखने के लिए एक दल भेजा जाएगा।",
    "गांव में एक पुराने घर पर हमला हुआ।",
    "हमले के बाद बाजार बंद रहे।",
    "उत्तर कोरिया के मिसाइल हमले के बाद जापानी सैन्य ठिकानों पर अलर्ट है।",
])
def test_no_aimed_attack_where_none_is_told(text: str, pipeline: Pipeline) -> None:
    assert attacks(text, pipeline) == []


@pytest.mark.parametrize("text", [
    "सेना ने कहा कि हमने आतंकियों के ठिकानों पर हमला किया।",
    "प्रवक्ता ने बताया कि उन्होंने विद्रोहियों के शिविरों पर हमला किया था।",
])
def test_a_doer_told_by_a_pronoun_is_not_unknown(text: str, pipeline: Pipeline) -> None:
    """"हमने … पर हमला किया": the deed has a doer the role finder cannot name; whose the things are
    is not read for an attack told with no agent (the learned detector's role filler reads it)."""
    assert ("", None, None) not in [src for src, _tgt in attacks(text, pipeline)]
