"""How the event detector should be used, measured: rules alone, model alone and combinations,
at the sentence level (PLOVER types of a sentence) and at the dyad level (``ghatna eval``'s
event matching), on the train split out of fold (the models of ``crossval.py``) and on dev
(the shipped model; report only).

    python training/events/policies.py [--variant cnn_small] [--folds 4] [--dev MODEL] [--out FILE]

Every policy is a set of the stage's thresholds (``ghatna.models.events.detector``). The
rule stages run once per window; the ``event_model`` stage then runs on a copy of the
window's document once per policy, the model's probabilities cached per sentence.
Per-type thresholds are chosen on the train folds only.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import crossval
import train

from ghatna.api import default_pipeline, extract
from ghatna.document import Document, Event
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.run import evaluate_gold
from ghatna.evaluate.scoring import GoldDocument, Tally, score_all
from ghatna.models.events.detector import DetectorInfo, EventDetector, Thresholds, event_model_stage
from ghatna.models.events.features import text_words
from ghatna.pipeline import Context, Pipeline
from ghatna.settings import DEFAULT_STAGES
from ghatna.text.normalize import normalize_inline

TYPES = ann.PLOVER_TYPES
NONE = 1.01  # a threshold no probability reaches


@dataclass(slots=True)
class Window:
    name: str
    sentences: list[ann.AnnotatedSentence]
    gold: GoldDocument
    doc: Document
    spans: list[tuple[int, int] | None]  # each annotated sentence's place in the body


class CachedDetector:
    """A detector whose probabilities are memoised per input, with a policy as its info."""

    def __init__(self, detector: EventDetector) -> None:
        self.detector = detector
        self.info = detector.info
        self.memo: dict[tuple[str, ...], dict[str, float]] = {}

    def probabilities(self, inputs: list[list[str]]) -> list[dict[str, float]]:
        missing = list({tuple(words) for words in inputs} - self.memo.keys())
        for key, probs in zip(missing, self.detector.probabilities([list(k) for k in missing]), strict=True):
            self.memo[key] = probs
        return [self.memo[tuple(words)] for words in inputs]


def locate(body: str, sentences: list[ann.AnnotatedSentence]) -> list[tuple[int, int] | None]:
    """Where each annotated sentence is in the cleaned body (None when cleaning dropped it)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for s in sentences:
        text = normalize_inline(s.text) or ""
        span = None
        for piece_at in (0, max(0, len(text) - 25), max(0, len(text) // 2 - 12)):
            piece = text[piece_at:piece_at + 25]
            at = body.find(piece, cursor) if len(piece) >= 8 else -1
            if at >= 0:
                span = (at - piece_at, at - piece_at + len(text))
                cursor = max(cursor, at)
                break
        spans.append(span)
    return spans


def rule_windows(split: str, pipeline: Pipeline) -> list[Window]:
    sentences = [s for s in ann.load_sentences(train.ANNOTATIONS) if s.split == split and not s.written]
    out = []
    for name, group in sorted(ann.windows(sentences).items()):
        gold = ann.gold_of_window(name, group)
        doc = extract(ann.window_text(group), source=gold.file, published=ann.window_published(group),
                      html=False, pipeline=pipeline)
        out.append(Window(name, group, gold, doc, locate(doc.body, group)))
    return out


def with_policy(window: Window, ctx: Context, alone: bool = False) -> list[Event]:
    """The window's events after the event_model stage under the context's detector and policy
    (``alone``: without the rules' events, so every event is one the model adds)."""
    doc = copy.copy(window.doc)
    doc.events = [] if alone else [copy.copy(e) for e in window.doc.events]
    doc.done = list(doc.done)
    return event_model_stage(doc, ctx).events


def dyad_scores(windows: list[Window], events: list[list[Event]]) -> dict[str, Any]:
    records = {w.gold.file: {"events": [e.as_dict() for e in evs]} for w, evs in zip(windows, events, strict=True)}
    tally, _notes = score_all([w.gold for w in windows], records)
    return summarise(tally)


def summarise(tally: Tally) -> dict[str, Any]:
    p, r = tally.ratio("events_dyad_precision") or 0.0, tally.ratio("events_dyad_recall") or 0.0
    out: dict[str, Any] = {"p": p, "r": r, "f": f1(p, r), "out": tally.parts["events_dyad_precision"][1],
                           "gold": tally.parts["events_dyad_recall"][1], "per_type": {}}
    for plover in TYPES:
        tp_p = tally.parts.get(f"type:{plover}:precision", [0, 0])
        tp_r = tally.parts.get(f"type:{plover}:recall", [0, 0])
        tp = tp_p[0]
        pp = tp / tp_p[1] if tp_p[1] else 0.0
        rr = tp_r[0] / tp_r[1] if tp_r[1] else 0.0
        out["per_type"][plover] = {"p": round(pp, 3), "r": round(rr, 3), "f": f1(pp, rr), "out": tp_p[1],
                                   "gold": tp_r[1]}
    return out


def f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 3) if p + r else 0.0


def sentence_types(window: Window, events: list[Event]) -> list[set[str]]:
    """The PLOVER types of each annotated sentence's events."""
    found: list[set[str]] = [set() for _ in window.sentences]
    for e in events:
        for k, span in enumerate(window.spans):
            if span and span[0] <= e.trigger.start < span[1]:
                found[k].add(e.type)
    return found


def sentence_scores(gold: Iterable[set[str]], got: Iterable[set[str]]) -> dict[str, Any]:
    tally: Counter[tuple[str, str]] = Counter()
    for want, have in zip(gold, got, strict=True):
        for t in TYPES:
            tally[(t, "tp")] += t in have and t in want
            tally[(t, "fp")] += t in have and t not in want
            tally[(t, "fn")] += t not in have and t in want
    per_type = {t: train.prf(tally[(t, "tp")], tally[(t, "fp")], tally[(t, "fn")]) for t in TYPES}
    micro = train.prf(*(sum(tally[(t, k)] for t in TYPES) for k in ("tp", "fp", "fn")))
    return {**micro, "per_type": per_type}


def gold_types(window: Window) -> list[set[str]]:
    return [set() if s.skip else {e.type for e in s.events} for s in window.sentences]


def model_types(detector: CachedDetector, window: Window, threshold: Thresholds) -> list[set[str]]:
    inputs = [text_words(normalize_inline(s.text) or "", lexicon=detector.info.lexicon_features)
              for s in window.sentences]
    return [{t for t, p in probs.items() if p >= threshold.of(t)} for probs in detector.probabilities(inputs)]


def policy_events(windows: list[Window], contexts: list[Context], info: DetectorInfo | None,
                  alone: bool = False) -> list[list[Event]]:
    """Each window's events under one policy (None: rules alone)."""
    events = []
    for window, ctx in zip(windows, contexts, strict=True):
        if info is None:
            events.append(window.doc.events)
            continue
        ctx._cache["event_detector"].info = info
        events.append(with_policy(window, ctx, alone))
    return events


def scores(windows: list[Window], events: list[list[Event]]) -> dict[str, Any]:
    """Dyad and sentence scores of windows' events."""
    got = [types for w, evs in zip(windows, events, strict=True) for types in sentence_types(w, evs)]
    gold = [types for w in windows for types in gold_types(w)]
    return {"dyad": dyad_scores(windows, events), "sentence": sentence_scores(gold, got)}


def contexts_for(windows: list[Window], detectors: dict[int, CachedDetector], fold: Any, shared: dict[str, Any],
                 settings: Any) -> list[Context]:
    by_fold = {}
    for k, det in detectors.items():
        ctx = Context(settings)
        ctx._cache.update(shared)
        ctx._cache["event_detector"] = det
        by_fold[k] = ctx
    return [by_fold[fold(w.name)] for w in windows]


VETO = (0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5)
ADD = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)


