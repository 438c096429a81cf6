"""Near-duplicate articles (wire copies, re-posts with other clutter) by MinHash LSH.

Signatures are computed in the ingest workers over word shingles of the clean body
(``ghatna.store.minhash``) and stored with the article, and so are their LSH band hashes
(``article_bands``; an article stored without them gets them when it is linked); a newly
stored article is listed in ``dedup_pending`` until it is linked. Linking is incremental: the
store finds the articles sharing a band with a new one, and only those pairs are compared;
groups touched by a new link are relabelled. Nothing is held in memory beyond one chunk of
new articles and the ids of those pending, and the links do not depend on the order articles
arrive in (a pair is linked when its estimated Jaccard reaches the threshold).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

import numpy as np
from datasketch import MinHash, MinHashLSH

from .db import LISTED, Store, listed
from .minhash import DedupSettings, band_hashes, permutations, signature

__all__ = ["DedupSettings", "find_duplicates", "link_duplicates", "signature"]  # signature: from .minhash

log = logging.getLogger(__name__)

DEFAULTS = DedupSettings()

def hash_values(blob: bytes) -> np.ndarray:
    """A stored signature's hash values (the bytes ``signature`` wrote)."""
    return np.frombuffer(bytes(blob), dtype=np.uint64)


def to_minhash(blob: bytes, settings: DedupSettings) -> MinHash:
    return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashvalues=hash_values(blob),  # type: ignore[arg-type]
                   scheme=settings.scheme, permutations=permutations(settings))


def jaccard(left: np.ndarray, right: np.ndarray) -> float:
    """Estimated Jaccard similarity of two stored signatures (MinHash.jaccard on the raw values)."""
    return float(np.count_nonzero(left == right)) / float(len(left))


def find_duplicates(signatures: Sequence[tuple[str, bytes]],
                    settings: DedupSettings = DEFAULTS) -> list[tuple[str, str, float]]:
    """Pairs (article, earlier article, estimated Jaccard) at or above the threshold."""
    lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
    hashes = {key: to_minhash(blob, settings) for key, blob in sorted(signatures) if blob}
    pairs = []
    for key, minhash in hashes.items():
        for other in sorted(lsh.query(minhash)):
            similarity = minhash.jaccard(hashes[other])
            if similarity >= settings.threshold:
                pairs.append((key, other, round(float(similarity), 4)))
        lsh.insert(key, minhash)
    return pairs


