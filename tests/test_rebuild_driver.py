"""The driver's shortcuts at the end of an ingest give the store it gave without them: the
sources of an empty store are not asked for per batch, and the mentions of articles no event
holds are not looked for in events before they are linked."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from test_store_common import event, processed
from test_store_ingest import duplicated_keys, write_corpus

from ghatna.store import IngestSettings, Store, ingestion, rebuild, rebuild_events, save_batch
from ghatna.store.mentions import MergeSettings


def links_of(store: Store) -> set[tuple[object, ...]]:
    return set(store.query("SELECT event_id, article_id, idx FROM event_mentions"))


def sources_of(batches: list[list[object]]) -> list[str]:
    return [item.source for batch in batches for item in batch]  # type: ignore[attr-defined]


def test_an_empty_store_is_not_asked_per_batch_which_sources_it_holds(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, settings = write_corpus(tmp_path / "a.jsonl"), IngestSettings(workers=0, batch_size=4)
    asked: list[object] = []
    monkeypatch.setattr(ingestion, "done_sources", lambda *args: asked.append(args) or set())
    counts: Counter[str] = Counter()
    everything = sources_of(list(ingestion.pending_batches([str(path)], store, settings, counts)))
    assert asked == [] and len(everything) == len(set(everything)) == counts["seen"]
    monkeypatch.undo()
    save_batch(store, [processed(everything[5], "पहले की खबर", [event()])])
    counts = Counter()
    rest = sources_of(list(ingestion.pending_batches([str(path)], store, settings, counts)))
    assert rest == everything[:5] + everything[6:] and counts["skipped"] == 1


def test_new_articles_are_not_unlinked_and_a_moved_mention_still_is(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    unlinked: list[tuple[str, int]] = []
    original = rebuild.unlink
    monkeypatch.setattr(rebuild, "unlink", lambda target, keys: (unlinked.extend(keys), original(target, keys)))
    save_batch(store, [processed("b.txt", "पुतिन शी खबर", [event()], "tass"),
                       processed("c.txt", "समर्थन की खबर", [event("SUPPORT")], "pti")])
    rebuild_events(store)
    assert unlinked == []
    # the same body from a smaller source, with another event: its mention moves to another block
    save_batch(store, [processed("a.txt", "समर्थन की खबर", [event("REJECT")], "pti"),
                       processed("d.txt", "नई खबर शी पुतिन", [event(date="--02-08")], "xinhua")])
    rebuild_events(store)
    moved, new = (store.query("SELECT article_id FROM sources WHERE source = ?", (s,))[0][0] for s in ("a.txt", "d.txt"))
    assert moved in {key[0] for key in unlinked} and new not in {key[0] for key in unlinked}
    assert store.query("SELECT count(*) FROM events WHERE type = 'SUPPORT'")[0][0] == 0


def test_a_full_rebuild_stopped_before_filing_the_mentions_again_is_finished_alike(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """After ``everything`` dropped the index, an article with no indexed mention may still be
    in an event: the next run must take it out of that event (no mention in two events)."""
    save_batch(store, [processed("b.txt", "पुतिन शी खबर", [event()], "tass"),
                       processed("c.txt", "समर्थन की खबर", [event("SUPPORT")], "pti")])
    rebuild_events(store)
    save_batch(store, [processed("a.txt", "समर्थन की खबर", [event("REJECT")], "pti")])

    def stopped(*args: object) -> frozenset[str]:
        raise RuntimeError("stopped")

    monkeypatch.setattr(rebuild, "reindex", stopped)
    with pytest.raises(RuntimeError, match="stopped"):
        rebuild_events(store, everything=True)
    monkeypatch.undo()
    rebuild_events(store)
    assert "event_mentions" not in duplicated_keys(store)
    types = store.query("SELECT e.type FROM event_mentions em JOIN events e ON e.id = em.event_id ORDER BY e.type")
    assert [t for (t,) in types] == ["CONSULT", "REJECT"]


def test_a_full_rebuild_drops_the_event_of_a_block_no_mention_is_filed_under_any_more(store: Store) -> None:
    save_batch(store, [processed("b.txt", "पुतिन शी खबर", [event()], "tass"),
                       processed("c.txt", "समर्थन की खबर", [event("SUPPORT")], "pti")])
    rebuild_events(store)
    save_batch(store, [processed("a.txt", "समर्थन की खबर", [event("REJECT")], "pti")])
    assert rebuild_events(store, everything=True) == 2
    assert [t for (t,) in store.query("SELECT type FROM events ORDER BY type")] == ["CONSULT", "REJECT"]


@pytest.mark.parametrize(("vague", "late", "reach"), [(7, 3, 7 + 2 + 1 + 1), (1, 3, 3 + 2 + 1 + 1)])
def test_the_window_re_merged_around_a_change_reaches_as_far_as_a_late_report(
        vague: int, late: int, reach: int) -> None:
    settings = MergeSettings(vague_reach=vague, late_report=late, spread=2, lookback=1)
    assert rebuild.window_of([(100, 100)], settings) == [(100 - reach, 100 + reach)]
