"""The learned trigger finder, a stage (``event_tagger``) to run after ``event_model``; it is
not in the default pipeline and no model is shipped: out of fold on train it added nothing the
dyad F could see (``training/events/README.md``, "The trigger tagger").

A spaCy tagger of BIO trigger tags by PLOVER type ("B-ASSAULT", "I-ASSAULT", "O"; trained by
``training/events/train_tagger.py`` on the annotations' trigger spans, shipped in ``tagger/``)
reads each sentence's words and finds where it tells an event, in words a lexicon entry may
not hold. A trigger it finds with a probability of at least ``add_above`` (the probability of
its first word's B- tag; one number or one per type, chosen on the train split's folds) becomes
an event when the sentence has no event of its type, no event at those words and no lexicon
phrase there (the rules and the event detector judge those): its roles are
the role finder's, else (``sentence_roles``) the sentence's actors around the trigger, and it
needs a target (``ghatna.models.events.detector.events_at``). A trigger in the condition of a
conditional sentence tells nothing; one in its consequence is a threat. The event's rule names
the model and its version and its confidence is the tag's probability. Sentences in direct
quotes and sports reports are not read. Without a shipped model the stage does nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy

from ghatna.document import Document, Event, Sentence
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.events import SentenceView, as_threat, is_sports_report, merge_reports, sentence_view
from ghatna.extraction.implicit_actors import spoken_types
from ghatna.extraction.lexicon import build_resources
from ghatna.extraction.modality import conditional_role, conditional_span
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.telling import in_quote
from ghatna.extraction.triggers import phrases_in
from ghatna.models.events.detector import (
    MIN_TOKENS,
    NEVER,
    EventDetector,
    Thresholds,
    build_detector,
    events_at,
    events_by_sentence,
    model_trigger,
)
from ghatna.models.events.features import detector_words, tagger_words
from ghatna.pipeline import Context, stage

log = logging.getLogger(__name__)
MODEL_DIR = Path(__file__).resolve().parent / "tagger"
BATCH = 256
UNCONFIRMED = Thresholds(0.0)  # no confirmation by the event detector


class FoundTrigger(NamedTuple):
    first: int  # token indices into the words read
    last: int
    plover: str
    probability: float


@dataclass(frozen=True, slots=True)
class TaggerInfo:
    name: str
    version: str
    add_above: Thresholds
    sentence_roles: bool = True
    add_roles: float = 0.0
    confirm_above: Thresholds = UNCONFIRMED  # the event detector's probability of the type a trigger needs
    where_none: bool = False  # only in sentences where no event is told

    @property
    def rule(self) -> str:
        return f"model:{self.name}@{self.version}"

    @classmethod
    def read(cls, meta: dict[str, Any]) -> TaggerInfo:
        return cls(meta["name"], meta["version"], Thresholds.read(meta.get("add_above"), NEVER),
                   bool(meta.get("sentence_roles", True)), float(meta.get("add_roles", 0.0)),
                   Thresholds.read(meta.get("confirm_above"), 0.0), bool(meta.get("where_none", False)))


class TriggerTagger:
    """The shipped tagger: a sentence's words in, the triggers its tags open out."""

    def __init__(self, path: Path) -> None:
        import spacy

        from ghatna.models.blas import use_fast_ops
        from ghatna.models.direct import direct_tagger

        self.info = TaggerInfo.read(json.loads((path / "ghatna.json").read_text(encoding="utf-8")))
        self.nlp = spacy.load(path)
        use_fast_ops(self.nlp)
        tagger: Any = self.nlp.get_pipe("tagger")
        self.labels: tuple[str, ...] = tuple(tagger.labels)
        self.direct = direct_tagger(self.nlp)

    def triggers(self, inputs: list[list[str]]) -> list[list[FoundTrigger]]:
        out: list[list[FoundTrigger]] = []
        for start in range(0, len(inputs), BATCH):
            out += [tagged_triggers(self.labels, scores) for scores in self.scores(inputs[start:start + BATCH])]
        return out

    def scores(self, inputs: list[list[str]]) -> list[Any]:
        if self.direct is not None:
            return list(self.direct.scores(inputs))
        from spacy.tokens import Doc

        docs = [Doc(self.nlp.vocab, words=words) for words in inputs]
        tok2vec: Any = self.nlp.get_pipe("tok2vec")
        tok2vec.set_annotations(docs, tok2vec.predict(docs))
        tagger: Any = self.nlp.get_pipe("tagger")
        return list(tagger.model.predict(docs))


def tagged_triggers(labels: tuple[str, ...], scores: Any) -> list[FoundTrigger]:
    """The spans the most probable tags open (a B-, or an I- after another type's tag) and the
    I- tags of their type continue, each with the probability of its first word's tag."""
    scores = numpy.asarray(scores)
    probs = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    best = probs.argmax(axis=1).tolist()
    tags = [labels[k] for k in best] + ["O"]
    out: list[FoundTrigger] = []
    k = 0
    while k < len(best):
        if tags[k] == "O" or (tags[k].startswith("I-") and k and tags[k - 1][2:] == tags[k][2:]):
            k += 1
            continue
        plover, end = tags[k][2:], k + 1
        while tags[end] == f"I-{plover}":
            end += 1
        out.append(FoundTrigger(k, end, plover, float(probs[k, best[k]])))
        k = end
    return out


