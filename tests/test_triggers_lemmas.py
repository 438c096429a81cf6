"""Trigger lemmas whose phrasing real train sentences use and the lexicon lacked, each matched in
other inflections than its lexicon example, and the look-alike uses they must not take; and speech
told without "कि" ("X ने कहा, '…'", "X ने कहा- …"), whose speaker is the agent of the rows that
take the speaker as agent."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document, Event
from ghatna.extraction.clause_openings import says_aloud
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings
from ghatna.text.tokens import tokenize


def lexicon_types(text: str) -> set[tuple[str, str]]:
    tokens = tokenize(text)
    return {(m.trigger.pattern, m.trigger.plover) for m in load_triggers().find(tokens, 0, len(tokens))}


@pytest.fixture(scope="module")
def coder() -> Pipeline:
    """The rule coder alone: these tests pin the lexicon and the role finder, not the learned detector."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "event_model")))


def events(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    found: list[Event] = ghatna.extract(text, pipeline=pipeline).events
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in found}


@pytest.mark.parametrize(("text", "pattern", "plover"), [
    ("विधायकों के गुट ने सरकार से अपना हाथ खींचने का ऐलान किया।", "अपना हाथ {खींचना}", "SANCTION"),
    ("प्रशासन ने दो शराब तस्करों पर एनएसए लगा दिया।", "(रासुका|एनएसए|पीएसए|यूएपीए|मकोका) {लगाना}", "COERCE"),
    ("हिंसा के आरोपियों पर यूएपीए लगाई गई है।", "(रासुका|एनएसए|पीएसए|यूएपीए|मकोका) {लगाना}", "COERCE"),
    ("पूर्व विधायक पर जन सुरक्षा अधिनियम लगाया जाएगा।", "सुरक्षा (कानून|अधिनियम) {लगाना}", "COERCE"),
    ("अदालत के फैसले के बाद पूर्व मंत्री को पांच साल की जेल हो गई।", "की (कैद|जेल) हो (गई|गयी|चुकी)", "COERCE"),
    ("घूस लेते पकड़े गए बाबू को दो साल की जेल हुई थी।", "की (कैद|जेल) हुई", "COERCE"),
])
def test_lemma_matches_other_forms(text: str, pattern: str, plover: str) -> None:
    assert (pattern, plover) in lexicon_types(text)


@pytest.mark.parametrize(("text", "plover"), [
    # a penalty a law provides, or the most it may be, is no one's sentence (the row was read as one)
    ("नए कानून के तहत मिलावट करने वालों को सात साल की जेल होगी।", "COERCE"),
    ("इस अपराध के लिए दस साल तक की जेल हो सकती है।", "COERCE"),
    ("मिलावटखोरों को अब तीन साल की कैद होगी।", "COERCE"),
    ("धोखाधड़ी के मामले में बैंक अधिकारी को दो साल की कैद हो सकती है।", "COERCE"),
    ("इस धारा में दोषियों को दस साल तक की जेल हुई है।", "COERCE"),
    # a security law laid on a land, or on no one named, arrests no one
    ("चीन ने हांगकांग पर राष्ट्रीय सुरक्षा कानून लगा दिया।", "COERCE"),
    ("रूस ने क्रीमिया पर अपना सुरक्षा कानून लगा दिया।", "COERCE"),
    ("सरकार ने पूरे राज्य में राष्ट्रीय सुरक्षा कानून लगा दिया।", "COERCE"),
    ("बच्चे ने गर्म तवे से झट से अपना हाथ खींच लिया।", "SANCTION"),       # a hand pulled back
])
def test_look_alike_tells_no_event(text: str, plover: str, coder: Pipeline) -> None:
    assert all(kind != plover for kind, _, _ in events(text, coder))


@pytest.mark.parametrize(("text", "expected"), [
    ("समाजवादी पार्टी ने केंद्र सरकार से अपना हाथ खींच लिया।",
     ("SANCTION", "Samajwadi Party", "Government of India")),
    ("प्रशासन ने दो शराब तस्करों पर एनएसए लगा दिया।", ("COERCE", "government", "criminals")),
    ("राज्य सरकार ने दंगे के दो आरोपियों पर राष्ट्रीय सुरक्षा कानून लगाया।",
     ("COERCE", "state government", "criminals")),
])
def test_lemma_codes_its_event(text: str, expected: tuple[str, str, str], coder: Pipeline) -> None:
    assert expected in events(text, coder)


