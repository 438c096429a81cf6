"""Store benchmark: merging one large block, and adding a few articles to a large store.

    python benchmarks/bench_store.py [--articles 10000] [--add 10] [--db /tmp/ghatna-bench/store.duckdb]

1. A block of 10,000 mentions (daily strikes over three years, reported on the day, the day
   after, undated, by month): seconds for merge_events (target <= 5 s).
2. A store of N synthetic articles (hand-built records as the pipeline hands them over:
   bodies of 120 words, one to three events among 14 leaders and 6 conflict dyads over two
   years, every fifth article a wire copy), linked and merged; then adding ``--add``
   articles: seconds for save_batch + link_duplicates + rebuild_events (target <= 2 s at
   10,000), wall and CPU time, split into save / link / merge, with the same for a store
   a tenth the size to show the cost does not grow with the store.
3. The pipeline's own time for ``--add`` articles of the gen_corpus.py corpus (synthetic
   Hindi articles from the generator's templates), in this process with a warmed-up
   pipeline: what the same addition costs before the store (a ``ghatna ingest`` of 10
   new articles pays both, plus starting its workers).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from ghatna.store import (
    Actor,
    Mention,
    Processed,
    Store,
    link_duplicates,
    merge_events,
    rebuild_events,
    save_batch,
    signature,
)

LEADERS = [("Narendra Modi", "IND"), ("Xi Jinping", "CHN"), ("Vladimir Putin", "RUS"), ("Donald Trump", "USA"),
           ("Shehbaz Sharif", "PAK"), ("Volodymyr Zelensky", "UKR"), ("Benjamin Netanyahu", "ISR"),
           ("Recep Tayyip Erdogan", "TUR"), ("Emmanuel Macron", "FRA"), ("Keir Starmer", "GBR"),
           ("KP Sharma Oli", "NPL"), ("Muhammad Yunus", "BGD"), ("Shigeru Ishiba", "JPN"), ("Masoud Pezeshkian", "IRN")]
CONFLICTS = [("RUS", "UKR"), ("UKR", "RUS"), ("ISR", "IRN"), ("IRN", "ISR"), ("IND", "PAK"), ("PAK", "IND")]
WORDS = ["सरकार", "बैठक", "समझौता", "हमला", "सीमा", "सेना", "मंत्री", "बयान", "विदेश", "व्यापार", "सुरक्षा", "चर्चा", "दौरा", "राष्ट्रपति", "प्रधानमंत्री", "देश", "क्षेत्र", "नीति", "संबंध", "सहयोग", "विरोध", "आरोप", "प्रतिबंध", "सहायता"]
START = date(2024, 1, 1)


def big_block(n: int = 10_000) -> list[Mention]:
    russia, ukraine = Actor("Russia", "RUS", "GPE"), Actor("Ukraine", "UKR", "GPE")
    mentions = []
    for k in range(n):
        day = START + timedelta(days=k % 1000)
        style = k % 4
        text = [day.isoformat(), None, day.isoformat()[:7], (day + timedelta(days=1)).isoformat()][style]
        mentions.append(Mention(f"{k:06d}", 0, "ASSAULT", "asserted", russia, ukraine, text,
                                (day + timedelta(days=1)).isoformat()))
    return mentions


def actor(name: str, country: str, sector: str = "GOV") -> dict[str, Any]:
    return {"name": name, "country": country, "sector": sector, "kb_id": None}


def make_event(rng: random.Random) -> dict[str, Any]:
    day = START + timedelta(days=rng.randrange(730))
    if rng.random() < 0.4:
        source, target = (actor(f"{c} military", c, "MIL") for c in rng.choice(CONFLICTS))
        kind, cameo = "ASSAULT", "190"
    else:
        (a, ca), (b, cb) = rng.sample(LEADERS, 2)
        source, target, kind, cameo = actor(a, ca), actor(b, cb), rng.choice(["CONSULT", "ACCUSE", "AGREE"]), "040"
    text = "वार्ता हुई और फैसला लिया गया।"
    return {"type": kind, "mode": None, "cameo": cameo, "goldstein": 1.0, "source": source, "target": target,
            "date": rng.choice([day.isoformat(), None, f"--{day.month:02d}-{day.day:02d}"]),
            "location": None, "modality": "asserted", "evidence": {"text": text, "start": 0, "end": len(text)},
            "trigger": {"text": "वार्ता", "start": 0, "end": 6, "rule": "bench"}, "confidence": 0.8,
            "_published": (day + timedelta(days=1)).isoformat()}


def make_article(number: int, rng: random.Random, wire: str | None = None) -> Processed:
    body = wire or " ".join(rng.choice(WORDS) for _ in range(120)) + f" {number}"
    events = [make_event(rng) for _ in range(rng.randint(1, 3))]
    published = events[0].pop("_published")
    for other in events[1:]:
        other.pop("_published")
    source = f"https://outlet{number % 80}.example/{number}"
    record = {"source": source, "id": hashlib.sha256(f"{body}{number}".encode()).hexdigest(), "language": "hi",
              "title": body[:30], "published": published, "body": body, "events": events, "entities": []}
    return Processed(source, None, source, published, record, signature(body))


def build_store(path: str, articles: int, seed: int = 1) -> random.Random:
    rng = random.Random(seed)
    Path(path).unlink(missing_ok=True)
    with Store.open(path) as store:
        batch: list[Processed] = []
        for number in range(articles):
            batch.append(make_article(number, rng))
            if len(batch) == 500:
                save_batch(store, batch)
                batch = []
        save_batch(store, batch)
        started = time.perf_counter()
        link_duplicates(store)
        rebuild_events(store)
        print(f"  store of {articles} articles: first dedup + merge {time.perf_counter() - started:.1f} s")
    return rng


def time_addition(path: str, rng: random.Random, add: int, offset: int) -> tuple[float, float, list[float]]:
    """(wall seconds, CPU seconds, wall seconds of save, link and merge) for adding ``add`` articles."""
    with Store.open(path) as store:
        items = [make_article(offset + k, rng) for k in range(add)]
        started, cpu, marks = time.perf_counter(), time.process_time(), []
        for step in (lambda: save_batch(store, items), lambda: link_duplicates(store), lambda: rebuild_events(store)):
            step()
            marks.append(time.perf_counter())
        parts = [b - a for a, b in zip([started, *marks], marks, strict=False)]
        return time.perf_counter() - started, time.process_time() - cpu, parts


def pipeline_time(add: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the pipeline alone over ``add`` gen_corpus articles, warmed up first."""
    import json

    from bench_ingest import corpus

    from ghatna.api import process
    from ghatna.pipeline import Pipeline
    from ghatna.settings import Settings
    from ghatna.text.readers import RawArticle

    with corpus(1_000).open(encoding="utf-8") as handle:
        lines = [json.loads(line) for _, line in zip(range(add + 1), handle, strict=False)]
    raws = [RawArticle(d["url"], text=d["text"], url=d["url"], published=d["published"], outlet=d["source"])
            for d in lines]
    pipeline = Pipeline(Settings())
    process(raws[0], pipeline)  # loads the lexicons, knowledge base and models
    started, cpu = time.perf_counter(), time.process_time()
    for raw in raws[1:]:
        process(raw, pipeline)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--add", type=int, default=10)
    parser.add_argument("--db", default="/tmp/ghatna-bench/store.duckdb")
    args = parser.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    block = big_block()
    started = time.perf_counter()
    events = merge_events(block)
    print(f"one block of {len(block)} mentions merged into {len(events)} events in "
          f"{time.perf_counter() - started:.2f} s (target <= 5 s)")
    for size in (args.articles // 10, args.articles):
        rng = build_store(args.db, size)
        runs = sorted(time_addition(args.db, rng, args.add, 10_000_000 + 1000 * k) for k in range(3))
        wall, cpu, parts = runs[1]
        print(f"adding {args.add} articles to a store of {size}: wall {', '.join(f'{r[0]:.2f}' for r in runs)} s "
              f"(median {wall:.2f} s: save {parts[0]:.2f}, link {parts[1]:.2f}, merge {parts[2]:.2f}; "
              f"CPU {cpu:.2f} s; target <= 2 s at 10,000)", flush=True)
    wall, cpu = pipeline_time(args.add)
    print(f"the pipeline alone for {args.add} articles (warm, one process): wall {wall:.2f} s, CPU {cpu:.2f} s")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
