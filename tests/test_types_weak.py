"""The weak types of general and domestic news, by the lexemes Hindi tells them with (issue 10):
SANCTION (suspensions, dismissals, expulsions, cancelled licences and memberships), AID (help
sent, donations, loan waivers, relief money, medicine, food and masks handed out), CONCEDE (surrender, bail, demands
met), THREATEN (consequences to bear, action that will be taken) and
REJECT (disowning, leaving an agreement) (``data/triggers.tsv``)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def types(text: str, pipeline: Pipeline) -> list[str]:
    return [e.type for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize(("text", "plover"), [
    ("मेरठ के एसएसपी ने रिश्वत लेने के आरोप में दो सिपाहियों को लाइन हाजिर कर दिया।", "SANCTION"),
    ("पुलिस अधीक्षक ने ड्यूटी से गैरहाजिर दो सिपाहियों को सस्पेंड कर दिया।", "SANCTION"),
    ("बहुजन समाज पार्टी ने अनुशासनहीनता के आरोप में अपने दो विधायकों को पार्टी से निकाल दिया।", "SANCTION"),
    ("पुलिस ने अवैध शराब बेचने वाले पांच दुकानदारों के लाइसेंस निरस्त कर दिए।", "SANCTION"),
    ("सरकार ने नियम तोड़ने वाली दो कंपनियों का पंजीकरण रद्द किया।", "SANCTION"),
    ("सरकार ने दल बदलने वाले दो विधायकों की सदस्यता समाप्त कर दी।", "SANCTION"),
    ("जापान ने बाढ़ से घिरे बांग्लादेश को तुरंत मदद पहुंचाई।", "AID"),
    ("एक उद्योगपति ने राज्य सरकार को दो करोड़ रुपये दान दिए।", "AID"),
    ("महाराष्ट्र सरकार ने सूखा प्रभावित किसानों का कर्ज माफ कर दिया।", "AID"),
    ("भारत ने नेपाल को दस लाख कोरोना वैक्सीन भेजीं।", "AID"),
    ("पुलिस ने रैन बसेरों में रह रहे मजदूरों को खाना बांटा।", "AID"),
    ("युवा मोर्चा के कार्यकर्ताओं ने बाजार में लोगों को मुफ्त मास्क बांटे।", "AID"),
    ("पुलिस ने स्टेशन पर फंसे यात्रियों को भोजन के पैकेट बांटे।", "AID"),
    ("राज्य सरकार ने बाढ़ पीड़ित परिवारों को राहत राशि दी।", "AID"),
    ("सुकमा में आठ नक्सलियों ने पुलिस के सामने आत्मसमर्पण किया।", "CONCEDE"),
    ("उच्च न्यायालय ने गिरफ्तार पत्रकार को जमानत दे दी।", "CONCEDE"),
    ("राज्य सरकार ने हड़ताली डॉक्टरों की मांग मान ली।", "CONCEDE"),
    ("ईरान ने कहा कि इस्राइल को इस हमले के नतीजे भुगतने होंगे।", "THREATEN"),
    ("जिलाधिकारी ने कहा कि जमाखोरी करने वाले व्यापारियों पर सख्त कार्रवाई होगी।", "THREATEN"),
    ("भाजपा ने अपने सांसद के विवादित बयान से पल्ला झाड़ लिया।", "REJECT"),
    ("अमेरिका ने ईरान के साथ 2015 में हुए परमाणु समझौते से हटने का फैसला किया।", "REJECT"),
])
def test_weak_type_lexemes_tell_their_type(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover in types(text, pipeline)


@pytest.mark.parametrize(("text", "plover"), [
    ("विपक्ष ने मांग की कि सरकार किसानों का कर्ज माफ करे।", "AID"),
    ("पुलिस ने उग्रवादियों से आत्मसमर्पण करने की अपील की।", "CONCEDE"),
    ("रिपोर्ट के अनुसार ऐसे मामलों में अधिकारियों को सस्पेंड किया जाता है।", "SANCTION"),
])
def test_what_is_asked_for_or_habitual_is_not_the_deed(text: str, plover: str, pipeline: Pipeline) -> None:
    assert plover not in types(text, pipeline)
