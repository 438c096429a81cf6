"""India's own bodies and real places stay so (review of issue 10's prec rules): a bare national
body ("विदेश मंत्रालय ने") in a story told abroad is still India's when no place is told with "में"
right before it, above all when it deals with that country ("विदेश मंत्रालय ने अमेरिकी सरकार से");
a place after a word of kin joined by "और"/"व"/"एवं"/"तथा" or a comma to another is a place, not a
name in a report's parentage ("उनकी पत्नी और पुत्र अमेरिका से लौटे"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_prec_spurious_sides import sides

from ghatna.api import extract


@pytest.mark.parametrize(("text", "kind", "target"), [
    (("टेक्सास के ह्यूस्टन शहर में एक छात्र की गोली मारकर हत्या कर दी गई। टेक्सास के गवर्नर ग्रेग एबॉट ने "
      "घटना पर दुख जताया। विदेश मंत्रालय ने अमेरिकी सरकार से मामले की जांच की मांग की।"), "REQUEST", "USA"),
    (("बीजिंग में चीनी सेना ने बड़ा सैन्य अभ्यास किया। चीनी विदेश मंत्री वांग यी ने इसे नियमित बताया। "
      "रक्षा मंत्रालय ने चीनी सेना पर सीमा पर तनाव बढ़ाने का आरोप लगाया।"), "ACCUSE", "CHN"),
    (("काठमांडू में आए भूकंप से सैकड़ों घर ढह गए। नेपाली प्रधानमंत्री केपी शर्मा ओली ने प्रभावित इलाकों का दौरा "
      "किया। विदेश मंत्रालय ने नेपाल को राहत सामग्री भेजी।"), "AID", "NPL"),
    (("ढाका में छात्रों ने सरकार के खिलाफ प्रदर्शन किया। बांग्लादेश की प्रधानमंत्री शेख हसीना ने आपात "
      "बैठक बुलाई। गृह मंत्रालय ने बांग्लादेश सरकार से सीमा पर चौकसी बढ़ाने का अनुरोध किया।"), "REQUEST", "BGD"),
    (("मॉस्को में रूसी राष्ट्रपति व्लादिमीर पुतिन ने नई मिसाइल का परीक्षण देखा। रक्षा मंत्रालय ने रूस से "
      "हथियारों की बाकी खेप जल्द भेजने का आग्रह किया।"), "REQUEST", "RUS"),
])
def test_a_bare_body_dealing_with_the_country_of_a_story_abroad_stays_indian(text: str, kind: str,
                                                                              target: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert found and all(source == "IND" for _, source, _ in found), (text, found)
    assert any(tgt == target for _, _, tgt in found), (text, found)


@pytest.mark.parametrize(("text", "country"), [
    ("कोरोना काल में उनकी पत्नी और पुत्र अमेरिका से लौटे थे, इसलिए परिवार को घर में रहने को कहा गया।", "USA"),
    ("गांव के व्यापारी की पत्नी और पुत्री नेपाल से लौटीं तो पड़ोसियों ने उन पर चोरी का आरोप लगाया।", "NPL"),
    ("डॉक्टर की मां व पत्नी इटली से आई थीं, इसलिए उन्हें अलग रखा गया।", "ITA"),
    ("विधायक के भाई, पुत्र जापान से छुट्टी में घर आए हैं।", "JPN"),
    ("शिक्षक की बहन एवं पुत्री कनाडा से वापस आईं।", "CAN"),
])
def test_a_place_after_kin_joined_to_kin_stays_a_place(text: str, country: str) -> None:
    doc = extract(text, published="2020-04-20")
    assert any(e.country == country and e.kind == "country" for e in doc.entities), text


def test_an_accusation_beside_kin_keeps_its_place() -> None:
    text = "गांव के व्यापारी की पत्नी और पुत्री नेपाल से लौटीं तो पड़ोसियों ने उन पर चोरी का आरोप लगाया।"
    found = sides(extract(text, published="2020-04-20"), "ACCUSE")
    assert found and all(src is not None and tgt is not None for _, src, tgt in found), found
