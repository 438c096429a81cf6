"""Names the knowledge base lacks, read from their shape (issue 11): a state's commissions and
boards named by their subject ("<place> राज्य निर्वाचन आयोग"), companies read back from their word
of incorporation, places and parents told in a resident's description ("<place> निवासी", "पुत्र
<name> निवासी <place>"), police ranks as titles, a person's name that is another's with a word cut
short ("मोहन सिंह" is not Manmohan Singh), and police units, railway zones, cabinet committees and
funds of the knowledge base."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def names(text: str, pipeline: ghatna.Pipeline) -> list[tuple[str, str]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return [(e.type, m.text) for e in doc.entities for m in e.mentions]


def linked(text: str, pipeline: ghatna.Pipeline) -> dict[str, str | None]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: e.kb_id for e in doc.entities for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("उत्तर प्रदेश राज्य निर्वाचन आयोग ने पंचायत चुनाव की अधिसूचना जारी की।", "उत्तर प्रदेश राज्य निर्वाचन आयोग"),
    ("मतगणना को लेकर बिहार राज्य निर्वाचन आयोग ने नए निर्देश दिए हैं।", "बिहार राज्य निर्वाचन आयोग"),
    ("हरियाणा कर्मचारी चयन आयोग की परीक्षा अगले महीने होगी।", "हरियाणा कर्मचारी चयन आयोग"),
    ("राजस्थान राज्य महिला आयोग ने मामले का संज्ञान लिया।", "राजस्थान राज्य महिला आयोग"),
    ("पंजाब राज्य सूचना आयोग ने अधिकारी पर जुर्माना लगाया।", "पंजाब राज्य सूचना आयोग"),
    ("बिहार विद्यालय परीक्षा समिति ने नतीजे घोषित किए।", "बिहार विद्यालय परीक्षा समिति"),
    ("गुजरात माध्यमिक शिक्षा बोर्ड के अध्यक्ष ने इस्तीफा दे दिया।", "गुजरात माध्यमिक शिक्षा बोर्ड"),
    ("कर्नाटक विद्युत नियामक आयोग ने बिजली की दरें बढ़ाईं।", "कर्नाटक विद्युत नियामक आयोग"),
    ("उत्तराखंड वक्फ बोर्ड की बैठक देहरादून में हुई।", "उत्तराखंड वक्फ बोर्ड"),
    ("केरल राज्य बाल अधिकार संरक्षण आयोग ने रिपोर्ट मांगी।", "केरल राज्य बाल अधिकार संरक्षण आयोग"),
])
def test_state_bodies_named_by_subject(text: str, name: str, pipeline: ghatna.Pipeline) -> None:
    assert ("ORG", name) in names(text, pipeline), names(text, pipeline)


@pytest.mark.parametrize(("text", "place"), [
    ("अदालत ने असम लोक सेवा आयोग अधिनियम की धारा पर सुनवाई की।", "असम"),  # a law's name
    ("ओडिशा विधानसभा चुनाव में मतदान शांतिपूर्ण रहा।", "ओडिशा"),  # an election
])
def test_a_body_head_before_a_law_or_election_leaves_the_place(text: str, place: str, pipeline: ghatna.Pipeline) -> None:
    found = names(text, pipeline)
    assert ("GPE", place) in found and not any(t == "ORG" for t, _ in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("पुलिस ने रामगढ़ सीमेंट्स प्राइवेट लिमिटेड के निदेशक को हिरासत में लिया।", "रामगढ़ सीमेंट्स प्राइवेट लिमिटेड"),
    ("कानपुर टेक्सटाइल्स लिमिटेड के मजदूरों ने वेतन के लिए प्रदर्शन किया।", "कानपुर टेक्सटाइल्स लिमिटेड"),
    ("सरकारी कंपनी असम गैस कॉरपोरेशन ने नई पाइपलाइन बिछाई।", "असम गैस कॉरपोरेशन"),
    ("इस ठेके पर गोदावरी इंडस्ट्रीज ने बोली लगाई थी।", "गोदावरी इंडस्ट्रीज"),
    ("मेरठ शुगर्स एंड केमिकल्स लिमिटेड पर बकाया बढ़ गया है।", "मेरठ शुगर्स एंड केमिकल्स लिमिटेड"),
])
def test_companies_read_back_from_incorporation(text: str, name: str, pipeline: ghatna.Pipeline) -> None:
    found = names(text, pipeline)
    assert ("ORG", name) in found, found
    assert not any(t in ("GPE", "LOC") and n in name for t, n in found), found  # the place inside goes


@pytest.mark.parametrize("text", [
    "यह कंपनी प्राइवेट लिमिटेड के रूप में पंजीकृत है।",
    "कई बीमा कंपनियों ने प्रीमियम बढ़ा दिया।",
])
def test_no_company_without_a_name(text: str, pipeline: ghatna.Pipeline) -> None:
    assert not any(t == "ORG" for t, _ in names(text, pipeline)), names(text, pipeline)


@pytest.mark.parametrize(("text", "place"), [
    ("हादसे में बम्हैटा निवासी संजय कुमार की मौत हो गई।", "बम्हैटा"),
    ("पुलिस ने चकसिकंदर निवासी एक युवक को हिरासत में लिया।", "चकसिकंदर"),
    ("आरोपी मोहन सिंह पुत्र हरि सिंह निवासी बेलाटांड़ फरार है।", "बेलाटांड़"),
    ("घायल गीता देवी पत्नी रामकिशोर निवासी ग्राम सिसवारी को अस्पताल भेजा गया।", "सिसवारी"),
])
def test_places_told_as_residence(text: str, place: str, pipeline: ghatna.Pipeline) -> None:
    found = names(text, pipeline)
    assert any(t in ("GPE", "LOC") and n == place for t, n in found), found


@pytest.mark.parametrize(("text", "person"), [
    ("घायल गीता देवी पत्नी रामकिशोर निवासी ग्राम सिसवारी को अस्पताल भेजा गया।", "रामकिशोर"),
    ("मृतका सुनीता पुत्री जगदीश निवासी टिकरापारा के परिजन थाने पहुंचे।", "जगदीश"),
])
def test_parents_named_before_residence(text: str, person: str, pipeline: ghatna.Pipeline) -> None:
    assert ("PERSON", person) in names(text, pipeline), names(text, pipeline)


@pytest.mark.parametrize("text", [
    "स्थानीय निवासी ने पुलिस को सूचना दी।",
    "इलाके के निवासी बाढ़ से परेशान हैं।",
    "मूल निवासी होने का प्रमाण पत्र मांगा गया।",
])
def test_no_place_in_common_residents(text: str, pipeline: ghatna.Pipeline) -> None:
    assert not any(t in ("GPE", "LOC") for t, _ in names(text, pipeline)), names(text, pipeline)


@pytest.mark.parametrize(("text", "person"), [
    ("एएसआई जगदीश प्रसाद ने मौके पर पहुंचकर जांच शुरू की।", "जगदीश प्रसाद"),
    ("उपनिरीक्षक अंजलि राठौर ने प्राथमिकी दर्ज की।", "अंजलि राठौर"),
    ("एसएचओ महेंद्र चौधरी ने बताया कि आरोपी फरार है।", "महेंद्र चौधरी"),
    ("चौकी प्रभारी दीपक पांडेय ने भीड़ को शांत कराया।", "दीपक पांडेय"),
    ("कांस्टेबल सुनील मीणा ने चोर को दौड़ाकर पकड़ा।", "सुनील मीणा"),
])
def test_police_ranks_are_titles(text: str, person: str, pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    rules = {m.text: m.rule for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    assert rules.get(person) == "title:police_officer", rules  # a police officer, not only a name


@pytest.mark.parametrize(("text", "name"), [
    ("आरोपी मोहन सिंह को अदालत में पेश किया गया।", "मोहन सिंह"),
    ("ठेकेदार राज कुमार ने काम रोक दिया।", "राज कुमार"),
])
def test_a_cut_word_is_another_name(text: str, name: str, pipeline: ghatna.Pipeline) -> None:
    found = linked(text, pipeline)
    assert name in found and found[name] is None, found


@pytest.mark.parametrize(("text", "kb_id"), [
    ("अपराध शाखा ने ठगी के दो आरोपियों को पकड़ा।", "ghatna:org:crime-branch-india"),
    ("आर्थिक अपराध शाखा ने बिल्डर के ठिकानों पर छापे मारे।", "ghatna:org:economic-offences-wing-india"),
    ("स्पेशल ब्रांच ने सरकार को एक गोपनीय रिपोर्ट भेजी।", "ghatna:org:special-branch-india"),
    ("कोहरे के कारण उत्तर रेलवे ने कई गाड़ियां रद्द कीं।", "ghatna:org:northern-railway-zone"),
    ("नैटो ने बाल्टिक देशों में सैनिक भेजे।", "Q7184"),
    ("आईसीसी ने विश्व कप का कार्यक्रम जारी किया।", "ghatna:org:international-cricket-council"),
    ("सुरक्षा मामलों की मंत्रिमंडल समिति ने खरीद को मंजूरी दी।", "ghatna:org:cabinet-committee-on-security"),
    ("पीड़ितों को मुख्यमंत्री राहत कोष से मदद मिलेगी।", "ghatna:org:chief-minister-s-relief-fund"),
])
def test_bodies_of_the_knowledge_base(text: str, kb_id: str, pipeline: ghatna.Pipeline) -> None:
    assert kb_id in linked(text, pipeline).values(), linked(text, pipeline)


@pytest.mark.parametrize(("text", "name"), [
    ("इंटरनेशनल फेडरेशन ऑफ जर्नलिस्ट्स ने पत्रकारों की गिरफ्तारी की निंदा की।", "इंटरनेशनल फेडरेशन ऑफ जर्नलिस्ट्स"),
    ("सेंट्रल बोर्ड ऑफ फिल्म सर्टिफिकेशन ने फिल्म को प्रमाणपत्र नहीं दिया।", "सेंट्रल बोर्ड ऑफ फिल्म सर्टिफिकेशन"),
    ("नेशनल काउंसिल ऑफ अप्लाइड इकोनॉमिक रिसर्च की रिपोर्ट आई है।", "नेशनल काउंसिल ऑफ अप्लाइड इकोनॉमिक रिसर्च"),
    ("नेशनल एसोसिएशन ऑफ सॉफ्टवेयर कंपनीज ने रिपोर्ट जारी की।", "नेशनल एसोसिएशन ऑफ सॉफ्टवेयर कंपनीज"),
])
def test_english_bodies_opened_and_linked(text: str, name: str, pipeline: ghatna.Pipeline) -> None:
    assert ("ORG", name) in names(text, pipeline), names(text, pipeline)


@pytest.mark.parametrize("text", [
    "राष्ट्रीय नोडल एजेंसी के तौर पर विभाग काम करेगा।",
    "नेशनल हाईवे पर लंबा जाम लगा रहा।",
    "केंद्रीय बैंक ने ब्याज दर घटाई।",
])
def test_no_opened_body_in_common_words(text: str, pipeline: ghatna.Pipeline) -> None:
    assert not any(t == "ORG" for t, _ in names(text, pipeline)), names(text, pipeline)


@pytest.mark.parametrize(("text", "person"), [
    ("सरपंच रामलाल मीणा ने ग्रामसभा बुलाई।", "रामलाल मीणा"),
    ("पार्षद सुनीता यादव ने नाले की सफाई के लिए धरना दिया।", "सुनीता यादव"),
    ("ग्राम प्रधान हरपाल सिंह ने तहसील में ज्ञापन सौंपा।", "हरपाल सिंह"),
])
def test_village_and_ward_officials_are_titles(text: str, person: str, pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    rules = {m.text: m.rule for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    assert rules.get(person) == "title:local_official", rules


@pytest.mark.parametrize("text", [
    "परिवार के मुखिया ने बताया कि घर में चोरी हुई।",
    "ग्राम प्रधान ने शिकायत दर्ज कराई।",
])
def test_a_bare_office_is_no_person(text: str, pipeline: ghatna.Pipeline) -> None:
    assert not any(t == "PERSON" for t, _ in names(text, pipeline)), names(text, pipeline)
