"""Train the learned role picker (``ghatna.models.events.role_model``) on the train split.

    .venv/bin/python training/events/train_role_picker.py [--config training/events/role_picker.json]
        [--cache /tmp/role-docs.pkl] [--ship]

Runs the pipeline (without ``role_model``) over every train window of ``training/annotations``
and, for every telling lexicon trigger of an annotated sentence, labels each actor of the
sentence as the source, the target or neither of the gold events of the trigger's type whose
trigger overlaps it (by the gold actors' words). Windows are split by a hash of their name:
one in ``heldout_every`` is held out. A multinomial logistic regression (numpy, L2, full-batch
gradient descent) is fitted on the rest; on the held-out windows the dyad precision, recall
and F of the rules are compared with those of the rules plus the picker at each threshold of
the config, and the best threshold is kept. ``--ship`` refits on all train windows and writes
``src/ghatna/models/events/role_picker.json`` with that threshold when the held-out F gained.
The dev split is never read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
from collections import Counter
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ghatna.api import extract
from ghatna.document import Document, Event
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.scoring import pair_events
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.events import sentence_view, telling_triggers
from ghatna.extraction.lexicon import build_resources
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.triggers import phrases_in
from ghatna.models.events.role_model import LABELS, MODEL_PATH, RolePicker, picked_events, trigger_rows
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings

HERE = Path(__file__).parent


@cache
def rule_resources() -> tuple[Any, Any]:
    return build_date_finder(Settings()), build_resources(Settings())


def is_heldout(window: str, every: int) -> bool:
    return int(hashlib.md5(window.encode()).hexdigest(), 16) % every == 0


def window_docs(annotations: Path, cache: Path | None) -> list[tuple[str, list[ann.AnnotatedSentence], Document]]:
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    settings = Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "role_model"))
    pipeline = Pipeline(settings)
    sentences = [s for s in ann.load_sentences(annotations) if s.split == "train"]
    out = []
    for window, group in sorted(ann.windows(sentences).items()):
        gold = ann.gold_of_window(window, group)
        doc = extract(ann.window_text(group), source=gold.file, published=ann.window_published(group),
                      html=False, pipeline=pipeline)
        out.append((window, group, doc))
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def actor_spans(sentence: ann.AnnotatedSentence, actor: ann.Actor | None, offset: int) -> list[tuple[int, int]]:
    """Where the gold actor's words stand in the body (every occurrence in its sentence)."""
    if actor is None or not actor.text:
        return []
    spans, at = [], sentence.text.find(actor.text)
    while at >= 0:
        spans.append((offset + at, offset + at + len(actor.text)))
        at = sentence.text.find(actor.text, at + 1)
    return spans


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def labelled_rows(window_group: list[ann.AnnotatedSentence], doc: Document) -> list[tuple[list[str], int]]:
    """(features, label) for every actor of every telling trigger of the window's sentences."""
    finder, res = rule_resources()
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    base = window_group[0].start
    rows: list[tuple[list[str], int]] = []
    for sentence in window_group:
        offset = sentence.start - base
        if doc.body[offset: offset + len(sentence.text)] != sentence.text:
            offset = doc.body.find(sentence.text)
            if offset < 0:
                continue
        for sent in doc.sentences:
            if not (offset <= sent.start < offset + len(sentence.text)):
                continue
            first, last = index_range(doc, sent)
            if not phrases_in(doc, first, last):
                continue
            view = sentence_view(doc, sent, finder, res)
            for trig in telling_triggers(view, quotes):
                golds = [e for e in sentence.events if e.type == trig.trigger.plover and (
                    e.trigger is None or overlaps((trig.start, trig.end), [(offset + e.trigger[0], offset + e.trigger[1])]))]
                sources = [sp for e in golds for sp in actor_spans(sentence, e.source, offset)]
                targets = [sp for e in golds for sp in actor_spans(sentence, e.target, offset)]
                slots, feats = trigger_rows(view, trig, quotes)
                for slot, f in zip(slots, feats, strict=True):
                    span = (doc.tokens[slot.first].start, doc.tokens[slot.last - 1].end)
                    rows.append((f, 1 if overlaps(span, sources) else 2 if overlaps(span, targets) else 0))
    return rows


