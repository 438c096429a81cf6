"""Knowledge-base entries from a Wikidata JSON dump.

The official dump is a JSON array with one entity per line, each line ending with ","
(``latest-all.json.gz``/``.bz2``). ``import_wikidata`` streams it line by line, keeps
the people, countries, cities and organisations that have a Hindi label or Hindi
aliases, and writes them as a YAML file that ``--kb`` / ``Settings.kb_files`` reads.

Countries (ISO3) come from the bundled knowledge base's QIDs or from P298 on country
entities in the same dump; office names (P39) from English labels in the dump. What a
kept entity refers to may appear later in the dump, so references are resolved after
the pass; a second streaming pass runs only when some are still unresolved.
"""

from __future__ import annotations

import bz2
import calendar
import gzip
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ghatna.errors import GhatnaError
from ghatna.knowledge.kb import load_kb

log = logging.getLogger(__name__)

# P31 (instance of) classes and the knowledge-base type they map to; others are skipped.
TYPE_BY_CLASS: dict[str, str] = {
    "Q5": "PERSON",
    "Q6256": "GPE", "Q3624078": "GPE",
    "Q515": "GPE", "Q1549591": "GPE", "Q5119": "GPE",
    "Q43229": "ORG", "Q484652": "ORG", "Q7278": "ORG", "Q2659904": "ORG", "Q1127126": "ORG",
}
KIND_BY_CLASS: dict[str, str] = {"Q6256": "country", "Q3624078": "country", "Q5119": "capital",
                                 "Q515": "city", "Q1549591": "city", "Q7278": "party"}
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078"})
RANK_ORDER = {"preferred": 0, "normal": 1}


class DumpError(GhatnaError):
    """A Wikidata dump could not be read at all (missing, unreadable, corrupt compression)."""


@dataclass(slots=True)
class ImportStats:
    """Entity lines read, entities kept and skipped, and lines that were not valid JSON entities."""

    read: int = 0
    kept: int = 0
    skipped: int = 0
    malformed: int = 0


@dataclass(slots=True)
class Candidate:
    """A kept entity before its country and office names are resolved."""

    qid: str
    type: str
    kind: str | None
    name: str
    hindi: list[str]
    latin: list[str]
    country_refs: list[str]
    iso3: str | None
    offices: list[dict[str, Any]]


@dataclass(slots=True)
class References:
    """What kept entities point at: ISO3 codes of countries and labels of positions."""

    iso3: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    wanted: set[str] = field(default_factory=set)

    def note(self, entity: dict[str, Any]) -> None:
        qid = str(entity.get("id"))
        code = first_string(entity, "P298")
        if code:
            self.iso3[qid] = code.upper()
        if qid in self.wanted and qid not in self.labels:
            label = text_value(entity.get("labels"), "en")
            if label:
                self.labels[qid] = label

    def missing(self) -> set[str]:
        return {q for q in self.wanted if q not in self.iso3 and q not in self.labels}


def open_dump(path: Path) -> io.BufferedIOBase:
    """The dump as a binary stream, decompressed by its suffix (.gz, .bz2, or plain)."""
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rb")
        if path.suffix == ".bz2":
            return bz2.open(path, "rb")
        return io.BufferedReader(io.FileIO(path, "rb"))
    except OSError as err:
        raise DumpError(f"cannot open Wikidata dump {path}: {err.strerror or err}; "
                        "give a .json, .json.gz or .json.bz2 file") from err


def iter_entities(path: Path, stats: ImportStats | None = None) -> Iterator[dict[str, Any]]:
    """Entity objects line by line; a line that is not a JSON object is counted and skipped."""
    try:
        with open_dump(path) as stream:
            for line in stream:
                entity = parse_line(line)
                if entity is None and stats is not None and line.strip(b" \t\r\n,[]"):
                    stats.read += 1
                    stats.malformed += 1
                elif entity is not None:
                    yield entity
    except (OSError, EOFError) as err:
        raise DumpError(f"Wikidata dump {path} is unreadable or truncated ({err}); "
                        "download it again or check its compression") from err


def parse_line(line: bytes) -> dict[str, Any] | None:
    text = line.strip().rstrip(b",")
    if not text or text in (b"[", b"]"):
        return None
    try:
        value = json.loads(text)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) and isinstance(value.get("id"), str) else None


