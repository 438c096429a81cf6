"""Ingest on a Ray cluster: the pipeline runs over batches on Ray actors, the store is
written here (the driver) only, a few batches per transaction, with the rows a local run
writes.

    >>> with Store.open("corpus.duckdb") as store:
    ...     ingest_on_ray(store, ["crawl/"], IngestSettings(workers=2))   # a local cluster
    ...     ingest_on_ray(store, ["crawl/"], address="ray://head:10001")  # an existing one

Saving is order-free (the smallest source wins an article; dedup and merging depend only
on what is stored), so batches are saved as they finish and the store is the one a local
run gives. Each worker is an actor (``worker.BatchWorker``) that builds its pipeline once
(lexicons, knowledge base, models) and keeps it; batches of ``IngestSettings.batch_size``
articles keep Ray's per-task cost small. The actors do all they can of the saving: they hand
back each batch as the columns of the rows to insert (``worker.BatchRows``), so the driver,
which shares the machine's cores with them on a local cluster, only compares article ids
with the store and inserts, ``SAVE_TOGETHER`` finished batches at a time (one commit, one
insert per table). A run killed loses only the batches not committed yet, and the same
ingest again resumes. The actors then merge the stored mentions into events too: the driver
reads each part of blocks from the store and writes the events, the actors cluster the blocks
(``merge_on``), as many at once as there are actors: they stay alive, their pipelines loaded,
to the end of the merge, so the peak memory of that tail is the driver's and every actor's.
A worker lost on the way (``RayUnavailable``) costs a rerun of the same ingest; an error
raised by the code on a worker is named with its cause (``RayWorkerError``). Needs ``ray``
(``pip install 'ghatna[ray]'``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ghatna.errors import GhatnaError

from .db import Store
from .dedup import link_duplicates
from .events_table import BlockMentions, MergedEvent
from .ingestion import IngestReport, IngestSettings, RawArticle, pending_batches, save_rows
from .mentions import MergeSettings
from .rebuild import Merger, rebuild_events
from .worker import BatchRows, BatchWorker, Processed

log = logging.getLogger(__name__)

ACTOR_DEPTH = 2
SAVE_TOGETHER = 4  # finished batches saved in one transaction (and one insert per table)
TAIL_PARTS = 4  # each of the last batches is handed out in this many parts


class RayUnavailable(GhatnaError):
    """Ray is not installed, no cluster answers at the address given, or a worker was lost."""


class RayWorkerError(GhatnaError):
    """The code run on a Ray worker raised an error: running the same ingest again fails the same way."""


ANSI = re.compile(r"\x1b\[[0-9;]*m")


def ray_failure(ray: Any, err: Exception, doing: str, rerun: str) -> GhatnaError:
    """The named error for ``err`` raised by Ray while ``doing``: a worker that died (killed,
    out of memory, its node lost) is worth the same ingest again (``rerun`` says what that
    does); an error raised by ghatna's code on a worker is named with its cause, and no rerun
    is promised. Ray's terminal colours are taken out of the message."""
    while isinstance(err, ray.exceptions.RayTaskError) and isinstance(err.cause, Exception):
        if not isinstance(err.cause, ray.exceptions.RayError):
            cause = err.cause
            return RayWorkerError(f"{doing} failed on a Ray worker: {type(cause).__name__}: {plain(cause)}; "
                                  "this is an error in the code run there, not a lost worker")
        err = err.cause
    if isinstance(err, ray.exceptions.RayActorError):
        return RayUnavailable(f"a Ray worker died while {doing} ({plain(err)}); {rerun}")
    return RayUnavailable(f"Ray failed while {doing} ({type(err).__name__}: {plain(err)})")


def plain(err: BaseException) -> str:
    """The first line of an error's message, without terminal colours."""
    lines = [line.strip() for line in ANSI.sub("", str(err)).splitlines() if line.strip()]
    return lines[0] if lines else type(err).__name__


