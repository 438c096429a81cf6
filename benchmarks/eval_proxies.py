"""The hidden test sets' measures, approximated on the annotations' dev split.

    .venv/bin/python benchmarks/eval_proxies.py [--split dev] [--annotations DIR] [--json]

Others measure ghatna on real articles it has never seen: diplomatic stories, general and
domestic news, attack and riot reports. This runs the pipeline over every annotated window of
one split (as ``ghatna eval --annotations`` does) and reports the same measures on the
windows that look like each set:

- **international**: windows with a gold event between two countries (dyad recall and
  precision, entities, contradicted dates);
- **domestic and general**: every other window, with or without events;
- **attacks**: the gold ASSAULT events of all windows found at the dyad level ("events
  found", as the hidden set counts gold events: one per type and sides in an article, so a
  headline and its lead are one event); at the sentence level, the share of sentences with a
  gold ASSAULT where the output has an ASSAULT event in that very sentence ("sentences
  found", lower: the output tells a repeated attack once), and of the sentences where the
  output has an ASSAULT event, the share with a gold ASSAULT ("sentence precision");
- **riots**: of the sentences with a gold PROTEST of mode riot, or a gold ASSAULT told with
  riot words, the share with an output PROTEST or ASSAULT event.

An output event belongs to the annotated sentence its evidence text lies in. Gold events that
are not asserted count on neither side of the sentence measures. The dev split is for
reporting only; look at errors on the train split (``training/events/role_errors.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghatna.api import load
from ghatna.errors import GhatnaError
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.run import placed_types, window_record
from ghatna.evaluate.scoring import GoldDocument, score_all
from ghatna.evaluate.shared_corpus import available

ANNOTATIONS = ROOT / "training" / "annotations"
RIOT_WORDS = re.compile("हिंसा|झड़प|बवाल|तोड़फोड़|पथराव|आगजनी|उपद्रव|दंग")
SET_MEASURES = ("events_dyad_recall", "events_dyad_precision", "events_entity_precision", "entities",
                "dates_contradicted")


def is_riot(event: ann.AnnotatedEvent, sentence: str) -> bool:
    return (event.type == "PROTEST" and event.mode == "riot") or \
        (event.type == "ASSAULT" and RIOT_WORDS.search(sentence) is not None)


def sentence_counts(windows: Iterable[tuple[list[ann.AnnotatedSentence], Mapping[str, Any]]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for sentences, record in windows:
        got = placed_types(record, sentences)
        for i, sentence in enumerate(sentences):
            gold = [e for e in sentence.events if e.modality == "asserted"]
            attack = any(e.type == "ASSAULT" for e in gold)
            riot = any(is_riot(e, sentence.text) for e in gold)
            out = got.get(i, set())
            counts["attack_gold"] += attack
            counts["attack_found"] += attack and "ASSAULT" in out
            counts["attack_output"] += "ASSAULT" in out
            counts["attack_output_right"] += "ASSAULT" in out and any(e.type == "ASSAULT" for e in sentence.events)
            counts["riot_gold"] += riot
            counts["riot_found"] += riot and bool(out & {"PROTEST", "ASSAULT"})
    return counts


def ratio(hits: int, out_of: int) -> float | None:
    return round(hits / out_of, 3) if out_of else None


def run(split: str, annotations: Path = ANNOTATIONS) -> dict[str, Any]:
    """The proxies on one split of the annotation files in ``annotations`` (a folder or a subset)."""
    sentences = [s for s in ann.load_sentences(annotations) if s.split == split or split == "all"]
    pipeline = load()
    sets: dict[str, list[GoldDocument]] = {"international": [], "domestic and general": []}
    records: dict[str, Mapping[str, Any]] = {}
    pairs = []
    for window, group in sorted(ann.windows(sentences).items()):
        gold = ann.gold_of_window(window, group)
        sets["international" if gold.is_international() else "domestic and general"].append(gold)
        try:
            record: Mapping[str, Any] = window_record(group, gold.file, pipeline)
        except GhatnaError:
            record = {}
        records[gold.file] = record
        pairs.append((group, record))
    report: dict[str, Any] = {"split": split}
    everything, _ = score_all([g for golds in sets.values() for g in golds], records)
    for name, golds in sets.items():
        tally, _ = score_all(golds, {g.file: records[g.file] for g in golds})
        report[name] = {"windows": len(golds), "gold events": sum(len(g.events) for g in golds)}
        for measure in SET_MEASURES:
            report[name][measure] = tally.ratio(measure) if measure in tally.parts else tally.counts.get(measure, 0)
    counts = sentence_counts(pairs)
    report["attacks"] = {"gold events": everything.parts.get("type:ASSAULT:recall", [0, 0])[1],
                         "events found": everything.ratio("type:ASSAULT:recall"),
                         "gold sentences": counts["attack_gold"],
                         "sentences found": ratio(counts["attack_found"], counts["attack_gold"]),
                         "output sentences": counts["attack_output"],
                         "sentence precision": ratio(counts["attack_output_right"], counts["attack_output"])}
    report["riots"] = {"gold sentences": counts["riot_gold"], "found": ratio(counts["riot_found"], counts["riot_gold"])}
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev", "all"))
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS,
                        help="folder of annotation files (default training/annotations); "
                             "a copy of some batches measures them alone")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not available():
        raise SystemExit("../shared is not beside the project: nothing to evaluate")
    report = run(args.split, args.annotations)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    print(f"split {report['split']}")
    for name in ("international", "domestic and general", "attacks", "riots"):
        print(f"{name:22} " + ", ".join(f"{k} {v}" for k, v in report[name].items()))


if __name__ == "__main__":
    main()
