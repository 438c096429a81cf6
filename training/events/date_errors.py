"""How right the dates of found events are: system events paired with gold events (dyad level).

    .venv/bin/python training/events/date_errors.py [--split train] [--examples 30] [--show KIND]

Runs the pipeline over every annotated window of the split (as role_errors.py does), pairs
system events with gold events as the scorer does at the dyad level, and compares each pair's
system date with the gold ``date_text`` resolved against the window's publication day:

- ``right``: both give a date and agree at the precision both give;
- ``contradicted``: both give one and they disagree;
- ``missing``: gold has a date, the system none;
- ``extra: sentence`` / ``extra: article``: gold says the sentence dates nothing, the system
  took a date of the sentence / the article's own date (lead or dateline; often allowed);
- ``none``: neither gives one;
- ``unjudged``: gold date words that cannot be resolved (a weekday with no publication day).

Use it on the train split only; the dev split is for reporting totals.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from role_errors import sentence_of  # a sibling script: run from anywhere, its folder is on the path

from ghatna.api import extract
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.scoring import date_triple, pair_events
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.datewords import DateFinder

Record = Mapping[str, Any]


@dataclass(slots=True)
class Verdict:
    kind: str
    sentence: str
    gold: ann.AnnotatedEvent
    gold_date: str | None
    system: Record


def gold_date(event: ann.AnnotatedEvent, sentence: str, published: str | None, finder: DateFinder) -> str | None:
    """The gold ``date_text`` as a date, read in its sentence as the pipeline reads dates
    (a bare "2015" needs its "में"; plans point forward)."""
    if not event.date_text:
        return None
    day = date.fromisoformat(published) if published else None
    sentence, wanted = without_joiners(sentence), without_joiners(event.date_text)
    start = sentence.find(wanted)
    text, lo, hi = (sentence, start, start + len(wanted)) if start >= 0 else (wanted, 0, len(wanted))
    found = [m for m in finder.find(text, day, future=event.modality == "planned")
             if m.value and m.start < hi and m.end > lo]
    return str(found[0].value) if found else None


def without_joiners(text: str) -> str:
    """The pipeline reads a cleaned body: "सितम्\u200dबर" is "सितम्बर" there."""
    return text.replace("\u200d", "").replace("\u200c", "")


def agree(gold: str, system: str) -> bool:
    want, got = date_triple(gold), date_triple(system)
    if not isinstance(want, tuple) or not isinstance(got, tuple):
        return False
    return all(g is None or s is None or g == s for g, s in zip(want, got, strict=True))


def date_from_sentence(event: Record) -> bool:
    """Did the system take the date inside the event's own evidence (not the article's date)?"""
    where, evidence = event.get("date_evidence") or {}, event.get("evidence") or {}
    return bool(where) and evidence.get("start", 0) <= where.get("start", -1) < evidence.get("end", 0)


def verdict_kind(gold: ann.AnnotatedEvent, value: str | None, event: Record) -> str:
    system = event.get("date")
    if not system:
        return "missing" if value else "unjudged" if gold.date_text else "none"
    if not gold.date_text:
        return "extra: sentence" if date_from_sentence(event) else "extra: article"
    if value is None:
        return "unjudged"
    return "right" if agree(value, str(system)) else "contradicted"


def window_verdicts(group: list[ann.AnnotatedSentence], window: str, pipeline: Pipeline,
                    finder: DateFinder) -> list[Verdict]:
    gold = ann.gold_of_window(window, group)
    published = ann.window_published(group)
    doc = extract(ann.window_text(group), source=gold.file, published=published, html=False, pipeline=pipeline)
    events = [e for e in doc.to_record().get("events") or [] if isinstance(e, Mapping)]
    verdicts = []
    for gi, si in pair_events(gold.events, events, "dyad").items():
        sentence, annotated = sentence_of(group, gold.events[gi])
        value = gold_date(annotated, sentence.text, published, finder)
        kind = verdict_kind(annotated, value, events[si])
        verdicts.append(Verdict(kind, sentence.text, annotated, value, events[si]))
    return verdicts


def print_counts(verdicts: list[Verdict]) -> None:
    counts = Counter(v.kind for v in verdicts)
    print(f"paired events: {len(verdicts)}")
    for kind, n in counts.most_common():
        print(f"  {n:4d}  {kind}")


def print_examples(verdicts: list[Verdict], kind: str, limit: int) -> None:
    chosen = [v for v in verdicts if v.kind == kind][:limit]
    print(f"\n== {kind} ({len(chosen)} shown)")
    for v in chosen:
        evidence = v.system.get("date_evidence") or {}
        print(f"  {v.sentence.strip()}")
        print(f"    gold {v.gold.type} {v.gold.modality}: {v.gold.date_text!r} -> {v.gold_date}")
        print(f"    sys  in {(v.system.get('evidence') or {}).get('text', '')[:90]!r}")
        print(f"         {v.system.get('type')} {v.system.get('modality')}: {v.system.get('date')} "
              f"from {evidence.get('text')!r} [{evidence.get('rule')}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotations", type=Path, default=Path("training/annotations"))
    parser.add_argument("--split", default="train", choices=("train", "dev", "all"))
    parser.add_argument("--examples", type=int, default=30, help="examples printed per kind shown")
    parser.add_argument("--show", action="append", default=None,
                        help="kinds whose examples are printed (default: contradicted)")
    args = parser.parse_args()
    pipeline, finder = Pipeline(Settings()), DateFinder()
    sentences = [s for s in ann.load_sentences(args.annotations) if args.split in ("all", s.split)]
    verdicts: list[Verdict] = []
    for window, group in sorted(ann.windows(sentences).items()):
        verdicts += window_verdicts(group, window, pipeline, finder)
    print_counts(verdicts)
    for kind in args.show or ["contradicted"]:
        print_examples(verdicts, kind, args.examples)


if __name__ == "__main__":
    main()
