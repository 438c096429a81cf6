"""The learned event detector, a stage (``event_model``) that runs after ``events``.

For the sentences where it can change something, a spaCy ``textcat_multilabel`` model
(trained by ``training/events/train.py``, shipped in ``model/``) gives the probability that
the sentence reports each PLOVER type. How the stage uses them is the model's policy, kept
in its ``ghatna.json`` and chosen on the train split's folds (``training/events/policies.py``);
every threshold is one number or one per type:

- a lexicon event whose type the sentence probably does not report (under ``reject_below``)
  is dropped: a figurative or passing use of a trigger word; an event whose roles the rules
  read unsurely (confidence under ``confirm_below``) needs ``confirm_above``;
- an event of a type the sentence very probably reports (``add_above``) and no lexicon
  event of the sentence has is added at the lexicon phrase of that type the rules could not
  use, or, when the sentence has none and the model is very sure (``add_bare_above``), at
  its predicate (its last verb group); for what a speaker does by speaking, from the
  speaker. Its roles are the role finder's when read surely (``add_roles``), else, from
  ``sentence_roles_above``, the sentence's actors around the trigger
  (``ghatna.models.events.roles``); an added event needs a target. Its evidence names the
  model and version as its rule and its confidence is the model's probability.

``add_where_none`` adds events only to sentences where the rules found none; ``read_all``
makes the model read every sentence, not only those with a lexicon phrase or event. The model loads lazily, once per pipeline; without it the stage leaves the events as they are.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from ghatna.document import Document, Event, Sentence
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.events import (
    SentenceView,
    as_threat,
    harm_told,
    is_sports_report,
    merge_reports,
    sentence_view,
    telling_triggers,
    trigger_events,
)
from ghatna.extraction.group_clashes import is_fight_riot
from ghatna.extraction.headlines import read_ahead, title_to_read
from ghatna.extraction.implicit_actors import spoken_types
from ghatna.extraction.lexicon import build_resources
from ghatna.extraction.modality import conditional_role, conditional_span
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.role_completion import is_self_deployment
from ghatna.extraction.telling import in_quote
from ghatna.extraction.triggers import Trigger, TriggerMatch, phrases_in
from ghatna.models.events.features import detector_words
from ghatna.models.events.roles import events_from_sentence
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.segment import split_sentences
from ghatna.text.tokens import tokenize

log = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent / "model"
MIN_TOKENS = 4
BATCH = 256
NEVER = 1.01  # a threshold no probability reaches


@dataclass(frozen=True, slots=True)
class Thresholds:
    """A probability threshold per PLOVER type, ``default`` for the types not named."""

    default: float
    by_type: Mapping[str, float] = field(default_factory=dict)

    def of(self, plover: str) -> float:
        return self.by_type.get(plover, self.default)

    @classmethod
    def read(cls, value: Any, default: float) -> Thresholds:
        """A number (every type) or ``{"default": x, "ASSAULT": y, ...}`` from ``ghatna.json``."""
        if isinstance(value, Mapping):
            rest = {k: float(v) for k, v in value.items() if k != "default"}
            return cls(float(value.get("default", default)), rest)
        return cls(float(default if value is None else value))


@dataclass(frozen=True, slots=True)
class DetectorInfo:
    name: str
    version: str
    lexicon_features: bool
    reject_below: Thresholds
    add_above: Thresholds
    confirm_below: float
    confirm_above: float
    add_roles: float
    add_bare_above: float
    read_all: bool = False
    sentence_roles_above: Thresholds = Thresholds(NEVER)
    add_where_none: bool = False

    @property
    def rule(self) -> str:
        return f"model:{self.name}@{self.version}"

    @classmethod
    def read(cls, meta: Mapping[str, Any]) -> DetectorInfo:
        return cls(meta["name"], meta["version"], bool(meta.get("lexicon_features", True)),
                   Thresholds.read(meta.get("reject_below"), 0.01), Thresholds.read(meta.get("add_above"), 0.6),
                   float(meta.get("confirm_below", 0.75)), float(meta.get("confirm_above", 0.5)),
                   float(meta.get("add_roles", 0.85)), float(meta.get("add_bare_above", 0.97)),
                   bool(meta.get("read_all", False)), Thresholds.read(meta.get("sentence_roles_above"), NEVER),
                   bool(meta.get("add_where_none", False)))


class EventDetector:
    """The shipped model: sentence words in, a probability per PLOVER type out."""

    def __init__(self, path: Path) -> None:
        import spacy

        from ghatna.models.blas import use_fast_ops
        from ghatna.models.direct import direct_textcat

        meta = json.loads((path / "ghatna.json").read_text(encoding="utf-8"))
        self.info = DetectorInfo.read(meta)
        self.nlp = spacy.load(path)
        use_fast_ops(self.nlp)
        self.textcat: Any = self.nlp.get_pipe("textcat_multilabel")
        self.direct = direct_textcat(self.nlp, "textcat_multilabel")  # its scores without thinc's bookkeeping

    def probabilities(self, inputs: list[list[str]]) -> list[dict[str, float]]:
        labels = self.textcat.labels
        out: list[dict[str, float]] = []
        for start in range(0, len(inputs), BATCH):  # the textcat's own scores, without writing them into docs
            out += [dict(zip(labels, row, strict=True)) for row in self.scores(inputs[start:start + BATCH]).tolist()]
        return out

    def scores(self, inputs: list[list[str]]) -> Any:
        from spacy.tokens import Doc

        if self.direct is not None and all(inputs):
            return self.direct.scores(inputs)
        return self.textcat.predict([Doc(self.nlp.vocab, words=words) for words in inputs])


def build_detector(_settings: Any) -> EventDetector | None:
    if not (MODEL_DIR / "ghatna.json").exists():
        log.warning("no event detector model in %s: events come from the lexicon alone", MODEL_DIR)
        return None
    return EventDetector(MODEL_DIR)


@dataclass(frozen=True, slots=True)
class TypeDefaults:
    cameo: dict[str, str]
    goldstein: dict[str, float]
    auxiliaries: frozenset[str]


@cache
def load_type_defaults() -> TypeDefaults:
    data = load_yaml("event_roles.yaml")
    table = data["type_defaults"]
    return TypeDefaults({k: str(v["cameo"]) for k, v in table.items()},
                        {k: float(v["goldstein"]) for k, v in table.items()}, frozenset(data["auxiliaries"]))


def predicate(doc: Document, first: int, last: int) -> tuple[int, int]:
    """The sentence's last verb group: its content word and the auxiliaries after it
    ("… गिरफ्तार किया गया है" → गिरफ्तार किया गया है)."""
    aux = load_type_defaults().auxiliaries
    k = last - 1
    while k > first and doc.tokens[k].text in aux:
        k -= 1
    return k, last


def model_trigger(doc: Document, plover: str, first: int, last: int, speech: bool) -> TriggerMatch:
    defaults = load_type_defaults()
    trigger = Trigger(pattern=f"model:{plover}", tokens=(), plover=plover, mode=None, cameo=defaults.cameo[plover],
                      goldstein=defaults.goldstein[plover], directed=plover not in ("CONSULT", "AGREE", "COOPERATE"),
                      example="", roles="speaker" if speech else "")
    return TriggerMatch(trigger, first, last, doc.tokens[first].start, doc.tokens[last - 1].end)


def anchors(view: SentenceView, plover: str, probability: float, info: DetectorInfo) -> list[TriggerMatch] | None:
    """Where an event of this type is told: the sentence's lexicon phrases of the type (None
    when every one refers back to an event told before or is what a demand is about), else,
    when the model is very sure (``add_bare_above``), its predicate."""
    doc = view.doc
    phrases = [m for m in phrases_in(doc, view.first, view.last) if m.trigger.plover == plover]
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    told = [m for m in telling_triggers(view, quotes) if m.trigger.plover == plover and not content_of_next(view, m)]
    if phrases and not told:
        return None
    if phrases or probability < info.add_bare_above:
        return told
    head, end = predicate(doc, view.first, view.last)
    return [model_trigger(doc, plover, head, end, plover in spoken_types())]


@cache
def content_joiners() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words) for words in load_yaml("event_roles.yaml")["content_joiners"])


def next_phrase(view: SentenceView, trig: TriggerMatch) -> TriggerMatch | None:
    """The sentence's first lexicon phrase after the trigger: the rules read a trigger's roles up
    to it, and so does an event the model adds ("X ने Y पर गोलीबारी का आरोप लगाया": the firing's
    roles are not the charge's)."""
    return min((m for m in phrases_in(view.doc, view.first, view.last) if m.first >= trig.last),
               key=lambda m: m.first, default=None)


def content_of_next(view: SentenceView, trig: TriggerMatch) -> bool:
    """The phrase is what the next one is about, joined to it by a genitive or a topic word
    (``content_joiners``): "गोलीबारी का आरोप", "हमले की निंदा", "सहयोग पर चर्चा" (a charge, a
    condemnation, a topic: the rules give it no roles of its own, and the model adds no event there
    either)."""
    head = next_phrase(view, trig)
    if head is None:
        return False
    between = tuple(t.text for t in view.doc.tokens[trig.last:head.first])
    return head.trigger.plover != trig.trigger.plover and between in content_joiners()


def added_events(view: SentenceView, plover: str, probability: float, info: DetectorInfo) -> list[Event]:
    """Events of a type the model finds in a sentence where no lexicon phrase gave one."""
    doc = view.doc
    condition = conditional_span(doc.tokens, view.first, view.last)
    for trig in anchors(view, plover, probability, info) or []:
        role = conditional_role(condition, trig.first)
        if role == "condition":
            continue
        trig = as_threat(trig) if role == "consequence" else trig
        rule = info.rule if trig.trigger.pattern.startswith("model:") else f"{info.rule}+trigger:{trig.trigger.pattern}"
        head = None if trig.trigger.pattern.startswith("model:") else next_phrase(view, trig)
        stop = view.last if head is None else head.first
        found = events_at(view, trig, stop, rule, probability, info.add_roles,
                          probability >= info.sentence_roles_above.of(plover))
        if found:
            return found
    return []


def events_at(view: SentenceView, trig: TriggerMatch, stop: int, rule: str, probability: float, min_roles: float,
              sentence_roles: bool) -> list[Event]:
    """The events with a target a learned component tells at a trigger: roles from the role
    finder (read with at least ``min_roles``), else, with ``sentence_roles``, from the sentence's
    actors around the trigger (``ghatna.models.events.roles``)."""
    confidence = round(probability, 3)
    found = trigger_events(view, trig, stop, rule=rule, confidence=confidence, min_roles=min_roles)
    if not found and trig.trigger.roles == "speaker" and trig.trigger.pattern.startswith("model:"):
        # a type spoken by someone, but no speaker: the sentence's own agent does it
        trig = replace(trig, trigger=replace(trig.trigger, roles=""))
        found = trigger_events(view, trig, stop, rule=rule, confidence=confidence, min_roles=min_roles)
    found = [e for e in found if e.target is not None or is_self_deployment(e)]  # "सेना की तैनाती": at no one
    if not found and sentence_roles:
        found = events_from_sentence(view, trig, rule, confidence)
    return [e for e in found if e.target is not None or is_self_deployment(e)]


def candidate_sentences(doc: Document, told: dict[int, list[Event]], info: DetectorInfo) -> list[Sentence]:
    """Sentences where the model can change something: outside direct quotes, with a rule event
    read unsurely, or with a lexicon phrase of a type no rule event of the sentence has (a
    phrase the rules could not use, or a type the sentence tells in words no entry holds)."""
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    return [s for s in doc.sentences if not in_quote(s.start, quotes) and worth_reading(doc, s, told, info)]


def worth_reading(doc: Document, sent: Sentence, told: dict[int, list[Event]], info: DetectorInfo) -> bool:
    first, last = index_range(doc, sent)
    if last - first < MIN_TOKENS:
        return False
    if info.read_all:
        return True
    events = told.get(sent.start, [])
    if any(e.confidence < info.confirm_below or info.reject_below.of(e.type) > 0 for e in events):
        return True
    phrases = phrases_in(doc, first, last)
    return any(m.trigger.plover not in {e.type for e in events} for m in phrases)


def needed(event: Event, info: DetectorInfo, doc: Document | None = None) -> float:
    """The probability a lexicon event needs to be kept: any but the lowest when its roles
    are read surely; a confirmation when the rules were unsure (a bare subject, an implied actor);
    none for an attack whose harm its clause tells right after it (``harm_told``: the model, which
    reads the sentence's words and not its clauses, vetoed riots that wounded people), nor for a
    scuffle between two groups read as a riot (``group_clashes.is_fight_riot``)."""
    if event.confidence >= info.confirm_below and doc is not None and harm_told(doc, event):
        return 0.0
    if is_fight_riot(event):
        return 0.0  # "दो गुटों में मारपीट": a riot by R19, which the model, taught scuffles as attacks, vetoed
    return info.confirm_above if event.confidence < info.confirm_below else info.reject_below.of(event.type)


def judge_sentence(told: list[Event], probs: dict[str, float], info: DetectorInfo,
                   view: Callable[[], SentenceView], doc: Document | None = None) -> list[Event]:
    """A sentence's lexicon events the model does not reject (``doc``: read for the harm an
    attack did, ``needed``), and the events it adds."""
    kept = [e for e in told if probs.get(e.type, 0.0) >= needed(e, info, doc)]
    for event in kept:
        event.confidence = round((event.confidence + probs.get(event.type, 0.0)) / 2, 3)
    have = {e.type for e in told} | {"ASSAULT" for e in told if is_fight_riot(e)}  # its phrase told a riot
    if told and info.add_where_none:
        return kept
    for plover, p in sorted(probs.items(), key=lambda kv: -kv[1]):
        if p >= info.add_above.of(plover) and plover not in have:
            kept += added_events(view(), plover, p, info)
    return kept


def events_by_sentence(doc: Document) -> dict[int, list[Event]]:
    grouped: dict[int, list[Event]] = {}
    for event in doc.events:
        sent = doc.sentence_at(event.evidence.start)
        grouped.setdefault(sent.start if sent else -1, []).append(event)
    return grouped


def sentence_probabilities(detector: EventDetector, doc: Document, ctx: Context,
                           inputs: list[list[str]]) -> list[dict[str, float]]:
    """The model's probabilities for the sentences' ``inputs``. The sentences of a title the
    headline stage will read are read in the same batch, after the body's, and the title
    document finds them so read."""
    ahead = read_ahead(doc)
    known = [ahead.pop(("event_model", tuple(words)), None) for words in inputs]
    todo = [words for words, probs in zip(inputs, known, strict=True) if probs is None]
    later = title_inputs(doc, ctx, detector.info)
    found = iter(detector.probabilities(todo + later) if todo or later else [])
    probs = [p if p is not None else next(found) for p in known]
    for words in later:
        ahead[("event_model", tuple(words))] = next(found)
    return probs


def title_inputs(doc: Document, ctx: Context, info: DetectorInfo) -> list[list[str]]:
    """What the model may read of the title the headline stage will read: the words of each of
    its sentences long enough to be read (those it reads are among them)."""
    title = title_to_read(doc, ctx, "event_model")
    if title is None:
        return []
    title_doc = Document(source=doc.source, raw=title, body=title, sentences=split_sentences(title), tokens=tokenize(title))
    ranges = [index_range(title_doc, s) for s in title_doc.sentences]
    return [detector_words(title_doc.tokens, first, last, lexicon=info.lexicon_features)
            for first, last in ranges if last - first >= MIN_TOKENS]


@stage("event_model", needs=["events", "sentences"], adds=["events"], hindi_only=True)
def event_model_stage(doc: Document, ctx: Context) -> Document:
    detector: EventDetector | None = ctx.resource("event_detector", build_detector)
    if detector is None or not doc.tokens or is_sports_report(doc):
        return doc
    info = detector.info
    told = events_by_sentence(doc)
    sentences = candidate_sentences(doc, told, info)
    ranges = [index_range(doc, s) for s in sentences]
    inputs = [detector_words(doc.tokens, first, last, lexicon=info.lexicon_features, phrases=phrases_in(doc, first, last))
              for first, last in ranges]
    finder = ctx.resource("dates", build_date_finder)
    res = ctx.resource("entities", build_resources)
    events: list[Event] = []
    for sent, probs in zip(sentences, sentence_probabilities(detector, doc, ctx, inputs), strict=True):
        view = cache(lambda sent=sent: sentence_view(doc, sent, finder, res))
        events += judge_sentence(told.pop(sent.start, []), probs, info, view, doc)
    events += [e for group in told.values() for e in group]
    doc.events = merge_reports(sorted(events, key=lambda e: e.evidence.start))
    return doc
