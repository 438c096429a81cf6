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
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ghatna.api import extract, load
from ghatna.errors import GhatnaError
from ghatna.evaluate import annotations as ann
from ghatna.extraction.triggers import load_triggers
from ghatna.text.tokens import tokenize


def squeeze(text: str) -> str:
    """Spaces collapsed and zero-width joiners dropped (the clean body has none: "इस्‍लामिक")."""
    return re.sub(r"\s+", " ", text.replace("\u200d", "").replace("\u200c", "")).strip()


def placed_types(record: Mapping[str, Any], sentences: list[ann.AnnotatedSentence]) -> dict[int, set[str]]:
    """Per annotated sentence, the types of the output events whose evidence lies in it."""
    texts = [squeeze(s.text) for s in sentences]
    found: dict[int, set[str]] = {}
    for event in record.get("events") or []:
        piece = squeeze((event.get("evidence") or {}).get("text") or "")
        where = next((i for i, t in enumerate(texts) if piece and (piece in t or t in piece)), None)
        if where is None:  # an evidence cut at a window's edge: its first words
            where = next((i for i, t in enumerate(texts) if piece and piece[:40] in t), None)
        if where is not None:
            found.setdefault(where, set()).add(event.get("type") or "")
    return found


def side(actor: ann.Actor | None) -> str:
    return f"{actor.name}/{actor.country}" if actor is not None else "-"


def phrases(text: str) -> list[str]:
    tokens = tokenize(text)
    return [f"{m.trigger.pattern}:{m.trigger.plover}" for m in load_triggers().find(tokens, 0, len(tokens))]


def record_of(group: list[ann.AnnotatedSentence], name: str, pipeline: Any) -> Mapping[str, Any]:
    try:
        return extract(ann.window_text(group), source=name, published=ann.window_published(group),
                       html=False, pipeline=pipeline).to_record()
    except GhatnaError:
        return {}


def report(annotations: Path, plover: str, extra: bool) -> None:
    sentences = [s for s in ann.load_sentences(annotations) if s.split == "train"]
    pipeline = load()
    tally: Counter[str] = Counter()
    for window, group in sorted(ann.windows(sentences).items()):
        gold = ann.gold_of_window(window, group)
        got = placed_types(record_of(group, gold.file, pipeline), group)
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
