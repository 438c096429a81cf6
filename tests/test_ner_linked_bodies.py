"""Organisations' English names that a linking word carries on (``models/ner/linked_bodies.py``):
the model's two names on either side of "ऑफ"/"फॉर"/"एंड" are one organisation, and a knowledge-base
organisation that opens a longer name the model reads over such a word takes that name's span
(linked) or gives way to it (unlinked). "आफ" and "फार" are spellings of "ऑफ" and "फॉर" before a
place (``name_openers`` of ``data/link_context.yaml``)."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.models.ner.linked_bodies import join_across_linkers
from ghatna.models.ner.model import Prediction


def pred(body: str, text: str, label: str = "ORG", confidence: float = 0.95) -> Prediction:
    start = body.index(text)
    return Prediction(start, start + len(text), text, label, confidence)


@pytest.mark.parametrize(("body", "first", "second", "label", "name"), [
    ("कल एशियन बैंक फॉर ग्रीन ग्रोथ ने कर्ज दिया।", "एशियन बैंक", "ग्रीन ग्रोथ", "ORG", "एशियन बैंक फॉर ग्रीन ग्रोथ"),
    ("वे यूनियन बैंक आफ इंडिया में काम करते हैं।", "यूनियन बैंक", "इंडिया", "LOC", "यूनियन बैंक आफ इंडिया"),
    ("सोसाइटी फॉर साइंस एंड टेक्नोलॉजी ने पुरस्कार दिए।", "सोसाइटी फॉर साइंस", "टेक्नोलॉजी", "ORG",
     "सोसाइटी फॉर साइंस एंड टेक्नोलॉजी"),
])
def test_two_names_across_a_linker_are_one(body: str, first: str, second: str, label: str, name: str) -> None:
    preds, joined = join_across_linkers([pred(body, first, confidence=0.6), pred(body, second, label)], body)
    assert [(p.text, p.label, p.confidence) for p in preds] == [(name, "ORG", 0.95)]
    assert joined == {(preds[0].start, preds[0].end)}


@pytest.mark.parametrize(("body", "first", "first_label", "second"), [
    ("टाटा और इंफोसिस ने निवेश किया।", "टाटा", "ORG", "इंफोसिस"),  # a Hindi conjunction: two names
    ("जॉन ऑफ आर्क की कहानी", "जॉन", "PERSON", "आर्क"),  # a person before the linker
    ("रेड क्रॉस, ऑफ द रिकॉर्ड", "रेड क्रॉस", "ORG", "द रिकॉर्ड"),  # punctuation between
    ("रेड क्रॉस ऑफ  इंडिया", "रेड क्रॉस", "ORG", "इंडिया"),  # not one space each side
])
def test_names_apart(body: str, first: str, first_label: str, second: str) -> None:
    preds, joined = join_across_linkers([pred(body, first, first_label), pred(body, second, "LOC")], body)
    assert len(preds) == 2 and not joined


@pytest.mark.parametrize(("text", "name", "kb_id"), [
    ("ब्याज दरों पर फैसला करते हुए रिजर्व बैंक ऑफ इंडिया ने रेपो रेट में कटौती की घोषणा की।", "रिजर्व बैंक ऑफ इंडिया",
     "ghatna:org:reserve-bank-of-india"),
    ("वे दिल्ली स्कूल ऑफ इकोनॉमिक्स में अर्थशास्त्र पढ़ाते हैं और कई किताबें लिख चुके हैं।", "दिल्ली स्कूल ऑफ इकोनॉमिक्स", None),
])
def test_a_known_body_gives_way_to_its_longer_english_name(pipeline: ghatna.Pipeline, text: str, name: str,
                                                           kb_id: str | None) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    found = {m.text: e for e in doc.entities for m in e.mentions}
    assert name in found and found[name].type == "ORG" and found[name].kb_id == kb_id
    assert found[name].country == "IND"
    assert not any(t != name and t in name for t in found)


def test_a_place_after_a_spelling_of_of_is_no_place(pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract("वे सेंट्रल बैंक आफ इंडिया के तत्कालीन प्रबंधक थे और बाद में निदेशक बने।", html=False, pipeline=pipeline)
    assert not any(e.type == "GPE" for e in doc.entities)



def test_a_body_joined_across_its_linker_is_of_its_own_place(pipeline: ghatna.Pipeline) -> None:
    """The model's "कम्युनिस्ट पार्टी" and "नेपाल" are one organisation, and no variant of the Communist
    Party of China: the words after "ऑफ" differ (review of 9b14089)."""
    text = "कम्युनिस्ट पार्टी ऑफ नेपाल के नेताओं ने प्रधानमंत्री से इस्तीफा मांगा।"
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    found = {m.text: e for e in doc.entities for m in e.mentions}
    assert "कम्युनिस्ट पार्टी ऑफ नेपाल" in found and found["कम्युनिस्ट पार्टी ऑफ नेपाल"].type == "ORG"
    assert not any(e.country == "CHN" for e in doc.entities)
