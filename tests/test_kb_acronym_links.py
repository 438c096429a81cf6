"""Organisations' links the article contradicts (issue 11): an acronym spelt out as something
else in brackets, or half of a term joined by a hyphen; a party's one-word name after a wing's word
(the wing, the party's) or a field of study (a learned congress). Sentences written for these tests."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.extraction.acronym_links import Expansion, expansion_spans, spells


def expansions(body: str, acronym: str) -> list[list[str]]:
    """The words of ``expansion_spans``, with no grammar word cutting them."""
    return [e.words for e in expansion_spans(body, acronym)]


def linked(pipeline: ghatna.Pipeline, text: str) -> dict[str, str]:
    """Each linked organisation's mention → its English name."""
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    return {m.text: e.name for e in doc.entities if e.kb_id and e.type == "ORG" for m in e.mentions}


@pytest.mark.parametrize(("text", "acronym"), [
    ("बैंक छोटे दुकानदारों को जनरल क्रेडिट कार्ड (जीसीसी) देंगे। जीसीसी पर ब्याज कम होगा।", "जीसीसी"),
    ("नई सड़कें पीपीपी (पब्लिक प्राइवेट पार्टनरशिप) के तहत बनेंगी।", "पीपीपी"),
    ("किसानों को अब जनरल क्रेडिट कार्ड (जीसीसी) मिलेंगे।", "जीसीसी"),
    ("जिले में रोज़ पांच सौ आरटी-पीसीआर जांच हो रही हैं।", "आरटी"),
    ("प्रयोगशाला ने कल आरटी - पीसीआर की दो हजार जांचें कीं।", "आरटी"),  # the hyphen spaced, as split text writes it
    # the spelling ends on a body's head noun, but one that names another kind of body than the entry
    ("इंडियन ऑयल कॉरपोरेशन (आईओसी) ने पेट्रोल महंगा किया। आईओसी ने कहा कि दाम कल से बढ़ेंगे।", "आईओसी"),
    ("ग्रेटर चेन्नई कॉरपोरेशन (जीसीसी) ने सड़कें साफ कराईं। जीसीसी के अफसर मौके पर पहुंचे।", "जीसीसी"),
])
def test_an_acronym_the_article_spells_otherwise_is_no_link(pipeline: ghatna.Pipeline, text: str, acronym: str) -> None:
    assert acronym not in linked(pipeline, text)


@pytest.mark.parametrize(("text", "acronym", "name"), [
    ("खाड़ी सहयोग परिषद (जीसीसी) के मंत्री रियाद में मिले।", "जीसीसी", "Gulf Cooperation Council"),
    ("अंतरराष्ट्रीय क्रिकेट परिषद (आईसीसी) ने नए नियम घोषित किए।", "आईसीसी", "International Cricket Council"),
    ("पीपीपी के नेताओं ने कराची में सभा की।", "पीपीपी", "Pakistan Peoples Party"),
    ("राष्ट्रीय आपदा प्रबंधन प्राधिकरण (एनडीएमए) ने नए निर्देश दिए।", "एनडीएमए", "National Disaster Management Authority (India)"),
    ("लंदन, 3 जून (एएफपी) शहर में बारिश से यातायात थम गया।", "एएफपी", "Agence France-Presse"),
    ("अंतरराष्ट्रीय संकट समूह (आईसीजी) की नई रिपोर्ट आई। आईसीजी ने हिंसा की चेतावनी दी।", "आईसीजी",
     "International Crisis Group"),
    ("चुनाव से पहले भाजपा-शिवसेना गठबंधन टूट गया।", "शिवसेना", "Shiv Sena"),
    ("चुनाव से पहले भाजपा - शिवसेना गठबंधन टूट गया।", "शिवसेना", "Shiv Sena"),
    ("पुलिस ने कहा कि हमलावर आईएसआई-समर्थित गुट के थे।", "आईएसआई", "Inter-Services Intelligence"),
])
def test_an_acronym_spelt_as_its_entry_keeps_the_link(pipeline: ghatna.Pipeline, text: str, acronym: str, name: str) -> None:
    assert linked(pipeline, text).get(acronym) == name


