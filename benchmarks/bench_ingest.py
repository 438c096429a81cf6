"""Ingest benchmark: articles per second per core, and memory at 2,500 / 5,000 / 10,000 articles.

    python benchmarks/bench_ingest.py [--articles 10000] [--workers N] [--db /tmp/bench.duckdb]

Generates the corpus with gen_corpus.py (cached in /tmp/ghatna-bench), ingests it into a
fresh store and prints throughput (with and without the workers' one-off pipeline warm-up)
and the resident memory of the main process and of all workers at each checkpoint.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from gen_corpus import generate

from ghatna.store import IngestSettings, Store, ingest

CHECKPOINTS = (2_500, 5_000, 10_000)
CACHE = Path("/tmp/ghatna-bench")


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    pending, found = children(pid), []
    while pending:
        child = pending.pop()
        found.append(child)
        try:
            pending += children(child)
        except OSError:
            continue
    return found


def memory() -> tuple[float, float, float]:
    """RSS in MB of this process and of all its descendants, and their CPU seconds."""
    kids = descendants(os.getpid())
    return rss_mb(os.getpid()), sum(rss_mb(p) for p in kids), sum(cpu_seconds(p) for p in kids)


def corpus(articles: int) -> Path:
    path = CACHE / f"corpus-{articles}"
    if not (path / "articles.jsonl").exists():
        generate(path / "full", articles // 2 + 500, seed=5)
        with (path / "full" / "articles.jsonl").open(encoding="utf-8") as src, \
                (path / "articles.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(islice(src, articles))
    return path / "articles.jsonl"


class Meter:
    """Progress callback: notes time and memory as the checkpoints pass."""

    def __init__(self, checkpoints: tuple[int, ...]) -> None:
        self.done, self.first_at = 0, None
        self.pending = list(checkpoints)
        self.started = time.perf_counter()
        self.rows: list[tuple[int, float, float, float, float]] = []

    def __call__(self, count: int) -> None:
        self.done += count
        if self.first_at is None:
            self.first_at = (time.perf_counter(), self.done)
        while self.pending and self.done >= self.pending[0]:
            self.rows.append((self.pending.pop(0), time.perf_counter() - self.started, *memory()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--db", default=str(CACHE / "bench.duckdb"))
    args = parser.parse_args()
    path = corpus(args.articles)
    if not args.db.startswith("postgres"):
        Path(args.db).unlink(missing_ok=True)
    meter = Meter(tuple(c for c in CHECKPOINTS if c <= args.articles) or (args.articles,))
    with Store.open(args.db) as store:
        report = ingest(store, [str(path)], IngestSettings(workers=args.workers), meter)
    total = time.perf_counter() - meter.started
    first_time, first_done = meter.first_at or (meter.started, 0)
    steady = (meter.done - first_done) / max(1e-9, (meter.rows[-1][1] + meter.started) - first_time)
    print(f"{report.stored} articles, {report.events} events, {report.duplicate_links} links; "
          f"{args.workers} workers")
    print(f"total {total:.1f}s: {meter.done / total:.1f} articles/s = {meter.done / total / args.workers:.1f} "
          f"per core (warm-up included)")
    print(f"after warm-up: {steady:.1f} articles/s = {steady / args.workers:.1f} per core")
    worker_cpu, main_cpu = meter.rows[-1][4], sum(os.times()[:2])
    print(f"CPU: workers {worker_cpu:.1f}s = {meter.done / max(worker_cpu, 1e-9):.1f} articles per CPU-second "
          f"(warm-up included); main process (store, dedup, merge) {main_cpu:.1f}s = "
          f"{meter.done / max(main_cpu, 1e-9):.0f} articles per CPU-second")
    print("articles  seconds  main RSS MB  workers RSS MB")
    for done, seconds, main_mb, workers_mb, _ in meter.rows:
        print(f"{done:8d}  {seconds:7.1f}  {main_mb:11.1f}  {workers_mb:14.1f}")


if __name__ == "__main__":
    main()
