"""The web explorer and REST API over a corpus store (``ghatna serve``).

    >>> from ghatna.web import WebSettings, create_app
    >>> app = create_app(WebSettings(db="corpus.duckdb"))

A thin skin over the store: every HTML page renders what its JSON twin under /api/
returns, the database is opened read-only, and news text is escaped wherever it is shown.
Names are imported on first use, so that importing the package loads no web framework.
"""

from __future__ import annotations

import importlib
from typing import Any

_MODULE_OF = {"create_app": "app", "WebSettings": "settings"}

__all__ = ["WebSettings", "create_app"]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'ghatna.web' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"ghatna.web.{_MODULE_OF[name]}"), name)
    globals()[name] = value
    return value
