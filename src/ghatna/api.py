"""The Python API: the product. The CLI and any service are thin skins over it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ghatna.document import Document
from ghatna.errors import GhatnaError, ReadError
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.readers import RawArticle, iter_articles, read_file
from ghatna.text.safe import repair_surrogates

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: a Document, or the named error that stopped it."""

    source: str
    document: Document | None
    error: GhatnaError | None

    @property
    def ok(self) -> bool:
        return self.document is not None


@cache
def default_pipeline() -> Pipeline:
    """The pipeline with default settings, built once per process."""
    return Pipeline(Settings())


def load(settings: Settings | None = None) -> Pipeline:
    """A pipeline for these settings (the default one when none are given); extra
    knowledge-base files are checked first (a DataError names the bad entry and field)."""
    if settings is None:
        return default_pipeline()
    check_kb_files(settings.kb_files)
    return Pipeline(settings)


def check_kb_files(paths: Iterable[Path]) -> None:
    """Read every entry of users' knowledge-base files; a DataError names the first bad one."""
    from ghatna.knowledge.kb import user_entries

    for path in paths:
        for _ in user_entries(Path(path)):
            pass


def document_from_raw(raw: RawArticle) -> Document:
    """A Document for a read article; lone surrogates in any field are replaced, with a warning."""
    warnings = list(raw.warnings)
    fields = {"source": raw.source, "content": raw.content, "published": raw.published,
              "outlet": raw.outlet, "url": raw.url, "title": raw.title}
    for key, value in fields.items():
        if value is not None:
            fields[key], bad = repair_surrogates(value)
            if bad:
                warnings.append(f"{bad} lone surrogate(s) in '{key}' replaced with U+FFFD")
    meta = {k: fields[k] for k in ("published", "outlet", "url", "title") if fields[k]}
    kind = "html" if raw.html is not None else "text"
    return Document(source=fields["source"] or "", raw=fields["content"] or "", kind=kind, url=fields["url"],
                    meta=meta, warnings=warnings)


def process(raw: RawArticle, pipeline: Pipeline | None = None) -> Document:
    """Run one read article through the pipeline."""
    return (pipeline or default_pipeline())(document_from_raw(raw))


def extract(text: str, *, source: str = "<text>", published: str | None = None, url: str | None = None,
            html: bool | None = None, pipeline: Pipeline | None = None) -> Document:
    """One article given as a string (plain text or HTML, detected unless ``html`` says)."""
    from ghatna.text.readers import looks_like_html

    is_html = looks_like_html(text) if html is None else html
    raw = RawArticle(source=source, text=None if is_html else text, html=text if is_html else None,
                     url=url, published=published)
    return process(raw, pipeline)


def extract_file(path: str | Path, pipeline: Pipeline | None = None) -> Document:
    """One article file; raises ReadError when it cannot be read."""
    pipe = pipeline or default_pipeline()
    for item in read_file(Path(path), pipe.settings.max_bytes):
        if isinstance(item, ReadError):
            raise item
        return process(item, pipe)
    raise ReadError(str(path), "no article in file")


def run_one(item: RawArticle | ReadError, pipeline: Pipeline) -> Outcome:
    if isinstance(item, ReadError):
        return Outcome(item.source, None, item)
    try:
        return Outcome(item.source, process(item, pipeline), None)
    except GhatnaError as err:
        log.warning("%s", err)
        return Outcome(item.source, None, err)


def extract_many(inputs: Iterable[str], pipeline: Pipeline | None = None) -> Iterator[Outcome]:
    """Every article named by files, directories, globs or "-" (stdin); bad ones as errors."""
    pipe = pipeline or default_pipeline()
    for item in iter_articles(inputs, pipe.settings.max_bytes):
        yield run_one(item, pipe)