def text_value(mapping: Any, lang: str) -> str | None:
    item = mapping.get(lang) if isinstance(mapping, dict) else None
    value = item.get("value") if isinstance(item, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def text_values(mapping: Any, lang: str) -> list[str]:
    items = mapping.get(lang) if isinstance(mapping, dict) else None
    values = [i.get("value") for i in items or [] if isinstance(i, dict)]
    return [v.strip() for v in values if isinstance(v, str) and v.strip()]


def claims_of(entity: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    """Non-deprecated statements for ``prop``, preferred rank first."""
    claims = (entity.get("claims") or {}).get(prop) or []
    kept = [c for c in claims if isinstance(c, dict) and c.get("rank") != "deprecated"]
    return sorted(kept, key=lambda c: RANK_ORDER.get(c.get("rank", "normal"), 1))


def snak_value(snak: Any) -> Any:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def item_ids(entity: dict[str, Any], prop: str) -> list[str]:
    values = (snak_value(c.get("mainsnak")) for c in claims_of(entity, prop))
    return [v["id"] for v in values if isinstance(v, dict) and isinstance(v.get("id"), str)]


def first_string(entity: dict[str, Any], prop: str) -> str | None:
    for claim in claims_of(entity, prop):
        value = snak_value(claim.get("mainsnak"))
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def wikidata_day(snak: Any, end: bool) -> date | None:
    """A day from a Wikidata time value; month or year precision rounds down (start) or up (end)."""
    value = snak_value(snak)
    time = value.get("time") if isinstance(value, dict) else None
    if not isinstance(time, str) or not time.startswith("+"):
        return None
    try:
        year, month, day = (int(p) for p in time[1:11].split("-"))
        month = month or (12 if end else 1)
        day = day or (calendar.monthrange(year, month)[1] if end else 1)
        return date(year, month, day)
    except ValueError:
        return None


def qualifier_day(claim: dict[str, Any], prop: str, end: bool) -> date | None:
    snaks = (claim.get("qualifiers") or {}).get(prop) or []
    return wikidata_day(snaks[0], end) if snaks else None


def extract_offices(entity: dict[str, Any]) -> list[dict[str, Any]]:
    """P39 (position held) statements with their P580/P582 start and end qualifiers."""
    offices = []
    for claim in claims_of(entity, "P39"):
        value = snak_value(claim.get("mainsnak"))
        if not isinstance(value, dict) or not isinstance(value.get("id"), str):
            continue
        offices.append({"role": value["id"], "start": qualifier_day(claim, "P580", False),
                        "end": qualifier_day(claim, "P582", True)})
    return offices


def entity_class(entity: dict[str, Any]) -> str | None:
    return next((c for c in item_ids(entity, "P31") if c in TYPE_BY_CLASS), None)


def make_candidate(entity: dict[str, Any]) -> Candidate | None:
    """A kept entity, or None when it has no Hindi form or no type the knowledge base uses."""
    hindi = unique([h for h in [text_value(entity.get("labels"), "hi")] if h]
                   + text_values(entity.get("aliases"), "hi"))
    cls = entity_class(entity)
    if not hindi or cls is None:
        return None
    etype = TYPE_BY_CLASS[cls]
    english = text_value(entity.get("labels"), "en")
    latin = unique([e for e in [english] if e] + text_values(entity.get("aliases"), "en"))
    refs = item_ids(entity, "P27") if etype == "PERSON" else []
    return Candidate(
        qid=entity["id"], type=etype, kind=KIND_BY_CLASS.get(cls), name=english or hindi[0],
        hindi=hindi, latin=latin, country_refs=refs or item_ids(entity, "P17"),
        iso3=first_string(entity, "P298") if cls in COUNTRY_CLASSES else None,
        offices=extract_offices(entity) if etype == "PERSON" else [],
    )


def resolve_country(cand: Candidate, refs: References) -> str | None:
    if cand.iso3:
        return cand.iso3.upper()
    return next((refs.iso3[q] for q in cand.country_refs if q in refs.iso3), None)


def to_mapping(cand: Candidate, refs: References) -> dict[str, Any]:
    """The entry as ``kb.entry_from_mapping`` reads it."""
    data: dict[str, Any] = {"name": cand.name, "type": cand.type, "qid": cand.qid,
                            "country": resolve_country(cand, refs), "hindi": cand.hindi, "latin": cand.latin}
    if cand.kind:
        data["kind"] = cand.kind
    if cand.offices:
        data["offices"] = [{**o, "role": refs.labels.get(o["role"], o["role"])} for o in cand.offices]
    return data


def collect(dump: Path, refs: References, stats: ImportStats) -> list[Candidate]:
    """The first pass: kept entities, with what they refer to noted in ``refs``."""
    kept: list[Candidate] = []
    for entity in iter_entities(dump, stats):
        stats.read += 1
        refs.note(entity)
        cand = make_candidate(entity)
        if cand is None:
            stats.skipped += 1
            continue
        kept.append(cand)
        refs.wanted.update(cand.country_refs, (o["role"] for o in cand.offices))
    stats.kept = len(kept)
    return kept


def known_countries() -> dict[str, str]:
    """QID → ISO3 for the bundled countries that carry a QID."""
    return {e.qid: iso for iso, e in load_kb().countries().items() if e.qid}


def import_wikidata(dump: Path, out: Path) -> ImportStats:
    """Stream ``dump`` and write the kept entities as a knowledge-base YAML file at ``out``."""
    stats = ImportStats()
    refs = References(iso3=known_countries())
    kept = collect(dump, refs, stats)
    if kept and refs.missing():
        log.info("second pass over %s for %d referenced entities", dump, len(refs.missing()))
        for entity in iter_entities(dump):
            refs.note(entity)
    write_entries(out, [to_mapping(c, refs) for c in kept])
    log.info("imported %d of %d entities from %s (%d malformed lines)", stats.kept, stats.read, dump,
             stats.malformed)
    return stats


def write_entries(out: Path, entries: list[dict[str, Any]]) -> None:
    try:
        with out.open("w", encoding="utf-8") as handle:
            yaml.safe_dump(entries, handle, allow_unicode=True, sort_keys=False, width=1000)
    except OSError as err:
        raise DumpError(f"cannot write {out}: {err.strerror or err}; choose a writable output path") from err
