"""A person brought in by a title is the same person when named again later by surname: after
a name the knowledge base knows under a slightly other spelling ("थरमन" for "थर्मन"), and when the
later surname is itself spelt with one slip ("श्री दुबेलीया" after "रमाकांत दुबेलिया")."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def person_of(doc: ghatna.Document, text: str) -> ghatna.Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and any(m.text == text for m in e.mentions))


@pytest.mark.parametrize(("text", "later", "country"), [
    ("सिंगापुर के मंत्री थरमन शनमुगरत्नम ने आज दिल्ली में भाषण दिया। श्री शनमुगरत्नम ने भारत की नीतियों की सराहना की।",
     "शनमुगरत्नम", "SGP"),
    ("सिंगापुर के मंत्री थरमन शनमुगरत्नम ने आज दिल्ली में भाषण दिया। श्री शनमुगत्नम ने भारत की नीतियों की सराहना की।",
     "शनमुगत्नम", "SGP"),
    ("श्रीलंका के विदेश मंत्री दिनेश गुणवर्द्धना ने कल चेन्नई में भाषण दिया। श्री गुणवर्द्धने ने तमिलनाडु के मुख्यमंत्री से मुलाकात की।",
     "गुणवर्द्धने", "LKA"),
])
def test_later_surname_is_the_person_named_before(pipeline: ghatna.Pipeline, text: str, later: str,
                                                   country: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    person = person_of(doc, later)
    assert person.country == country
    assert len(person.mentions) >= 2


def test_a_misspelt_surname_of_a_new_person(pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract("पार्टी प्रवक्ता रमाकांत दुबेलिया ने पत्रकारों से बात की। श्री दुबेलीया ने कहा कि "
                         "सरकार को जवाब देना चाहिए।", html=False, pipeline=pipeline)
    assert len([e for e in doc.entities if e.type == "PERSON"]) == 1


def test_another_surname_is_another_person(pipeline: ghatna.Pipeline) -> None:
    """A surname far from the one named before is someone else."""
    doc = ghatna.extract("सिंगापुर के मंत्री थरमन शनमुगरत्नम ने आज दिल्ली में भाषण दिया। श्री बालाकृष्णन ने भारत की नीतियों की "
                         "सराहना की।", html=False, pipeline=pipeline)
    assert person_of(doc, "बालाकृष्णन").country != "SGP"


@pytest.mark.parametrize(("text", "later"), [
    # a word that ends many given names ("कुमार") tells no one person
    ("बिहार के मुख्यमंत्री नीतीश कुमार ने पटना में बैठक की। बाद में जिलाधिकारी श्री कुमार ने बाढ़ का जायजा लिया।",
     "कुमार"),
    ("नीतीश कुमार ने आज गया में सभा को संबोधित किया। पुलिस अधीक्षक श्री कुमार ने सुरक्षा की समीक्षा की।", "कुमार"),
    # the word's own office is not the office of the person named before
    (("श्रीलंका के विदेश मंत्री दिनेश गुणवर्द्धना ने कल चेन्नई में भाषण दिया। जिलाधिकारी श्री गुणवर्द्धने ने "
      "बाढ़ का जायजा लिया।"), "गुणवर्द्धने"),
])
def test_a_lone_word_of_another_person_is_not_merged(pipeline: ghatna.Pipeline, text: str, later: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert len(person_of(doc, later).mentions) == 1


def test_the_same_office_keeps_the_later_surname() -> None:
    """A later title that is the person's own office does not stop the merge."""
    doc = ghatna.extract("श्रीलंका के विदेश मंत्री दिनेश गुणवर्द्धना ने कल चेन्नई में भाषण दिया। विदेश मंत्री श्री गुणवर्द्धने ने "
                         "तमिलनाडु के मुख्यमंत्री से मुलाकात की।", html=False, pipeline=ghatna.load())
    assert person_of(doc, "गुणवर्द्धने").country == "LKA"
