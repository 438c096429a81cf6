"""ghatna (घटना, "event"): political event data from Hindi news.

    >>> import ghatna
    >>> doc = ghatna.extract("बीजिंग, 5 नवंबर । ...")
    >>> record = doc.to_record()

The names below are imported from their modules on first use, so that importing a part
of the package (the command line, say) does not load all of it.
"""

from __future__ import annotations

import importlib
from typing import Any

from ghatna.version import __version__

_WHERE = {
    "ghatna.api": ("Outcome", "extract", "extract_file", "extract_many", "load", "process"),
    "ghatna.document": ("Document",),
    "ghatna.errors": ("GhatnaError", "PipelineError", "ReadError", "StageError"),
    "ghatna.pipeline": ("Pipeline", "stage"),
    "ghatna.settings": ("Settings",),
    "ghatna.text.readers": ("RawArticle", "iter_articles"),
}
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "Document", "GhatnaError", "Outcome", "Pipeline", "PipelineError", "RawArticle", "ReadError",
    "Settings", "StageError", "__version__", "extract", "extract_file", "extract_many", "iter_articles", "load",
    "process", "stage",
]


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'ghatna' has no attribute {name!r}")
    value = getattr(importlib.import_module(_MODULE_OF[name]), name)
    globals()[name] = value
    return value
