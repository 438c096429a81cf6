"""Ray benchmark: ingest on a local Ray cluster with 1 worker, then with 2; wall time and speed-up.

    python benchmarks/bench_ray.py [--articles 3000] [--workers 1 2] [--batch-size 64] [--repeat 3] [--local]
                                   [--db-dir /tmp/ghatna-bench]

Inputs: the first ``--articles`` articles of the corpus bench_ingest.py uses (gen_corpus.py,
synthetic Hindi articles written from the generator's own templates, cached in
/tmp/ghatna-bench). For each worker count a local Ray cluster with that many CPUs is
started (not timed: a one-off cost, nil on a running cluster; with it Ray's serializer, which
this process sets up once, 0.3 s in the first run only), then ``ingest_on_ray`` runs into a
fresh DuckDB store and is timed whole: actors starting and loading their pipeline, the
pipeline over every batch, the driver saving each batch, near-duplicate linking and merging.
Prints the wall time per run with the load average at its start, the driver's CPU seconds
(process time: this process, with Ray's and DuckDB's threads in it) per phase (the pipeline
phase up to the last batch saved, of which saving the batches; linking; merging), the
speed-up of each run against the first, and whether the stores hold the same rows (they
must; code edited while it runs makes them differ). Ray's workers run at the driver's
priority (``RAY_worker_niceness=0``; Ray's default, nice 15, starves them on a machine that is
not idle). Run it on an otherwise idle machine with at least as many cores as the largest
worker count. With ``--repeat N`` the worker counts take turns N times (1, 2, 1, 2, ...) and
the speed-up is stated per round and as the median of the rounds: on the shared 2-core
machine one run's wall time moves by 5-10% from run to run (the 1-worker run most, whose
driver has a core to itself), so one round is not a figure. With ``--local`` each round also
runs the local engine with one worker process (``ingest``: the same batches, steps and store)
and states each Ray run's speed-up against it, to check that Ray's one-worker run is no
slower a baseline than a local run.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar, Self

sys.path.insert(0, str(Path(__file__).parent))

from bench_ingest import corpus

from ghatna.store import IngestSettings, Store, ingest, ray_engine
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


class Phases:
    """The driver's CPU and wall seconds per phase of ``ingest_on_ray``: its steps are wrapped
    where ray_engine calls them (saving each group of batches, linking, merging)."""

    STEPS: ClassVar[dict[str, str]] = {"save_rows": "save", "link_duplicates": "link", "rebuild_events": "merge"}

    def __init__(self) -> None:
        self.cpu: dict[str, float] = dict.fromkeys(self.STEPS.values(), 0.0)
        self.wall: dict[str, float] = dict.fromkeys(self.STEPS.values(), 0.0)
        self.saved_at = 0.0  # wall clock of the last batch saved
        self.originals = {name: getattr(ray_engine, name) for name in self.STEPS}

    def __enter__(self) -> Self:
        for name, phase in self.STEPS.items():
            setattr(ray_engine, name, self.timed(self.originals[name], phase))
        return self

    def __exit__(self, *exc: object) -> None:
        for name, original in self.originals.items():
            setattr(ray_engine, name, original)

    def timed(self, step: Callable[..., Any], phase: str) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            cpu, wall = time.process_time(), time.perf_counter()
            try:
                return step(*args, **kwargs)
            finally:
                self.cpu[phase] += time.process_time() - cpu
                self.wall[phase] += time.perf_counter() - wall
                if phase == "save":
                    self.saved_at = time.perf_counter()
        return run


@dataclass(frozen=True)
class Run:
    workers: int
    cluster: float  # seconds to start the cluster (not counted)
    seconds: float
    cpu: float  # the driver's CPU seconds during the ingest
    load: float  # load average (1 minute) at the start
    digest: str
    events: int
    phases: Phases
    started: float


def run(path: Path, workers: int, batch_size: int, db: Path) -> Run:
    """One ingest into a fresh store on a fresh local cluster of ``workers`` CPUs."""
    import ray

    db.unlink(missing_ok=True)
    started = time.perf_counter()
    start_ray(None, workers)
    ray.put(None)  # Ray's serializer is set up once per process (0.3 s, pydantic): in the first run only
    cluster = time.perf_counter() - started
    try:
        with Store.open(str(db)) as store:
            with Phases() as phases:
                load = os.getloadavg()[0]
                started, cpu = time.perf_counter(), time.process_time()
                report = ingest_on_ray(store, [str(path)], IngestSettings(workers=workers, batch_size=batch_size))
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            return Run(workers, cluster, seconds, cpu, load, digest(store), report.events, phases, started)
    finally:
        ray.shutdown()


def run_local(path: Path, batch_size: int, db: Path) -> Run:
    """One ingest into a fresh store by the local engine with one worker process."""
    db.unlink(missing_ok=True)
    with Store.open(str(db)) as store:
        load = os.getloadavg()[0]
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest(store, [str(path)], IngestSettings(workers=1, batch_size=batch_size))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        return Run(0, 0.0, seconds, cpu, load, digest(store), report.events, Phases(), started)


def describe(articles: int, result: Run) -> str:
    if not result.workers:
        return (f"  local, 1 worker process: ingest {result.seconds:.1f} s (load {result.load:.1f} at start; "
                f"{result.events} events; store {result.digest}; driver CPU {result.cpu:.2f} s)")
    phases = result.phases
    pipeline_cpu = result.cpu - phases.cpu["link"] - phases.cpu["merge"]
    return (f"  {result.workers} worker(s): ingest {result.seconds:.1f} s = {articles / result.seconds:.1f} articles/s "
            f"(load {result.load:.1f} at start; {result.events} events; store {result.digest}; cluster start "
            f"{result.cluster:.1f} s, not counted)\n"
            f"      last batch saved at {phases.saved_at - result.started:.1f} s, link {phases.wall['link']:.2f} s, "
            f"merge {phases.wall['merge']:.2f} s\n"
            f"      driver CPU {result.cpu:.2f} s: pipeline phase {pipeline_cpu:.2f} (saving {phases.cpu['save']:.2f}), "
            f"link {phases.cpu['link']:.2f}, merge {phases.cpu['merge']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of all worker counts (median speed-up)")
    parser.add_argument("--local", action="store_true", help="also the local engine with one worker, each round")
    parser.add_argument("--db-dir", type=Path, default=Path("/tmp/ghatna-bench"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    # Ray starts its workers at nice 15: on a machine that is not idle they get only what
    # other processes leave, whatever their number. The same priority as the driver here.
    os.environ.setdefault("RAY_worker_niceness", "0")
    args.db_dir.mkdir(parents=True, exist_ok=True)
    path = sample(args.articles, args.db_dir / f"ray-sample-{args.articles}.jsonl")
    print(f"{args.articles} articles ({path}), batches of {args.batch_size}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} at start")
    rounds = []
    for _ in range(max(1, args.repeat)):
        results = []
        for workers in args.workers:
            result = run(path, workers, args.batch_size, args.db_dir / f"ray-{workers}.duckdb")
            results.append(result)
            print(describe(args.articles, result), flush=True)
        base = results[0]
        for result in results[1:]:
            print(f"speed-up {result.workers} workers vs {base.workers}: {base.seconds / result.seconds:.2f}x "
                  f"(target >= 1.6x for 2 vs 1)", flush=True)
        if args.local:
            results.append(run_local(path, args.batch_size, args.db_dir / "local-1.duckdb"))
            print(describe(args.articles, results[-1]))
            print("speed-up vs the local engine's 1 worker: " + ", ".join(
                f"{r.workers} Ray workers {results[-1].seconds / r.seconds:.2f}x" for r in results[:-1]), flush=True)
        rounds.append(results)
    if len(rounds) > 1:
        for index, workers in enumerate(args.workers[1:], start=1):
            ratios = sorted(r[0].seconds / r[index].seconds for r in rounds)
            print(f"median speed-up {workers} workers vs {args.workers[0]} over {len(rounds)} rounds: "
                  f"{statistics.median(ratios):.2f}x (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
        if args.local:
            for index, workers in enumerate(args.workers):
                ratios = sorted(r[-1].seconds / r[index].seconds for r in rounds)
                print(f"median speed-up {workers} Ray workers vs the local engine's 1 over {len(rounds)} rounds: "
                      f"{statistics.median(ratios):.2f}x (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
    same = len({r.digest for results in rounds for r in results}) == 1
    print(f"same store in every run: {'yes' if same else 'NO'}; load average now {os.getloadavg()[0]:.1f}")

if __name__ == "__main__":
    main()
