"""Shared fixtures: one pipeline per test session (building the knowledge base takes a second)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_store_common import backend, store, store_url  # noqa: F401  (the store tests' fixtures, for every module)

import ghatna
from ghatna.knowledge.kb import KnowledgeBase, load_kb
from ghatna.settings import DEFAULT_STAGES, Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base (a module may define its own)."""
    return load_kb()


@pytest.fixture(scope="session")
def before_ner() -> ghatna.Pipeline:
    """The pipeline without its ``ner`` stage: tests that hand the NER's passes made-up predictions."""
    return ghatna.load(Settings(stages=tuple(s for s in DEFAULT_STAGES if s != "ner")))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"{SHARED} is not beside the project: the seed articles and their gold are missing")
    return SHARED
