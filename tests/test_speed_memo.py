"""Work done once and reused: a sentence's lexicon phrases (for the rule coder, the event
places and the event model), the headline stage's decision to read a title, and the
promotion expressions behind one word-edge check."""

from __future__ import annotations

import pytest

from ghatna.document import Document
from ghatna.extraction.headlines import reads_title
from ghatna.extraction.triggers import load_triggers, phrases_in
from ghatna.models.events.features import detector_words
from ghatna.text.inline_clutter import is_promotion
from ghatna.text.tokens import tok_index, tokenize

SENTENCES = [
    "पाकिस्तान ने भारत पर सीमा पर गोलीबारी का आरोप लगाया",
    "प्रधानमंत्री ने अमेरिका के राष्ट्रपति से मुलाकात की और व्यापार पर बातचीत की",
    "राजधानी में आज मौसम सुहाना रहा",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_detector_words_with_phrases_found_before_read_the_same(text: str) -> None:
    tokens = tokenize(text)
    found = load_triggers().find(tokens, 0, len(tokens))
    assert detector_words(tokens, phrases=found) == detector_words(tokens)
    assert detector_words(tokens, phrases=[]) == [t.key for t in tokens if t.key]


def test_lexicon_phrases_are_the_lexicons_found_once_per_range() -> None:
    text = SENTENCES[1]
    doc = Document(source="t", raw=text, body=text, tokens=tokenize(text))
    first = phrases_in(doc, 0, len(doc.tokens))
    assert [m.trigger.plover for m in first] == [m.trigger.plover for m in load_triggers().find(doc.tokens, 0, len(doc.tokens))]
    assert {m.trigger.plover for m in first} >= {"CONSULT"}
    assert phrases_in(doc, 0, len(doc.tokens)) is first
    assert phrases_in(doc, 0, 3) is not first
    doc.tokens = tokenize(text)  # tokens read again: the phrases are found again
    assert phrases_in(doc, 0, len(doc.tokens)) is not first


@pytest.mark.parametrize(("title", "read"), [
    (SENTENCES[0], True),
    (SENTENCES[2], False),  # no lexicon phrase
    ("", False),
    ("आरोप " * 200, False),  # a paragraph, no headline
])
def test_reads_title(title: str, read: bool) -> None:
    body = "नई दिल्ली में आज एक बैठक हुई।"
    doc = Document(source="t", raw=body, body=body, title=title, tokens=tokenize(body))
    assert reads_title(doc) is read
    assert reads_title(doc) is read  # asked again by the next stage


@pytest.mark.parametrize(("sentence", "promotion"), [
    ("ताज़ा खबरों के लिए यहां क्लिक करें", True),
    ("पूरी खबर पढ़ने के लिए Click here", True),
    ("Follow us on Twitter for updates", True),
    ("हमारा ऐप डाउनलोड करें और खबरें पढ़ें", True),
    ("खबरें पढ़ने के लिए हमसे जुड़ें", True),
    ("Unfollow us if you like", False),  # a word edge before "follow"
    ("मंत्री ने कहा कि लोग ऐप डाउनलोड करें", False),  # reported: prose
    ("सरकार ने संसद में नया विधेयक पेश किया", False),
])
def test_promotions_behind_one_edge_check(sentence: str, promotion: bool) -> None:
    assert is_promotion(sentence) is promotion


TOKENS = tokenize("राम  ने कहा, हम 2024 में जीतेंगे")  # राम(0-3) ने(5-7) कहा(8-11) हम(13-15) 2024(16-20) में(21-24) …


@pytest.mark.parametrize(("offset", "index"), [
    (0, 0), (2, 0),     # inside the first word
    (3, 1), (4, 1),     # the spaces after a word belong to the next one
    (5, 1), (11, 3),    # the comma and space after कहा go with हम
    (16, 4), (19, 4), (20, 5),
    (-5, 0),            # before the text: the first token
    (500, 6),           # past the end: the last token
])
def test_tok_index_is_the_token_covering_or_after_an_offset(offset: int, index: int) -> None:
    assert tok_index(TOKENS, offset) == index


def test_tok_index_of_no_tokens_is_zero() -> None:
    assert tok_index([], 10) == 0
