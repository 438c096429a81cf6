"""Cross-validation of the event detector on the train split: out-of-fold models for
choosing how the stage uses the model (thresholds, veto, additions) without the dev split.

    python training/events/crossval.py train [--folds 4] [--arch cnn_small] [--no-lexicon-features]

Train windows are cut into ``--folds`` folds by a hash of the window name. For each fold a
model is trained on the other folds' windows (one in five of them held out as spaCy's
``tune`` set for choosing its checkpoint), the written sentences, the lexicon examples and
the written hard negatives,
exactly as ``train.py`` trains the shipped model, and kept under
``output/cv/<variant>/fold<i>/``. ``policies.py`` then reads the held-out fold with it.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import train  # training/events/train.py (run from this folder's parent or with it on sys.path)

from ghatna.evaluate.annotations import AnnotatedSentence, load_sentences

CV = train.OUTPUT / "cv"


def fold_of(window: str, folds: int) -> int:
    return int(hashlib.sha1(f"fold:{window}".encode()).hexdigest(), 16) % folds


def variant_name(arch: str, lexicon_features: bool) -> str:
    return f"{arch}{'' if lexicon_features else '-nolex'}"


def fold_dir(variant: str, fold: int) -> Path:
    return CV / variant / f"fold{fold}"


def fold_data(sentences: list[AnnotatedSentence], fold: int, folds: int) -> dict[str, list[train.Example]]:
    """fit and tune examples for the model that will read fold ``fold``."""
    real = [s for s in sentences if s.split == "train" and not s.written and fold_of(s.window, folds) != fold]
    return {
        "fit": train.labelled(s for s in real if not train.is_tune(s.window))
        + train.labelled(s for s in sentences if s.written) + train.lexicon_examples() + train.written_negatives(),
        "tune": train.labelled(s for s in real if train.is_tune(s.window)),
    }


def train_folds(arch: str, folds: int, lexicon_features: bool, steps: int | None, only: list[int] | None) -> None:
    sentences = load_sentences(train.ANNOTATIONS)
    variant = variant_name(arch, lexicon_features)
    for fold in only if only is not None else range(folds):
        out = fold_dir(variant, fold)
        train.write_corpus(fold_data(sentences, fold, folds), lexicon_features, corpus=out / "corpus")
        train.train_arch(arch, steps, corpus=out / "corpus", output=out, lexicon_features=lexicon_features)
        print(f"{variant} fold {fold}: {out / arch / 'model-best'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["train"])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--arch", choices=train.ARCHS, default="cnn_small")
    parser.add_argument("--no-lexicon-features", action="store_true")
    parser.add_argument("--steps", type=int, default=None)
    parser.add_argument("--only", type=int, nargs="*", default=None, help="train these folds only")
    args = parser.parse_args()
    train_folds(args.arch, args.folds, not args.no_lexicon_features, args.steps, args.only)


if __name__ == "__main__":
    main()
