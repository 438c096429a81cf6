"""A learned role picker: the sides of a lexicon trigger whose roles the rules could not read.

The rule role finder (``ghatna.extraction.events.find_roles``) reads roles from constructions;
where none fits it reads nothing and the trigger tells no event. The ``role_model`` stage gives
such a trigger a second reading: a multinomial logistic regression scores each actor of the
sentence (the rules' slots) as the trigger's source, its target or neither, from plain
features (the type, the side of the trigger, the distance, the postposition after the actor,
a clause verb or a "कि" between, a quote, the actor's kind and sector). The best source and the
best other target make an event when the geometric mean of their probabilities reaches the
model's threshold; modality, date and the checks of ``trigger_events`` are the rules' own. The
event's rule is ``trigger:…;roles:<name>@<version>`` and its confidence the picker's score.

The words read between actor and trigger are data (``role_picker.yaml``); the weights and the
threshold go in ``role_picker.json`` beside this module, written by
``training/events/train_role_picker.py --ship``. The stage is not in the default pipeline and no
weights are shipped: on held-out train windows the picker did not raise the dyad F beyond
noise (``training/events/README.md``, "The role picker"); without the file the stage does nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ghatna.document import Document, Event
from ghatna.extraction.article_reports import is_sports_report
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_roles import Roles, index_range
from ghatna.extraction.events import SentenceView, find_roles, sentence_view, telling_triggers, trigger_events
from ghatna.extraction.lexicon import EntityResources, build_resources
from ghatna.extraction.modality import conditional_span, denied_from
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.roles import Slot
from ghatna.extraction.telling import in_quote
from ghatna.extraction.triggers import TriggerMatch, phrases_in
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.datewords import DateFinder

MODEL_PATH = Path(__file__).with_name("role_picker.json")
LABELS = ("neither", "source", "target")
DISTANCES = (0, 1, 2, 4, 8)  # bucket edges, in tokens between actor and trigger


@dataclass(frozen=True, slots=True)
class PickerWords:
    markers: frozenset[str]
    verbs: frozenset[str]
    openers: frozenset[str]


@cache
def load_picker_words() -> PickerWords:
    data = load_yaml("role_picker.yaml")
    return PickerWords(frozenset(data["markers"]), frozenset(data["clause_verbs"]), frozenset(data["clause_openers"]))


@dataclass(frozen=True)
class RolePicker:
    """Weights over named features, one column per label, and the threshold an event needs."""

    name: str
    version: str
    features: dict[str, int]
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)
    threshold: float

    @property
    def rule(self) -> str:
        return f"{self.name}@{self.version}"

    def probabilities(self, rows: list[list[str]]) -> np.ndarray:
        """P(neither, source, target) for each row of feature names."""
        logits = np.tile(self.bias, (len(rows), 1))
        for i, row in enumerate(rows):
            cols = [self.features[f] for f in row if f in self.features]
            if cols:
                logits[i] += self.weights[cols].sum(axis=0)
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.features, key=self.features.__getitem__)
        return {"name": self.name, "version": self.version, "labels": list(LABELS), "threshold": self.threshold,
                "bias": [round(float(b), 5) for b in self.bias],
                "weights": {n: [round(float(w), 5) for w in self.weights[self.features[n]]] for n in names}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RolePicker:
        names = list(data["weights"])
        weights = np.array([data["weights"][n] for n in names], dtype=float).reshape(len(names), len(LABELS))
        return cls(data["name"], data["version"], {n: i for i, n in enumerate(names)}, weights,
                   np.array(data["bias"], dtype=float), float(data["threshold"]))


def build_picker(_settings: Any) -> RolePicker | None:
    if not MODEL_PATH.exists():
        return None
    return RolePicker.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def candidate_slots(view: SentenceView, trig: TriggerMatch) -> list[Slot]:
    """The sentence's actors outside the trigger."""
    return [s for s in view.slots if s.entities and (s.last <= trig.first or s.first >= trig.last)]


def distance_bucket(gap: int) -> str:
    return str(max(edge for edge in DISTANCES if max(gap, 0) >= edge))


def between_words(view: SentenceView, trig: TriggerMatch, slot: Slot) -> list[str]:
    lo, hi = (slot.marker_end, trig.first) if slot.last <= trig.first else (trig.last, slot.first)
    return [t.text for t in view.doc.tokens[lo:hi]]


