"""Tests for ghatna.numbers: numerals, Hindi number words and scale words."""

from __future__ import annotations

import re

import pytest

from ghatna.text import numbers
from ghatna.text.numbers import alternation, number_pattern, parse_number, parse_numeral


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("240", 240.0),
        ("२४०", 240.0),
        ("1,200", 1200.0),
        ("1,00,000", 100000.0),
        ("12,34,567", 1234567.0),
        ("1,000,000", 1000000.0),
        ("1.5", 1.5),
        ("१.५", 1.5),
        ("  42 ", 42.0),
        ("एक", 1.0),
        ("दो", 2.0),
        ("दस", 10.0),
        ("बीस", 20.0),
        ("पचास", 50.0),
        ("सौ", 100.0),
        ("डेढ़", 1.5),
        ("ढाई", 2.5),
        ("दो सौ", 200.0),
        ("साढ़े तीन", 3.5),
        ("सवा लाख", 125000.0),
        ("पौने दो", 1.75),
        ("हजार", 1000.0),
        ("240 अरब", 240e9),
        ("2.5 लाख करोड़", 2.5e12),
        ("ढाई हज़ार", 2500.0),
        ("5 billion", 5e9),
        ("5bn", 5e9),
        ("3 Million", 3e6),
        ("दो दर्जन", 24.0),
        ("एक लाख चालीस हज़ार", 140000.0),
        ("ढाई करोड़", 25e6),
        ("साढ़े तीन अरब", 3.5e9),
        ("सवा सौ", 125.0),
        ("पौने सौ", 75.0),
        ("साढ़े सात सौ", 750.0),
        ("एक सौ बीस", 120.0),
        ("पांच सौ दो", 502.0),
        ("दो हज़ार सात सौ पचास", 2750.0),
        ("1 लाख 40 हज़ार", 140000.0),
        ("5 करोड़ 20 लाख", 52e6),
        ("47 लाख 65 हज़ार 345 करोड़", 4765345 * 1e7),
        ("दस हज़ार करोड़", 1e11),
        ("बयालीस", 42.0),
        ("निन्यानवे", 99.0),
        ("अट्ठाईस हज़ार", 28000.0),
    ],
)
def test_parse_number_values(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "दर्जनों", "सैकड़ों", "हजारों लोग", "कई", "नमस्ते", "1,2", "12,3456", "1.2.3", "दो लोग", "abc",
     "दो दो लाख", "एक लाख दो लाख", "एक लाख हज़ार", "दो बीस", "1" * 310, "9" * 20, "लाख लाख लाख लाख"],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [("1,00,000", 100000.0), ("०७", 7.0), ("1,20", None)])
def test_parse_numeral(text: str, expected: float | None) -> None:
    assert parse_numeral(text) == expected


@pytest.mark.parametrize(
    ("word", "value"),
    [("हजार", 1e3), ("हज़ार", 1e3), ("लाख", 1e5), ("करोड़", 1e7), ("करोड", 1e7), ("अरब", 1e9),
     ("खरब", 1e11), ("मिलियन", 1e6), ("बिलियन", 1e9), ("ट्रिलियन", 1e12), ("million", 1e6),
     ("billion", 1e9), ("trillion", 1e12), ("mn", 1e6), ("bn", 1e9)],
)
def test_scales(word: str, value: float) -> None:
    assert numbers.SCALES[word] == value


def test_scales_are_read_only() -> None:
    with pytest.raises(TypeError):
        numbers.SCALES["नया"] = 1.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("कुल 2.5 लाख करोड़ रुपये", ["2.5 लाख करोड़"]),
        ("दो सौ लोग और 1,00,000 रु.", ["दो सौ", "1,00,000"]),
        ("दोनों देशों में दसवां दौर", []),
        ("हजारों लोग", []),
    ],
)
def test_number_pattern_finds_whole_expressions(text: str, found: list[str]) -> None:
    pattern = re.compile(number_pattern(), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text) if m.group().strip()] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("कुल एक लाख चालीस हज़ार लोग", ["एक लाख चालीस हज़ार"]),
        ("करीब दो हज़ार सात सौ पचास करोड़ रुपये", ["दो हज़ार सात सौ पचास करोड़"]),
        ("1 लाख 40 हजार और 12 लोग", ["1 लाख 40 हजार", "12"]),
    ],
)
def test_compound_pattern_finds_whole_expressions(text: str, found: list[str]) -> None:
    pattern = re.compile(numbers.compound_number_pattern(), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text) if m.group().strip()] == found


def test_alternation_respects_word_edges() -> None:
    pattern = re.compile(alternation(["कल", "%"]))
    assert pattern.search("कल्याण निकला") is None
    assert pattern.search("12%") is not None
    assert pattern.search("वह कल आया") is not None
