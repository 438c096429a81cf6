"""Shared fixtures: one pipeline per test session (building the knowledge base takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store_common import backend, store, store_url  # noqa: F401  (the store tests' fixtures, for every module)

import ghatna

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED} is not beside the project: the seed articles and their gold are missing")
    return SHARED
