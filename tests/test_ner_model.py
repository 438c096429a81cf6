"""The NER model's reading of BIO tags, shared by the stage and by training's scorer, and the
shipped model's config (it loads without the training code)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest

from ghatna.models.ner.model import NerModel, bio_spans, load_model, model_dir, tag_spans

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PERSON", "I-PERSON", "O"], [(1, 3, "PERSON")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),  # an I- tag after O opens a name
        (["B-PERSON", "I-LOC", "O"], [(0, 1, "PERSON"), (1, 2, "LOC")]),  # and after another type
        (["O", "O"], []),
        (["B-ORG"], [(0, 1, "ORG")]),
    ],
)
def test_tag_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert [(s, e, label) for s, e, label, _ in tag_spans(tags)] == spans


def test_tag_spans_average_the_probabilities_of_their_tags() -> None:
    assert tag_spans(["B-PERSON", "I-PERSON", "O"], [0.9, 0.7, 0.99]) == [(0, 2, "PERSON", 0.8)]


LABELS = ("B-LOC", "B-ORG", "B-PERSON", "I-LOC", "I-ORG", "I-PERSON", "O")


def word_scores(*rows: dict[str, float]) -> numpy.ndarray:
    """Scores (log-probabilities) of words whose tags have the given probabilities, the rest to "O"."""
    out = []
    for row in rows:
        probs = [row.get(label, 0.0) for label in LABELS]
        probs[-1] += 1.0 - sum(probs)
        out.append(numpy.log(numpy.maximum(probs, 1e-6)))
    return numpy.array(out)


O = {"O": 1.0}


@pytest.mark.parametrize(
    ("rows", "spans"),
    [
        # "ऋतु नंदा": two B-PERSON words, the second may go on the first
        ([{"B-PERSON": 0.99}, {"B-PERSON": 0.7, "I-PERSON": 0.29}, O], [(0, 2, "PERSON")]),
        # "कादर खान अमिताभ बच्चन": two full names side by side stay two
        ([{"B-PERSON": 1.0}, {"I-PERSON": 1.0}, {"B-PERSON": 0.56, "I-PERSON": 0.44}, {"I-PERSON": 1.0}],
         [(0, 2, "PERSON"), (2, 4, "PERSON")]),
        # "राज कपूर लंदन में": a place the model is sure of is no part of the name
        ([{"B-PERSON": 1.0}, {"I-PERSON": 1.0}, {"B-LOC": 0.99}, O], [(0, 2, "PERSON"), (2, 3, "LOC")]),
        # "संजीव जायसवाल": a doubtful one-word organisation beside a person is the person's surname
        ([{"B-PERSON": 0.98}, {"B-ORG": 0.48, "I-PERSON": 0.4}, O], [(0, 2, "PERSON")]),
        # "टॉम कैरेल का": a word tagged O that may well go on the name does
        ([{"B-PERSON": 0.69, "I-PERSON": 0.3}, {"I-PERSON": 0.48}, O], [(0, 2, "PERSON")]),
        # "रंजीत तुम्हें": a word with no chance of going on it does not
        ([{"B-PERSON": 1.0}, {"I-PERSON": 0.001}, O], [(0, 1, "PERSON")]),
        # "राजनीतिज्ञ मारेक बेंडा": a name opened by I-PERSON takes in the word before it that may be a person's
        ([O, {"B-PERSON": 0.21, "I-PERSON": 0.15}, {"I-PERSON": 0.7, "B-LOC": 0.24}, O], [(1, 3, "PERSON")]),
        # but not one with no chance of being a person's word
        ([{"I-PERSON": 0.01}, {"I-PERSON": 0.9}, O], [(1, 2, "PERSON")]),
        # pieces of organisations and places are left as tagged
        ([{"B-ORG": 0.9}, {"B-ORG": 0.6, "I-ORG": 0.3}], [(0, 1, "ORG"), (1, 2, "ORG")]),
    ],
)
def test_bio_spans_join_the_pieces_of_a_persons_name(rows: list[dict[str, float]],
                                                      spans: list[tuple[int, int, str]]) -> None:
    assert [s[:3] for s in bio_spans(LABELS, word_scores(*rows))] == spans


def test_a_joined_name_has_the_mean_probability_of_a_person() -> None:
    (span,) = bio_spans(LABELS, word_scores({"B-PERSON": 0.99}, {"B-PERSON": 0.7, "I-PERSON": 0.29}))
    assert span[3] == pytest.approx(0.99, abs=0.01)


def test_training_scorer_counts_exact_names() -> None:
    pytest.importorskip("spacy")
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.vocab import Vocab

    sys.path.insert(0, str(ROOT / "training" / "ner"))
    from spacy_code import score_bio  # type: ignore[import-not-found]

    vocab = Vocab()
    words = ["मंत्री", "रमेश", "यादव", "ने", "पटना", "में"]
    gold = Doc(vocab, words=words, tags=["O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O"])
    pred = Doc(vocab, words=words, tags=["O", "B-PERSON", "O", "O", "B-LOC", "O"])  # the person cut short
    scores = score_bio([Example(pred, gold)])
    assert scores["ents_p"] == pytest.approx(0.5) and scores["ents_r"] == pytest.approx(0.5)
    assert scores["ents_per_type"]["LOC"]["f"] == pytest.approx(1.0)
    assert scores["ents_per_type"]["PERSON"]["f"] == pytest.approx(0.0)


def test_shipped_model_keeps_spacys_scorer() -> None:
    """spacy.load resolves the components' scorers: the training one would need spacy_code.py."""
    config = (model_dir() / "config.cfg").read_text(encoding="utf-8")
    assert '@scorers = "ghatna.' not in config


@pytest.fixture(scope="module")
def shipped() -> NerModel:
    pytest.importorskip("spacy")
    return load_model()


MADE_UP_PEOPLE = [  # names invented for this test: in no training sentence (checked below)
    ("मुख्यमंत्री ने कहा कि मंत्री कुलदीप बघेरवाल इस मामले की जांच करेंगे।", "कुलदीप बघेरवाल"),
    ("विदेश मंत्री तरनवीर सुखोलिया ने शुक्रवार को पत्रकारों से बात की।", "तरनवीर सुखोलिया"),
    ("कांग्रेस नेता हरप्रीत मंडोरिया ने सरकार पर आरोप लगाया।", "हरप्रीत मंडोरिया"),
]


@pytest.mark.parametrize(("text", "name"), MADE_UP_PEOPLE)
def test_shipped_model_tags_a_person_it_never_saw(text: str, name: str, shipped: NerModel) -> None:
    il_ner_train = ROOT.parent / "shared" / "data" / "il-ner-hindi" / "train.txt"
    if il_ner_train.exists():
        assert name.split()[-1] not in il_ner_train.read_text(encoding="utf-8")
    assert (name, "PERSON") in {(p.text, p.label) for p in shipped.predict(text)}
