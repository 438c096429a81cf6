"""What runs in an ingest worker (a pool process or a Ray actor): the pipeline over a batch of
inputs, and the rows that store the batch.

    >>> init_worker(Settings(), DedupSettings())
    >>> rows = batch_rows(process_batch(batch))   # BatchRows: columns ready to insert

Nothing here opens or imports the database, pandas or pyarrow, and datasketch only with the
first signature: a worker loads the pipeline (a Ray actor is ready sooner than with
``ghatna.store.ingestion`` imported, and pandas, 0.25 s more, is not loaded later either).
The driver saves what comes back (``ingestion.save_batch`` for processed inputs,
``ingestion.save_rows`` for rows built here), so the rows of an article are built by the
same functions whichever engine ran it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ghatna.api import process
from ghatna.document import BODY, record_json, told_in_title
from ghatna.errors import GhatnaError
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.readers import RawArticle
from ghatna.text.safe import LOG_FORMAT, SafeFormatter

from .migrations import ACTOR_COLUMNS
from .minhash import DedupSettings, band_hashes, signature

if TYPE_CHECKING:
    from .events_table import MergedEvent
    from .mentions import MergeSettings

log = logging.getLogger(__name__)

PARENT_POLL_SECONDS = 0.5  # how often a worker checks that the ingest that started it is alive
EXIT_ORPHANED = 3

ARTICLE_COLUMNS = ("id", "source", "title", "published", "language", "body", "record", "minhash")
SOURCE_COLUMNS = ("source", "article_id", "outlet", "url", "published", "error")
BAND_COLUMNS = ("article_id", "band", "bucket")
MENTION_COLUMNS = (
    "article_id", "idx", "type", "mode", "cameo", "goldstein", "modality",
    *(f"source_{c}" for c in ACTOR_COLUMNS), *(f"target_{c}" for c in ACTOR_COLUMNS),
    "date", "location_name", "location_country", "evidence_text", "evidence_start", "evidence_end",
    "trigger_text", "confidence", "date_basis", "evidence_field",
)


@dataclass(frozen=True, slots=True)
class Processed:
    """One input after the pipeline: its record (or the error that stopped it), MinHash and the
    signature's LSH band hashes (None: made when the article is linked)."""

    source: str
    outlet: str | None
    url: str | None
    published: str | None
    record: dict[str, Any] | None = None
    minhash: bytes | None = None
    error: str | None = None
    bands: tuple[int, ...] | None = None


def resolve_outlet(source: str, outlet: str | None, url: str | None) -> str:
    """The outlet for num_sources: as given, else the URL's host, else the file's directory."""
    if outlet:
        return outlet
    for candidate in (url, source):
        if candidate and "://" in candidate:
            host = urlparse(candidate).hostname
            if host:
                return host.removeprefix("www.")
    return Path(source.rsplit(":", 1)[0]).parent.name or "unknown"


def entity_kinds(record: dict[str, Any]) -> dict[str, str]:
    return {e["name"]: e.get("type") or "" for e in record.get("entities", []) if e.get("name")}


def actor_values(actor: dict[str, Any] | None, kinds: dict[str, str]) -> list[Any]:
    if not actor:
        return [None] * len(ACTOR_COLUMNS)
    values = {**actor, "kind": actor.get("kind") or kinds.get(actor.get("name") or "")}
    return [values.get(c) for c in ACTOR_COLUMNS]


def date_basis(event: dict[str, Any], record: dict[str, Any]) -> str | None:
    """"dateline" when the event's date is only the dateline's (the day of reporting), "text" when
    the text says it, None when the record does not tell."""
    if not event.get("date"):
        return None
    found, dateline = event.get("date_evidence") or {}, record.get("dateline") or {}
    if told_in_title(found):  # offsets into the headline: never the body's dateline
        return "text"
    if found and dateline.get("end") is not None and found.get("start", -1) >= dateline.get("start", 0) \
            and found.get("end", 0) <= dateline["end"]:
        return "dateline"
    return "text" if found else None


