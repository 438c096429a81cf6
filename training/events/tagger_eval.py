"""The trigger tagger measured out of fold on the train split: rules alone against rules + the
``event_tagger`` stage, at the dyad level (``ghatna eval``'s matching) and the sentence level
(PLOVER types of each annotated sentence), for a grid of thresholds; the threshold is chosen on
the train folds only (and, for an honest figure, on the other folds for each fold).

    python training/events/train_tagger.py --folds 4 --out /tmp/tagger-cv     # out-of-fold models
    python training/events/tagger_eval.py --models /tmp/tagger-cv --cache /tmp/train.pkl \\
        [--policy-out tagger_policy.json] [--scores]
    python training/events/tagger_eval.py --dev src/ghatna/models/events/tagger          # dev: report only

The rule stages run once per window (as ``policies.py``, without the ``event_model`` stage);
the tagger stage then runs on a copy of each window's document once per threshold, the tags
memoised per sentence.
"""

from __future__ import annotations

import argparse
import copy
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import crossval
import policies
import train

from ghatna.document import Event
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.lexicon import build_resources
from ghatna.models.events.detector import EventDetector, Thresholds
from ghatna.models.events.features import tagger_words
from ghatna.models.events.tagger import FoundTrigger, TaggerInfo, TriggerTagger, event_tagger_stage
from ghatna.pipeline import Context, Pipeline
from ghatna.settings import DEFAULT_STAGES
from ghatna.text.tokens import tokenize

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
RULES = "rules alone"


class CachedTagger:
    """A tagger whose triggers are memoised per input, with a settable policy."""

    def __init__(self, tagger: TriggerTagger) -> None:
        self.tagger, self.info = tagger, tagger.info
        self.memo: dict[tuple[str, ...], list[FoundTrigger]] = {}

    def triggers(self, inputs: list[list[str]]) -> list[list[FoundTrigger]]:
        missing = list({tuple(words) for words in inputs} - self.memo.keys())
        for key, found in zip(missing, self.tagger.triggers([list(k) for k in missing]), strict=True):
            self.memo[key] = found
        return [self.memo[tuple(words)] for words in inputs]


CONFIRM = (0.3, 0.5, 0.7)


def grid(base: TaggerInfo, confirm: bool) -> dict[str, TaggerInfo]:
    """Thresholds of the tagger alone, then (``confirm``: with the event detector's fold models)
    confirmed by the detector's probability of the type, and only where the rules told nothing."""
    out = {}
    for v in GRID:
        out[f"tagger>={v}, sentence roles"] = TaggerInfo(base.name, base.version, Thresholds(v), True)
        out[f"tagger>={v}, role finder only"] = TaggerInfo(base.name, base.version, Thresholds(v), False)
        out[f"tagger>={v}, sentence roles, where none"] = TaggerInfo(base.name, base.version, Thresholds(v), True,
                                                                     where_none=True)
        for c in CONFIRM if confirm else ():
            out[f"tagger>={v}, sentence roles, detector>={c}"] = TaggerInfo(
                base.name, base.version, Thresholds(v), True, confirm_above=Thresholds(c))
            out[f"tagger>={v}, sentence roles, detector>={c}, where none"] = TaggerInfo(
                base.name, base.version, Thresholds(v), True, confirm_above=Thresholds(c), where_none=True)
    return out


def events_with(windows: list[policies.Window], contexts: list[Context], info: TaggerInfo | None) -> list[list[Event]]:
    out = []
    for window, ctx in zip(windows, contexts, strict=True):
        if info is None:
            out.append(window.doc.events)
            continue
        ctx._cache["event_tagger"].info = info
        doc = copy.copy(window.doc)
        doc.events = [copy.copy(e) for e in window.doc.events]
        doc.done = list(doc.done)
        out.append(event_tagger_stage(doc, ctx).events)
    return out


