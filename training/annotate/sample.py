"""Draw the sentence windows that annotators label, from ../shared/corpus.

    python training/annotate/sample.py --out /tmp/annot --batches 6
    python training/annotate/sample.py --out /tmp/annot2 --batches 2 --scale 0.25 --seed 8 \
        --exclude training/annotations        # more windows, none from records already labelled
    python training/annotate/sample.py --out /tmp/annot3 --batches 2 --seed 21 \
        --exclude training/annotations --by-span   # windows of labelled records too, none of their sentences
    python training/annotate/sample.py --out /tmp/annot4 --batches 2 --seed 62 \
        --exclude training/annotations --free-runs  # BBC India and world: every unlabelled stretch

Writes ``batch_K.jsonl`` files (one article window a line, with its sentences and their
ids) outside the project: the shared text is never copied into it. Windows are chosen
to cover what Hindi news reports: records with more event words are drawn first, then
others at random, so that sentences without events are plentiful too. The draw is
seeded, so the same command gives the same batches.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from ghatna.evaluate.shared_corpus import Record, iter_records, split_record

EVENT_WORDS = re.compile(
    "हमल|गिरफ्तार|प्रदर्शन|मुलाकात|आरोप|बैठक|हिंसा|झड़प|मारे|सेना|पुलिस|समझौत|प्रतिबंध|दौर[ेा]|मांग|धमकी|"
    "निंदा|बातचीत|वार्ता|सहायता|मदद|विरोध|आतंक|नक्सल|मुठभेड़|फायरिंग|हत्या|कांग्रेस|भाजपा|सरकार|अदालत|"
    "कोर्ट|तैनात|सैनिक|अपील|आग्रह|खारिज|इनकार|रिहा|सौंप|जब्त|छापे|बंद|तनाव|विपक्ष|चुनाव|पथराव|तोड़फोड़"
)
# --topic attacks: attack and riot reports (issue 10's attack set), drawn only from records that tell one
ATTACK_WORDS = re.compile(
    "हमल|मुठभेड़|फायरिंग|गोलीबारी|गोली मार|आतंक|नक्सल|माओवाद|उग्रवाद|हिंसा|झड़प|पथराव|पत्थरबाज|तोड़फोड़|आगजनी|"
    "बवाल|उपद्रव|बम|धमाक|विस्फोट|आईईडी|हत्या|बदमाश|हमलावर|लाठीचार्ज|दंग"
)
# --topic diplomacy: stories between states (issue 10's diplomatic set)
DIPLOMACY_WORDS = re.compile(
    "विदेश मंत्र|राजदूत|उच्चायु|दूतावास|राजनयिक|द्विपक्षीय|कूटनीति|शिखर|संयुक्त राष्ट्र|सुरक्षा परिषद|वार्ता|मुलाकात|"
    "दौर[ेा]|समझौत|प्रतिबंध|राष्ट्रपति|प्रधानमंत्री|अमरीक|अमेरिक|चीन|पाकिस्तान|रूस|ईरान|इसराइल|इजरायल|नेपाल|बांग्लादेश"
)
TOPICS = {"events": EVENT_WORDS, "attacks": ATTACK_WORDS, "diplomacy": DIPLOMACY_WORDS}
# Sentences wanted per collection, and the window of consecutive sentences per record.
PLAN = {"bbc": (1250, 14), "air": (900, 12), "papers": (1000, 16)}


def windows(rec: Record, size: int, rng: random.Random, words: re.Pattern[str] = EVENT_WORDS,
            labelled: Collection[int] = ()) -> list[tuple[int, list]]:
    """The window of ``rec`` to label: its first ``size`` sentences (BBC) or its most eventful
    stretch; with ``labelled`` (start offsets of sentences already labelled), the best stretch
    holding none of them, or nothing."""
    sents = split_record(rec)
    if not labelled:
        if len(sents) <= size:
            return [(0, sents)]
        if rec.collection == "bbc":
            return [(0, sents[:size])]
    free = [i for i in range(0, max(1, len(sents) - size + 1), 4)
            if not any(s.start in labelled for s in sents[i:i + size])]
    if not free:
        return []
    best = max(free, key=lambda i: sum(len(words.findall(s.text)) for s in sents[i:i + size]) + rng.random())
    return [(best, sents[best:best + size])]


def annotated_sentences(folder: Path | None) -> dict[str, set[int]]:
    """``collection:record`` → start offsets of the sentences some file in ``folder`` labels."""
    seen: dict[str, set[int]] = {}
    if folder is None:
        return seen
    for path in folder.glob("real-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            seen.setdefault(f"{row['collection']}:{row['record']}", set()).add(row["start"])
    return seen


def draw(collection: str, wanted: int, size: int, rng: random.Random, skip: Collection[str] = (),
         words: re.Pattern[str] = EVENT_WORDS, labelled: dict[str, set[int]] | None = None) -> list[dict]:
    """Windows of ``collection`` for about ``wanted`` sentences; records in ``skip`` are left out,
    and of a record in ``labelled`` only a window none of whose sentences is labelled."""
    labelled = labelled or {}
    records = [r for r in iter_records(collection) if f"{collection}:{r.record}" not in skip]
    if words is not EVENT_WORDS:  # a topic: only records that tell it, twice at least
        records = [r for r in records if len(words.findall(r.text[:4000])) >= 2]
    elif collection == "bbc":
        others = [r for r in records if r.meta.get("category") not in {"international", "india"}]
        records = [r for r in records if r.meta.get("category") in {"international", "india"}] + \
            rng.sample(others, min(8, len(others)))
    scored = sorted(records, key=lambda r: -len(words.findall(r.text[:4000])) / (1 + len(r.text[:4000]) / 500))
    head = scored[: len(scored) // 2]
    tail = scored[len(scored) // 2:]
    rng.shuffle(head)
    rng.shuffle(tail)
    order = head[: int(len(head) * 0.8)] + tail + head[int(len(head) * 0.8):]
    out: list[dict] = []
    total = 0
    for rec in order:
        for first, sents in windows(rec, size, rng, words, labelled.get(f"{collection}:{rec.record}", ())):
            out.append(window_row(rec, first, sents))
            total += len(sents)
        if total >= wanted:
            break
    return out


def free_runs(labelled: dict[str, set[int]], size: int, rng: random.Random, least: int = 4) -> list[dict]:
    """Every stretch of at least ``least`` consecutive unlabelled sentences (cut at ``size``) of the
    BBC's India and world records, shuffled: what is left of the news richest in events once the
    topic draws, whose windows must hold no labelled sentence, find nothing more there."""
    out: list[dict] = []
    for rec in iter_records("bbc"):
        if rec.meta.get("category") not in {"international", "india"}:
            continue
        done = labelled.get(f"bbc:{rec.record}", set())
        run: list[tuple[int, Any]] = []
        for index, sent in [*enumerate(split_record(rec)), (-1, None)]:
            if sent is not None and sent.start not in done:
                run.append((index, sent))
                continue
            if len(run) >= least:
                out.append(window_row(rec, run[0][0], [s for _, s in run[:size]]))
            run = []
    rng.shuffle(out)
    return out


def window_row(rec: Record, first: int, sents: list) -> dict:
    return {"doc": f"{rec.collection}:{rec.record}", "meta": rec.meta, "first_sentence": first,
            "sentences": [{"sid": f"{s.collection}|{s.record}|{s.start}|{s.end}", "text": s.text} for s in sents]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--batches", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--exclude", type=Path, default=None,
                        help="an annotations folder: records its real-*.jsonl already label are not drawn again")
    parser.add_argument("--by-span", action="store_true",
                        help="with --exclude: leave out only the labelled sentences, not their whole records")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the sentences wanted per collection")
    parser.add_argument("--topic", choices=sorted(TOPICS), default="events",
                        help="attacks: attack and riot reports only, their most violent window; "
                             "diplomacy: stories between states")
    parser.add_argument("--free-runs", action="store_true",
                        help="with --exclude: every unlabelled stretch of the BBC's India and world records")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    labelled = annotated_sentences(args.exclude)
    skip: Collection[str] = () if args.by_span else labelled.keys()
    if args.free_runs:
        docs = free_runs(labelled, PLAN["bbc"][1], rng)
    else:
        docs = [doc for coll, (wanted, size) in PLAN.items()
                for doc in draw(coll, int(wanted * args.scale), size, rng, skip, TOPICS[args.topic],
                                labelled if args.by_span else None)]
        rng.shuffle(docs)
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(args.batches):
        with open(args.out / f"batch_{k + 1}.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs[k::args.batches])
    print(f"{len(docs)} windows, {sum(len(d['sentences']) for d in docs)} sentences in {args.batches} batches")


if __name__ == "__main__":
    main()
