"""Checks of users' knowledge-base entries before they are read: a wrong type (``- name: 5``,
``hindi: पुतिन`` where a list is meant, an office that is not a mapping) is a DataError that
names the file, the entry and the field, instead of a crash deep inside a stage.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ghatna.errors import DataError

TEXT_FIELDS = ("name", "type", "country", "sector", "kind", "qid", "id")
FORM_FIELDS = ("hindi", "short", "demonyms", "latin")
OFFICE_TEXT_FIELDS = ("role", "sector", "org")
OFFICE_FLAGS = ("shared", "acting")
DATE_FIELDS = ("start", "end")


def describe(value: Any) -> str:
    kinds = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    shown = repr(value)
    return f"{shown[:60]} ({kinds.get(type(value), type(value).__name__)})"


def entry_label(where: str, index: int, data: Any) -> str:
    name = data.get("name") if isinstance(data, Mapping) else None
    return f"{where}: entry {index}" + (f" ({name!r})" if isinstance(name, str) and name else "")


def check_mapping(data: Any, where: str, index: int) -> dict[str, Any]:
    """A YAML entry as a mapping with fields of the right types, or a DataError naming the field."""
    label = entry_label(where, index, data)
    if not isinstance(data, dict):
        raise DataError(f"{label}: an entry must be a mapping (name: ..., hindi: [...]), got {describe(data)}")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        raise DataError(f"{label}: 'name' must be non-empty text, got {describe(data.get('name'))}")
    for key in TEXT_FIELDS:
        check_text(data.get(key), label, key)
    for key in FORM_FIELDS:
        check_forms(data.get(key), label, key)
    offices = data.get("offices")
    if offices is not None and not isinstance(offices, list):
        raise DataError(f"{label}: 'offices' must be a list of mappings, got {describe(offices)}")
    for number, office in enumerate(offices or [], start=1):
        check_office(office, f"{label}, office {number}")
    return data


def check_text(value: Any, label: str, key: str) -> None:
    if value is not None and not isinstance(value, str):
        raise DataError(f"{label}: '{key}' must be text, got {describe(value)}; quote it in YAML")


def check_forms(value: Any, label: str, key: str) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        raise DataError(f"{label}: '{key}' must be a list of text ({key}: [a, b]), got {describe(value)}")
    for form in value:
        if not isinstance(form, str):
            raise DataError(f"{label}: '{key}' holds {describe(form)}; every form must be text")


def check_office(office: Any, label: str) -> None:
    if not isinstance(office, Mapping):
        raise DataError(f"{label}: an office must be a mapping (role: ..., start: ...), got {describe(office)}")
    for key in OFFICE_TEXT_FIELDS:
        check_text(office.get(key), label, key)
    for key in OFFICE_FLAGS:
        if office.get(key) is not None and not isinstance(office.get(key), bool):
            raise DataError(f"{label}: '{key}' must be true or false, got {describe(office.get(key))}")
    for key in DATE_FIELDS:
        value = office.get(key)
        if value not in (None, "", "null") and not isinstance(value, date) and not is_iso_day(value):
            raise DataError(f"{label}: '{key}' must be a date (YYYY-MM-DD), got {describe(value)}")


def is_iso_day(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def check_row(row: dict[str, str], where: str, number: int) -> dict[str, str]:
    """A TSV row with a name, or a DataError naming the row."""
    if not (row.get("name") or "").strip():
        raise DataError(f"{where}: row {number}: 'name' is missing or empty; every row needs a value in the "
                        f"name column")
    return row
