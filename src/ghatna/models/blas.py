"""Matrix products of the shipped spaCy models on one core.

thinc multiplies with BLIS by default. At these models' sizes (a few hundred words by 64 to
256 columns) numpy's own OpenBLAS is about three times faster on one thread, but left alone
it spreads each product over every core and spends more CPU time than BLIS, while the
pipeline is meant to run one process per core. ``fast_ops`` gives thinc ops whose products go
to numpy with OpenBLAS held to one thread for the call (the caller's thread count is put
back after it). Where numpy's OpenBLAS cannot be found (another BLAS, another platform's
layout) it gives None and the models keep BLIS.

Both libraries compute the same products; they may differ in the last bits of a float,
which moves a tag's or a type's probability by about 1e-6.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy
from thinc.api import NumpyOps

log = logging.getLogger(__name__)

# Where numpy's wheels keep the OpenBLAS they ship, beside or inside the package.
LIBRARY_DIRS = ("../numpy.libs", ".dylibs")
# The thread-count functions under the names OpenBLAS builds export (numpy's has a prefix and suffix).
THREAD_FUNCTIONS = (("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
                    ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
                    ("openblas_get_num_threads", "openblas_set_num_threads"))


class ThreadLimit:
    """OpenBLAS's thread count, read and set."""

    def __init__(self, get: Callable[[], int], set_: Callable[[int], None]) -> None:
        self.get, self.set = get, set_

    def one_thread(self, call: Callable[[], Any]) -> Any:
        """``call()`` with OpenBLAS on one thread; the count before is put back."""
        before = self.get()
        if before == 1:
            return call()
        self.set(1)
        try:
            return call()
        finally:
            self.set(before)


def openblas_files() -> list[Path]:
    root = Path(numpy.__file__).resolve().parent
    return sorted(p for d in LIBRARY_DIRS if (root / d).is_dir() for p in (root / d).iterdir() if "openblas" in p.name)


@cache
def openblas_limit() -> ThreadLimit | None:
    """A ThreadLimit for the OpenBLAS numpy runs on, or None when there is none to be found."""
    for path in openblas_files():
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for get_name, set_name in THREAD_FUNCTIONS:
            if hasattr(lib, get_name) and hasattr(lib, set_name):
                get, set_ = getattr(lib, get_name), getattr(lib, set_name)
                get.restype, set_.argtypes = ctypes.c_int, [ctypes.c_int]
                return ThreadLimit(get, set_)
    log.info("numpy's OpenBLAS not found: the models multiply with BLIS")
    return None


class OneThreadOps(NumpyOps):
    """thinc's numpy ops, multiplying with numpy (OpenBLAS on one thread) instead of BLIS."""

    def __init__(self, limit: ThreadLimit) -> None:
        super().__init__(use_blis=False)
        self.limit = limit

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        product = super().gemm
        return self.limit.one_thread(lambda: product(x, y, out=out, trans1=trans1, trans2=trans2))


def fast_ops() -> OneThreadOps | None:
    limit = openblas_limit()
    return OneThreadOps(limit) if limit is not None else None


def use_fast_ops(nlp: Any) -> bool:
    """Give every layer of ``nlp``'s trainable components the one-thread numpy ops; False
    (nothing changed) where numpy's OpenBLAS cannot be found."""
    ops = fast_ops()
    if ops is None:
        return False
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            layer.ops = ops
    return True
