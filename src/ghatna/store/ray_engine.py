"""Ingest on a Ray cluster: the pipeline runs over batches on Ray actors, the store is
written here (the driver) only, one transaction per batch, exactly as a local run writes it.

    >>> with Store.open("corpus.duckdb") as store:
    ...     ingest_on_ray(store, ["crawl/"], IngestSettings(workers=2))   # a local cluster
    ...     ingest_on_ray(store, ["crawl/"], address="ray://head:10001")  # an existing one

Saving is order-free (the smallest source wins an article; dedup and merging depend only
on what is stored), so batches are saved as they finish and the store is the one a local
run gives. Each worker is an actor that builds its pipeline once (lexicons, knowledge
base, models) and keeps it; batches of ``IngestSettings.batch_size`` articles keep Ray's
per-task cost small. Needs ``ray`` (``pip install 'ghatna[ray]'``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Any

from ghatna.errors import GhatnaError
from ghatna.settings import Settings

from .db import Store
from .dedup import DedupSettings, link_duplicates
from .ingestion import (
    IngestReport,
    IngestSettings,
    Processed,
    RawArticle,
    init_worker,
    pending_batches,
    process_batch,
    save_finished,
)
from .rebuild import rebuild_events

log = logging.getLogger(__name__)

ACTOR_DEPTH = 2


class RayUnavailable(GhatnaError):
    """Ray is not installed, or no cluster answers at the address given."""


class PipelineWorker:
    """A Ray actor: builds its pipeline once (lexicons, knowledge base, models) and runs every
    batch it is handed through it; it never touches the store."""

    def __init__(self, settings: Settings, dedup: DedupSettings) -> None:
        init_worker(settings, dedup)

    def run(self, batch: list[RawArticle | Processed]) -> list[Processed]:
        return process_batch(batch)


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


def done(value: list[Processed]) -> Future[list[Processed]]:
    future: Future[list[Processed]] = Future()
    future.set_result(value)
    return future


def start_workers(ray: Any, settings: IngestSettings) -> list[Any]:
    """One actor per worker (one CPU each), its pipeline built once; never more actors than the
    cluster has CPUs, for an actor that cannot be placed would wait for ever."""
    cpus = int(ray.cluster_resources().get("CPU", 1))
    count = max(1, min(settings.workers, cpus))
    if count < settings.workers:
        log.warning("the Ray cluster has %d CPUs: %d workers instead of %d", cpus, count, settings.workers)
    actor = ray.remote(num_cpus=1)(PipelineWorker)
    config = (ray.put(settings.pipeline), ray.put(settings.dedup))
    return [actor.remote(*config) for _ in range(count)]


def run_ray(store: Store, batches: Iterator[list[RawArticle | Processed]], settings: IngestSettings,
            counts: Counter[str], progress: Callable[[int], None], address: str | None = None) -> None:
    """Hand batches to the actors and save each result here as it comes back; a batch goes to
    the actor that has just finished one. At most ``ACTOR_DEPTH`` batches wait on an actor
    (one running, one queued): it never idles, and the last batches are not stuck behind a
    busy actor while another has nothing to do."""
    ray = start_ray(address, settings.workers)
    workers = start_workers(ray, settings)
    running: dict[Any, Any] = {}  # result ref -> the actor computing it
    queue = [w for _ in range(max(1, min(settings.in_flight, ACTOR_DEPTH))) for w in workers]
    try:
        for batch in batches:
            if not queue:
                queue.append(save_next(ray, store, running, counts, progress))
            worker = queue.pop(0)
            running[worker.run.remote(batch)] = worker
        while running:
            save_next(ray, store, running, counts, progress)
    except ray.exceptions.RayError as err:
        raise RayUnavailable(f"a Ray worker failed ({err}); the batches committed are kept: run the same "
                             "ingest again to resume") from err
    finally:
        for worker in workers:
            ray.kill(worker)


def save_next(ray: Any, store: Store, running: dict[Any, Any], counts: Counter[str],
              progress: Callable[[int], None]) -> Any:
    """Wait for one batch, save it; returns the actor that is free again."""
    finished, _ = ray.wait(list(running), num_returns=1)
    worker = running.pop(finished[0])
    save_finished(store, [done(ray.get(finished[0]))], counts, progress)
    return worker


def ingest_on_ray(store: Store, paths: Iterable[str], settings: IngestSettings | None = None,
                  progress: Callable[[int], None] = lambda n: None, address: str | None = None) -> IngestReport:
    """``ingest`` with the pipeline on Ray (``address``: an existing cluster; else a local one
    with ``settings.workers`` CPUs)."""
    settings = settings or IngestSettings()
    counts: Counter[str] = Counter()
    batches = pending_batches(list(paths), store, settings, counts)
    run_ray(store, batches, settings, counts, progress, address)
    links = link_duplicates(store, settings.dedup)
    events = rebuild_events(store)
    return IngestReport(counts["seen"], counts["stored"], counts["skipped"], counts["failed"], events, links)
