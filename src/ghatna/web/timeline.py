"""Events over time: counts per day, week or month by type and quad class, with Goldstein sums.

An event is placed on the day of its date when that date names a day; otherwise only when
every day it may have happened on (its ``date_lo``..``date_hi``) lies in one period: a
month-precise event appears on a monthly timeline but not on a daily one, where it is
counted as ``imprecise`` instead. Dates are never made more precise than the text allows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .params import BadParameter
from .vocab import QUAD_NAMES, QUAD_OF_TYPE

QUAD_KEYS = tuple(str(q) for q in QUAD_NAMES)


@dataclass(slots=True)
class Period:
    """One day, week or month; most periods of a long daily timeline are empty, so they carry no counters."""

    start: date
    events: int = 0
    goldstein: float = 0.0
    types: Counter[str] | None = None

    def add(self, type_: str, events: int, goldstein: float) -> None:
        self.events += events
        self.goldstein += goldstein
        self.types = self.types or Counter()
        self.types[type_] += events

    def quads(self) -> dict[str, int]:
        counts = dict.fromkeys(QUAD_KEYS, 0)
        for type_, n in self.types.items() if self.types else ():
            quad = str(QUAD_OF_TYPE.get(type_, 0))
            if quad in counts:
                counts[quad] += n
        return counts


def bucket_start(day: date, interval: str) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    return day


def next_start(start: date, interval: str) -> date:
    if interval == "week":
        return start + timedelta(days=7)
    if interval == "month":
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def label(start: date, interval: str) -> str:
    if interval == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return start.isoformat()[:7] if interval == "month" else start.isoformat()


def day_or_none(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def placed_on(row: dict[str, Any], interval: str) -> date | None:
    """The day that places an event in a period, or None when its date is vaguer than the period."""
    text = str(row.get("date") or "")
    if len(text) == 10 and not text.startswith("--"):
        return day_or_none(text)
    lo, hi = day_or_none(row.get("date_lo")), day_or_none(row.get("date_hi"))
    if lo is None or hi is None or bucket_start(lo, interval) != bucket_start(hi, interval):
        return None
    return lo


def fold(rows: Iterable[dict[str, Any]], interval: str, max_periods: int) -> dict[str, Any]:
    """The timeline of aggregate rows (``sql.aggregate_rows``), gaps filled with empty periods."""
    periods: dict[date, Period] = {}
    imprecise = 0
    for row in rows:
        day = placed_on(row, interval)
        count, goldstein = int(row["events"]), float(row["goldstein"] or 0.0)
        if day is None:
            imprecise += count
            continue
        start = bucket_start(day, interval)
        periods.setdefault(start, Period(start)).add(str(row["type"]), count, goldstein)
    return timeline_json(fill(periods, interval, max_periods), interval, imprecise)


def fill(periods: dict[date, Period], interval: str, max_periods: int) -> list[Period]:
    if not periods:
        return []
    first, last = min(periods), max(periods)
    filled: list[Period] = []
    start = first
    while start <= last:
        filled.append(periods.get(start) or Period(start))
        if len(filled) > max_periods:
            raise BadParameter("interval", f"the events span more than {max_periods} {interval}s; "
                                           f"use a coarser interval or narrow since/until")
        start = next_start(start, interval)
    return filled


def period_json(period: Period, interval: str) -> dict[str, Any]:
    end = next_start(period.start, interval) - timedelta(days=1)
    return {"period": label(period.start, interval), "start": period.start.isoformat(), "end": end.isoformat(),
            "events": period.events, "goldstein": round(period.goldstein, 2),
            "types": dict(sorted((period.types or {}).items())), "quad_classes": period.quads()}


def timeline_json(periods: list[Period], interval: str, imprecise: int) -> dict[str, Any]:
    types: Counter[str] = Counter()
    for period in periods:
        types.update(period.types or {})
    total = Period(periods[0].start if periods else date.min, types=types)
    return {
        "interval": interval,
        "periods": [period_json(p, interval) for p in periods],
        "totals": {"events": sum(p.events for p in periods), "imprecise": imprecise,
                   "goldstein": round(sum(p.goldstein for p in periods), 2),
                   "types": {t: types[t] for t in QUAD_OF_TYPE if types[t]}, "quad_classes": total.quads()},
        "quad_names": {str(q): name for q, name in QUAD_NAMES.items()},
    }
