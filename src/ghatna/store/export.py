"""Exports of merged events: JSON Lines, GDELT 2.0 Events and Mentions, PLOVER JSON, CSV, Parquet.

The GDELT tables follow ``gdelt.py``, PLOVER records ``plover.py``. CSV and Parquet hold one
row per event: its id, type, actors, date with its precision and the days it can have been
(``date_lo``, ``date_hi``), place, counts, and the first report's evidence sentence, article
id and URL (``article_ids`` and ``urls`` list every report, separated by ``|``).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pandas as pd

from ghatna.document import TITLE
from ghatna.errors import GhatnaError
from ghatna.store import FORMATS
from ghatna.text.safe import escape_json
from ghatna.version import __version__

from . import gdelt
from .db import Store
from .events_table import precision_of
from .gdelt import GDELT_COLUMNS, MENTION_COLUMNS, earliest
from .plover import plover_record
from .query import EventFilter, events_frame

log = logging.getLogger(__name__)

__all__ = ["GDELT_COLUMNS", "MENTION_COLUMNS", "TABLE_COLUMNS", "ExportError", "export_parquet", "export_text"]

ACTOR_KEYS = ("name", "country", "sector", "kb_id")
CODER = f"ghatna {__version__}"
TABLE_COLUMNS = (
    "id", "type", "mode", "cameo", "goldstein", "modality",
    "source_name", "source_country", "source_sector", "source_kb_id",
    "target_name", "target_country", "target_sector", "target_kb_id",
    "date", "date_precision", "date_lo", "date_hi", "location_name", "location_country",
    "num_mentions", "num_sources", "num_articles", "confidence",
    "evidence_text", "article_id", "url", "published", "article_ids", "urls",
)
MENTION_DETAIL = """
    SELECT em.event_id, m.article_id, m.idx, s.source, s.outlet, s.url, coalesce(s.published, a.published) AS published,
           a.title, a.body, a.record, m.date, m.modality, m.confidence, m.source_name, m.target_name,
           m.evidence_text, m.evidence_start, m.evidence_end, m.evidence_field, m.trigger_text
    FROM event_mentions em
    JOIN mentions m ON m.article_id = em.article_id AND m.idx = em.idx
    JOIN articles a ON a.id = m.article_id
    JOIN sources s ON s.article_id = m.article_id
    WHERE em.event_id IN ({marks})
    ORDER BY em.event_id, s.outlet, s.source, m.idx"""
CHUNK = 400


class ExportError(GhatnaError):
    """An export was asked for in a format ghatna does not write."""


def clean(value: Any) -> Any:
    """pandas missing values and numpy scalars to plain JSON values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def actor_offset(record: dict[str, Any], name: str | None, start: int | None, end: int | None) -> int:
    """Where the actor is named inside the evidence sentence (-1 when it is not)."""
    if not name or start is None or end is None:
        return -1
    for entity in record.get("entities", []):
        if entity.get("name") == name:
            inside = [m["start"] for m in entity.get("mentions", []) if start <= m.get("start", -1) < end]
            if inside:
                return int(min(inside))
    return -1


def evidence_of(row: dict[str, Any]) -> dict[str, Any]:
    """The report's evidence; one told in the headline says ``"field": "title"`` (its offsets are the title's)."""
    evidence = {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]}
    return evidence | {"field": TITLE} if row.get("evidence_field") == TITLE else evidence


def mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    row = {k: clean(v) for k, v in row.items()}
    record = json.loads(row["record"]) if row.get("record") else {}
    evidence = evidence_of(row)
    # entity mentions point into the body: an actor is placed only inside body evidence
    start, end = (None, None) if "field" in evidence else (evidence["start"], evidence["end"])
    return {
        "article_id": row["article_id"], "source": row["outlet"], "url": row["url"] or row["source"],
        "title": row["title"], "published": row["published"], "date": row["date"], "modality": row["modality"],
        "evidence": evidence, "trigger": row["trigger_text"], "confidence": row["confidence"], "body": row["body"],
        "source_offset": actor_offset(record, row["source_name"], start, end),
        "target_offset": actor_offset(record, row["target_name"], start, end),
    }


