"""Validation of the bundled knowledge base, user knowledge-base files and ``--kb`` linking."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

import ghatna
from ghatna.extraction.lexicon import load_titles
from ghatna.knowledge.kb import KBEntry, Office, bundled_entries, load_kb, user_entries
from ghatna.resources import load_tsv
from ghatna.settings import Settings

MIN_ENTRIES = 1500
# Royal styles, military ranks and honorifics are how Hindi news names some people ("किंग
# चार्ल्स", "जनरल मुनीर", "डॉ मनमोहन सिंह"); an office title before a name ("विदेश मंत्री
# जयशंकर") belongs to titles.tsv.
NAME_TITLE_ROLES = frozenset({"monarch", "officer", "honorific"})


@pytest.fixture(scope="module")
def entries() -> list[KBEntry]:
    return list(bundled_entries())


@pytest.fixture(scope="module")
def people(entries: list[KBEntry]) -> list[KBEntry]:
    return [e for e in entries if e.type == "PERSON"]


def iso3_codes() -> set[str]:
    return {row["iso3"] for row in load_tsv("kb/countries.tsv")}


def person(name: str) -> KBEntry:
    found = [e for e in load_kb().lookup(name) if e.type == "PERSON"]
    assert found, f"{name} is not in the knowledge base"
    return found[0]


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def overlaps(a: Office, b: Office) -> bool:
    """Two terms share a day beyond the handover day (one ends the day the other starts)."""
    return (a.start or date.min) < (b.end or date.max) and (b.start or date.min) < (a.end or date.max)


def overlapping_holders(people: list[KBEntry]) -> list[str]:
    """Pairs of different people holding the same office (country or org, role) at once."""
    holders: dict[tuple[str | None, str], list[tuple[KBEntry, Office]]] = defaultdict(list)
    for entry in people:
        for office in entry.offices:
            if not (office.shared or office.acting):
                holders[(office.org or entry.country, office.role)].append((entry, office))
    clashes = []
    for key, terms in holders.items():
        for i, (a, term_a) in enumerate(terms):
            clashes += [f"{key}: {a.name} {term_a.start}..{term_a.end} and "
                        f"{b.name} {term_b.start}..{term_b.end}"
                        for b, term_b in terms[i + 1:] if b.kb_id != a.kb_id and overlaps(term_a, term_b)]
    return clashes


def test_size(entries: list[KBEntry]) -> None:
    assert len(entries) >= MIN_ENTRIES


def test_unique_ids(entries: list[KBEntry]) -> None:
    duplicates = [kb_id for kb_id, n in Counter(e.kb_id for e in entries).items() if n > 1]
    assert duplicates == []


def test_countries_are_known_iso3(entries: list[KBEntry]) -> None:
    codes = iso3_codes()
    assert all(len(code) == 3 and code.isupper() for code in codes)
    bad = [(e.kb_id, e.country) for e in entries if e.country is not None and e.country not in codes]
    assert bad == []


def test_only_orgs_and_regions_lack_a_country(entries: list[KBEntry]) -> None:
    people_without = [e.name for e in entries if e.country is None and e.type == "PERSON"]
    assert people_without == []


def test_office_start_before_end(people: list[KBEntry]) -> None:
    bad = [(p.name, o.role, o.start, o.end) for p in people for o in p.offices
           if o.start and o.end and o.start > o.end]
    assert bad == []


def test_one_holder_per_office_at_a_time(people: list[KBEntry]) -> None:
    assert overlapping_holders(people) == []


@pytest.mark.parametrize(
    ("terms", "clash"),
    [
        ([("2004-05-22", "2014-05-26"), ("2014-05-26", None)], False),  # handover day
        ([("2004-05-22", "2014-05-27"), ("2014-05-26", None)], True),
        ([(None, None), ("2020-01-01", "2021-01-01")], True),
        ([("2001-01-01", "2002-01-01"), ("2003-01-01", "2004-01-01")], False),
    ],
)
def test_overlap_check_catches_clashes(terms: list[tuple[str | None, str | None]], clash: bool) -> None:
    made_up = [KBEntry(f"t:{i}", f"Holder {i}", "PERSON", "XYZ", offices=[Office("president", "GOV", day(s), day(e))])
               for i, (s, e) in enumerate(terms)]
    assert bool(overlapping_holders(made_up)) is clash


def test_no_person_form_begins_with_a_title(people: list[KBEntry]) -> None:
    titles = {form for title in load_titles().values() if title.role not in NAME_TITLE_ROLES
              for form in title.forms}
    assert {"राष्ट्रपति", "प्रधानमंत्री", "विदेश मंत्री"} <= titles
    bad = [(p.name, form) for p in people for form in [*p.hindi, *p.short]
           if any(form == t or form.startswith(t + " ") for t in titles)]
    assert bad == []


@pytest.mark.parametrize(
    ("name", "day", "sector"),
    [
        ("Manmohan Singh", date(2010, 1, 1), "GOV"),
        ("Manmohan Singh", date(2014, 5, 27), None),   # the day after his only office ended
        ("Pranab Mukherjee", date(2017, 7, 26), None),
        ("Hamid Ansari", date(2017, 8, 12), None),
        ("Narendra Modi", date(2025, 11, 20), "GOV"),
    ],
)
def test_sector_follows_office(name: str, day: date, sector: str | None) -> None:
    assert person(name).sector_on(day) == sector


def test_sector_after_every_ended_office_is_the_entry_own(people: list[KBEntry]) -> None:
    """A former office holder keeps no office's sector: only the one the entry gives (PTY), or none."""
    former = [p for p in people if p.offices and all(o.end for o in p.offices)]
    assert former, "expected former office holders in the knowledge base"
    assert any(p.sector for p in former), "expected a former office holder with a sector of his own"
    still = [p.name for p in former
             if p.sector_on(max(o.end for o in p.offices if o.end) + timedelta(days=1)) != p.sector]
    assert still == []


