"""Quote recall on real news: the articles of ``gold.jsonl`` run through the pipeline as a
crawl gives them, scored as ``../shared/eval/score.py`` scores quotes.

    .venv/bin/python training/quotes/evaluate.py                  # recall per split
    .venv/bin/python training/quotes/evaluate.py --split train --errors

A gold quote is found when some output quote's text holds the gold piece (both normalised
by score.py's ``norm_text``) and its speaker matches by score.py's ``same_name``. ``found``
counts the piece alone (the quote was seen, whoever said it); ``spelt otherwise`` also counts
a speaker whose name differs from the gold one only in spelling (the same consonants of the
last word: "Ujjwla Sharma", "Maikel Heden"), to tell attribution from romanisation. ``--errors`` lists, for the
train split only, each miss with what the pipeline gave for that piece, and each direct
output quote that holds no gold piece (precision-ish: a false quote, a term in quotation
marks, or a quote of a speaker the gold leaves out). Dev errors are never printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from ghatna.evaluate.shared_corpus import DEFAULT_SHARED, available

GOLD = Path(__file__).resolve().parent / "gold.jsonl"
SPLITS = ("train", "dev")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speaker: str
    piece: str


@dataclass(slots=True)
class Article:
    key: str
    split: str
    quotes: list[GoldQuote]
    output: list[dict[str, Any]] = field(default_factory=list)


def load_scorer(shared: Path) -> ModuleType:
    """score.py of the shared evaluation, imported from its file."""
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_gold(path: Path, shared: Path) -> list[tuple[dict[str, Any], Article]]:
    """Each gold row with its article: the pieces are cut from the corpus text by their spans."""
    from eval_merge import Article as Ref
    from eval_merge import feed_record

    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        ref = Ref(row["collection"], row["record"], row["start"], row["end"], row["sha"])
        feed = feed_record(ref, shared)
        quotes = [GoldQuote(q["speaker"], feed["text"][q["span"][0]: q["span"][1]]) for q in row["quotes"]]
        rows.append((feed, Article(ref.key, row["split"], quotes)))
    return rows


def run_pipeline(feed: dict[str, Any]) -> list[dict[str, Any]]:
    from ghatna.api import extract

    doc = extract(feed["text"], source=feed["source"], published=feed.get("published"), url=feed.get("url"))
    return list(doc.to_record()["quotes"])


def is_hit(score: ModuleType, gold: GoldQuote, out: dict[str, Any]) -> bool:
    return holds(score, out, gold.piece) and score.same_name(gold.speaker, out.get("speaker") or "")


def skeleton(score: ModuleType, name: str) -> list[str]:
    """A name's words as consonant skeletons ("Ujjwla" and "Ujjwala", "Maikel Heden" and
    "Michael Hayden" alike): for telling a wrong speaker from a speaker spelt otherwise."""
    words = []
    for word in score.norm_name(name).split():
        for a, b in (("ph", "f"), ("z", "j"), ("w", "v"), ("q", "k"), ("c", "k")):
            word = word.replace(a, b)
        letters = [ch for ch in word if ch not in "aeiouyh"]
        words.append("".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1]))
    return words


def spelt_alike(score: ModuleType, gold: GoldQuote, out: dict[str, Any]) -> bool:
    """The speaker is the gold one but for spelling: score.py's match, or the same last word's skeleton."""
    if not holds(score, out, gold.piece) or not out.get("speaker"):
        return False
    g, s = skeleton(score, gold.speaker), skeleton(score, out["speaker"])
    return is_hit(score, gold, out) or bool(g and s and g[-1] == s[-1])


def holds(score: ModuleType, out: dict[str, Any], piece: str) -> bool:
    return score.norm_text(piece) in score.norm_text(out.get("text", ""))


def tally(score: ModuleType, articles: list[Article]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {s: Counter() for s in SPLITS}
    for art in articles:
        c = counts[art.split]
        c["articles"] += 1
        for gold in art.quotes:
            c["gold"] += 1
            c["found"] += any(holds(score, q, gold.piece) for q in art.output)
            c["hit"] += any(is_hit(score, gold, q) for q in art.output)
            c["alike"] += any(spelt_alike(score, gold, q) for q in art.output)
        c["direct_out"] += sum(q.get("kind") != "indirect" for q in art.output)
    return counts


def print_totals(counts: dict[str, Counter[str]], splits: list[str]) -> None:
    for split in splits:
        c = counts[split]
        recall = c["hit"] / c["gold"] if c["gold"] else 0.0
        print(f"{split}: articles {c['articles']}, gold quotes {c['gold']}, recall {c['hit']}/{c['gold']} = "
              f"{recall:.3f} (piece found with any speaker {c['found']}/{c['gold']}, with the speaker spelt "
              f"otherwise {c['alike']}/{c['gold']}); "
              f"direct or unclosed output quotes {c['direct_out']}")


def print_errors(score: ModuleType, articles: list[Article]) -> None:
    """Misses, and direct output quotes that hold no gold piece, of the train split."""
    for art in articles:
        lines = [miss_line(score, art, gold) for gold in art.quotes if not any(is_hit(score, gold, q) for q in art.output)]
        lines += [f"  EXTRA [{q.get('kind')}] {q.get('speaker')!r} ({q['evidence']['rule']}): {q['text'][:90]}"
                  for q in art.output if q.get("kind") != "indirect"
                  and not any(holds(score, q, gold.piece) for gold in art.quotes)]
        if lines:
            print(art.key)
            print("\n".join(lines))


def miss_line(score: ModuleType, art: Article, gold: GoldQuote) -> str:
    got = [q for q in art.output if holds(score, q, gold.piece)]
    if not got:
        return f"  MISS no quote holds it; gold {gold.speaker!r}: {gold.piece}"
    q = got[0]
    return f"  MISS speaker {q.get('speaker')!r} ({q['evidence']['rule']}), gold {gold.speaker!r}: {gold.piece}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    ap.add_argument("--errors", action="store_true", help="list misses and extra quotes (train split only)")
    args = ap.parse_args(argv)
    if args.errors and args.split != "train":
        ap.error("--errors is for the train split only: dev errors are never looked at")
    if not available(args.shared):
        print(f"skipped: no corpus under {args.shared}")
        return 0
    score = load_scorer(args.shared.resolve())
    splits = list(SPLITS) if args.split == "all" else [args.split]
    articles = []
    for feed, art in load_gold(args.gold, args.shared):
        if art.split in splits:
            art.output = run_pipeline(feed)
            articles.append(art)
    print_totals(tally(score, articles), splits)
    if args.errors:
        print_errors(score, articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
