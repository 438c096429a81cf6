"""MinHash signatures of article bodies: what an ingest worker stores with each article.

    >>> signature("पटना में बैठक हुई", DedupSettings())   # 128 hash values as bytes

The signature is datasketch's ``MinHash`` over the body's word shingles, its hash values
stored as unsigned 64-bit integers; ``ghatna.store.dedup`` links stored signatures by their
LSH bands (``band_hashes``, made in the worker with the signature). This module imports
datasketch only when the first signature is made, so a worker that imports
``ghatna.store.worker`` loads no database, pandas or pyarrow.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

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


@cache
def permutations(settings: DedupSettings) -> np.ndarray:
    """The settings' permutations, drawn once (datasketch draws them again for every MinHash)."""
    from datasketch import MinHash

    return MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme=settings.scheme).permutations  # type: ignore[arg-type]


def signature(body: str, settings: DedupSettings = DedupSettings()) -> bytes:
    """The MinHash signature of a body, as bytes to store."""
    import numpy as np
    from datasketch import MinHash

    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed, scheme=settings.scheme,  # type: ignore[arg-type]
                      permutations=permutations(settings))
    minhash.update_batch(sorted(shingles(body, settings.shingle)))
    return minhash.hashvalues.astype(np.uint64).tobytes()


@cache
def band_layout(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band): datasketch's choice for the threshold, so both find the same pairs."""
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(bands), int(rows)


def band_hashes(blob: bytes, settings: DedupSettings = DedupSettings()) -> tuple[int, ...]:
    """The bucket of each LSH band of a signature, in band order: a signed 64-bit hash of the
    band's hash values."""
    bands, rows = band_layout(settings.threshold, settings.num_perm)
    step = rows * 8  # bytes of a band: ``rows`` unsigned 64-bit values
    return tuple(int.from_bytes(hashlib.blake2b(blob[band * step:(band + 1) * step], digest_size=8).digest(),
                                "big", signed=True) for band in range(bands))
