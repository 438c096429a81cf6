"""Near-duplicate articles (wire copies, re-posts with other clutter) by MinHash LSH.

Signatures are computed in the ingest workers over word shingles of the clean body and
stored with the article; linking is recomputed from the store after each ingest, in
article-id order with a fixed seed, so it is deterministic.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from .db import Store

log = logging.getLogger(__name__)

WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """shingle: words per shingle; num_perm: MinHash permutations; threshold: Jaccard to link;
    seed and scheme: fixed so stored signatures stay comparable across runs."""

    shingle: int = 3
    num_perm: int = 128
    threshold: float = 0.6
    seed: int = 1
    scheme: str = "affine32"


def shingles(body: str, size: int) -> set[bytes]:
    words = WORD.findall(body.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(body: str, settings: DedupSettings = DedupSettings()) -> bytes:
    """The MinHash signature of a body, as bytes to store."""
    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme=settings.scheme)  # type: ignore[arg-type]
    minhash.update_batch(sorted(shingles(body, settings.shingle)))
    return minhash.hashvalues.astype(np.uint64).tobytes()


def to_minhash(blob: bytes, settings: DedupSettings) -> MinHash:
    values = np.frombuffer(bytes(blob), dtype=np.uint64)
    return MinHash(num_perm=settings.num_perm, seed=settings.seed, hashvalues=values,
                   scheme=settings.scheme)  # type: ignore[arg-type]


def find_duplicates(signatures: Sequence[tuple[str, bytes]],
                    settings: DedupSettings = DedupSettings()) -> list[tuple[str, str, float]]:
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


def link_duplicates(store: Store, settings: DedupSettings = DedupSettings()) -> int:
    """Recompute the duplicate links and groups of the whole store; returns the number of links."""
    rows = store.query("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY id")
    pairs = find_duplicates([(r[0], r[1]) for r in rows], settings)
    groups = group_duplicates(pairs)
    with store.transaction():
        store.delete_all("article_links", "duplicate_groups")
        store.insert_rows("article_links", ("article_id", "duplicate_of", "similarity"), pairs)
        store.insert_rows("duplicate_groups", ("article_id", "group_id"), sorted(groups.items()))
    log.info("linked %d near-duplicate pairs in %d groups", len(pairs), len(set(groups.values())))
    return len(pairs)
