"""Scaling benchmark: ingest of 1,000 and of 10,000 articles; time ratio and peak memory.

    python benchmarks/bench_scaling.py [--sizes 1000 10000] [--workers N] [--engine local|ray]

Inputs: for each size N, the corpus bench_ingest.py uses (gen_corpus.py: synthetic Hindi
articles written from the generator's own templates, N/2 + 500 events over the same years,
wire copies and outlets' own reports shuffled; the first N articles; cached in
/tmp/ghatna-bench). Each size is ingested into a fresh DuckDB store by a fresh process
(so its peak memory is its own), with ``--workers`` pipeline processes (default: the
cores). Prints per size the wall time, the main process's CPU time (the store's work:
saving, near-duplicate linking, merging; the pipeline runs in the workers), and the peak
RSS of the main process, of the largest worker and of all workers together (sampled
twice a second); then the ratios (targets: time <= 11x for 10x the
articles; peak memory flat).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_ingest import CACHE, corpus, descendants, rss_mb

from ghatna.store import IngestSettings, Store, ingest


class Sampler(threading.Thread):
    """Samples, twice a second, the RSS of every process this one started (pool workers and
    their server; Ray's processes); keeps the largest one process reached and the largest sum."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.largest = self.total = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.5):
            try:
                sizes = [rss_mb(pid) for pid in descendants(os.getpid())]
            except OSError:
                continue
            self.largest, self.total = max(self.largest, *sizes, 0.0), max(self.total, sum(sizes))


def one(size: int, workers: int, engine: str) -> dict[str, float]:
    """Ingest one size in this process and return its figures."""
    path = corpus(size)
    db = CACHE / f"scaling-{size}.duckdb"
    db.unlink(missing_ok=True)
    sampler = Sampler()
    sampler.start()
    started, cpu = time.perf_counter(), time.process_time()
    with Store.open(str(db)) as store:
        settings = IngestSettings(workers=workers)
        if engine == "ray":
            from ghatna.store.ray_engine import ingest_on_ray

            report = ingest_on_ray(store, [str(path)], settings)
        else:
            report = ingest(store, [str(path)], settings)
    seconds, main_cpu = time.perf_counter() - started, time.process_time() - cpu
    sampler.stop.set()
    return {"size": size, "seconds": seconds, "main_cpu": main_cpu,
            "main_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # kilobytes on Linux
            "worker_peak_mb": sampler.largest, "workers_total_mb": sampler.total,
            "stored": report.stored, "events": report.events, "links": report.duplicate_links}


def measure(size: int, workers: int, engine: str) -> dict[str, float]:
    """Run ``one`` in a fresh process: the peak RSS of each size is then its own."""
    corpus(size)  # generated here, outside the timed run
    command = [sys.executable, __file__, "--one", str(size), "--workers", str(workers), "--engine", engine]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--engine", choices=("local", "ray"), default="local")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.workers, args.engine)))
        return
    print(f"{args.workers} workers ({args.engine}), {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("articles  events  seconds  main CPU s  main peak MB  largest worker MB  all workers MB")
    rows = []
    for size in args.sizes:
        row = measure(size, args.workers, args.engine)
        rows.append(row)
        print(f"{row['size']:8d}  {row['events']:6d}  {row['seconds']:7.1f}  {row['main_cpu']:10.1f}  "
              f"{row['main_peak_mb']:12.0f}  {row['worker_peak_mb']:17.0f}  {row['workers_total_mb']:14.0f}",
              flush=True)
    first, last = rows[0], rows[-1]
    scale = last["size"] / first["size"]
    print(f"{scale:.0f}x the articles: {last['seconds'] / first['seconds']:.2f}x the time "
          f"(target <= {scale * 1.1:.0f}x), main peak memory {last['main_peak_mb'] / first['main_peak_mb']:.2f}x, "
          f"worker peak memory {last['worker_peak_mb'] / first['worker_peak_mb']:.2f}x (target: flat); "
          f"load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
