"""The NER stage: the shipped model adds unlinked names with type, country from context, rule
and confidence; knowledge-base links win; never-a-name words make no person; a tiny model
trains and loads the way the shipped one does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.models.ner.model import load_model, model_dir
from ghatna.models.ner.words import ner_words
from ghatna.pipeline import Pipeline
from ghatna.resources import load_yaml

ROOT = Path(__file__).resolve().parents[1]
MAX_MODELS_MB = 60


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return ghatna.load()


def unlinked(doc: ghatna.Document, etype: str) -> dict[str, ghatna.Entity]:
    return {m.text: e for e in doc.entities if e.type == etype and not e.kb_id for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("पाकिस्तान के गृह मंत्री रज़ा हयात हराज ने शुक्रवार को इस्लामाबाद में पत्रकारों से बात की।", "रज़ा हयात हराज", "PAK"),
        ("गांव के किसान रामेश्वर प्रसाद यादव ने बताया कि फसल पूरी तरह बर्बाद हो गई है।", "रामेश्वर प्रसाद यादव", None),
        ("पुलिस ने बताया कि अभियुक्त सुरेश कुमार मीणा को जयपुर से गिरफ्तार किया गया।", "सुरेश कुमार मीणा", None),
    ],
)
def test_unlinked_people(text: str, name: str, country: str | None, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, published="2025-06-12", pipeline=pipeline)
    people = {m.text: e for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    assert name in people, [(e.name, [m.text for m in e.mentions]) for e in doc.entities]
    if country:
        assert people[name].country == country


def test_model_mentions_carry_rule_confidence_and_offsets(pipeline: Pipeline) -> None:
    text = "गांव के किसान रामेश्वर प्रसाद यादव ने बताया कि फसल पूरी तरह बर्बाद हो गई है।"
    doc = ghatna.extract(text, pipeline=pipeline)
    model = load_model()
    mentions = [m for e in doc.entities for m in e.mentions if m.rule.startswith("model:")]
    assert mentions
    for m in mentions:
        assert m.rule == f"model:{model.name}@{model.version}"
        assert 0 < m.confidence <= 1
        assert doc.body[m.start:m.end] == m.text


def test_knowledge_base_link_wins(pipeline: Pipeline) -> None:
    doc = ghatna.extract("प्रधानमंत्री नरेंद्र मोदी ने लखनऊ में योगी आदित्यनाथ से मुलाकात की।", pipeline=pipeline)
    linked = {e.name for e in doc.entities if e.kb_id}
    assert {"Narendra Modi", "Yogi Adityanath", "Lucknow"} <= linked
    assert [m.rule for e in doc.entities for m in e.mentions if m.rule.startswith("model:")] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("दैनिक प्रेसवार्ता में कुओमो ने चेताया कि संक्रमण फिर बढ़ सकता है।", "कुओमो"),  # a person's one-word form
        ("मिस्री ने गुरुवार को दिल्ली में पत्रकारों से बात की।", "मिस्री"),  # a singular demonym does not act
    ],
)
def test_a_name_the_knowledge_base_gives_people_is_an_unlinked_person(text: str, word: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert word in unlinked(doc, "PERSON"), [(e.type, e.name, [m.text for m in e.mentions]) for e in doc.entities]
    assert not [e for e in doc.entities if e.type in ("GPE", "LOC") for m in e.mentions if m.text == word]


def test_a_one_word_name_that_acts_needs_less_confidence(pipeline: Pipeline) -> None:
    text = "इसके बाद पटेल ने बताया कि गांव में पानी नहीं है।"  # model 1.4.0 is sure of "तिवारी" here (0.92)
    (pred,) = load_model().predict(text)
    assert pred.text == "पटेल" and pred.confidence >= 0.7
    if pred.confidence >= 0.9:
        pytest.skip("the shipped model is sure of this name alone: the rule is not what finds it")
    assert "पटेल" in unlinked(ghatna.extract(text, pipeline=pipeline), "PERSON")


def test_a_town_of_a_bulk_list_does_not_act(pipeline: Pipeline) -> None:
    doc = ghatna.extract("सुनवाई के चौथे दिन रेंस ने अदालत को सब बताया।", pipeline=pipeline)  # Reims, in GeoNames
    assert not [e for e in doc.entities if e.type in ("GPE", "LOC")]


@pytest.mark.parametrize(("text", "name"), [("मिस्र ने गुरुवार को बयान जारी किया।", "Egypt"),
                                            ("रूसियों ने विरोध किया।", "Russia")])  # a people acts as its country
def test_a_country_still_acts(text: str, name: str, pipeline: Pipeline) -> None:
    assert [e.name for e in ghatna.extract(text, pipeline=pipeline).entities] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "पार्टी प्रवक्ता पार्टी ने कहा कि चुनाव में सबकी जीत होगी।",
        "राष्ट्रपति चुनाव के नतीजे कल आएंगे और विदेश मंत्री बनने की दौड़ तेज है।",
    ],
)
def test_never_a_name_makes_no_person(text: str, pipeline: Pipeline) -> None:
    never = set(load_yaml("kb/never_names.yaml")["words"])
    doc = ghatna.extract(text, pipeline=pipeline)
    people = [m.text for e in doc.entities if e.type == "PERSON" for m in e.mentions]
    assert [p for p in people if all(w in never for w in p.split())] == []


def test_words_keep_offsets() -> None:
    text = "श्री राम, (पटना) में।"
    words = ner_words(text)
    assert [w.text for w in words] == ["श्री", "राम", ",", "(", "पटना", ")", "में", "।"]
    assert all(text[w.start:w.end] == w.text for w in words)


def test_shipped_models_fit_the_budget() -> None:
    models = ROOT / "src" / "ghatna" / "models"
    size = sum(p.stat().st_size for p in models.rglob("*") if p.is_file())
    assert size <= MAX_MODELS_MB * 1024 * 1024
    meta = (model_dir() / "meta.json").read_text(encoding="utf-8")
    assert "IL-NER" in meta and "CC BY 4.0" in meta
    assert "IL-NER" in (ROOT / "NOTICE").read_text(encoding="utf-8")


def test_a_tiny_model_trains_and_loads(tmp_path: Path) -> None:
    """Smoke test of the training path (the real training never runs in CI)."""
    spacy = pytest.importorskip("spacy")
    from spacy.training import Example

    sys.path.insert(0, str(ROOT / "training" / "ner"))
    from prepare import make_doc  # type: ignore[import-not-found]

    config = spacy.util.load_config(ROOT / "training" / "ner" / "config.cfg")
    config["components"]["tok2vec"]["model"]["encode"]["width"] = 16
    embed = config["components"]["tok2vec"]["model"]["embed"]
    embed["rows"] = [100] * len(embed["attrs"])
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    data = [("मंत्री रमेश यादव ने पटना में कहा।", [(7, 17, "PERSON"), (21, 25, "LOC")]),
            ("भाजपा ने दिल्ली में बैठक की।", [(0, 5, "ORG"), (9, 15, "LOC")])]
    examples = [Example(nlp.make_doc(t), make_doc(nlp.vocab, t, s)) for t, s in data]
    for ex in examples:  # the reference tokens are ner_words'; the predicted side must match them
        ex.predicted = make_doc(nlp.vocab, ex.reference.text, [])
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    nlp.meta.update({"name": "tiny", "version": "0.0.1"})
    nlp.to_disk(tmp_path / "tiny")
    model = load_model(path=tmp_path / "tiny")
    assert model.rule == "model:tiny@0.0.1"
    preds = model.predict(data[0][0])
    assert all(data[0][0][p.start:p.end] == p.text for p in preds)


@pytest.mark.parametrize(("text", "name"), [
    ("इस्लामिक रिवोल्युशनरी गार्डस", "Islamic Revolutionary Guard Corps"),   # two letters off the KB's form
    ("नरेन्द्र मोदि", "Narendra Modi"),
])
def test_a_name_spelt_otherwise_is_linked(text: str, name: str, pipeline: Pipeline) -> None:
    from ghatna.extraction.lexicon import build_resources
    from ghatna.models.ner.model import Prediction
    from ghatna.models.ner.variants import index_variants, variant_entry

    variants = index_variants(build_resources(pipeline.settings))
    label = "PERSON" if name == "Narendra Modi" else "ORG"
    entry = variant_entry(Prediction(0, len(text), text, label, 0.9), label, variants)
    assert entry is not None and entry.name == name
    assert variant_entry(Prediction(0, 9, "राम प्रसाद", "PERSON", 0.9), "PERSON", variants) is None


@pytest.mark.parametrize(("text", "name"), [
    ("कम्युनिस्ट पार्टी ऑफ नेपाल", None),  # close to "कम्युनिस्ट पार्टी ऑफ चाइना" as a whole: another country's
    ("डेमोक्रेटिक पार्टी ऑफ इंडिया", None),  # not the Democratic Party of Korea
    ("नेशनल स्टूडेंट्स यूनियन ऑफ कनाडा", None),
    ("लंदन स्कूल ऑफ़ हाइजीन एंड ट्रॉपिकल मेडिसिन", "London School of Hygiene & Tropical Medicine"),  # spelt otherwise
    ("नेशनल इंस्टीट्यूट ऑफ वायरोलाजी", "National Institute of Virology"),
])
def test_a_body_of_another_place_is_no_variant(text: str, name: str | None, pipeline: Pipeline) -> None:
    """An organisation's words after an English linker say whose body it is: a variant's must agree."""
    from ghatna.extraction.lexicon import build_resources
    from ghatna.models.ner.model import Prediction
    from ghatna.models.ner.variants import index_variants, variant_entry

    entry = variant_entry(Prediction(0, len(text), text, "ORG", 0.9), "ORG", index_variants(build_resources(pipeline.settings)))
    assert (entry.name if entry else None) == name