def build_tagger(_settings: Any) -> TriggerTagger | None:
    if not (MODEL_DIR / "ghatna.json").exists():
        log.info("no trigger tagger in %s", MODEL_DIR)
        return None
    return TriggerTagger(MODEL_DIR)


def readable_sentences(doc: Document) -> list[tuple[Sentence, int, int]]:
    """The sentences the tagger reads, with their token ranges: outside direct quotes, long enough."""
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    ranges = [(s, *index_range(doc, s)) for s in doc.sentences if not in_quote(s.start, quotes)]
    return [(s, first, last) for s, first, last in ranges if last - first >= MIN_TOKENS]


def is_taken(view: SentenceView, found: FoundTrigger, told: list[Event]) -> bool:
    """An event of the sentence has the trigger's type or is told at its words, or its words are
    a lexicon phrase's: the rules and the event detector have judged those ("याचिका में … आरोप
    लगाया गया है": what a petition says is no charge of the court), the tagger looks for the rest."""
    doc = view.doc
    start, end = doc.tokens[found.first].start, doc.tokens[found.last - 1].end
    if any(m.first < found.last and found.first < m.last for m in phrases_in(doc, view.first, view.last)):
        return True
    return any(e.type == found.plover or (e.trigger.start < end and e.trigger.end > start) for e in told)


def tagged_events(view: SentenceView, found: list[FoundTrigger], told: list[Event], info: TaggerInfo) -> list[Event]:
    """The events of the triggers found in a sentence (token indices into the document), the
    most probable first, each where no event of its type or at its words is told."""
    doc, added = view.doc, list[Event]()
    condition = conditional_span(doc.tokens, view.first, view.last)
    for hit in sorted(found, key=lambda h: -h.probability):
        if hit.probability < info.add_above.of(hit.plover) or is_taken(view, hit, told + added):
            continue
        role = conditional_role(condition, hit.first)
        if role == "condition":
            continue
        trig = model_trigger(doc, hit.plover, hit.first, hit.last, hit.plover in spoken_types())
        trig = as_threat(trig) if role == "consequence" else trig
        added += events_at(view, trig, view.last, info.rule, hit.probability, info.add_roles, info.sentence_roles)
    return added


def confirmed(doc: Document, ctx: Context, read: list[tuple[Sentence, list[FoundTrigger]]],
              info: TaggerInfo) -> list[tuple[Sentence, list[FoundTrigger]]]:
    """The triggers whose type the event detector (the ``event_model`` stage's model) gives the
    sentence a probability of at least ``confirm_above`` (all of them when that is 0 everywhere)."""
    if not read or (info.confirm_above.default <= 0 and not any(info.confirm_above.by_type.values())):
        return read
    detector: EventDetector | None = ctx.resource("event_detector", build_detector)
    if detector is None:
        return read
    inputs = []
    for sent, _hits in read:
        first, last = index_range(doc, sent)
        inputs.append(detector_words(doc.tokens, first, last, lexicon=detector.info.lexicon_features,
                                     phrases=phrases_in(doc, first, last)))
    probs = detector.probabilities(inputs)
    return [(sent, [h for h in hits if p.get(h.plover, 0.0) >= info.confirm_above.of(h.plover)])
            for (sent, hits), p in zip(read, probs, strict=True)]


@stage("event_tagger", needs=["events", "sentences"], adds=["events"], hindi_only=True)
def event_tagger_stage(doc: Document, ctx: Context) -> Document:
    tagger: TriggerTagger | None = ctx.resource("event_tagger", build_tagger)
    if tagger is None or not doc.tokens or is_sports_report(doc):
        return doc
    sentences = readable_sentences(doc)
    found = tagger.triggers([tagger_words(doc.tokens, first, last) for _, first, last in sentences])
    info, told = tagger.info, events_by_sentence(doc)
    read = []
    for (sent, first, _last), hits in zip(sentences, found, strict=True):
        hits = [h._replace(first=h.first + first, last=h.last + first) for h in hits
                if h.probability >= info.add_above.of(h.plover)]
        if hits and not (info.where_none and told.get(sent.start)):
            read.append((sent, hits))
    finder, res = ctx.resource("dates", build_date_finder), ctx.resource("entities", build_resources)
    added: list[Event] = []
    for sent, hits in confirmed(doc, ctx, read, info):
        added += tagged_events(sentence_view(doc, sent, finder, res), hits, told.get(sent.start, []), info)
    if added:
        doc.events = merge_reports(sorted(doc.events + added, key=lambda e: e.evidence.start))
    return doc
