"""Queries and exports over merged events: filters, show, jsonl, gdelt (61 columns), plover, csv, parquet."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from test_store_common import event, processed

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


# ---- the published specifications, as facts -------------------------------------------------
# GDELT 2.0 Event codebook: the Mentions table's 16 columns, in order.
GDELT_MENTION_NAMES = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                       "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                       "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
                       "Extras"]
# PLOVER manual, "JSON Data Fields": the event record, the actor, citation, text and location objects.
PLOVER_FIELDS = {"id", "has_event", "date", "time", "enddate", "endtime", "source", "recipient", "event", "event_loc",
                 "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info", "cite_info",
                 "coder", "coded_date", "coded_time", "comment"}
PLOVER_REQUIRED = {"id", "date", "source", "event"}
PLOVER_ACTOR = {"code", "sector", "actor_text", "identifier_id", "identifier_text", "actor_loc", "religion",
                "ethnicity", "office", "gender", "age"}
PLOVER_CITE = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright", "coder",
               "codebook", "version"}
PLOVER_TEXT = {"sequence", "start", "end", "text_story", "connlu_parse", "treebank_parse"}
GEONAMES_FIELDS = {"geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class",
                   "feature code", "country code", "cc3", "cc2", "admin1 code", "admin2 code", "admin3 code",
                   "admin4 code", "population", "elevation", "dem", "timezone"}
PLOVER_QUADS = {1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}, 2: {"COOPERATE", "AID", "RETREAT", "INVESTIGATE"},
                3: {"DEMAND", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN"},
                4: {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}}
# Our own extensions to the PLOVER record (the manual lets providers add named fields).
PLOVER_EXTENSIONS = {"date_precision", "modality", "cameo", "num_mentions", "num_sources", "num_articles", "reports"}


def export_rows(store: Store, fmt: str) -> list[dict[str, str]]:
    out = io.StringIO()
    export_text(store, fmt, out)
    names = GDELT_NAMES if fmt == "gdelt" else GDELT_MENTION_NAMES
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert all(len(r) == len(names) for r in rows), "every row has every column"
    return [dict(zip(names, r, strict=True)) for r in rows]


def check_gdelt_event(row: dict[str, str]) -> None:
    int(row["GLOBALEVENTID"])
    day = datetime.strptime(row["SQLDATE"], "%Y%m%d")
    assert row["MonthYear"] == row["SQLDATE"][:6] and row["Year"] == row["SQLDATE"][:4]
    assert row["FractionDate"] == f"{day.year + (day.month * 30 + day.day) / 365:.4f}"  # the codebook's formula
    assert row["IsRootEvent"] in ("0", "1")
    assert row["EventBaseCode"] == row["EventCode"][:3] and row["EventRootCode"] == row["EventCode"][:2]
    root = int(row["EventRootCode"])
    assert int(row["QuadClass"]) == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4)
    assert -10 <= float(row["GoldsteinScale"]) <= 10
    mentions, sources, articles = (int(row[c]) for c in ("NumMentions", "NumSources", "NumArticles"))
    assert 1 <= sources <= articles <= mentions
    for prefix in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        assert row[prefix + "Type"] in ("", "1", "2", "3", "4", "5")
        assert row[prefix + "CountryCode"] == "" or len(row[prefix + "CountryCode"]) == 2  # FIPS 10-4
        if row[prefix + "Lat"]:
            assert -90 <= float(row[prefix + "Lat"]) <= 90 and -180 <= float(row[prefix + "Long"]) <= 180
    datetime.strptime(row["DATEADDED"], "%Y%m%d%H%M%S")
    assert row["SOURCEURL"]


def test_gdelt_events_follow_the_codebook(corpus: Store) -> None:
    assert list(GDELT_COLUMNS) == GDELT_NAMES and len(GDELT_COLUMNS) == 61
    rows = export_rows(corpus, "gdelt")
    assert len(rows) == 3
    for row in rows:
        check_gdelt_event(row)
    accuse = next(r for r in rows if r["EventCode"] == "112")
    assert accuse["SQLDATE"] == "20240509" and accuse["Actor1CountryCode"] == "IND" and accuse["QuadClass"] == "3"
    assert accuse["ActionGeo_FullName"] == "New Delhi, India" and accuse["ActionGeo_CountryCode"] == "IN"
    assert (accuse["ActionGeo_Type"], accuse["ActionGeo_FeatureID"]) == ("4", "1261481")
    assert abs(float(accuse["ActionGeo_Lat"]) - 28.6) < 0.1 and abs(float(accuse["ActionGeo_Long"]) - 77.2) < 0.1
    assert accuse["Actor1Geo_CountryCode"] == "IN" and accuse["Actor2Geo_CountryCode"] == "PK"
    assert accuse["DATEADDED"] == "20240509000000" and accuse["SOURCEURL"] == "https://pti.example/3"
    call = next(r for r in rows if r["EventCode"] == "040" and r["SQLDATE"] == "20240208")
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("2", "2", "2")
    planned = next(r for r in rows if r["SQLDATE"] not in ("20240509", "20240208"))
    assert planned["SQLDATE"] == "20241201"  # no day known: the day of the earliest report


def test_gdelt_mentions_follow_the_codebook(corpus: Store) -> None:
    from ghatna.store import MENTION_COLUMNS

    assert list(MENTION_COLUMNS) == GDELT_MENTION_NAMES
    events = {r["GLOBALEVENTID"]: r for r in export_rows(corpus, "gdelt")}
    rows = export_rows(corpus, "gdelt-mentions")
    assert len(rows) == 4
    for row in rows:
        assert row["GLOBALEVENTID"] in events and row["EventTimeDate"] == events[row["GLOBALEVENTID"]]["DATEADDED"]
        datetime.strptime(row["MentionTimeDate"], "%Y%m%d%H%M%S")
        assert row["MentionType"] == "1" and row["MentionIdentifier"].startswith("https://")
        assert int(row["SentenceID"]) >= 1 and row["InRawText"] in ("0", "1")
        assert all(int(row[c]) >= -1 for c in ("Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset"))
        assert 10 <= int(row["Confidence"]) <= 100 and int(row["MentionDocLen"]) > 0
    tass = next(r for r in rows if r["MentionIdentifier"] == "https://tass.example/1")
    body = "खबर एक " + CALL
    assert body[int(tass["ActionCharOffset"]):].startswith("बात")
    assert tass["MentionSourceName"] == "tass"


def test_gdelt_event_ids_stay_when_articles_are_added(corpus: Store) -> None:
    before = {r["GLOBALEVENTID"] for r in export_rows(corpus, "gdelt")}
    save_batch(corpus, [processed("https://ani.example/9", "नई खबर " + CALL, [event(evidence=CALL, start=7)], "ani"),
                        processed("https://ani.example/10", "और खबर", [event("ACCUSE", date="2024-07-01")], "ani")])
    rebuild_events(corpus)
    after = {r["GLOBALEVENTID"] for r in export_rows(corpus, "gdelt")}
    assert before < after and len(after) == 4


def test_plover_follows_the_manual(corpus: Store) -> None:
    out = io.StringIO()
    assert export_text(corpus, "plover", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    for record in records:
        assert PLOVER_REQUIRED <= set(record) <= PLOVER_FIELDS | PLOVER_EXTENSIONS
        datetime.strptime(record["date"], "%Y-%m-%d")
        assert isinstance(record["source"], list) and isinstance(record["recipient"], list)
        assert all(set(a) <= PLOVER_ACTOR for a in record["source"] + record["recipient"])
        assert isinstance(record["event"], list) and record["event"][0] in PLOVER_QUADS[record["quad_code"]]
        assert set(record["cite_info"]) <= PLOVER_CITE and set(record["text_info"]) <= PLOVER_TEXT
        assert record["event_loc"] is None or set(record["event_loc"]) <= GEONAMES_FIELDS
        assert isinstance(record["context"], list) and isinstance(record["event_text"], list)
    accuse = next(r for r in records if r["event"] == ["ACCUSE"])
    assert accuse["source"][0]["code"] == "IND" and accuse["recipient"][0]["code"] == "PAK"
    assert accuse["event_loc"]["name"] == "New Delhi" and accuse["event_loc"]["country code"] == "IN"
    assert accuse["event_loc"]["cc3"] == "IND" and accuse["event_loc"]["geonameid"] == 1261481
    assert accuse["cite_info"]["url"] == "https://pti.example/3" and accuse["quad_code"] == 3


def test_csv_and_parquet_carry_dates_evidence_article_and_url(corpus: Store, tmp_path: Path) -> None:
    from ghatna.store import TABLE_COLUMNS

    out = io.StringIO()
    assert export_text(corpus, "csv", out) == 3
    frame = pd.read_csv(io.StringIO(out.getvalue()), dtype=str)
    assert list(frame.columns) == list(TABLE_COLUMNS)
    for column in ("id", "date_precision", "date_lo", "evidence_text", "article_id", "url"):
        assert column in frame.columns
    call = frame[frame["date"] == "2024-02-08"].iloc[0]
    assert call["date_precision"] == "day" and call["evidence_text"] == CALL
    assert call["url"].startswith("https://") and len(call["article_id"]) == 64
    assert export_parquet(corpus, tmp_path / "e.parquet") == 3
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == 3 and table.column_names == list(TABLE_COLUMNS)
    with pytest.raises(ExportError, match="use one of"):
        export_text(corpus, "xml", io.StringIO())


@pytest.mark.parametrize("flt", [
    EventFilter(actor="पुतिन"), EventFilter(actor="Putin"), EventFilter(actor="Q7747"), EventFilter(actor="vladimir putin"),
])
def test_actor_by_hindi_or_english_name_alias_or_kb_id(corpus: Store, flt: EventFilter) -> None:
    assert len(events_frame(corpus, flt)) == 2


@pytest.mark.parametrize(("flt", "says"), [
    (EventFilter(type="FIGHT"), "use one of AGREE"),
    (EventFilter(dyad="USA"), "alpha-3 country codes"),
    (EventFilter(dyad="RUS-CHN"), "e.g. RUS:CHN"),
    (EventFilter(since="yesterday"), "YYYY-MM-DD"),
    (EventFilter(until="2024-02-30"), "not a real day"),
    (EventFilter(modality="maybe"), "asserted, planned"),
])
def test_filters_say_what_is_valid(corpus: Store, flt: EventFilter, says: str) -> None:
    from ghatna.store import QueryError

    with pytest.raises(QueryError, match=says):
        events_frame(corpus, flt)


def test_month_and_year_bounds(corpus: Store) -> None:
    assert len(events_frame(corpus, EventFilter(since="2024-03"))) == 2
    assert len(events_frame(corpus, EventFilter(until="2024-02"))) == 1
    assert len(events_frame(corpus, EventFilter(until="2024"))) == 2  # the plan is for 2025
