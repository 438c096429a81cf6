"""Pairwise precision and recall of article dedup and event merging on the generated corpus.

    python benchmarks/gen_corpus.py /tmp/corpus
    python benchmarks/eval_corpus.py /tmp/corpus [--db /tmp/corpus.duckdb] [--workers N]

Three scores are printed:
  dedup (pipeline):   near-duplicate groups found by ingest vs. the wire-copy truth;
  events (pipeline):  articles sharing a merged event vs. the event truth; then the same
                      over the articles in which the pipeline found an event at all (the
                      merging, apart from the event stage's recall);
  events (known):     merge_events on mentions built from the truth, with each outlet's
                      date precision and some actors named only by their country:
                      the merging logic alone.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from ghatna.store import Actor, IngestSettings, Mention, Store, ingest, merge_events


def pairs_of(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for group in groups:
        out |= {tuple(sorted(p)) for p in combinations(sorted(set(group)), 2)}  # type: ignore[misc]
    return out


def score(name: str, predicted: set[tuple[str, str]], truth: set[tuple[str, str]]) -> dict[str, float]:
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else float("nan")
    recall = hits / len(truth) if truth else float("nan")
    print(f"{name:20s} precision {precision:.4f}  recall {recall:.4f}  "
          f"(predicted pairs {len(predicted)}, true pairs {len(truth)})")
    return {"precision": precision, "recall": recall}


def truth_pairs(truth: dict[str, Any], key: str) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for url, info in truth["articles"].items():
        if info[key]:
            groups[info[key]].append(url)
    return pairs_of(groups.values())


def dedup_groups(store: Store) -> list[list[str]]:
    """Sources grouped by their article's duplicate group (or the article itself)."""
    rows = store.query("""SELECT s.source, coalesce(g.group_id, s.article_id) FROM sources s
                          LEFT JOIN duplicate_groups g ON g.article_id = s.article_id
                          WHERE s.article_id IS NOT NULL""")
    groups: dict[str, list[str]] = defaultdict(list)
    for source, group in rows:
        groups[group].append(source)
    return list(groups.values())


def event_groups(store: Store) -> list[list[str]]:
    rows = store.query("""SELECT DISTINCT em.event_id, s.source FROM event_mentions em
                          JOIN sources s ON s.article_id = em.article_id""")
    groups: dict[str, list[str]] = defaultdict(list)
    for event_id, source in rows:
        groups[event_id].append(source)
    return list(groups.values())


def sources_with_mentions(store: Store) -> set[str]:
    rows = store.query("""SELECT DISTINCT s.source FROM sources s JOIN mentions m ON m.article_id = s.article_id""")
    return {row[0] for row in rows}


def known_mention(url: str, info: dict[str, Any], event: dict[str, Any], rng: random.Random) -> Mention:
    day = event["day"]
    date = {"full": day, "daymonth": f"--{day[5:]}"}.get(info["date_form"])
    sides = []
    for side in ("source", "target"):
        name, kind = event[side], event[f"{side}_kind"]
        if kind == "GPE" or rng.random() < 0.15:  # some outlets name only the country
            sides.append(Actor(event[f"{side}_country"], event[f"{side}_country"], "GPE"))
        else:
            sides.append(Actor(name, event[f"{side}_country"], kind))
    return Mention(url, 0, event["type"], "asserted", sides[0], sides[1], date, info["published"],
                   event["place"] if rng.random() < 0.8 else None)


def known_event_groups(truth: dict[str, Any], seed: int = 3) -> list[list[str]]:
    rng = random.Random(seed)
    mentions = [known_mention(url, info, truth["events"][info["event"]], rng)
                for url, info in sorted(truth["articles"].items())]
    return [[m.article_id for m in cluster.members] for cluster in merge_events(mentions)]


def run_ingest(corpus: Path, db: str, workers: int) -> float:
    started = time.perf_counter()
    with Store.open(db) as store:
        report = ingest(store, [str(corpus / "articles.jsonl")], IngestSettings(workers=workers))
    elapsed = time.perf_counter() - started
    print(f"ingest: {report.stored} stored, {report.skipped} skipped, {report.failed} failed, "
          f"{report.events} events, {report.duplicate_links} links in {elapsed:.1f}s")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--db", default=None, help="store to use (default: CORPUS/eval.duckdb, rebuilt)")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    truth = json.loads((args.corpus / "truth.json").read_text(encoding="utf-8"))
    db = args.db or str(args.corpus / "eval.duckdb")
    if args.db is None:
        Path(db).unlink(missing_ok=True)
    run_ingest(args.corpus, db, args.workers or IngestSettings().workers)
    print(f"corpus: {len(truth['articles'])} articles, {len(truth['events'])} events")
    with Store.open(db) as store:
        score("dedup (pipeline)", pairs_of(dedup_groups(store)), truth_pairs(truth, "wire"))
        predicted, expected = pairs_of(event_groups(store)), truth_pairs(truth, "event")
        score("events (pipeline)", predicted, expected)
        found = sources_with_mentions(store)
        print(f"articles with at least one mention: {len(found)} of {len(truth['articles'])}")
        score("  of those articles", predicted, {p for p in expected if p[0] in found and p[1] in found})
    score("events (known)", pairs_of(known_event_groups(truth)), truth_pairs(truth, "event"))


if __name__ == "__main__":
    main()
