"""Ingest on a Ray cluster: the pipeline runs over batches on Ray workers, the store is
written here, one transaction per batch, exactly as a local run writes it.

    >>> with Store.open("corpus.duckdb") as store:
    ...     ingest_on_ray(store, ["crawl/"], IngestSettings(workers=2))   # a local cluster
    ...     ingest_on_ray(store, ["crawl/"], address="ray://head:10001")  # an existing one

Saving is order-free (the smallest source wins an article; dedup and merging depend only
on what is stored), so batches are saved as they finish and the store is the one a local
run gives. Each Ray worker builds its pipeline once and keeps it. Needs ``ray``
(``pip install 'ghatna[ray]'``).
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
    done_sources,
    init_worker,
    pending_batches,
    process_batch,
    save_finished,
)
from .rebuild import rebuild_events

log = logging.getLogger(__name__)


class RayUnavailable(GhatnaError):
    """Ray is not installed, or no cluster answers at the address given."""


def work(batch: list[RawArticle | Processed], settings: Settings, dedup: DedupSettings) -> list[Processed]:
    """Run on a Ray worker: its pipeline is built on the first batch and kept."""
    init_worker(settings, dedup)
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


def run_ray(store: Store, batches: Iterator[list[RawArticle | Processed]], settings: IngestSettings,
            counts: Counter[str], progress: Callable[[int], None], address: str | None = None) -> None:
    ray = start_ray(address, settings.workers)
    task = ray.remote(num_cpus=1)(work)
    config = (ray.put(settings.pipeline), ray.put(settings.dedup))
    limit = max(1, settings.workers * settings.in_flight)
    running: list[Any] = []
    for batch in batches:
        running.append(task.remote(batch, *config))
        if len(running) >= limit:
            finished, running = ray.wait(running, num_returns=1)
            save_finished(store, [done(ray.get(finished[0]))], counts, progress)
    for ref in running:
        save_finished(store, [done(ray.get(ref))], counts, progress)


def ingest_on_ray(store: Store, paths: Iterable[str], settings: IngestSettings | None = None,
                  progress: Callable[[int], None] = lambda n: None, address: str | None = None) -> IngestReport:
    """``ingest`` with the pipeline on Ray (``address``: an existing cluster; else a local one
    with ``settings.workers`` CPUs)."""
    settings = settings or IngestSettings()
    counts: Counter[str] = Counter()
    batches = pending_batches(list(paths), done_sources(store), settings, counts)
    run_ray(store, batches, settings, counts, progress, address)
    links = link_duplicates(store, settings.dedup)
    events = rebuild_events(store)
    return IngestReport(counts["seen"], counts["stored"], counts["skipped"], counts["failed"], events, links)
