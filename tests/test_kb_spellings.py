"""Knowledge-base forms matched in the other spellings Hindi news gives them, the forms and
names added from the train split's error analysis, and generic words left unlinked."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.knowledge.gazetteer import spelling_variants


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def linked(pipeline: ghatna.Pipeline, text: str) -> dict[str, tuple[str, list[str]]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {e.kb_id: (e.name, [m.text for m in e.mentions]) for e in doc.entities if e.kb_id}


def linked_names(pipeline: ghatna.Pipeline, text: str) -> set[str]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {e.name for e in doc.entities if e.kb_id}


@pytest.mark.parametrize(("form", "variant"), [
    ("केंद्रीय अन्वेषण ब्यूरो", "केन्द्रीय अन्वेषण ब्यूरो"),  # anusvara before द → न्
    ("हिन्दुस्तान", "हिंदुस्तान"),  # and back
    ("संबलपुर", "सम्बलपुर"),  # before ब → म्
    ("पंडित", "पण्डित"),  # before ड → ण्
    ("सीबीआई", "सीबीआइ"),  # the letter I of an acronym
    ("आइआइटी", "आईआईटी"),
])
def test_spelling_variants(form: str, variant: str) -> None:
    assert variant in spelling_variants(form)


@pytest.mark.parametrize("form", ["कांग्रेस", "सिंह", "दिल्ली", "इराक"])
def test_no_variant_where_hindi_has_one_spelling(form: str) -> None:
    """An anusvara before a consonant of no nasal's class list (ग, ह) stays; so do forms without one."""
    assert spelling_variants(form) == []


@pytest.mark.parametrize(("text", "kb_id", "mention"), [
    ("केन्द्रीय अन्वेषण ब्यूरो ने मामले की जांच अपने हाथ में ले ली है।",
     "ghatna:org:central-bureau-of-investigation", "केन्द्रीय अन्वेषण ब्यूरो"),
    ("सीबीआइ की एक टीम कल सुबह पटना पहुंची।", "ghatna:org:central-bureau-of-investigation", "सीबीआइ"),
    ("एनआइए ने दो संदिग्धों को हिरासत में लिया।", "ghatna:org:national-investigation-agency", "एनआइए"),
    ("सम्बलपुर में रात भर बारिश होती रही।", "ghatna:india:hq-sambalpur-or", "सम्बलपुर"),
    ("नेटो के महासचिव ने बैठक बुलाई।", "Q7184", "नेटो"),
    ("यूपी के कई जिलों में स्कूल बंद रहे।", "ghatna:gpe:uttar-pradesh", "यूपी"),
    ("भारतीय स्टेट बैंक ने ब्याज दरें घटाईं।", "ghatna:org:state-bank-of-india", "भारतीय स्टेट बैंक"),
    ("मौसम विज्ञान विभाग ने तेज़ हवाओं की चेतावनी दी है।", "ghatna:org:india-meteorological-department",
     "मौसम विज्ञान विभाग"),
    ("घायलों को रिम्स में भर्ती कराया गया।", "ghatna:org:rajendra-institute-of-medical-sciences", "रिम्स"),
])
def test_linked_in_running_text(pipeline: ghatna.Pipeline, text: str, kb_id: str, mention: str) -> None:
    found = linked(pipeline, text)
    assert kb_id in found, found
    assert mention in found[kb_id][1]


@pytest.mark.parametrize(("text", "kb_id", "name"), [
    # names are the English Wikipedia titles; the ids stay those of the acronyms
    ("इसरो ने आज एक नया उपग्रह छोड़ा।", "ghatna:org:isro", "Indian Space Research Organisation"),
    ("डीआरडीओ ने मिसाइल का परीक्षण किया।", "ghatna:org:drdo", "Defence Research and Development Organisation"),
    ("सार्क देशों की बैठक टल गई।", "ghatna:org:saarc", "South Asian Association for Regional Cooperation"),
    ("उल्फा के उग्रवादियों ने आत्मसमर्पण किया।", "ghatna:org:ulfa", "United Liberation Front of Asom"),
])
def test_names_are_full_names(pipeline: ghatna.Pipeline, text: str, kb_id: str, name: str) -> None:
    assert linked(pipeline, text)[kb_id][0] == name


