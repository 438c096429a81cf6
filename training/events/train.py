"""Train the event detector: for a sentence, which PLOVER types it reports (spaCy
``textcat_multilabel``), and ship the chosen model into the package.

    python training/events/train.py                 # build the corpus, train bow and cnn, compare, ship the best
    python training/events/train.py --arch bow      # one architecture
    python training/events/train.py --report-dev    # also print scores on the dev split (report only)

Data (all under the project's licence; see NOTICE):
- the project's annotations of real news (``training/annotations``, split ``train`` only;
  ``dev`` is never trained or tuned on): each sentence labelled with the types of its events,
  sentences without events as negatives, page clutter (``skip``) as negatives;
- the project's written sentences (``written: true``, always train), hard negatives included;
- every example sentence of the trigger lexicon (``src/ghatna/data/triggers.tsv``) with its
  type, and the blockers' examples as negatives;
- the hard negatives written for the detector (``negatives.txt``: accidents, disasters,
  disease counts, weather, sports, markets), as negatives.

Train windows are cut into ``fit`` and ``tune`` (one in five windows, by hash): spaCy trains
on ``fit`` and keeps the model that scores best on ``tune``. Architectures are compared by
micro-F on ``tune`` and by speed; with ``--report-dev`` also on ``dev``. Needs ``../shared``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

import spacy
from spacy.cli.train import train as spacy_train
from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer
from spacy.tokens import Doc, DocBin
from spacy.training import loop as spacy_loop
from spacy.training import validate_examples
from spacy.vocab import Vocab

from ghatna.evaluate.annotations import PLOVER_TYPES, AnnotatedSentence, load_sentences
from ghatna.extraction.triggers import BLOCKER, load_triggers
from ghatna.models.events.features import text_words
from ghatna.text.normalize import normalize_inline

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ANNOTATIONS = ROOT / "training" / "annotations"
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
SHIPPED = ROOT / "src" / "ghatna" / "models" / "events" / "model"
ARCHS = ("bow", "cnn", "cnn_small")
TUNE_SHARE = 5  # one window in five
NAME, VERSION = "ghatna-event-detector", "1.4"
# How the stage uses the probabilities (see ghatna.models.events.detector): per-type thresholds
# chosen by policies.py on the train folds (out-of-fold models of crossval.py), kept in
# policy.json: drop a lexicon event whose type the model rules out (reject_below), add an
# event of a type the model is sure of at a lexicon phrase the rules could not use
# (add_above), with roles read from the sentence when the role finder reads none
# (sentence_roles_above). Without policy.json the stage keeps every lexicon event.
POLICY = HERE / "policy.json"
NEGATIVES = HERE / "negatives.txt"  # written hard negatives: accidents, disasters, sports, markets
# A checkpoint is kept only when every type is alive on its own lexicon examples: at most
# ALIVE_SHARE of a type's examples under ALIVE_FLOOR (what tests/test_models_events.py checks).
# The tune set's micro F and macro AUC alone kept checkpoints in which a type whose lexicon
# words are mostly used without its event in real news (COOPERATE: सहयोग, साझेदारी, अभ्यास) was
# ruled out everywhere: AUC ranks, it does not see a type's probabilities all pushed under 0.05.
ALIVE_FLOOR, ALIVE_SHARE = 0.05, 0.1
# The rarer types' fit sentences are repeated towards BALANCE_TO positives a type (at most
# MAX_REPEATS times; 0: no repetition), so that they are learnt in the steps the frequent ones take.
BALANCE_TO, MAX_REPEATS = 300, 3
DEFAULT_THRESHOLDS: dict[str, Any] = {"reject_below": 0.0, "confirm_below": 0.0, "add_above": 1.01,
                                      "add_bare_above": 1.01, "sentence_roles_above": 1.01}
Example = tuple[str, set[str]]


def is_tune(window: str) -> bool:
    return int(hashlib.sha1(window.encode()).hexdigest(), 16) % TUNE_SHARE == 0


def labelled(sentences: Iterable[AnnotatedSentence]) -> list[Example]:
    return [(normalize_inline(s.text) or "", set() if s.skip else {e.type for e in s.events}) for s in sentences]


def lexicon_examples() -> list[Example]:
    lexicon = load_triggers()
    return [(t.example, set() if t.plover == BLOCKER else {t.plover}) for t in lexicon.triggers if t.example]


def written_negatives() -> list[Example]:
    """The hard negatives written for the detector (``negatives.txt``): sentences of no event."""
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines() if NEGATIVES.exists() else []
    return [(line.strip(), set()) for line in lines if line.strip() and not line.startswith("#")]


def collect(lexicon_features: bool) -> dict[str, list[Example]]:
    """fit, tune and dev examples (dev only for reports)."""
    sentences = load_sentences(ANNOTATIONS)
    real_train = [s for s in sentences if s.split == "train" and not s.written]
    return {
        "fit": labelled(s for s in real_train if not is_tune(s.window)) + labelled(s for s in sentences if s.written)
        + lexicon_examples() + written_negatives(),
        "tune": labelled(s for s in real_train if is_tune(s.window)),
        "dev": labelled(s for s in sentences if s.split == "dev" and not s.written),
    }


def to_doc(vocab: Vocab, text: str, types: set[str], lexicon_features: bool) -> Doc:
    doc = Doc(vocab, words=text_words(text, lexicon=lexicon_features))
    doc.cats = {t: float(t in types) for t in PLOVER_TYPES}
    return doc


def balanced(examples: list[Example], to: int | None = None) -> list[Example]:
    """The fit examples with those of the rarer types repeated: an example is taken
    round(to / n) times (at most MAX_REPEATS), n the fit count of its rarest type, so that every
    type has about ``to`` (BALANCE_TO) positive sentences where it has fewer; negatives once."""
    to = BALANCE_TO if to is None else to
    counts = Counter(t for _, types in examples for t in types)
    out: list[Example] = []
    for text, types in examples:
        times = max((min(MAX_REPEATS, max(1, round(to / counts[t]))) for t in types), default=1)
        out += [(text, types)] * times
    return out


def write_corpus(data: dict[str, list[Example]], lexicon_features: bool, corpus: Path | None = None) -> None:
    corpus = corpus or CORPUS
    corpus.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    data = {part: balanced(examples) if part == "fit" and BALANCE_TO else examples for part, examples in data.items()}
    for part, examples in data.items():
        DocBin(docs=[to_doc(vocab, text, types, lexicon_features) for text, types in examples]).to_disk(
            corpus / f"{'train' if part == 'fit' else part}.spacy")
        counts = Counter(t for _, types in examples for t in types)
        print(f"{part}: {len(examples)} sentences, {sum(1 for _, t in examples if t)} with events; {dict(counts)}")


def dead_types(nlp: Any, examples: list[Example], lexicon_features: bool) -> dict[str, float]:
    """The types ruled out on their own examples: type -> share of its examples under ALIVE_FLOOR,
    for the types where that share is above ALIVE_SHARE."""
    textcat = nlp.get_pipe("textcat_multilabel")
    docs = [Doc(nlp.vocab, words=text_words(text, lexicon=lexicon_features)) for text, _ in examples]
    rows = textcat.predict(docs).tolist() if docs else []
    low: Counter[str] = Counter()
    have: Counter[str] = Counter()
    for row, (_, types) in zip(rows, examples, strict=True):
        probs = dict(zip(textcat.labels, row, strict=True))
        for t in types:
            have[t] += 1
            low[t] += probs.get(t, 0.0) < ALIVE_FLOOR
    return {t: round(low[t] / n, 3) for t, n in sorted(have.items()) if low[t] > ALIVE_SHARE * n}


class AliveCheckpoints:
    """While spaCy trains, an evaluation's score (micro F and macro AUC on tune, in 0..1) is
    lowered by one when a type is dead on its own examples (``dead_types``), so the checkpoint
    kept as model-best has every type alive whenever one of the evaluated checkpoints has
    (spaCy keeps the best score); among the dead ones the best on tune still leads, so that
    patience runs from the last improvement, not from an untrained model that gives every type
    about 0.5."""

    def __init__(self, examples: list[Example], lexicon_features: bool) -> None:
        self.examples, self.lexicon_features = examples, lexicon_features
        self.original = spacy_loop.create_evaluation_callback

    def create(self, nlp: Any, dev_corpus: Any, weights: dict[str, float]) -> Any:
        evaluate = self.original(nlp, dev_corpus, weights)

        def with_floor() -> tuple[float, dict[str, float]]:
            score, scores = evaluate()
            dead = dead_types(nlp, self.examples, self.lexicon_features)
            if dead:
                print(f"  dead on their own examples (share under {ALIVE_FLOOR}): {dead}", flush=True)
            return score - (1.0 if dead else 0.0), {**scores, "dead_types": float(len(dead))}
        return with_floor

    def __enter__(self) -> Self:
        spacy_loop.create_evaluation_callback = self.create
        return self

    def __exit__(self, *_exc: object) -> None:
        spacy_loop.create_evaluation_callback = self.original


def cross_entropy_loss(self: Any, examples: Any, scores: Any) -> tuple[float, Any]:
    """The textcat's loss and gradient as cross-entropy. spaCy's own gradient is that of the
    squared error of the probabilities, which the output's logistic multiplies by p(1 - p):
    a type pushed near 0 by the many sentences without it (its lexicon words told without its
    event) gets almost no gradient from its own examples and stays dead for thousands of steps
    (SUPPORT from step 400 to the end in one fold, COOPERATE in the checkpoint of batches 1-20).
    Divided by p(1 - p), the gradient the model's weights get is p - truth, as for cross-entropy."""
    validate_examples(examples, "textcat_multilabel cross-entropy")
    self._validate_categories(examples)
    truths, not_missing = self._examples_to_truth(examples)
    ops = self.model.ops
    truths, not_missing = ops.asarray(truths), ops.asarray(not_missing)
    slope = ops.xp.maximum(scores * (1.0 - scores), 1e-6)
    d_scores = (scores - truths) / slope * not_missing
    p = ops.xp.clip(scores, 1e-7, 1 - 1e-7)
    loss = -(truths * ops.xp.log(p) + (1 - truths) * ops.xp.log(1 - p)) * not_missing
    return float(loss.mean()), d_scores


