"""Agreement between two annotators who labelled the same sentences independently.

    python training/annotate/agreement.py training/annotations/real-*.jsonl \
        --second training/annotations/agreement/second-pass-b1.jsonl

FIRST files are the first pass, SECOND the blind second pass over a sample (either the
project's annotation files, sentences keyed by collection, record and offsets, or the
annotators' own output files, keyed by ``sid``). Prints, over the sentences both labelled:
- event or not per sentence: observed agreement and Cohen's kappa;
- event types per sentence: F1 of one pass against the other (a symmetric measure);
- events at the dyad level (type and both sides' countries, either order for symmetric
  types): F1;
- entity mentions (exact string and type): F1.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def read(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row.get("sid") or "|".join(str(row[k]) for k in ("collection", "record", "start", "end"))] = row
    return out


def country(actor: Any) -> str | None:
    return (actor.get("country") or None) if isinstance(actor, dict) else None


def dyads(row: dict[str, Any]) -> Counter[tuple[Any, ...]]:
    out: Counter[tuple[Any, ...]] = Counter()
    for e in row.get("events") or []:
        sides = (country(e.get("source")), country(e.get("target")))
        if e["type"] in SYMMETRIC:
            sides = tuple(sorted(sides, key=str))  # type: ignore[assignment]
        out[(e["type"], *sides)] += 1
    return out


def types(row: dict[str, Any]) -> Counter[tuple[Any, ...]]:
    return Counter((e["type"],) for e in row.get("events") or [])


def entities(row: dict[str, Any]) -> Counter[tuple[Any, ...]]:
    return Counter((e.get("text") or tuple(e["span"]), e["type"]) for e in row.get("entities") or [])


def f1(first: list[Counter[tuple[Any, ...]]], second: list[Counter[tuple[Any, ...]]]) -> tuple[float, int, int]:
    common = sum(sum((a & b).values()) for a, b in zip(first, second, strict=True))
    n1, n2 = sum(sum(a.values()) for a in first), sum(sum(b.values()) for b in second)
    return (2 * common / (n1 + n2) if n1 + n2 else 1.0), n1, n2


def kappa(pairs: list[tuple[bool, bool]]) -> tuple[float, float]:
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    p1, p2 = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = p1 * p2 + (1 - p1) * (1 - p2)
    return observed, (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", nargs="+", type=Path)
    parser.add_argument("--second", type=Path, required=True)
    args = parser.parse_args()
    first, second = read(args.first), read([args.second])
    both = [sid for sid in second if sid in first and not first[sid].get("skip") and not second[sid].get("skip")]
    a, b = [first[s] for s in both], [second[s] for s in both]
    observed, k = kappa([(bool(x.get("events")), bool(y.get("events"))) for x, y in zip(a, b, strict=True)])
    print(f"sentences labelled by both (not skipped): {len(both)}")
    print(f"event or not:   agreement {observed:.3f}, Cohen's kappa {k:.3f}")
    for name, measure in (("event types", types), ("dyads", dyads), ("entities", entities)):
        score, n1, n2 = f1([measure(x) for x in a], [measure(y) for y in b])
        print(f"{name + ':':15s} F1 {score:.3f} ({n1} first pass, {n2} second pass)")


if __name__ == "__main__":
    main()
