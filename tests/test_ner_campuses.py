"""Campuses named by a system's short form and their city (``models/ner/campuses.py``,
``campus_bodies`` of ``data/link_context.yaml``): "आईआईटी कानपुर" is one organisation, IIT Kanpur,
and Kanpur is no place mention there."""

from __future__ import annotations

import pytest

import ghatna


@pytest.mark.parametrize(("text", "campus", "name"), [
    ("पिछले साल आईआईटी कानपुर के छात्रों ने एक छोटा उपग्रह बनाया और उसे अंतरिक्ष में भेजा गया।",
     "आईआईटी कानपुर", "IIT Kanpur"),
    ("इस बार आईआईएम अहमदाबाद में दाखिले के लिए रिकॉर्ड आवेदन आए और कई छात्र चुने गए।",
     "आईआईएम अहमदाबाद", "IIM Ahmedabad"),
])
def test_short_form_and_city_are_one_campus(pipeline: ghatna.Pipeline, text: str, campus: str, name: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    found = [(e.type, m.text, e.name, e.country) for e in doc.entities for m in e.mentions]
    assert ("ORG", campus, name, "IND") in found
    assert not any(m.text == campus.split()[-1] for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(("text", "place"), [
    ("उन्होंने आईआईटी में पढ़ाई की और फिर दिल्ली चले गए, जहां उन्हें अच्छी नौकरी मिली।", "दिल्ली"),
    ("इस साल आईआईटी, दिल्ली और मुंबई के कॉलेजों में दाखिले के लिए रिकॉर्ड आवेदन आए हैं।", "दिल्ली"),
    # a city set against another right after it is a place
    ("सरकार ने तय किया कि नया एम्स दिल्ली में नहीं बल्कि दरभंगा में बनेगा।", "दिल्ली"),
    ("मंत्री ने कहा कि अगला आईआईटी पटना में नहीं, बल्कि गया में खुलेगा।", "पटना"),
])
def test_no_campus_without_the_city_right_after(pipeline: ghatna.Pipeline, text: str, place: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert any(e.type == "GPE" and m.text == place for e in doc.entities for m in e.mentions)
    assert not any(m.rule == "rule:campus" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(("text", "campus"), [
    ("बुखार बढ़ने पर उन्हें एम्स दिल्ली में भर्ती कराया गया और डॉक्टर निगरानी कर रहे हैं।", "एम्स दिल्ली"),
    ("छात्र आईआईटी पटना में नहीं पहुंचे तो प्रशासन ने उनके घर फोन किया।", "आईआईटी पटना"),
])
def test_a_campus_before_a_postposition_stays_one(pipeline: ghatna.Pipeline, text: str, campus: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert any(m.rule == "rule:campus" and m.text == campus for e in doc.entities for m in e.mentions)
