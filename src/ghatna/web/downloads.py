"""Any list the API returns, as a CSV or JSON Lines download."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from starlette.responses import Response

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def columns_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(key for row in rows for key in row))


def csv_text(rows: Sequence[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns_of(rows), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def jsonl_text(rows: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, default=str) + "\n" for row in rows)


def download(rows: Sequence[dict[str, Any]], fmt: str, name: str) -> Response:
    """The rows as ``name.csv`` or ``name.jsonl``, offered as a file to save."""
    body = csv_text(rows) if fmt == "csv" else jsonl_text(rows)
    disposition = f'attachment; filename="ghatna-{name}.{fmt}"'
    return Response(body, media_type=MEDIA_TYPES[fmt], headers={"Content-Disposition": disposition})


def period_rows(timeline: dict[str, Any]) -> list[dict[str, Any]]:
    """A timeline's periods flattened: one row each, a column per type and per quad class."""
    types = list(timeline["totals"]["types"])
    return [{"period": p["period"], "start": p["start"], "events": p["events"], "goldstein": p["goldstein"],
             **{f"quad_{q}": n for q, n in p["quad_classes"].items()},
             **{t: p["types"].get(t, 0) for t in types}} for p in timeline["periods"]]