def start_ray(address: str | None, workers: int) -> Any:
    try:
        import ray
    except ImportError as err:
        raise RayUnavailable("the ray engine needs Ray: pip install 'ghatna[ray]'") from err
    if not ray.is_initialized():
        options: dict[str, Any] = {"address": address} if address else {"num_cpus": max(1, workers)}
        try:
            ray.init(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING, **options)
        except (ConnectionError, RuntimeError, ValueError) as err:
            raise RayUnavailable(f"cannot start or reach a Ray cluster at {address or 'this machine'}: {err}; "
                                 "check the address (ray://HOST:10001 or HOST:6379)") from err
    return ray


def start_workers(ray: Any, settings: IngestSettings) -> list[Any]:
    """One actor per worker (one CPU each), its pipeline built once; never more actors than the
    cluster has CPUs, for an actor that cannot be placed would wait for ever."""
    cpus = int(ray.cluster_resources().get("CPU", 1))
    count = max(1, min(settings.workers, cpus))
    if count < settings.workers:
        log.warning("the Ray cluster has %d CPUs: %d workers instead of %d", cpus, count, settings.workers)
    actor = ray.remote(num_cpus=1)(BatchWorker)
    config = (ray.put(settings.pipeline), ray.put(settings.dedup))
    return [actor.remote(*config) for _ in range(count)]


def run_ray(store: Store, ray: Any, workers: list[Any], batches: Iterator[list[RawArticle | Processed]],
            settings: IngestSettings, counts: Counter[str], progress: Callable[[int], None]) -> None:
    """Hand batches to the actors and save their rows here as they come back; a batch goes to
    the actor that has just finished one. At most ``ACTOR_DEPTH`` batches wait on an actor
    (one running, one queued): it never idles, and the last batches are not stuck behind a
    busy actor while another has nothing to do. Finished batches are saved ``SAVE_TOGETHER``
    at a time (one commit), all that are left at the end, and those finished before a worker
    failed."""
    running: dict[Any, Any] = {}  # result ref -> the actor computing it
    queue = [w for _ in range(max(1, min(settings.in_flight, ACTOR_DEPTH))) for w in workers]
    finished: list[BatchRows] = []
    try:
        with one_thread(store):
            for batch in with_short_tail(batches, len(workers) * ACTOR_DEPTH):
                if not queue:
                    queue += collect(ray, running, finished)
                    if len(finished) >= SAVE_TOGETHER:
                        save(store, finished, counts, progress)
                worker = queue.pop(0)
                running[worker.run.remote(batch)] = worker
            while running:
                collect(ray, running, finished)
                if len(finished) >= SAVE_TOGETHER or not running:
                    save(store, finished, counts, progress)
    except ray.exceptions.RayError as err:
        save(store, finished, counts, progress)
        raise ray_failure(ray, err, "running a batch", "the batches committed are kept: run the same ingest "
                          "again to resume") from err


