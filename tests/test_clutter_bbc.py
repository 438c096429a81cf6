"""No app or social-media promotion survives cleaning in any of the 345 shared BBC Hindi
articles (skipped when ../shared is absent). The text is read, never copied."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-hindi-345.csv"
# Promotion as the outlet prints it. Prose may talk about following people on Twitter
# ("… को फॉलो करने लगे") or about Facebook and Twitter: those are not promotion, so the
# checks are for the calls to the reader, not for the bare words.
PROMOTION = re.compile(
    r"ऐप\s+के\s+लिए|यहां\s+क्लिक|यहाँ\s+क्लिक|follow\s+us"
    r"|(?:फ़ॉलो|फॉलो)\s+(?:भी\s+)?(?:करें|कर\s+सकते)"
    r"|(?:हमें|हमारे|हमसे|आप)\s+(?:\S+\s+){0,8}?(?:फ़ेसबुक|फेसबुक|ट्विटर)\s+(?:\S+\s+){0,4}?(?:फ़ेसबुक|फेसबुक|ट्विटर)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def bbc_texts() -> list[str]:
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is not beside the project")
    csv.field_size_limit(sys.maxsize)
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return [row["1"] for row in csv.DictReader(handle)]


def test_no_promotion_in_any_bbc_body(bbc_texts: list[str]) -> None:
    assert len(bbc_texts) == 345
    cleaner = Pipeline(Settings(), stages=["normalize", "clean"])
    left = {}
    for i, text in enumerate(bbc_texts):
        body = ghatna.extract(text, pipeline=cleaner, html=False).body
        if found := PROMOTION.search(body):
            left[i] = body[max(0, found.start() - 40): found.end() + 40]
    assert left == {}


@pytest.mark.parametrize(("text", "promotion"), [
    ("आप ट्विटर और इंस्टाग्राम पर भी हमें फ़ॉलो कर सकते हैं", True),
    ("समाचार का एंड्रॉएड ऐप पाने के लिए यहां क्लिक करें", True),
    ("Follow us on Twitter", True),
    ("उनके समर्थक उन्हें ट्विटर पर फॉलो करने लगे हैं", False),
    ("ट्विटर और फ़ेसबुक जैसी कंपनियों पर नियम सख्त होंगे", False),
])
def test_the_promotion_check_itself(text: str, promotion: bool) -> None:
    assert bool(PROMOTION.search(text)) is promotion
