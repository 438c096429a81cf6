"""Train the Hindi NER and ship it in the package: one command.

    .venv/bin/pip install -e ".[dev]"      # spaCy comes with the package
    .venv/bin/python training/ner/train.py [--max-steps 8000] [--pretrain]

1. ``prepare.py`` writes DocBins from IL-NER Hindi (``../shared/data/il-ner-hindi``, CC BY 4.0)
   and the train split of ``training/annotations`` (dev split held out for evaluation), and with
   ``--pretrain`` the unlabelled words of IL-NER's train sentences and ``../shared/corpus``;
2. with ``--pretrain``, ``spacy pretrain config.cfg`` pretrains the tok2vec on those words
   (predicting each word's first and last characters);
3. ``spacy train config.cfg`` trains tok2vec + a BIO tagger (from random or those weights) on CPU
   (no vectors, no downloads), keeping the step whose names score best on IL-NER's dev split
   (``spacy_code.py``'s scorer);
4. the best model is copied to ``src/ghatna/models/ner/model/`` with its name and version;
5. ``evaluate.py`` prints precision and recall per type on IL-NER's dev and test splits and the
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
VERSION = "1.3.0"
CODE = HERE / "spacy_code.py"
BIO_SCORER = "ghatna.bio_scorer.v1"
# spacy train scores names (spacy_code.py) and keeps the step best by their F; config.cfg itself keeps
# spaCy's tagger scorer, so that it loads without spacy_code.py.
SCORE_NAMES = ["--components.tagger.scorer.@scorers", BIO_SCORER, "--training.score_weights",
               json.dumps({"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "tag_acc": 0.0})]


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT)


def ship(best: Path, pretrained: bool) -> None:
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
                                + "; see NOTICE",
                 "license": "CC BY 4.0 (training data); model weights MIT"})
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=8000)
    parser.add_argument("--pretrain", action="store_true", help="pretrain the tok2vec on unlabelled words first")
    parser.add_argument("--output", type=Path, default=HERE / "output")
    args = parser.parse_args()
    py = sys.executable
    config = str(HERE / "config.cfg")
    run(py, str(HERE / "prepare.py"), *(["--raw"] if args.pretrain else []))
    init: list[str] = []
    if args.pretrain:
        pretrained = args.output / "pretrain"
        run(py, "-m", "spacy", "pretrain", config, str(pretrained), "--code", str(CODE),
            "--paths.raw_text", str(CORPUS / "raw.jsonl"))
        init = ["--paths.init_tok2vec", str(pretrained / "model-last.bin")]
    run(py, "-m", "spacy", "train", config, "--code", str(CODE), *SCORE_NAMES, "--output", str(args.output),
        "--paths.train", str(CORPUS / "train.spacy"), "--paths.dev", str(CORPUS / "dev.spacy"),
        "--training.max_steps", str(args.max_steps), *init)
    ship(args.output / "model-best", args.pretrain)
    run(py, str(HERE / "evaluate.py"))


if __name__ == "__main__":
    main()