USER_YAML = """\
- name: Ravi Kalpit
  country: ind
  hindi: [रवि कल्पित, कल्पित जी]
  latin: [Ravi Kalpit]
  qid: Q900001
  offices:
  - {role: foreign_minister, sector: GOV, start: 2024-06-10, end: null}
- name: Kalpana Sena
  type: org
  country: IND
  sector: MIL
  hindi: [कल्पना सेना]
"""
USER_TSV = "name\ttype\tcountry\tsector\tkind\thindi\tlatin\tqid\n" \
           "Kalpnagar\tGPE\tIND\t\tcity\tकल्पनगर|कल्प नगर\tKalpnagar|Kalp Nagar\tQ900003\n" \
           "Kalpana Morcha\t\t\tPTY\tparty\tकल्पना मोर्चा\t\t\n"


@pytest.mark.parametrize(
    ("file_name", "text", "expected"),
    [
        ("mine.yaml", USER_YAML, [
            ("Q900001", "Ravi Kalpit", "PERSON", "IND", ["रवि कल्पित", "कल्पित जी"], "foreign_minister"),
            ("ghatna:org:kalpana-sena", "Kalpana Sena", "ORG", "IND", ["कल्पना सेना"], None),
        ]),
        ("mine.tsv", USER_TSV, [
            ("Q900003", "Kalpnagar", "GPE", "IND", ["कल्पनगर", "कल्प नगर"], None),
            ("ghatna:org:kalpana-morcha", "Kalpana Morcha", "ORG", None, ["कल्पना मोर्चा"], None),
        ]),
    ],
)
def test_user_entries(tmp_path: Path, file_name: str, text: str,
                      expected: list[tuple[str, str, str, str | None, list[str], str | None]]) -> None:
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    got = [(e.kb_id, e.name, e.type, e.country, e.hindi, e.offices[0].role if e.offices else None)
           for e in user_entries(path)]
    assert got == expected


ARTICLE = (
    "नई दिल्ली, 12 जून। भारत के विदेश मंत्री रवि कल्पित ने बुधवार को नेपाल की राजधानी काठमांडू में "
    "नेपाली प्रधानमंत्री से मुलाकात की और दोनों देशों के बीच व्यापार तथा सीमा पर सहयोग बढ़ाने पर चर्चा की। "
    "रवि कल्पित ने कहा कि भारत पड़ोसी देशों के साथ संबंध मजबूत करना चाहता है। "
    "बैठक के बाद दोनों पक्षों ने एक संयुक्त बयान जारी किया।"
)


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "mine.yaml"
    path.write_text(USER_YAML, encoding="utf-8")
    return path


@pytest.mark.parametrize("with_user_file", [True, False])
def test_kb_file_links_a_made_up_person(user_kb: Path, with_user_file: bool) -> None:
    settings = Settings(kb_files=(user_kb,) if with_user_file else ())
    doc = ghatna.extract(ARTICLE, published="2025-06-12", pipeline=ghatna.load(settings))
    linked = [e for e in doc.entities if e.kb_id == "Q900001"]
    if not with_user_file:
        assert linked == []
        return
    assert len(linked) == 1
    kalpit = linked[0]
    assert (kalpit.name, kalpit.type, kalpit.country) == ("Ravi Kalpit", "PERSON", "IND")
    assert kalpit.sector == "GOV"
    assert [m.text for m in kalpit.mentions] == ["रवि कल्पित", "रवि कल्पित"]
    assert all(doc.body[m.start:m.end] == m.text for m in kalpit.mentions)


def test_countries_follow_an_added_or_replaced_entry() -> None:
    """The country table is built once, and again after an entry is added (user overrides)."""
    from ghatna.knowledge.kb import KnowledgeBase

    kb = KnowledgeBase([KBEntry("t:nepal", "Nepal", "GPE", "NPL", kind="country")])
    assert set(kb.countries()) == {"NPL"}
    kb.add(KBEntry("t:bhutan", "Bhutan", "GPE", "BTN", kind="country"))
    kb.add(KBEntry("t:nepal", "Nepal", "GPE", "NPL", kind="region"))  # an override that is no country
    assert set(kb.countries()) == {"BTN"}
