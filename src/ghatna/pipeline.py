"""Named stages and the pipeline that runs them in order.

A stage is a function ``(doc, ctx) -> doc`` registered under a name with what it
needs (fields earlier stages must have added) and what it adds. ``Pipeline`` checks
the order when it is built, so a wrong order fails before any article is read.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ghatna.document import Document
from ghatna.errors import PipelineError, StageError
from ghatna.settings import Settings

log = logging.getLogger(__name__)

StageFunc = Callable[[Document, "Context"], Document]

# Modules whose import registers the built-in stages.
STAGE_MODULES = (
    "ghatna.text.html", "ghatna.text.normalize", "ghatna.text.clean", "ghatna.text.language",
    "ghatna.text.segment", "ghatna.extraction.entities", "ghatna.extraction.dates", "ghatna.extraction.events",
    "ghatna.extraction.quotes", "ghatna.extraction.figures", "ghatna.models.events.detector",
    "ghatna.models.events.tagger", "ghatna.models.events.role_model",
    "ghatna.models.ner.stage", "ghatna.extraction.headlines", "ghatna.extraction.event_places",
)
INITIAL_FIELDS = frozenset({"raw"})


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    func: StageFunc
    needs: frozenset[str]
    adds: frozenset[str]
    hindi_only: bool


class Registry:
    """Stage specs by name, filled by the ``stage`` decorator as modules are imported."""

    def __init__(self) -> None:
        self._specs: dict[str, StageSpec] = {}

    def add(self, spec: StageSpec) -> None:
        self._specs[spec.name] = spec

    def get(self, name: str) -> StageSpec:
        if name not in self._specs:
            load_builtin_stages()
        try:
            return self._specs[name]
        except KeyError:
            known = ", ".join(sorted(self._specs))
            raise PipelineError(f"unknown stage '{name}'; known stages: {known}") from None

    def names(self) -> list[str]:
        return sorted(self._specs)


REGISTRY = Registry()


def stage(name: str, needs: Iterable[str] = (), adds: Iterable[str] = (),
          hindi_only: bool = False) -> Callable[[StageFunc], StageFunc]:
    """Register ``func`` as the stage ``name``; ``hindi_only`` stages skip non-Hindi articles."""

    def register(func: StageFunc) -> StageFunc:
        REGISTRY.add(StageSpec(name, func, frozenset(needs), frozenset(adds), hindi_only))
        return func

    return register


def load_builtin_stages() -> None:
    for module in STAGE_MODULES:
        importlib.import_module(module)


@dataclass
class Context:
    """What stages share for a run: the settings, the names of the stages the pipeline runs
    (a stage may run earlier ones over another text: the headline stage over the title) and
    lazily built resources (KB, lexicons)."""

    settings: Settings
    stages: tuple[str, ...] = ()
    _cache: dict[str, Any] = field(default_factory=dict)

    def resource(self, name: str, build: Callable[[Settings], Any]) -> Any:
        """Build a resource once per context (a knowledge base, a compiled matcher)."""
        if name not in self._cache:
            self._cache[name] = build(self.settings)
        return self._cache[name]


def check_order(specs: list[StageSpec]) -> None:
    """Fail when a stage comes before what it needs."""
    have = set(INITIAL_FIELDS)
    for spec in specs:
        missing = spec.needs - have
        if missing:
            raise PipelineError(
                f"stage '{spec.name}' needs {sorted(missing)}, which no earlier stage adds; "
                f"put the stages that add them first"
            )
        have |= spec.adds


class Pipeline:
    """An ordered list of stages over Documents."""

    def __init__(self, settings: Settings | None = None, stages: Iterable[str] | None = None) -> None:
        self.settings = settings or Settings()
        names = tuple(stages) if stages is not None else self.settings.stages
        self.specs = [REGISTRY.get(n) for n in names]
        check_order(self.specs)
        self.context = Context(self.settings, tuple(self.names))

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise PipelineError(f"a pipeline runs over a Document, not {type(doc).__name__}: "
                                "use ghatna.extract(text) for plain text")
        return run_stages(self.specs, doc, self.context)


def run_stages(specs: Iterable[StageSpec], doc: Document, ctx: Context) -> Document:
    """Run ``specs`` in order over ``doc``; a stage's failure is a StageError naming it."""
    for spec in specs:
        if spec.hindi_only and ctx.settings.hindi_only and doc.language not in (None, "hi"):
            continue
        try:
            doc = spec.func(doc, ctx)
        except Exception as err:  # a stage bug must not stop a batch: name it and re-raise typed
            raise StageError(spec.name, doc.source, err) from err
        doc.done.append(spec.name)
    return doc
