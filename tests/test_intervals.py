"""SpanIndex answers as a scan over every span would, for spans of every shape."""

from __future__ import annotations

import random

import pytest

from ghatna.text.intervals import SpanIndex


def scan_overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def scan_covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


@pytest.mark.parametrize("seed", range(20))
def test_the_index_agrees_with_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    spans = [(s, s + rng.randint(1, 12)) for s in (rng.randint(0, 80) for _ in range(rng.randint(0, 25)))]
    index = SpanIndex(spans)
    for _ in range(300):
        start = rng.randint(0, 95)
        end = start + rng.randint(1, 15)
        assert index.overlaps(start, end) == scan_overlaps(spans, start, end), (spans, start, end)
        assert index.covers(start, end) == scan_covers(spans, start, end), (spans, start, end)


@pytest.mark.parametrize(("spans", "query", "overlaps", "covers"), [
    ([], (0, 5), False, False),
    ([(0, 5)], (5, 9), False, False),      # touching is not sharing a character
    ([(0, 5)], (4, 9), True, False),
    ([(0, 5)], (0, 5), True, False),       # a span does not cover itself
    ([(0, 5), (0, 5)], (0, 5), True, False),
    ([(0, 9)], (0, 5), True, True),        # same start, longer
    ([(2, 20), (3, 4)], (5, 9), True, True),  # an early long span reaches past later short ones
])
def test_edge_cases(spans: list[tuple[int, int]], query: tuple[int, int], overlaps: bool, covers: bool) -> None:
    index = SpanIndex(spans)
    assert index.overlaps(*query) is overlaps
    assert index.covers(*query) is covers
