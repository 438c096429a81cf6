"""The knowledge base grown from named sources: size, identifiers, provenance, and no common
word made a name by a bulk source."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ghatna.knowledge.kb import GENERATED_FILES, KBEntry, bundled_entries, load_kb
from ghatna.resources import data_text, load_tsv, load_yaml
from ghatna.text.tokens import form_tokens

QID = re.compile(r"Q[1-9][0-9]*")
MIN_WITH_HINDI = 8000
BULK = ("geonames:", "iso3166-2:", "cldr:")


@pytest.fixture(scope="module")
def entries() -> list[KBEntry]:
    return list(bundled_entries())


def test_size_with_hindi_forms(entries: list[KBEntry]) -> None:
    assert sum(1 for e in entries if e.hindi or e.short) >= MIN_WITH_HINDI


def test_qids_are_well_formed_and_unique(entries: list[KBEntry]) -> None:
    qids = [e.qid for e in entries if e.qid]
    assert [q for q in qids if not QID.fullmatch(q)] == []
    assert [q for q, n in Counter(qids).items() if n > 1] == []


@pytest.mark.parametrize("name", [n for n, _ in GENERATED_FILES] + ["kb/cldr.tsv", "kb/never_names.yaml"])
def test_generated_files_name_their_source(name: str) -> None:
    head = data_text(name).splitlines()[:4]
    assert any(line.startswith("#") and "Source" in line or "Source:" in line for line in head), head


@pytest.mark.parametrize("name", [n for n, _ in GENERATED_FILES])
def test_every_generated_row_has_an_id_and_a_source(name: str) -> None:
    rows = load_tsv(name)
    assert rows
    assert [r["name"] for r in rows if not (r.get("id") or r.get("qid")) or not r.get("source")] == []


def test_coordinates_only_from_geonames() -> None:
    for name in ("kb/cities.tsv", "kb/india.tsv"):
        for row in load_tsv(name):
            if row.get("lat"):
                assert "geonames" in row["source"]
                assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_no_bulk_form_is_a_never_name(entries: list[KBEntry]) -> None:
    never = set(load_yaml("kb/never_names.yaml")["words"])
    bad = [(e.name, f) for e in entries if e.kb_id.startswith(BULK) for f in e.hindi if f in never]
    assert bad == []


def test_generated_entries_take_no_hand_made_form(entries: list[KBEntry]) -> None:
    hand = {form_tokens(f) for e in entries if not e.kb_id.startswith((*BULK, "partyfacts:", "ghatna:india:"))
            and e.type != "PERSON" for f in e.hindi}
    bad = [(e.name, f) for e in entries if e.kb_id.startswith(BULK) for f in e.hindi if form_tokens(f) in hand]
    assert bad == []


@pytest.mark.parametrize(
    ("hindi", "name", "country"),
    [
        ("छत्तीसगढ़", "Chhattisgarh", "IND"),
        ("झारखंड", "Jharkhand", "IND"),
        ("रायपुर", "Raipur", "IND"),
        ("मुजफ्फरपुर", "Muzaffarpur", "IND"),
        ("तेदेपा", "Telugu Desam Party", "IND"),
        ("बीजू जनता दल", "Biju Janata Dal", "IND"),
    ],
)
def test_lookup_finds_grown_entries(hindi: str, name: str, country: str) -> None:
    found = [(e.name, e.country) for e in load_kb().lookup(hindi)]
    assert (name, country) in found


@pytest.mark.parametrize("word", ["गया", "सफेद", "मंडी", "कोटा", "बस्ती", "दक्षिण", "बोल"])
def test_common_words_name_no_bulk_place(word: str) -> None:
    assert [e.name for e in load_kb().lookup(word) if e.kb_id.startswith((*BULK, "ghatna:india:"))] == []


# ---- people and organisations from the project's annotations (kb/annotated.tsv) -----------

ANNOTATED = "kb/annotated.tsv"


def annotated_forms(row: dict[str, str]) -> list[str]:
    return [f for col in ("hindi", "short") for f in row[col].split("|") if f]


def test_annotated_one_word_forms_are_long_and_no_common_word() -> None:
    never = set(load_yaml("kb/never_names.yaml")["words"])
    bad = [(r["name"], f) for r in load_tsv(ANNOTATED) for f in annotated_forms(r)
           if " " not in f and (len(f) < 4 or f in never)]
    assert bad == []


def test_annotated_entries_share_no_form_and_guess_no_qid(entries: list[KBEntry]) -> None:
    annotated = [e for e in entries if e.kb_id.startswith("annotations:")]
    owners: dict[tuple[str, ...], set[str]] = {}
    for e in entries:
        for f in [*e.hindi, *e.short, *e.demonyms]:
            owners.setdefault(form_tokens(f), set()).add(e.kb_id)
    assert annotated and [e.name for e in annotated if e.qid] == []
    assert [(e.name, f) for e in annotated for f in [*e.hindi, *e.short] if len(owners[form_tokens(f)]) > 1] == []


def test_annotated_names_come_from_the_train_split_only() -> None:
    """A name or form that annotators gave only in dev records must not be in the file."""
    import sys
    from pathlib import Path

    from ghatna.evaluate.annotations import load_sentences
    from ghatna.evaluate.shared_corpus import available

    if not available():
        pytest.skip("../shared/corpus is absent")
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "training" / "annotate"))
    from import_labels import split_of

    seen: dict[str, tuple[set[str], set[tuple[str, ...]]]] = {"train": (set(), set()), "dev": (set(), set())}
    for s in load_sentences(root / "training" / "annotations"):
        if s.written or s.skip or not s.collection:
            continue
        names, forms = seen[split_of(s.collection, s.record or "")]
        names.update(e.name for e in s.entities if e.name)
        forms.update(form_tokens(s.text[e.start:e.end]) for e in s.entities)
    dev_names, dev_forms = (seen["dev"][0] - seen["train"][0]), (seen["dev"][1] - seen["train"][1])
    rows = load_tsv(ANNOTATED)
    assert [r["name"] for r in rows if r["name"] in dev_names] == []
    assert [f for r in rows for f in annotated_forms(r) if form_tokens(f) in dev_forms] == []


@pytest.mark.parametrize(("hindi", "name", "etype", "country"), [
    ("महमूद अहमदीनेजाद", "Mahmoud Ahmadinejad", "PERSON", "IRN"),   # country from event actors
    ("पिनाकी मिश्रा", "Pinaki Misra", "PERSON", "IND"),               # from "बीजद सांसद" before him
    ("केरल विधानसभा", "Kerala Legislative Assembly", "ORG", "IND"),   # from the place in its name
])
def test_lookup_finds_annotated_names(hindi: str, name: str, etype: str, country: str) -> None:
    found = [(e.name, e.type, e.country) for e in load_kb().lookup(hindi) if e.kb_id.startswith("annotations:")]
    assert found == [(name, etype, country)]


@pytest.mark.parametrize(("form", "kept"), [("रुडेपुर्ट", True), ("रोडपाार्क", False), ("नदीीपुर", False)])
def test_bulk_form_with_two_vowel_signs_on_one_letter_is_no_form(form: str, kept: bool) -> None:
    from ghatna.knowledge.build.common import usable_form

    assert (usable_form(form, frozenset()) is not None) is kept
