"""The learned event detector: its training (a smoke test on a few examples), its inputs,
and what the shipped model does in the pipeline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.document import Entity
from ghatna.evaluate.annotations import PLOVER_TYPES
from ghatna.extraction.roles import Slot
from ghatna.extraction.triggers import Trigger, TriggerMatch
from ghatna.models.events.detector import (
    MODEL_DIR,
    DetectorInfo,
    EventDetector,
    Thresholds,
    events_by_sentence,
    judge_sentence,
    predicate,
)
from ghatna.models.events.features import LEXICON_MARK, text_words
from ghatna.models.events.roles import nearest_source, nearest_target
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


def test_rare_types_are_repeated_in_training(monkeypatch: pytest.MonkeyPatch) -> None:
    """balanced(): an example is repeated towards the target count of its rarest type, at most
    MAX_REPEATS times; examples of frequent types and negatives are taken once."""
    monkeypatch.syspath_prepend(str(TRAINING))
    import train

    examples = [("a", {"ACCUSE"})] * 6 + [("b", {"AGREE"}), ("c", {"AGREE", "ACCUSE"}), ("d", set())]
    out = train.balanced(examples, to=4)
    assert out.count(("a", {"ACCUSE"})) == 6  # 7 ACCUSE examples: at the target already
    assert out.count(("b", {"AGREE"})) == 2 and out.count(("c", {"AGREE", "ACCUSE"})) == 2  # AGREE: 2 -> 4
    assert out.count(("d", set())) == 1
    assert train.balanced([("e", {"RETREAT"})], to=100).count(("e", {"RETREAT"})) == train.MAX_REPEATS
    del sys.modules["train"]


def test_a_type_dead_on_its_own_examples_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """dead_types(): the types of which more than ALIVE_SHARE of the examples score under
    ALIVE_FLOOR, what keeps such a checkpoint from being chosen while training."""
    import numpy
    from spacy.vocab import Vocab

    monkeypatch.syspath_prepend(str(TRAINING))
    import train

    class Textcat:
        labels = ("AGREE", "COOPERATE")

        def predict(self, docs: list[object]) -> numpy.ndarray:
            return numpy.array([[0.9, 0.01]] * len(docs))

    class Nlp:
        vocab = Vocab()

        def get_pipe(self, _name: str) -> Textcat:
            return Textcat()

    examples = [("भारत और जापान ने समझौता किया।", {"AGREE"}), ("भारत और फ्रांस ने सहयोग बढ़ाया।", {"COOPERATE"})]
    assert train.dead_types(Nlp(), examples, lexicon_features=True) == {"COOPERATE": 1.0}
    del sys.modules["train"]


def test_training_gradient_is_cross_entropy(monkeypatch: pytest.MonkeyPatch) -> None:
    """cross_entropy_loss(): through the output's logistic the weights get p - truth, also for a
    type the model gives almost 0 to (spaCy's squared error would give it (p - 1) * p * (1 - p),
    about nothing, so such a type stayed dead)."""
    import numpy
    import spacy
    from spacy.training import Example

    monkeypatch.syspath_prepend(str(TRAINING))
    import train

    nlp = spacy.blank("hi")
    textcat = nlp.add_pipe("textcat_multilabel")
    textcat.add_label("COOPERATE")
    textcat.add_label("ASSAULT")
    example = Example.from_dict(nlp.make_doc("भारत और फ्रांस ने सहयोग बढ़ाया"), {"cats": {"COOPERATE": 1.0, "ASSAULT": 0.0}})
    scores = numpy.array([[1e-4, 0.5]], dtype="float32")
    loss, d_scores = train.cross_entropy_loss(textcat, [example], scores)
    at_logits = d_scores * scores * (1 - scores)  # what the logistic passes back
    assert at_logits[0, 0] == pytest.approx(1e-4 - 1.0, abs=1e-4) and at_logits[0, 1] == pytest.approx(0.5, abs=1e-4)
    assert loss > 0
    del sys.modules["train"]


needs_model = pytest.mark.skipif(not (MODEL_DIR / "ghatna.json").exists(), reason="no shipped event model")


@needs_model
def test_shipped_model_says_what_produced_it() -> None:
    meta = json.loads((MODEL_DIR / "ghatna.json").read_text(encoding="utf-8"))
    assert meta["name"] and meta["version"] and meta["architecture"] in ("bow", "cnn", "cnn_small")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 60_000_000
    info = EventDetector(MODEL_DIR).info
    assert info.rule == f"model:{meta['name']}@{meta['version']}"
    for plover in PLOVER_TYPES:  # every threshold of the policy is a probability, or "never" (just above 1)
        for threshold in (info.reject_below, info.add_above, info.sentence_roles_above):
            assert 0.0 <= threshold.of(plover) <= 1.01


@needs_model
def test_model_finds_the_types_of_plain_event_sentences() -> None:
    detector = EventDetector(MODEL_DIR)
    probs = detector.probabilities([text_words(text) for text, _ in FEW])
    for (text, gold), p in zip(FEW, probs, strict=True):
        for plover in gold:
            assert p[plover] > 0.5, (text, plover, p[plover])
    assert max(probs[-1].values()) < 0.5  # an accident reports no event


@needs_model
def test_model_does_not_rule_out_its_own_lexicon_examples() -> None:
    """Every type's lexicon examples (training data) get that type: a model whose checkpoint was
    kept before it learnt a rare type would veto that type's events everywhere."""
    from ghatna.extraction.triggers import load_triggers

    detector = EventDetector(MODEL_DIR)
    rows = [t for t in load_triggers().events() if t.example]
    probs = detector.probabilities([text_words(t.example) for t in rows])
    for plover in PLOVER_TYPES:
        got = [p[plover] for t, p in zip(rows, probs, strict=True) if t.plover == plover]
        assert sum(1 for p in got if p < 0.05) <= 0.1 * len(got), plover


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


