"""One typed settings object with documented defaults; the CLI and API map onto it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_STAGES: tuple[str, ...] = (
    "html",
    "normalize",
    "clean",
    "language",
    "segment",
    "entities",
    "ner",
    "dates",
    "events",
    "event_model",
    "headlines",
    "event_places",
    "quotes",
    "figures",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """How ghatna processes articles.

    stages: the ordered stage names the pipeline runs (see ``ghatna.pipeline``).
    kb_files: extra knowledge-base files (YAML or TSV) added to the bundled one.
    max_chars: longer inputs are cut to this many characters before processing.
    max_bytes: inputs larger than this are refused with a ReadError.
    min_body_chars: a body shorter than this after cleaning is still emitted, with a warning.
    hindi_only: when True, non-Hindi articles are marked and skip the language stages.
    boilerplate: lines repeated across a batch's articles (``ghatna.boilerplate``), dropped by cleaning.
    """

    stages: tuple[str, ...] = DEFAULT_STAGES
    kb_files: tuple[Path, ...] = field(default_factory=tuple)
    max_chars: int = 200_000
    max_bytes: int = 50_000_000
    min_body_chars: int = 40
    hindi_only: bool = True
    boilerplate: frozenset[str] = frozenset()
