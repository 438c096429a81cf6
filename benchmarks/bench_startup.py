"""Start-up: how long a user waits for `ghatna --help`, `--version` and a one-file extract.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Inputs: the bundled example article (src/ghatna/examples/kathmandu_wire.txt). Each command
runs as a fresh process, as a user types it; the figure is the median wall time of the
runs (and the fastest). One-file extract is measured with a warm cache (the usual case)
and with a cold one (a new, empty cache directory: the first run after installing or
after a data file changed). Aims: help and version under 0.3 s, extract under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "ghatna" / "examples" / "kathmandu_wire.txt"
GHATNA = [sys.executable, "-m", "ghatna"]


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def measure(name: str, command: list[str], runs: int, env: dict[str, str], fresh_cache: bool = False) -> None:
    times = []
    for _ in range(runs):
        if fresh_cache:
            with tempfile.TemporaryDirectory() as cache:
                times.append(wall(command, {**env, "GHATNA_CACHE_DIR": cache}))
        else:
            times.append(wall(command, env))
    print(f"{name:34s} median {statistics.median(times):6.3f} s   fastest {min(times):6.3f} s   ({runs} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    wall([*GHATNA, "extract", str(EXAMPLE)], env)  # warm the cache and the OS file cache
    measure("ghatna --help", [*GHATNA, "--help"], args.runs, env)
    measure("ghatna --version", [*GHATNA, "--version"], args.runs, env)
    measure("ghatna extract ONE (warm cache)", [*GHATNA, "extract", str(EXAMPLE)], args.runs, env)
    measure("ghatna extract ONE (cold cache)", [*GHATNA, "extract", str(EXAMPLE)], max(3, args.runs // 2), env,
            fresh_cache=True)


if __name__ == "__main__":
    main()