def group_duplicates(pairs: Iterable[tuple[str, str, float]]) -> dict[str, str]:
    """Article id -> group id (the smallest id of its connected component), for linked articles."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for left, right, _ in pairs:
        a, b = find(left), find(right)
        parent[max(a, b)] = min(a, b)
    return {key: find(key) for key in parent}


CHUNK = 1000  # articles per statement and per linking transaction (cost is per statement; PostgreSQL takes 65,535 parameters)


def candidates(store: Store, ids: Sequence[str], later: AbstractSet[str]) -> set[tuple[str, str]]:
    """Pairs (new article, other article) that share at least one LSH band; articles of a later
    chunk (``later``, whose bands may be stored already) are linked when their chunk comes."""
    rows = store.query(f"""
        SELECT DISTINCT n.article_id, o.article_id FROM article_bands n
        JOIN article_bands o ON o.band = n.band AND o.bucket = n.bucket AND o.article_id <> n.article_id
        WHERE n.article_id IN ({LISTED})""", listed(ids))
    return {(max(a, b), min(a, b)) for a, b in rows if str(b) not in later}


def signatures(store: Store, ids: Iterable[str]) -> dict[str, np.ndarray]:
    wanted = sorted(set(ids))
    found = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        for key, blob in store.query(f"SELECT id, minhash FROM articles WHERE id IN ({LISTED})", listed(part)):
            found[str(key)] = hash_values(blob)
    return found


def store_bands(store: Store, ids: Sequence[str], settings: DedupSettings) -> None:
    """Store the bands of these articles that were stored without them (the ingest workers make
    them with the signature; an article saved otherwise has none until it is linked)."""
    unbanded = store.query(f"""
        SELECT id, minhash FROM articles a WHERE minhash IS NOT NULL AND id IN ({LISTED})
        AND NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id) ORDER BY id""", listed(ids))
    store.insert_rows("article_bands", ("article_id", "band", "bucket"), [
        (str(key), band, bucket) for key, blob in unbanded
        for band, bucket in enumerate(band_hashes(bytes(blob), settings))])


def link_new(store: Store, ids: Sequence[str], settings: DedupSettings,
             later: AbstractSet[str] = frozenset()) -> list[tuple[str, str, float]]:
    """Store the bands of these new articles if need be and return their links (to earlier
    articles and to each other; ``later``: pending articles of the chunks still to come)."""
    if not ids:
        return []
    store_bands(store, ids, settings)
    pairs = candidates(store, ids, later)
    hashes = signatures(store, {a for pair in pairs for a in pair})
    links = []
    for left, right in sorted(pairs):
        similarity = jaccard(hashes[left], hashes[right])
        if similarity >= settings.threshold:
            links.append((left, right, round(float(similarity), 4)))
    return links


def regroup(store: Store, links: Sequence[tuple[str, str, float]]) -> None:
    """Relabel the groups the new links touch: each component takes its smallest article id."""
    touched = sorted({a for link in links for a in link[:2]})
    members: list[tuple[str, str, float]] = []
    old_groups: set[str] = set()
    for start in range(0, len(touched), CHUNK):
        part = touched[start:start + CHUNK]
        old_groups |= {str(g) for (g,) in store.query(
            f"SELECT DISTINCT group_id FROM duplicate_groups WHERE article_id IN ({LISTED})", listed(part))}
    groups = sorted(old_groups)
    for start in range(0, len(groups), CHUNK):
        part = groups[start:start + CHUNK]
        members += [(str(a), str(g), 1.0) for a, g in store.query(
            f"SELECT article_id, group_id FROM duplicate_groups WHERE group_id IN ({LISTED})", listed(part))]
    labels = group_duplicates([*members, *links])
    relabelled = sorted(labels)
    for start in range(0, len(relabelled), CHUNK):
        part = relabelled[start:start + CHUNK]
        store.execute(f"DELETE FROM duplicate_groups WHERE article_id IN ({LISTED})", listed(part))
    store.insert_rows("duplicate_groups", ("article_id", "group_id"), sorted(labels.items()))


def link_duplicates(store: Store, settings: DedupSettings = DEFAULTS, *, everything: bool = False) -> int:
    """Link the articles stored since the last call to their near-duplicates (``everything``:
    link the whole store again); returns the number of links the store holds. Each chunk of
    new articles commits with its links, so memory stays flat and a killed run resumes."""
    if everything:
        with store.transaction():
            store.delete_all("article_links", "duplicate_groups", "article_bands", "dedup_pending")
            store.execute("INSERT INTO dedup_pending (article_id) SELECT id FROM articles WHERE minhash IS NOT NULL")
    pending = [str(k) for (k,) in store.query("SELECT article_id FROM dedup_pending ORDER BY article_id")]
    added = 0
    later = set(pending)
    for start in range(0, len(pending), CHUNK):
        part = pending[start:start + CHUNK]
        later.difference_update(part)
        with store.transaction():
            links = link_new(store, part, settings, later)
            store.insert_rows("article_links", ("article_id", "duplicate_of", "similarity"), links)
            regroup(store, links)
            store.execute(f"DELETE FROM dedup_pending WHERE article_id IN ({LISTED})", listed(part))
            added += len(links)
    total = int(store.query("SELECT count(*) FROM article_links")[0][0])
    log.info("linked %d new near-duplicate pairs; %d in all", added, total)
    return total
