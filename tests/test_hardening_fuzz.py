"""A bounded, seeded fuzz run (issue 14): mutations of the project's own written articles and,
when ``../shared`` is beside the project, of real news, through the readers and the API.
Every one gives a record or a named error: no crash, no stage error, offsets that round-trip,
no duplicate mention, strict JSON, a record that grows linearly (under 20x its input: text made of
nothing but short figures or quotes gives ~14x; the hostile inputs of issue 14 stay under 10x).

The mutations and the classes are those of ``benchmarks/fuzzing.py``; ``benchmarks/bench_fuzz.py``
runs the same with 20,000 mutations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_modules import load_benchmark
from test_hardening_inputs import hang_guard

import ghatna

ROOT = Path(__file__).resolve().parents[1]
MUTATIONS = 150  # per seed set: a few hundred in all
SEED = 14
HANG_GUARD_SECONDS = 600  # measured: 10-40 s for each set
BUG_KINDS = ("crash", "stage_error", "offsets", "not_json", "oversize")


fuzzing = load_benchmark("fuzzing")


def check(seeds: list[object], pipeline: ghatna.Pipeline) -> None:
    with hang_guard(HANG_GUARD_SECONDS):
        report = fuzzing.run(seeds, MUTATIONS, SEED, pipeline)
    bugs = {kind: report.counts[kind] for kind in BUG_KINDS if report.counts[kind]}
    assert not bugs, f"{bugs}: {report.examples}"
    assert report.counts["ok"] >= MUTATIONS * 0.8  # most mutations still read as articles


def test_mutations_of_own_articles(pipeline: ghatna.Pipeline) -> None:
    seeds = fuzzing.own_seeds(ROOT)
    assert len(seeds) >= 50
    check(seeds, pipeline)


def test_mutations_of_real_articles(pipeline: ghatna.Pipeline) -> None:
    seeds = fuzzing.real_seeds(ROOT.parent / "shared")
    if not seeds:
        pytest.skip("../shared/corpus is not beside the project: no real articles to mutate")
    check(seeds, pipeline)


def test_the_mutations_are_seeded() -> None:
    seeds = fuzzing.own_seeds(ROOT)
    first = [c.describe() for c in fuzzing.cases(seeds, 20, SEED)]
    assert first == [c.describe() for c in fuzzing.cases(seeds, 20, SEED)]
    assert first != [c.describe() for c in fuzzing.cases(seeds, 20, SEED + 1)]
