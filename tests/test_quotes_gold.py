"""training/quotes/gold.jsonl: its rows' shape, the split rule, and (with ../shared) that each
reference still names the text it was annotated on."""

from __future__ import annotations

import hashlib
import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from ghatna.evaluate.shared_corpus import available, get_record, sentence_hash

GOLD = Path(__file__).resolve().parents[1] / "training" / "quotes" / "gold.jsonl"
KEYS = {"collection", "record", "start", "end", "sha", "split", "quotes", "note"}


def rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def reference(row: dict[str, Any]) -> str:
    span = f"#{row['start']}-{row['end']}" if row["start"] is not None else ""
    return f"{row['collection']}:{row['record']}{span}"


def expected_split(row: dict[str, Any]) -> str:
    return "train" if int(hashlib.sha1(reference(row).encode()).hexdigest(), 16) % 2 == 0 else "dev"


def test_rows_have_the_documented_fields() -> None:
    gold = rows()
    assert len(gold) >= 40
    assert len({reference(r) for r in gold}) == len(gold)
    for row in gold:
        assert set(row) == KEYS, reference(row)
        assert row["collection"] in ("bbc", "air", "papers")
        assert (row["start"] is None) == (row["end"] is None) == (row["collection"] != "papers")
        assert len(row["sha"]) == 10 and row["note"]
        for quote in row["quotes"]:
            start, end = quote["span"]
            assert 0 <= start < end and quote["speaker"].strip()
            assert not any("\u0900" <= ch <= "\u097f" for ch in quote["speaker"])  # an English name


def test_split_is_the_hash_of_the_reference() -> None:
    gold = rows()
    assert all(row["split"] == expected_split(row) for row in gold)
    train = sum(row["split"] == "train" for row in gold)
    assert 0.3 < train / len(gold) < 0.7


def test_quotes_are_in_text_order_without_overlap() -> None:
    for row in rows():
        spans = [q["span"] for q in row["quotes"]]
        assert spans == sorted(spans)
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), reference(row)


@pytest.mark.skipif(not available(), reason="../shared/corpus is absent")
def test_references_still_name_the_annotated_text() -> None:
    for row in rows():
        text = get_record(row["collection"], row["record"]).text
        if row["start"] is not None:
            text = text[row["start"]: row["end"]]
        assert sentence_hash(text) == row["sha"], reference(row)
        for quote in row["quotes"]:
            piece = text[quote["span"][0]: quote["span"][1]]
            assert 4 <= len(piece.split()) <= 10 and "\n" not in piece, (reference(row), piece)
            assert piece == piece.strip()
