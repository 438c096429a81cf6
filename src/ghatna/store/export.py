"""Exports of merged events: JSON Lines, GDELT 2.0 event table, PLOVER JSON, CSV, Parquet."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd
import pyarrow.parquet as pq

from ghatna.errors import GhatnaError
from ghatna.store import FORMATS

from .db import Store
from .query import EventFilter, events_arrow, events_frame, mentions_frame

log = logging.getLogger(__name__)

ACTOR_GDELT = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_GDELT = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ACTOR_GDELT), *(f"Actor2{c}" for c in ACTOR_GDELT),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GEO_GDELT), *(f"Actor2Geo_{c}" for c in GEO_GDELT),
    *(f"ActionGeo_{c}" for c in GEO_GDELT), "DATEADDED", "SOURCEURL",
)
QUAD_CLASS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 2, "06": 2, "07": 2, "08": 2,
              "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 3, "15": 4, "16": 3,
              "17": 4, "18": 4, "19": 4, "20": 4}
ISO3_TO_FIPS = {"IND": "IN", "PAK": "PK", "CHN": "CH", "USA": "US", "RUS": "RS", "UKR": "UP",
                "ISR": "IS", "IRN": "IR", "BGD": "BG", "NPL": "NP", "JPN": "JA", "KOR": "KS",
                "PRK": "KN", "DEU": "GM", "GBR": "UK", "FRA": "FR", "TUR": "TU", "SYR": "SY",
                "SAU": "SA", "AFG": "AF", "LKA": "CE"}
ACTOR_KEYS = ("name", "country", "sector", "kb_id")


class ExportError(GhatnaError):
    """An export was asked for in a format ghatna does not write."""


def actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    values = {k: row.get(f"{side}_{k}") for k in ACTOR_KEYS}
    return values if values["name"] or values["country"] else None


def clean(value: Any) -> Any:
    """pandas missing values and numpy scalars to plain JSON values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def event_dicts(store: Store, flt: EventFilter | None) -> Iterator[dict[str, Any]]:
    """Each merged event with its mentions, as plain dicts, in id order."""
    events = events_frame(store, flt)
    mentions = mentions_frame(store, None if flt is None else list(events["id"]))
    grouped = {k: g for k, g in mentions.groupby("event_id", sort=False)} if len(mentions) else {}
    for raw in events.sort_values("id").to_dict("records"):
        row = {k: clean(v) for k, v in raw.items()}
        group = grouped.get(row["id"])
        yield row | {"mentions": [] if group is None else [mention_dict(m) for m in group.to_dict("records")]}


def mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    row = {k: clean(v) for k, v in row.items()}
    return {
        "article_id": row["article_id"], "source": row["outlet"], "url": row["url"] or row["source"],
        "title": row["title"], "published": row["published"], "date": row["date"],
        "modality": row["modality"],
        "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
        "trigger": row["trigger_text"],
    }


def jsonl_record(event: dict[str, Any]) -> dict[str, Any]:
    """The contract's event fields plus id, counts and mentions."""
    location = {"name": event["location_name"], "country": event["location_country"]}
    return {
        "id": event["id"], "type": event["type"], "mode": event["mode"], "cameo": event["cameo"],
        "goldstein": event["goldstein"], "source": actor(event, "source"), "target": actor(event, "target"),
        "date": event["date"], "location": location if location["name"] or location["country"] else None,
        "modality": event["modality"], "confidence": event["confidence"],
        "num_mentions": event["num_mentions"], "num_sources": event["num_sources"],
        "num_articles": event["num_articles"], "mentions": event["mentions"],
    }


def sql_date(event: dict[str, Any]) -> date | None:
    text = event.get("date") or ""
    if len(text) == 10 and not text.startswith("--"):
        return date.fromisoformat(text)
    return date.fromisoformat(event["date_lo"]) if event.get("date_lo") else None


def gdelt_actor(event: dict[str, Any], side: str) -> list[Any]:
    country, sector = event.get(f"{side}_country") or "", event.get(f"{side}_sector") or ""
    name = (event.get(f"{side}_name") or "").upper()
    return [country + sector, name, country, "", "", "", "", sector, "", ""]


def gdelt_geo(event: dict[str, Any]) -> list[Any]:
    if not event.get("location_name") and not event.get("location_country"):
        return [""] * len(GEO_GDELT)
    fips = ISO3_TO_FIPS.get(event.get("location_country") or "", "")
    kind = 4 if event.get("location_name") else 1
    return [kind, event.get("location_name") or "", fips, fips, "", "", "", ""]


def gdelt_row(number: int, event: dict[str, Any], added: str) -> list[Any]:
    day = sql_date(event)
    cameo = event.get("cameo") or ""
    when = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"] if day else ["", "", "", ""]
    mentions = event["mentions"]
    url = next((m["url"] for m in mentions if m["url"]), "")
    return [
        number, *when, *gdelt_actor(event, "source"), *gdelt_actor(event, "target"),
        1, cameo, cameo[:3], cameo[:2], QUAD_CLASS.get(cameo[:2], ""), event.get("goldstein") or "",
        event["num_mentions"], event["num_sources"], event["num_articles"], "",
        *([""] * len(GEO_GDELT)), *([""] * len(GEO_GDELT)), *gdelt_geo(event), added, url,
    ]


def gdelt_line(values: list[Any]) -> str:
    return "\t".join("" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in values)


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER event record (the POLECAT field set that ghatna can fill)."""
    first = event["mentions"][0] if event["mentions"] else {}
    return {
        "id": event["id"], "date": event["date"], "event_type": event["type"], "mode": event["mode"] or "",
        "context": [], "intensity": event["goldstein"], "modality": event["modality"],
        "actor": event["source_name"], "actor_country": event["source_country"],
        "actor_sector": event["source_sector"], "recipient": event["target_name"],
        "recipient_country": event["target_country"], "recipient_sector": event["target_sector"],
        "location": {"name": event["location_name"], "country": event["location_country"]},
        "num_sources": event["num_sources"], "num_articles": event["num_articles"],
        "source_text": (first.get("evidence") or {}).get("text"), "source_url": first.get("url"),
        "cameo": event["cameo"],
    }


def write_jsonl(store: Store, out: IO[str], flt: EventFilter | None, convert: Callable[[dict[str, Any]], Any]) -> int:
    count = 0
    for count, event in enumerate(event_dicts(store, flt), start=1):
        out.write(json.dumps(convert(event), ensure_ascii=False) + "\n")
    return count


def write_gdelt(store: Store, out: IO[str], flt: EventFilter | None, added: str | None = None) -> int:
    stamp = added or date.today().strftime("%Y%m%d")
    count = 0
    for count, event in enumerate(event_dicts(store, flt), start=1):
        out.write(gdelt_line(gdelt_row(count, event, stamp)) + "\n")
    return count


def export_text(store: Store, fmt: str, out: IO[str], flt: EventFilter | None = None) -> int:
    """Write events in a text format (jsonl, gdelt, plover, csv) to a stream; returns the count."""
    if fmt == "jsonl":
        return write_jsonl(store, out, flt, jsonl_record)
    if fmt == "plover":
        return write_jsonl(store, out, flt, plover_record)
    if fmt == "gdelt":
        return write_gdelt(store, out, flt)
    if fmt == "csv":
        frame: pd.DataFrame = events_frame(store, flt)
        frame.to_csv(out, index=False)
        return len(frame)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_parquet(store: Store, path: Path, flt: EventFilter | None = None) -> int:
    table = events_arrow(store, flt)
    pq.write_table(table, path)
    return table.num_rows



