"""What the Ray engine relies on, without Ray: rows built in the worker store what save_batch
stores, the worker's module loads neither the database nor pandas nor datasketch until a
signature is made, and events merged on the actors are the events merged in the driver."""

from __future__ import annotations

import pickle
import subprocess
import sys
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from test_store_common import all_rows, event, processed

from ghatna.store import Processed, Store, StoreError, link_duplicates, rebuild_events, save_batch
from ghatna.store.ingestion import save_rows
from ghatna.store.minhash import DedupSettings, band_hashes, signature
from ghatna.store.worker import BatchWorker, batch_rows

BODIES = [
    "",
    "बैठक",
    "संसद में बहस",
    "लखनऊ में किसानों ने फसल के दाम को लेकर धरना दिया और जिलाधिकारी को ज्ञापन सौंपा।",
    "लखनऊ में किसानों ने फसल के दाम को लेकर धरना दिया और जिलाधिकारी को ज्ञापन सौंपा। 12 मांगें रखी गईं।",
    "Two ministers met in Kathmandu on 4 March and signed 3 agreements on trade and power.",
]


@pytest.mark.parametrize("settings", [DedupSettings(), DedupSettings(num_perm=64, seed=7, shingle=2)])
def test_a_signature_has_one_value_per_permutation_and_near_copies_share_most(settings: DedupSettings) -> None:
    values = [np.frombuffer(signature(body, settings), dtype=np.uint64) for body in BODIES]
    assert {len(v) for v in values} == {settings.num_perm}
    assert np.mean(values[3] == values[4]) > 0.5 > np.mean(values[3] == values[5])


def test_the_worker_module_loads_no_database_pandas_or_datasketch() -> None:
    heavy = ("duckdb", "psycopg", "pandas", "pyarrow", "datasketch", "scipy", "ghatna.store.db")
    code = f"import sys, ghatna.store.worker; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def batches() -> list[list[Processed]]:
    """Three batches: a body carried by two sources of one batch, a body first saved from a
    larger source and then from a smaller one (its row is replaced) and the other way round
    (its row stays), an input that failed, articles with no event and with two."""
    protest = "लखनऊ में किसानों ने फसल के दाम को लेकर धरना दिया।"
    talks = "काठमांडू में दोनों देशों के मंत्रियों ने व्यापार पर बातचीत की।"
    strike = "सीमा पर गोलीबारी हुई और दोनों ओर से आरोप लगाए गए।"
    return [
        [processed("feed/b.json:1", protest, [event("PROTEST", ("किसान", "IND"), None)]),
         processed("feed/a.json:4", protest, [event("PROTEST", ("किसान", "IND"), None)], outlet="amar"),
         processed("feed/z.json:1", talks, [event(), event("ACCUSE", start=20)]),
         Processed("feed/broken.json:2", None, None, None, error="not JSON")],
        [processed("feed/c.json:9", strike, []),
         processed("feed/m.json:3", talks, [event()])],  # m before z: m's row replaces z's
        [processed("feed/y.json:1", strike, [event("FIGHT")]),  # y after c: c's row stays
         processed("feed/d.json:5", "पटना में बाढ़ से कई गांव डूब गए।", [])],
    ]


@pytest.mark.parametrize("groups", [[[0], [1, 2]], [[0, 1, 2]], [[2], [1, 0]], [[2, 1, 0]]])
def test_rows_built_in_the_worker_store_what_save_batch_stores(store: Store, groups: list[list[int]]) -> None:
    """Whatever batches are saved together and in whatever order (the smallest source wins
    within a transaction as across them)."""
    with Store.open(":memory:") as expected:
        for batch in batches():
            save_batch(expected, batch)
        pending = expected.table_rows("dedup_pending")
        link_duplicates(expected)
        rebuild_events(expected)
        wanted = all_rows(expected)
    rows = [batch_rows(batch) for batch in batches()]
    for group in groups:
        save_rows(store, [rows[number] for number in group])
    assert store.table_rows("dedup_pending") == pending
    link_duplicates(store)
    rebuild_events(store)
    assert all_rows(store) == wanted
    assert store.query("SELECT count(*) FROM articles") == [(4,)]


def test_worker_rows_keep_a_batch_whole_when_every_input_failed(store: Store) -> None:
    failed = [Processed("feed/x.json:1", "outlet", None, None, error="not JSON")]
    rows = batch_rows(failed)
    save_rows(store, [rows])
    assert (rows.size, rows.failed) == (1, 1)
    assert store.query("SELECT source, article_id, error FROM sources") == [("feed/x.json:1", None, "not JSON")]
    assert store.query("SELECT count(*) FROM articles") == [(0,)]


def test_a_failed_save_leaves_no_batch_of_the_transaction(store: Store) -> None:
    """The articles go in first; the mentions' numbers that are not numbers fail the insert."""
    broken = [replace(rows, mentions={**rows.mentions, "idx": ["first"] * len(rows.mentions["idx"])})
              for rows in (batch_rows(batch) for batch in batches()[:2])]
    with pytest.raises(StoreError):
        save_rows(store, broken)
    assert store.query("SELECT count(*) FROM articles") == [(0,)]
    assert store.query("SELECT count(*) FROM sources") == [(0,)]


