"""Review mends of the labelling rows (data/labels.yaml, triggers.tsv speaker rows): a label in
reported speech judges no one in a question, before a clause it is said of, of a misfortune or a
game; a word of a person (दोस्त, मित्र) praises only as one's own."""

from __future__ import annotations

import pytest

import ghatna


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text)
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events}


@pytest.mark.parametrize(("text", "plover"), [
    ("राज्यपाल ने कहा कि ट्रक दुर्घटना में यात्रियों की मौत बहुत दुर्भाग्यपूर्ण है।", "ACCUSE"),  # a misfortune
    ("पत्रकारों ने पूछा कि क्या कांग्रेस का निर्णय गलत था।", "ACCUSE"),  # a question
    ("राजनाथ सिंह ने कहा कि यह कहना गलत है कि सरकार किसानों के खिलाफ है।", "ACCUSE"),  # said of a clause
    ("कप्तान विराट कोहली ने कहा कि इंग्लैंड की बल्लेबाजी शानदार थी।", "SUPPORT"),  # a game
    ("थाना प्रभारी ने बताया कि तीनों आरोपी आपस में दोस्त हैं।", "SUPPORT"),  # friends of each other
    ("प्रधानमंत्री ने कहा कि भारत और जापान पुराने मित्र हैं।", "SUPPORT"),  # no one's own friend
    ("कृषि विभाग के वैज्ञानिकों ने मधुमक्खियों को किसानों का मित्र बताया।", "SUPPORT"),  # another's friend
])
def test_label_that_judges_no_one_gives_no_event(text: str, plover: str) -> None:
    assert plover not in {p for p, _s, _t in coded(text)}, (text, coded(text))


@pytest.mark.parametrize(("text", "plover", "source", "target"), [
    ("प्रधानमंत्री मोदी ने कहा कि रूस हमारा पुराना मित्र है।", "SUPPORT", "Narendra Modi", "Russia"),
    ("डोनाल्ड ट्रंप ने नरेंद्र मोदी को अपना दोस्त बताया।", "SUPPORT", "Donald Trump", "Narendra Modi"),
    ("शशि थरूर ने कहा कि भाजपा सरकार का यह कदम गलत है।", "ACCUSE", "Shashi Tharoor", None),
])
def test_own_friend_and_plain_judgement_still_code(text: str, plover: str, source: str, target: str | None) -> None:
    assert any(p == plover and s == source and target in (None, t) for p, s, t in coded(text)), (text, coded(text))


@pytest.mark.parametrize("text", [
    "जांच में गिरफ्तार ड्राइवर ने थाने में अधिकारियों को झूठ बताया।",  # told a lie, no label
])
def test_lie_told_to_someone_is_no_charge(text: str) -> None:
    assert "ACCUSE" not in {p for p, _s, _t in coded(text)}, (text, coded(text))


def test_lie_said_in_speech_stays_a_charge() -> None:
    assert "ACCUSE" in {p for p, _s, _t in coded("कांग्रेस ने कहा कि भाजपा सरकार का दावा झूठ है।")}


def test_court_calling_accused_criminals_is_a_conviction() -> None:
    found = {p for p, _s, _t in coded("विशेष अदालत ने चारों आरोपियों को अपराधी करार दिया।")}
    assert "COERCE" in found and "ACCUSE" not in found, found


@pytest.mark.parametrize("text", [
    "चिकित्सकों ने कहा कि शराब लोगों की सेहत खतरे में डाल देती है।",  # what a habit does, in general
    "डॉक्टरों ने कहा कि ज्यादा चीनी खाना दांतों को नुकसान पहुंचाता है।",  # चीनी: sugar
])
def test_general_statement_of_harm_is_no_charge(text: str) -> None:
    assert "ACCUSE" not in {p for p, _s, _t in coded(text)}, (text, coded(text))
