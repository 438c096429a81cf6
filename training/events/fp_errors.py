"""False-positive events on the TRAIN windows, for error analysis (never run on dev).

    python training/events/fp_errors.py [--split train] [--type ASSAULT] [--limit 0] [--json FILE]

Each annotated window runs through the pipeline as ``ghatna eval --annotations`` runs it; its
events are matched one to one to the window's gold events at the dyad level (the scorer's own
``pair_events``). An event matched to no gold event is a false positive. For each, it prints
the sentence, the trigger and the rule that made it, its sides and modality, and its class:

- ``dup``: a gold event of this type and dyad exists in the window and is matched by another
  system event (the same happening coded twice);
- ``same-type``: the sentence has a gold event of this type, with other sides;
- ``other-type``: the sentence has gold events, of other types only;
- ``none``: the sentence has no gold event (a figurative use, a background mention, a
  reference back, something asked for or possible, an ordinary word);
- ``unplaced``: the event's sentence is none of the window's annotated sentences.

Then it tabulates the classes by PLOVER type, by the rule that made the event and by the kind of
coding it came from (``kind_of``: learned, no doer named, a speaker's demand, a default target,
not asserted, one of a list, told).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from policies import locate  # a sibling script: run from anywhere, its folder is on the path

from ghatna.api import default_pipeline, extract
from ghatna.document import Entity
from ghatna.evaluate import annotations as ann
from ghatna.evaluate.scoring import GoldEvent, event_fits, pair_events, side_of
from ghatna.extraction.implicit_actors import load_implicit_actors

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "training" / "annotations"
CLASSES = ("dup", "same-type", "other-type", "none", "unplaced")


@dataclass(slots=True)
class FalsePositive:
    window: str
    type: str
    cls: str
    trigger: str
    rule: str
    pattern: str
    source: str
    target: str
    modality: str
    sentence: str
    gold_here: list[str]
    kind: str = ""


def side_text(side: Any) -> str:
    name, country = side_of(side)
    return f"{name or '-'}/{country or '-'}"


def gold_label(e: ann.AnnotatedEvent) -> str:
    sides = [f"{(a.name or a.text or '?') if a else '-'}/{(a.country if a else None) or '-'}"
             for a in (e.source, e.target)]
    return f"{e.type}({sides[0]} -> {sides[1]}; {e.modality})"


def classify(event: Mapping[str, Any], sentence: ann.AnnotatedSentence | None, gold: tuple[GoldEvent, ...],
             matched_gold: set[int]) -> str:
    """The class of a false positive (see the module docstring)."""
    if any(i in matched_gold and event_fits(g, event, "dyad") for i, g in enumerate(gold)):
        return "dup"
    if sentence is None:
        return "unplaced"
    types = {e.type for e in sentence.events}
    if event.get("type") in types:
        return "same-type"
    return "other-type" if types else "none"


def window_false_positives(name: str, group: list[ann.AnnotatedSentence]) -> tuple[list[FalsePositive], list[str]]:
    """The window's false positives and the lexicon pattern of each of its events."""
    gold = ann.gold_of_window(name, group)
    doc = extract(ann.window_text(group), source=gold.file, published=ann.window_published(group), html=False,
                  pipeline=default_pipeline())
    events = [e.as_dict() for e in doc.events]
    pairs = pair_events(gold.events, events, "dyad")
    spans = locate(doc.body, group)
    out = []
    told = Counter(e.trigger.start for e in doc.events)  # how many events each trigger gave
    for si, (event, obj) in enumerate(zip(events, doc.events, strict=True)):
        if si in pairs.values():
            continue
        at = obj.trigger.start
        k = next((k for k, span in enumerate(spans) if span and span[0] <= at < span[1]), None)
        sentence = group[k] if k is not None else None
        out.append(FalsePositive(
            name, event["type"], classify(event, sentence, gold.events, set(pairs)), obj.trigger.text,
            obj.evidence.rule, pattern_of(obj.trigger.rule), side_text(event.get("source")), side_text(event.get("target")), obj.modality,
            sentence.text if sentence else obj.evidence.text, [gold_label(e) for e in (sentence.events if sentence else [])],
            kind_of(event, obj.target, obj.evidence.rule, told[obj.trigger.start])))
    return out, [pattern_of(e.trigger.rule) for e in doc.events]


def kind_of(event: Mapping[str, Any], target: Entity | None, rule: str, from_trigger: int) -> str:
    """What kind of coding a false event came from, by its rule and sides, first that applies:
    ``model`` (added by the learned detector), ``implicit-agent`` (no doer named: "गिरफ्तार किया
    गया"), ``speaker`` (a demand told as what someone must do), ``default-target`` (a generic target
    of the label event_roles.yaml ``default_targets`` gives the type, a government for a demand or a
    protest, civilians for an arrest: the default where the text names none, or the same group read
    from the text), ``not-asserted`` (planned, possible, negated), ``list-member`` (one of several
    events of one trigger), else ``told`` (an asserted event with its sides read from the sentence)."""
    roles = rule.rpartition(";roles:")[2]
    default = load_implicit_actors().targets.get(event.get("type") or "")
    if rule.startswith("model:"):
        return "model"
    if roles.startswith("implicit"):
        return "implicit-agent"
    if roles == "speaker":
        return "speaker"
    if target is not None and default is not None and target.kind == "generic" and target.role == default.label:
        return "default-target"
    if event.get("modality") != "asserted":
        return "not-asserted"
    return "list-member" if from_trigger > 1 else "told"


