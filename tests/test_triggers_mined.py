"""Trigger lemmas mined from the annotated train split (training/events/mine_triggers.py): each
new lexicon row matches its lemma in other inflections than its example, gives its PLOVER type,
and stays away from the look-alike words it must not take."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline
from ghatna.text.tokens import tokenize


def lexicon_types(text: str) -> set[tuple[str, str]]:
    tokens = tokenize(text)
    return {(m.trigger.pattern, m.trigger.plover) for m in load_triggers().find(tokens, 0, len(tokens))}


def lexicon_plover(text: str) -> set[str]:
    """The PLOVER types the lexicon finds in a text, whatever the phrase."""
    return {plover for _, plover in lexicon_types(text)}


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("दोनों देश अगले महीने रक्षा समझौते पर दस्तखत करेंगे।", "दस्तखत", "AGREE"),
    ("मजदूर संघ प्रबंधन के प्रस्ताव पर हामी भर चुका है।", "हामी {भरना}", "AGREE"),
    ("अफ्रीकी संघ ने नए देश को मान्यता देने का फैसला किया।", "मान्यता {देना}", "COOPERATE"),
    ("थाईलैंड ने तस्करी के आरोपी को भारत प्रत्यर्पित किया।", "प्रत्यर्पित {करना}", "COOPERATE"),
    ("यूरोपीय संघ ने टीकों की नई खेपें अफ्रीका भेजीं।", "खेप+", "AID"),
    ("केंद्र ने राज्यों को कर हिस्से की दो किस्तें जारी कीं।", "किस्त+ जारी", "AID"),
    ("भारी विरोध के बाद सरकार ने अपने फैसले वापस ले लिए।", "फैसला+ वापस {लेना}", "CONCEDE"),
    ("प्रशासन ने छात्रों पर दर्ज मुकदमे वापस लिए।", "मुकदमा+ वापस {लेना}", "CONCEDE"),
    ("संसद ने विवादित कानूनों को वापस लेने का प्रस्ताव पास किया।", "कानून+ को वापस {लेना}", "CONCEDE"),
    ("सरकार ने भूमि अधिग्रहण कानून वापस लिया।", "कानून+ वापस {लेना}", "CONCEDE"),
    ("विपक्ष ने स्थायी समिति की बैठकों का बहिष्कार किया।", "बैठक+ का बहिष्कार", "REJECT"),
    ("बैंक ने नियम तोड़ने वाली कंपनियों के लाइसेंस रद्द किए।", "लाइसेंस+ रद्द", "SANCTION"),
    ("अदालत के आदेश पर जांच एजेंसी ने आरोपी के खाते फ्रीज किए।", "फ्रीज {करना}", "SANCTION"),
    ("हालात बिगड़ने पर प्रशासन ने सेना बुला ली।", "सेना+ {बुलाना}", "MOBILIZE"),
    ("नौसेना ने छुट्टी पर गए नाविकों को ड्यूटी पर बुलाया।", "ड्यूटी पर {बुलाना}", "MOBILIZE"),
    ("फ्रांस ने माली से अपने सैनिकों को वापस बुलाने का ऐलान किया।", "सैनिक+ को वापस {बुलाना}", "RETREAT"),
    ("समझौते के बाद दोनों सेनाओं ने टैंक पीछे हटाए।", "पीछे {हटाना}", "RETREAT"),
    ("पुलिस ने चोरी के आरोपी को बस अड्डे से दबोचा।", "{दबोचना}", "COERCE"),
    ("साइबर सेल ने फर्जी कॉल सेंटर चलाने वाले दो लोगों को अरेस्ट किया।", "अरेस्ट", "COERCE"),
    ("पुलिस ने पानी की बौछार से भीड़ को तितर-बितर कर दिया।", "तितर-बितर", "COERCE"),
    ("मुठभेड़ में जवानों ने तीन नक्सलियों को ढेर किया।", "ढेर {करना}", "ASSAULT"),
    ("अमेरिका ने ईरान को तीन दिन की मोहलत दी।", "मोहलत", "THREATEN"),
    ("सेना प्रमुख ने पड़ोसी देश को किसी दुस्साहस से खबरदार किया।", "खबरदार {करना}", "THREATEN"),
    ("किसान संगठनों ने उपायुक्त को ज्ञापन सौंपकर फसल का मुआवजा मांगा।", "ज्ञापन+ {सौंपना}", "REQUEST"),
    ("आंगनबाड़ी कार्यकर्ताओं ने वेतन की मांग को लेकर सचिवालय तक मार्च किया।", "मार्च किया", "PROTEST"),
    ("तेलुगु देशम पार्टी ने विश्वास मत पर सरकार का साथ दिया।", "साथ {देना}", "SUPPORT"),
])
def test_mined_lemma_matches_other_forms(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize("text", [
    "सरकार अगले साल मार्च की शुरुआत में बजट पेश करेगी।",       # मार्च the month, की the genitive
    "शहर के बाहर कूड़े का ढेर लगा है।",                         # ढेर a heap
    "मंत्रालय ने बैठक के लिए सभी अधिकारियों को बुलाया।",        # summoned to a meeting, no forces
    "स्कूल की मान्यता के लिए आवेदन दिया गया।",                  # recognition applied for, not given
])
def test_look_alikes_are_no_mined_trigger(text: str) -> None:
    mined = {"मार्च किया", "मार्च कर", "ढेर {करना}", "सेना+ {बुलाना}", "ड्यूटी पर {बुलाना}", "मान्यता {देना}",
             "मान्यता रद्द"}
    assert not {p for p, _ in lexicon_types(text)} & mined


def event_types(text: str, pipeline: Pipeline) -> dict[str, str]:
    return {e.type: e.modality for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "plover"), [
    ("इंडोनेशिया और मलेशिया ने सीमा व्यापार समझौते पर दस्तखत किए।", "AGREE"),
    ("तीन महीने के आंदोलन के बाद हरियाणा सरकार ने किसानों पर दर्ज मुकदमे वापस ले लिए।", "CONCEDE"),
    ("दिल्ली पुलिस ने हथियार तस्करी करने वाले एक गिरोह का भंडाफोड़ किया।", "COERCE"),
])
def test_written_sentence_gives_the_mined_type(text: str, plover: str, pipeline: Pipeline) -> None:
    assert event_types(text, pipeline).get(plover) == "asserted"


def test_a_plan_told_with_a_mined_lemma_is_planned(pipeline: Pipeline) -> None:
    text = "राज्य सरकार अगले सप्ताह आंदोलनकारी छात्रों पर दर्ज मुकदमे वापस लेगी।"
    assert event_types(text, pipeline).get("CONCEDE") == "planned"


# Issue 10, item 3: rows once written as one inflected form now stand as lemmas, and rows mined
# from batches 1–34 of the annotations. Each is matched in a form its example does not use.
@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("कनाडा ने चक्रवात से प्रभावित बांग्लादेश को सहायता भेजने का एलान किया।", "सहायता {भेजना}", "AID"),
    ("ऑस्ट्रेलिया फिजी को तूफान के बाद मदद भेज रहा है।", "मदद {भेजना}", "AID"),
    ("विश्व बैंक ने कहा कि वह श्रीलंका को आपात सहायता देगा।", "सहायता {देना}", "AID"),
    ("फ्रांस ने आर्मेनिया को रक्षा के लिए हथियार देने शुरू किए।", "हथियार {देना}", "AID"),
    ("जर्मनी ने तुर्की में भूकंप के बाद बचाव दल भेज दिए।", "बचाव दल {भेजना}", "AID"),
    ("इक्वाडोर ने एक पत्रकार को शरण दे दी है।", "शरण {देना}", "AID"),
    ("दोनों देशों ने सीमा पर गश्त घटाने पर सहमति जताते हुए बयान जारी किया।", "सहमति {जताना}", "AGREE"),
    ("तुर्की ने अजरबैजान का खुलकर पक्ष लेते हुए बयान दिया।", "पक्ष {लेना}", "SUPPORT"),
    ("नेपाल ने भारत के प्रस्ताव पर भरोसा जताते हुए बातचीत शुरू की।", "भरोसा {जताना}", "SUPPORT"),
    ("भारत ने चीन के नए नक्शे पर विरोध जताते हुए बयान जारी किया।", "विरोध {जताना}", "ACCUSE"),
    ("जापान ने पनडुब्बी हादसे पर दक्षिण कोरिया से खेद जताते हुए माफी मांगी।", "खेद {जताना}", "CONCEDE"),
    ("राज्य सरकार ने गन्ना किसानों के बकाया भुगतान के लिए सौ करोड़ रुपये जारी कर दिए हैं।", "रुपये जारी", "AID"),
    ("नगर निगम कल झुग्गी बस्तियों में मुफ्त मास्क वितरित करेगा।", "वितरित {करना}", "AID"),
    ("सरकार ने मजदूरों को अपने गांव लौटने की इजाजत देते हुए बसें चलाईं।", "इजाजत {देना}", "CONCEDE"),
    ("जिलाधिकारी ने रिश्वत मांगने वाले दो कर्मचारियों को सस्पेंड किया।", "सस्पेंड {करना}", "SANCTION"),
    ("किसान संगठनों ने बिजली बिल बढ़ाने के फैसले को अनुचित बताते हुए धरना दिया।", "अनुचित {बताना}", "ACCUSE"),
    ("फिलीपींस ने बचाव अभियान के लिए जापान को शुक्रिया कहा।", "शुक्रिया", "SUPPORT"),
    ("सऊदी अरब ने पाकिस्तान की दूसरी मांग पर साफ मना कर दिया।", "मना {करना}", "REJECT"),
])
def test_lemma_rows_match_other_forms(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize(("text", "pattern"), [
    ("रुपये की कीमत में गिरावट जारी रही।", "रुपये जारी"),              # a fall that goes on, not funds released
    ("शहर में बारिश का दौर जारी है और धन की कमी बनी हुई है।", "धन जारी"),
])
def test_lemma_rows_stay_off_look_alikes(text: str, pattern: str) -> None:
    assert pattern not in {p for p, _ in lexicon_types(text)}


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("उच्च न्यायालय ने नगर निगम को अवैध निर्माण हटाने के निर्देश दिए थे।", "निर्देश+ {देना}", "REQUEST"),
    ("गृह मंत्रालय सभी राज्यों को त्योहारों पर सतर्कता के निर्देश जारी करेगा।", "निर्देश+ जारी", "REQUEST"),
    ("जिलाधिकारी ने दिया निर्देश", "{देना} निर्देश+", "REQUEST"),
    ("रेलवे बोर्ड ने यात्रियों के लिए नई गाइडलाइन जारी कर दी है।", "गाइडलाइन* जारी", "REQUEST"),
    ("आयोग ने कोचिंग संस्थानों के लिए दिशानिर्देश जारी करते हुए फीस की सीमा तय की।", "दिशानिर्देश+ जारी", "REQUEST"),
    ("किसान नेताओं ने कहा कि समिति की रिपोर्ट संतोषजनक नहीं थी।", "संतोषजनक नहीं", "ACCUSE"),
    ("श्रीलंका ने कहा कि मछुआरों की गिरफ्तारी समुद्री कानून का उल्लंघन है।", "उल्लंघन है", "ACCUSE"),
    ("नेपाल और चीन के बीच रेल परियोजना पर बातचीत चलती रही।", "बातचीत चल*", "CONSULT"),
    ("जूरी ने पूर्व मेयर को धोखाधड़ी का दोषी पाते हुए फैसला सुनाया।", "दोषी {पाना}", "COERCE"),
    ("किसानों की मांगों के समर्थन में मजदूर संगठन भी सड़क पर उतर आए।", "सड़क+ पर {उतरना}", "PROTEST"),
])
def test_mined_rows_of_batches_to_34(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize(("text", "pattern"), [
    ("यह निर्देश जारी रहेगा या नहीं, इस पर अगले हफ्ते फैसला होगा।", "निर्देश+ जारी"),  # stays in force
    ("मौसम विभाग के अनुसार तीन दिन तक सड़क पर पानी भरा रहेगा।", "सड़क+ पर {उतरना}"),
])
def test_mined_rows_of_batches_to_34_stay_off_look_alikes(text: str, pattern: str) -> None:
    assert pattern not in {p for p, _ in lexicon_types(text)}


@pytest.mark.parametrize(("text", "blocked"), [
    ("पुलिस अब भी छात्र नेता की हत्या की जांच कर रही है।", "ASSAULT"),           # the killing told before
    ("ज्यादातर किसानों ने नए बिल को सही नहीं माना।", "REJECT"),                   # an opinion, no rejection
    ("संशोधन के बाद ऐसे विवाह वैध नहीं माने जाएंगे।", "REJECT"),                 # what a law deems
])
def test_blockers_mined_from_train_look_alikes(text: str, blocked: str) -> None:
    assert blocked not in lexicon_plover(text)


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("दबंगों ने विरोध करने पर दलित परिवार को पीटते हुए घर से निकाल दिया।", "{पीटना}", "ASSAULT"),
    ("ईरान ने कहा कि यूरोप को परमाणु समझौते का पालन करना चाहिये था।", "*ना चाहिये", "REQUEST"),
    ("किसान संघ ने कहा कि सरकार को फसल बीमा की रकम जल्द देनी चाहिये।", "*नी चाहिये", "REQUEST"),
    ("प्रशासन ने मजदूर बस्तियों में राशन बांटने का काम शुरू किया।", "राशन+ {बांटना}", "AID"),
    ("सरकार ने दो उग्रवादी गुटों को प्रतिबंधित करने का आदेश जारी किया।", "प्रतिबंधित {करना}", "SANCTION"),
    ("अमेरिका ने चीन की दूरसंचार कंपनी को बैन करते हुए नए नियम लागू किए।", "बैन {करना}", "SANCTION"),
    ("यूरोपीय संघ रूसी तेल के आयात पर बैन लगाएगा।", "बैन {लगाना}", "SANCTION"),
])
def test_mined_rows_of_batches_to_34_other_forms(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("राजद ने उपमुख्यमंत्री की टिप्पणी को गैर जिम्मेदाराना बताते हुए माफी की मांग की।", "गैर-जिम्मेदाराना {बताना}", "ACCUSE"),
    ("किसान नेता ने कहा कि मंत्री का रवैया गैर जिम्मेदाराना था।", "गैर जिम्मेदाराना", "ACCUSE"),
    ("सपा ने कहा कि बाढ़ के दौरान प्रशासन मूक दर्शक बना रहा।", "मूक दर्शक", "ACCUSE"),
    ("संगठन ने कहा कि पुलिस आदिवासियों पर ज्यादती करती रही है।", "ज्यादती+ {करना}", "ACCUSE"),
])
def test_charge_rows_match_other_forms(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("जिलाधिकारी ने सभी थानेदारों को कहा कि वे रात की गश्त बढ़ाएं।", "को {कहना} कि वे", "REQUEST"),
    ("मंत्री ने कहा कि किसानों की शर्तें मानने का सवाल ही नहीं उठता।", "का सवाल नहीं", "REJECT"),
    ("सरकार ने कहा कि हड़ताली कर्मचारियों से बातचीत का सवाल नहीं उठता।", "बातचीत का सवाल नहीं", "REJECT"),
])
def test_request_and_refusal_rows(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


def test_talks_refused_are_no_talks(pipeline: Pipeline) -> None:
    """'बातचीत का सवाल नहीं उठता' refuses talks: a REJECT, and no CONSULT from बातचीत."""
    types = event_types("भारत ने कहा कि आतंकवाद के रहते पाकिस्तान से बातचीत का सवाल ही नहीं उठता।", pipeline)
    assert "REJECT" in types and "CONSULT" not in types


def test_praise_by_lemma() -> None:
    assert ("{सराहना}", "SUPPORT") in lexicon_types("संयुक्त राष्ट्र ने राहत कार्य को सराहते हुए भारत का धन्यवाद किया।")
    assert ("पीठ {थपथपाना}", "SUPPORT") in lexicon_types("राज्यपाल ने बचाव दल की पीठ थपथपाते हुए इनाम दिया।")
