"""Gold documents in the shared format, read into typed objects, and the outputs they are scored on.

A gold file is ``{"version": 1, "documents": [...]}`` as ``../shared/eval/ANNOTATION.md``
describes. Outputs are either contract records written by ``ghatna extract`` (JSON Lines
whose objects carry ``body`` and ``events``) or articles, which the pipeline reads first.
Records are paired with gold documents by the base name of their ``source``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

from ghatna.errors import GhatnaError
from ghatna.evaluate.scoring import GoldDocument, GoldEvent

RECORD_FIELDS = frozenset({"body", "events", "entities"})


class GoldError(GhatnaError):
    """A gold file that cannot be read; the message names the file and what is wrong."""


def read_gold(path: Path) -> list[GoldDocument]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GoldError(f"cannot read gold file {path}: {err}") from err
    if not isinstance(data, Mapping) or not isinstance(data.get("documents"), list):
        raise GoldError(f"gold file {path} must be an object with a 'documents' list (see ANNOTATION.md)")
    try:
        return [gold_document(d) for d in data["documents"]]
    except (KeyError, TypeError, ValueError) as err:
        raise GoldError(f"gold file {path}: a document lacks a field or has a wrong one ({err!r})") from err


def gold_document(d: Mapping[str, Any]) -> GoldDocument:
    return GoldDocument(
        file=str(d["file"]),
        title=d.get("title"),
        body_include=tuple(d.get("body_include") or ()),
        body_exclude=tuple(d.get("body_exclude") or ()),
        entities=tuple(e["name"] for e in d.get("entities") or ()),
        forbidden_entities=tuple(d.get("forbidden_entities") or ()),
        events=tuple(gold_event(e) for e in d.get("events") or ()),
        forbidden_countries=tuple(tuple(f.get("countries_any") or ()) for f in d.get("forbidden_events") or ()),
        quotes=tuple((q["speaker"], q["contains"]) for q in d.get("quotes") or ()),
        figures=tuple((float(f["value"]), str(f["unit"]).upper(), str(f.get("text", ""))) for f in d.get("figures") or ()),
    )


def gold_event(e: Mapping[str, Any]) -> GoldEvent:
    countries = tuple((c or "").upper() or None for c in e.get("countries") or ())
    return GoldEvent(
        types=tuple(e["types"]), actors=tuple(e.get("actors") or ()), countries=countries,
        directed=bool(e.get("directed", True)), required=bool(e.get("required", True)),
        modality=e.get("modality") or "asserted", date=e.get("date"), date_readable=e.get("date_readable"),
        kinds=tuple(e.get("kinds") or ()),
    )


def is_record_file(path: Path) -> bool:
    """JSON Lines whose first object has the fields of a contract record (``body``, ``events``, ...)."""
    if path.suffix.lower() not in (".jsonl", ".ndjson", ".json") or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return False
                return isinstance(first, Mapping) and RECORD_FIELDS <= first.keys()
    return False


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as err:
                raise GoldError(f"{path}:{number} is not a JSON record: {err}") from err
            if isinstance(record, Mapping):
                yield dict(record)


def records_by_file(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {PurePath(str(r.get("source", ""))).name: r for r in records}
