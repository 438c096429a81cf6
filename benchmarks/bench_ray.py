"""Ray benchmark: ingest on a local Ray cluster with 1 worker, then with 2; wall time and speed-up.

    python benchmarks/bench_ray.py [--articles 3000] [--workers 1 2] [--batch-size 64] [--db-dir /tmp/ghatna-bench]

Inputs: the first ``--articles`` articles of the corpus bench_ingest.py uses (gen_corpus.py,
synthetic Hindi articles written from the generator's own templates, cached in
/tmp/ghatna-bench). For each worker count a local Ray cluster with that many CPUs is
started (not timed: a one-off cost, nil on a running cluster), then ``ingest_on_ray`` runs
into a fresh DuckDB store and is timed whole: actors starting and loading their pipeline,
the pipeline over every batch, the driver saving each batch, near-duplicate linking and
merging. Prints the wall time per run, the speed-up of each against the first, and
whether the stores hold the same rows (they must; code edited while it runs makes them
differ). Ray's workers run at the driver's priority (``RAY_worker_niceness=0``; Ray's
default, nice 15, starves them on a machine that is not idle). Run it on an otherwise idle machine with at least as many cores as the largest
worker count.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_ingest import corpus

from ghatna.store import IngestSettings, Store
from ghatna.store.ray_engine import ingest_on_ray, start_ray

TABLES = ("articles", "sources", "mentions", "article_links", "duplicate_groups", "events", "event_mentions")


def sample(articles: int, out: Path) -> Path:
    """The first N articles of the bench_ingest corpus (generated at the next size up)."""
    if not out.exists():
        size = next((s for s in (1_000, 10_000, 100_000) if s >= articles), articles)
        with corpus(size).open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
            dst.writelines(islice(src, articles))
    return out


def digest(store: Store) -> str:
    """One hash of every stored row: equal digests, equal stores."""
    hashed = hashlib.sha256()
    for table in TABLES:
        for row in store.table_rows(table):
            hashed.update(repr(row).encode("utf-8"))
    return hashed.hexdigest()[:16]


def run(path: Path, workers: int, batch_size: int, db: Path) -> tuple[float, float, str, int, float]:
    """(seconds to start the cluster, seconds to ingest, store digest, events, CPU seconds of
    this process, the driver, during the ingest)."""
    import ray

    db.unlink(missing_ok=True)
    started = time.perf_counter()
    start_ray(None, workers)
    cluster = time.perf_counter() - started
    try:
        with Store.open(str(db)) as store:
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest_on_ray(store, [str(path)], IngestSettings(workers=workers, batch_size=batch_size))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            return cluster, seconds, digest(store), report.events, cpu
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--db-dir", type=Path, default=Path("/tmp/ghatna-bench"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # Ray starts its workers at nice 15: on a machine that is not idle they get only what
    # other processes leave, whatever their number. The same priority as the driver here.
    os.environ.setdefault("RAY_worker_niceness", "0")
    args.db_dir.mkdir(parents=True, exist_ok=True)
    path = sample(args.articles, args.db_dir / f"ray-sample-{args.articles}.jsonl")
    load = os.getloadavg()[0]
    print(f"{args.articles} articles ({path}), batches of {args.batch_size}, {os.cpu_count()} cores, "
          f"load average {load:.1f} at start")
    results = []
    for workers in args.workers:
        cluster, seconds, hashed, events, cpu = run(path, workers, args.batch_size, args.db_dir / f"ray-{workers}.duckdb")
        results.append((workers, seconds, hashed))
        print(f"  {workers} worker(s): ingest {seconds:.1f} s = {args.articles / seconds:.1f} articles/s "
              f"({events} events; driver CPU {cpu:.1f} s; "
              f"cluster start {cluster:.1f} s, not counted; store {hashed})", flush=True)
    base = results[0][1]
    for workers, seconds, _ in results[1:]:
        print(f"speed-up {workers} workers vs {results[0][0]}: {base / seconds:.2f}x (target >= 1.6x for 2 vs 1)")
    same = len({h for _, _, h in results}) == 1
    print(f"same store in every run: {'yes' if same else 'NO'}; load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
