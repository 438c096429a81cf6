"""Organisations' links the article contradicts (issue 11): an acronym spelt out as something
else in brackets, or half of a term joined by a hyphen; a party's one-word name after a wing's word
(the wing, the party's) or a field of study (a learned congress). Sentences written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.acronym_links import expansions


def linked(pipeline: ghatna.Pipeline, text: str) -> dict[str, str]:
    """Each linked organisation's mention → its English name."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: e.name for e in doc.entities if e.kb_id and e.type == "ORG" for m in e.mentions}


@pytest.mark.parametrize(("text", "acronym"), [
    ("बैंक छोटे दुकानदारों को जनरल क्रेडिट कार्ड (जीसीसी) देंगे। जीसीसी पर ब्याज कम होगा।", "जीसीसी"),
    ("नई सड़कें पीपीपी (सार्वजनिक निजी भागीदारी) के तहत बनेंगी।", "पीपीपी"),
    ("जिले में रोज़ पांच सौ आरटी-पीसीआर जांच हो रही हैं।", "आरटी"),
])
def test_an_acronym_the_article_spells_otherwise_is_no_link(pipeline: ghatna.Pipeline, text: str, acronym: str) -> None:
    assert acronym not in linked(pipeline, text)


@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("खाड़ी सहयोग परिषद (जीसीसी) के मंत्री रियाद में मिले।", "जीसीसी", "Gulf Cooperation Council"),
    ("अंतरराष्ट्रीय क्रिकेट परिषद (आईसीसी) ने नए नियम घोषित किए।", "आईसीसी", "International Cricket Council"),
    ("पीपीपी के नेताओं ने कराची में सभा की।", "पीपीपी", "Pakistan Peoples Party"),
    ("राष्ट्रीय आपदा प्रबंधन प्राधिकरण (एनडीएमए) ने नए निर्देश दिए।", "एनडीएमए", "National Disaster Management Authority (India)"),
    ("लंदन, 3 जून (एएफपी) शहर में बारिश से यातायात थम गया।", "एएफपी", "Agence France-Presse"),
    ("चुनाव से पहले भाजपा-शिवसेना गठबंधन टूट गया।", "शिवसेना", "Shiv Sena"),
    ("पुलिस ने कहा कि हमलावर आईएसआई-समर्थित गुट के थे।", "आईएसआई", "Inter-Services Intelligence"),
])
def test_an_acronym_spelt_as_its_entry_keeps_the_link(pipeline: ghatna.Pipeline, text: str, acronym: str, name: str) -> None:
    assert linked(pipeline, text).get(acronym) == name


def test_expansions_are_read_before_and_inside_brackets() -> None:
    body = "किसानों को किसान क्रेडिट कार्ड (केसीसी) मिलेंगे, और केसीसी (किसान क्रेडिट कार्ड) पर छूट है।"
    assert expansions(body, "केसीसी") == [["किसानों", "को", "किसान", "क्रेडिट", "कार्ड"], ["किसान", "क्रेडिट", "कार्ड"]]


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("युवा कांग्रेस के सदस्यों ने मशाल जुलूस निकाला।", "युवा कांग्रेस", "Indian National Congress"),
    ("महिला कांग्रेस ने महंगाई पर धरना दिया।", "महिला कांग्रेस", "Indian National Congress"),
    ("कांग्रेस ने संसद में सवाल उठाए।", "कांग्रेस", "Indian National Congress"),
])
def test_a_partys_wing_is_marked_whole_and_stays_the_partys(pipeline: ghatna.Pipeline, text: str, mention: str,
                                                            name: str) -> None:
    assert linked(pipeline, text).get(mention) == name


@pytest.mark.parametrize("text", [
    "शहर में इतिहास कांग्रेस का सालाना अधिवेशन शुरू हुआ।",
    "छात्रों ने विज्ञान कांग्रेस में अपने मॉडल दिखाए।",
])
def test_a_learned_congress_is_no_party(pipeline: ghatna.Pipeline, text: str) -> None:
    assert "Indian National Congress" not in linked(pipeline, text).values()


@pytest.mark.parametrize(("body", "found"), [
    ("कल सुबह राज्य सरकार ने नई बीमा योजना (एबीसी) शुरू की।",
     [["सरकार", "ने", "नई", "बीमा", "योजना"]]),  # its letters and two more words, at most
    ("मंत्री ने कहा, जल जीवन मिशन (एबीसी) और खेल योजना (एबीसी) दोनों चलेंगी।",
     [["जल", "जीवन", "मिशन"], ["और", "खेल", "योजना"]]),  # each bracket from the last mark before it
    ("गांव (जिला) में खेती योजना ( एबीसी ) चली।", [["में", "खेती", "योजना"]]),  # a bracket bounds it; spaces inside
    ("योजना। (एबीसी) चली।", []),  # no words before it in its clause
    ("उसने नई बीमा योजना एबीसी शुरू की।", []),  # no bracket at all
])
def test_expansions_run_back_to_the_clause_start(body: str, found: list[list[str]]) -> None:
    assert expansions(body, "एबीसी") == found