@pytest.mark.parametrize(("text", "expected"), [
    ('राहुल गांधी ने कहा, "केंद्र सरकार को यह कानून वापस लेना चाहिए।"',
     ("REQUEST", "Rahul Gandhi", "Government of India")),
    ("भाजपा ने ट्वीट किया, 'कांग्रेस जनता को गुमराह कर रही है।'",
     ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress")),
    ("भाजपा ने कहा- कांग्रेस लोगों को गुमराह कर रही है।",
     ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress")),
])
def test_speech_told_without_ki_has_its_speaker(text: str, expected: tuple[str, str, str], coder: Pipeline) -> None:
    assert expected in events(text, coder)


@pytest.mark.parametrize("text", [
    '"कांग्रेस जनता को गुमराह कर रही है," भाजपा के एक नेता ने कहा।',  # speaker named after the quote
    "भाजपा ने कहा। कांग्रेस लोगों को गुमराह कर रही है।",                # a sentence ends after the verb
])
def test_quote_without_opening_speaker_gives_no_charge(text: str, coder: Pipeline) -> None:
    assert not any(kind == "ACCUSE" and source == "Indian National Congress"
                   for kind, source, _ in events(text, coder))


@pytest.mark.parametrize("text", [
    # a relative word after "कहा," opens what the speaker says (the review of 6f828c4)
    "मुख्यमंत्री ने कहा, जिन्होंने पुलिस पर पथराव किया उन्हें जेल भेजा जाएगा।",
    "मंत्री ने कहा, जो लोग पुलिस पर हमला करेंगे उन्हें गिरफ्तार किया जाएगा।",
])
def test_a_relative_after_speech_is_the_speakers(text: str, coder: Pipeline) -> None:
    assert not any(kind == "COERCE" and "police" in (target or "") for kind, _s, target in events(text, coder))


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphen is no dash: "कहा-सुनी" is a quarrel, and the doer before it stays the doer
    ("भाजपा कार्यकर्ताओं ने कहा-सुनी के बाद कांग्रेस कार्यालय पर पथराव किया।",
     ("PROTEST", "Bharatiya Janata Party activists", "Indian National Congress")),
    ("भाजपा कार्यकर्ताओं ने मामूली कहा-सुनी के बाद कांग्रेस के नेता पर हमला किया।",
     ("ASSAULT", "Bharatiya Janata Party activists", "Indian National Congress politicians")),
    ("सपा कार्यकर्ताओं ने तीखी कहा-सुनी के बाद भाजपा नेता पर हमला किया।",
     ("ASSAULT", "Samajwadi Party activists", "Bharatiya Janata Party politicians")),
    # a comma followed by the teller's "फिर", "और": a second deed of the same doer, not speech
    ("किसानों ने सरकार को पत्र लिखा, फिर संसद के बाहर प्रदर्शन किया।", ("PROTEST", "farmers", "Parliament")),
    ("मजदूरों ने पत्र लिखा, और फिर कलेक्ट्रेट के बाहर धरना दिया।", ("PROTEST", "workers", "government")),
])
def test_no_speech_keeps_its_doer(text: str, expected: tuple[str, str, str], coder: Pipeline) -> None:
    assert expected in events(text, coder)


@pytest.mark.parametrize(("text", "word", "opens"), [
    ("यह बिल्कुल स्पष्ट है, सरकार झुकेगी नहीं।", "है", False),      # an adjective: it is clear
    ("उनका इरादा स्पष्ट, सरकार झुकेगी नहीं।", "स्पष्ट", False),
    ("भाजपा ने स्पष्ट किया, सरकार झुकेगी नहीं।", "किया", True),       # with its light verb it is speech
    ("भाजपा ने कहा- सरकार झुकेगी नहीं।", "कहा", True),              # a dash with a space after it
    ("भाजपा ने कहा-सुनी के बाद धरना दिया।", "कहा", False),
    ("भाजपा ने पत्र लिखा, फिर धरना दिया।", "लिखा", False),
    ('भाजपा ने लिखा, "और सरकार झुकेगी नहीं।"', "लिखा", True),       # after a quote mark, speech all the same
])
def test_speech_opening_mark(text: str, word: str, opens: bool) -> None:
    doc = Document(source="t", raw=text, body=text, tokens=tokenize(text))
    k = next(i for i, t in enumerate(doc.tokens) if t.text == word)
    assert says_aloud(doc, k) is opens
