"""Doers and victims of attacks told by what they are (generic_actors.tsv, issue 10): warplanes
and drones of a country are its armed forces ("अमरीकी लड़ाकू विमानों ने हवाई हमले किए"), and the groups
Hindi crime news names by kind ("असामाजिक तत्वों ने", "स्वास्थ्य टीम पर", "नर्स के साथ",
"गोरक्षकों ने") and the communities a riot is aimed at ("दलितों पर", "मुसलमानों पर") are sides of
the attack instead of leaving it without one; atrocities and molestation done to someone are
attacks (triggers.tsv: 'अत्याचार {करना}', 'छेड़खानी {करना}', 'यौन उत्पीड़न {करना}'); an animal's attack
("गुलदार के हमले में", "बंदरों ने … हमला किया") is none (modality.yaml animals)."""

from __future__ import annotations

import pytest

import ghatna


def assaults(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(e.source.country if e.source else None, e.source.sector if e.source else None,
             e.target.country if e.target else None, e.target.name if e.target else None)
            for e in ghatna.extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "doer", "target_country"), [
    ("अमरीकी लड़ाकू विमानों ने पहाड़ी इलाके में हवाई हमले किए जिनमें 14 तालिबान लड़ाके मारे गए।", "USA", None),
    ("इसराइली लड़ाकू विमानों ने रात भर गाजा पर बमबारी की।", "ISR", "PSE"),
    ("सऊदी गठबंधन के युद्धक विमानों ने यमन के उत्तरी शहर में हवाई हमले किए।", "SAU", "YEM"),
    ("रूसी ड्रोनों ने खारकीव में बिजली घरों को निशाना बनाया।", "RUS", "UKR"),
    ("तुर्की के युद्धक विमानों ने इराक के पहाड़ों में कुर्द लड़ाकों के ठिकानों पर बम गिराए।", "TUR", None),
])
def test_warplanes_of_a_country_are_its_forces(text: str, doer: str, target_country: str | None) -> None:
    found = assaults(text)
    assert any(src == doer and sector == "MIL" for src, sector, _, _ in found), found
    assert all(tgt != doer for _, _, tgt, _ in found), found  # the demonym is no target
    if target_country:
        assert any(tgt == target_country for _, _, tgt, _ in found), found


@pytest.mark.parametrize("text", [
    "अमरीकी ड्रोन हमले में अल कायदा के तीन आतंकी मारे गए।",
    "अमरीकी हवाई हमले में इस्लामिक स्टेट के दो कमांडर मारे गए।",
])
def test_a_strike_named_by_its_weapon_keeps_its_owner(text: str) -> None:
    assert any(src == "USA" for src, _, _, _ in assaults(text))


@pytest.mark.parametrize("text", [
    "पुलिस ने ड्रोनों से पूरे इलाके की निगरानी की।",
    "भारतीय वायुसेना के विमानों ने गणतंत्र दिवस पर फ्लाई-पास्ट किया।",
])
def test_aircraft_without_a_strike_make_no_attack(text: str) -> None:
    assert assaults(text) == []


def test_flights_are_no_armed_forces() -> None:
    events = ghatna.extract("जापान ने चीन जाने वाले विमानों पर रोक लगा दी है।").events
    bans = [(e.source.country, e.target.country, e.target.sector) for e in events
            if e.type == "SANCTION" and e.source is not None and e.target is not None]
    assert [ban[:2] for ban in bans] == [("JPN", "CHN")]  # the ban is there, on the country
    assert bans[0][2] != "MIL"


@pytest.mark.parametrize(("text", "target"), [
    ("गांव में सर्वे करने गई स्वास्थ्य टीम पर कुछ लोगों ने हमला कर दिया।", "health workers"),
    ("बदमाशों ने सड़क पर झाड़ू लगा रहे सफाईकर्मियों को पीट दिया।", "workers"),
    ("भीड़ ने अस्पताल में एक नर्स के साथ मारपीट की।", "health workers"),
    ("बदमाशों ने गश्त कर रहे वनकर्मियों पर हमला कर दिया।", "officials"),
    ("कुछ लोगों ने गांव में ईसाई मिशनरियों पर हमला किया।", "clerics"),
])
def test_victims_named_by_their_work(text: str, target: str) -> None:
    assert any(name == target for _, _, _, name in assaults(text)), assaults(text)


@pytest.mark.parametrize(("text", "sector"), [
    ("असामाजिक तत्वों ने सब्जी विक्रेता की बुरी तरह पिटाई की।", "CRM"),
    ("शरारती तत्वों ने देर रात दुकानदार पर हमला कर दिया।", "CRM"),
    ("गोरक्षकों ने एक पशु व्यापारी की पीट-पीटकर हत्या कर दी।", "CVL"),
])
def test_doers_named_by_their_kind(text: str, sector: str) -> None:
    assert any(doer_sector == sector for _, doer_sector, _, _ in assaults(text)), assaults(text)


@pytest.mark.parametrize(("text", "target"), [
    ("दबंगों ने गांव के दलितों पर लाठियों से हमला किया।", "Dalits"),
    ("जमीन के विवाद में कुछ लोगों ने आदिवासियों के साथ मारपीट की।", "tribals"),
    ("भीड़ ने मोहल्ले में मुसलमानों पर पथराव के बाद हमला कर दिया।", "Muslims"),
    ("उपद्रवियों ने शहर में सिखों की दुकानों में आग लगाकर सिखों पर हमला किया।", "Sikhs"),
    ("कुछ कट्टरपंथियों ने प्रार्थना सभा में ईसाइयों पर हमला कर दिया।", "Christians"),
])
def test_communities_attacked(text: str, target: str) -> None:
    assert any(name is not None and name.endswith(target) for _, _, _, name in assaults(text)), assaults(text)


@pytest.mark.parametrize("text", [
    "म्यांमार की सेना ने रोहिंग्या मुसलमानों पर बर्बर अत्याचार किए।",
    "दबंगों ने गांव के दलितों पर अत्याचार किया।",
    "दो मनचलों ने स्कूल जा रही छात्रा के साथ छेड़खानी की।",
    "आरोपी शिक्षक ने कक्षा की एक छात्रा का यौन उत्पीड़न किया।",
])
def test_atrocities_and_molestation_are_attacks(text: str) -> None:
    assert assaults(text), text


@pytest.mark.parametrize("text", [
    "दलितों पर अत्याचार की घटनाएं पिछले साल बढ़ी हैं।",
    "संस्था ने महिलाओं पर अत्याचार के खिलाफ आवाज उठाई।",
    "पुलिस ने हिंदुओं और मुसलमानों से शांति बनाए रखने की अपील की।",
])
def test_no_attack_without_a_deed(text: str) -> None:
    assert assaults(text) == []


@pytest.mark.parametrize("text", [
    "गुलदार के हमले में आंगन में खेल रहा एक बच्चा घायल हो गया।",
    "बंदरों ने छत पर कपड़े सुखा रही महिला पर हमला कर दिया।",
    "भेड़िये ने खेत के पास तीन बच्चों पर हमला किया।",
    "जंगली सूअर के हमले में एक किसान घायल।",
])
def test_animals_attack_no_one(text: str) -> None:
    assert assaults(text) == []


def test_non_members_are_not_the_community() -> None:
    found = assaults("गैर-मुसलमानों ने बस्ती के रोहिंग्या लोगों को निशाना बनाया।")
    assert found and all(not (name or "").endswith("Muslims") for _, _, _, name in found)
    assert not any(src_sector is None for _, src_sector, _, _ in found)
