"""Criticism and blame told without an accusing noun (issue 10, accuse6): blame laid in reported
speech ("कहा कि … के लिए Y जिम्मेदार है"), a plot, neglect or bias that speech says Y committed
("Y ने साजिश रची", "Y लापरवाही बरत रहा है"), a politics of division that speech says Y practises,
labels held as one's view ("Y के फैसले को अनैतिक मानते हैं") and the newer blame labels, a case
prosecuted ("Y पर … का मामला चलाया"), and the spellings ऊंगली / अंगुली of a finger raised. Their
look-alikes, a cause that is no actor, a duty, what is generally thought, a case still pending,
give no such event."""

from __future__ import annotations

import pytest

import ghatna


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text)
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("जापान के रक्षा मंत्री ने कहा कि समुद्र में बढ़ते तनाव के लिए चीन जिम्मेदार है।", None, "China"),
    ("शिवराज सिंह चौहान ने कहा कि किसानों की बदहाली के लिए कांग्रेस जिम्मेदार थी।", "Shivraj Singh Chouhan",
     "Indian National Congress"),
    ("अमित शाह ने रैली में कहा कि आम आदमी पार्टी ने दिल्ली में दंगों की साजिश रची थी।", "Amit Shah",
     "Aam Aadmi Party"),
    ("अशोक गहलोत ने कहा कि भाजपा ने उनकी सरकार गिराने का षड्यंत्र रचा।", "Ashok Gehlot",
     "Bharatiya Janata Party"),
    ("अखिलेश यादव ने कहा कि योगी आदित्यनाथ की सरकार ने बाढ़ पीड़ितों की मदद में लापरवाही बरती।",
     "Akhilesh Yadav", None),
    ("ममता बनर्जी ने कहा कि केंद्र सरकार टीकों के बंटवारे में बंगाल से भेदभाव बरत रही है।", "Mamata Banerjee",
     "Government of India"),
    ("तेजस्वी यादव ने कहा कि नीतीश कुमार ने अस्पतालों की तैयारी में कोताही बरती है।", "Tejashwi Yadav",
     "Nitish Kumar"),
    ("मायावती ने कहा कि भाजपा जातिवाद की राजनीति करती है।", "Mayawati", "Bharatiya Janata Party"),
    ("कपिल सिब्बल नरेंद्र मोदी के इस कानून को असंवैधानिक मानते हैं।", "Kapil Sibal", "Narendra Modi"),
    ("अशोक गहलोत ने केंद्र सरकार के फैसले को अन्यायपूर्ण बताया।", "Ashok Gehlot", "Government of India"),
    ("उद्धव ठाकरे ने कहा कि भाजपा का यह रवैया बचकाना है।", "Uddhav Thackeray", "Bharatiya Janata Party"),
    ("राहुल गांधी ने चुनाव आयोग की भूमिका पर ऊंगली उठाई।", "Rahul Gandhi", "Election Commission of India"),
    ("शरद पवार ने राज्यपाल के फैसले पर अंगुली उठाई।", "Sharad Pawar", None),
])
def test_reported_criticism_is_an_accusation(text: str, source: str | None, target: str | None) -> None:
    found = [(s, t) for p, s, t in coded(text) if p == "ACCUSE"]
    assert any(source in (None, s) and target in (None, t) for s, t in found), (text, coded(text))


def test_a_case_prosecuted_is_a_charge() -> None:
    doc = ghatna.extract("अमेरिका में अभियोजकों ने एक भारतीय व्यापारी पर धोखाधड़ी का मामला चलाया।")
    assert [e.mode for e in doc.events if e.type == "ACCUSE"] == ["charge"]


@pytest.mark.parametrize("text", [
    "डॉक्टरों ने कहा कि इस बीमारी के लिए एक जीवाणु जिम्मेदार है।",  # a cause, no actor
    "मुख्य सचिव ने कहा कि जिलों में राशन बांटने के लिए जिलाधिकारी जिम्मेदार हैं।",  # a duty
    "लेखक ने अपने नए उपन्यास में एक रोचक कहानी रची।",  # रचना, no plot
    "नड्डा ने कहा कि मोदी सरकार ने परिवारवाद की राजनीति खत्म कर दी।",  # ended, not practised
    "पुलिस ने लोगों से कहा कि वे मास्क पहनने में लापरवाही न बरतें।",  # advice, no charge
    "इस जंगल के रास्ते को रात में खतरनाक माना जाता है।",  # what is generally thought
    "दोनों परिवारों के बीच जमीन का यह मामला अदालत में कई साल से चल रहा है।",  # a case pending
])
def test_look_alikes_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in {p for p, _s, _t in coded(text)}, (text, coded(text))
