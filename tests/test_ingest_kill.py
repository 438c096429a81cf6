"""Real faults mid-ingest, then a rerun: the store ends exactly as an uninterrupted run leaves it.

`ingest` runs in a subprocess with one worker process and is hit after some committed batches:
SIGKILL to the whole process group, to the main process alone (its workers must exit with
it), or to one worker (the run must end in one clear line, not a BrokenProcessPool
traceback); or it runs with a file-size limit, so that a write fails as on a full disk. On
DuckDB every fault is tried; on PostgreSQL (when a server answers) the group kill.

The reference run and the reruns happen in this process, whose pipeline stays warm: a
pipeline takes seconds to build, and each subprocess pays that once. Waits are hang guards
far above the measured times (a killed run's workers are gone within a second)."""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from benchmark_modules import load_benchmark
from test_store_common import PG_URL, all_rows, postgres_or_skip

from ghatna.store import IngestSettings, Store, ingest

BATCH = 6
KILL_AFTER_BATCHES = 4
HANG_GUARD_SECONDS = 120
FILE_SIZE_LIMIT = 300_000  # bytes: a store of this corpus outgrows it after a few batches
needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finding worker processes needs /proc")


def write_text_corpus(root: Path, events: int = 40) -> int:
    """Generated articles as text files, one directory per outlet."""
    gen = load_benchmark("gen_corpus")
    rng = random.Random(11)
    articles = gen.make_articles(rng, gen.make_events(rng, events))  # type: ignore[attr-defined]
    for number, article in enumerate(articles):
        folder = root / article.source
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:04d}.txt").write_text(article.text, encoding="utf-8")
    return len(articles)


def command(corpus: Path, db: str, workers: int = 1) -> list[str]:
    return [sys.executable, "-m", "ghatna", "ingest", str(corpus), "--db", db, "--workers", str(workers),
            "--batch-size", str(BATCH), "--quiet", "--log-level", "INFO"]


def parent_of(pid: int) -> int | None:
    """The parent pid of a live process (None when gone or a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else int(fields[1])


def descendants(pid: int) -> set[int]:
    parents = {int(p.name): parent_of(int(p.name)) for p in Path("/proc").iterdir() if p.name.isdigit()}
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def workers_of(pid: int) -> list[int]:
    """Pool workers: the forkserver's children (the forkserver is a child of the main process)."""
    return sorted(p for p in descendants(pid) if parent_of(p) not in (pid, None))


def wait_gone(pids: set[int]) -> set[int]:
    """The processes still alive after the hang guard (empty when all exited)."""
    deadline = time.monotonic() + HANG_GUARD_SECONDS
    while time.monotonic() < deadline:
        alive = {p for p in pids if parent_of(p) is not None}
        if not alive:
            return alive
        time.sleep(0.2)
    return {p for p in pids if parent_of(p) is not None}