class CrossEntropy:
    """While training, textcat_multilabel learns by ``cross_entropy_loss`` (the model and the
    shipped config are spaCy's own)."""

    def __enter__(self) -> Self:
        self.original = MultiLabel_TextCategorizer.get_loss
        MultiLabel_TextCategorizer.get_loss = cross_entropy_loss  # type: ignore[method-assign]
        return self

    def __exit__(self, *_exc: object) -> None:
        MultiLabel_TextCategorizer.get_loss = self.original  # type: ignore[method-assign]


def alive_examples() -> list[Example]:
    """What every type must stay alive on: the lexicon's event examples."""
    return [(text, types) for text, types in lexicon_examples() if types]


def train_arch(arch: str, steps: int | None, corpus: Path | None = None, output: Path | None = None,
               lexicon_features: bool = True) -> Path:
    corpus = corpus or CORPUS
    out = (output or OUTPUT) / arch
    shutil.rmtree(out, ignore_errors=True)
    config = HERE / f"{arch}.cfg"
    merged = out / "config.cfg"
    out.mkdir(parents=True)
    merged.write_text((HERE / "base.cfg").read_text(encoding="utf-8") + "\n" + config.read_text(encoding="utf-8"),
                      encoding="utf-8")
    overrides: dict[str, Any] = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "tune.spacy")}
    if steps:
        overrides["training.max_steps"] = steps
    with AliveCheckpoints(alive_examples(), lexicon_features), CrossEntropy():
        spacy_train(merged, out, overrides=overrides)
    return out / "model-best"