def mention_rows(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    kinds = entity_kinds(record)
    rows = []
    for idx, event in enumerate(record.get("events", [])):
        evidence, trigger = event.get("evidence") or {}, event.get("trigger") or {}
        location = event.get("location") or {}
        rows.append((
            record["id"], idx, event["type"], event.get("mode"), event.get("cameo"), event.get("goldstein"),
            event.get("modality"), *actor_values(event.get("source"), kinds),
            *actor_values(event.get("target"), kinds), event.get("date"), location.get("name"),
            location.get("country"), evidence.get("text"), evidence.get("start"), evidence.get("end"),
            trigger.get("text"), event.get("confidence"), date_basis(event, record), evidence.get("field") or BODY,
        ))
    return rows


def article_row(item: Processed) -> tuple[Any, ...]:
    record = item.record or {}
    rest = {k: v for k, v in record.items() if k != "body"}
    return (record["id"], item.source, record.get("title"), record.get("published"), record.get("language"),
            record.get("body", ""), json.dumps(rest, ensure_ascii=False, sort_keys=True, allow_nan=False), item.minhash)


def source_row(item: Processed) -> tuple[Any, ...]:
    article_id = item.record["id"] if item.record else None
    published = (item.record or {}).get("published") or item.published
    return (item.source, article_id, resolve_outlet(item.source, item.outlet, item.url), item.url,
            published, item.error)


def winners(items: Sequence[Processed]) -> dict[str, Processed]:
    """Per article id, the item from the smallest source."""
    best: dict[str, Processed] = {}
    for item in items:
        if item.record is None:
            continue
        key = item.record["id"]
        if key not in best or item.source < best[key].source:
            best[key] = item
    return best


class WorkerState:
    """The pipeline of this process, built once by the pool initializer (or reused inline
    while the settings stay the same: building one loads its lexicons and knowledge base)."""

    pipeline: Pipeline | None = None
    dedup: DedupSettings = DedupSettings()


def init_worker(settings: Settings, dedup: DedupSettings, parent: int | None = None) -> None:
    """Build this process's pipeline; a pool worker (``parent`` given) also exits when that
    process dies, instead of running on with nobody to collect its work."""
    if WorkerState.pipeline is None or WorkerState.pipeline.settings != settings:
        WorkerState.pipeline = Pipeline(settings)
    WorkerState.dedup = dedup
    if parent is not None:
        watch_parent(parent)
        log_escaped()


def log_escaped() -> None:
    """A pool worker's log lines (which name sources and quote text) on stderr escaped as the
    CLI's are, not raw through logging's last-resort handler."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(SafeFormatter(LOG_FORMAT))
        root.addHandler(handler)


def watch_parent(pid: int, interval: float = PARENT_POLL_SECONDS) -> None:
    """A daemon thread that ends this process once ``pid`` is gone (killed with SIGKILL: no
    clean shutdown reaches the workers) or this process was handed to another parent."""
    first_parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != first_parent or not is_alive(pid):
                os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="ghatna-watch-parent", daemon=True).start()


def is_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def process_one(raw: RawArticle, pipeline: Pipeline, dedup: DedupSettings) -> Processed:
    base: dict[str, Any] = {"source": raw.source, "outlet": raw.outlet, "url": raw.url, "published": raw.published}
    try:
        record = process(raw, pipeline).to_record()
        record_json(record, raw.source)  # what cannot be stored as JSON is this input's error, not the batch's
    except GhatnaError as err:
        log.warning("%s", err)
        return Processed(**base, error=str(err))
    minhash = signature(record.get("body") or "", dedup)
    return Processed(**base, record=record, minhash=minhash, bands=band_hashes(minhash, dedup))


def process_batch(batch: list[RawArticle | Processed]) -> list[Processed]:
    """Run in a worker: each article through the pipeline (read errors come already Processed)."""
    pipeline = WorkerState.pipeline or Pipeline(Settings())
    return [item if isinstance(item, Processed) else process_one(item, pipeline, WorkerState.dedup)
            for item in batch]


Columns = dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class BatchRows:
    """A processed batch as the rows that store it, column by column: ``articles`` (the batch's
    winner for each article id, by id), their ``mentions`` and LSH ``bands``, and a ``sources``
    row for every input (its error, if it failed). The driver makes each an Arrow table and
    inserts it whole; columns are lists, not Arrow, because building Arrow arrays imports
    pandas (0.25 s at a worker's start)."""

    articles: Columns
    mentions: Columns
    sources: Columns
    failed: int
    bands: Columns

    @property
    def size(self) -> int:
        """The inputs of the batch (each has a sources row)."""
        return len(self.sources[SOURCE_COLUMNS[0]])


def columns_of(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> Columns:
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}


def batch_rows(items: Sequence[Processed]) -> BatchRows:
    """The rows ``ingestion.save_batch`` would insert for these items, before it compares them
    with the store (an article stored from a smaller source keeps its row)."""
    best = [item for _, item in sorted(winners(items).items())]
    return BatchRows(columns_of(ARTICLE_COLUMNS, [article_row(i) for i in best]),
                     columns_of(MENTION_COLUMNS, [r for i in best for r in mention_rows(i.record or {})]),
                     columns_of(SOURCE_COLUMNS, [source_row(i) for i in items]),
                     sum(1 for i in items if i.error),
                     columns_of(BAND_COLUMNS, [r for i in best for r in band_rows(i)]))


def band_rows(item: Processed) -> list[tuple[str, int, int]]:
    key = (item.record or {}).get("id")
    return [(key, band, bucket) for band, bucket in enumerate(item.bands or ())] if key else []


class BatchWorker:
    """A long-lived worker (a Ray actor): builds its pipeline once (lexicons, knowledge base,
    models), then turns every batch it is handed into rows, and at the end of an ingest merges
    the blocks of mentions it is handed into events; it never touches the store."""

    def __init__(self, settings: Settings, dedup: DedupSettings) -> None:
        init_worker(settings, dedup)

    def run(self, batch: list[RawArticle | Processed]) -> BatchRows:
        return batch_rows(process_batch(batch))

    def merge(self, blocks: list[tuple[tuple[str, ...], list[dict[str, Any]]]], reports: dict[str, list[str]],
              settings: MergeSettings) -> list[MergedEvent]:
        """``events_table.merged_events`` over these blocks' stored mention rows (the merge's
        modules are loaded by the first call: a worker that only runs batches does without)."""
        from .events_table import mention_from, merged_events

        return merged_events([(block, [mention_from(r) for r in rows], rows) for block, rows in blocks],
                             reports, settings)
