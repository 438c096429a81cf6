"""Find date expressions in Hindi news text and resolve them against the publication date.

A wrong date is worse than none: every resolver returns a value no more precise than
the text supports, and relative expressions resolve only when the publication date is
known.  All month, weekday and relative words come from ``data/dates.yaml``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from ghatna.text.date_lexicon import DateLexicon, load_date_lexicon
from ghatna.text.numbers import (
    DIGIT,
    Triggers,
    alternation,
    compile_triggers,
    trigger_positions,
)

__all__ = ["DateFinder", "DateLexicon", "DateMention", "load_date_lexicon", "parse_published"]

logger = logging.getLogger(__name__)

_NOT_AFTER_NUMBER = "(?<![0-9\u0966-\u096f.,])(?<![0-9\u0966-\u096f][-\u2013/])"
_NO_RANGE_AFTER = f"(?!{DIGIT})(?!\\s*[-\u2013/]\\s*{DIGIT})"
_ONE_DAY = dt.timedelta(days=1)
_FAR_AHEAD_DAYS = 183  # a day told as coming, further ahead than this, keeps no year
_CLAUSE_MARKS = "।॥,;:.?!\"'“”‘’()-–"


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str
    relative: bool
    rule: str
    confidence: float


def _day_group(name: str, suffix: str) -> str:
    return f"{_NOT_AFTER_NUMBER}(?P<{name}>{DIGIT}{{1,2}})(?:{suffix})?"


def _explicit_alternatives(lex: DateLexicon) -> list[str]:
    """Regex alternatives for dates written out in full, most specific first."""
    month = alternation(lex.months)
    suffix = alternation(lex.day_suffixes, edges=False)
    year = f"{DIGIT}{{4}}{_NO_RANGE_AFTER}"
    return [
        (f"(?P<iso>{_NOT_AFTER_NUMBER}(?P<iso_y>{DIGIT}{{4}})-(?P<iso_m>{DIGIT}{{2}})-(?P<iso_d>{DIGIT}{{2}})"
         f"(?!{DIGIT}))"),
        f"(?P<dmy>{_day_group('dmy_d', suffix)}[\\s-]*(?P<dmy_m>{month})\\.?,?[\\s-]*(?P<dmy_y>{year}))",
        f"(?P<mdy>(?P<mdy_m>{month})\\.?\\s*{_day_group('mdy_d', suffix)},?\\s+(?P<mdy_y>{year}))",
        f"(?P<my>(?P<my_m>{month})\\.?,?\\s+(?P<my_y>{year}))",
        _day_range_alternative(lex, month, suffix, year),
        f"(?P<dm>{_day_group('dm_d', suffix)}\\s*(?P<dm_m>{month}))",
    ]


def _day_range_alternative(lex: DateLexicon, month: str, suffix: str, year: str) -> str:
    """"23 से 25 मार्च", "23-25 मार्च", "30 दिसंबर से 2 जनवरी 2020": a range of days."""
    joins = ["\\s*[-\u2013]\\s*"] + [f"\\s+{re.escape(word)}\\s+" for word in lex.range_words]
    return (f"(?P<dr>{_day_group('dr_d', suffix)}(?:\\s*(?P<dr_m1>{month}))?(?:{'|'.join(joins)})"
            f"(?P<dr_d2>{DIGIT}{{1,2}})(?:{suffix})?\\s*(?P<dr_m>{month})(?:\\.?,?\\s+(?P<dr_y>{year}))?)")


def _year_alternatives(lex: DateLexicon) -> list[str]:
    prefix = alternation(lex.year_prefixes)
    postposition = alternation(lex.year_postpositions)
    quantity = alternation(lex.year_quantity_words)
    year = f"(?<![0-9\u0966-\u096f.,$\u20b9/-])(?<!{DIGIT}\u2013){DIGIT}{{4}}{_NO_RANGE_AFTER}"
    return [
        f"(?P<yp>{prefix}\\s+(?P<yp_y>{year}))",
        f"(?P<ypo>(?P<ypo_y>{year})(?=\\s+{postposition}(?!\\s+{quantity})))",
    ]


def _relative_alternatives(lex: DateLexicon) -> list[str]:
    habit = alternation(lex.habit_words)
    weekday = alternation(lex.weekdays)
    period_words = [word for period in lex.relative_periods for word in period.words]
    day_words = [word for day in lex.relative_days for word in day.words]
    return [
        f"(?P<wd>(?P<wd_habit>{habit}\\s+)?(?P<wd_w>{weekday}))",
        f"(?P<blk>{alternation(lex.relative_blockers)})",
        f"(?P<rp>{alternation(period_words)})",
        f"(?P<rd>{alternation(day_words)})",
    ]


def _trigger_words(lex: DateLexicon) -> Triggers:
    """First words of every expression the finder can match (digits trigger anyway)."""
    phrases = [*lex.months, *lex.weekdays, *lex.habit_words, *lex.relative_blockers, *lex.year_prefixes]
    phrases += [word for day in lex.relative_days for word in day.words]
    phrases += [word for period in lex.relative_periods for word in period.words]
    return compile_triggers(phrases)


def _compile(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _spaced_key(text: str) -> str:
    return " ".join(text.split())


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + shift
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    """Place a day and month in the year that fits the publication date."""
    candidates = [
        date
        for year in (published.year - 1, published.year, published.year + 1)
        if (date := _safe_date(year, month, day)) is not None
    ]
    if future:
        later = [date for date in candidates if date >= published - _ONE_DAY]
        return min(later, default=None)
    earlier = [date for date in candidates if date <= published + 7 * _ONE_DAY]
    return max(earlier, default=None)


def _range_start(last: dt.date, month: int, day: int) -> dt.date | None:
    """The first day of a range ending on ``last`` ("30 दिसंबर से 2 जनवरी": the year before)."""
    return _safe_date(last.year - (month > last.month), month, day)


def resolve_weekday(weekday: int, published: dt.date, future: bool) -> dt.date:
    """Most recent such weekday on/before publication (or next on/after, for the future)."""
    if future:
        return published + ((weekday - published.weekday()) % 7) * _ONE_DAY
    return published - ((published.weekday() - weekday) % 7) * _ONE_DAY


def resolve_period(unit: str, shift: int, published: dt.date) -> tuple[str | None, str]:
    """Value and precision of a week, month or year counted from publication."""
    if unit == "year":
        return f"{published.year + shift:04d}", "year"
    if unit == "month":
        year, month = _shift_month(published.year, published.month, shift)
        return f"{year:04d}-{month:02d}", "month"
    monday = published - published.weekday() * _ONE_DAY + 7 * shift * _ONE_DAY
    sunday = monday + 6 * _ONE_DAY
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None, "none"
    return f"{monday.year:04d}-{monday.month:02d}", "month"


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    published: dt.date | None
    future: bool
    offset: int


class DateFinder:
    """Find and resolve date expressions; build once, reuse for many texts."""

    def __init__(self, lexicon: DateLexicon | None = None) -> None:
        self._lex = lexicon or load_date_lexicon()
        explicit = _explicit_alternatives(self._lex)
        self._pattern = _compile(explicit + _year_alternatives(self._lex) + _relative_alternatives(self._lex))
        self._triggers = _trigger_words(self._lex)
        self._stamp_pattern = _compile(explicit[:4] + [self._numeric_alternative()])
        self._days = {_spaced_key(w): day for day in self._lex.relative_days for w in day.words}
        self._periods = {_spaced_key(w): p for p in self._lex.relative_periods for w in p.words}
        self._resolvers: dict[str, Callable[[re.Match[str], _Context], DateMention | None]] = {
            "iso": self._resolve_full,
            "dmy": self._resolve_full,
            "mdy": self._resolve_full,
            "num": self._resolve_full,
            "my": self._resolve_month_year,
            "dm": self._resolve_day_month,
            "dr": self._resolve_day_range,
            "yp": self._resolve_year,
            "ypo": self._resolve_year,
            "wd": self._resolve_weekday,
            "rp": self._resolve_period,
            "rd": self._resolve_day,
        }

    @staticmethod
    def _numeric_alternative() -> str:
        day, month, year = (f"(?P<num_{part}>{DIGIT}{{{size}}})" for part, size in
                            (("d", "1,2"), ("m", "1,2"), ("y", "4")))
        return f"(?P<num>{_NOT_AFTER_NUMBER}{day}(?P<sep>[/.-]){month}(?P=sep){year}(?!{DIGIT}))"

    def find(
        self, text: str, published: dt.date | None, *, future: bool = False, offset: int = 0
    ) -> list[DateMention]:
        """All date mentions in ``text``, in order, with offsets shifted by ``offset``."""
        context = _Context(text, published, future, offset)
        mentions = []
        for match in self._matches(text):
            resolver = self._resolvers.get(match.lastgroup or "")
            mention = resolver(match, context) if resolver else None
            if mention is not None:
                mentions.append(mention)
        return _drop_weekdays_before_dates(mentions)

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """Non-overlapping matches, tried only where a trigger token starts."""
        cursor = 0
        for position in trigger_positions(text, self._triggers):
            if position < cursor:
                continue
            match = self._pattern.match(text, position)
            if match is not None:
                cursor = match.end()
                yield match

    def parse_stamp(self, text: str) -> dt.date | None:
        """First full date in a publication stamp; numeric dates are read day-first."""
        context = _Context(text, None, False, 0)
        for match in self._stamp_pattern.finditer(text):
            resolver = self._resolvers[match.lastgroup or ""]
            mention = resolver(match, context)
            if mention is not None and mention.value is not None and mention.precision == "day":
                return dt.date.fromisoformat(mention.value)
        return None

    # -- resolvers ---------------------------------------------------------------------

    def _mention(
        self, match: re.Match[str], context: _Context, value: str | None, precision: str, rule: str,
        *, relative: bool = False, kind: str | None = None,
    ) -> DateMention:
        start, end = match.span()
        return DateMention(
            start=start + context.offset,
            end=end + context.offset,
            text=match.group(),
            value=value,
            precision=precision,
            relative=relative,
            rule=rule,
            confidence=self._lex.confidence.get(kind or rule, 0.5),
        )

    def _month(self, word: str) -> int:
        return self._lex.months[_spaced_key(word).lower()]

    def _resolve_full(self, match: re.Match[str], context: _Context) -> DateMention | None:
        name = match.lastgroup or ""
        month_text = match.group(f"{name}_m")
        month = int(month_text) if month_text.isdigit() else self._month(month_text)
        date = _safe_date(int(match.group(f"{name}_y")), month, int(match.group(f"{name}_d")))
        if date is None or not self._year_in_range(date.year):
            logger.debug("rejected impossible date %r", match.group())
            return None
        rule = {"iso": "iso", "dmy": "day_month_year", "mdy": "month_day_year", "num": "numeric_dmy"}[name]
        return self._mention(match, context, date.isoformat(), "day", rule, kind=rule if name != "num" else "iso")

    def _resolve_month_year(self, match: re.Match[str], context: _Context) -> DateMention | None:
        year = int(match.group("my_y"))
        if not self._year_in_range(year):
            return None
        value = f"{year:04d}-{self._month(match.group('my_m')):02d}"
        return self._mention(match, context, value, "month", "month_year")

    def _resolve_day_month(self, match: re.Match[str], context: _Context) -> DateMention | None:
        month, day = self._month(match.group("dm_m")), int(match.group("dm_d"))
        if _safe_date(2000, month, day) is None:
            return None
        if context.published is None:
            return self._mention(match, context, f"--{month:02d}-{day:02d}", "month_day", "day_month")
        coming = self._told_as_coming(match, context)
        date = infer_year(month, day, context.published, coming)
        if date is None or coming and not context.future and (date - context.published).days > _FAR_AHEAD_DAYS:
            # "5 नवंबर को होगी" read on 20 November: a year ahead is a guess, keep no year
            return self._mention(match, context, f"--{month:02d}-{day:02d}", "month_day", "day_month")
        return self._mention(match, context, date.isoformat(), "day", "day_month")

    def _resolve_day_range(self, match: re.Match[str], context: _Context) -> DateMention | None:
        """A range of days dates what happened in it by its first day, when it is over by the
        publication day (or read as a plan's, ``future``); one reaching past the publication
        day is the period of a measure, not the day of a deed: no mention at all."""
        last_month, last_day = self._month(match.group("dr_m")), int(match.group("dr_d2"))
        first_month = self._month(match.group("dr_m1")) if match.group("dr_m1") else last_month
        first_day = int(match.group("dr_d"))
        if _safe_date(2000, first_month, first_day) is None or _safe_date(2000, last_month, last_day) is None:
            return None
        published = context.published
        if match.group("dr_y"):
            last = _safe_date(int(match.group("dr_y")), last_month, last_day)
        elif published is None:
            value = f"--{first_month:02d}-{first_day:02d}"
            return self._mention(match, context, value, "month_day", "day_range")
        else:  # the coming range when it starts within half a year, else the last one
            last = infer_year(last_month, last_day, published, True)
            coming = last is not None and (_range_start(last, first_month, first_day) or last) <= (
                published + _FAR_AHEAD_DAYS * _ONE_DAY)
            if not coming:
                last = infer_year(last_month, last_day, published, False)
        if last is None or not self._year_in_range(last.year):
            return None
        first = _range_start(last, first_month, first_day)
        if first is None or first > last:
            return None
        if published is not None and last > published and not context.future:
            return None  # no date, and its days are no deadline or start of their own either
        return self._mention(match, context, first.isoformat(), "day", "day_range")

    def _resolve_year(self, match: re.Match[str], context: _Context) -> DateMention | None:
        name = match.lastgroup or ""
        year = int(match.group(f"{name}_y"))
        if not self._year_in_range(year):
            return None
        rule = "year_prefix" if name == "yp" else "year_postposition"
        return self._mention(match, context, f"{year:04d}", "year", rule)

    def _resolve_weekday(self, match: re.Match[str], context: _Context) -> DateMention | None:
        if match.group("wd_habit"):
            return None
        weekday = self._lex.weekdays[match.group("wd_w").lower()]
        if context.published is None:
            return self._mention(match, context, None, "none", "weekday", relative=True)
        date = resolve_weekday(weekday, context.published, self._told_as_coming(match, context))
        return self._mention(match, context, date.isoformat(), "day", "weekday", relative=True)

    def _resolve_day(self, match: re.Match[str], context: _Context) -> DateMention | None:
        entry = self._days[_spaced_key(match.group())]
        rule = f"relative_day:{entry.name}"
        if context.published is None:
            return self._mention(match, context, None, "none", rule, relative=True, kind="relative_day")
        shift = -entry.shift if entry.flip_if_future and self._told_as_coming(match, context) else entry.shift
        value = (context.published + shift * _ONE_DAY).isoformat()
        return self._mention(match, context, value, "day", rule, relative=True, kind="relative_day")

    def _resolve_period(self, match: re.Match[str], context: _Context) -> DateMention | None:
        entry = self._periods[_spaced_key(match.group())]
        rule = f"relative_{entry.unit}:{entry.name}"
        if context.published is None:
            return self._mention(match, context, None, "none", rule, relative=True, kind="relative_period")
        value, precision = resolve_period(entry.unit, entry.shift, context.published)
        return self._mention(match, context, value, precision, rule, relative=True, kind="relative_period")

    def _told_as_coming(self, match: re.Match[str], context: _Context) -> bool:
        """Is the day the coming one: the caller says so, "आगामी" comes before it, or a future
        (or "can") verb follows in its own clause ("सोमवार को मास्को जाएंगे")?"""
        if context.future:
            return True
        before = context.text[max(0, match.start() - 20): match.start()].split()
        if before and before[-1] in self._lex.future_before_words:
            return True
        raw = context.text[match.end(): match.end() + 200].split()[: self._lex.future_reach + 1]
        for index, raw_word in enumerate(raw[: self._lex.future_reach]):
            word = raw_word.strip(_CLAUSE_MARKS)
            following = raw[index + 1].strip(_CLAUSE_MARKS) if index + 1 < len(raw) and word == raw_word else ""
            if word in self._lex.future_stops and following not in self._lex.passive_auxiliaries:
                return False  # but "नतीजे घोषित किए जाएंगे" is the passive of a coming deed
            if word in self._lex.future_words:  # "ले सकते हैं", but "पता लगाया जा सकता था" is past
                return following not in self._lex.future_stops
            if word.endswith(self._lex.future_endings) and word not in self._lex.future_not_verbs:
                return True
            if word != raw_word or not word:
                return False  # a punctuation mark ends the clause
        return False

    def _year_in_range(self, year: int) -> bool:
        low, high = self._lex.year_range
        return low <= year <= high


def _drop_weekdays_before_dates(mentions: list[DateMention]) -> list[DateMention]:
    """Drop "गुरुवार" in "गुरुवार, 5 नवंबर 2025": the explicit date says it better."""
    kept: list[DateMention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            mention.rule == "weekday"
            and following is not None
            and not following.relative
            and following.precision in ("day", "month_day")
            and following.start - mention.end <= 3
        ):
            continue
        kept.append(mention)
    return kept


@cache
def _default_finder() -> DateFinder:
    return DateFinder()


def parse_published(text: str) -> dt.date | None:
    """Publication date from a page stamp ("Published: Mar 14, 2023", "16/05/2024", ISO)."""
    return _default_finder().parse_stamp(text)