def policies(base: DetectorInfo) -> dict[str, DetectorInfo]:
    """The stage settings compared: the shipped ones, each part alone, and grids around them."""
    off = replace(base, reject_below=Thresholds(0.0), confirm_below=0.0, add_above=Thresholds(NONE),
                  add_bare_above=NONE, read_all=False, sentence_roles_above=Thresholds(NONE), add_where_none=False)
    first = replace(off, confirm_below=0.75, confirm_above=0.5, add_above=Thresholds(0.6), add_bare_above=0.99,
                    add_roles=0.85)
    out = {"shipped policy": base, "policy of 1.0 (confirm unsure events)": first,
           "nothing (model read, no change)": off,
           "confirm only": replace(off, confirm_below=0.75, confirm_above=0.5),
           "add only": replace(off, add_above=base.add_above, add_bare_above=base.add_bare_above)}
    for v in VETO:
        out[f"veto<{v}"] = replace(off, reject_below=Thresholds(v))
    for v in (0.2, 0.35, 0.5, 0.65, 0.8):
        out[f"confirm>={v}"] = replace(off, confirm_below=0.75, confirm_above=v)
        for veto in (0.01, 0.02, 0.05):
            out[f"confirm>={v}, veto<{veto}"] = replace(off, confirm_below=0.75, confirm_above=v,
                                                        reject_below=Thresholds(veto))
    for v in ADD:
        out[f"add>={v}"] = replace(off, add_above=Thresholds(v), add_roles=0.0)
        out[f"add>={v}, sentence roles"] = replace(off, add_above=Thresholds(v), add_roles=0.0,
                                                   sentence_roles_above=Thresholds(v))
    for v in (0.5, 0.7, 0.9, 0.95):
        out[f"add>={v}, sentence roles, where the rules found none"] = replace(
            off, add_above=Thresholds(v), add_roles=0.0, sentence_roles_above=Thresholds(v), add_where_none=True)
        for veto in (0.01, 0.02, 0.1):
            out[f"veto<{veto}, add>={v}, sentence roles, where the rules found none"] = replace(
                off, reject_below=Thresholds(veto), add_above=Thresholds(v), add_roles=0.0,
                sentence_roles_above=Thresholds(v), add_where_none=True)
    for v in (0.8, 0.9, 0.95, 0.99):
        out[f"add>={v}, sentence roles, read all, bare>={v}"] = replace(
            off, add_above=Thresholds(v), add_bare_above=v, read_all=True, add_roles=0.0,
            sentence_roles_above=Thresholds(v))
    for v in (0.1, 0.2, 0.3, 0.4):
        for a in (0.5, 0.7, 0.8, 0.9, 0.95):
            out[f"veto<{v}, add>={a}, sentence roles"] = replace(
                off, reject_below=Thresholds(v), add_above=Thresholds(a), add_roles=0.0,
                sentence_roles_above=Thresholds(a))
    for v in (0.1, 0.2, 0.3):
        for a in (0.5, 0.7):
            for r in (0.8, 0.9, 0.95):
                out[f"veto<{v}, add>={a}, sentence roles>={r}"] = replace(
                    off, reject_below=Thresholds(v), add_above=Thresholds(a), add_roles=0.0,
                    sentence_roles_above=Thresholds(r))
    for v in (0.3, 0.5, 0.7, 0.9):
        out[f"model alone, sentence roles >= {v}"] = replace(
            off, add_above=Thresholds(v), add_bare_above=v, read_all=True, add_roles=0.0,
            sentence_roles_above=Thresholds(v))
    return out


