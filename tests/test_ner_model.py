"""The NER model's reading of BIO tags, shared by the stage and by training's scorer, and the
shipped model's config (it loads without the training code)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ghatna.models.ner.model import NerModel, load_model, model_dir, tag_spans

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
