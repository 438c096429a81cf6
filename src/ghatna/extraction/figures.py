"""Find money amounts, percentages and counts of people (killed, injured, ...) in Hindi text.

Every figure starts at a number expression (see ``ghatna.numbers``); what follows or
precedes it decides the kind.  Currency, percent, people and casualty words live in
``data/units.yaml``; month names are borrowed from ``data/dates.yaml`` so that dates
are never read as counts.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from ghatna.document import Document, Figure, Span
from ghatna.pipeline import Context, stage
from ghatna.text.numbers import (
    DIGIT,
    alternation,
    compile_triggers,
    compound_number_pattern,
    load_data_file,
    load_number_lexicon,
    normalise,
    number_pattern,
    parse_number,
    trigger_positions,
)

__all__ = ["FigureFinder", "FigureLexicon", "FigureMention", "load_figure_lexicon"]

logger = logging.getLogger(__name__)

_TOKEN = "[^\\s0-9\u0966-\u096f\u0964\u0965?!.]+"
_YEAR_LIKE = re.compile(f"{DIGIT}{{4}}")
_SYMBOL_REACH = 8
# "सौ-सौ डॉलर के नोट", "पांच-पांच लाख रुपये", "दो दो लोग": a number said twice is "each", a
# denomination or a share, not an amount or a count.
_REPEATED_BEFORE = re.compile(r"(\S+)(?:-|\s+)$")
_REPEATED_AFTER = re.compile(r"(?:-|\s+)(\S+)")


@dataclass(frozen=True, slots=True)
class FigureMention:
    """One figure found in a text."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class FigureLexicon:
    """Everything ``FigureFinder`` knows about the language, read from the data files."""

    currency_words: Mapping[str, str]
    currency_symbols: Mapping[str, str]
    percent_words: tuple[str, ...]
    people_words: frozenset[str]
    casualty_words: Mapping[str, str]
    non_count_words: frozenset[str]
    month_words: tuple[str, ...]
    max_gap: int
    year_range: tuple[int, int]
    confidence: Mapping[str, float]
    max_people: float = 1e10


def _inverted(raw: Mapping[str, Any], *, fold_case: bool) -> Mapping[str, str]:
    table: dict[str, str] = {}
    for label, words in raw.items():
        for word in words:
            key = normalise(str(word))
            table[key.lower() if fold_case else key] = str(label)
    return MappingProxyType(table)


def _word_set(raw: Any) -> frozenset[str]:
    return frozenset(normalise(str(word)) for word in raw or ())


@cache
def load_figure_lexicon() -> FigureLexicon:
    """Load ``units.yaml`` (and month names from ``dates.yaml``) once."""
    units = load_data_file("units.yaml")
    dates = load_data_file("dates.yaml")
    low, high = dates["year_range"]
    return FigureLexicon(
        currency_words=_inverted(units["currency_words"], fold_case=True),
        currency_symbols=_inverted(units["currency_symbols"], fold_case=True),
        percent_words=tuple(normalise(str(word)) for word in units["percent_words"]),
        people_words=_word_set(units["people_words"]),
        casualty_words=_inverted(units["casualty_words"], fold_case=True),
        non_count_words=_word_set(units["non_count_words"]),
        month_words=tuple(normalise(str(w)) for words in dates["months"].values() for w in words),
        max_gap=int(units.get("max_gap", 6)),
        year_range=(int(low), int(high)),
        confidence=MappingProxyType({str(k): float(v) for k, v in units["confidence"].items()}),
        max_people=float(units.get("max_people", 1e10)),
    )


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: float
    unit: str
    kind: str
    rule: str
    confidence: float


