"""Questions about many character spans at once, each answered in logarithmic time.

A stage that asks "does this span touch any of those?" once per candidate must not rescan
every span each time: an article made of one name repeated gives tens of thousands of both.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanIndex:
    """Half-open spans ``(start, end)`` sorted by start, with the greatest end so far."""

    __slots__ = ("reach", "spans", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach: list[int] = []
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def __len__(self) -> int:
        return len(self.spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with ``[start, end)``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some other, longer span holds ``[start, end)`` whole."""
        k = bisect_left(self.starts, start)
        if k > 0 and self.reach[k - 1] >= end:
            return True
        stop = bisect_right(self.starts, start)
        return any(e > end for _, e in self.spans[k:stop])
