"""The NER stage's organisations: a name the model ended inside a bracket or on a linking word
("ऑफ", ``name_linkers`` of ``hindi_words.yaml``) is mended, one generic head noun alone
(``generic_bodies``) is no organisation, and neither is one that opens on a joining word (the tail
of a longer name)."""

from __future__ import annotations

import pytest

from ghatna.models.ner.model import Prediction
from ghatna.models.ner.stage import (
    generic_body,
    opens_on_joiner,
    place_body,
    through_linker,
    without_open_bracket,
)

STOP = frozenset({"ने", "के", "की", "का", "में", "कि", "और"})


def pred(body: str, text: str, label: str = "ORG") -> Prediction:
    start = body.index(text)
    return Prediction(start, start + len(text), text, label, 0.95)


@pytest.mark.parametrize(("body", "cut", "name"), [
    ("नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी ने नमूनों की जांच की।", "नेशनल इंस्टीट्यूट ऑफ", "नेशनल इंस्टीट्यूट ऑफ वायरोलॉजी"),
    ("भारत चैंबर ऑफ कॉमर्स के अध्यक्ष ने कहा।", "भारत चैंबर ऑफ", "भारत चैंबर ऑफ कॉमर्स"),
    ("सेंटर फॉर डिसीज कंट्रोल एंड प्रिवेंशन, अमरीका ने चेताया।", "सेंटर फॉर", "सेंटर फॉर डिसीज कंट्रोल एंड प्रिवेंशन"),
])
def test_name_goes_on_after_a_linker(body: str, cut: str, name: str) -> None:
    assert through_linker(pred(body, cut), body, STOP).text == name


@pytest.mark.parametrize(("body", "cut"), [
    ("रिसर्च एंड, उसके बाद", "रिसर्च एंड"),  # punctuation right after: nothing to take
    ("नेशनल इंस्टीट्यूट ऑफ के लोग", "नेशनल इंस्टीट्यूट ऑफ"),  # a grammar word
])
def test_linker_without_a_name_after_it(body: str, cut: str) -> None:
    assert through_linker(pred(body, cut), body, STOP).text == cut


def test_linker_of_a_person_is_left() -> None:
    body = "जॉन ऑफ आर्क की कहानी"
    assert through_linker(pred(body, "जॉन ऑफ", "PERSON"), body, STOP).text == "जॉन ऑफ"


@pytest.mark.parametrize(("text", "name"), [
    ("न्यू स्पेस इंडिया लिमिटेड (एनएसआईएल", "न्यू स्पेस इंडिया लिमिटेड"),
    ("केन्द्रीय औषधि प्रयोगशाला - सेंट्रल ड्रग लैबोरेटरी ( सीडीएल", "केन्द्रीय औषधि प्रयोगशाला - सेंट्रल ड्रग लैबोरेटरी"),
    ("भाकपा (माओवादी)", "भाकपा (माओवादी)"),  # closed: unchanged
])
def test_name_ends_before_an_unclosed_bracket(text: str, name: str) -> None:
    found = without_open_bracket(Prediction(0, len(text), text, "ORG", 0.95))
    assert found is not None and found.text == name and found.end == len(name)


def test_name_that_is_only_a_bracket_goes() -> None:
    assert without_open_bracket(Prediction(0, 9, "(एनएसआईएल", "ORG", 0.95)) is None


@pytest.mark.parametrize(("text", "label", "generic"), [
    ("कॉलेज", "ORG", True), ("समिति", "ORG", True), ("नेवी", "ORG", True), ("विश्वविद्यालय", "ORG", True),
    ("पटना विश्वविद्यालय", "ORG", False), ("इसरो", "ORG", False), ("संघ", "PERSON", False),
])
def test_generic_body_alone(text: str, label: str, generic: bool) -> None:
    assert generic_body(Prediction(0, len(text), text, label, 0.95)) is generic


@pytest.mark.parametrize(("body", "place", "name"), [
    ("अरूणाचल प्रदेश विधानसभा सदन में विधेयक पारित हुआ।", "अरूणाचल प्रदेश", "अरूणाचल प्रदेश विधानसभा"),
    ("मेघालया लोक सेवा आयोग ने परिणाम जारी किए।", "मेघालया", "मेघालया लोक सेवा आयोग"),
])
def test_model_place_and_head_name_a_body(body: str, place: str, name: str) -> None:
    found = place_body(Prediction(0, len(place), place, "LOC", 0.85), body)
    assert (found.text, found.label) == (name, "ORG") and found.confidence >= 0.9


@pytest.mark.parametrize(("body", "place", "confidence"), [
    ("अरूणाचल प्रदेश विधानसभा चुनाव में मतदान हुआ।", "अरूणाचल प्रदेश", 0.85),  # an election
    ("अरूणाचल प्रदेश में बारिश हुई।", "अरूणाचल प्रदेश", 0.85),
    ("अरूणाचल प्रदेश, विधानसभा और संसद", "अरूणाचल प्रदेश", 0.85),  # punctuation between
    ("अरूणाचल प्रदेश विधानसभा सदन में", "अरूणाचल प्रदेश", 0.5),  # a place too doubtful to keep
])
def test_model_place_stays_a_place(body: str, place: str, confidence: float) -> None:
    pred = Prediction(0, len(place), place, "LOC", confidence)
    assert place_body(pred, body) == pred


@pytest.mark.parametrize(("text", "label", "tail"), [
    ("एवं विकास निगम", "ORG", True),  # of "औद्योगिक पुनर्वित्त एवं विकास निगम"
    ("तथा सिंचाई विभाग", "ORG", True),
    ("एंड टेक्नोलॉजी", "ORG", True),  # of "इंस्टीट्यूट ऑफ साइंस एंड टेक्नोलॉजी"
    ("ऑफ इंडिया", "ORG", True),
    ("अनुसंधान एवं विकास संगठन", "ORG", False),  # the joining word inside
    ("भारत", "LOC", False),
    ("द हिंदू", "ORG", False),  # an article opens a name
])
def test_an_organisation_opening_on_a_joining_word_is_a_tail(text: str, label: str, tail: bool) -> None:
    assert opens_on_joiner(Prediction(0, len(text), text, label, 0.95)) is tail
