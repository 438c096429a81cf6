"""The knowledge base: countries, places, organisations and people, with Hindi forms.

Bundled as data files in ``data/kb`` (TSV for countries, places and organisations,
YAML for people with their offices); users add entries in their own YAML or TSV files
(``Settings.kb_files``, ``--kb``). An actor's sector follows from the office it holds at
the article's date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from ghatna.errors import DataError
from ghatna.knowledge.kb_check import check_mapping, check_row
from ghatna.resources import SAFE_LOADER, load_tsv, load_yaml, read_tsv, split_list
from ghatna.text.normalize import normalize_inline

log = logging.getLogger(__name__)

SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Office:
    role: str
    sector: str | None
    start: date | None
    end: date | None
    org: str | None = None
    shared: bool = False
    acting: bool = False

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class KBEntry:
    """One entity the knowledge base knows, with every surface form it may take."""

    kb_id: str
    name: str
    type: str
    country: str | None
    sector: str | None = None
    kind: str | None = None
    hindi: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    qid: str | None = None
    lat: float | None = None
    lon: float | None = None

    def offices_on(self, day: date | None) -> list[Office]:
        """Every office held on ``day``, several at once as well (with no day known, those still open)."""
        if day is None:
            return [o for o in self.offices if o.end is None]
        return [o for o in self.offices if o.holds_on(day)]

    def office_on(self, day: date | None) -> Office | None:
        """The office the person is shown in on ``day``: of those held, the highest ranked
        (``office_rank``: a prime minister's above his foreign minister's), not the latest begun."""
        held = self.offices_on(day)
        return max(held, key=office_rank) if held else None

    def holds(self, role: str, day: date | None) -> Office | None:
        """The office of that role held on ``day``, whatever else the person held then."""
        return next((o for o in self.offices_on(day) if o.role == role and not o.acting), None)

    def sector_on(self, day: date | None) -> str | None:
        """GOV, MIL, ... for the office shown that day; out of every office (or, with no day, of every
        open one) the entry's own sector (a former minister who leads a party: PTY), else none: a
        former head of state is no government (GUIDELINES, GOV)."""
        office = self.office_on(day)
        return office.sector if office is not None else self.sector


@cache
def office_ranks() -> dict[str, int]:
    """``ranked_offices`` of ``kb/office_ranks.yaml`` -> its place in the list (0 the highest)."""
    return {role: n for n, role in enumerate(load_yaml("kb/office_ranks.yaml")["ranked_offices"])}


def office_rank(office: Office) -> tuple[int, bool, date]:
    """The key that orders a person's offices of one day, the highest last: a listed role by its
    place, any listed above one not; a government office above a party's; the later begun."""
    ranks = office_ranks()
    return -ranks.get(office.role, len(ranks)), office.sector == "GOV", office.start or date.min


def slug_id(kind: str, name: str) -> str:
    return f"ghatna:{kind}:{SLUG.sub('-', name.lower()).strip('-')}"


def parse_day(value: Any) -> date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as err:
        raise DataError(f"bad date {value!r} in the knowledge base: use YYYY-MM-DD") from err


def clean_forms(forms: Iterable[str]) -> list[str]:
    out: list[str] = []
    for form in forms:
        norm = normalize_inline(str(form))
        if norm and norm not in out:
            out.append(norm)
    return out


def entry_from_country(row: dict[str, str]) -> KBEntry:
    iso = row["iso3"].upper()
    return KBEntry(
        kb_id=row.get("qid") or f"ghatna:country:{iso}", name=row["name"], type="GPE", country=iso,
        sector=None, kind="country", hindi=clean_forms(split_list(row.get("hindi"))),
        demonyms=clean_forms(split_list(row.get("demonym_hi"))), latin=split_list(row.get("latin")),
        qid=row.get("qid") or None,
    )