def run(windows: list[policies.Window], contexts: list[Context], every: dict[str, TaggerInfo | None]
        ) -> tuple[dict[str, Any], dict[str, list[list[Event]]]]:
    results, events = {}, {}
    for name, info in every.items():
        events[name] = events_with(windows, contexts, info)
        results[name] = row = policies.scores(windows, events[name])
        print(f"{name:40s} dyad P {row['dyad']['p']:.3f} R {row['dyad']['r']:.3f} F {row['dyad']['f']:.3f} "
              f"({row['dyad']['out']} out) | sentence P {row['sentence']['p']:.3f} R {row['sentence']['r']:.3f} "
              f"F {row['sentence']['f']:.3f}", flush=True)
    return results, events


def best_single(results: dict[str, Any]) -> str:
    return max((n for n in results if n.startswith("tagger>=")), key=lambda n: results[n]["dyad"]["f"])


def per_type(results: dict[str, Any], best: str) -> dict[str, float]:
    """Per type, the tagger threshold with the best dyad F of the type, the rest of the policy
    as in ``best`` (none where no threshold beats the rules)."""
    rest = best.split(", ", 1)[1]
    return policies.per_type_choice(results, {f"tagger>={v}, {rest}": v for v in GRID}, RULES)


def nested(windows: list[policies.Window], contexts: list[Context], events: dict[str, list[list[Event]]],
           every: dict[str, TaggerInfo], fold: Callable[[str], int], folds: int) -> dict[str, Any]:
    """Thresholds chosen on the other folds, applied to each fold: the honest figure."""
    single: list[list[Event]] = [[] for _ in windows]
    typed: list[list[Event]] = [[] for _ in windows]
    for k in range(folds):
        inside = [i for i, w in enumerate(windows) if fold(w.name) != k]
        held = [i for i, w in enumerate(windows) if fold(w.name) == k]
        results = {name: policies.scores([windows[i] for i in inside], [evs[i] for i in inside])
                   for name, evs in events.items()}
        best = best_single(results)
        info = replace(every[best], add_above=Thresholds(policies.NONE, per_type(results, best)))
        got = events_with([windows[i] for i in held], [contexts[i] for i in held], info)
        for i, evs in zip(held, got, strict=True):
            single[i], typed[i] = events[best][i], evs
        print(f"fold {k}: on the other folds {best}; per type {info.add_above.by_type}")
    return {"best single threshold, chosen on the other folds": policies.scores(windows, single),
            "per-type thresholds, chosen on the other folds": policies.scores(windows, typed)}


def policy_meta(info: TaggerInfo) -> dict[str, Any]:
    """A policy as the tagger's ghatna.json holds it."""
    return {"add_above": {"default": info.add_above.default, **info.add_above.by_type},
            "sentence_roles": info.sentence_roles, "add_roles": info.add_roles,
            "confirm_above": {"default": info.confirm_above.default, **info.confirm_above.by_type},
            "where_none": info.where_none}


def tagger_alone(windows: list[policies.Window], taggers: dict[int, CachedTagger], fold: Callable[[str], int]
                 ) -> dict[str, Any]:
    """The tagger's own sentence types (the types of the triggers it finds) at each threshold."""
    gold = [types for w in windows for types in policies.gold_types(w)]
    found = [taggers[fold(w.name)].triggers([tagger_words(tokenize(s.text)) or ["<empty>"] for s in w.sentences])
             for w in windows]
    out = {}
    for v in GRID:
        got = [{h.plover for h in hits if h.probability >= v} for per_window in found for hits in per_window]
        out[f"tagger alone (sentence types) >= {v}"] = {"sentence": policies.sentence_scores(gold, got)}
    return out


def load_taggers(models: Path | None, dev: Path | None, folds: int) -> dict[int, CachedTagger]:
    if dev is not None:
        return {0: CachedTagger(TriggerTagger(dev))}
    assert models is not None
    out = {}
    for k in range(folds):
        model = models / f"fold{k}" / "model-best"
        (model / "ghatna.json").write_text(json.dumps({"name": "ghatna-event-tagger", "version": f"fold{k}"}),
                                           encoding="utf-8")
        out[k] = CachedTagger(TriggerTagger(model))
    return out


