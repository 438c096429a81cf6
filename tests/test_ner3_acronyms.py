"""An acronym an article defines in brackets after an organisation's name is that organisation,
there and wherever the article uses it again; a bracket after an acronym or holding an ordinary
word defines nothing."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.models.ner.acronyms import is_acronym
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return ghatna.load()


@pytest.mark.parametrize(("word", "expected"), [
    ("जेपीएससी", True),  # J P S C spelt by the letters' names
    ("एचबीटीयू", True),
    ("CDDEP", True),
    ("ग्रामीण", False),
    ("भाषा", False),
    ("2019", False),
])
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


def test_defined_acronym_names_the_organisation(pipeline: Pipeline) -> None:
    text = ("ओडिशा लोक सेवा आयोग (ओपीएससी) ने भर्ती परीक्षा की तारीख बदल दी है। अभ्यर्थियों ने कहा कि "
            "ओपीएससी को पहले सूचना देनी चाहिए थी।")
    doc = ghatna.extract(text, pipeline=pipeline)
    body = next(e for e in doc.entities if any(m.text == "ओडिशा लोक सेवा आयोग" for m in e.mentions))
    assert [m.text for m in body.mentions] == ["ओडिशा लोक सेवा आयोग", "ओपीएससी", "ओपीएससी"]


def test_bracket_after_an_acronym_defines_nothing(pipeline: Pipeline) -> None:
    doc = ghatna.extract("राज्य में एनडीएफबी (एसके) के उग्रवादियों ने एक पुल उड़ा दिया।", pipeline=pipeline)  # a faction
    assert not any(m.rule == "rule:acronym" for e in doc.entities for m in e.mentions)
