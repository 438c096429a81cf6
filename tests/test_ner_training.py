"""The NER's training tools (``training/ner``): name replacement for augmentation, error causes."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))

pytest.importorskip("spacy")

from entity_errors import Error, cause  # type: ignore[import-not-found]
from prepare import replace_names  # type: ignore[import-not-found]

NAMES = {"PERSON": ["सुषमा स्वराज"], "ORG": ["विश्व बैंक"]}


def test_replaced_names_keep_their_labels_and_offsets() -> None:
    text = "रूस के राष्ट्रपति पुतिन ने नाटो से बात की।"
    spans = [(0, 3, "LOC"), (18, 23, "PERSON"), (27, 31, "ORG")]
    new_text, new_spans = replace_names((text, spans), NAMES, random.Random(1))
    assert new_text == "रूस के राष्ट्रपति सुषमा स्वराज ने विश्व बैंक से बात की।"
    assert [(new_text[s:e], label) for s, e, label in new_spans] == [
        ("रूस", "LOC"), ("सुषमा स्वराज", "PERSON"), ("विश्व बैंक", "ORG")]


@pytest.mark.parametrize(("kind", "text", "gold", "predicted", "expected"), [
    ("wrong", "भारत", [("ORG", "भारत सरकार")], [], "type+narrower"),
    ("wrong", "स्वास्थ्य मंत्रालय", [("ORG", "केंद्रीय स्वास्थ्य मंत्रालय")], [], "narrower"),
    ("missed", "उत्तर भारत", [], [("GPE", "भारत", "kb:name -> Q668")], "wider"),
    ("wrong", "भारतीय", [("PERSON", "राम")], [], "alone"),
])
def test_error_causes(kind: str, text: str, gold: list[tuple[str, str]], predicted: list[tuple[str, str, str]],
                      expected: str) -> None:
    group = "ORG" if "मंत्रालय" in text else "LOC"
    assert cause(Error(kind, group, text, "", ""), gold, predicted) == expected


@pytest.mark.parametrize(("setting", "expected"), [
    ("training.dropout=0.3", ["--training.dropout", "0.3"]),
    ("components.tok2vec.model.encode.window_size=2", ["--components.tok2vec.model.encode.window_size", "2"]),
    ("training.optimizer.learn_rate=1e-3", ["--training.optimizer.learn_rate", "1e-3"]),
])
def test_a_setting_is_passed_to_spacy_train(setting: str, expected: list[str]) -> None:
    from train import override  # type: ignore[import-not-found]

    assert override(setting) == expected


@pytest.mark.parametrize("setting", ["training.dropout", "=0.3", ""])
def test_a_setting_without_its_value_is_refused(setting: str) -> None:
    from train import override  # type: ignore[import-not-found]

    with pytest.raises(SystemExit):
        override(setting)


# Precomposed nukta letters (U+0958–U+095F), as IL-NER and some annotated texts write them; the
# pipeline's ``normalize`` stage hands the ``ner`` stage the letter and its nukta (U+093C) instead.
FA, QA, ZA = "\u095e", "\u0958", "\u095b"


def test_il_ner_sentences_are_trained_in_the_form_the_stage_reads() -> None:
    from prepare import il_ner_example, make_doc  # type: ignore[import-not-found]
    from spacy.vocab import Vocab

    from ghatna.models.ner.words import ner_words
    from ghatna.text.normalize import normalize_text

    sentence = [(f"{FA}रहान", "B-NEP"), (f"{QA}ादरी", "I-NEP"), ("ने", "O"), (f"{ZA}िले", "O"), ("के", "O"),
                (f"{FA}ैसले", "O"), ("पर", "O"), ("सवाल", "O"), ("उठाया", "O")]
    text, spans = il_ner_example(sentence)
    raw = " ".join(token for token, _ in sentence)
    assert text == normalize_text(raw) != raw
    assert [(text[s:e], label) for s, e, label in spans] == [("\u092b\u093cरहान \u0915\u093cादरी", "PERSON")]
    doc = make_doc(Vocab(), text, spans)
    assert [t.text for t in doc] == [w.text for w in ner_words(normalize_text(raw))]
    assert [t.tag_ for t in doc][:3] == ["B-PERSON", "I-PERSON", "O"]


def test_annotated_names_keep_their_spans_when_normalised() -> None:
    from prepare import normalized  # type: ignore[import-not-found]

    from ghatna.text.normalize import normalize_text

    text = f"{ZA}िला अदालत ने अ{ZA}ीम {FA}ारू{QA}ी को {FA}रार घोषित किया।"
    start = text.index("अ")
    end = text.index(" को")
    new_text, new_spans = normalized((text, [(start, end, "PERSON")]))
    assert new_text == normalize_text(text)
    assert [(new_text[s:e], label) for s, e, label in new_spans] == [(normalize_text(text[start:end]), "PERSON")]
    assert not any("\u0958" <= c <= "\u095f" for c in new_text)