def entry_from_row(row: dict[str, str], default_type: str) -> KBEntry:
    """A place or organisation row (also the shape of users' TSV files)."""
    etype = (row.get("type") or default_type).upper()
    return KBEntry(
        kb_id=row.get("qid") or row.get("id") or slug_id(etype.lower(), row["name"]), name=row["name"],
        type=etype, country=(row.get("country") or "").upper() or None, sector=row.get("sector") or None,
        kind=row.get("kind") or None, hindi=clean_forms(split_list(row.get("hindi"))),
        short=clean_forms(split_list(row.get("short"))), latin=split_list(row.get("latin")),
        qid=row.get("qid") or None,
    )


def office_from_dict(data: dict[str, Any]) -> Office:
    return Office(
        role=str(data.get("role") or ""), sector=data.get("sector") or "GOV",
        start=parse_day(data.get("start")), end=parse_day(data.get("end")), org=data.get("org"),
        shared=bool(data.get("shared")), acting=bool(data.get("acting")),
    )


def entry_from_mapping(data: dict[str, Any]) -> KBEntry:
    """A person (or any entity) given as a YAML mapping."""
    if not data.get("name"):
        raise DataError(f"knowledge-base entry without a name: {data!r}")
    etype = str(data.get("type") or "PERSON").upper()
    offices = [office_from_dict(o) for o in data.get("offices") or []]
    qid = data.get("qid") or None
    return KBEntry(
        kb_id=str(qid or data.get("id") or slug_id(etype.lower(), data["name"])), name=str(data["name"]),
        type=etype, country=(str(data.get("country") or "").upper() or None), sector=data.get("sector"),
        kind=data.get("kind"), hindi=clean_forms(data.get("hindi") or []), short=clean_forms(data.get("short") or []),
        demonyms=clean_forms(data.get("demonyms") or []), latin=[str(x) for x in data.get("latin") or []],
        offices=offices, qid=qid,
    )


# Generated by ``python -m ghatna.knowledge.build`` from named sources (see each file's header).
GENERATED_FILES = (("kb/india.tsv", "GPE"), ("kb/india_bodies.tsv", "ORG"), ("kb/subdivisions.tsv", "GPE"), ("kb/parties.tsv", "ORG"),
                   ("kb/cities.tsv", "GPE"), ("kb/annotated.tsv", "PERSON"))
PEOPLE_FILES = ("kb/people.yaml", "kb/people_india.yaml", "kb/people_world.yaml", "kb/people_g20.yaml",
                "kb/people_region.yaml")


def bundled_files() -> Iterator[tuple[str, Iterator[KBEntry]]]:
    """The bundled entries file by file: hand-made files first (they win an ambiguous form),
    then the generated ones."""
    aliases = country_aliases()
    yield "countries.tsv", (with_aliases(entry_from_country(r), aliases) for r in load_tsv("kb/countries.tsv"))
    yield "places.tsv", (entry_from_row(r, "GPE") for r in load_tsv("kb/places.tsv"))
    yield "orgs.tsv", (entry_from_row(r, "ORG") for r in load_tsv("kb/orgs.tsv"))
    yield "groups.tsv", (entry_from_row(r, "ORG") for r in load_tsv("kb/groups.tsv"))
    for name in PEOPLE_FILES:
        yield name.removeprefix("kb/"), (entry_from_mapping(d) for d in load_yaml(name) or [])
    yield "cldr.tsv", (entry_from_row(r, "LOC") for r in load_tsv("kb/cldr.tsv") if r.get("kind") != "country-name")
    for name, default_type in GENERATED_FILES:
        yield name.removeprefix("kb/"), (with_coordinates(entry_from_row(r, default_type), r) for r in load_tsv(name))


def bundled_entries() -> Iterator[KBEntry]:
    for _, entries in bundled_files():
        yield from entries


def with_aliases(entry: KBEntry, aliases: dict[str, list[str]]) -> KBEntry:
    entry.hindi += [f for f in aliases.get(entry.country or "", []) if f not in entry.hindi]
    return entry