@pytest.mark.parametrize(("value", "plover", "expected"), [
    (0.2, "ASSAULT", 0.2),
    (None, "ASSAULT", 0.05),
    ({"default": 0.1, "ACCUSE": 0.5}, "ACCUSE", 0.5),
    ({"default": 0.1, "ACCUSE": 0.5}, "ASSAULT", 0.1),
    ({"ACCUSE": 0.5}, "CONSULT", 0.05),
])
def test_thresholds_per_type(value: object, plover: str, expected: float) -> None:
    assert Thresholds.read(value, 0.05).of(plover) == expected


def test_policy_read_from_model_metadata() -> None:
    info = DetectorInfo.read({"name": "m", "version": "9", "reject_below": {"default": 0.0, "ACCUSE": 0.5},
                              "add_above": {"default": 1.01, "REQUEST": 0.5}, "sentence_roles_above": 0.9})
    assert info.rule == "model:m@9"
    assert info.reject_below.of("ACCUSE") == 0.5 and info.reject_below.of("ASSAULT") == 0.0
    assert info.add_above.of("REQUEST") == 0.5 and info.add_above.of("ASSAULT") > 1
    assert info.sentence_roles_above.of("SANCTION") == 0.9 and not info.read_all


def actor(name: str, country: str | None) -> Entity:
    return Entity(f"test:{name}", name, "ORG", None, country, "GOV")


def slot(ent: Entity, first: int, marker: str) -> Slot:
    return Slot([ent], first, first + 1, marker, first + 1 + bool(marker))


TRIG = TriggerMatch(Trigger("मांग", ("मांग",), "REQUEST", None, "020", 3.0, True, ""), 6, 7, 60, 70)
INDIA, NEPAL, PAK, CHINA = actor("India", "IND"), actor("Nepal", "NPL"), actor("Pakistan", "PAK"), actor("China", "CHN")
INDIA_COUNTRY = Entity("test:IND", "India", "GPE", None, "IND", None, kind="country")


@pytest.mark.parametrize(("slots", "source", "target"), [
    # the agent marked by ने is the source even when an unmarked actor is nearer; the target is nearest the trigger
    ([slot(INDIA, 0, "ने"), slot(NEPAL, 2, ""), slot(PAK, 4, "से")], "India", "Pakistan"),
    # no agent: the nearest unmarked actor before the trigger
    ([slot(CHINA, 0, ""), slot(NEPAL, 2, ""), slot(PAK, 4, "से")], "Nepal", "Pakistan"),
    # an actor after the trigger can be the target
    ([slot(INDIA, 1, "ने"), slot(PAK, 8, "को")], "India", "Pakistan"),
    # the source's own country ("भारत के विदेश मंत्रालय ने … भारत की …") is never its target
    ([slot(INDIA, 0, "ने"), slot(PAK, 2, "पर"), slot(INDIA_COUNTRY, 4, "की")], "India", "Pakistan"),
    # nobody before the trigger: no source, so no event
    ([slot(PAK, 8, "को")], None, None),
])
def test_sentence_roles_from_the_actors_around_the_trigger(slots: list[Slot], source: str | None,
                                                           target: str | None) -> None:
    sources = nearest_source(slots, TRIG)
    assert (sources[0].name if sources else None) == source
    if sources:
        targets = nearest_target(slots, TRIG, sources)
        assert (targets[0].name if targets else None) == target


