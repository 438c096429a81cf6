"""People named in a list with other people: a name the model doubted is kept when it stands in a
list with a person it is sure of, or one the knowledge base or a title gives, separated only by a
comma or a conjunction ("अर्जुन, द्रोणाचार्य और श्रीकृष्ण"; "मोदी और X").

A list of names is good evidence that a doubtful member is a name of the same kind: on IL-NER
Hindi's train and dev splits, 16 of 19 doubtful one-word people in such a list were people. The
evidence spreads along the list (the sure name vouches for its neighbour, the neighbour for the
next). A name right after an initial ("वी. विजयन") is a cut name and gets no such help.
"""

from __future__ import annotations

from ghatna.document import Document
from ghatna.extraction.romanize import romanization
from ghatna.models.ner.head_names import ABBREVIATION_MARKS
from ghatna.models.ner.model import Prediction
from ghatna.text.tokens import word_key

LIST_RULE = "rule:person_list"
MIN_LISTED_PERSON = 0.5  # a person the model gives at least this tag probability may be kept by its list
LIST_GAP_REACH = 100  # characters between two listed names: a comma, a conjunction and the second's titles fit


def list_gap(between: str, conjunctions: frozenset[str], titles: frozenset[str]) -> bool:
    """Only a comma, or one conjunction (with or without a comma before it), between two names,
    and the titles of the second ("अर्जुन, गुरु गोविन्द सिंह")."""
    words = between.replace(",", " , ").split()
    while words and word_key(words[-1].rstrip(ABBREVIATION_MARKS)) in titles:
        words.pop()
    if words == [","]:
        return True
    if words and words[0] == ",":
        words = words[1:]
    return len(words) == 1 and words[0] in conjunctions


def after_initial(body: str, start: int) -> bool:
    """The word before ``start`` is an initial ("वी.", "आर.", "के"): the name is cut, not listed."""
    before = body[max(0, start - 12):start].split()
    if not before or body[start - 1:start] != " ":
        return False
    word = before[-1]
    return word.endswith(tuple(ABBREVIATION_MARKS)) or word in romanization().letter_names


def listed_people(doc: Document, preds: list[Prediction], sure: dict[str, float], one_word: float,
                  gaps: tuple[frozenset[str], frozenset[str]]) -> tuple[list[Prediction], list[tuple[int, int]]]:
    """The predictions, the people among them below their threshold (``sure`` by label for names
    of several words, ``one_word`` for a lone word) but at MIN_LISTED_PERSON or more that stand in
    a list with a sure person (one the model gives above its threshold, or a person's mention the
    entity stage found) raised to their threshold; and their offsets. ``gaps``: the conjunctions
    and the look-up keys of titles and honorifics."""
    listed = listed_offsets(doc, preds, sure, one_word, gaps)
    out = [p._replace(confidence=threshold(p, sure, one_word)) if (p.start, p.end) in listed else p for p in preds]
    return out, sorted(listed)


def listed_offsets(doc: Document, preds: list[Prediction], sure: dict[str, float], one_word: float,
                   gaps: tuple[frozenset[str], frozenset[str]]) -> set[tuple[int, int]]:
    kept = {(p.start, p.end) for p in preds if p.label == "PERSON" and p.confidence >= threshold(p, sure, one_word)}
    kept |= {(m.start, m.end) for e in doc.entities if e.type == "PERSON" for m in e.mentions}
    doubtful = [p for p in preds if p.label == "PERSON" and MIN_LISTED_PERSON <= p.confidence < threshold(p, sure, one_word)
                and not after_initial(doc.body, p.start)]
    listed: set[tuple[int, int]] = set()
    grown = True
    while grown:
        grown = False
        for p in doubtful:
            if (p.start, p.end) not in listed and any(next_to(doc.body, p, span, gaps) for span in kept):
                listed.add((p.start, p.end))
                kept.add((p.start, p.end))
                grown = True
    return listed


def threshold(pred: Prediction, sure: dict[str, float], one_word: float) -> float:
    return one_word if " " not in pred.text else sure.get(pred.label, 1.0)


def next_to(body: str, pred: Prediction, span: tuple[int, int], gaps: tuple[frozenset[str], frozenset[str]]) -> bool:
    """``span`` is the name right before or right after ``pred`` in a list."""
    if span[1] <= pred.start:
        return pred.start - span[1] <= LIST_GAP_REACH and list_gap(body[span[1]:pred.start], *gaps)
    if span[0] >= pred.end:
        return span[0] - pred.end <= LIST_GAP_REACH and list_gap(body[pred.end:span[0]], *gaps)
    return False
