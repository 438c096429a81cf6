"""The date words of ``data/dates.yaml``: months, weekdays, relative days and periods, the
words that mark a date as coming, and the confidences of each kind of date.  ``DateFinder``
(``datewords``) reads them through ``load_date_lexicon``; a linguist extends the YAML file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from ghatna.text.numbers import load_data_file, normalise

__all__ = ["DateLexicon", "RelativeDay", "RelativePeriod", "load_date_lexicon"]


@dataclass(frozen=True, slots=True)
class RelativeDay:
    """A word such as "कल" that names a day relative to publication."""

    name: str
    words: tuple[str, ...]
    shift: int
    flip_if_future: bool


@dataclass(frozen=True, slots=True)
class RelativePeriod:
    """A phrase such as "पिछले महीने" naming a week, month or year relative to publication."""

    name: str
    words: tuple[str, ...]
    unit: str
    shift: int


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """Everything ``DateFinder`` knows about the language, read from ``dates.yaml``."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    habit_words: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    relative_days: tuple[RelativeDay, ...]
    relative_blockers: tuple[str, ...]
    relative_periods: tuple[RelativePeriod, ...]
    year_prefixes: tuple[str, ...]
    year_postpositions: tuple[str, ...]
    year_quantity_words: tuple[str, ...]
    year_range: tuple[int, int]
    confidence: Mapping[str, float]
    future_before_words: tuple[str, ...] = ()
    future_endings: tuple[str, ...] = ()
    future_words: frozenset[str] = frozenset()
    future_not_verbs: frozenset[str] = frozenset()
    future_stops: frozenset[str] = frozenset()
    future_reach: int = 8
    passive_auxiliaries: frozenset[str] = frozenset()
    range_words: tuple[str, ...] = ()


def _word_table(raw: Mapping[Any, Any]) -> Mapping[str, int]:
    table = {normalise(str(word)).lower(): int(key) for key, words in raw.items() for word in words}
    return MappingProxyType(table)


def _words(raw: Any) -> tuple[str, ...]:
    return tuple(normalise(str(word)) for word in raw or ())


def _relative_days(raw: list[dict[str, Any]]) -> tuple[RelativeDay, ...]:
    return tuple(
        RelativeDay(
            name=normalise(entry["name"]),
            words=_words(entry["words"]),
            shift=int(entry["shift"]),
            flip_if_future=bool(entry.get("flip_if_future", False)),
        )
        for entry in raw
    )


def _relative_periods(raw: list[dict[str, Any]]) -> tuple[RelativePeriod, ...]:
    return tuple(
        RelativePeriod(
            name=normalise(entry["name"]),
            words=_words(entry["words"]),
            unit=str(entry["unit"]),
            shift=int(entry["shift"]),
        )
        for entry in raw
    )


@cache
def load_date_lexicon() -> DateLexicon:
    """Load ``dates.yaml`` once."""
    raw = load_data_file("dates.yaml")
    low, high = raw["year_range"]
    return DateLexicon(
        months=_word_table(raw["months"]),
        weekdays=_word_table(raw["weekdays"]),
        habit_words=_words(raw.get("weekday_habit_words")),
        day_suffixes=_words(raw.get("day_suffixes")),
        relative_days=_relative_days(raw.get("relative_days") or []),
        relative_blockers=_words(raw.get("relative_blockers")),
        relative_periods=_relative_periods(raw.get("relative_periods") or []),
        year_prefixes=_words(raw.get("year_prefixes")),
        year_postpositions=_words(raw.get("year_postpositions")),
        year_quantity_words=_words(raw.get("year_quantity_words")),
        year_range=(int(low), int(high)),
        confidence=MappingProxyType({str(k): float(v) for k, v in raw["confidence"].items()}),
        future_before_words=_words(raw.get("future_before_words")),
        future_endings=_words(raw.get("future_endings")),
        future_words=frozenset(_words(raw.get("future_words"))),
        future_not_verbs=frozenset(_words(raw.get("future_not_verbs"))),
        range_words=_words(raw.get("range_words")),
        future_stops=frozenset(_words(raw.get("future_stops"))),
        future_reach=int(raw.get("future_reach", 8)),
        passive_auxiliaries=frozenset(_words(raw.get("passive_auxiliaries"))),
    )