def country_aliases() -> dict[str, list[str]]:
    """Hindi country names CLDR adds to the hand-made ``countries.tsv``."""
    out: dict[str, list[str]] = {}
    for row in load_tsv("kb/cldr.tsv"):
        if row.get("kind") == "country-name":
            out.setdefault(row["country"], []).extend(clean_forms(split_list(row["hindi"])))
    return out


def with_coordinates(entry: KBEntry, row: dict[str, str] | None) -> KBEntry:
    """Latitude and longitude where a generated row gives them (GeoNames, for cities)."""
    if row and row.get("lat") and row.get("lon"):
        entry.lat, entry.lon = float(row["lat"]), float(row["lon"])
    return entry


def user_entries(path: Path) -> Iterator[KBEntry]:
    """Entries from a user's YAML (list of mappings) or TSV (header row) file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DataError(f"cannot read knowledge-base file {path}: {err.strerror}") from err
    except UnicodeDecodeError as err:
        raise DataError(f"knowledge-base file {path} is not UTF-8 text: save it as UTF-8") from err
    if path.suffix.lower() in (".tsv", ".txt", ".csv"):
        yield from (entry_from_row(check_row(r, str(path), n), "ORG") for n, r in enumerate(read_tsv(text), 1))
        return
    try:
        data = yaml.load(text, Loader=SAFE_LOADER) or []
    except (yaml.YAMLError, ValueError) as err:  # ValueError: a date such as 2020-13-01
        raise DataError(f"knowledge-base file {path} is not valid YAML: {err}") from err
    if not isinstance(data, list):
        raise DataError(f"knowledge-base file {path} must hold a list of entries")
    yield from (entry_from_mapping(check_mapping(d, str(path), n)) for n, d in enumerate(data, 1))


class KnowledgeBase:
    """All entries by id, with lookups by any surface form."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: dict[str, KBEntry] = {}
        self._by_form: dict[str, list[KBEntry]] | None = None
        self._countries: dict[str, KBEntry] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: KBEntry) -> None:
        """Add an entry; a later entry with the same id replaces the earlier one (user overrides)."""
        self.entries[entry.kb_id] = entry
        self._by_form = self._countries = None

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KBEntry]:
        return iter(self.entries.values())

    def get(self, kb_id: str) -> KBEntry | None:
        return self.entries.get(kb_id)

    def countries(self) -> Mapping[str, KBEntry]:
        """Country entries by ISO code, built once (the event coder asks for every actor)."""
        if self._countries is None:
            self._countries = {e.country: e for e in self if e.kind == "country" and e.country}
        return MappingProxyType(self._countries)

    def lookup(self, name: str) -> list[KBEntry]:
        """Entries whose canonical name or any form equals ``name`` (case-insensitive for Latin)."""
        if self._by_form is None:
            index: dict[str, list[KBEntry]] = {}
            for entry in self:
                for form in {f.lower() for f in all_forms(entry)}:
                    index.setdefault(form, []).append(entry)
            self._by_form = index
        return list(self._by_form.get((normalize_inline(name) or "").lower(), []))


def all_forms(entry: KBEntry) -> list[str]:
    return [entry.name, *entry.hindi, *entry.short, *entry.demonyms, *entry.latin]


@cache
def country_names() -> dict[str, tuple[str, str | None]]:
    """ISO3 → (English name, QID) of every country ``kb/countries.tsv`` holds, without building
    the knowledge base."""
    return {row["iso3"]: (row["name"], row.get("qid") or None) for row in load_tsv("kb/countries.tsv")}


def load_kb(extra_files: Iterable[Path] = ()) -> KnowledgeBase:
    kb = KnowledgeBase(bundled_entries())
    for path in extra_files:
        for entry in user_entries(Path(path)):
            kb.add(entry)
    log.info("knowledge base: %d entries", len(kb))
    return kb