def score(model: Path, examples: list[Example], lexicon_features: bool, threshold: float = 0.5) -> dict[str, Any]:
    """Micro and per-type precision, recall and F1 at a threshold, and milliseconds a sentence."""
    nlp = spacy.load(model)
    textcat = nlp.get_pipe("textcat_multilabel")
    docs = [Doc(nlp.vocab, words=text_words(text, lexicon=lexicon_features)) for text, _ in examples]
    began = time.perf_counter()
    docs = list(textcat.pipe(docs, batch_size=256))
    ms = 1000 * (time.perf_counter() - began) / max(1, len(docs))
    tally: Counter[tuple[str, str]] = Counter()
    for doc, (_, gold) in zip(docs, examples, strict=True):
        got = {t for t, p in doc.cats.items() if p >= threshold}
        for t in PLOVER_TYPES:
            tally[(t, "tp")] += t in got and t in gold
            tally[(t, "fp")] += t in got and t not in gold
            tally[(t, "fn")] += t not in got and t in gold
    per_type = {t: prf(tally[(t, "tp")], tally[(t, "fp")], tally[(t, "fn")]) for t in PLOVER_TYPES}
    micro = prf(*(sum(tally[(t, k)] for t in PLOVER_TYPES) for k in ("tp", "fp", "fn")))
    return {"micro": micro, "per_type": per_type, "ms_per_sentence": round(ms, 3), "sentences": len(docs)}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(2 * p * r / (p + r), 3) if p + r else 0.0, "n": tp + fn}


