"""When an event can have happened: a contract date at its precision, as a span of days.

A span is [lo, hi] (both known), or a month-day whose year is unknown, or unknown. Two
reports can be of one event only when their spans meet; meeting narrows: a year and a
month-day give that day of that year, and an unknown never erases what is known.
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, timedelta

log = logging.getLogger(__name__)

UNKNOWN_WIDTH = 100_000
MONTH_DAY_WIDTH = 400


@dataclass(frozen=True, slots=True)
class Span:
    """[lo, hi], or only a month-day (the year unknown), or unknown (nothing set)."""

    lo: date | None = None
    hi: date | None = None
    month_day: tuple[int, int] | None = None

    @property
    def anchored(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def width(self) -> int:
        if self.lo and self.hi:
            return (self.hi - self.lo).days
        return MONTH_DAY_WIDTH if self.month_day else UNKNOWN_WIDTH

    @property
    def center(self) -> date | None:
        return self.lo + (self.hi - self.lo) / 2 if self.lo and self.hi else None

    def widened(self, days: int) -> Span:
        if not days or not self.lo or not self.hi:
            return self
        return Span(self.lo - timedelta(days=days), self.hi + timedelta(days=days))


def distance(span: Span, anchor: date | None) -> int:
    """Days from the span's middle to the anchor (a huge number when either is unknown)."""
    center = span.center
    if anchor is None or center is None:
        return 10**9
    return abs((center - anchor).days)


def parse_iso(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def month_span(year: int, month: int) -> Span:
    return Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def capped(span: Span, published: date | None) -> Span:
    """A month or a year told by an article cannot reach past the day after it was published."""
    if published is None or span.lo is None or span.hi is None:
        return span
    cap = published + timedelta(days=1)
    return Span(span.lo, min(span.hi, cap)) if span.lo <= cap else span


def day_without_year(month: int, day: int, published: date | None) -> Span:
    if published is None:
        return Span(month_day=(month, day))
    try:
        guess = date(published.year, month, day)
        if guess > published + timedelta(days=1):
            guess = date(published.year - 1, month, day)
    except ValueError:  # 29 February in a year without it
        return Span(month_day=(month, day))
    return Span(guess, guess)


def reported_span(day: date, lookback: int) -> Span:
    """An event known only by the day it was reported: that day or the ``lookback`` days before."""
    return Span(day - timedelta(days=lookback), day)


def date_span(text: str | None, published: str | None, lookback: int = 2) -> Span:
    """What a contract date (at its precision) allows, using the publication date when needed."""
    pub = parse_iso(published)
    try:
        if text and text.startswith("--"):
            return day_without_year(int(text[2:4]), int(text[5:7]), pub)
        if text and len(text) == 10:
            return Span(date.fromisoformat(text), date.fromisoformat(text))
        if text and len(text) == 7:
            return capped(month_span(int(text[:4]), int(text[5:7])), pub)
        if text and len(text) == 4:
            return capped(Span(date(int(text), 1, 1), date(int(text), 12, 31)), pub)
    except ValueError:
        log.debug("unreadable date %r ignored", text)
    return reported_span(pub, lookback) if pub is not None else Span()


def days_with(month_day: tuple[int, int], span: Span) -> list[date]:
    """The days inside an anchored span that fall on the month-day."""
    assert span.lo is not None and span.hi is not None
    found = []
    for year in range(span.lo.year, span.hi.year + 1):
        try:
            day = date(year, *month_day)
        except ValueError:
            continue
        if span.lo <= day <= span.hi:
            found.append(day)
    return found


def meet_month_day(month_day: tuple[int, int], known: Span) -> Span | None:
    """An anchored span and a month-day: the one matching day, the span when several, or None."""
    days = days_with(month_day, known)
    if not days:
        return None
    return Span(days[0], days[0]) if len(days) == 1 else known


def intersect(a: Span, b: Span) -> Span | None:
    """The days both allow (narrowed as far as both say), or None when they cannot meet."""
    if a.anchored and b.anchored:
        lo, hi = max(a.lo, b.lo), min(a.hi, b.hi)  # type: ignore[type-var]
        return Span(lo, hi) if lo <= hi else None  # type: ignore[operator]
    if a.anchored or b.anchored:
        known, other = (a, b) if a.anchored else (b, a)
        return meet_month_day(other.month_day, known) if other.month_day else known
    if a.month_day and b.month_day:
        return a if a.month_day == b.month_day else None
    return a if a.month_day else b
