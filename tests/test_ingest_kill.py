"""A real kill: `ingest` in a subprocess killed with SIGKILL mid-run, then run again, stores
exactly what an uninterrupted run stores (DuckDB always; PostgreSQL when a server answers).

The reference run and the rerun happen in this process, whose pipeline stays warm: a
pipeline takes seconds to build, and each subprocess pays that once."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from test_store_common import PG_URL, all_rows, postgres_or_skip

from ghatna.store import IngestSettings, Store, ingest

ROOT = Path(__file__).resolve().parents[1]
BATCH = 6
KILL_AFTER_BATCHES = 4


def load_generator() -> object:
    spec = importlib.util.spec_from_file_location("gen_corpus", ROOT / "benchmarks" / "gen_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


def write_text_corpus(root: Path, events: int = 40) -> int:
    """Generated articles as text files, one directory per outlet."""
    gen = load_generator()
    rng = random.Random(11)
    articles = gen.make_articles(rng, gen.make_events(rng, events))  # type: ignore[attr-defined]
    for number, article in enumerate(articles):
        folder = root / article.source
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{number:04d}.txt").write_text(article.text, encoding="utf-8")
    return len(articles)


def command(corpus: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "ghatna", "ingest", str(corpus), "--db", db, "--workers", "1",
            "--batch-size", str(BATCH), "--quiet", "--log-level", "INFO"]


def run_and_kill(corpus: Path, db: str) -> None:
    """Start ingest (a pool of one worker process: each worker's pipeline warm-up costs
    seconds), wait for some committed batches, then SIGKILL it and its worker."""
    proc = subprocess.Popen(command(corpus, db), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, start_new_session=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if f"committed batch {KILL_AFTER_BATCHES} " in line:
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "ingest ended before it could be killed; use a larger corpus"


@pytest.fixture(params=["duckdb", "postgresql"])
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty stores on one backend: one for the whole run, one for the killed run."""
    if request.param == "duckdb":
        yield str(tmp_path / "whole.duckdb"), str(tmp_path / "killed.duckdb")
        return
    postgres_or_skip()
    schemas = [f"t_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    for schema in schemas:
        Store.open(PG_URL, schema=schema).close()
    urls = [f"{PG_URL}?options={quote(f'-csearch_path={s}')}" for s in schemas]
    yield urls[0], urls[1]
    with Store.open(PG_URL) as store:
        for schema in schemas:
            store.drop_schema(schema)


def run_inline(corpus: Path, db: str) -> None:
    """The uninterrupted reference run, in this process (a pipeline takes seconds to warm
    up; reusing this process's keeps the test fast). A pool run killed and resumed must
    store the same as this serial run."""
    with Store.open(db) as store:
        ingest(store, [str(corpus)], IngestSettings(workers=0, batch_size=BATCH))


def test_killed_ingest_resumes_to_identical_contents(two_stores: tuple[str, str], tmp_path: Path) -> None:
    whole, killed = two_stores
    corpus = tmp_path / "corpus"
    total = write_text_corpus(corpus)
    run_inline(corpus, whole)
    run_and_kill(corpus, killed)
    with Store.open(killed) as store:
        done = store.query("SELECT count(*) FROM sources")[0][0]
    assert BATCH * KILL_AFTER_BATCHES <= done < total  # killed mid-run, with committed batches kept
    run_inline(corpus, killed)  # started again (in this process: its pipeline is warm already)
    with Store.open(whole) as left, Store.open(killed) as right:
        expected, got = all_rows(left), all_rows(right)
    assert len(expected["sources"]) == total
    for table in expected:
        assert got[table] == expected[table], f"table {table} differs after resuming"