def pattern_of(trigger_rule: str) -> str:
    """"ASSAULT:190:हमल*" → "ASSAULT:हमल*"."""
    plover, _cameo, pattern = (trigger_rule.split(":", 2) + ["", ""])[:3]
    return f"{plover}:{pattern}"


def window_misses(name: str, group: list[ann.AnnotatedSentence]) -> list[str]:
    """The window's required gold events that no system event matches, with their sentence."""
    gold = ann.gold_of_window(name, group)
    doc = extract(ann.window_text(group), source=gold.file, published=ann.window_published(group), html=False,
                  pipeline=default_pipeline())
    pairs = pair_events(gold.events, [e.as_dict() for e in doc.events], "dyad")
    index = {(g.types, g.actors, g.countries): i for i, g in enumerate(gold.events)}
    out = []
    for s in group:
        for e in s.events:
            g = ann.gold_event_of(e)
            if e.required and index[(g.types, g.actors, g.countries)] not in pairs:
                trigger = s.text[e.trigger[0]:e.trigger[1]] if e.trigger else "-"
                out.append(f"[miss] {gold_label(e)} «{trigger}»\n    {s.text}\n")
    return out


def tabulate(fps: list[FalsePositive], title: str, key: Callable[[FalsePositive], str]) -> list[str]:
    """Counts of false positives by ``key`` (rows) and class (columns)."""
    counts: Counter[tuple[str, str]] = Counter((key(fp), fp.cls) for fp in fps)
    rows = sorted({k for k, _ in counts}, key=lambda k: -sum(counts[(k, c)] for c in CLASSES))
    lines = [f"{title:40s} " + " ".join(f"{c:>10s}" for c in CLASSES) + "      all"]
    for row in rows:
        cells = " ".join(f"{counts[(row, c)]:10d}" for c in CLASSES)
        lines.append(f"{row[:40]:40s} {cells} {sum(counts[(row, c)] for c in CLASSES):8d}")
    return lines


def worst_patterns(fps: list[FalsePositive], patterns: Counter[str], top: int = 25) -> str:
    """The lexicon patterns with the most false positives, beside how many events each gave."""
    wrong = Counter(fp.pattern for fp in fps)
    lines = [f"{'pattern':40s} {'false':>6s} {'events':>7s}"]
    lines += [f"{p[:40]:40s} {n:6d} {patterns[p]:7d}" for p, n in wrong.most_common(top)]
    return "\n".join(lines)


def rule_family(rule: str) -> str:
    """The rule without its lexicon pattern: "trigger:…;roles:agent" → "trigger;roles:agent"."""
    head, _, roles = rule.partition(";")
    kind = "model+trigger" if head.startswith("model:") and "+trigger:" in head else head.split(":")[0]
    kind = "speech-charge" if head.startswith("speech-charge") else kind
    return f"{kind};{roles}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="train", choices=("train",), help="error analysis is on train only")
    parser.add_argument("--type", default=None, help="only false positives of this PLOVER type")
    parser.add_argument("--cls", default=None, choices=CLASSES, help="only false positives of this class")
    parser.add_argument("--limit", type=int, default=0, help="print at most this many (0: all)")
    parser.add_argument("--json", type=Path, default=None, help="also write every false positive as JSON")
    parser.add_argument("--quiet", action="store_true", help="only the tables")
    parser.add_argument("--misses", action="store_true", help="list missed gold events instead (false negatives)")
    parser.add_argument("--top", type=int, default=25, help="how many patterns the last table lists (0: all)")
    args = parser.parse_args(argv)
    sentences = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == args.split and not s.written]
    if args.misses:
        misses = [m for name, group in sorted(ann.windows(sentences).items()) for m in window_misses(name, group)]
        print("\n".join(m for m in misses if args.type is None or f"] {args.type}(" in m))
        return
    fps: list[FalsePositive] = []
    patterns: Counter[str] = Counter()
    for name, group in sorted(ann.windows(sentences).items()):
        found, used = window_false_positives(name, group)
        fps += found
        patterns.update(used)
    total = sum(patterns.values())
    shown = [fp for fp in fps if (args.type in (None, fp.type)) and (args.cls in (None, fp.cls))]
    if not args.quiet:
        for fp in shown[: args.limit or None]:
            print(f"[{fp.cls}/{fp.kind}] {fp.type} {fp.source} -> {fp.target} ({fp.modality}) «{fp.trigger}» {fp.rule}\n"
                  f"    {fp.sentence}\n    gold: {'; '.join(fp.gold_here) or '-'}\n")
    print(f"{len(fps)} false positives of {total} events ({args.split})")
    print("\n".join(tabulate(fps, "type", lambda fp: fp.type)))
    print()
    print("\n".join(tabulate(fps, "rule", lambda fp: rule_family(fp.rule))))
    print()
    print("\n".join(tabulate(fps, "kind", lambda fp: fp.kind)))
    print()
    print(worst_patterns(fps, patterns, args.top or len(patterns)))
    if args.json:
        args.json.write_text(json.dumps([asdict(fp) for fp in fps], ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
