"""Words read as names by their shape that are none (review 6, issue 11): an opened name with a
word of level or field inside ("राज्य स्तरीय", ``not_in_opened_names``), a hub a place becomes
("पर्यटन केंद्र बनाने", ``hub_heads``), and common words with a place name's ending (thanks
misspelt, a cremation ground: ``not_suffixed_places``)."""

from __future__ import annotations

import pytest

import ghatna


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def names(text: str, pipeline: ghatna.Pipeline) -> list[tuple[str, str]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return [(e.type, m.text) for e in doc.entities for m in e.mentions]


@pytest.mark.parametrize("text", [
    "जिले में राज्य स्तरीय निगरानी समिति की बैठक अगले हफ्ते होगी।",
    "चुनाव के बाद राष्ट्रीय राजनीति केंद्र में आ गई है।",
    "सरकार इस शहर को अंतरराष्ट्रीय पर्यटन केंद्र बनाने की तैयारी में है।",
    "यह कस्बा जल्द ही राष्ट्रीय शिक्षा केंद्र बनेगा।",
    "विधायक ने समर्थकों का धन्यबाद किया।",
    "परिजन शव लेकर श्मशानघाट पहुंचे।",
])
def test_no_name_in_common_words(text: str, pipeline: ghatna.Pipeline) -> None:
    assert [n for n in names(text, pipeline) if n[0] in ("ORG", "GPE", "LOC")] == []


@pytest.mark.parametrize(("text", "name"), [
    ("राज्य कार्यकारी समिति ने प्रस्ताव पारित किया।", "राज्य कार्यकारी समिति"),
    ("अंतरराष्ट्रीय अनुसंधान केंद्र ने रिपोर्ट जारी की।", "अंतरराष्ट्रीय अनुसंधान केंद्र"),
    ("पुलिस ने कमलपुरा में छापा मारा।", "कमलपुरा"),
])
def test_bodies_and_places_so_named_stay(text: str, name: str, pipeline: ghatna.Pipeline) -> None:
    assert any(n == name for _, n in names(text, pipeline)), names(text, pipeline)