def test_veto_drops_a_lexicon_event_the_model_rules_out(pipeline: Pipeline) -> None:
    doc = ghatna.extract("भारत ने पाकिस्तान पर सीमा पार आतंकवाद का आरोप लगाया।", pipeline=pipeline)
    told = [e for group in events_by_sentence(doc).values() for e in group if e.type == "ACCUSE"]
    assert told, "the rules code this sentence"
    info = DetectorInfo.read({"name": "m", "version": "1", "reject_below": {"default": 0.0, "ACCUSE": 0.3},
                              "add_above": 1.01, "confirm_below": 0.0})
    unused = lambda: None
    assert judge_sentence(list(told), {"ACCUSE": 0.1}, info, unused) == []  # type: ignore[arg-type]
    kept = judge_sentence(list(told), {"ACCUSE": 0.9}, info, unused)  # type: ignore[arg-type]
    assert [e.type for e in kept] == ["ACCUSE"] * len(told)


def test_no_event_added_beside_the_rules_when_they_found_one(pipeline: Pipeline) -> None:
    """add_where_none: the model adds events only to sentences where the rules found none."""
    doc = ghatna.extract("भारत ने पाकिस्तान पर सीमा पार आतंकवाद का आरोप लगाया।", pipeline=pipeline)
    told = [e for group in events_by_sentence(doc).values() for e in group]
    assert told

    def no_view() -> None:
        raise AssertionError("the sentence was read for an addition")

    info = DetectorInfo.read({"name": "m", "version": "1", "reject_below": 0.0, "add_above": 0.5,
                              "sentence_roles_above": 0.5, "add_where_none": True, "confirm_below": 0.0})
    kept = judge_sentence(list(told), {e.type: 0.9 for e in told} | {"THREATEN": 0.99}, info, no_view)  # type: ignore[arg-type]
    assert {e.type for e in kept} == {e.type for e in told}


def test_events_with_roles_from_the_sentence(pipeline: Pipeline) -> None:
    """An event the model adds at a lexicon phrase takes its sides from the sentence and says so."""
    from ghatna.extraction.dates import build_date_finder
    from ghatna.extraction.events import sentence_view
    from ghatna.extraction.lexicon import build_resources
    from ghatna.extraction.triggers import load_triggers
    from ghatna.models.events.roles import events_from_sentence

    doc = ghatna.extract("भारत ने पाकिस्तान पर सीमा पार आतंकवाद का आरोप लगाया।", pipeline=pipeline)
    ctx = pipeline.context
    view = sentence_view(doc, doc.sentences[0], ctx.resource("dates", build_date_finder),
                         ctx.resource("entities", build_resources))
    trig = next(m for m in load_triggers().find(doc.tokens, view.first, view.last) if m.trigger.plover == "ACCUSE")
    events = events_from_sentence(view, trig, "model:test@1", 0.95)
    assert [(e.type, e.source and e.source.country, e.target and e.target.country) for e in events] == [
        ("ACCUSE", "IND", "PAK")]
    assert events[0].evidence.rule == "model:test@1;roles:model" and events[0].confidence == 0.95


@pytest.mark.parametrize(("text", "not_added"), [
    ("काबुल, 2 जून। अफगानिस्तान ने पाकिस्तान पर लगाया सीमा चौकियों पर गोलीबारी का आरोप", "ASSAULT"),
    ("ढाका, 2 जून। बांग्लादेश ने म्यांमार पर सीमा पर गोलीबारी का आरोप लगाया।", "ASSAULT"),
])
def test_the_model_adds_no_event_at_a_phrase_that_is_another_ones_content(text: str, not_added: str,
                                                                          pipeline: Pipeline) -> None:
    """"गोलीबारी का आरोप", "सहयोग पर चर्चा": what is charged or talked about is no deed of its own."""
    doc = ghatna.extract(text, pipeline=pipeline)
    assert doc.events and not_added not in {e.type for e in doc.events}
