"""Keeping the merged events up to date, touching only what new articles change.

An article is *dirty* when a source carrying it has not been merged yet, or when its
near-duplicate group changed. Its mentions are re-indexed under their blocks, and every
block that held or now holds one of them is merged again from its stored mentions; the
rest of the store is not read. A block is merged from its set of mentions alone, so the
events are the same whatever the order and the batches articles came in.

An event keeps its id while articles are added: a new cluster takes the id of the stored
event it shares most mentions with; a cluster with none is named after its first mention.
Work commits in parts, so that memory does not grow with the store: each chunk of dirty
articles is re-indexed with the blocks (and days) it touches written to ``merge_pending``,
each part of blocks is merged and leaves ``merge_pending`` in one transaction, and the
sources are marked merged last. A run killed half-way leaves its dirty articles dirty and
its pending blocks pending: the next run finishes the same work.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

from .db import LISTED, Store, listed
from .events_table import (
    EVENT_COLUMNS,
    Block,
    BlockMentions,
    MergedEvent,
    mention_from,
    merged_events,
    row_key,
)
from .merge import Mention, MergeSettings, block_of, block_text, fitting_span

log = logging.getLogger(__name__)

CHUNK = 400
WINDOW_FROM = 300  # a block with more mentions is merged again only around the changed days
MERGE_PART = 3000  # mentions merged again at once
MENTION_ROWS = """
    SELECT m.*, a.published AS article_published, g.group_id
    FROM {source} JOIN articles a ON a.id = m.article_id
    LEFT JOIN duplicate_groups g ON g.article_id = m.article_id
    WHERE {where} ORDER BY m.article_id, m.idx"""
DIRTY_ARTICLES = """
    SELECT DISTINCT s.article_id FROM sources s LEFT JOIN merged_sources d ON d.source = s.source
    WHERE d.source IS NULL AND s.article_id IS NOT NULL
    UNION
    SELECT DISTINCT i.article_id FROM merge_index i LEFT JOIN duplicate_groups g ON g.article_id = i.article_id
    WHERE coalesce(g.group_id, i.article_id) <> i.group_id
    UNION
    SELECT DISTINCT i.article_id FROM merge_index i LEFT JOIN articles a ON a.id = i.article_id
    WHERE a.id IS NULL"""


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


Days = dict[str, list[tuple[int | None, int | None]]]
Merger = Callable[[Sequence[BlockMentions], dict[str, list[str]], MergeSettings], list[MergedEvent]]
"""Merges blocks into events as ``events_table.merged_events`` does (the Ray engine hands the
blocks to its actors: ``ray_engine.merge_on``)."""


def reindex(store: Store, articles: Sequence[str], settings: MergeSettings) -> frozenset[str]:
    """Re-file the mentions of these articles under their blocks, a chunk per transaction;
    every block a chunk's mentions left or joined goes to ``merge_pending`` with the days
    (first, last ordinal) the changed mention could be on. Returns those of the articles
    that no event holds a mention of (new ones: their mentions need no unlinking)."""
    unlinked: set[str] = set()
    for part in chunks(articles):
        with store.transaction():
            unlinked |= set(part) - {str(a) for (a,) in store.query(
                f"SELECT DISTINCT article_id FROM event_mentions WHERE article_id IN ({LISTED})", listed(part))}
            pending = [(str(block), lo, hi) for block, lo, hi in store.query(
                f"SELECT block, lo, hi FROM merge_index WHERE article_id IN ({LISTED})", listed(part))]
            store.execute(f"DELETE FROM merge_index WHERE article_id IN ({LISTED})", listed(part))
            rows = store.query_dicts(
                MENTION_ROWS.format(source="mentions m", where=f"m.article_id IN ({LISTED})"), listed(part))
            index = []
            for row in rows:
                mention = mention_from(row)
                span = fitting_span(mention, settings)
                lo, hi = (span.lo.toordinal(), span.hi.toordinal()) if span.lo and span.hi else (None, None)
                index.append((mention.article_id, mention.idx, block_text(block_of(mention)), mention.copies, lo, hi))
                pending.append((index[-1][2], lo, hi))
            store.insert_rows("merge_index", ("article_id", "idx", "block", "group_id", "lo", "hi"), index)
            store.insert_rows("merge_pending", ("block", "lo", "hi"), pending)
    return frozenset(unlinked)


def pending_days(store: Store) -> Days:
    """Each block waiting to be merged again, with the days its changed mentions could be on."""
    touched: Days = defaultdict(list)
    for block, lo, hi in store.query("SELECT DISTINCT block, lo, hi FROM merge_pending"):
        touched[str(block)].append((lo, hi))
    return touched


def merge_pending_part(store: Store, blocks: Sequence[str], merge: Callable[[], int]) -> int:
    """Merge these pending blocks again in one transaction: the events whose every mention was
    re-filed are dropped first (their ids are free again), then ``merge`` runs and the blocks
    leave ``merge_pending``."""
    with store.transaction():
        for part in chunks(blocks):
            store.execute(f"""DELETE FROM events WHERE block IN ({LISTED}) AND NOT EXISTS (
                                  SELECT 1 FROM event_mentions em WHERE em.event_id = events.id)""", listed(part))
        count = merge()
        for part in chunks(blocks):
            store.execute(f"DELETE FROM merge_pending WHERE block IN ({LISTED})", listed(part))
    return count


Window = list[tuple[int, int]]


def window_of(days: list[tuple[int | None, int | None]], settings: MergeSettings) -> Window | None:
    """The stretches of days around the changed mentions that merging them can reach (one per
    group of nearby changes, not one from the first to the last); None: the whole block."""
    known = sorted((lo, hi) for lo, hi in days if lo is not None and hi is not None)
    if len(known) < len(days) or not known:
        return None
    reach = max(settings.vague_reach, settings.late_report) + settings.spread + settings.lookback + 1
    stretches: Window = []
    for lo, hi in known:
        if stretches and lo - reach <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], hi + reach))
        else:
            stretches.append((lo - reach, hi + reach))
    return stretches


def block_sizes(store: Store, blocks: Sequence[str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for part in chunks(blocks):
        sizes |= {str(b): int(n) for b, n in store.query(
            f"SELECT block, count(*) FROM merge_index WHERE block IN ({LISTED}) GROUP BY block", listed(part))}
    return sizes


def by_size(blocks: Sequence[str], sizes: dict[str, int], limit: int = MERGE_PART) -> Iterator[list[str]]:
    """Blocks in parts of at most ``limit`` mentions (a larger block alone), so that memory does
    not grow with the store."""
    part: list[str] = []
    held = 0
    for block in blocks:
        if part and (held + sizes.get(block, 0) > limit or len(part) >= CHUNK):
            yield part
            part, held = [], 0
        part.append(block)
        held += sizes.get(block, 0)
    if part:
        yield part


def reports_of(store: Store, articles: Sequence[str]) -> dict[str, list[str]]:
    """Article id -> the outlet of every source that carried it (one per report)."""
    reports: dict[str, list[str]] = defaultdict(list)
    for part in chunks(articles):
        for article_id, outlet in store.query(
                f"SELECT article_id, outlet FROM sources WHERE article_id IN ({LISTED}) ORDER BY source", listed(part)):
            reports[article_id].append(outlet)
    return reports


def inherit_ids(clusters: Sequence[MergedEvent], old: dict[tuple[str, int], str],
                elsewhere: frozenset[str] = frozenset()) -> list[str]:
    """Each cluster's id: the stored event it shares most mentions with, else its own (salted
    when ``elsewhere``, the ids of stored events of other blocks, already holds it)."""
    overlaps = []
    for number, cluster in enumerate(clusters):
        counts = Counter(old[key] for key in cluster.keys if key in old)
        overlaps += [(-n, event, number) for event, n in counts.items()]
    ids: dict[int, str] = {}
    used: set[str] = set()
    for _, event, number in sorted(overlaps):
        if number not in ids and event not in used:
            ids[number], used = event, used | {event}
    taken = used | set(old.values()) | elsewhere  # built once: each fresh id joins it
    for number, cluster in enumerate(clusters):
        if number not in ids:
            ids[number] = fresh_id(cluster, taken)
            taken.add(ids[number])
    return [ids[n] for n in range(len(clusters))]


def fresh_id(cluster: MergedEvent, taken: set[str]) -> str:
    candidate, salt = cluster.natural_id, 0
    while candidate in taken:
        salt += 1
        first = min(cluster.keys)
        candidate = "ev" + hashlib.sha1(f"{first[0]}:{first[1]}#{salt}".encode()).hexdigest()[:16]
    return candidate


WINDOW_EVENTS = """
    SELECT DISTINCT em.event_id FROM merge_index i
    JOIN event_mentions em ON em.article_id = i.article_id AND em.idx = i.idx
    WHERE {where}"""
INDEXED = "merge_index i JOIN mentions m ON m.article_id = i.article_id AND m.idx = i.idx"


def on_days(windows: dict[str, Window]) -> tuple[str, list[Any]]:
    """SQL (and its parameters) for an indexed mention of a block that can be on a day of its window."""
    parts, params = [], []
    for block, window in sorted(windows.items()):
        days = " OR ".join("(i.lo <= ? AND i.hi >= ?)" for _ in window)
        parts.append(f"(i.block = ? AND ({days}))")
        params += [block, *(v for lo, hi in window for v in (hi, lo))]
    return " OR ".join(parts), params


def event_members(store: Store, events: Sequence[str]) -> dict[tuple[str, int], str]:
    members: dict[tuple[str, int], str] = {}
    for part in chunks(events):
        members |= {(str(a), int(i)): str(e) for e, a, i in store.query(
            f"SELECT event_id, article_id, idx FROM event_mentions WHERE event_id IN ({LISTED})", listed(part))}
    return members


def missing_rows(store: Store, wanted: set[tuple[str, int]], blocks: set[str]) -> list[dict[str, Any]]:
    """The stored mentions with these keys that are still filed under one of these blocks."""
    rows = []
    for part in chunks(sorted({a for a, _ in wanted})):
        rows += [r for r in store.query_dicts(
            MENTION_ROWS.format(source=INDEXED, where=f"i.article_id IN ({LISTED})"), listed(part))
            if row_key(r) in wanted and block_text(block_of(mention_from(r))) in blocks]
    return rows


def merge_windows(store: Store, windows: dict[str, Window], settings: MergeSettings,
                  unlinked: frozenset[str] = frozenset(), merger: Merger = merged_events) -> int:
    """Merge again the parts of large blocks around their changed days: the mentions on those
    days, with every mention of the events they are in (``unlinked``: as for ``remerge``)."""
    if not windows:
        return 0
    where, params = on_days(windows)
    old = event_members(store, sorted(str(e) for (e,) in store.query(WINDOW_EVENTS.format(where=where), params)))
    rows = store.query_dicts(MENTION_ROWS.format(source=INDEXED, where=where), params)
    have = {row_key(r) for r in rows}
    rows += missing_rows(store, set(old) - have, set(windows))
    return remerge(store, rows, old, settings, unlinked, merger)


def merge_blocks(store: Store, blocks: Sequence[str], settings: MergeSettings,
                 unlinked: frozenset[str] = frozenset(), merger: Merger = merged_events) -> int:
    """Merge these blocks again from their stored mentions and replace their events
    (``unlinked``: as for ``remerge``)."""
    rows = store.query_dicts(MENTION_ROWS.format(source=INDEXED, where=f"i.block IN ({LISTED})"), listed(blocks))
    old = {(str(a), int(i)): str(e) for e, a, i in store.query(
        f"""SELECT em.event_id, em.article_id, em.idx FROM events e JOIN event_mentions em ON em.event_id = e.id
            WHERE e.block IN ({LISTED})""", listed(blocks))}
    return remerge(store, rows, old, settings, unlinked, merger)


def remerge(store: Store, rows: list[dict[str, Any]], old: dict[tuple[str, int], str], settings: MergeSettings,
            unlinked: frozenset[str] = frozenset(), merger: Merger = merged_events) -> int:
    """Cluster these rows' mentions block by block (``merger``) and write the events in place of
    ``old`` (key -> event); the mentions of ``unlinked`` articles are in no event yet, so none is
    looked for."""
    by_block: dict[Block, tuple[list[Mention], list[dict[str, Any]]]] = defaultdict(lambda: ([], []))
    for row in rows:
        mention = mention_from(row)
        mentions, block_rows = by_block[block_of(mention)]
        mentions.append(mention)
        block_rows.append(row)
    reports = reports_of(store, sorted({str(r["article_id"]) for r in rows}))
    events = merger([(key, *by_block[key]) for key in sorted(by_block)], reports, settings)
    elsewhere = frozenset(stored_events(store, sorted({e.natural_id for e in events}))) - set(old.values())
    ids = inherit_ids(events, old, elsewhere)
    replace_events(store, old, [e.row(i) for i, e in zip(ids, events, strict=True)],
                   sorted((i, *key) for i, e in zip(ids, events, strict=True) for key in e.keys), unlinked)
    return len(events)


def stored_events(store: Store, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    rows: dict[str, tuple[Any, ...]] = {}
    for part in chunks(ids):
        rows |= {str(r[0]): tuple(r) for r in store.query(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE id IN ({LISTED})", listed(part))}
    return rows


def replace_events(store: Store, old: dict[tuple[str, int], str], events: list[tuple[Any, ...]],
                   links: list[tuple[str, str, int]], unlinked: frozenset[str] = frozenset()) -> None:
    """Write the merged events in place of the old ones; an event whose row and mentions are
    unchanged is left as it is, so a small addition writes little. A mention linked anew
    leaves the event that still holds it, unless its article is ``unlinked`` (held by none)."""
    before: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for key, event in old.items():
        before[event].add(key)
    after: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for event, article_id, idx in links:
        after[event].add((article_id, idx))
    stored = stored_events(store, sorted(before))
    kept = {row[0] for row in events if stored.get(row[0]) == tuple(row) and before[row[0]] == after[row[0]]}
    for part in chunks(sorted(set(before) - kept)):
        store.execute(f"DELETE FROM event_mentions WHERE event_id IN ({LISTED})", listed(part))
        store.execute(f"DELETE FROM events WHERE id IN ({LISTED})", listed(part))
    fresh = [link for link in links if link[0] not in kept]
    unlink(store, [(article_id, idx) for _, article_id, idx in fresh if article_id not in unlinked])
    store.insert_rows("events", EVENT_COLUMNS, [row for row in events if row[0] not in kept])
    store.insert_rows("event_mentions", ("event_id", "article_id", "idx"), fresh)


def unlink(store: Store, keys: Sequence[tuple[str, int]]) -> None:
    """Take these mentions out of the events that still hold them: a mention re-filed under
    another block leaves its old event when its new block is merged, whichever comes first
    (the old block is pending, and loses the event if nothing else is in it). The keys are
    joined as a table of values: a chain of ORs over an unindexed table costs DuckDB a large
    filter per chunk."""
    for part in chunks(keys):
        store.execute(f"""DELETE FROM event_mentions USING (VALUES {', '.join('(?, ?)' for _ in part)}) AS k (article_id, idx)
                          WHERE event_mentions.article_id = k.article_id AND event_mentions.idx = k.idx""",
                      [v for key in part for v in key])


def mark_merged(store: Store) -> None:
    store.execute("""INSERT INTO merged_sources (source)
                     SELECT s.source FROM sources s LEFT JOIN merged_sources d ON d.source = s.source
                     WHERE d.source IS NULL""")


def drop_legacy_events(store: Store) -> None:
    """Events merged before blocks were stored (schema 4) are merged again from scratch."""
    if store.query("SELECT count(*) FROM events WHERE block IS NULL")[0][0]:
        store.delete_all("event_mentions", "events", "merge_index", "merged_sources")


def rebuild_events(store: Store, settings: MergeSettings | None = None, *, everything: bool = False,
                   merger: Merger = merged_events) -> int:
    """Bring the merged events up to date with the stored mentions, merging again only the
    blocks that new or changed articles touch (``everything``: all of them); returns how many
    events the store holds. ``merger`` clusters the blocks' mentions (here, or on Ray's actors)."""
    settings = settings or MergeSettings()
    store.checkpoint()
    with store.transaction():
        drop_legacy_events(store)
        if everything:  # every block holding an event is merged again, even one no mention is filed under now
            store.delete_all("merge_index", "merged_sources", "merge_pending")
            store.execute("INSERT INTO merge_pending (block) SELECT DISTINCT block FROM events")
    dirty = sorted(str(r[0]) for r in store.query(DIRTY_ARTICLES))
    unlinked = reindex(store, dirty, settings)
    touched = pending_days(store)
    sizes = block_sizes(store, sorted(touched))
    windows = {} if everything else {
        b: w for b, days in touched.items()
        if sizes.get(b, 0) > WINDOW_FROM and (w := window_of(days, settings)) is not None}
    count = 0
    for part in by_size(sorted(b for b in touched if b not in windows), sizes):
        count += merge_pending_part(store, part, partial(merge_blocks, store, part, settings, unlinked, merger))
    for block, window in sorted(windows.items()):
        count += merge_pending_part(
            store, [block], partial(merge_windows, store, {block: window}, settings, unlinked, merger))
    with store.transaction():
        mark_merged(store)
    total = int(store.query("SELECT count(*) FROM events")[0][0])
    log.info("%d changed articles: %d blocks merged again into %d events; %d events in all",
             len(dirty), len(touched), count, total)
    return total