@pytest.mark.parametrize("text", [
    "केंद्र सरकार ने राज्यों को नई सलाह जारी की है।",
    "केन्द्र सरकार ने किसानों के लिए राहत पैकेज का एलान किया।",
    "इस बारे में केंद्र सरकार से जवाब मांगा गया है।",
])
def test_central_government_is_no_name(pipeline: ghatna.Pipeline, text: str) -> None:
    """"केंद्र सरकार" is the generic government of the annotation guidelines, not a named body."""
    assert "ghatna:org:government-of-india" not in linked(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("आगरा में ताजमहल को पर्यटकों के लिए फिर से खोल दिया गया है।", "Agra"),
    ("कटक में बाढ़ का पानी कई मोहल्लों में घुस गया है।", "Cuttack"),
    ("उत्तरप्रदेश के कई जिलों में भारी बारिश हुई है।", "Uttar Pradesh"),
    ("सोवियत संघ के विघटन के बाद कई नए देश बने।", "Soviet Union"),
    ("ट्राई ने मोबाइल कंपनियों को नए नियम मानने का निर्देश दिया।", "Telecom Regulatory Authority of India"),
    ("बीएसएनएल के कर्मचारियों ने वेतन न मिलने पर धरना दिया।", "Bharat Sanchar Nigam Limited"),
])
def test_places_and_bodies_added(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert name in linked_names(pipeline, text)


def test_generic_word_after_a_group_is_no_part_of_its_name(pipeline: ghatna.Pipeline) -> None:
    """"हूती विद्रोहियों": the Houthis and a generic word, as the guidelines mark it."""
    found = linked(pipeline, "यमन के हूती विद्रोहियों ने लाल सागर में एक जहाज़ पर हमला किया।")
    assert found["ghatna:org:houthis"][1] == ["हूती"]


def test_naxalites_are_a_generic_group(pipeline: ghatna.Pipeline) -> None:
    """"नक्सली" is a generic word (the generic actor Maoists of IND), not the party's name."""
    found = linked(pipeline, "नक्सलियों ने जंगल में घात लगाकर पुलिस दल पर गोलीबारी की।")
    assert "ghatna:org:communist-party-of-india-maoist" not in found
    found = linked(pipeline, "भाकपा (माओवादी) ने बंद का आह्वान किया है और पर्चे बांटे हैं।")
    assert "ghatna:org:communist-party-of-india-maoist" in found


@pytest.mark.parametrize(("form", "variant"), [
    ("आंध्र प्रदेश", "आंध्रप्रदेश"),  # a head Hindi writes joined or apart
    ("गौतम बुद्ध नगर", "गौतम बुद्धनगर"),
    ("एनआईए", "एन आई ए"),  # an acronym letter by letter
    ("एनडीआरएफ", "एन डी आर एफ"),
])
def test_joined_and_spelt_out_variants(form: str, variant: str) -> None:
    assert variant in spelling_variants(form)


@pytest.mark.parametrize("form", ["एसपी", "ईडी", "भाजपा", "इसरो"])
def test_no_spelt_out_variant(form: str) -> None:
    """Two letters ("एस पी") are a person's initials as often; a word not made of letters' names has none."""
    assert not any(" " in v for v in spelling_variants(form))


@pytest.mark.parametrize(("text", "name"), [
    ("आंध्रप्रदेश में चक्रवात से भारी नुकसान की खबर है।", "Andhra Pradesh"),
    ("एन आई ए की टीम ने कई ठिकानों पर छापे मारे हैं।", "National Investigation Agency"),
    ("कश्मीरी पंडितों के एक दल ने उपराज्यपाल से मुलाकात की।", "Jammu and Kashmir"),  # the demonym: IND
    ("यमुना का जलस्तर खतरे के निशान से ऊपर पहुंच गया है।", "Yamuna"),
])
def test_variants_in_running_text(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert name in linked_names(pipeline, text)
