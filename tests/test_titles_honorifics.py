"""Honorifics before a name ("श्री कोली ने", "डॉ. एसपर ने") work as titles of no office: an
unknown name after one that acts is a new person, nothing is made of one before a word that does
not act, and no known person's short form is read after one."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def people(pipeline: ghatna.Pipeline, text: str) -> dict[str, str | None]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: e.kb_id for e in doc.entities if e.type == "PERSON" for m in e.mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("श्री कोली ने प्रधानमंत्री को जन्मदिन की बधाई दी और शुभकामनाएं दीं।", "कोली"),
    ("डॉ. एसपर ने रक्षा सहयोग बढ़ाने पर ज़ोर दिया और धन्यवाद कहा।", "एसपर"),
    ("श्रीमती सुलोचना ने बताया कि गांव में अब तक पानी नहीं पहुंचा है।", "सुलोचना"),
])
def test_unknown_name_after_an_honorific_that_acts(pipeline: ghatna.Pipeline, text: str, name: str) -> None:
    assert name in people(pipeline, text)


def test_an_honorific_names_no_office(pipeline: ghatna.Pipeline) -> None:
    """A known person's short form is not read after an honorific, which names no office: "ली"
    here is not Li Qiang; the name that acts is still a person."""
    found = people(pipeline, "विशेषज्ञों में डॉक्टर ली थी क्वैन मी भी शामिल थीं जो वायरस पर काम करती हैं।")
    assert "ghatna:person:li-qiang" not in found.values()
    assert "खट्टर" in people(pipeline, "श्री खट्टर ने कहा कि राज्य में हालात पूरी तरह नियंत्रण में हैं।")


@pytest.mark.parametrize("text", [
    "मंदिर में श्री गणेश की पूजा के साथ उत्सव की शुरुआत की गई।",  # no act: a deity, no person made
    "यह कार्यक्रम श्री कृष्ण जन्मभूमि के पास आयोजित किया गया था।",
])
def test_no_person_without_an_act(pipeline: ghatna.Pipeline, text: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert not [m for e in doc.entities for m in e.mentions if m.rule.startswith("title:honorific")]


def test_honorific_before_a_person_named_earlier(pipeline: ghatna.Pipeline) -> None:
    """"श्री दुबेलिया" after "प्रवक्ता रमाकांत दुबेलिया" is the same person, not a second one."""
    doc = ghatna.extract("पार्टी प्रवक्ता रमाकांत दुबेलिया ने पत्रकारों से बातचीत की। श्री दुबेलिया ने कहा कि "
                         "सरकार को जवाब देना चाहिए।", html=False, pipeline=pipeline)
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1 and len(people[0].mentions) == 2
