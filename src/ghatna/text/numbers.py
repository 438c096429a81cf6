"""Parse numerals and Hindi number words, and share regex building blocks.

The language knowledge (number words, scale words, vague quantities) lives in
``data/numbers.yaml``; this module only knows how to combine it.
"""

from __future__ import annotations

import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from ghatna.errors import DataError
from ghatna.resources import data_text, parse_yaml

__all__ = [
    "DIGIT",
    "LEFT_EDGE",
    "NUMERAL_PATTERN",
    "RIGHT_EDGE",
    "DataFileError",
    "NumberLexicon",
    "Triggers",
    "alternation",
    "compile_triggers",
    "compound_number_pattern",
    "load_data_file",
    "load_number_lexicon",
    "number_pattern",
    "parse_number",
    "parse_numeral",
    "scales",
    "trigger_positions",
]

logger = logging.getLogger(__name__)

DIGIT = "[0-9\u0966-\u096f]"
# Characters that continue a word: \w misses Devanagari vowel signs, so add the block
# (minus the danda marks, which end sentences).
_WORD_CHARS = "\\w\u0900-\u0963\u0966-\u097f"
LEFT_EDGE = f"(?<![{_WORD_CHARS}])"
RIGHT_EDGE = f"(?![{_WORD_CHARS}])"
NUMERAL_PATTERN = (
    f"(?<![0-9\u0966-\u096f.,]){DIGIT}+(?:,{DIGIT}{{2,3}})*(?:\\.{DIGIT}+)?(?!{DIGIT})"
)

_TOKEN = re.compile(f"[{_WORD_CHARS}]+")
_WORD_CHAR = re.compile(f"[{_WORD_CHARS}]")
_DIGITS = re.compile(f"{DIGIT}+")
_LATIN = re.compile("[A-Za-z]+")
_GROUPED = re.compile(
    f"{DIGIT}{{1,3}}(?:,{DIGIT}{{3}})+|{DIGIT}{{1,3}}(?:,{DIGIT}{{2}})*,{DIGIT}{{3}}"
)
_PLAIN = re.compile(f"{DIGIT}+(?:\\.{DIGIT}+)?")


class DataFileError(ValueError):
    """A ghatna data file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """Number words, modifiers, scale words and vague quantity words."""

    words: Mapping[str, float]
    modifiers: Mapping[str, float]
    scales: Mapping[str, float]
    vague: frozenset[str]
    max_value: float = 1e16


def normalise(text: str) -> str:
    """NFC-normalise a data string (data files may spell nukta letters either way)."""
    return unicodedata.normalize("NFC", text).strip()


def load_data_file(name: str) -> dict[str, Any]:
    """Read one YAML file from the package's data directory."""
    try:
        loaded = parse_yaml(data_text(name), f"data file {name}")
    except (OSError, DataError) as exc:
        raise DataFileError(f"cannot read data file {name}: {exc}") from exc
    if not isinstance(loaded, dict):
        raise DataFileError(f"data file {name} must hold a mapping at top level")
    return loaded


def _value_table(raw: Mapping[str, Any] | None, fold_case: bool = False) -> Mapping[str, float]:
    table: dict[str, float] = {}
    for key, value in (raw or {}).items():
        word = normalise(str(key))
        table[word.lower() if fold_case else word] = float(value)
    return MappingProxyType(table)


@cache
def load_number_lexicon() -> NumberLexicon:
    """Load ``numbers.yaml`` once."""
    raw = load_data_file("numbers.yaml")
    lexicon = NumberLexicon(
        words=_value_table(raw.get("words")),
        modifiers=_value_table(raw.get("modifiers")),
        scales=_value_table(raw.get("scales"), fold_case=True),
        vague=frozenset(normalise(str(word)) for word in raw.get("vague") or ()),
        max_value=float(raw.get("max_value", 1e16)),
    )
    logger.debug("loaded %d number words, %d scales", len(lexicon.words), len(lexicon.scales))
    return lexicon


def scales() -> Mapping[str, float]:
    """Scale word -> multiplier (Latin words in lower case)."""
    return load_number_lexicon().scales


def __getattr__(name: str) -> Any:
    """Expose ``SCALES`` lazily, so importing the module reads no data file."""
    if name == "SCALES":
        return scales()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _is_word_char(char: str) -> bool:
    return _WORD_CHAR.fullmatch(char) is not None


def _edged(parts: list[str], left: bool, right: bool) -> str:
    body = "(?:" + "|".join(parts) + ")"
    return (LEFT_EDGE if left else "") + body + (RIGHT_EDGE if right else "")


