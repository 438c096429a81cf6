"""Train the trigger tagger: where a sentence tells an event, and of which PLOVER type, as BIO
tags over its words (spaCy ``tok2vec`` + ``tagger``, ``tagger.cfg``), and ship it into the
package for the ``event_tagger`` stage (``ghatna.models.events.tagger``).

    python training/events/train_tagger.py                   # train on the train split, ship
    python training/events/train_tagger.py --folds 4         # out-of-fold models for tagger_eval.py
    python training/events/train_tagger.py --steps 20 --no-ship --out /tmp/x   # a smoke run

Data (all under the project's licence; see NOTICE): the trigger span of every event of the
project's annotations of real news (split ``train`` only; ``dev`` is never trained or tuned on)
and of its written sentences, tagged on the sentence's tokens (``B-<type>`` on the first,
``I-<type>`` on the rest); every example sentence of the trigger lexicon with its own phrase
tagged; the blockers' examples, the written hard negatives (``negatives.txt``) and sentences
without events all ``O``. One train window in five is ``tune`` (spaCy's checkpoint choice, by
trigger F); with ``--folds``, fold ``i``'s model never sees fold ``i``'s windows (the folds of
``crossval.py``). Needs ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import crossval
import spacy
import train
from spacy.cli.train import train as spacy_train
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from ghatna.evaluate.annotations import AnnotatedSentence, load_sentences
from ghatna.extraction.triggers import BLOCKER, load_triggers
from ghatna.models.events.features import tagger_words
from ghatna.text.tokens import Token, tokenize

HERE = train.HERE
CONFIG = HERE / "tagger.cfg"
OUTPUT = train.OUTPUT / "tagger"
SHIPPED = train.ROOT / "src" / "ghatna" / "models" / "events" / "tagger"
NAME, VERSION = "ghatna-event-tagger", "1.0"
POLICY = HERE / "tagger_policy.json"  # the stage's thresholds, chosen on the train folds by tagger_eval.py
Tagged = tuple[list[str], list[str]]  # words, tags


def span_tags(tokens: list[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the tokens for character spans with their types (the first span on a token wins)."""
    tags = ["O"] * len(tokens)
    for start, end, plover in spans:
        inside = [k for k, t in enumerate(tokens) if t.start < end and t.end > start]
        if inside and all(tags[k] == "O" for k in inside):
            tags[inside[0]] = f"B-{plover}"
            for k in inside[1:]:
                tags[k] = f"I-{plover}"
    return tags


def sentence_tagged(s: AnnotatedSentence) -> Tagged:
    tokens = tokenize(s.text)
    spans = [] if s.skip else [(e.trigger[0], e.trigger[1], e.type) for e in s.events if e.trigger]
    return tagger_words(tokens), span_tags(tokens, spans)


def lexicon_tagged() -> list[Tagged]:
    """Every lexicon example with its own phrase tagged (a blocker's example: all O)."""
    lexicon = load_triggers()
    out = []
    for trig in lexicon.triggers:
        if not trig.example:
            continue
        tokens = tokenize(trig.example)
        hits = [] if trig.plover == BLOCKER else [m for m in lexicon.find(tokens, 0, len(tokens))
                                                  if m.trigger.plover == trig.plover]
        out.append((tagger_words(tokens), span_tags(tokens, [(m.start, m.end, trig.plover) for m in hits[:1]])))
    return out


def negatives_tagged() -> list[Tagged]:
    return [(tagger_words(tokens), ["O"] * len(tokens))
            for tokens in (tokenize(text) for text, _ in train.written_negatives())]


def collect(sentences: list[AnnotatedSentence], fold: int | None = None, folds: int = 4) -> dict[str, list[Tagged]]:
    """fit and tune examples (fold: leave that fold's windows out of both)."""
    real = [s for s in sentences if s.split == "train" and not s.written
            and (fold is None or crossval.fold_of(s.window, folds) != fold)]
    return {"fit": [sentence_tagged(s) for s in real if not train.is_tune(s.window)]
            + [sentence_tagged(s) for s in sentences if s.written] + lexicon_tagged() + negatives_tagged(),
            "tune": [sentence_tagged(s) for s in real if train.is_tune(s.window)]}


