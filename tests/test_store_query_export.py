"""Queries and exports over merged events: filters, show, jsonl, gdelt (61 columns), plover, csv, parquet."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from test_store_common import backend, event, processed, store, store_url  # noqa: F401

from ghatna.store import (
    GDELT_COLUMNS,
    EventFilter,
    EventNotFound,
    ExportError,
    Store,
    events_arrow,
    events_frame,
    export_parquet,
    export_text,
    rebuild_events,
    save_batch,
    show_event,
)

CALL = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की।"
GDELT_NAMES = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]


@pytest.fixture
def corpus(store: Store) -> Store:
    save_batch(store, [
        processed("https://tass.example/1", "खबर एक " + CALL, [event(evidence=CALL, start=8)], "tass"),
        processed("https://xinhua.example/2", "खबर दो " + CALL, [event(evidence=CALL, start=7, date="--02-08")],
                  "xinhua"),
        processed("https://pti.example/3", "भारत ने पाकिस्तान पर आरोप लगाया",
                  [event("ACCUSE", ("India", "IND"), ("Pakistan", "PAK"), "2024-05-09", cameo="112",
                         place="New Delhi")], "pti", published="2024-05-09"),
        processed("https://tass.example/4", "अगले साल की योजना",
                  [event(date="2025", modality="planned")], "tass", published="2024-12-01"),
    ])
    rebuild_events(store)
    return store


@pytest.mark.parametrize(("flt", "count"), [
    (EventFilter(), 3),
    (EventFilter(actor="Vladimir Putin"), 2),
    (EventFilter(dyad="CHN:RUS", type="CONSULT", modality="asserted"), 1),
    (EventFilter(actor="Vladimir Putin", dyad="RUS:CHN", type="CONSULT", since="2024-01-01", modality="asserted"), 1),
    (EventFilter(since="2024-03-01"), 2),
    (EventFilter(until="2024-03-01"), 1),
    (EventFilter(type="accuse"), 1),
    (EventFilter(limit=1), 1),
])
def test_filters(corpus: Store, flt: EventFilter, count: int) -> None:
    assert len(events_frame(corpus, flt)) == count
    assert events_arrow(corpus, flt).num_rows == count


def test_show_has_evidence_from_every_source(corpus: Store) -> None:
    event_id = events_frame(corpus, EventFilter(type="CONSULT", modality="asserted"))["id"][0]
    shown = show_event(corpus, event_id)
    assert (shown["num_sources"], shown["num_articles"]) == (2, 2)
    assert {m["outlet"] for m in shown["mentions"]} == {"tass", "xinhua"}
    assert all(m["evidence_text"] == CALL for m in shown["mentions"])
    with pytest.raises(EventNotFound, match="ghatna events"):
        show_event(corpus, "ev-missing")


def test_jsonl_has_contract_fields_counts_and_mentions(corpus: Store) -> None:
    out = io.StringIO()
    assert export_text(corpus, "jsonl", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    call = next(r for r in records if r["type"] == "CONSULT" and r["modality"] == "asserted")
    assert call["date"] == "2024-02-08" and call["num_sources"] == 2 and call["num_articles"] == 2
    assert {m["source"] for m in call["mentions"]} == {"tass", "xinhua"}
    assert call["mentions"][0]["evidence"]["text"] == CALL
    assert call["source"]["country"] in ("RUS", "CHN")


def test_gdelt_has_61_columns_on_every_row(corpus: Store) -> None:
    assert list(GDELT_COLUMNS) == GDELT_NAMES and len(GDELT_COLUMNS) == 61
    out = io.StringIO()
    export_text(corpus, "gdelt", out)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(rows) == 3 and all(len(r) == 61 for r in rows)
    accuse = next(dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows if r[26] == "112")
    assert accuse["SQLDATE"] == "20240509" and accuse["Actor1CountryCode"] == "IND"
    assert accuse["QuadClass"] == "3" and accuse["ActionGeo_FullName"] == "New Delhi"


def test_plover_csv_and_parquet(corpus: Store, tmp_path: Path) -> None:
    out = io.StringIO()
    export_text(corpus, "plover", out)
    plover = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {p["event_type"] for p in plover} == {"CONSULT", "ACCUSE"}
    csv = io.StringIO()
    assert export_text(corpus, "csv", csv) == 3 and csv.getvalue().startswith("id,")
    assert export_parquet(corpus, tmp_path / "e.parquet") == 3
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 3
    with pytest.raises(ExportError, match="use one of"):
        export_text(corpus, "xml", io.StringIO())