class FigureFinder:
    """Find figures in a text; build once, reuse for many texts."""

    def __init__(self, lexicon: FigureLexicon | None = None) -> None:
        self._lex = lexicon or load_figure_lexicon()
        lex = self._lex
        flags = re.IGNORECASE
        self._number = re.compile(number_pattern(), flags)
        self._compound = re.compile(compound_number_pattern(), flags)
        numbers = load_number_lexicon()
        self._triggers = compile_triggers([*numbers.words, *numbers.modifiers, *numbers.scales])
        symbols = alternation(lex.currency_symbols, edges=False)
        self._symbol_before = re.compile(f"(?<![A-Za-z])(?P<sym>{symbols})\\s*$", flags)
        self._currency_after = re.compile(f"\\s*(?P<cur>{alternation(lex.currency_words)})", flags)
        self._percent_after = re.compile(f"\\s*(?P<pct>{alternation(lex.percent_words)})", flags)
        casualty = alternation(lex.casualty_words)
        self._casualty_after = re.compile(
            f"(?P<gap>(?:\\s+{_TOKEN}){{0,{lex.max_gap}}}?)\\s+(?P<cas>{casualty})", flags
        )
        people = alternation(lex.people_words)
        self._people_after = re.compile(f"(?:\\s+{_TOKEN}){{0,2}}\\s+(?P<ppl>{people})", flags)
        self._first_token = re.compile(f"\\s*({_TOKEN})")
        self._month_after = re.compile(f"\\s*{alternation(lex.month_words)}", flags)
        self._time_before = re.compile(f"{DIGIT}[-\u2013/:]$")

    def find(self, text: str, *, offset: int = 0) -> list[FigureMention]:
        """Figures in ``text`` in order; each appears once, longest match first on overlaps.
        Give it a sentence at a time: nothing it finds crosses one, and its time is linear."""
        candidates = []
        for match, value in self._numbers(text):
            candidate = self._classify(text, match, value)
            if candidate is not None:
                candidates.append(candidate)
        return [self._to_mention(text, c, offset) for c in _without_overlaps(candidates)]

    def _numbers(self, text: str) -> Iterator[tuple[re.Match[str], float | None]]:
        """Number expressions and their values (None: not a usable number), the compound
        reading first ("एक लाख चालीस हज़ार"), else the simple one."""
        cursor = 0
        for position in trigger_positions(text, self._triggers):
            if position < cursor:
                continue
            match = self._compound.match(text, position)
            value = parse_number(match.group()) if match is not None else None
            if value is None:
                match = self._number.match(text, position)
                value = parse_number(match.group()) if match is not None else None
            if match is not None and match.group().strip():
                cursor = match.end()
                yield match, value

    def _to_mention(self, text: str, candidate: _Candidate, offset: int) -> FigureMention:
        return FigureMention(
            start=candidate.start + offset,
            end=candidate.end + offset,
            text=text[candidate.start : candidate.end],
            value=candidate.value,
            unit=candidate.unit,
            kind=candidate.kind,
            rule=candidate.rule,
            confidence=candidate.confidence,
        )

    def _classify(self, text: str, number: re.Match[str], value: float | None) -> _Candidate | None:
        if value is None or self._time_before.search(text, max(0, number.start() - 2), number.start()):
            return None
        if _is_repeated(text, number):
            return None
        return (
            self._money_after(text, number, value)
            or self._money_with_symbol(text, number, value)
            or self._percent(text, number, value)
            or self._count(text, number, value)
        )

    # -- money and percent -------------------------------------------------------------

    def _money_after(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        tail = self._currency_after.match(text, number.end())
        if tail is None:
            return None
        symbol = self._symbol_match(text, number.start())
        start = symbol.start() if symbol else number.start()
        unit = self._lex.currency_words[_key(tail.group("cur"))]
        return self._candidate(start, tail.end(), value, unit, "money", "money_word")

    def _money_with_symbol(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        symbol = self._symbol_match(text, number.start())
        if symbol is None or not re.match(DIGIT, number.group().lstrip()):
            return None
        unit = self._lex.currency_symbols[_key(symbol.group("sym"))]
        return self._candidate(symbol.start(), number.end(), value, unit, "money", "money_symbol")

    def _symbol_match(self, text: str, start: int) -> re.Match[str] | None:
        window_start = max(0, start - _SYMBOL_REACH)
        return self._symbol_before.search(text, window_start, start)

    def _percent(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        tail = self._percent_after.match(text, number.end())
        if tail is None:
            return None
        return self._candidate(number.start(), tail.end(), value, "PERCENT", "percent", "percent")

    # -- counts of people --------------------------------------------------------------

    def _count(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        if not self._may_be_count(text, number, value):
            return None
        return self._casualty(text, number, value) or self._people(text, number, value)

    def _may_be_count(self, text: str, number: re.Match[str], value: float) -> bool:
        end = number.end()
        if not 0 < value <= self._lex.max_people or value != int(value) or self._month_after.match(text, end):
            return False
        first = self._first_token.match(text, end)
        if first is not None and first.group(1) in self._lex.non_count_words:
            return False
        if self._is_year_like(number.group()):
            return first is not None and first.group(1) in self._lex.people_words
        return True

    def _is_year_like(self, number_text: str) -> bool:
        if not _YEAR_LIKE.fullmatch(number_text.strip()):
            return False
        low, high = self._lex.year_range
        return low <= int(number_text) <= high

    def _casualty(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        tail = self._casualty_after.match(text, number.end())
        if tail is None:
            return None
        gap = tail.group("gap").split()
        has_people = any(_bare(token) in self._lex.people_words for token in gap)
        if not has_people and not _starts_with_digit(number.group()) and gap:
            return None  # "तीन घायल" right next to each other is a count; "एक हमले में मौत" is not
        kind = self._lex.casualty_words[_key(tail.group("cas"))]
        rule = "casualty_with_people" if has_people else "casualty_bare"
        return self._candidate(number.start(), tail.end(), value, "PERSON", kind, rule)

    def _people(self, text: str, number: re.Match[str], value: float) -> _Candidate | None:
        tail = self._people_after.match(text, number.end())
        if tail is None or value < 2:
            return None
        return self._candidate(number.start(), tail.end(), value, "PERSON", "people", "people")

    def _candidate(self, start: int, end: int, value: float, unit: str, kind: str, rule: str) -> _Candidate:
        confidence = self._lex.confidence.get(rule, self._lex.confidence.get(kind, 0.5))
        return _Candidate(start, end, value, unit, kind, rule, confidence)


def _bare(token: str) -> str:
    return token.strip(",;:\"'()")


def _starts_with_digit(text: str) -> bool:
    return re.match(DIGIT, text.lstrip()) is not None


def _is_repeated(text: str, number: re.Match[str]) -> bool:
    """"सौ-सौ", "पांच-पांच लाख", "दो दो": the number's first word said twice."""
    first = number.group().split()[0]
    before = _REPEATED_BEFORE.search(text, max(0, number.start() - len(first) - 3), number.start())
    after = _REPEATED_AFTER.match(text, number.start() + len(first))
    return (before is not None and before.group(1) == first) or (after is not None and after.group(1) == first)


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates, then restore text order (n log n: the
    chosen spans are kept sorted and only the neighbours of a new one are checked)."""
    starts: list[int] = []
    chosen: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        k = bisect.bisect_left(starts, candidate.start)
        if (k > 0 and chosen[k - 1].end > candidate.start) or (k < len(chosen) and chosen[k].start < candidate.end):
            continue
        starts.insert(k, candidate.start)
        chosen.insert(k, candidate)
    return chosen


def build_figure_finder(_settings: Any) -> FigureFinder:
    return FigureFinder()


@stage("figures", needs=["sentences"], adds=["figures"], hindi_only=True)
def figures_stage(doc: Document, ctx: Context) -> Document:
    finder = ctx.resource("figures", build_figure_finder)
    for sentence in doc.sentences:
        evidence = Span(sentence.start, sentence.end, sentence.text)
        for found in finder.find(sentence.text, offset=sentence.start):
            doc.figures.append(Figure(found.text, found.value, found.unit, found.kind, found.start, found.end,
                                      evidence, found.rule, found.confidence))
    return doc