def write_scores(report: dict[str, Any], key: str | None = None) -> None:
    """Update scores.json: the architectures' scores (``key`` None) or one named table, keeping the rest."""
    path = HERE / "scores.json"
    scores = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if key is None:
        scores.setdefault("architectures", {}).update(report)
    else:
        scores[key] = report
    path.write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")


def model_size(model: Path) -> float:
    return round(sum(p.stat().st_size for p in model.rglob("*") if p.is_file()) / 1e6, 1)


def ship(model: Path, arch: str, report: dict[str, Any], lexicon_features: bool) -> None:
    """Copy the model into the package with what produced it (name, version, data, scores)."""
    shutil.rmtree(SHIPPED, ignore_errors=True)
    shutil.copytree(model, SHIPPED)
    policy = json.loads(POLICY.read_text(encoding="utf-8")) if POLICY.exists() else DEFAULT_THRESHOLDS
    meta = {"name": NAME, "version": VERSION, "architecture": arch, "lexicon_features": lexicon_features,
            **policy,
            "data": "ghatna annotations of real Hindi news (train split), written sentences, trigger lexicon examples",
            "annotation_files": [p.name for p in sorted(ANNOTATIONS.glob("*.jsonl"))],
            "scores": report}
    (SHIPPED / "ghatna.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"shipped {arch} to {SHIPPED} ({model_size(SHIPPED)} MB)")


def apply_policy() -> None:
    """Give the shipped model the thresholds of policy.json (chosen by policies.py after it was trained)."""
    path = SHIPPED / "ghatna.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(json.loads(POLICY.read_text(encoding="utf-8")))
    path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: policy {meta.get('policy')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", choices=[*ARCHS, "all"], default="all")
    parser.add_argument("--steps", type=int, default=None, help="override training.max_steps (smoke tests)")
    parser.add_argument("--no-lexicon-features", action="store_true", help="words only, no lexicon markers")
    parser.add_argument("--report-dev", action="store_true", help="also score on the dev split (report only)")
    parser.add_argument("--no-ship", action="store_true", help="train and compare, keep the shipped model")
    parser.add_argument("--policy-only", action="store_true",
                        help="give the shipped model the policy of policy.json, train nothing")
    args = parser.parse_args()
    if args.policy_only:
        apply_policy()
        return
    lexicon_features = not args.no_lexicon_features
    data = collect(lexicon_features)
    write_corpus(data, lexicon_features)
    report: dict[str, Any] = {}
    for arch in ARCHS if args.arch == "all" else (args.arch,):
        model = train_arch(arch, args.steps, lexicon_features=lexicon_features)
        report[arch] = {"tune": score(model, data["tune"], lexicon_features), "size_mb": model_size(model)}
        if args.report_dev:
            report[arch]["dev"] = score(model, data["dev"], lexicon_features)
    for arch, row in report.items():
        parts = [f"{split} micro F {row[split]['micro']['f']} (P {row[split]['micro']['p']}, R {row[split]['micro']['r']}), "
                 f"{row[split]['ms_per_sentence']} ms/sentence" for split in ("tune", "dev") if split in row]
        print(f"{arch}: {'; '.join(parts)}; {row['size_mb']} MB")
    write_scores(report)
    best = max(report, key=lambda a: (report[a]["tune"]["micro"]["f"], -report[a]["tune"]["ms_per_sentence"]))
    if not args.no_ship:
        ship(OUTPUT / best / "model-best", best, report[best], lexicon_features)


if __name__ == "__main__":
    main()
