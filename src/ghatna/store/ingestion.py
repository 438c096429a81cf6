"""Parallel, idempotent, resumable ingest of many articles into a corpus Store.

Saving a batch is one transaction holding its articles, their mentions and the
sources done, so a run killed at any point resumes from exactly what was committed.
When two sources carry the same body (the same article id), the row from the
lexicographically smallest source is kept, whatever order they arrive in.
After the articles, near-duplicates and merged events are recomputed from the store.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from ghatna.errors import GhatnaError, ReadError
from ghatna.settings import Settings
from ghatna.text.defaults import ArticleDefaults, with_defaults
from ghatna.text.readers import JSONL_SUFFIXES, RawArticle, expand_paths, iter_articles

from .db import LISTED, Store, listed
from .dedup import DedupSettings, link_duplicates
from .rebuild import rebuild_events
from .worker import (  # the worker's side of ingest; names kept here for those who import them from here
    BatchRows,
    Columns,
    Processed,
    batch_rows,
    date_basis,
    init_worker,
    process_batch,
    resolve_outlet,
)

__all__ = [  # with names of ``worker`` imported from here before it was split off
    "IngestError", "IngestReport", "IngestSettings", "Processed", "count_inputs", "date_basis", "ingest",
    "resolve_outlet", "save_batch", "save_rows",
]

log = logging.getLogger(__name__)

# Workers start from a clean server process, not a fork of one holding a database connection.
POOL_START_METHOD = "forkserver"


class IngestError(GhatnaError):
    """A parallel ingest lost a worker process; what was committed stays, and a rerun resumes."""


def stored_sources(store: Store, ids: Sequence[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(store.query(f"SELECT id, source FROM articles WHERE id IN ({LISTED})", listed(ids)))  # type: ignore[arg-type]


def replace_articles(store: Store, ids: Sequence[str]) -> None:
    if ids:
        store.execute(f"DELETE FROM mentions WHERE article_id IN ({LISTED})", listed(ids))
        store.execute(f"DELETE FROM articles WHERE id IN ({LISTED})", listed(ids))


def forget_sources(store: Store, sources: Sequence[str]) -> None:
    """Drop these sources' rows (a source saved again replaces its row and is merged again):
    a DuckDB store has no keys to refuse a second row (``migrations``), so the code keeps
    each source once."""
    if sources:
        store.execute(f"DELETE FROM sources WHERE source IN ({LISTED})", listed(sources))
        store.execute(f"DELETE FROM merged_sources WHERE source IN ({LISTED})", listed(sources))


def save_batch(store: Store, items: Sequence[Processed]) -> None:
    """Store a batch of processed inputs and mark their sources done, in one transaction;
    saving the same inputs again changes nothing."""
    if items:
        save_rows(store, [batch_rows(items)], fresh_sources=False)


def save_rows(store: Store, batches: Sequence[BatchRows], fresh_sources: bool = True) -> None:
    """Store batches a worker turned into rows (``worker.batch_rows``) in one transaction and
    one insert per table: the store then holds what saving them one after the other would
    give. With ``fresh_sources`` their sources are not stored yet (``pending_batches`` leaves
    out those that are), so no source row is looked for and deleted first (a scan of the
    sources table per save)."""
    if not batches:
        return
    with store.transaction():
        if not fresh_sources:
            forget_sources(store, [source for rows in batches for source in rows.sources["source"]])
        kept, new = kept_articles(store, batches)
        store.insert_arrow("articles", pa.table(joined([b.articles for b in batches], kept, "id")))
        store.insert_arrow("dedup_pending", pa.table({"article_id": pa.array(new, pa.string())}))
        store.insert_arrow("article_bands", band_table(batches, kept, new))
        store.insert_arrow("mentions", pa.table(joined([b.mentions for b in batches], kept, "article_id")))
        store.insert_arrow("sources", pa.table(joined([b.sources for b in batches])))


def kept_articles(store: Store, batches: Sequence[BatchRows]) -> tuple[list[set[str]] | None, list[str]]:
    """Per batch, the ids of its article rows to insert (None: every row of every batch), and
    the ids not stored at all (to link). An id goes to its smallest source among the batches
    and the store; a stored row of a larger source is deleted here."""
    best: dict[str, tuple[str, int]] = {}
    for number, rows in enumerate(batches):
        for key, source in zip(rows.articles["id"], rows.articles["source"], strict=True):
            if key not in best or source < best[key][0]:
                best[key] = (source, number)
    existing = stored_sources(store, sorted(best))
    new = sorted(key for key in best if key not in existing)
    if not existing and len(best) == sum(len(rows.articles["id"]) for rows in batches):
        return None, new
    replace_articles(store, sorted(key for key, (source, _) in best.items() if key in existing and source < existing[key]))
    wins = {key for key, (source, _) in best.items() if key not in existing or source < existing[key]}
    return [{key for key in rows.articles["id"] if key in wins and best[key][1] == number}
            for number, rows in enumerate(batches)], new


def band_table(batches: Sequence[BatchRows], kept: Sequence[set[str]] | None, new: Sequence[str]) -> pa.Table:
    """The LSH bands the workers made for the articles not stored before, from the batch that
    wins each (linking makes those of an article stored without them)."""
    bands = joined([b.bands for b in batches], kept, "article_id")
    if kept is not None:
        fresh = set(new)
        rows = [i for i, key in enumerate(bands["article_id"]) if key in fresh]
        bands = {name: [values[i] for i in rows] for name, values in bands.items()}
    return pa.table({"article_id": pa.array(bands["article_id"], pa.string()),
                     "band": pa.array(bands["band"], pa.int32()), "bucket": pa.array(bands["bucket"], pa.int64())})


def joined(parts: Sequence[Columns], kept: Sequence[set[str]] | None = None, key: str = "") -> Columns:
    """The columns of several batches one after the other; with ``kept``, only the rows of
    each batch whose ``key`` is in its set."""
    if kept is None:
        return {name: [value for part in parts for value in part[name]] for name in parts[0]}
    rows = [[i for i, value in enumerate(part[key]) if value in wanted] for part, wanted in zip(parts, kept, strict=True)]
    return {name: [part[name][i] for part, numbers in zip(parts, rows, strict=True) for i in numbers] for name in parts[0]}


def done_sources(store: Store, sources: Sequence[str]) -> set[str]:
    """Those of these sources the store holds already (asked per batch: the store's sources are
    never all held in memory)."""
    if not sources:
        return set()
    return {row[0] for row in store.query(f"SELECT source FROM sources WHERE source IN ({LISTED})", listed(sources))}


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


def holds_sources(store: Store) -> bool:
    return bool(store.query("SELECT 1 FROM sources LIMIT 1"))


def pending_batches(paths: Iterable[str], store: Store, settings: IngestSettings,
                    counts: Counter[str]) -> Iterator[list[RawArticle | Processed]]:
    """Batches of inputs not stored yet; each source once, even when named twice. The store is
    asked now whether it holds any source: when it holds none, a source it holds later is one
    of this run's, so no batch needs asking which of its sources are done."""
    return unstored_batches(paths, store if holds_sources(store) else None, settings, counts)


def unstored_batches(paths: Iterable[str], store: Store | None, settings: IngestSettings,
                     counts: Counter[str]) -> Iterator[list[RawArticle | Processed]]:
    """``pending_batches``, asking ``store`` (None: no store to ask) which sources are done."""
    named: set[str] = set()  # the sources of this run (not of the store)
    batch: list[RawArticle | Processed] = []

    def unstored(batch: list[RawArticle | Processed]) -> list[RawArticle | Processed]:
        done = done_sources(store, [item.source for item in batch]) if store is not None else set()
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
