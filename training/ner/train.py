"""Train the Hindi NER and ship it in the package: one command.

    .venv/bin/pip install -e ".[dev]"      # spaCy comes with the package
    .venv/bin/python training/ner/train.py [--max-steps 3500]

1. ``prepare.py`` writes DocBins from IL-NER Hindi (``../shared/data/il-ner-hindi``, CC BY 4.0)
   and the train split of ``training/annotations`` (dev split held out for evaluation);
2. ``spacy train config.cfg`` trains tok2vec + ner from scratch on CPU (no vectors, no downloads),
   choosing the best step on IL-NER's dev split;
3. the best model is copied to ``src/ghatna/models/ner/model/`` with its name and version;
4. ``evaluate.py`` prints precision and recall per type on IL-NER's test split and the
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
VERSION = "1.2.0"


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, check=True, cwd=ROOT)


def ship(best: Path) -> None:
    """Copy the best model into the package, named and versioned, without training leftovers."""
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    meta_path = TARGET / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": NAME, "version": VERSION, "lang": "hi",
                 "description": "Hindi NER (BIO tagger: PERSON, ORG, LOC) trained from scratch on IL-NER Hindi (CC BY 4.0, "
                                "Bahad et al. 2024) and ghatna's annotations; see NOTICE",
                 "license": "CC BY 4.0 (training data); model weights MIT"})
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-steps", type=int, default=3500)
    parser.add_argument("--output", type=Path, default=HERE / "output")
    args = parser.parse_args()
    py = sys.executable
    run(py, str(HERE / "prepare.py"))
    run(py, "-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(args.output),
        "--paths.train", str(CORPUS / "train.spacy"), "--paths.dev", str(CORPUS / "dev.spacy"),
        "--training.max_steps", str(args.max_steps))
    ship(args.output / "model-best")
    run(py, str(HERE / "evaluate.py"))


if __name__ == "__main__":
    main()
