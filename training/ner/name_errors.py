"""English names that miss: gold entities of the annotations' train split whose Hindi words the
pipeline found but whose English name it spelt otherwise (issue 11: the romaniser's errors).

    .venv/bin/python training/ner/name_errors.py [--split train] [--out names.jsonl]
    .venv/bin/python training/ner/name_errors.py --replay names.jsonl

Runs the pipeline over every annotated window of the split and, for each gold name no output
entity's name agrees with (``ghatna.evaluate.scoring.names_agree``, the shared scorer's
``same_name``), lists the output entities with a mention over the gold name's Hindi words:
the gold English name, ours, the Hindi words, linked (``kb``), new to the knowledge base
(``new``) or unlinked (``-``). ``--out`` keeps every window's gold names and output entities
(with their mentions' Hindi) as JSON Lines; ``--replay`` reads such a file and spells the
unlinked entities again with the romaniser as it is now, so a change of ``romanize.yaml`` is
measured in seconds (an estimate: the pipeline's own choices of span stay those of the run).
Error analysis is for the train split only; the dev split is for totals (``ghatna eval``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.evaluate import annotations as ann
from ghatna.evaluate.run import window_record
from ghatna.evaluate.scoring import names_agree
from ghatna.extraction.romanize import english_name, romanize

ANNOTATIONS = ROOT / "training" / "annotations"


def window_items(split: str) -> Iterator[dict[str, Any]]:
    """Per window: its gold names with their Hindi words and types, and the output entities."""
    from ghatna.pipeline import Pipeline
    from ghatna.settings import Settings

    pipeline = Pipeline(Settings())
    sentences = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == split]
    for window, group in sorted(ann.windows(sentences).items()):
        gold = [{"name": e.name, "type": e.type, "hindi": s.text[e.start:e.end]}
                for s in group for e in s.entities if e.name]
        record = window_record(group, ann.window_file(window), pipeline)
        ours = [{"name": e.get("name") or "", "type": e.get("type"), "kb_id": e.get("kb_id"),
                 "hindi": sorted({m["text"] for m in e.get("mentions") or []})}
                for e in record.get("entities") or []]
        yield {"window": window, "gold": gold, "ours": ours}


def link_state(kb_id: str | None) -> str:
    return "-" if not kb_id else "new" if kb_id.startswith("new:") else "kb"


def overlaps(gold_hindi: str, our_hindi: str) -> bool:
    """One holds the other, or they share a word of two letters or more."""
    if gold_hindi in our_hindi or our_hindi in gold_hindi:
        return True
    return bool({w for w in gold_hindi.split() if len(w) > 1} & set(our_hindi.split()))


def respelt(entity: dict[str, Any]) -> dict[str, Any]:
    """An unlinked entity spelt again from its longest mention by the romaniser as it is now."""
    if link_state(entity["kb_id"]) == "kb" or not entity["hindi"]:
        return entity
    text = max(entity["hindi"], key=len)
    name = romanize(text) if entity["type"] == "PERSON" else english_name(text, {})
    return entity | {"name": name}


def misses(item: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each gold name no output name agrees with, with the output entities over its words."""
    names = [e["name"] for e in item["ours"]]
    seen: set[str] = set()
    for g in item["gold"]:
        if g["name"] in seen or any(names_agree(g["name"], n) for n in names):
            continue
        seen.add(g["name"])
        yield g, [e for e in item["ours"] if any(overlaps(g["hindi"], h) for h in e["hindi"])]


def report(items: list[dict[str, Any]]) -> None:
    counts: Counter[str] = Counter()
    for item in items:
        gold_names = {g["name"] for g in item["gold"]}
        counts["gold"] += len(gold_names)
        for g, covering in misses(item):
            state = ",".join(sorted({link_state(e["kb_id"]) for e in covering})) or "none"
            counts[f"missed:{state}"] += 1
            counts["missed"] += 1
            for e in covering:
                print(f"{g['type']:7} {link_state(e['kb_id']):3} {g['name']!r:32} {e['name']!r:32} {g['hindi']} | {' / '.join(e['hindi'])}")
    found = counts["gold"] - counts["missed"]
    print(f"\ngold names {counts['gold']}, found {found} ({found / max(1, counts['gold']):.3f}); missed by what covers them:",
          {k.split(":", 1)[1]: v for k, v in sorted(counts.items()) if k.startswith("missed:")})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=["train"], help="train only: error analysis")
    parser.add_argument("--out", type=Path, help="keep the windows' gold and output names (JSON Lines)")
    parser.add_argument("--replay", type=Path, help="spell a kept run's unlinked entities again")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.replay:
        items = [json.loads(line) for line in args.replay.read_text(encoding="utf-8").splitlines()]
        items = [item | {"ours": [respelt(e) for e in item["ours"]]} for item in items]
    else:
        items = list(window_items(args.split))
    if args.out:
        args.out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    report(items)


if __name__ == "__main__":
    main()