@pytest.mark.parametrize(("text", "acronym", "name"), [
    # a party after a person's name, or a faction's leader after the party: no spelling
    ("सदन में सुप्रिया सुले (एनसीपी) ने सवाल उठाए। एनसीपी ने सरकार को घेरा।", "एनसीपी", "Nationalist Congress Party"),
    ("विधायक रमेश यादव (एनसीपी) ने धरना दिया।", "एनसीपी", "Nationalist Congress Party"),
    ("असदुद्दीन ओवैसी (एआईएमआईएम) ने रैली की।", "एआईएमआईएम", "All India Majlis-e-Ittehadul Muslimeen"),
    ("एनसीपी (शरद पवार) के नेता मुंबई में मिले।", "एनसीपी", "Nationalist Congress Party"),
    # a translation or a description in Hindi spells no letters: no other thing's name
    ("पाकिस्तान की खुफिया एजेंसी (आईएसआई) पर आरोप लगे।", "आईएसआई", "Inter-Services Intelligence"),
    ("अध्ययन करने वाले संकट समूह (आईसीजी) ने चेतावनी दी।", "आईसीजी", "International Crisis Group"),
])
def test_a_label_or_translation_in_brackets_keeps_the_link(pipeline: ghatna.Pipeline, text: str, acronym: str,
                                                           name: str) -> None:
    assert linked(pipeline, text).get(acronym) == name


@pytest.mark.parametrize(("words", "acronym", "inside", "spelt"), [
    (["जनरल", "क्रेडिट", "कार्ड"], "जीसीसी", False, True),
    (["बैंक", "ऑफ", "बड़ौदा"], "बीओबी", False, True),
    (["किसान", "क्रेडिट", "कार्ड", "योजना"], "केसीसी", True, True),
    (["सार्वजनिक", "निजी", "भागीदारी"], "पीपीपी", True, False),
    (["सुप्रिया", "सुले"], "एनसीपी", False, False),
])
def test_initials_spell_the_acronym(words: list[str], acronym: str, inside: bool, spelt: bool) -> None:
    assert spells(Expansion(words, 0, 0, inside), acronym) is spelt


def test_expansions_are_read_before_and_inside_brackets() -> None:
    body = "किसानों को किसान क्रेडिट कार्ड (केसीसी) मिलेंगे, और केसीसी (किसान क्रेडिट कार्ड) पर छूट है।"
    assert expansions(body, "केसीसी") == [["किसानों", "को", "किसान", "क्रेडिट", "कार्ड"], ["किसान", "क्रेडिट", "कार्ड"]]


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("युवा कांग्रेस के सदस्यों ने मशाल जुलूस निकाला।", "युवा कांग्रेस", "Indian National Congress"),
    ("महिला कांग्रेस ने महंगाई पर धरना दिया।", "महिला कांग्रेस", "Indian National Congress"),
    ("कांग्रेस ने संसद में सवाल उठाए।", "कांग्रेस", "Indian National Congress"),
    # a wing's word before a party that has no such wing is no part of its name
    ("देश के युवा भाजपा की नीतियों से नाराज़ हैं।", "भाजपा", "Bharatiya Janata Party"),
])
def test_a_partys_wing_is_marked_whole_and_stays_the_partys(pipeline: ghatna.Pipeline, text: str, mention: str,
                                                            name: str) -> None:
    assert linked(pipeline, text).get(mention) == name


@pytest.mark.parametrize("text", [
    "शहर में भारतीय इतिहास कांग्रेस का सालाना अधिवेशन शुरू हुआ।",
    "पुणे में 42वीं भूगोल कांग्रेस के सत्र चले।",
    "छात्रों ने विज्ञान कांग्रेस में अपने मॉडल दिखाए।",
])
def test_a_learned_congress_is_no_party(pipeline: ghatna.Pipeline, text: str) -> None:
    assert "Indian National Congress" not in linked(pipeline, text).values()


@pytest.mark.parametrize("text", [
    "लोग कहते हैं कि गांव को अच्छी शिक्षा कांग्रेस सरकार ने दी थी।",
    "किसान मानते हैं कि कृषि कांग्रेस की प्राथमिकता कभी नहीं रही।",
])
def test_a_field_word_ending_a_phrase_leaves_the_party(pipeline: ghatna.Pipeline, text: str) -> None:
    assert "Indian National Congress" in linked(pipeline, text).values()


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
