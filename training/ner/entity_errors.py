"""False-positive and missed entity mentions of the whole pipeline on the annotations' train split.

    .venv/bin/python training/ner/entity_errors.py [--split train] [--top 60] [--examples]
        [--type PERSON|ORG|LOC] [--out errors.jsonl] [--without-ner]
        [--annotations FOLDER] [--annotator a9 --annotator a10] [--il-ner] [--causes]

Matches mentions as ``evaluate.py`` does (same text and type group in one sentence) and prints
its table for the split, then the most frequent wrong mentions (predicted, not in the gold) with
their rule and link, and the most frequent missed ones with whether the knowledge base holds
them. ``--examples`` adds the sentence of each error (for reading on the train split only: the
dev split is for reporting, never for error analysis). ``--out`` writes every error as JSON Lines.
``--annotations`` reads another folder (a frozen copy, to compare two versions of the code on the
same sentences while batches land); ``--annotator`` keeps the sentences of some annotators only
(batches the shipped model was not trained on, whose errors stand for the dev split's).
``--il-ner`` reads IL-NER Hindi's split instead (its train split is the model's training data, so
the model's errors there are understated; the knowledge base's are not). IL-NER's dev split is
open to error analysis (``--il-ner --split dev``); its test split and the annotations' dev split
are for totals only (``evaluate.py``). ``--causes`` counts the
errors by cause (``cause``): a type confusion, a span that differs at its edges from a gold name
of the same type, a wrong mention no gold name touches, a miss no prediction touches.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from evaluate import il_ner_names, mention_bag, print_rows, summarise
from prepare import ANNOTATIONS

from ghatna.evaluate.annotations import load_sentences
from ghatna.knowledge.kb import load_kb


@dataclass(frozen=True, slots=True)
class Error:
    kind: str  # "wrong" (predicted, not in the gold) or "missed"
    group: str
    text: str
    detail: str  # the rule and link of a wrong mention; "kb" or "not_kb" of a missed one
    sentence: str


def predicted(doc) -> list[tuple[str, str, str]]:
    """(type, text, rule and link) of every mention the pipeline gave."""
    return [(e.type, m.text, f"{m.rule} -> {e.kb_id or '-'}") for e in doc.entities for m in e.mentions]


def sentence_errors(sentence: str, gold_items: list[tuple[str, str]], doc, kb, counts: Counter[str]) -> list[Error]:
    """The errors of one sentence, counting as ``evaluate.project_scores`` counts."""
    preds = predicted(doc)
    gold = mention_bag(gold_items)
    linked = mention_bag([(t, x) for t, x, d in preds if not d.endswith("-> -")])
    unlinked = mention_bag([(t, x) for t, x, d in preds if d.endswith("-> -")])
    details = {key: d for t, x, d in preds for key in mention_bag([(t, x)])}
    errors = []
    for (group, text), n in gold.items():
        in_kb = "kb" if kb.lookup(text) else "not_kb"
        hit = min(n, linked[(group, text)] + unlinked[(group, text)])
        counts[f"gold:{in_kb}:{group}"] += n
        counts[f"found:{in_kb}:{group}"] += hit
        errors += [Error("missed", group, text, in_kb, sentence)] * (n - hit)
    for source, bag in (("linked", linked), ("unlinked", unlinked)):
        for (group, text), n in bag.items():
            right = min(n, gold[(group, text)])
            counts[f"pred:{source}:{group}"] += n
            counts[f"right:{source}:{group}"] += right
            errors += [Error("wrong", group, text, details[(group, text)], sentence)] * (n - right)
    return errors


def cause(error: Error, gold_items: list[tuple[str, str]], preds: list[tuple[str, str, str]]) -> str:
    """Why a mention is wrong or missed, read from the other side's names in its sentence: "type"
    (the same text under another type group), "wider" or "narrower" (a name of the same group
    holds it or lies inside it: titles, case markers, parts of longer names), "type+span" (the
    same for another group), or "alone" (nothing of the other side overlaps it in text)."""
    group, text = error.group, error.text
    others = ([(g, x) for g, x in mention_bag(gold_items)] if error.kind == "wrong"
              else [(g, x) for g, x in mention_bag([(t, x) for t, x, _ in preds])])
    if any(x == text and g != group for g, x in others):
        return "type"
    for same in (True, False):
        for g, x in others:
            if (g == group) != same or x == text:
                continue
            if text in x or x in text:
                label = "narrower" if text in x else "wider"
                return label if same else f"type+{label}"
    return "alone"


def split_sentences(split: str, folder: Path = ANNOTATIONS,
                    annotators: frozenset[str] = frozenset()) -> list[tuple[str, list[tuple[str, str]]]]:
    """Sentences of one split (of some annotators only, when given) with their names as (type, text)."""
    return [(s.text, [(e.type, s.text[e.start:e.end]) for e in s.entities]) for s in load_sentences(folder)
            if s.split == split and not s.skip and (not annotators or s.annotator in annotators)]


def split_errors(sentences: list[tuple[str, list[tuple[str, str]]]],
                 with_ner: bool = True) -> tuple[dict[str, dict], list[Error]]:
    import ghatna
    from ghatna.settings import DEFAULT_STAGES, Settings

    pipeline = ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if with_ner or s != "ner")))
    kb = load_kb()
    counts: Counter[str] = Counter()
    errors: list[Error] = []
    for sentence, gold_items in sentences:
        doc = ghatna.extract(sentence, pipeline=pipeline)
        found = sentence_errors(sentence, gold_items, doc, kb, counts)
        preds = predicted(doc)
        errors += [Error(e.kind, e.group, e.text, f"{e.detail} | {cause(e, gold_items, preds)}", e.sentence)
                   for e in found]
    return summarise(counts), errors


def print_table(scores: dict[str, dict]) -> None:
    print_rows(scores)
    tp = sum(row["all"]["p"] * row["all"]["pred"] for row in scores.values())
    pred = sum(row["all"]["pred"] for row in scores.values())
    gold = sum(row["all"]["gold"] for row in scores.values())
    print(f"  all     P {tp / pred:.3f}  R {tp / gold:.3f}")


def print_causes(errors: list[Error]) -> None:
    """Errors counted by kind, group, cause and source (the rule of a wrong mention without its
    link's name; "kb" or "not_kb" of a miss)."""
    by_cause: Counter[tuple[str, str, str, str]] = Counter()
    for e in errors:
        detail, _, why = e.detail.rpartition(" | ")
        source = detail.split(" -> ")[0].split(":variant")[0]
        source = "model" if source.startswith("model:") else source
        linked = "" if e.kind == "missed" else (" linked" if not detail.endswith("-> -") else " unlinked")
        by_cause[(e.kind, e.group, why, source + linked)] += 1
    print("\nerrors by cause:")
    for (kind, group, why, source), n in sorted(by_cause.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1])):
        print(f"  {kind:6} {group:6} {why:15} {source:28} {n}")