def alternation(words: Iterable[str], *, edges: bool = True) -> str:
    """Regex alternation of ``words``, longest first, with flexible inner spaces.

    With ``edges`` a word may not start or end inside a longer word; the edge is
    checked only on sides where the word itself begins or ends with a letter, so
    "%" and "रु." work too.
    """
    unique = sorted({normalise(word) for word in words if word.strip()}, key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    groups: dict[tuple[bool, bool], list[str]] = {}
    for word in unique:
        key = (edges and _is_word_char(word[0]), edges and _is_word_char(word[-1]))
        groups.setdefault(key, []).append(r"\s+".join(re.escape(piece) for piece in word.split()))
    branches = [_edged(parts, left, right) for (left, right), parts in groups.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@dataclass(frozen=True, slots=True)
class Triggers:
    """Where an anchored pattern is worth trying: digit runs and known first words."""

    words: re.Pattern[str]
    latin: frozenset[str]


def compile_triggers(phrases: Iterable[str]) -> Triggers:
    """Triggers for digit runs and the first word of each phrase.

    The word scan is a plain literal alternation (the left word edge is checked
    afterwards), and Latin words are looked up in a set after a cheap scan: both are
    several times faster than an edged, case-insensitive alternation.
    """
    firsts = {token.group() for phrase in phrases if (token := _TOKEN.search(normalise(phrase)))}
    latin = frozenset(word.lower() for word in firsts if word.isascii())
    native = sorted((word for word in firsts if not word.isascii()), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(word) for word in native) or "(?!)"
    return Triggers(words=re.compile(f"(?:{body}){RIGHT_EDGE}"), latin=latin)


def _starts_word(text: str, position: int) -> bool:
    return position == 0 or not _is_word_char(text[position - 1])


def trigger_positions(text: str, triggers: Triggers) -> list[int]:
    """Sorted start offsets where a trigger occurs.

    Matching an anchored pattern only at these offsets is much faster than letting a
    large alternation try every character position.
    """
    positions = [match.start() for match in _DIGITS.finditer(text)]
    positions += [m.start() for m in triggers.words.finditer(text) if _starts_word(text, m.start())]
    if triggers.latin:
        positions += [m.start() for m in _LATIN.finditer(text) if m.group().lower() in triggers.latin]
    positions.sort()
    return positions


@cache
def number_pattern() -> str:
    """Regex (no groups) for a number expression: numeral or number words, then scale words."""
    modifier, word, scale = _pattern_parts()
    head = f"(?:{NUMERAL_PATTERN}|(?:{modifier}\\s*)?(?:{word}|(?={scale})))"
    return f"{head}(?:\\s*{scale})*"


@cache
def compound_number_pattern() -> str:
    """Regex (no groups) for a compound number: groups of a number and its scale words, and
    a last bare number word ("एक लाख चालीस हज़ार", "दो हज़ार पांच सौ", "एक सौ बीस",
    "1 लाख 40 हजार"). Whether the groups make one number is for ``parse_number``."""
    modifier, word, scale = _pattern_parts()
    group = f"(?:{NUMERAL_PATTERN}|(?:{modifier}\\s*)?{word})(?:\\s*{scale})+"
    return f"{number_pattern()}(?:\\s+{group})*(?:\\s+(?:{modifier}\\s*)?{word})?"


@cache
def _pattern_parts() -> tuple[str, str, str]:
    lexicon = load_number_lexicon()
    return alternation(lexicon.modifiers), alternation(lexicon.words), alternation(lexicon.scales)


def parse_numeral(text: str) -> float | None:
    """Parse digits with optional Indian/Western grouping and decimals."""
    token = text.strip()
    if _GROUPED.fullmatch(token):
        token = token.replace(",", "")
    if not _PLAIN.fullmatch(token):
        return None
    return float(token)


def _split_tokens(text: str) -> list[str]:
    spaced = re.sub(f"({DIGIT})([^0-9\u0966-\u096f.,\\s])", r"\1 \2", normalise(text))
    return spaced.split()


def _parse_head(tokens: list[str], lexicon: NumberLexicon) -> tuple[float, int] | None:
    """Value of the leading number and how many tokens it used."""
    first = tokens[0]
    if first in lexicon.modifiers:
        if len(tokens) == 1:
            return None
        if tokens[1].lower() in lexicon.scales:  # "सवा सौ" = 1.25 × 100, not 100.25
            return 1.0 + lexicon.modifiers[first], 1
        rest = _parse_head(tokens[1:], lexicon)
        if rest is None:
            return None
        return rest[0] + lexicon.modifiers[first], rest[1] + 1
    numeral = parse_numeral(first)
    if numeral is not None:
        return numeral, 1
    if first in lexicon.words:
        return lexicon.words[first], 1
    if first.lower() in lexicon.scales:
        return 1.0, 0
    return None


def parse_number(text: str) -> float | None:
    """Parse "240", "२४०", "1,00,000", "ढाई", "2.5 लाख करोड़", "एक लाख चालीस हज़ार"; None if
    vague, not a number, or beyond ``max_value`` (a run of hundreds of digits)."""
    lexicon = load_number_lexicon()
    tokens = _split_tokens(text)
    if not tokens or any(token in lexicon.vague for token in tokens):
        return None
    value = _parse_groups(tokens, lexicon)
    if value is None or not math.isfinite(value) or abs(value) > lexicon.max_value:
        return None
    return value


def _parse_groups(tokens: list[str], lexicon: NumberLexicon) -> float | None:
    """Add up groups of a number and its scale words, each group below the scale of the one
    before: "एक लाख | चालीस हज़ार" = 140000, "एक सौ | बीस" = 120. A scale above all before
    multiplies them: "47 लाख | 65 हज़ार | 345 करोड़" = (4765345) करोड़. A group without a
    scale ends the number: "दो | दो लाख" (two lakh each) is no number."""
    total, last_scale, top_scale, i = 0.0, math.inf, 1.0, 0
    while i < len(tokens):
        head = _parse_head(tokens[i:], lexicon)
        if head is None or (i > 0 and (head[1] == 0 or last_scale == 1.0)):
            return None
        value, i = head[0], i + head[1]
        scale = 1.0
        while i < len(tokens) and (multiplier := lexicon.scales.get(tokens[i].lower())) is not None:
            i += 1
            if multiplier <= scale:  # "लाख करोड़" multiplies; "लाख हज़ार" is no number
                return None
            if total and multiplier > top_scale:
                total, value, scale = (total + value * scale) * multiplier, 0.0, 1.0
                last_scale = top_scale = multiplier
                continue
            scale *= multiplier
            top_scale = max(top_scale, scale)
        if value:
            if scale >= last_scale or (total and value * scale >= last_scale):
                return None
            total, last_scale = total + value * scale, scale
    return total
