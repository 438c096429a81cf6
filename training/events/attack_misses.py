"""Attack and riot sentences of the TRAIN split that the output misses, and attack sentences it
makes up: the sentence-level measures of the hidden attack reports, one sentence at a time.

    .venv/bin/python training/events/attack_misses.py [--annotations DIR] [--type ASSAULT] [--extra]

Runs the pipeline over every annotated train window (as ``ghatna eval --annotations`` does),
places each output event in the annotated sentence its evidence lies in, and prints

- each sentence with an asserted gold event of ``--type`` (ASSAULT; PROTEST for riots) that has
  no output event of that type: the gold sides, the lexicon phrases of the sentence with their
  types, and the types the output gave it;
- with ``--extra``, each sentence with an output event of the type and no gold event of it.

The dev split is never read: it is for reporting totals (``benchmarks/eval_proxies.py``).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from ghatna.api import load
from ghatna.errors import GhatnaError
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.run import placed_types, squeeze, window_record
from ghatna.extraction.triggers import load_triggers
from ghatna.text.tokens import tokenize


def side(actor: ann.Actor | None) -> str:
    return f"{actor.name}/{actor.country}" if actor is not None else "-"


def phrases(text: str) -> list[str]:
    tokens = tokenize(text)
    return [f"{m.trigger.pattern}:{m.trigger.plover}" for m in load_triggers().find(tokens, 0, len(tokens))]


def report(annotations: Path, plover: str, extra: bool) -> None:
    sentences = [s for s in ann.load_sentences(annotations) if s.split == "train"]
    pipeline = load()
    tally: Counter[str] = Counter()
    for window, group in sorted(ann.windows(sentences).items()):
        gold = ann.gold_of_window(window, group)
        try:
            got = placed_types(window_record(group, gold.file, pipeline), group)
        except GhatnaError:
            got = {}
        for i, sentence in enumerate(group):
            told = [e for e in sentence.events if e.type == plover and e.modality == "asserted"]
            out = got.get(i, set())
            if told and plover not in out:
                tally["missed"] += 1
                sides = "; ".join(f"{side(e.source)} -> {side(e.target)} ({'required' if e.required else 'optional'})"
                                  for e in told)
                print(f"MISS  {squeeze(sentence.text)}\n      gold: {sides}\n      phrases: {phrases(sentence.text)}"
                      f"  output: {sorted(out)}")
            elif told:
                tally["found"] += 1
            elif plover in out and not any(e.type == plover for e in sentence.events):
                tally["extra"] += 1
                if extra:
                    print(f"EXTRA {squeeze(sentence.text)}\n      phrases: {phrases(sentence.text)}")
    print(dict(tally))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=Path, default=Path("training/annotations"))
    parser.add_argument("--type", default="ASSAULT")
    parser.add_argument("--extra", action="store_true", help="also print output sentences without gold of the type")
    args = parser.parse_args()
    report(args.annotations, args.type, args.extra)


if __name__ == "__main__":
    main()