def write_corpus(data: dict[str, list[Tagged]], corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for part, examples in data.items():
        docs = [Doc(vocab, words=words, tags=tags) for words, tags in examples if words]
        DocBin(docs=docs, attrs=["ORTH", "TAG"]).to_disk(corpus / f"{'train' if part == 'fit' else part}.spacy")
        counts = Counter(t[2:] for _, tags in examples for t in tags if t.startswith("B-"))
        print(f"{part}: {len(docs)} sentences, {sum(counts.values())} triggers; {dict(counts)}")


def tag_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Spans of BIO tags: a B- (or a stray I-) opens one, I- of its type goes on it."""
    spans, open_at, kind = set(), -1, ""
    for k, tag in enumerate([*tags, "O"]):
        if open_at >= 0 and tag != f"I-{kind}":
            spans.add((open_at, k, kind))
            open_at = -1
        if tag.startswith("B-") or (tag.startswith("I-") and open_at < 0):
            open_at, kind = k, tag[2:]
    return spans


@spacy.registry.scorers("ghatna.trigger_scorer.v1")
def make_trigger_scorer() -> Any:
    return score_triggers


def score_triggers(examples: Iterable[Any], **_cfg: Any) -> dict[str, float]:
    """Micro precision and recall of trigger spans, a span matching one of its type that shares a
    word with it (the annotated spans' edges vary: "चेतावनी दी", "चेतावनी दी है"; an event is
    matched by its type and sides, not by its trigger's edges), and their F."""
    found = correct = gold_n = gold_hit = 0
    for eg in examples:
        gold = tag_spans([t.tag_ or "O" for t in eg.reference])
        got = tag_spans([t.tag_ or "O" for t in eg.predicted])
        found, gold_n = found + len(got), gold_n + len(gold)
        correct += sum(any(overlaps(a, b) for b in gold) for a in got)
        gold_hit += sum(any(overlaps(a, b) for b in got) for a in gold)
    p, r = correct / found if found else 0.0, gold_hit / gold_n if gold_n else 0.0
    return {"trigger_p": p, "trigger_r": r, "trigger_f": 2 * p * r / (p + r) if p + r else 0.0}


def overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[2] == b[2] and a[0] < b[1] and b[0] < a[1]


def train_model(corpus: Path, output: Path, steps: int | None) -> Path:
    shutil.rmtree(output / "model-best", ignore_errors=True)
    shutil.rmtree(output / "model-last", ignore_errors=True)
    overrides: dict[str, Any] = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "tune.spacy")}
    if steps:
        overrides["training.max_steps"] = steps
        overrides["training.eval_frequency"] = max(1, min(200, steps // 2))
    spacy_train(CONFIG, output, overrides=overrides)
    for model in (output / "model-best", output / "model-last"):
        plain_scorer(model)
    return output / "model-best"


def plain_scorer(model: Path) -> None:
    """The saved model names spaCy's own tagger scorer, so that it loads without this script."""
    config = model / "config.cfg"
    if config.exists():
        text = config.read_text(encoding="utf-8")
        config.write_text(text.replace('"ghatna.trigger_scorer.v1"', '"spacy.tagger_scorer.v1"'), encoding="utf-8")


def ship(model: Path, scores: dict[str, Any]) -> None:
    """Copy the model into the package with what produced it and the stage's thresholds."""
    shutil.rmtree(SHIPPED, ignore_errors=True)
    shutil.copytree(model, SHIPPED)
    policy = json.loads(POLICY.read_text(encoding="utf-8")) if POLICY.exists() else {}
    meta = {"name": NAME, "version": VERSION, "architecture": "tok2vec + tagger (tagger.cfg)", **policy,
            "data": "ghatna annotations of real Hindi news (train split), written sentences, trigger lexicon examples",
            "annotation_files": [p.name for p in sorted(train.ANNOTATIONS.glob("*.jsonl"))], "scores": scores}
    (SHIPPED / "ghatna.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"shipped the tagger to {SHIPPED} ({train.model_size(SHIPPED)} MB)")


def tune_scores(model: Path, corpus: Path) -> dict[str, Any]:
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    return {k: v for k, v in meta.get("performance", {}).items() if k.startswith("trigger_")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=0, help="train out-of-fold models, ship nothing")
    parser.add_argument("--only", type=int, nargs="*", default=None, help="with --folds: these folds only")
    parser.add_argument("--steps", type=int, default=None, help="override training.max_steps (smoke runs)")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--no-ship", action="store_true")
    parser.add_argument("--policy-only", action="store_true", help="give the shipped tagger tagger_policy.json")
    args = parser.parse_args()
    if args.policy_only:
        meta = json.loads((SHIPPED / "ghatna.json").read_text(encoding="utf-8"))
        meta.update(json.loads(POLICY.read_text(encoding="utf-8")))
        (SHIPPED / "ghatna.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    sentences = load_sentences(train.ANNOTATIONS)
    if args.folds:
        for fold in args.only if args.only is not None else range(args.folds):
            out = args.out / f"fold{fold}"
            write_corpus(collect(sentences, fold, args.folds), out / "corpus")
            print(f"fold {fold}: {train_model(out / 'corpus', out, args.steps)}")
        return
    write_corpus(collect(sentences), args.out / "corpus")
    model = train_model(args.out / "corpus", args.out, args.steps)
    scores = tune_scores(model, args.out / "corpus")
    print(f"tune: {scores}")
    if not args.no_ship:
        ship(model, scores)


if __name__ == "__main__":
    main()
