"""Access to the data files bundled in the package (loaded by callers, cached there)."""

from __future__ import annotations

import csv
import io
from importlib.resources import files
from typing import Any

import yaml

from ghatna.errors import DataError


def data_text(name: str) -> str:
    return (files("ghatna") / "data" / name).read_text(encoding="utf-8")


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


def load_yaml(name: str) -> Any:
    try:
        return yaml.load(data_text(name), Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise DataError(f"data file {name} is not valid YAML: {err}") from err


def read_tsv(text: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header; '#' lines are comments."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def load_tsv(name: str) -> list[dict[str, str]]:
    return read_tsv(data_text(name))


def split_list(value: str | None) -> list[str]:
    """A '|'-separated field as a list of non-empty items."""
    return [v.strip() for v in (value or "").split("|") if v.strip()]