def load_detectors(kind: str, folds: int, dev: bool) -> dict[int, policies.CachedDetector] | None:
    """The event detector that confirms the tagger's triggers: the fold models of ``crossval.py``
    (``folds``), the shipped model (``shipped``: it saw every train window; dev only), or none."""
    if kind == "none":
        return None
    if kind == "shipped" or dev:
        shipped = policies.CachedDetector(EventDetector(train.SHIPPED))
        return {k: shipped for k in range(folds)}
    return policies.load_detectors("cnn_small", folds)


def fold_contexts(windows: list[policies.Window], taggers: dict[int, CachedTagger],
                  detectors: dict[int, policies.CachedDetector] | None, fold: Callable[[str], int],
                  pipeline: Pipeline) -> list[Context]:
    """Each window's context: one a fold (its tagger and detector), sharing the rule stages' resources."""
    shared = Context(pipeline.settings)
    for name, build in (("dates", build_date_finder), ("entities", build_resources)):
        shared.resource(name, build)
    by_fold = {}
    for k, tagger in taggers.items():
        by_fold[k] = Context(pipeline.settings)
        by_fold[k]._cache.update(shared._cache)
        by_fold[k]._cache["event_tagger"] = tagger
        if detectors is not None:
            by_fold[k]._cache["event_detector"] = detectors[k]
    return [by_fold[fold(w.name)] for w in windows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=Path, default=None, help="the folder of train_tagger.py --folds")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--dev", type=Path, default=None, help="a tagger to report on the dev split")
    parser.add_argument("--detectors", choices=["folds", "shipped", "none"], default="folds",
                        help="the event detector confirming triggers (folds: crossval.py's cnn_small models)")
    parser.add_argument("--after-detector", action="store_true",
                        help="the baseline is the rules and the event_model stage (its shipped policy, the --detectors models)")
    parser.add_argument("--cache", type=Path, default=None, help="keep the rules' documents in this file")
    parser.add_argument("--policy-out", type=Path, default=None)
    parser.add_argument("--scores", action="store_true", help="add the table to scores.json (tagger)")
    args = parser.parse_args()
    pipeline = Pipeline(stages=DEFAULT_STAGES[:DEFAULT_STAGES.index("event_model")])
    split = "dev" if args.dev else "train"
    windows = policies.load_windows(split, pipeline, args.cache)
    taggers = load_taggers(args.models, args.dev, args.folds)
    fold: Callable[[str], int] = (lambda _n: 0) if args.dev else (lambda n: crossval.fold_of(n, args.folds))
    detectors = load_detectors(args.detectors, args.folds, bool(args.dev))
    contexts = fold_contexts(windows, taggers, detectors, fold, pipeline)
    if args.after_detector and detectors is not None:
        for window, ctx in zip(windows, contexts, strict=True):  # the event_model stage first, as the pipeline runs
            window.doc.events = policies.with_policy(window, ctx)
    base = taggers[0].info
    every: dict[str, TaggerInfo | None] = {RULES: None, **({"shipped policy": base} if args.dev
                                                           else grid(base, detectors is not None))}
    print(f"{split}: {len(windows)} windows")
    results, events = run(windows, contexts, every)
    if split == "train":
        grid_infos = {n: i for n, i in every.items() if i is not None}
        results.update(nested(windows, contexts, events, grid_infos, fold, args.folds))
        best = best_single(results)
        chosen = {"policy": best, **policy_meta(grid_infos[best])}
        print(f"chosen on train: {best}")
        if args.policy_out:
            args.policy_out.write_text(json.dumps(chosen, indent=1) + "\n", encoding="utf-8")
    results.update(tagger_alone(windows, taggers, fold))
    policies.show(results)
    if args.scores:
        table = json.loads((train.HERE / "scores.json").read_text(encoding="utf-8")).get("tagger", {})
        table[split] = policies.compact(results, {RULES, "shipped policy", *[n for n in results if "chosen" in n]})
        train.write_scores(table, "tagger")


if __name__ == "__main__":
    main()
