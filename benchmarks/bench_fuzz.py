"""Seeded mutations of real Hindi articles through the API: crashes, stage errors, offset
mismatches and non-JSON records counted (issue 14's target: 0 of each in 20,000).

    .venv/bin/python benchmarks/bench_fuzz.py [--count 20000] [--seed 14] [--own] [--every 1000]

Seeds are the real news in ``../shared/corpus`` (``--own``: the project's own written
articles, also used when ``../shared`` is absent). Mutations and outcome classes are those of
``fuzzing.py``. Prints the counts per class, up to five examples of each class that is not
``ok`` or ``read_error`` (seed, form and mutation steps: rerun with the same ``--seed`` and
``--count`` to reproduce), the time per MB of input and the slowest case. Exit status 1 when
any bug class is non-zero.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzzing import Report, own_seeds, real_seeds, run

from ghatna import Pipeline, Settings

KINDS = ("ok", "read_error", "crash", "stage_error", "offsets", "not_json", "oversize")


def print_report(report: Report, total: int, seconds: float) -> None:
    print(f"{total} mutations in {seconds:.0f} s "
          f"({report.input_chars / 1e6:.1f} M characters, {report.seconds / max(report.input_chars / 1e6, 1e-9):.2f} s per MB)")
    for kind in KINDS:
        print(f"  {kind:12s} {report.counts[kind]}")
    print(f"  slowest: {report.slowest[0]:.2f} s  {report.slowest[1][:160]}")
    for kind, examples in report.examples.items():
        print(f"examples of {kind}:")
        for example in examples:
            print(f"  {example[:400]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--own", action="store_true", help="mutate the project's own articles, not ../shared's")
    parser.add_argument("--every", type=int, default=1000, help="print progress every N mutations")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    seeds = own_seeds() if args.own else real_seeds() or own_seeds()
    print(f"{len(seeds)} seed articles ({'own' if args.own or not real_seeds() else '../shared/corpus'}), "
          f"seed {args.seed}")
    pipeline = Pipeline(Settings())
    started = time.perf_counter()

    def progress(number: int, report: Report) -> None:
        if number % args.every == 0:
            bugs = {k: report.counts[k] for k in KINDS[2:] if report.counts[k]}
            print(f"  {number}: {time.perf_counter() - started:.0f} s, bugs {bugs or 0}", flush=True)

    report = run(seeds, args.count, args.seed, pipeline, progress)
    print_report(report, args.count, time.perf_counter() - started)
    return 1 if report.bugs else 0


if __name__ == "__main__":
    sys.exit(main())
