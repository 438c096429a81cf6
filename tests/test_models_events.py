"""The learned event detector: its training (a smoke test on a few examples), its inputs,
and what the shipped model does in the pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.evaluate.annotations import PLOVER_TYPES
from ghatna.models.events.detector import MODEL_DIR, EventDetector, predicate
from ghatna.models.events.features import LEXICON_MARK, text_words
from ghatna.pipeline import Pipeline

TRAINING = Path(__file__).resolve().parents[1] / "training" / "events"
FEW = [
    ("भारत ने पाकिस्तान पर सीमा पार आतंकवाद का आरोप लगाया।", {"ACCUSE"}),
    ("पुलिस ने दिल्ली में दो बदमाशों को गिरफ्तार किया।", {"COERCE"}),
    ("आतंकियों ने कश्मीर में सेना के काफिले पर हमला किया।", {"ASSAULT"}),
    ("नरेंद्र मोदी ने व्लादिमीर पुतिन से मुलाकात की।", {"CONSULT"}),
    ("दिल्ली में आज मौसम साफ रहा और तापमान बढ़ा।", set()),
    ("सड़क हादसे में तीन लोगों की मौत हो गई।", set()),
]


def test_features_are_word_keys_and_lexicon_marks() -> None:
    words = text_words("भारत ने पाकिस्तान पर आरोप लगाया।")
    assert words[:2] == ["भारत", "ने"]
    assert LEXICON_MARK + "ACCUSE" in words
    assert LEXICON_MARK + "ACCUSE" not in text_words("भारत ने पाकिस्तान पर आरोप लगाया।", lexicon=False)
    assert text_words("\u093c") == ["<empty>"]  # a nukta alone folds to no word: never an empty token


def test_training_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The training script's parts train a model on a few sentences; the stage's loader reads it."""
    monkeypatch.syspath_prepend(str(TRAINING))
    import train  # training/events/train.py

    monkeypatch.setattr(train, "CORPUS", tmp_path / "corpus")
    monkeypatch.setattr(train, "OUTPUT", tmp_path / "output")
    monkeypatch.setattr(train, "SHIPPED", tmp_path / "shipped")
    train.write_corpus({"fit": FEW, "tune": FEW[:3]}, lexicon_features=True)
    model = train.train_arch("bow", steps=8)
    report = train.score(model, FEW, lexicon_features=True)
    assert set(report["per_type"]) == set(PLOVER_TYPES) and report["sentences"] == len(FEW)
    train.ship(model, "bow", report, lexicon_features=True)
    detector = EventDetector(tmp_path / "shipped")
    probs = detector.probabilities([text_words(FEW[0][0])])[0]
    assert set(probs) == set(PLOVER_TYPES) and all(0.0 <= p <= 1.0 for p in probs.values())
    del sys.modules["train"]


needs_model = pytest.mark.skipif(not (MODEL_DIR / "ghatna.json").exists(), reason="no shipped event model")


@needs_model
def test_shipped_model_says_what_produced_it() -> None:
    meta = json.loads((MODEL_DIR / "ghatna.json").read_text(encoding="utf-8"))
    assert meta["name"] and meta["version"] and meta["architecture"] in ("bow", "cnn", "cnn_small")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 60_000_000


@needs_model
def test_model_finds_the_types_of_plain_event_sentences() -> None:
    detector = EventDetector(MODEL_DIR)
    probs = detector.probabilities([text_words(text) for text, _ in FEW])
    for (text, gold), p in zip(FEW, probs, strict=True):
        for plover in gold:
            assert p[plover] > 0.5, (text, plover, p[plover])
    assert max(probs[-1].values()) < 0.5  # an accident reports no event


@needs_model
def test_model_events_carry_model_evidence(pipeline: Pipeline) -> None:
    """Every event either comes from the lexicon's rules or names the model and version."""
    text = ("नई दिल्ली, 3 मार्च। पुलिस ने दिल्ली में दो बदमाशों को गिरफ्तार किया। "
            "भारत ने पाकिस्तान पर सीमा पार आतंकवाद का आरोप लगाया।")
    doc = ghatna.extract(text, pipeline=pipeline)
    assert doc.events and "event_model" in doc.done
    for event in doc.events:
        assert event.evidence.rule.startswith(("trigger:", "model:ghatna-event-detector@", "speech-charge:"))
        assert 0 < event.confidence <= 1


def test_predicate_is_the_last_verb_group(pipeline: Pipeline) -> None:
    doc = ghatna.extract("पुलिस ने तीन लोगों को गिरफ्तार कर लिया है।", pipeline=pipeline)
    first, last = predicate(doc, 0, len(doc.tokens))
    assert doc.tokens[first].text == "गिरफ्तार" and last == len(doc.tokens)
