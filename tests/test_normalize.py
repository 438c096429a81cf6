"""Devanagari normalisation."""

from __future__ import annotations

import pytest

from ghatna.text.normalize import normalize_inline, normalize_text


@pytest.mark.parametrize(("raw", "expected"), [
    ("दाैरान", "दौरान"),                          # ा + ै typed in two pieces
    ("दाेनाें देशाे", "दोनों देशो"),               # ा + े
    ("उन्हाेंने", "उन्होंने"),
    ("भा\u200dरत", "भारत"),                       # zero-width joiner
    ("चीन\u200b", "चीन"),                          # zero-width space
    ("रूस\u00a0और चीन", "रूस और चीन"),            # no-break space
    ("„उद्धरण“", "“उद्धरण“"),                      # low opening quote
    ("«शांति»", "“शांति”"),
    ("\u0915\u093c", "\u0915\u093c"),             # nukta stays decomposed (NFC)
    ("\u0958", "\u0915\u093c"),                   # precomposed qa becomes ka + nukta
    ("अआ", "अआ"),
    ("अा", "आ"),                                   # a + aa sign typed apart
    ("यह बात है | वह गया", "यह बात है | वह गया"),    # short segment: a menu bar, not a danda
    ("भारत ने आज पाकिस्तान से बात की | वह गया", "भारत ने आज पाकिस्तान से बात की। वह गया"),
    ("कहा.उन्होंने", "कहा. उन्होंने"),             # BBC style: no space after the full stop
    ("१.५ अरब", "१.५ अरब"),                        # Devanagari digits keep their decimal point
    ("बात हुई।।", "बात हुई॥"),
])
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_normalize_inline_folds_space_and_lines() -> None:
    assert normalize_inline("  जिनपिंग की\nरूसी  यात्रा ") == "जिनपिंग की रूसी यात्रा"
    assert normalize_inline(None) is None
