"""The models' matrix products on one OpenBLAS thread (``ghatna.models.blas``): the same
products as BLIS, the caller's thread count put back, and every layer of a loaded model on them."""

from __future__ import annotations

import numpy
import pytest

from ghatna.models.blas import OneThreadOps, ThreadLimit, openblas_limit, use_fast_ops


class FakeThreads:
    """A thread count that records what each call saw."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.seen: list[int] = []

    def limit(self) -> ThreadLimit:
        return ThreadLimit(lambda: self.count, self.set)

    def set(self, count: int) -> None:
        self.count = count

    def call(self) -> str:
        self.seen.append(self.count)
        return "done"


@pytest.mark.parametrize("before", [1, 2, 8])
def test_one_thread_runs_the_call_on_one_thread_and_puts_the_count_back(before: int) -> None:
    threads = FakeThreads(before)
    assert threads.limit().one_thread(threads.call) == "done"
    assert threads.seen == [1]
    assert threads.count == before


def test_one_thread_puts_the_count_back_when_the_call_fails() -> None:
    threads = FakeThreads(4)

    def fail() -> None:
        raise ValueError("bad shapes")

    with pytest.raises(ValueError, match="bad shapes"):
        threads.limit().one_thread(fail)
    assert threads.count == 4


def real_limit() -> ThreadLimit:
    limit = openblas_limit()
    if limit is None:
        pytest.skip("numpy's OpenBLAS not found here")
    return limit


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (False, True), (True, False), (True, True)])
def test_products_match_blis(trans1: bool, trans2: bool) -> None:
    from thinc.api import NumpyOps

    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((64, 37) if trans1 else (37, 64)).astype("float32")
    y = rng.standard_normal((48, 64) if trans2 else (64, 48)).astype("float32")
    ours = OneThreadOps(real_limit()).gemm(x, y, trans1=trans1, trans2=trans2)
    blis = NumpyOps(use_blis=True).gemm(x, y, trans1=trans1, trans2=trans2)
    assert ours.shape == (37, 48)
    numpy.testing.assert_allclose(ours, blis, rtol=1e-5, atol=1e-5)


def test_products_write_into_out_and_keep_the_thread_count() -> None:
    limit = real_limit()
    before = limit.get()
    x = numpy.ones((5, 3), dtype="float32")
    y = numpy.full((3, 4), 2.0, dtype="float32")
    out = numpy.zeros((5, 4), dtype="float32")
    result = OneThreadOps(limit).gemm(x, y, out=out)
    assert result is out
    assert (out == 6.0).all()
    assert limit.get() == before


def test_a_loaded_model_multiplies_on_one_thread_in_every_layer() -> None:
    real_limit()
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("hi")
    nlp.add_pipe("tagger")
    nlp.get_pipe("tagger").add_label("X")
    nlp.initialize()
    assert use_fast_ops(nlp)
    layers = list(nlp.get_pipe("tagger").model.walk())
    assert layers and all(isinstance(layer.ops, OneThreadOps) for layer in layers)
    assert len(nlp("राम घर गया").ents) == 0  # it still runs