def with_short_tail(batches: Iterable[list[Any]], last: int, parts: int = TAIL_PARTS) -> Iterator[list[Any]]:
    """The batches as they come, but the ``last`` ones each cut in ``parts``: at the end of the
    input an actor that is done waits only for a short part on another, not a whole batch."""
    held: list[list[Any]] = []
    for batch in batches:
        held.append(batch)
        if len(held) > last:
            yield held.pop(0)
    for batch in held:
        size = -(-len(batch) // parts)
        yield from (batch[start:start + size] for start in range(0, len(batch), size))


def collect(ray: Any, running: dict[Any, Any], finished: list[BatchRows]) -> list[Any]:
    """Wait for a batch, and take it with every other batch finished by then; returns the
    actors that are free again."""
    ready, rest = ray.wait(list(running), num_returns=1)
    if rest:
        ready += ray.wait(rest, num_returns=len(rest), timeout=0)[0]
    finished += ray.get(ready)
    return [running.pop(ref) for ref in ready]


def save(store: Store, finished: list[BatchRows], counts: Counter[str], progress: Callable[[int], None]) -> None:
    """Save the finished batches in one transaction, and empty the list."""
    if not finished:
        return
    save_rows(store, finished)
    for rows in finished:
        counts["batches"] += 1
        counts["failed"] += rows.failed
        counts["stored"] += rows.size - rows.failed
        progress(rows.size)
    log.info("committed %d batches (%d in all)", len(finished), counts["batches"])
    finished.clear()


@contextmanager
def one_thread(store: Store) -> Iterator[None]:
    """A DuckDB store runs its statements on one thread while the actors run: on a local
    cluster they have the cores, and a batch's inserts gain nothing from more (DuckDB's CPU
    for saving 3,000 articles: 0.74 s on one thread, 0.97 s on two)."""
    if store.backend != "duckdb":
        yield
        return
    threads = int(store.query("SELECT current_setting('threads')")[0][0])
    store.execute("SET threads = 1")
    try:
        yield
    finally:
        store.execute(f"SET threads = {threads}")


def merge_on(ray: Any, workers: list[Any]) -> Merger:
    """A ``rebuild.Merger`` that hands the blocks to the actors in as many parts as there are
    actors (about as many mentions each), and returns their events in the blocks' order."""
    def merge(blocks: Sequence[BlockMentions], reports: dict[str, list[str]],
              settings: MergeSettings) -> list[MergedEvent]:
        refs = [worker.merge.remote([(block, rows) for block, _, rows in part], reports_for(part, reports), settings)
                for worker, part in zip(workers, split_blocks(blocks, len(workers)), strict=False)]
        return [event for events in ray.get(refs) for event in events]
    return merge


def split_blocks(blocks: Sequence[BlockMentions], parts: int) -> list[Sequence[BlockMentions]]:
    """The blocks in at most ``parts`` runs, one after the other, of about as many mentions each
    (a block is never cut: it is merged whole)."""
    total = sum(len(mentions) for _, mentions, _ in blocks)
    runs: list[Sequence[BlockMentions]] = []
    start, held = 0, 0
    for end, (_, mentions, _) in enumerate(blocks, start=1):
        held += len(mentions)
        if held * parts >= total * (len(runs) + 1) and len(runs) < parts - 1:
            runs.append(blocks[start:end])
            start = end
    return [*runs, blocks[start:]] if start < len(blocks) else runs


def reports_for(blocks: Sequence[BlockMentions], reports: dict[str, list[str]]) -> dict[str, list[str]]:
    """The reports of the articles these blocks' mentions are from (what an actor is sent)."""
    return {a: reports[a] for a in {m.article_id for _, mentions, _ in blocks for m in mentions} if a in reports}


def ingest_on_ray(store: Store, paths: Iterable[str], settings: IngestSettings | None = None,
                  progress: Callable[[int], None] = lambda n: None, address: str | None = None) -> IngestReport:
    """``ingest`` with the pipeline on Ray (``address``: an existing cluster; else a local one
    with ``settings.workers`` CPUs), and the merging of events on the same actors."""
    settings = settings or IngestSettings()
    counts: Counter[str] = Counter()
    batches = pending_batches(list(paths), store, settings, counts)
    ray = start_ray(address, settings.workers)
    workers = start_workers(ray, settings)
    try:
        run_ray(store, ray, workers, batches, settings, counts, progress)
        links = link_duplicates(store, settings.dedup)
        try:
            events = rebuild_events(store, merger=merge_on(ray, workers))
        except ray.exceptions.RayError as err:
            raise ray_failure(ray, err, "merging events", "every batch is stored: run the same ingest again "
                              "to merge them") from err
    finally:
        for worker in workers:
            ray.kill(worker)
    return IngestReport(counts["seen"], counts["stored"], counts["skipped"], counts["failed"], events, links)