def mentions_of(store: Store, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        for row in store.query_dicts(MENTION_DETAIL.format(marks=", ".join("?" for _ in part)), part):
            found.setdefault(str(row["event_id"]), []).append(mention_dict(row))
    return found


def event_dicts(store: Store, flt: EventFilter | None) -> Iterator[dict[str, Any]]:
    """Each merged event with its reports, as plain dicts, in id order, a chunk at a time."""
    events = events_frame(store, flt).sort_values("id")
    records = [{k: clean(v) for k, v in raw.items()} for raw in events.to_dict("records")]
    for start in range(0, len(records), CHUNK):
        part = records[start:start + CHUNK]
        mentions = mentions_of(store, [r["id"] for r in part])
        for row in part:
            yield row | {"mentions": mentions.get(row["id"], [])}


def public_mention(mention: dict[str, Any]) -> dict[str, Any]:
    keys = ("article_id", "source", "url", "title", "published", "date", "modality", "evidence", "trigger")
    return {k: mention[k] for k in keys}


def actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    values = {k: row.get(f"{side}_{k}") for k in ACTOR_KEYS}
    return values if values["name"] or values["country"] else None


def jsonl_record(event: dict[str, Any]) -> dict[str, Any]:
    """The contract's event fields plus id, date span and precision, counts and reports."""
    location = {"name": event["location_name"], "country": event["location_country"]}
    return {
        "id": event["id"], "type": event["type"], "mode": event["mode"], "cameo": event["cameo"],
        "goldstein": event["goldstein"], "source": actor(event, "source"), "target": actor(event, "target"),
        "date": event["date"], "date_precision": precision_of(event["date"]), "date_lo": event["date_lo"],
        "date_hi": event["date_hi"], "location": location if location["name"] or location["country"] else None,
        "modality": event["modality"], "confidence": event["confidence"],
        "num_mentions": event["num_mentions"], "num_sources": event["num_sources"],
        "num_articles": event["num_articles"], "mentions": [public_mention(m) for m in event["mentions"]],
    }


def table_row(event: dict[str, Any]) -> dict[str, Any]:
    first = earliest(event["mentions"])
    base = {k: event.get(k) for k in TABLE_COLUMNS}
    return base | {
        "date_precision": precision_of(event.get("date")),
        "evidence_text": (first.get("evidence") or {}).get("text"), "article_id": first.get("article_id"),
        "url": first.get("url"), "published": first.get("published"),
        "article_ids": "|".join(sorted({m["article_id"] for m in event["mentions"]})),
        "urls": "|".join(sorted({m["url"] for m in event["mentions"] if m.get("url")})),
    }


def table_frame(store: Store, flt: EventFilter | None) -> pd.DataFrame:
    rows = [table_row(e) for e in event_dicts(store, flt)]
    return pd.DataFrame(rows, columns=list(TABLE_COLUMNS))


def write_lines(store: Store, out: IO[str], flt: EventFilter | None, convert: Callable[[dict[str, Any]], Any]) -> int:
    """Strict JSON Lines (no NaN or Infinity), C1 and bidi characters written as escapes."""
    count = 0
    for count, event in enumerate(event_dicts(store, flt), start=1):
        try:
            line = json.dumps(convert(event), ensure_ascii=False, allow_nan=False)
        except ValueError as err:
            raise ExportError(f"event {event.get('id')} is not valid JSON ({err}); this is a bug in ghatna: "
                              f"please report it") from err
        out.write(escape_json(line) + "\n")
    return count


def write_gdelt(store: Store, out: IO[str], flt: EventFilter | None, mentions: bool = False) -> int:
    """GDELT files carry no header row; returns the number of rows written."""
    added = gdelt.now_stamp()
    count = 0
    for event in event_dicts(store, flt):
        rows = gdelt.mention_rows(event, added) if mentions else [gdelt.event_row(event, added)]
        for row in rows:
            out.write(gdelt.tsv_line(row) + "\n")
            count += 1
    return count


def export_text(store: Store, fmt: str, out: IO[str], flt: EventFilter | None = None) -> int:
    """Write events in a text format (jsonl, gdelt, gdelt-mentions, plover, csv) to a stream;
    returns the number of records (for gdelt-mentions: of reports)."""
    if fmt == "jsonl":
        return write_lines(store, out, flt, jsonl_record)
    if fmt == "plover":
        return write_lines(store, out, flt, lambda e: plover_record(e, CODER))
    if fmt in ("gdelt", "gdelt-mentions"):
        return write_gdelt(store, out, flt, mentions=fmt == "gdelt-mentions")
    if fmt == "csv":
        frame = table_frame(store, flt)
        frame.to_csv(out, index=False)
        return len(frame)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_parquet(store: Store, path: Path, flt: EventFilter | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(table_frame(store, flt), preserve_index=False)
    pq.write_table(table, path)
    return table.num_rows