@pytest.mark.parametrize(("sizes", "last"), [([64] * 10, 4), ([64, 64, 10], 4), ([5], 2), ([], 4)])
def test_the_last_batches_are_handed_out_in_parts_and_nothing_is_lost_or_reordered(sizes: list[int], last: int) -> None:
    from ghatna.store.ray_engine import TAIL_PARTS, with_short_tail

    counter = iter(range(sum(sizes)))
    batches = [[next(counter) for _ in range(size)] for size in sizes]
    handed = list(with_short_tail(iter(batches), last))
    assert [item for batch in handed for item in batch] == list(range(sum(sizes)))
    whole = max(0, len(batches) - last)
    assert handed[:whole] == batches[:whole]
    assert all(len(part) <= -(-max(sizes) // TAIL_PARTS) for part in handed[whole:])
    assert len(handed) - whole >= min(len(batches), last)


@pytest.mark.parametrize(("sizes", "parts", "runs"), [
    ([1] * 10, 2, [5, 5]), ([1] * 10, 3, [4, 3, 3]), ([5, 1, 1, 1, 1, 1], 2, [5, 5]), ([1, 9, 1], 2, [10, 1]),
    ([3], 4, [3]), ([], 2, []), ([2, 2], 1, [4]),
])
def test_blocks_are_handed_out_whole_in_order_in_runs_of_about_as_many_mentions(
        sizes: list[int], parts: int, runs: list[int]) -> None:
    from ghatna.store.ray_engine import split_blocks

    blocks = [((f"block{n}",), [object()] * size, []) for n, size in enumerate(sizes)]
    split = split_blocks(blocks, parts)  # type: ignore[arg-type]
    assert [block for run in split for block in run] == blocks
    assert [sum(len(mentions) for _, mentions, _ in run) for run in split] == runs


class FakeActor:
    """A Ray actor's handle without Ray: ``merge.remote`` runs ``BatchWorker.merge`` on a pickled
    copy of what it is sent (as an actor gets it) and hands back the events as the reference."""

    def __init__(self) -> None:
        self.blocks: list[int] = []
        self.merge = SimpleNamespace(remote=self.remote)

    def remote(self, *sent: Any) -> Any:
        blocks, reports, settings = pickle.loads(pickle.dumps(sent))
        self.blocks.append(len(blocks))
        return BatchWorker.merge(object.__new__(BatchWorker), blocks, reports, settings)


@pytest.mark.parametrize("actors", [1, 2, 5])
def test_events_merged_on_the_actors_are_the_events_merged_here(actors: int) -> None:
    """Batch after batch (stored events keep their ids, a mention moves to a smaller source's row)."""
    from ghatna.store.ray_engine import merge_on

    fake_ray, handles = SimpleNamespace(get=lambda refs: refs), [FakeActor() for _ in range(actors)]
    more = [processed("feed/e.json:2", "राजधानी में दो दलों के नेताओं ने एक दूसरे पर आरोप लगाए और झड़प हुई।",
                      [event("ACCUSE", start=10), event("FIGHT", ("पुलिस", "IND"), None), event("SUPPORT")])]
    stores = []
    for merger in ({}, {"merger": merge_on(fake_ray, handles)}):
        store = Store.open(":memory:")
        for batch in [*batches(), more]:
            save_batch(store, batch)
            link_duplicates(store)
            rebuild_events(store, **merger)  # type: ignore[arg-type]
        stores.append(all_rows(store))
        store.close()
    assert stores[1] == stores[0] and len(stores[0]["events"]) >= 4
    assert sum(1 for h in handles if h.blocks) == min(actors, 3)  # the last batch's three blocks, one an actor


def with_bands(item: Processed) -> Processed:
    """The input as an ingest worker hands it over: with its signature's LSH bands."""
    return replace(item, bands=band_hashes(item.minhash or b""))


@pytest.mark.parametrize("chunk", [2, 500])
def test_bands_made_in_the_worker_link_as_bands_made_when_linking(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """Articles saved with their bands give the links, groups and bands of articles saved
    without them, also when a pending article of a later chunk shares a band with an earlier
    one (it is linked in its own chunk, once)."""
    from ghatna.store import dedup

    monkeypatch.setattr(dedup, "CHUNK", chunk)
    wire = BODIES[3] + " प्रशासन ने मांगों पर विचार का आश्वासन दिया और धरना शाम को समाप्त हुआ।"
    bodies = [wire, f"{wire} यह भी पढ़ें", BODIES[5], f"{wire} 7", BODIES[4], f"{BODIES[5]} Talks go on."]
    first, rest = ([processed(f"{n}.txt", body) for n, body in enumerate(bodies)][part] for part in
                   (slice(0, 2), slice(2, None)))
    stores = []
    for made in (lambda item: item, with_bands):
        store = Store.open(":memory:")
        save_batch(store, [made(item) for item in first])
        link_duplicates(store)
        save_batch(store, [made(item) for item in rest])
        if made is with_bands:
            assert store.query("SELECT count(DISTINCT article_id) FROM article_bands") == [(len(bodies),)]
        link_duplicates(store)
        stores.append(store)
    plain, banded = ([s.table_rows(t) for t in ("article_bands", "article_links", "duplicate_groups")] for s in stores)
    assert banded == plain
    assert len(plain[1]) >= 3 and len(set(plain[1])) == len(plain[1])
    for store in stores:
        store.close()
