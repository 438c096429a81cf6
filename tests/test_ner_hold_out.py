"""The NER training's held-out part of the annotations' train split (``prepare.held_out``): whole
records chosen by a hash, about the share asked for, never written sentences in its scoring; of a
later batch's sentences, those whose record no earlier batch annotated (``first_annotated_after``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))

pytest.importorskip("spacy")

from prepare import batch, first_annotated_after, held_out  # type: ignore[import-not-found]

from ghatna.evaluate.annotations import AnnotatedSentence


def sentence(record: str, start: int = 0, annotator: str = "a3", written: bool = False) -> AnnotatedSentence:
    return AnnotatedSentence(text="राम ने सीता से बात की।", window=f"w-{record}", split="train", annotator=annotator,
                             written=written, collection="bbc", record=record, start=start, end=start + 20)


def test_a_record_is_held_out_whole() -> None:
    for k in range(200):
        assert held_out(sentence(str(k), 0), 20) == held_out(sentence(str(k), 500), 20)


def test_about_the_share_asked_for_is_held_out() -> None:
    held = sum(held_out(sentence(str(k)), 20) for k in range(2000))
    assert 320 <= held <= 480
    assert not any(held_out(sentence(str(k)), 0) for k in range(200))


def test_the_choice_is_stable() -> None:
    chosen = [k for k in range(300) if held_out(sentence(str(k)), 20)]
    assert chosen == [k for k in range(300) if held_out(sentence(str(k)), 20)]
    assert chosen  # some, and not all
    assert len(chosen) < 300


def test_batch_of_an_annotator() -> None:
    assert batch(sentence("1", annotator="a17")) == 17
    assert batch(sentence("1", annotator="w1")) == 1
    assert batch(sentence("1", annotator="x")) == 0


def test_a_record_an_earlier_batch_annotated_is_no_unseen_news() -> None:
    again = sentence("7", 900, annotator="a52")  # another window of a record batch 12 annotated
    new = sentence("8", 0, annotator="a52")
    next_one = sentence("9", 0, annotator="a41")
    every = [sentence("7", 0, annotator="a12"), again, new, next_one,
             sentence("8", 0, annotator="w1", written=True)]  # a written window names no record
    assert first_annotated_after([again, new, next_one], every, 40) == [new, next_one]
    assert first_annotated_after([again, new, next_one], every, 10) == [again, new, next_one]
    assert first_annotated_after([again, new, next_one], every, 45) == [new]
