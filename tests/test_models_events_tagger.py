"""The learned trigger finder (``event_tagger``): its training (a smoke test on a few sentences),
how it reads its tags, and what the stage adds (with a tagger of fixed tags, and with the shipped
model when there is one)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import pytest

import ghatna
from ghatna.models.events.detector import Thresholds
from ghatna.models.events.features import tagger_words
from ghatna.models.events.tagger import MODEL_DIR, FoundTrigger, TaggerInfo, TriggerTagger, tagged_triggers
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES
from ghatna.text.tokens import tokenize

TRAINING = Path(__file__).resolve().parents[1] / "training" / "events"
LABELS = ("O", "B-ASSAULT", "I-ASSAULT", "B-ACCUSE", "I-ACCUSE")


def scores_of(tags: list[str], sure: float = 4.0) -> numpy.ndarray:
    rows = numpy.zeros((len(tags), len(LABELS)), dtype="float32")
    for k, tag in enumerate(tags):
        rows[k, LABELS.index(tag)] = sure
    return rows


@pytest.mark.parametrize(("tags", "spans"), [
    (["O", "B-ASSAULT", "I-ASSAULT", "O"], [(1, 3, "ASSAULT")]),
    (["B-ACCUSE", "O", "B-ASSAULT"], [(0, 1, "ACCUSE"), (2, 3, "ASSAULT")]),
    (["O", "I-ASSAULT", "I-ASSAULT"], [(1, 3, "ASSAULT")]),  # a stray I- opens a span
    (["B-ASSAULT", "I-ACCUSE"], [(0, 1, "ASSAULT"), (1, 2, "ACCUSE")]),  # another type's I- does not go on
    (["O", "O", "O"], []),
])
def test_tags_become_trigger_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    found = tagged_triggers(LABELS, scores_of(tags))
    assert [(f.first, f.last, f.plover) for f in found] == spans
    assert all(0.9 < f.probability <= 1.0 for f in found)


def test_tagger_words_are_one_a_token() -> None:
    tokens = tokenize("रूस ने यूक्रेन के शहरों पर गोले बरसाए।")
    assert len(tagger_words(tokens)) == len(tokens)
    assert tagger_words(tokenize("\u093c")) == ["\u093c"]  # a word of nukta alone is read as its text


class FixedTagger:
    """A tagger that tags every word of ``words`` (keys) as a trigger of ``plover``."""

    def __init__(self, words: set[str], plover: str, probability: float = 0.95, above: float = 0.5) -> None:
        self.words, self.plover, self.probability = words, plover, probability
        self.info = TaggerInfo("fixed-tagger", "0", Thresholds(above), True)

    def triggers(self, inputs: list[list[str]]) -> list[list[FoundTrigger]]:
        return [[FoundTrigger(k, k + 1, self.plover, self.probability) for k, w in enumerate(words) if w in self.words]
                for words in inputs]


def tagged_pipeline(tagger: object) -> Pipeline:
    pipeline = Pipeline(stages=(*DEFAULT_STAGES[:DEFAULT_STAGES.index("event_model") + 1], "event_tagger"))
    pipeline.context._cache["event_tagger"] = tagger
    return pipeline


@pytest.mark.parametrize(("text", "word", "plover", "source", "target"), [
    ("भारतीय सेना ने पाकिस्तान की तीन चौकियों को तहस-नहस कर दिया।", "तहस", "ASSAULT", "IND", "PAK"),
    ("रूस ने यूक्रेन के शहरों को रौंद डाला।", "रौंद", "ASSAULT", "RUS", "UKR"),  # the lexicon has "गोले बरसाए" now
])
def test_a_found_trigger_the_lexicon_lacks_becomes_an_event(text: str, word: str, plover: str, source: str,
                                                           target: str) -> None:
    assert not ghatna.extract(text).events  # the rules find nothing there
    doc = ghatna.extract(text, pipeline=tagged_pipeline(FixedTagger({word}, plover)))
    [event] = doc.events
    assert (event.type, event.source and event.source.country, event.target and event.target.country) == \
        (plover, source, target)
    assert event.evidence.rule.startswith("model:fixed-tagger@0;roles:") and event.confidence == 0.95


@pytest.mark.parametrize(("text", "tagger"), [
    # under the threshold
    ("रूस ने यूक्रेन के शहरों को रौंद डाला।", FixedTagger({"रौंद"}, "ASSAULT", probability=0.4)),
    # a type the rules found there already
    ("चीन ने जापान के जहाजों को खदेड़ दिया।", FixedTagger({"जहाजों"}, "COERCE")),
    # at the words of a rule event
    ("चीन ने जापान के जहाजों को खदेड़ दिया।", FixedTagger({"खदेड़"}, "ASSAULT")),
    # a lexicon phrase the rules refused: what a petition says is no charge of the court
    ("हाईकोर्ट ने उस याचिका पर सरकार से जवाब मांगा जिसमें पुलिस पर लापरवाही का आरोप लगाया गया है।",
     FixedTagger({"आरोप"}, "ACCUSE")),
    # the condition of a conditional sentence
    ("अगर रूस ने यूक्रेन के शहरों को रौंद डाला तो जवाब दिया जाएगा।", FixedTagger({"रौंद"}, "ASSAULT")),
    # no actors on both sides
    ("सड़क हादसे में तीन लोगों की मौत हो गई।", FixedTagger({"हादसे", "मौत"}, "ASSAULT")),
])
def test_the_stage_adds_nothing_where_it_should_not(text: str, tagger: FixedTagger) -> None:
    before = [(e.type, e.trigger.start) for e in ghatna.extract(text).events]
    after = [(e.type, e.trigger.start) for e in ghatna.extract(text, pipeline=tagged_pipeline(tagger)).events]
    assert after == before


def test_training_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The training script's parts tag triggers, train a tagger on a few sentences and ship it;
    the stage's loader reads it."""
    monkeypatch.syspath_prepend(str(TRAINING))
    import train_tagger  # training/events/train_tagger.py

    monkeypatch.setattr(train_tagger, "SHIPPED", tmp_path / "shipped")
    tokens = tokenize("आतंकियों ने सेना के काफिले पर हमला किया।")
    at = "आतंकियों ने सेना के काफिले पर हमला किया।".index("हमला")
    tags = train_tagger.span_tags(tokens, [(at, at + len("हमला किया"), "ASSAULT")])
    assert tags == ["O"] * 6 + ["B-ASSAULT", "I-ASSAULT"]
    assert train_tagger.tag_spans(tags) == {(6, 8, "ASSAULT")}
    few = [(tagger_words(tokens), tags), *train_tagger.negatives_tagged()[:3]]
    train_tagger.write_corpus({"fit": few, "tune": few[:2]}, tmp_path / "corpus")
    model = train_tagger.train_model(tmp_path / "corpus", tmp_path / "out", steps=4)
    train_tagger.ship(model, {})
    tagger = TriggerTagger(tmp_path / "shipped")
    assert tagger.info.rule == f"model:{train_tagger.NAME}@{train_tagger.VERSION}"
    found = tagger.triggers([tagger_words(tokens)])[0]
    assert all(0.0 <= f.probability <= 1.0 and f.plover == "ASSAULT" for f in found)
    for name in ("train_tagger", "train", "crossval"):
        sys.modules.pop(name, None)


SHIPPED = pytest.mark.skipif(not (MODEL_DIR / "ghatna.json").exists(), reason="no shipped trigger tagger")


@SHIPPED
@pytest.mark.parametrize("text", [
    "सड़क हादसे में तीन लोगों की मौत हो गई और दो घायल हुए।",
    "भूकंप के तेज झटकों से नेपाल में कई मकान ढह गए।",
    "बाढ़ से असम के बीस जिलों में हजारों लोग बेघर हो गए।",
    "भारत ने ऑस्ट्रेलिया को फाइनल में छह विकेट से हराया।",
    "मुंबई इंडियंस ने चेन्नई सुपर किंग्स को आखिरी ओवर में मात दी।",
])
def test_the_shipped_tagger_adds_nothing_to_accidents_disasters_and_sports(text: str) -> None:
    pipeline = Pipeline(stages=(*DEFAULT_STAGES[:DEFAULT_STAGES.index("event_model") + 1], "event_tagger"))
    assert not [e for e in ghatna.extract(text, pipeline=pipeline).events if e.evidence.rule.startswith("model:ghatna-event-tagger")]