def slot_features(view: SentenceView, trig: TriggerMatch, slot: Slot, slots: list[Slot],
                  quotes: list[tuple[int, int]]) -> list[str]:
    """The names of the features of one actor as a side of one trigger."""
    words = load_picker_words()
    plover, before = trig.trigger.plover, slot.last <= trig.first
    side = "b" if before else "a"
    marker = slot.marker if slot.marker in words.markers else ("none" if not slot.marker else "other")
    gap = trig.first - slot.marker_end if before else slot.first - trig.last
    same_side = [s for s in slots if (s.last <= trig.first) == before]
    rank = min(2, sorted(same_side, key=lambda s: abs(s.first - trig.first)).index(slot))
    between = between_words(view, trig, slot)
    ent = slot.entities[0]
    agents = any(s.marker == "ने" and s is not slot for s in slots if s.last <= trig.first)
    feats = [f"T={plover}", f"s={side}", f"m={marker}", f"s={side}|m={marker}", f"T={plover}|s={side}",
             f"T={plover}|s={side}|m={marker}", f"d={distance_bucket(gap)}", f"s={side}|d={distance_bucket(gap)}",
             f"r={side}{rank}", f"r={side}{rank}|m={marker}", f"T={plover}|r={side}{rank}",
             f"kind={ent.kind or ent.type}", f"sector={ent.sector or 'none'}", f"country={bool(ent.country)}",
             f"T={plover}|sector={ent.sector or 'none'}", f"mode={trig.trigger.mode or 'none'}",
             f"troles={trig.trigger.roles or 'none'}|s={side}|m={marker}", f"agent_else={agents}|m={marker}",
             f"slot={slot.rule}", f"n={min(len(slots), 4)}"]
    if slot.marker_end == trig.first:
        feats.append(f"adjacent|m={marker}")
    if any(w in words.verbs for w in between):
        feats += ["verb_between", f"verb_between|s={side}|m={marker}"]
    if any(w in words.openers for w in between):
        feats += ["opener_between", f"opener_between|s={side}"]
    if "," in between:
        feats.append("comma_between")
    if in_quote(view.doc.tokens[slot.first].start, quotes) != in_quote(trig.start, quotes):
        feats.append("quote_apart")
    return feats


def trigger_rows(view: SentenceView, trig: TriggerMatch, quotes: list[tuple[int, int]]) -> tuple[list[Slot], list[list[str]]]:
    slots = candidate_slots(view, trig)
    return slots, [slot_features(view, trig, s, slots, quotes) for s in slots]


def picked_roles(picker: RolePicker, view: SentenceView, trig: TriggerMatch,
                 quotes: list[tuple[int, int]]) -> tuple[Roles, float] | None:
    """The best source and the best other actor as target, with their score; None under two actors."""
    slots, rows = trigger_rows(view, trig, quotes)
    if len(slots) < 2:
        return None
    probs = picker.probabilities(rows)
    src = int(np.argmax(probs[:, 1]))
    others = [i for i in range(len(slots)) if i != src]
    tgt = max(others, key=lambda i: probs[i, 2])
    keys = {e.key for e in slots[src].entities}
    targets = [e for e in slots[tgt].entities if e.key not in keys]
    if not targets:
        return None
    score = math.sqrt(float(probs[src, 1]) * float(probs[tgt, 2]))
    return Roles(list(slots[src].entities), targets, picker.rule), round(score, 3)


def roleless_triggers(view: SentenceView, quotes: list[tuple[int, int]], told: set[int],
                      denied: int | None) -> Iterator[tuple[TriggerMatch, int]]:
    """The sentence's telling triggers the rules told no event at (no roles read, or roles
    without a target), with where each one's reach stops; not in a condition ("अगर …"), not at
    a trigger an event was told at, nor one whose rule events a later stage dropped."""
    doc = view.doc
    if conditional_span(doc.tokens, view.first, view.last) is not None:
        return
    triggers = telling_triggers(view, quotes)
    for k, trig in enumerate(triggers):
        stop = triggers[k + 1].first if k + 1 < len(triggers) else view.last
        if trig.start in told or (find_roles(view, trig) is not None and trigger_events(view, trig, stop, denied)):
            continue
        yield trig, stop


def read_as(roles: Roles) -> Callable[[SentenceView, TriggerMatch], Roles]:
    """A role reader that gives the picked roles (``trigger_events`` asks for one)."""
    return lambda _view, _trig: roles


def picked_events(doc: Document, picker: RolePicker, finder: DateFinder, res: EntityResources,
                  threshold: float | None = None) -> list[Event]:
    """Events the picker reads at the triggers the rules left without roles, scored at least
    ``threshold`` (the model's own when None)."""
    threshold = picker.threshold if threshold is None else threshold
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    told = {e.trigger.start for e in doc.events if e.trigger is not None}
    events: list[Event] = []
    for sent in doc.sentences:
        first, last = index_range(doc, sent)
        if not phrases_in(doc, first, last):
            continue
        view = sentence_view(doc, sent, finder, res)
        denied = denied_from(doc.tokens, first, last)
        for trig, stop in roleless_triggers(view, quotes, told, denied):
            picked = picked_roles(picker, view, trig, quotes)
            if picked is None or picked[1] < threshold:
                continue
            events += trigger_events(view, trig, stop, denied, confidence=picked[1], roles_of=read_as(picked[0]))
    return events


@stage("role_model", needs=["events", "sentences"], adds=["events"], hindi_only=True)
def role_model_stage(doc: Document, ctx: Context) -> Document:
    picker: RolePicker | None = ctx.resource("role_picker", build_picker)
    if picker is None or not doc.tokens or is_sports_report(doc):
        return doc
    added = picked_events(doc, picker, ctx.resource("dates", build_date_finder), ctx.resource("entities", build_resources))
    if added:
        doc.events = sorted(doc.events + added, key=lambda e: e.evidence.start)
    return doc
