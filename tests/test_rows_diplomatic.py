"""Diplomatic wordings of charges and sanctions (issue 10, triggers.tsv): "X ने Y को … मुद्दे पर
घेरा", "को लेकर घेरा", "Y को मौतों के लिए दोषी ठहराया", "भड़ास निकाली"; recalling envoys without
को ("अपने राजनयिक वापस बुलाए"), expelling them ("को देश से निकाला", "अवांछित घोषित"), ending trade
ties, duties laid on another country's goods; a proposal struck down is a rejection. Look-alikes
(surrounding a place, a court's conviction, a duty on a product of one's own) stay other."""

from __future__ import annotations

import pytest

import ghatna


def dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text).events}


@pytest.mark.parametrize(("text", "dyad"), [
    ("ब्रिटेन के विदेश मंत्री ने चीन को मानवाधिकारों के मुद्दे पर घेरा।", ("ACCUSE", "GBR", "CHN")),
    ("जर्मनी की विदेश मंत्री ने रूस को ऊर्जा आपूर्ति को लेकर घेरा।", ("ACCUSE", "DEU", "RUS")),
    ("अमेरिकी सांसद चीन को व्यापार नीति को लेकर घेर रहे हैं।", ("ACCUSE", "USA", "CHN")),
    ("यूक्रेन ने रूस को नागरिकों की मौत के लिए दोषी ठहराया।", ("ACCUSE", "UKR", "RUS")),
    ("इजराइल ने ईरान को क्षेत्र में बढ़ते तनाव के लिए दोषी ठहराया है।", ("ACCUSE", "ISR", "IRN")),
    ("इजराइल के प्रधानमंत्री ने ईरान के खिलाफ जमकर भड़ास निकाली।", ("ACCUSE", "ISR", "IRN")),
    ("पाकिस्तान की विदेश मंत्री ने भारत पर भड़ास निकालते हुए कहा कि वह झूठ फैला रहा है।", ("ACCUSE", "PAK", "IND")),
    ("कनाडा ने भारत से अपने राजनयिक वापस बुलाए।", ("SANCTION", "CAN", "IND")),
    ("बांग्लादेश ने म्यांमार से अपना राजदूत वापस बुला लिया है।", ("SANCTION", "BGD", "MMR")),
    ("ब्रिटेन ने ईरान के राजदूत को देश से निकाल दिया।", ("SANCTION", "GBR", "IRN")),
    ("रूस ने अमेरिका के दो राजनयिकों को देश से निकाला।", ("SANCTION", "RUS", "USA")),
    ("पोलैंड ने रूसी राजनयिक को अवांछित घोषित कर दिया।", ("SANCTION", "POL", "RUS")),
    ("भारत ने पाकिस्तान से सभी व्यापारिक संबंध खत्म कर दिए।", ("SANCTION", "IND", "PAK")),
    ("मालदीव ने ईरान के साथ राजनयिक संबंध समाप्त कर दिए हैं।", ("SANCTION", "MDV", "IRN")),
    ("अमेरिका ने भारतीय उत्पादों पर अतिरिक्त शुल्क लगाया।", ("SANCTION", "USA", "IND")),
    ("चीन ने ऑस्ट्रेलियाई शराब पर भारी शुल्क लगाया।", ("SANCTION", "CHN", "AUS")),
    ("अमेरिका ने रूस के प्रस्तावों को रद्द कर दिया।", ("REJECT", "USA", "RUS")),
])
def test_diplomatic_wording_is_coded(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


@pytest.mark.parametrize(("text", "not_type"), [
    ("पुलिस ने पूरे इलाके को घेर लिया।", "ACCUSE"),
    ("सुरक्षाबलों ने गांव को चारों ओर से घेरा।", "ACCUSE"),
    ("अदालत ने आरोपी को हत्या का दोषी ठहराया।", "ACCUSE"),
    ("सरकार ने शराब पर नया शुल्क लगाया।", "SANCTION"),
    ("कंपनी ने अपने कर्मचारियों को वापस बुला लिया।", "SANCTION"),
])
def test_look_alikes_stay_other(text: str, not_type: str) -> None:
    assert not any(t == not_type for t, _s, _g in dyads(text))
