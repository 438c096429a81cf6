"""clause_start: the one helper that finds where a token's clause opens (reviews and untold use it)."""

from __future__ import annotations

from ghatna.document import Document
from ghatna.extraction.clause_openings import clause_start
from ghatna.text.tokens import tokenize


def doc_of(body: str) -> Document:
    return Document(source="test", raw=body, body=body, tokens=tokenize(body))


def index_of(doc: Document, word: str) -> int:
    return next(t.position for t in doc.tokens if t.text == word)


def test_clause_opens_after_the_last_opener_or_mark() -> None:
    doc = doc_of("मंत्री ने कहा कि सेना सीमा पर गश्त बढ़ाएगी, और पुलिस जांच करेगी")
    openers = frozenset({"कि"})
    assert clause_start(doc, 0, index_of(doc, "गश्त"), openers) == index_of(doc, "सेना")
    assert clause_start(doc, 0, index_of(doc, "पुलिस"), openers) == index_of(doc, "और")
    assert clause_start(doc, 0, index_of(doc, "पुलिस"), frozenset({"और"})) == index_of(doc, "पुलिस")


def test_clause_start_stays_within_the_sentence() -> None:
    doc = doc_of("अध्यक्ष ने बैठक बुलाई")
    assert clause_start(doc, 1, index_of(doc, "बुलाई"), frozenset({"कि"})) == 1
    assert clause_start(doc, 0, 0, frozenset({"कि"})) == 0


def test_folded_openers_match_the_look_up_key() -> None:
    doc = doc_of("दल वहाँ गया जहाँ लोग रुके")
    folded = frozenset({"जहां"})  # the key of "जहाँ": chandrabindu folds to anusvara
    at = index_of(doc, "रुके")
    assert clause_start(doc, 0, at, folded, folded=True) == index_of(doc, "लोग")
    assert clause_start(doc, 0, at, folded) == 0


def test_a_comma_inside_a_number_opens_no_clause() -> None:
    # the tokens split "3,41,870" at its commas; the clause still opens after the sentence's comma
    doc = doc_of("राज्य में अब तक 3,41,870 लोगों की जांच हुई, जिले में 1,205 मरीज भर्ती हैं")
    assert clause_start(doc, 0, index_of(doc, "लोगों"), frozenset()) == 0
    assert clause_start(doc, 0, index_of(doc, "मरीज"), frozenset()) == index_of(doc, "जिले")