def chosen_policy(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-type veto and addition thresholds, each the grid value with the best dyad F of its type."""
    baseline = "nothing (model read, no change)"
    veto = per_type_choice(results, {f"veto<{v}": v for v in VETO}, baseline)
    add = per_type_choice(results, {f"add>={v}, sentence roles": v for v in ADD}, baseline)
    return {"reject_below": {"default": 0.0, **veto}, "add_above": {"default": NONE, **add},
            "sentence_roles_above": {"default": NONE, **add}, "add_roles": 0.0, "confirm_below": 0.0,
            "add_bare_above": NONE, "read_all": False}


ADD_GRID = (0.5, 0.7, 0.8, 0.9, 0.95)


def per_type_adds(results: dict[str, dict[str, Any]], base: DetectorInfo, veto: float) -> DetectorInfo:
    """A veto under ``veto`` for every type and an addition threshold (with sentence roles) one
    a type: each type's the value of ADD_GRID with that type's best dyad F among the policies
    "veto<veto, add>=a, sentence roles" (against "veto<veto", no addition of the type, where
    none helps)."""
    add = per_type_choice(results, {f"veto<{veto}, add>={a}, sentence roles": a for a in ADD_GRID}, f"veto<{veto}")
    meta = {"reject_below": {"default": veto}, "add_above": {"default": NONE, **add},
            "sentence_roles_above": {"default": NONE, **add}, "add_roles": 0.0, "confirm_below": 0.0,
            "add_bare_above": NONE, "read_all": False}
    return policy_from(base, meta)


def best_per_type_adds(windows: list[Window], contexts: list[Context], results: dict[str, dict[str, Any]],
                       base: DetectorInfo) -> tuple[float, DetectorInfo]:
    """The per-type additions (``per_type_adds``) over the veto (0.1-0.3) with the best dyad F on these windows."""
    best: tuple[float, float, DetectorInfo] | None = None
    for veto in (0.1, 0.2, 0.3):
        info = per_type_adds(results, base, veto)
        f = scores(windows, policy_events(windows, contexts, info))["dyad"]["f"]
        if best is None or f > best[0]:
            best = (f, veto, info)
    assert best is not None
    return best[1], best[2]


def per_type_choice(results: dict[str, dict[str, Any]], values: dict[str, float], baseline: str) -> dict[str, float]:
    """For each type the grid value whose dyad F of that type is best (ties: the baseline)."""
    chosen = {}
    for plover in TYPES:
        best, best_f = None, results[baseline]["dyad"]["per_type"][plover]["f"]
        for name, v in values.items():
            f = results[name]["dyad"]["per_type"][plover]["f"]
            if f > best_f + 1e-9:
                best, best_f = v, f
        if best is not None:
            chosen[plover] = best
    return chosen


def load_detectors(variant: str, folds: int) -> dict[int, CachedDetector]:
    out = {}
    for k in range(folds):
        model = crossval.fold_dir(variant, k) / variant.split("-")[0] / "model-best"
        meta = json.loads((train.SHIPPED / "ghatna.json").read_text(encoding="utf-8"))
        meta["lexicon_features"] = not variant.endswith("-nolex")
        (model / "ghatna.json").write_text(json.dumps(meta), encoding="utf-8")
        out[k] = CachedDetector(EventDetector(model))
    return out


def model_alone(windows: list[Window], detectors: dict[int, CachedDetector], fold: Any) -> dict[str, dict[str, Any]]:
    gold = [types for w in windows for types in gold_types(w)]
    out = {}
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        got = [types for w in windows for types in model_types(detectors[fold(w.name)], w, Thresholds(t))]
        out[f"model alone (sentence types) >= {t}"] = {"sentence": sentence_scores(gold, got)}
    return out


Events = dict[str, list[list[Event]]]


def run(windows: list[Window], contexts: list[Context], every: dict[str, DetectorInfo | None]
        ) -> tuple[dict[str, dict[str, Any]], Events]:
    """Every policy's scores and events per window."""
    results: dict[str, dict[str, Any]] = {}
    events: Events = {}
    for name, info in every.items():
        began = time.process_time()
        events[name] = policy_events(windows, contexts, info, alone=name.startswith("model alone"))
        results[name] = row = scores(windows, events[name])
        print(f"{name:50s} dyad P {row['dyad']['p']:.3f} R {row['dyad']['r']:.3f} F {row['dyad']['f']:.3f} "
              f"({row['dyad']['out']} out) | sentence P {row['sentence']['p']:.3f} R {row['sentence']['r']:.3f} "
              f"F {row['sentence']['f']:.3f}  [{time.process_time() - began:.1f}s]", flush=True)
    return results, events


def nested(windows: list[Window], contexts: list[Context], events: Events, base: DetectorInfo,
           fold: Callable[[str], int], folds: int) -> dict[str, dict[str, Any]]:
    """An honest figure for choosing on train: thresholds chosen on the other folds, applied to each fold."""
    chosen_events: list[list[Event]] = [[] for _ in windows]
    uniform_events: list[list[Event]] = [[] for _ in windows]
    typed_add_events: list[list[Event]] = [[] for _ in windows]
    for k in range(folds):
        inside = [i for i, w in enumerate(windows) if fold(w.name) != k]
        held = [i for i, w in enumerate(windows) if fold(w.name) == k]
        sub = [windows[i] for i in inside]
        results = {name: scores(sub, [evs[i] for i in inside]) for name, evs in events.items()}
        info = policy_from(base, chosen_policy(results))
        best = best_single(results)
        got = policy_events([windows[i] for i in held], [contexts[i] for i in held], info)
        veto, typed = best_per_type_adds(sub, [contexts[i] for i in inside], results, base)
        typed_got = policy_events([windows[i] for i in held], [contexts[i] for i in held], typed)
        for i, evs, typed_evs in zip(held, got, typed_got, strict=True):
            chosen_events[i] = evs
            uniform_events[i] = events[best][i]
            typed_add_events[i] = typed_evs
        print(f"fold {k}: best single policy on the other folds: {best}; per-type adds: veto<{veto}, "
              f"add {dict(typed.add_above.by_type)}")
    return {"per-type thresholds, chosen on the other folds": scores(windows, chosen_events),
            "best single policy, chosen on the other folds": scores(windows, uniform_events),
            "per-type adds over one veto, chosen on the other folds": scores(windows, typed_add_events)}


def best_single(results: dict[str, dict[str, Any]]) -> str:
    """The policy with the best dyad F (the model alone and per-type choices left out)."""
    names = [n for n in results if n not in ("rules alone", "shipped policy")
             and not n.startswith(("model alone", "per-type"))]
    return max(names, key=lambda n: results[n]["dyad"]["f"])


SHARED = train.ROOT.parent / "shared"
TESTS = train.ROOT / "tests"


def gate_scores(info: DetectorInfo | None, model: Path) -> dict[str, float]:
    """The event figures the quality gates pin (tests/test_quality_gate.py): the seeds, and the
    project's own, held-out and domestic articles, with the model under this policy (None: no model)."""
    sys.path.insert(0, str(TESTS))
    import own_gold

    pipeline = default_pipeline()
    detector = EventDetector(model)
    if info is None:
        info = replace(detector.info, reject_below=Thresholds(0.0), confirm_below=0.0, add_above=Thresholds(NONE),
                       add_bare_above=NONE, sentence_roles_above=Thresholds(NONE))
    detector.info = info
    pipeline.context._cache["event_detector"] = detector
    seeds = evaluate_gold(SHARED / "gold" / "seeds.json", [str(SHARED / "seeds")], pipeline).summary()
    out = {f"seeds:{k}": float(seeds.get(k) or 0.0) for k in seeds if k.startswith("events_")}
    for folder in (own_gold.ARTICLES, own_gold.HELDOUT, TESTS / "heldout2", TESTS / "domestic"):
        tally = own_gold.score_all(folder)
        out.update({f"{folder.name}:{k}": tally.ratio(k) or 0.0
                    for k in {k.rsplit("_", 1)[0] for k in tally.counts} if k.startswith("events_")})
    return out


def gate_floors() -> dict[str, float]:
    sys.path.insert(0, str(TESTS))
    import test_quality_gate as gate

    tables = {"seeds": gate.SEED_FLOORS, "articles": gate.OWN_FLOORS, "heldout": gate.HELDOUT_FLOORS,
              "heldout2": gate.HELDOUT2_FLOORS, "domestic": gate.DOMESTIC_FLOORS}
    return {f"{name}:{k}": v for name, table in tables.items() for k, v in table.items() if k.startswith("events_")}


def keeps_gates(info: DetectorInfo, model: Path, baseline: dict[str, float], floors: dict[str, float]) -> bool:
    """Every event floor of the quality gates holds, or is no lower than without the model
    (where the rules alone are already under it)."""
    got = gate_scores(info, model)
    broken = {k: round(got.get(k, 0.0), 3) for k, floor in floors.items()
              if got.get(k, 0.0) < min(floor, baseline.get(k, 0.0)) - 1e-9}
    if broken:
        print(f"  breaks {broken}")
    return not broken


def gate_checked(results: dict[str, dict[str, Any]], every: dict[str, DetectorInfo | None], model: Path) -> str:
    """The policy with the best dyad F on the train folds that keeps the quality gates' event
    floors with the shipped model."""
    names = sorted((n for n in results if n in every and every[n] is not None and n != "shipped policy"
                    and not n.startswith("model alone")), key=lambda n: -results[n]["dyad"]["f"])
    baseline, floors = gate_scores(None, model), gate_floors()
    for name in names:
        print(f"{name} (train dyad F {results[name]['dyad']['f']}): checking the quality gates")
        if keeps_gates(every[name], model, baseline, floors):  # type: ignore[arg-type]
            return name
    raise SystemExit("no policy keeps the quality gates")


def with_type_vetoes(info: DetectorInfo, chosen: dict[str, Any], model: Path) -> tuple[str, DetectorInfo]:
    """The gate-checked policy plus the per-type vetoes chosen on the train folds, each kept only
    when, added alone, it keeps every event floor of the quality gates (a veto that drops a seed
    event goes); the policy with all the kept vetoes is checked again (none kept when it fails)."""
    baseline, floors = gate_scores(None, model), gate_floors()
    own = info.reject_below  # the policy's own veto stays; a type's chosen veto replaces it for that type
    kept = {}
    for plover, veto in chosen["reject_below"].items():
        if plover != "default" and veto > 0 and veto != own.of(plover):
            print(f"veto of {plover} under {veto}: checking the quality gates")
            alone = Thresholds(own.default, {**own.by_type, plover: veto})
            if keeps_gates(replace(info, reject_below=alone), model, baseline, floors):
                kept[plover] = veto
    vetoed = replace(info, reject_below=Thresholds(own.default, {**own.by_type, **kept}))
    if kept and not keeps_gates(vetoed, model, baseline, floors):
        kept, vetoed = {}, info
    return f"per-type vetoes that keep the gates ({', '.join(kept) or 'none'}), then the gate-checked policy", vetoed


def info_meta(info: DetectorInfo) -> dict[str, Any]:
    """A policy as ghatna.json holds it."""
    def per_type(t: Thresholds) -> dict[str, float]:
        return {"default": t.default, **t.by_type}
    return {"reject_below": per_type(info.reject_below), "add_above": per_type(info.add_above),
            "sentence_roles_above": per_type(info.sentence_roles_above), "add_where_none": info.add_where_none,
            "confirm_below": info.confirm_below,
            "confirm_above": info.confirm_above, "add_roles": info.add_roles, "add_bare_above": info.add_bare_above,
            "read_all": info.read_all}


def policy_from(base: DetectorInfo, meta: dict[str, Any]) -> DetectorInfo:
    return DetectorInfo.read({"name": base.name, "version": base.version, "lexicon_features": base.lexicon_features,
                              **meta})


def load_windows(split: str, pipeline: Pipeline, cache: Path | None) -> list[Window]:
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    windows = rule_windows(split, pipeline)
    if cache:
        cache.write_bytes(pickle.dumps(windows))
    return windows


KEY_ROWS = ("rules alone", "shipped policy", "policy of 1.0 (confirm unsure events)",
            "per-type thresholds (chosen on all train folds)", "per-type thresholds, chosen on the other folds",
            "best single policy, chosen on the other folds",
            "per-type adds over one veto, chosen on the other folds", "model alone, sentence roles >= 0.5",
            "model alone (sentence types) >= 0.5")


def compact(results: dict[str, dict[str, Any]], key_rows: set[str]) -> dict[str, Any]:
    """The table for scores.json: every policy's micro figures, per type for the key rows."""
    out: dict[str, Any] = {}
    for name, row in results.items():
        parts = [part for part in ("dyad", "sentence") if part in row]
        entry = {part: {k: v for k, v in row[part].items() if k != "per_type"} for part in parts}
        if name in key_rows:
            entry.update({f"{part}_per_type": row[part]["per_type"] for part in parts})
        out[name] = entry
    return out


def markdown(rows: list[str]) -> None:
    """The comparison in scores.json as Markdown tables: the micro table, then per type."""
    tables = json.loads((train.HERE / "scores.json").read_text(encoding="utf-8")).get("policies", {})
    print("| policy | " + " | ".join(f"{split} dyad P / R / F | {split} sentence P / R / F" for split in tables) + " |")
    print("|---|" + "---|---|" * len(tables))
    for name in rows:
        cells = []
        for table in tables.values():
            row = table.get(name, {})
            cells += [" / ".join(f"{row[part][k]:.3f}" for k in ("p", "r", "f")) if part in row else "–"
                      for part in ("dyad", "sentence")]
        print(f"| {name} | " + " | ".join(cells) + " |")
    for split, table in tables.items():
        for level, count in (("dyad", "gold"), ("sentence", "n")):
            keyed = [n for n in rows if f"{level}_per_type" in table.get(n, {})]
            print(f"\n{split}, {level} level per type (P / R; gold: events or sentences of the type):\n")
            print("| type | gold | " + " | ".join(keyed) + " |")
            print("|---|---|" + "---|" * len(keyed))
            for plover in TYPES:
                cells = [table[n][f"{level}_per_type"][plover] for n in keyed]
                print(f"| {plover} | {cells[0][count]} | " + " | ".join(f"{c['p']:.2f} / {c['r']:.2f}" for c in cells) + " |")


def show(results: dict[str, dict[str, Any]]) -> None:
    for name, row in results.items():
        dyad = f"dyad P {row['dyad']['p']:.3f} R {row['dyad']['r']:.3f} F {row['dyad']['f']:.3f} | " if "dyad" in row else ""
        print(f"{name:50s} {dyad}sentence P {row['sentence']['p']:.3f} R {row['sentence']['r']:.3f} "
              f"F {row['sentence']['f']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", default="cnn_small")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--dev", type=Path, default=None, help="a model to report on the dev split")
    parser.add_argument("--out", type=Path, default=train.OUTPUT / "policies.json")
    parser.add_argument("--policies", type=Path, default=None, help="extra policies (JSON: name -> thresholds)")
    parser.add_argument("--cache", type=Path, default=None, help="keep the rules' documents in this file")
    parser.add_argument("--policy-out", type=Path, default=None, help="write the per-type thresholds chosen on train")
    parser.add_argument("--scores", action="store_true", help="add the table to scores.json")
    parser.add_argument("--gate-check", action="store_true",
                        help="choose the best policy that keeps the quality gates' event floors (shipped model)")
    parser.add_argument("--markdown", nargs="*", default=None, metavar="POLICY",
                        help="print these rows of scores.json's comparison as Markdown and stop")
    args = parser.parse_args()
    if args.markdown is not None:
        markdown(args.markdown or list(KEY_ROWS))
        return
    pipeline = Pipeline(stages=DEFAULT_STAGES[:DEFAULT_STAGES.index("event_model")])
    extra = json.loads(args.policies.read_text(encoding="utf-8")) if args.policies else {}
    split = "dev" if args.dev else "train"
    windows = load_windows(split, pipeline, args.cache)
    if args.dev:
        detectors = {0: CachedDetector(EventDetector(args.dev))}
        fold: Callable[[str], int] = lambda _name: 0
    else:
        detectors = load_detectors(args.variant, args.folds)
        fold = lambda name: crossval.fold_of(name, args.folds)
    base = detectors[0].info
    contexts = contexts_for(windows, detectors, fold, dict(pipeline.context._cache), pipeline.settings)
    print(f"{split} ({args.variant if split == 'train' else args.dev}, {len(windows)} windows)")
    every: dict[str, DetectorInfo | None] = {"rules alone": None, **policies(base)}
    every.update({name: policy_from(base, meta) for name, meta in extra.items()})
    results, events = run(windows, contexts, every)
    report: dict[str, Any] = {split: results}
    if split == "train":
        chosen = chosen_policy(results)
        more, _ = run(windows, contexts, {"per-type thresholds (chosen on all train folds)": policy_from(base, chosen)})
        results.update(more)
        results.update(nested(windows, contexts, events, base, fold, args.folds))
        # Per-type additions are a candidate only when, chosen on the other folds, they beat the
        # best single policy chosen on the other folds.
        honest = [results[f"{n}, chosen on the other folds"]["dyad"]["f"]
                  for n in ("per-type adds over one veto", "best single policy")]
        if honest[0] > honest[1]:
            veto, typed = best_per_type_adds(windows, contexts, results, base)
            name = f"veto<{veto}, per-type adds, sentence roles (chosen on all train folds)"
            every[name] = typed
            more, _ = run(windows, contexts, {name: typed})
            results.update(more)
        report["per_type"] = chosen
        best = gate_checked(results, every, train.SHIPPED) if args.gate_check else best_single(results)
        if args.gate_check:
            name, info = with_type_vetoes(every[best], chosen, train.SHIPPED)  # type: ignore[arg-type]
            more, _ = run(windows, contexts, {name: info})
            if more[name]["dyad"]["f"] > results[best]["dyad"]["f"]:
                results.update(more)
                every[name], best = info, name
        report["chosen"] = {"policy": best, **info_meta(every[best])}  # type: ignore[arg-type]
        print(f"chosen on train: {best}")
    results.update(model_alone(windows, detectors, fold))
    show(results)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.policy_out and split == "train":
        args.policy_out.write_text(json.dumps(report["chosen"], indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    if args.scores:
        table = json.loads((train.HERE / "scores.json").read_text(encoding="utf-8")).get("policies", {})
        keys = {*KEY_ROWS, *extra, report.get("chosen", {}).get("policy", "")}
        table[f"{split} ({args.variant if split == 'train' else 'shipped model'})"] = compact(results, keys)
        train.write_scores(table, "policies")


if __name__ == "__main__":
    main()
