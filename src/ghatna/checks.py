"""What every record must satisfy, checked on the record itself (tests and the fuzz benchmark).

- it is JSON: no NaN or Infinity, no lone surrogates (it encodes as UTF-8);
- every span of every kind round-trips: ``body[start:end] == text`` (``title[...]`` for
  evidence with ``"field": "title"``), and spans given without text lie inside the body;
- no entity lists the same mention twice.

``record_problems`` names each violation; an empty list means the record is sound.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from ghatna.document import told_in_title


def record_problems(record: Mapping[str, Any]) -> list[str]:
    """Every violation of the record invariants, as short descriptions."""
    problems = json_problems(record)
    body = record.get("body") or ""
    title = record.get("title") or ""
    for where, span in record_spans(record):
        problems += span_problems(where, span, title if told_in_title(span) else body)
    problems += duplicate_mentions(record)
    return problems


def json_problems(record: Mapping[str, Any]) -> list[str]:
    try:
        json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except ValueError as err:  # NaN or Infinity
        return [f"not JSON: {err}"]
    except UnicodeEncodeError as err:  # a lone surrogate
        return [f"not UTF-8: {err.reason} at {err.start}"]
    return []


def record_spans(record: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(where, span) for every offset-carrying part of a record."""
    if isinstance(record.get("dateline"), Mapping) and "start" in record["dateline"]:
        yield "dateline", record["dateline"]
    for i, entity in enumerate(record.get("entities") or []):
        for j, mention in enumerate(entity.get("mentions") or []):
            yield f"entities[{i}].mentions[{j}]", mention
    for i, event in enumerate(record.get("events") or []):
        for key in ("evidence", "trigger", "date_evidence"):
            if event.get(key):
                yield f"events[{i}].{key}", event[key]
        if isinstance(event.get("location"), Mapping) and event["location"].get("evidence"):
            yield f"events[{i}].location.evidence", event["location"]["evidence"]
    for kind in ("quotes", "figures"):
        for i, item in enumerate(record.get(kind) or []):
            yield f"{kind}[{i}]", item
            if item.get("evidence"):
                yield f"{kind}[{i}].evidence", item["evidence"]


def span_problems(where: str, span: Mapping[str, Any], text: str) -> list[str]:
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        return [f"{where}: offsets {start}:{end} outside the text ({len(text)} characters)"]
    if "text" in span and text[start:end] != span["text"]:
        return [f"{where}: text[{start}:{end}] is {text[start:end][:40]!r}, the span says {str(span['text'])[:40]!r}"]
    return []


def duplicate_mentions(record: Mapping[str, Any]) -> list[str]:
    problems = []
    for i, entity in enumerate(record.get("entities") or []):
        offsets = [(m.get("start"), m.get("end")) for m in entity.get("mentions") or []]
        if len(offsets) != len(set(offsets)):
            problems.append(f"entities[{i}] ({entity.get('name')}): {len(offsets) - len(set(offsets))} duplicate mentions")
    return problems