def start_and_wait_for_batches(corpus: Path, db: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(command(corpus, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, start_new_session=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if f"committed batch {KILL_AFTER_BATCHES} " in line:
            return proc
    proc.wait(timeout=HANG_GUARD_SECONDS)
    raise AssertionError("ingest ended before it could be killed; use a larger corpus")


def run_and_kill(corpus: Path, db: str, target: str = "group") -> None:
    """Start ingest (a pool of one worker process: each worker's pipeline warm-up costs
    seconds), wait for some committed batches, then SIGKILL the group, the main process or
    the worker, and check how the rest ends."""
    proc = start_and_wait_for_batches(corpus, db)
    family = descendants(proc.pid)
    if target == "group":
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=HANG_GUARD_SECONDS)
        assert proc.returncode == -signal.SIGKILL
    elif target == "main":
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=HANG_GUARD_SECONDS)
        assert proc.returncode == -signal.SIGKILL
        assert not wait_gone(family), "workers outlived the ingest that started them"
    else:
        (worker, *_) = workers_of(proc.pid)
        os.kill(worker, signal.SIGKILL)
        proc.wait(timeout=HANG_GUARD_SECONDS)
        assert proc.stderr is not None
        rest = proc.stderr.read()
        assert proc.returncode == 2, rest
        assert "Traceback" not in rest and "BrokenProcessPool" not in rest
        assert rest.strip().splitlines()[-1].startswith("error a worker process died"), rest
        assert "run the same ingest again to resume" in rest
    assert not wait_gone(family), "processes of the killed ingest are still running"


def run_inline(corpus: Path, db: str) -> None:
    """The uninterrupted reference run, in this process (a pipeline takes seconds to warm
    up; reusing this process's keeps the test fast). A pool run killed and resumed must
    store the same as this serial run."""
    with Store.open(db) as store:
        ingest(store, [str(corpus)], IngestSettings(workers=0, batch_size=BATCH))


def assert_same_store(whole: str, resumed: str, total: int) -> None:
    with Store.open(whole) as left, Store.open(resumed) as right:
        expected, got = all_rows(left), all_rows(right)
    assert len(expected["sources"]) == total
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs after resuming"


def committed_sources(db: str) -> int:
    with Store.open(db) as store:
        return int(store.query("SELECT count(*) FROM sources")[0][0])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("kill") / "corpus"
    return root, write_text_corpus(root)


@pytest.fixture(scope="module")
def duckdb_reference(corpus: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("reference") / "whole.duckdb")
    run_inline(corpus[0], db)
    return db


@pytest.fixture
def two_pg_stores() -> Iterator[tuple[str, str]]:
    """Two empty PostgreSQL stores: one for the whole run, one for the killed run."""
    postgres_or_skip()
    schemas = [f"t_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    for schema in schemas:
        Store.open(PG_URL, schema=schema).close()
    urls = [f"{PG_URL}?options={quote(f'-csearch_path={s}')}" for s in schemas]
    yield urls[0], urls[1]
    with Store.open(PG_URL) as store:
        for schema in schemas:
            store.drop_schema(schema)


@needs_proc
@pytest.mark.parametrize("target", ["group", "main", "worker"])
def test_killed_ingest_resumes_to_identical_contents(target: str, corpus: tuple[Path, int], duckdb_reference: str,
                                                     tmp_path: Path) -> None:
    folder, total = corpus
    killed = str(tmp_path / "killed.duckdb")
    run_and_kill(folder, killed, target)
    assert BATCH * KILL_AFTER_BATCHES <= committed_sources(killed) < total  # killed mid-run, committed batches kept
    run_inline(folder, killed)  # started again (in this process: its pipeline is warm already)
    assert_same_store(duckdb_reference, killed, total)


@needs_proc
def test_killed_ingest_resumes_to_identical_contents_on_postgresql(two_pg_stores: tuple[str, str],
                                                                   corpus: tuple[Path, int]) -> None:
    whole, killed = two_pg_stores
    folder, total = corpus
    run_inline(folder, whole)
    run_and_kill(folder, killed)
    assert BATCH * KILL_AFTER_BATCHES <= committed_sources(killed) < total
    run_inline(folder, killed)
    assert_same_store(whole, killed, total)


def limit_file_size() -> None:
    """In the child: writes past FILE_SIZE_LIMIT fail with EFBIG, as writes to a full disk fail."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_a_full_disk_ends_in_one_line_and_resumes(corpus: tuple[Path, int], duckdb_reference: str,
                                                  tmp_path: Path) -> None:
    folder, total = corpus
    db = str(tmp_path / "full.duckdb")
    done = subprocess.run(command(folder, db, workers=0), check=False, capture_output=True, text=True,
                          preexec_fn=limit_file_size, timeout=HANG_GUARD_SECONDS)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error store ") and "the disk is full" in last and "run the same command again" in last
    assert committed_sources(db) < total
    run_inline(folder, db)
    assert_same_store(duckdb_reference, db, total)
