"""Why gold events are missed at the dyad level: the type not found, or found with other sides.

    .venv/bin/python training/events/role_errors.py [--split train] [--examples 4] [--category KEY]
        [--set international|domestic]

Runs the pipeline over every annotated window of the split (as ``ghatna eval --annotations``
does), pairs system events with gold events as the scorer does at the dyad level, and for
each required gold event left unpaired looks at the system events of its own sentence:

- ``no event``: the sentence has no system event at all;
- ``other type``: it has events, none of the gold type;

  both split by what the rules made of the sentence: ``no trigger`` (no lexicon phrase of the
  type), ``trigger filtered`` (a phrase, dropped as a reference, a quote, what is asked for…),
  ``roles none`` (the role finder read no roles), ``roles, no event`` (roles read, no event
  made: no target, too unsure), ``dropped later`` (made by the rules, not in the output: the
  learned detector's veto, a condition);
- ``same type: …``: it has events of the gold type whose sides differ; the closest one
  says which side is off and how (``source wrong`` another country, ``source null`` no
  country, ``source none`` no actor; likewise the target; ``swapped`` both sides reversed);
- ``same type: taken``: an event of the sentence fits, but the scorer paired it with
  another gold event (a list read as one actor, two gold events of one sentence).

Unpaired system events are tabulated too (a gold event of their type in their sentence, or
none). ``--set`` keeps the windows of one of the hidden sets' kinds, as ``benchmarks/eval_proxies.py``
splits them: ``international`` (a gold event between two known countries) or ``domestic`` (every
other window). Use it on the train split only; the dev split is for reporting.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ghatna.api import extract
from ghatna.document import Document, Sentence
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.scoring import GoldEvent, comparable, event_fits, pair_events, side_fits, side_of
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.event_roles import index_range
from ghatna.extraction.events import find_roles, sentence_view, telling_triggers, trigger_events
from ghatna.extraction.lexicon import build_resources
from ghatna.extraction.quotes import quote_spans
from ghatna.extraction.triggers import load_triggers
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings

Record = Mapping[str, Any]
PROBE = 30  # characters of an evidence text looked for inside a gold sentence


@dataclass(slots=True)
class Finding:
    category: str
    plover: str
    sentence: str
    gold: ann.AnnotatedEvent | None
    system: list[Record] = field(default_factory=list)


def in_sentence(evidence: str, sentence: str) -> bool:
    """Does a system event's evidence text (maybe clipped) lie in the gold sentence?"""
    ev, sent = comparable(evidence), comparable(sentence)
    if not ev or not sent:
        return False
    middle = ev[max(0, len(ev) // 2 - PROBE // 2): len(ev) // 2 + PROBE // 2]
    return ev in sent or sent in ev or middle in sent


def side_fault(gold: tuple[str | None, str | None], side: Any, where: str) -> str | None:
    """How one system side misses the gold side at the dyad level, or None when it fits."""
    if side_fits(*gold, side, "dyad"):
        return None
    if not isinstance(side, Mapping):
        return f"{where} none"
    return f"{where} {'null' if side_of(side)[1] is None else 'wrong'}"


def sides_fault(gold: GoldEvent, event: Record) -> list[str]:
    sides = gold.sides()
    faults = [f for f in (side_fault(sides[0], event.get("source"), "source"),
                          side_fault(sides[1], event.get("target"), "target")) if f]
    if faults and gold.directed and event_fits(GoldEvent(gold.types, gold.actors, gold.countries, False,
                                                         gold.required), event, "dyad"):
        return ["swapped"]
    return faults


def same_type_category(gold: GoldEvent, same: list[Record], fellows: list[GoldEvent]) -> str:
    """``fellows``: the other gold events of the sentence; a fitting event taken by one of them
    means the sentence has fewer events than gold (a list read as one, two events merged)."""
    faults = min((sides_fault(gold, e) for e in same), key=len)
    if faults:
        return "same type: " + ", ".join(faults)
    fitting = [g for g in fellows if g.types == gold.types and g.countries == gold.countries]
    return "same type: taken, " + ("fewer than gold here" if fitting else "by another sentence")


def sentence_of(group: list[ann.AnnotatedSentence], gold: GoldEvent) -> tuple[ann.AnnotatedSentence, ann.AnnotatedEvent]:
    for sentence in group:
        for event in sentence.events:
            if ann.gold_event_of(event) == gold:
                return sentence, event
    raise LookupError(f"no sentence holds {gold}")


def rule_trace(doc: Document, sentences: list[Sentence], plover: str, pipeline: Pipeline) -> str:
    """What the rule stage made of a sentence's phrases of one type (see the module's doc)."""
    settings = pipeline.settings
    finder, res = build_date_finder(settings), resources(settings)
    quotes = [(q.start, q.end) for q in quote_spans(doc)]
    steps = ["no trigger"]
    saved = doc.events
    try:
        for sent in sentences:
            doc.events = [e for e in saved if e.evidence.start < sent.start]  # as the stage saw them
            first, last = index_range(doc, sent)
            if not any(t.trigger.plover == plover for t in load_triggers().find(doc.tokens, first, last)):
                continue
            view = sentence_view(doc, sent, finder, res)
            telling = [t for t in telling_triggers(view, quotes) if t.trigger.plover == plover]
            found = [t for t in telling if find_roles(view, t) is not None]
            made = [t for t in found if trigger_events(view, t, last)]
            steps.append("dropped later" if made else "roles, no event" if found
                         else "roles none" if telling else "trigger filtered")
    finally:
        doc.events = saved
    order = ("dropped later", "roles, no event", "roles none", "trigger filtered", "no trigger")
    return min(steps, key=order.index)


RESOURCES: dict[int, Any] = {}


def resources(settings: Settings) -> Any:
    if id(settings) not in RESOURCES:
        RESOURCES[id(settings)] = build_resources(settings)
    return RESOURCES[id(settings)]


def missed_findings(group: list[ann.AnnotatedSentence], gold: tuple[GoldEvent, ...], events: list[Record],
                    pairs: dict[int, int], doc: Document, pipeline: Pipeline) -> list[Finding]:
    found = []
    for gi, g in enumerate(gold):
        if not g.required or gi in pairs:
            continue
        sentence, annotated = sentence_of(group, g)
        here = [e for e in events if in_sentence((e.get("evidence") or {}).get("text", ""), sentence.text)]
        same = [e for e in here if e.get("type") in g.types]
        if same:
            fellows = [x for e in sentence.events if (x := ann.gold_event_of(e)) != g]
            category = same_type_category(g, same, fellows)
        else:
            sents = [t for t in doc.sentences if in_sentence(t.text, sentence.text) or in_sentence(sentence.text, t.text)]
            category = f"{'other type' if here else 'no event'}: {rule_trace(doc, sents, g.types[0], pipeline)}"
        found.append(Finding(category, g.types[0], sentence.text, annotated, same or here))
    return found


def spurious_findings(group: list[ann.AnnotatedSentence], events: list[Record], pairs: dict[int, int]) -> list[Finding]:
    """System events paired with no gold event: beside a gold event of their type, or alone."""
    matched = set(pairs.values())
    found = []
    for si, event in enumerate(events):
        if si in matched:
            continue
        text = (event.get("evidence") or {}).get("text", "")
        sentence = next((s for s in group if in_sentence(text, s.text)), None)
        golds = [e for e in sentence.events if e.type == event.get("type")] if sentence else []
        category = "beside gold of its type" if golds else ("no gold of its type" if sentence else "outside windows")
        found.append(Finding(category, str(event.get("type")), sentence.text if sentence else text,
                             golds[0] if golds else None, [event]))
    return found


def window_findings(group: list[ann.AnnotatedSentence], window: str, pipeline: Pipeline
                    ) -> tuple[list[Finding], list[Finding]]:
    gold = ann.gold_of_window(window, group)
    doc = extract(ann.window_text(group), source=gold.file, published=ann.window_published(group),
                  html=False, pipeline=pipeline)
    events = [e for e in doc.to_record().get("events") or [] if isinstance(e, Mapping)]
    pairs = pair_events(gold.events, events, "dyad")
    return missed_findings(group, gold.events, events, pairs, doc, pipeline), spurious_findings(group, events, pairs)


def describe_actor(actor: ann.Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.text or '?'}={actor.name or actor.kind}/{actor.country or 'null'}"


def describe_system(event: Record) -> str:
    def side(s: Any) -> str:
        return f"{s.get('name') or s.get('kind')}/{s.get('country') or 'null'}" if isinstance(s, Mapping) else "-"
    rule = ((event.get("evidence") or {}).get("rule") or (event.get("trigger") or {}).get("rule") or "")
    return f"{event.get('type')} {side(event.get('source'))} -> {side(event.get('target'))} [{rule}]"


def print_table(title: str, findings: list[Finding]) -> None:
    counts = Counter(f.category for f in findings)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for f in findings:
        by_type[f.category][f.plover] += 1
    print(f"\n{title} ({len(findings)})")
    for category, n in counts.most_common():
        types = ", ".join(f"{t} {k}" for t, k in by_type[category].most_common(6))
        print(f"  {n:4d}  {category:34s} {types}")


def print_examples(findings: list[Finding], per_category: int, only: str | None) -> None:
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        grouped[f.category].append(f)
    for category, items in sorted(grouped.items(), key=lambda kv: -len(kv[1])):
        if only and only not in category:
            continue
        print(f"\n== {category}")
        for f in items[:per_category]:
            print(f"  {f.sentence.strip()}")
            if f.gold is not None:
                print(f"    gold {f.gold.type}: {describe_actor(f.gold.source)} -> {describe_actor(f.gold.target)}")
            for event in f.system[:4]:
                print(f"    sys  {describe_system(event)}")


SETS = ("international", "domestic")


def selected_windows(sentences: list[ann.AnnotatedSentence], split: str, which: str | None = None
                     ) -> list[tuple[str, list[ann.AnnotatedSentence]]]:
    """The windows of ``split`` ("all" for every one), sorted; with ``which`` (one of ``SETS``), only
    those of that set."""
    kept = [s for s in sentences if split in ("all", s.split)]
    windows = sorted(ann.windows(kept).items())
    if which is None:
        return windows
    return [(w, g) for w, g in windows if ann.gold_of_window(w, g).is_international() == (which == "international")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--annotations", type=Path, default=Path("training/annotations"))
    parser.add_argument("--split", default="train", choices=("train", "dev", "all"))
    parser.add_argument("--examples", type=int, default=4, help="examples printed per category")
    parser.add_argument("--category", help="print examples only of categories containing this")
    parser.add_argument("--spurious", action="store_true", help="print examples of unpaired system events too")
    parser.add_argument("--set", choices=SETS, help="only the windows of one hidden set's kind (as eval_proxies)")
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    missed: list[Finding] = []
    spurious: list[Finding] = []
    for window, group in selected_windows(ann.load_sentences(args.annotations), args.split, args.set):
        m, s = window_findings(group, window, pipeline)
        missed += m
        spurious += s
    print_table("gold events missed at the dyad level", missed)
    print_table("system events paired with no gold event", spurious)
    print_examples(missed, args.examples, args.category)
    if args.spurious:
        print_examples(spurious, args.examples, args.category)


if __name__ == "__main__":
    main()
