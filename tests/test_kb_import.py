"""Tests for ghatna.kb_import (Wikidata dumps) and the ``ghatna kb`` commands."""

from __future__ import annotations

import bz2
import gzip
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner

from ghatna.cli.kb import register
from ghatna.knowledge.kb import KBEntry, user_entries
from ghatna.knowledge.kb_import import DumpError, ImportStats, import_wikidata, wikidata_day


def item(qid: str) -> dict[str, Any]:
    return {"snaktype": "value", "datavalue": {"type": "wikibase-entityid",
                                               "value": {"entity-type": "item", "id": qid}}}


def string(value: str) -> dict[str, Any]:
    return {"snaktype": "value", "datavalue": {"type": "string", "value": value}}


def time(value: str) -> dict[str, Any]:
    return {"snaktype": "value", "datavalue": {"type": "time", "value": {"time": value, "precision": 11}}}


def claim(snak: dict[str, Any], rank: str = "normal", **qualifiers: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {"mainsnak": snak, "type": "statement", "rank": rank}
    if qualifiers:
        data["qualifiers"] = {prop: [q] for prop, q in qualifiers.items()}
    return data


def entity(qid: str, en: str | None, hi: str | None, claims: dict[str, list[dict[str, Any]]],
           hi_aliases: tuple[str, ...] = (), en_aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    labels = {lang: {"language": lang, "value": v} for lang, v in (("en", en), ("hi", hi)) if v}
    aliases = {lang: [{"language": lang, "value": v} for v in vs]
               for lang, vs in (("hi", hi_aliases), ("en", en_aliases)) if vs}
    return {"type": "item", "id": qid, "labels": labels, "aliases": aliases, "claims": claims}


# The person comes before the position and the new country it refers to: references resolve later.
ENTITIES = [
    entity("Q900001", "Ravi Kalpit", "रवि कल्पित", {
        "P31": [claim(item("Q5"))], "P27": [claim(item("Q900010"))],
        "P39": [claim(item("Q900020"), P580=time("+2019-05-30T00:00:00Z"),
                      P582=time("+2024-06-09T00:00:00Z")),
                claim(item("Q900021"), P580=time("+2024-06-00T00:00:00Z"))],
    }, hi_aliases=("कल्पित",), en_aliases=("R. Kalpit",)),
    entity("Q7747", "Vladimir Putin", "व्लादिमीर पुतिन",
           {"P31": [claim(item("Q5"))], "P27": [claim(item("Q159"))]}),
    entity("Q900002", "Nameless Hindi", None, {"P31": [claim(item("Q5"))]}),
    entity("Q900003", "Kalpnagar", None, {"P31": [claim(item("Q515"))]}, hi_aliases=("कल्पनगर",)),
    entity("Q900004", "Dharti Party", "धरती पार्टी",
           {"P31": [claim(item("Q7278"))], "P17": [claim(item("Q668"))]}),
    entity("Q900005", "Some Painting", "कोई चित्र", {"P31": [claim(item("Q3305213"))]}),
    entity("Q900010", "Republic of Kalpana", "कल्पना गणराज्य", {
        "P31": [claim(item("Q3624078"))], "P298": [claim(string("KLP"))]}),
    entity("Q900020", "Minister of Imagination", "कल्पना मंत्री", {"P31": [claim(item("Q294414"))]}),
    entity("Q1", "Universe", None, {"P31": [claim(item("Q36906466"))]}),
    entity("Q900006", "Old Town", "पुराना नगर", {
        "P31": [claim(item("Q515"))],
        "P17": [claim(item("Q1"), rank="deprecated"), claim(item("Q668"), rank="preferred")]}),
]
MALFORMED = '{"type": "item", "id": "Q999", "labels": {'


def write_dump(path: Path) -> Path:
    lines = ["[", *(json.dumps(e, ensure_ascii=False) + "," for e in ENTITIES[:4]), MALFORMED,
             *(json.dumps(e, ensure_ascii=False) + "," for e in ENTITIES[4:-1]),
             json.dumps(ENTITIES[-1]), "]"]
    text = "\n".join(lines) + "\n"
    data = text.encode("utf-8")
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".bz2":
        data = bz2.compress(data)
    path.write_bytes(data)
    return path


@pytest.fixture(params=["dump.json", "dump.json.gz", "dump.json.bz2"])
def imported(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[ImportStats, dict[str, KBEntry]]:
    out = tmp_path / "wikidata.yaml"
    stats = import_wikidata(write_dump(tmp_path / request.param), out)
    return stats, {e.kb_id: e for e in user_entries(out)}


def test_import_counts(imported: tuple[ImportStats, dict[str, KBEntry]]) -> None:
    stats, entries = imported
    assert (stats.read, stats.kept, stats.skipped, stats.malformed) == (11, 6, 4, 1)
    assert sorted(entries) == ["Q7747", "Q900001", "Q900003", "Q900004", "Q900006", "Q900010"]


@pytest.mark.parametrize(
    ("qid", "name", "etype", "country", "kind"),
    [
        ("Q900001", "Ravi Kalpit", "PERSON", "KLP", None),   # P27 resolved through P298 later in the dump
        ("Q7747", "Vladimir Putin", "PERSON", "RUS", None),  # P27 resolved through the bundled countries
        ("Q900003", "Kalpnagar", "GPE", None, "city"),        # kept for its Hindi alias alone
        ("Q900004", "Dharti Party", "ORG", "IND", "party"),   # P17
        ("Q900006", "Old Town", "GPE", "IND", "city"),        # the deprecated P17 is ignored
        ("Q900010", "Republic of Kalpana", "GPE", "KLP", "country"),
    ],
)
def test_import_entries(imported: tuple[ImportStats, dict[str, KBEntry]], qid: str, name: str, etype: str,
                        country: str | None, kind: str | None) -> None:
    entry = imported[1][qid]
    assert (entry.name, entry.type, entry.country, entry.kind, entry.qid) == (name, etype, country, kind, qid)


def test_import_forms_and_offices(imported: tuple[ImportStats, dict[str, KBEntry]]) -> None:
    person = imported[1]["Q900001"]
    assert person.hindi == ["रवि कल्पित", "कल्पित"]
    assert person.latin == ["Ravi Kalpit", "R. Kalpit"]
    assert [(o.role, o.start, o.end) for o in person.offices] == [
        ("Minister of Imagination", date(2019, 5, 30), date(2024, 6, 9)),  # the position's label
        ("Q900021", date(2024, 6, 1), None),                               # unknown position: its QID
    ]
    assert person.sector_on(date(2020, 1, 1)) == "GOV"


@pytest.mark.parametrize(
    ("time_value", "end", "expected"),
    [
        ("+2019-05-30T00:00:00Z", False, date(2019, 5, 30)),
        ("+2024-02-00T00:00:00Z", True, date(2024, 2, 29)),
        ("+2024-02-00T00:00:00Z", False, date(2024, 2, 1)),
        ("+1999-00-00T00:00:00Z", True, date(1999, 12, 31)),
        ("-0044-03-15T00:00:00Z", False, None),
        ("garbage", False, None),
    ],
)
def test_wikidata_day(time_value: str, end: bool, expected: date | None) -> None:
    assert wikidata_day(time(time_value), end) == expected


@pytest.mark.parametrize("name", ["missing.json.gz", "broken.json.gz"])
def test_unreadable_dump(tmp_path: Path, name: str) -> None:
    (tmp_path / "broken.json.gz").write_bytes(b"this is not gzip data")
    with pytest.raises(DumpError, match="dump"):
        import_wikidata(tmp_path / name, tmp_path / "out.yaml")


WIDE = {"COLUMNS": "200"}  # rich tables wrap at 80 columns otherwise


def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """ghatna for tests."""

    register(app)
    return app


@pytest.mark.parametrize("query", ["पुतिन", "Vladimir Putin", "Vladimir Poutin", "व्लादिमिर पूतिन"])
def test_cli_lookup_finds_putin(query: str) -> None:
    result = CliRunner().invoke(cli(), ["kb", "lookup", query], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Q7747" in result.output
    assert "RUS" in result.output


def test_cli_lookup_nothing_found() -> None:
    result = CliRunner().invoke(cli(), ["kb", "lookup", "Xqzwv Plorkt"])
    assert result.exit_code == 1
    assert "nothing in the knowledge base matches" in result.output


def test_cli_lookup_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump([{"name": "Ravi Kalpit", "country": "IND", "hindi": ["रवि कल्पित"]}],
                                   allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli(), ["kb", "lookup", "रवि कल्पित", "--kb", str(path)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "Ravi Kalpit" in result.output


def test_cli_import(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    dump = write_dump(tmp_path / "d.json.bz2")
    result = CliRunner().invoke(cli(), ["kb", "import", str(dump), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "kept 6" in result.output and "malformed 1" in result.output
    assert len(list(user_entries(out))) == 6


def test_cli_import_unreadable(tmp_path: Path) -> None:
    args = ["kb", "import", str(tmp_path / "nope.json"), "-o", str(tmp_path / "o.yaml")]
    result = CliRunner().invoke(cli(), args)
    assert result.exit_code == 1
    assert "cannot open Wikidata dump" in result.output


def test_cli_stats() -> None:
    result = CliRunner().invoke(cli(), ["kb", "stats"], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "people.yaml" in result.output and "PERSON" in result.output