def print_errors(errors: list[Error], kind: str, top: int, examples: bool) -> None:
    chosen = [e for e in errors if e.kind == kind]
    print(f"\n{kind} mentions ({len(chosen)}):")
    by_key = Counter((e.group, e.text, e.detail) for e in chosen)
    for (group, text, detail), n in by_key.most_common(top):
        print(f"  {n:3}  {group:6} {text}  [{detail}]")
        if examples:
            for e in [e for e in chosen if (e.group, e.text, e.detail) == (group, text, detail)][:2]:
                print(f"         | {e.sentence[:220]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--type", choices=["PERSON", "ORG", "LOC"])
    parser.add_argument("--examples", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--annotator", action="append", default=[])
    parser.add_argument("--il-ner", action="store_true", help="IL-NER Hindi's split instead of the annotations'")
    parser.add_argument("--causes", action="store_true", help="count the errors by cause")
    parser.add_argument("--limit", type=int, help="the first N sentences of the split only")
    parser.add_argument("--without-ner", action="store_true", help="the pipeline without the `ner` stage, whose "
                        "model was trained on the train split (its errors there understate the dev split's)")
    args = parser.parse_args()
    if args.split == "dev" and not args.il_ner:
        parser.error("the annotations' dev split is for reporting only: use evaluate.py for its totals")
    sentences = (il_ner_names(args.split) if args.il_ner
                 else split_sentences(args.split, args.annotations, frozenset(args.annotator)))[:args.limit]
    scores, errors = split_errors(sentences, not args.without_ner)
    print(f"{args.split} split, {len(sentences)} sentences (whole pipeline):")
    print_table(scores)
    if args.type:
        errors = [e for e in errors if e.group == args.type]
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps({"kind": e.kind, "group": e.group, "text": e.text, "detail": e.detail,
                                    "sentence": e.sentence}, ensure_ascii=False) + "\n")
    if args.causes:
        print_causes(errors)
    print_errors(errors, "wrong", args.top, args.examples)
    print_errors(errors, "missed", args.top, args.examples)


if __name__ == "__main__":
    main()
