"""Rules of the ``ner`` stage around the model: titles and never-a-name words out of a person's
name, one-word places spelt otherwise than a curated knowledge-base place; and the title patterns
of professions ("सर्जन X का")."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.lexicon import EntityResources, build_resources
from ghatna.extraction.titles import never_name_keys
from ghatna.models.ner.model import Prediction
from ghatna.models.ner.stage import is_name, title_words, trim_titles
from ghatna.models.ner.variants import VariantIndex, index_variants, variant_entry
from ghatna.settings import Settings


@pytest.fixture(scope="module")
def res() -> EntityResources:
    return build_resources(Settings())


@pytest.fixture(scope="module")
def variants(res: EntityResources) -> VariantIndex:
    return index_variants(res)


def person(text: str, start: int = 10) -> Prediction:
    return Prediction(start, start + len(text), text, "PERSON", 0.95)


@pytest.mark.parametrize(("text", "name"), [
    ("डॉ० सिंह", "सिंह"),  # the Devanagari zero as an abbreviation mark
    ("डॉ. अनिल मेहता", "अनिल मेहता"),
    ("प्रो. रमेश चंद्र शर्मा", "रमेश चंद्र शर्मा"),
    ("श्रीमती गीता देवी", "गीता देवी"),
    ("मेजर ध्यानचंद", "ध्यानचंद"),
    ("विधायक रमेश यादव", "रमेश यादव"),
])
def test_titles_leave_the_name(res: EntityResources, text: str, name: str) -> None:
    trimmed = trim_titles(person(text), title_words(res))
    assert trimmed.text == name
    assert trimmed.end - trimmed.start == len(name)
    assert trimmed.start == 10 + text.index(name)


@pytest.mark.parametrize("text", [
    "के के शर्मा",  # initials, not the postposition
    "जी एस अयंगर",
    "उजागर सिंह",  # first names that are also common words
    "मंज़ूर अहमद",
    "राजा परवेज़ अशरफ़",  # a title word that opens a known person's name
    "डॉक्टर",  # the last word always stays
])
def test_names_kept_whole(res: EntityResources, text: str) -> None:
    assert trim_titles(person(text), title_words(res)).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("सुरेश कुमार पुलिस", "सुरेश कुमार"),  # a never-a-name word at the end
    ("अजय कुमार इत्यादि", "अजय कुमार"),
    ("सर्जन अमित राठौर", "अमित राठौर"),  # a profession is a title
    ("उजागर सिंह", "उजागर सिंह"),  # at the start a common word may be a first name
])
def test_never_a_name_words_leave_the_name(res: EntityResources, text: str, name: str) -> None:
    trimmed = trim_titles(person(text), title_words(res), never_name_keys())
    assert trimmed.text == name
    assert trimmed.start == 10 + text.index(name) and trimmed.end == trimmed.start + len(name)


def test_a_letters_name_alone_is_no_person() -> None:
    from ghatna.models.ner.model import load_model
    from ghatna.models.ner.stage import generic_words

    model = load_model()
    assert not is_name(person("जे"), model, generic_words())  # "जे. सी. बोस" cut at its full stop
    assert is_name(person("जेठू"), model, generic_words())


def test_titles_stay_on_other_types(res: EntityResources) -> None:
    org = Prediction(0, 12, "प्रमुख संस्थान", "ORG", 0.95)
    assert trim_titles(org, title_words(res)) is org


@pytest.mark.parametrize(("word", "kb_id"), [
    ("कैलीफोर्निया", "ghatna:gpe:california"),
    ("पेन्सिल्वेनिया", "ghatna:gpe:pennsylvania"),
    ("तिरुवंतपुरम", "ghatna:india:capital-thiruvananthapuram-kl"),
    ("गुवहाटी", "ghatna:india:hq-guwahati-as"),
])
def test_one_word_place_spelt_otherwise(variants: VariantIndex, word: str, kb_id: str) -> None:
    entry = variant_entry(Prediction(0, len(word), word, "LOC", 0.95), "GPE", variants)
    assert entry is not None and entry.kb_id == kb_id


@pytest.mark.parametrize("word", [
    "रामपुर",  # another town than रायपुर, one letter apart
    "गोआ",  # too short to tell
    "लंदन",  # a form itself: the entity stage linked it or refused the link
    "मैनहटन",  # no curated place near it
])
def test_no_place_variant(variants: VariantIndex, word: str) -> None:
    assert variant_entry(Prediction(0, len(word), word, "LOC", 0.95), "GPE", variants) is None


def test_variant_place_in_running_text() -> None:
    doc = ghatna.extract("कैलीफोर्निया के जंगलों में लगी आग से भारी नुकसान हुआ है।", html=False)
    linked = {e.kb_id: e for e in doc.entities}
    assert "ghatna:gpe:california" in linked
    assert linked["ghatna:gpe:california"].mentions[0].rule.endswith(":variant")


@pytest.mark.parametrize(("body", "pred", "name"), [
    ("वैज्ञानिक जे सी बोस का उदाहरण", "सी बोस", "जे सी बोस"),
    ("आयुक्त पी मंगेश चंद्रन ने कहा", "मंगेश चंद्रन", "पी मंगेश चंद्रन"),
    ("मोदी के उजागर सिंह से मिले", "उजागर सिंह", "उजागर सिंह"),  # के is the postposition here
    ("कहा कि,सी बोस आए", "सी बोस", "सी बोस"),  # punctuation between
])
def test_initials_before_a_name(body: str, pred: str, name: str) -> None:
    from ghatna.models.ner.stage import extend_person

    start = body.index(pred)
    out = extend_person(Prediction(start, start + len(pred), pred, "PERSON", 0.9), body, frozenset({"के"}))
    assert out.text == name and body[out.start:out.end] == name


@pytest.fixture(scope="module")
def entities_only() -> ghatna.Pipeline:
    return ghatna.load(Settings(stages=("normalize", "clean", "language", "segment", "entities")))


def title_people(text: str, pipeline: ghatna.Pipeline) -> list[str]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return [m.text for e in doc.entities if e.type == "PERSON" for m in e.mentions if m.rule.startswith("title:")]


@pytest.mark.parametrize(("text", "name"), [
    ("अस्पताल के सर्जन अमित राठौर का कहना है कि ऑपरेशन सफल रहा।", "अमित राठौर"),
    ("टीम के कोच रघुवीर सैनी को नई जिम्मेदारी दी गई।", "रघुवीर सैनी"),
    ("गांव के समाजसेवी हरिहर पांडे ने कंबल बांटे।", "हरिहर पांडे"),
])
def test_a_profession_before_a_name_and_a_case_marker_makes_a_person(entities_only: ghatna.Pipeline,
                                                                     text: str, name: str) -> None:
    assert title_people(text, entities_only) == [name]


@pytest.mark.parametrize("text", [
    "लेखक ‘नया सवेरा’ की प्रतियां बांट रहे थे।",  # a quotation after the title
    "देश की कई वैज्ञानिक संस्थाओं के सदस्य आए।",  # a plural after an adjective
    "मंदिर में श्री गणेश की पूजा के साथ उत्सव शुरू हुआ।",  # an honorific needs an act: a deity
    "अस्पताल के सर्जन अमित राठौर आज छुट्टी पर हैं।",  # no case marker after the name
    "वे लेखक के. एन. राव रिसर्च फाउंडेशन के संस्थापक हैं।",  # an organisation's words are no name's
])
def test_no_title_person(entities_only: ghatna.Pipeline, text: str) -> None:
    assert title_people(text, entities_only) == []


@pytest.mark.parametrize(("text", "name"), [
    ("नरेन्द्र मोदि", "Narendra Modi"),  # a long vowel written short
    ("ममता बनर्जि", "Mamata Banerjee"),  # the family name spelt otherwise than romanize spells it
    ("अखलेश यादव", "Akhilesh Yadav"),  # the first name spelt otherwise, the family name the same
    ("व्लादिमीर पूतिन", "Vladimir Putin"),
    ("नारायण दत्त तिबारी", "N. D. Tiwari"),  # व as ब
    ("मुल्ला अख्तर मन्सूर", "Akhtar Mansour"),  # a nasal with a virama for the anusvara
    ("नफ्ताली बैनेट", "Naftali Bennett"),  # ai for e
])
def test_person_spelt_otherwise(variants: VariantIndex, text: str, name: str) -> None:
    entry = variant_entry(person(text, 0), "PERSON", variants)
    assert entry is not None and entry.name == name


@pytest.mark.parametrize("text", [
    "मोहम्मद शामी",  # the cricketer is no मोहम्मद खातमी: a first name many share carries no match
    "नरेन्द्र शमी",  # no नरेन्द्र मोदी
    "मोहम्मद नबी",
    "अखिलेश जादव",  # one letter off a family name is another family
    "महेंद्र शर्मा",  # no महेंद्र कर्मा
    "मनोहर पाल",  # no मनोहर लाल
    "प्रतिभा पाल",  # no प्रतिभा पाटिल
])
def test_no_person_variant_by_first_name(variants: VariantIndex, text: str) -> None:
    assert variant_entry(person(text, 0), "PERSON", variants) is None
