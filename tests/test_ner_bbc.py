"""No person on the 345 shared BBC Hindi articles is a common word: no person entity (from the
knowledge base, title patterns or the NER model) is made only of never-a-name words, and, where
Debian's apertium-hin is installed, no unlinked one-word person is a word its dictionary lists
only as a common noun, adjective or verb, but for the ones a developer read in their article and
found to name a person (Hindi given names are often such words too: रेखा, सूरज, अनुराग;
``data/bbc_reviewed_names.txt``). Skips when ``../shared`` is absent."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

import ghatna
from ghatna.resources import load_yaml
from ghatna.settings import Settings
from ghatna.text.tokens import word_key

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-hindi-345.csv"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "ner"))

from common_people import dictionary_words

REVIEWED_NAMES = Path(__file__).resolve().parent / "data" / "bbc_reviewed_names.txt"
STAGES = ("html", "normalize", "clean", "language", "segment", "entities", "ner")

pytestmark = pytest.mark.skipif(not BBC.exists(), reason="../shared/corpus/bbc-hindi-345.csv is absent")


Person = tuple[str | None, list[tuple[str, str]]]  # kb_id, mentions (text, rule)


@pytest.fixture(scope="module")
def people() -> list[Person]:
    csv.field_size_limit(10**9)
    with BBC.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 345
    pipeline = ghatna.load(Settings(stages=STAGES))
    out = []
    for row in rows:
        doc = ghatna.extract(row["1"], pipeline=pipeline)
        out += [(e.kb_id, [(m.text, m.rule) for m in e.mentions]) for e in doc.entities if e.type == "PERSON"]
    return out


def test_bbc_people_are_not_never_a_name_words(people: list[Person]) -> None:
    lists = load_yaml("kb/never_names.yaml")
    never = {word_key(w) for w in [*lists["words"], *lists["not_people"]]}
    assert len(people) > 500, "expected people in the BBC articles"
    bad = [mentions for _, mentions in people
           if all(all(word_key(w) in never for w in text.split()) for text, _ in mentions)]
    assert bad == []


def reviewed_names() -> set[str]:
    lines = REVIEWED_NAMES.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_bbc_no_unlinked_person_is_an_unread_dictionary_word(people: list[Person]) -> None:
    common = dictionary_words()
    if not common:
        pytest.skip("apertium-hin is not installed")
    reviewed = reviewed_names()
    assert reviewed and not reviewed - common, "every reviewed name is a dictionary word, or it needs no review"
    unlinked = [mentions for kb_id, mentions in people if not kb_id]
    words = [m for m in unlinked if all(" " not in text and text in common for text, _ in m)]
    assert len(words) > 20, "expected dictionary words among the people (given names such as रेखा)"
    unread = sorted({text for m in words for text, _ in m} - reviewed)
    assert unread == []
