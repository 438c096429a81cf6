"""Parallel, idempotent, resumable ingest of many articles into a corpus Store.

Saving a batch is one transaction holding its articles, their mentions and the
sources done, so a run killed at any point resumes from exactly what was committed.
When two sources carry the same body (the same article id), the row from the
lexicographically smallest source is kept, whatever order they arrive in.
After the articles, near-duplicates and merged events are recomputed from the store.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ghatna.api import process
from ghatna.document import BODY, record_json, told_in_title
from ghatna.errors import GhatnaError, ReadError
from ghatna.pipeline import Pipeline
from ghatna.settings import Settings
from ghatna.text.defaults import ArticleDefaults, with_defaults
from ghatna.text.readers import JSONL_SUFFIXES, RawArticle, expand_paths, iter_articles
from ghatna.text.safe import LOG_FORMAT, SafeFormatter

from .db import Store, marks
from .dedup import DedupSettings, link_duplicates, signature
from .migrations import ACTOR_COLUMNS
from .rebuild import rebuild_events

log = logging.getLogger(__name__)

# Workers start from a clean server process, not a fork of one holding a database connection.
POOL_START_METHOD = "forkserver"
PARENT_POLL_SECONDS = 0.5  # how often a worker checks that the ingest that started it is alive
EXIT_ORPHANED = 3
ARTICLE_COLUMNS = ("id", "source", "title", "published", "language", "body", "record", "minhash")
SOURCE_COLUMNS = ("source", "article_id", "outlet", "url", "published", "error")
MENTION_COLUMNS = (
    "article_id", "idx", "type", "mode", "cameo", "goldstein", "modality",
    *(f"source_{c}" for c in ACTOR_COLUMNS), *(f"target_{c}" for c in ACTOR_COLUMNS),
    "date", "location_name", "location_country", "evidence_text", "evidence_start", "evidence_end",
    "trigger_text", "confidence", "date_basis", "evidence_field",
)


class IngestError(GhatnaError):
    """A parallel ingest lost a worker process; what was committed stays, and a rerun resumes."""


@dataclass(frozen=True, slots=True)
class Processed:
    """One input after the pipeline: its record (or the error that stopped it) and MinHash."""

    source: str
    outlet: str | None
    url: str | None
    published: str | None
    record: dict[str, Any] | None = None
    minhash: bytes | None = None
    error: str | None = None


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


def stored_sources(store: Store, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(store.query(f"SELECT id, source FROM articles WHERE id IN ({marks(ids)})", ids))  # type: ignore[arg-type]


def replace_articles(store: Store, ids: Sequence[str]) -> None:
    if ids:
        store.execute(f"DELETE FROM mentions WHERE article_id IN ({marks(ids)})", ids)
        store.execute(f"DELETE FROM articles WHERE id IN ({marks(ids)})", ids)


def forget_sources(store: Store, sources: Sequence[str]) -> None:
    """Drop these sources' rows (a source saved again replaces its row and is merged again):
    a DuckDB store has no keys to refuse a second row (``migrations``), so the code keeps
    each source once."""
    if sources:
        store.execute(f"DELETE FROM sources WHERE source IN ({marks(sources)})", sources)
        store.execute(f"DELETE FROM merged_sources WHERE source IN ({marks(sources)})", sources)


def save_batch(store: Store, items: Sequence[Processed]) -> None:
    """Store a batch of processed inputs and mark their sources done, in one transaction;
    saving the same inputs again changes nothing."""
    best = winners(items)
    with store.transaction():
        forget_sources(store, [i.source for i in items])
        existing = stored_sources(store, sorted(best))
        fresh = [i for k, i in sorted(best.items()) if k not in existing or i.source < existing[k]]
        replace_articles(store, [i.record["id"] for i in fresh if i.record and i.record["id"] in existing])
        store.insert_rows("articles", ARTICLE_COLUMNS, [article_row(i) for i in fresh])
        store.insert_rows("dedup_pending", ("article_id",),
                          [(i.record["id"],) for i in fresh if i.record and i.record["id"] not in existing])
        store.insert_rows("mentions", MENTION_COLUMNS, [r for i in fresh for r in mention_rows(i.record or {})])
        store.insert_rows("sources", SOURCE_COLUMNS, [source_row(i) for i in items])


def done_sources(store: Store, sources: Sequence[str]) -> set[str]:
    """Those of these sources the store holds already (asked per batch: the store's sources are
    never all held in memory)."""
    if not sources:
        return set()
    return {row[0] for row in store.query(f"SELECT source FROM sources WHERE source IN ({marks(sources)})", sources)}


# ---- the parallel run -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class IngestSettings:
    """workers: processes (default: the local cores; 0 runs in this process, reusing its
    warmed-up pipeline); batch_size: articles per task and per
    commit; in_flight: batches queued per worker (bounds memory); pipeline: the Settings each
    worker builds its Pipeline from; dedup: MinHash settings; defaults: the publication date and
    outlet for inputs that carry none (``ghatna.text.defaults``)."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = 64
    in_flight: int = 3
    pipeline: Settings = field(default_factory=Settings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    defaults: ArticleDefaults = field(default_factory=ArticleDefaults)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one run did: inputs seen, newly stored, skipped as already done, failed."""

    seen: int
    stored: int
    skipped: int
    failed: int
    events: int
    duplicate_links: int


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
    return Processed(**base, record=record, minhash=signature(record.get("body") or "", dedup))


def process_batch(batch: list[RawArticle | Processed]) -> list[Processed]:
    """Run in a worker: each article through the pipeline (read errors come already Processed)."""
    pipeline = WorkerState.pipeline or Pipeline(Settings())
    return [item if isinstance(item, Processed) else process_one(item, pipeline, WorkerState.dedup)
            for item in batch]


def pending_batches(paths: Iterable[str], store: Store, settings: IngestSettings,
                    counts: Counter[str]) -> Iterator[list[RawArticle | Processed]]:
    """Batches of inputs not stored yet; each source once, even when named twice."""
    named: set[str] = set()  # the sources of this run (not of the store)
    batch: list[RawArticle | Processed] = []

    def unstored(batch: list[RawArticle | Processed]) -> list[RawArticle | Processed]:
        done = done_sources(store, [item.source for item in batch])
        counts["skipped"] += sum(1 for item in batch if item.source in done)
        return [item for item in batch if item.source not in done]

    for item in with_defaults(iter_articles(paths, settings.pipeline.max_bytes), settings.defaults):
        counts["seen"] += 1
        if item.source in named:
            counts["skipped"] += 1
            continue
        named.add(item.source)
        batch.append(Processed(item.source, None, None, None, error=str(item))
                     if isinstance(item, ReadError) else item)
        if len(batch) >= settings.batch_size:
            if fresh := unstored(batch):
                yield fresh
            batch = []
    if batch and (fresh := unstored(batch)):
        yield fresh


def save_finished(store: Store, finished: Iterable[Future[list[Processed]]], counts: Counter[str],
                  progress: Callable[[int], None]) -> None:
    for future in finished:
        items = future.result()
        save_batch(store, items)
        counts["batches"] += 1
        counts["failed"] += sum(1 for i in items if i.error)
        counts["stored"] += sum(1 for i in items if not i.error)
        log.info("committed batch %d (%d sources)", counts["batches"], len(items))
        progress(len(items))


def run_pool(store: Store, batches: Iterator[list[RawArticle | Processed]], settings: IngestSettings,
             counts: Counter[str], progress: Callable[[int], None]) -> None:
    limit = max(1, settings.workers * settings.in_flight)
    init = (settings.pipeline, settings.dedup, os.getpid())
    context = multiprocessing.get_context(POOL_START_METHOD)
    pool = ProcessPoolExecutor(settings.workers, context, initializer=init_worker, initargs=init)
    completed = False
    try:
        running: set[Future[list[Processed]]] = set()
        for batch in batches:
            running.add(pool.submit(process_batch, batch))
            if len(running) >= limit:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                save_finished(store, finished, counts, progress)
        save_finished(store, wait(running).done, counts, progress)
        completed = True
    except BrokenProcessPool as err:
        raise IngestError(f"a worker process died (killed, or out of memory) before its batch was done; the "
                          f"{counts['batches']} batches committed are kept: run the same ingest again to resume "
                          f"(with fewer --workers if memory is short)") from err
    finally:  # after a failure, queued batches are dropped and no worker is waited for
        pool.shutdown(wait=completed, cancel_futures=True)


def run_inline(store: Store, batches: Iterator[list[RawArticle | Processed]], settings: IngestSettings,
               counts: Counter[str], progress: Callable[[int], None]) -> None:
    init_worker(settings.pipeline, settings.dedup)
    for batch in batches:
        future: Future[list[Processed]] = Future()
        future.set_result(process_batch(batch))
        save_finished(store, [future], counts, progress)


def ingest(store: Store, paths: Iterable[str], settings: IngestSettings | None = None,
           progress: Callable[[int], None] = lambda n: None) -> IngestReport:
    """Run the pipeline over every article named by ``paths`` into ``store``, then recompute
    near-duplicate links and merged events. Sources already stored are skipped."""
    settings = settings or IngestSettings()
    counts: Counter[str] = Counter()
    batches = pending_batches(list(paths), store, settings, counts)
    runner = run_pool if settings.workers > 0 else run_inline
    runner(store, batches, settings, counts, progress)
    links = link_duplicates(store, settings.dedup)
    events = rebuild_events(store)
    return IngestReport(counts["seen"], counts["stored"], counts["skipped"], counts["failed"], events, links)


def count_inputs(paths: Iterable[str]) -> int:
    """How many articles the inputs hold (JSON Lines count a line each): the progress total."""
    total = 0
    for path in expand_paths(paths):
        if isinstance(path, Path) and path.suffix.lower() in JSONL_SUFFIXES:
            total += count_lines(path)
        else:
            total += 1
    return total


def count_lines(path: Path) -> int:
    """Non-blank lines of a file; one for a file that cannot be read (the run reports it)."""
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1