def fit(rows: list[tuple[list[str], int]], config: Mapping[str, Any], threshold: float) -> RolePicker:
    counts = Counter(f for feats, _ in rows for f in set(feats))
    names = sorted(f for f, n in counts.items() if n >= config["min_count"])
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (feats, _) in enumerate(rows):
        for f in feats:
            if f in index:
                x[i, index[f]] = 1.0
    y = np.eye(len(LABELS))[[label for _, label in rows]]
    w, b = np.zeros((len(names), len(LABELS))), np.zeros(len(LABELS))
    lr, l2, n = config["learning_rate"], config["l2"], len(rows)
    m_w, v_w, m_b, v_b = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b))
    for step in range(1, config["epochs"] + 1):  # Adam on the mean cross-entropy plus L2
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g_w, g_b = x.T @ (p - y) / n + l2 * w / n, (p - y).mean(axis=0)
        m_w, v_w = 0.9 * m_w + 0.1 * g_w, 0.999 * v_w + 0.001 * g_w ** 2
        m_b, v_b = 0.9 * m_b + 0.1 * g_b, 0.999 * v_b + 0.001 * g_b ** 2
        corr = np.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step)
        w -= lr * corr * m_w / (np.sqrt(v_w) + 1e-8)
        b -= lr * corr * m_b / (np.sqrt(v_b) + 1e-8)
    return RolePicker(config["name"], config["version"], index, w, b, threshold)


def picker_events(items: list[tuple[str, list[ann.AnnotatedSentence], Document]], picker: RolePicker) -> list[list[Event]]:
    """The events the picker adds to each window at any score (its confidence is the score)."""
    finder, res = rule_resources()
    return [picked_events(doc, picker, finder, res, 0.0) for _, _, doc in items]


def dyad_scores(items: list[tuple[str, list[ann.AnnotatedSentence], Document]],
                extras: list[list[Event]], threshold: float) -> tuple[float, float, float, int]:
    """Dyad P, R, F over the windows (as ``ghatna eval``) with the added events scored at least
    ``threshold``, and how many were added."""
    paired = found = required = hits = added = 0
    for (window, group, doc), extra in zip(items, extras, strict=True):
        gold = ann.gold_of_window(window, group)
        saved, kept = doc.events, [e for e in extra if e.confidence >= threshold]
        doc.events = sorted(saved + kept, key=lambda e: e.evidence.start)
        events = [e for e in doc.to_record().get("events") or [] if isinstance(e, Mapping)]
        doc.events = saved
        pairs = pair_events(gold.events, events, "dyad")
        need = [i for i, g in enumerate(gold.events) if g.required]
        paired, found, added = paired + len(pairs), found + len(events), added + len(kept)
        required, hits = required + len(need), hits + sum(1 for i in need if i in pairs)
    p, r = paired / max(found, 1), hits / max(required, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotations", type=Path, default=Path("training/annotations"))
    parser.add_argument("--config", type=Path, default=HERE / "role_picker.json")
    parser.add_argument("--cache", type=Path, help="pickle of the pipeline's documents, reused when present")
    parser.add_argument("--ship", action="store_true", help="refit on all train windows and ship the picker")
    args = parser.parse_args()
    config = json.loads(args.config.read_text(encoding="utf-8"))
    items = window_docs(args.annotations, args.cache)
    held = [it for it in items if is_heldout(it[0], config["heldout_every"])]
    rest = [it for it in items if not is_heldout(it[0], config["heldout_every"])]
    fit_rows = [r for _, group, doc in rest for r in labelled_rows(group, doc)]
    print(f"windows: {len(rest)} fit, {len(held)} held out; fit rows {len(fit_rows)} "
          f"({Counter(label for _, label in fit_rows)})")
    picker = fit(fit_rows, config, 1.0)
    p, r, f, _ = dyad_scores(held, [[] for _ in held], 1.0)
    extras = picker_events(held, picker)
    print(f"held-out rules alone: dyad P {p:.3f} R {r:.3f} F {f:.3f}", flush=True)
    best = (f, 1.01)
    for t in config["thresholds"]:
        p, r, f2, added = dyad_scores(held, extras, t)
        print(f"held-out rules + picker >= {t}: dyad P {p:.3f} R {r:.3f} F {f2:.3f} ({added} events added)", flush=True)
        best = max(best, (f2, t))
    print(f"best threshold {best[1]} (F {best[0]:.3f} against {f:.3f})", flush=True)
    if args.ship and best[1] <= 1.0:
        all_rows = fit_rows + [r for _, group, doc in held for r in labelled_rows(group, doc)]
        shipped = fit(all_rows, config, best[1])
        MODEL_PATH.write_text(json.dumps(shipped.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"shipped {shipped.rule} ({len(shipped.features)} features) to {MODEL_PATH}", flush=True)


if __name__ == "__main__":
    main()
