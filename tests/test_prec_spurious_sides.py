"""Sides that made spurious events in general and domestic news (issue 10): a place in a police
report's parentage is a person's name ("सलीम पुत्र इसराइल", ``names_a_parent``); an office word right
before "पद" names a post, not its holder ("राष्ट्रपति पद के उम्मीदवार", ``names_a_post``); an unnamed
office joined to a titled person by "और" is that person ("भाजपा नेता और केंद्रीय मंत्री X",
``one_holder``), but two offices are two people ("विदेश मंत्री और रक्षा मंत्री X"). Each table has sentences where the rule must not apply."""

from __future__ import annotations

import pytest

from ghatna.api import extract
from ghatna.document import Document


def sides(doc: Document, kind: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for event in doc.events:
        if event.type != kind:
            continue
        d = event.as_dict()
        source, target = d.get("source") or {}, d.get("target") or {}
        out.append((source.get("name") or "", source.get("country"), target.get("country")))
    return out


@pytest.mark.parametrize(("text", "word"), [
    ("पुलिस ने आरोपी सलीम पुत्र इसराइल निवासी रामपुर को गिरफ्तार कर लिया।", "इसराइल"),
    ("मारपीट के मामले में इसराइल पुत्र नूर मोहम्मद निवासी नई बस्ती के खिलाफ केस दर्ज किया गया।", "इसराइल"),
    ("घायल महिला रीना पत्नी भारत निवासी सीतापुर को अस्पताल में भर्ती कराया गया।", "भारत"),
    ("गांव के अजय पुत्र भारत ने पड़ोसी के साथ मारपीट की।", "भारत"),
])
def test_a_place_in_a_reports_parentage_is_no_country(text: str, word: str) -> None:
    doc = extract(text, published="2020-04-20")
    linked = [e for e in doc.entities if e.kind == "country" and any(m.text == word for m in e.mentions)]
    assert not linked, text
    assert all("ISR" not in (source, target) for _, source, target in sides(doc, "COERCE") + sides(doc, "ASSAULT")), text


@pytest.mark.parametrize(("text", "country"), [
    ("उनका पुत्र अमेरिका में रहता है और इसराइल ने गाजा पर हवाई हमला किया।", "ISR"),
    ("इसराइल ने गाजा पट्टी पर हवाई हमला किया।", "ISR"),
    ("उसकी पुत्री इटली में पढ़ती है, जहां पुलिस ने दो तस्करों को गिरफ्तार किया।", "ITA"),
    ("उनकी पत्नी इटली से लौटी थीं, इसलिए पूरे परिवार को घर में अलग रहने को कहा गया।", "ITA"),
    ("व्यापारी ने अपने पुत्र को पढ़ाई के लिए जापान भेजा था।", "JPN"),
    ("उनकी पत्नी अमेरिका से लौटीं तो पूरे परिवार की जांच कराई गई।", "USA"),
    ("मुख्यमंत्री अमेरिका पत्नी के साथ गए थे और वहां निवेशकों से मिले।", "USA"),
    ("वे इटली पत्नी और बच्चों के साथ घूमने गए थे।", "ITA"),
    ("कारोबारी जापान पुत्री से मिलने गया था।", "JPN"),
])
def test_a_place_elsewhere_stays_a_place(text: str, country: str) -> None:
    doc = extract(text, published="2020-04-20")
    assert any(e.country == country and e.kind == "country" for e in doc.entities), text


@pytest.mark.parametrize(("text", "kind", "office"), [
    ("राष्ट्रपति पद के उम्मीदवार घोषित होने के बाद जलीली धार्मिक नेता मिस्बाह से मिलने कुम गए।", "CONSULT", "president"),
    ("मुख्यमंत्री पद की शपथ लेने के बाद उद्धव ठाकरे ने शरद पवार से मुलाकात की।", "CONSULT", "chief minister"),
    ("प्रधानमंत्री पद के दावेदार ने बुधवार को विपक्ष पर झूठ फैलाने का आरोप लगाया।", "ACCUSE", "prime minister"),
])
def test_an_office_before_a_post_word_is_no_actor(text: str, kind: str, office: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert not any(name.endswith(office) for name, _, _ in found), (text, found)


@pytest.mark.parametrize(("text", "kind", "office"), [
    ("राष्ट्रपति ने प्रधानमंत्री से मुलाकात की।", "CONSULT", "president"),
    ("मुख्यमंत्री ने अधिकारियों के साथ बैठक की।", "CONSULT", "chief minister"),
])
def test_an_office_without_a_post_word_acts(text: str, kind: str, office: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert any(name.endswith(office) for name, _, _ in found), (text, found)


@pytest.mark.parametrize(("text", "kind", "person"), [
    ("वरिष्ठ भाजपा नेता और केंद्रीय मंत्री प्रकाश जावड़ेकर ने कांग्रेस पर जनता को गुमराह करने का आरोप लगाया।",
     "ACCUSE", "Prakash Javadekar"),
    ("भाजपा की वरिष्ठ नेता और वित्त मंत्री निर्मला सीतारमण ने कांग्रेस पर देश को भ्रमित करने का आरोप लगाया।",
     "ACCUSE", "Nirmala Sitharaman"),
    ("सपा के पूर्व जिला सचिव व समाजसेवी रमेश यादव ने गांव के गरीबों में कंबल वितरित किए।", "AID", "Ramesh Yadav"),
    ("कांग्रेस नेता एवं सांसद शशि थरूर ने सरकार की नई नीति की आलोचना की।", "ACCUSE", "Shashi Tharoor"),
    ("पूर्व मंत्री और विधायक सुरेश राणा ने प्रशासन पर किसानों को परेशान करने का आरोप लगाया।", "ACCUSE", "Suresh Rana"),
    ("केंद्रीय मंत्री और भाजपा नेता पीयूष गोयल ने कांग्रेस पर देश को गुमराह करने का आरोप लगाया।", "ACCUSE", "Piyush Goyal"),
])
def test_titles_joined_before_one_name_are_one_actor(text: str, kind: str, person: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert [name for name, _, _ in found] == [person], (text, found)


@pytest.mark.parametrize(("text", "kind"), [
    ("विदेश मंत्री और रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा मंत्री से मुलाकात की।", "CONSULT"),
    ("राज्य के स्वास्थ्य मंत्री और मुख्य सचिव राजीव कुमार ने डॉक्टरों से हड़ताल खत्म करने की अपील की।", "REQUEST"),
    ("वित्त मंत्री और वाणिज्य सचिव अनूप वधावन ने चीन पर सस्ता माल खपाने का आरोप लगाया।", "ACCUSE"),
    ("कृषि मंत्री और खाद्य सचिव अजय मिश्रा ने किसानों से पराली न जलाने की अपील की।", "REQUEST"),
])
def test_two_offices_before_one_name_are_two_people(text: str, kind: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert len({name for name, _, _ in found}) == 2, (text, found)


@pytest.mark.parametrize(("text", "kind"), [
    ("भाजपा नेताओं और केंद्रीय मंत्री प्रकाश जावड़ेकर ने कांग्रेस पर आरोप लगाया।", "ACCUSE"),
    ("पुलिस और जिलाधिकारी राजेश कुमार ने ग्रामीणों से शांति बनाए रखने की अपील की।", "REQUEST"),
])
def test_a_group_beside_a_titled_person_stays_an_actor(text: str, kind: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert len({name for name, _, _ in found}) == 2, (text, found)


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("काठमांडू में सुप्रीम कोर्ट ने सरकार को संसद भंग करने के फैसले पर जवाब देने को कहा।", "REQUEST", "NPL"),
    ("मंदिर का तालाब सूखने पर इस्लामाबाद में सुप्रीम कोर्ट ने प्रांतीय सरकार को तालाब भरवाने का आदेश दिया।",
     "REQUEST", "PAK"),
])
def test_a_bare_national_body_in_a_story_abroad_is_of_that_country(text: str, kind: str, country: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert found and found[-1][1] == country, (text, found)


@pytest.mark.parametrize(("text", "kind"), [
    ("सुप्रीम कोर्ट ने केंद्र सरकार को नोटिस जारी कर दो हफ्ते में जवाब मांगा।", "REQUEST"),
    ("अमेरिका में फंसे भारतीयों की वापसी के मामले में सुप्रीम कोर्ट ने केंद्र से जवाब मांगा।", "REQUEST"),
    ("दिल्ली में हिंसा के बाद गृह मंत्रालय ने पुलिस को सख्त कार्रवाई का निर्देश दिया।", "REQUEST"),
])
def test_a_bare_national_body_at_home_stays_indian(text: str, kind: str) -> None:
    found = sides(extract(text, published="2020-04-20"), kind)
    assert found and found[0][1] == "IND", (text, found)
