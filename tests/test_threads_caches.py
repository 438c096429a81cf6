"""Caches kept on process-wide objects stay right when threads share them: the embedding cache
of a direct model (``EmbeddingCache``) and the trigger matcher's kept candidate lists
(``TriggerLexicon.tried``)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy
import pytest

from ghatna.extraction import triggers
from ghatna.extraction.triggers import TriggerLexicon, load_triggers
from ghatna.models.direct import EmbeddingCache
from ghatna.text.tokens import tokenize


class SlowTables:
    """Stands for a model's tok2vec: a word's row is its length and its first letter's code, and
    each call lets other threads run before it returns."""

    def embed_words(self, words: list[str]) -> Any:
        time.sleep(0.0005)
        return numpy.array([[len(w), ord(w[0])] for w in words], dtype="float32")


@pytest.fixture
def busy_switching() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def run_threads(work: Callable[[int], None], n: int = 8) -> list[BaseException]:
    """Runs ``work(k)`` in n threads at once; what they raised."""
    raised: list[BaseException] = []

    def guarded(k: int) -> None:
        try:
            work(k)
        except (ValueError, KeyError, IndexError) as err:  # what a moved row or a lost word raises
            raised.append(err)

    threads = [threading.Thread(target=guarded, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return raised


@pytest.mark.usefixtures("busy_switching")
def test_threads_read_their_own_words_from_a_shared_embedding_cache() -> None:
    tables = SlowTables()
    cache = EmbeddingCache(tables, limit=12)  # type: ignore[arg-type]
    wrong: list[tuple[list[str], Any]] = []

    def work(k: int) -> None:
        for n in range(40):
            words = [chr(0x915 + (k * 7 + n + j) % 30) * (1 + (k + j) % 4) for j in range(5)]
            got = cache.embed(words)
            if not numpy.array_equal(got, tables.embed_words(words)):
                wrong.append((words, got))

    assert run_threads(work) == []
    assert wrong == []


@pytest.mark.usefixtures("busy_switching")
def test_kept_candidate_lists_stay_within_their_bound_under_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(triggers, "TRIED_KEPT", 3)
    lexicon = TriggerLexicon(load_triggers().triggers, load_triggers().vetoes)
    candidates = lexicon.candidates

    def slow_candidates(key: str, joined: str | None = None) -> list[Any]:
        time.sleep(0.0002)  # other threads run while a list is being made
        return candidates(key, joined)

    monkeypatch.setattr(lexicon, "candidates", slow_candidates)
    sentences = ["सेना ने गांव के पास हमला किया और दो लोग मारे गए।",
                 "मंत्री ने विपक्ष पर आरोप लगाया तथा बातचीत की अपील की।",
                 "पुलिस ने चोर को पकड़ा, फिर अदालत ने उसे जेल भेज दिया।"]
    sizes: list[int] = []
    found: dict[int, list[Any]] = {}

    def work(k: int) -> None:
        tokens = tokenize(sentences[k % len(sentences)])
        for _ in range(30):
            matches = [lexicon.match_at(tokens, i) for i in range(len(tokens))]
            sizes.append(len(lexicon.tried))
        found[k] = [m and m.trigger for m in matches]

    assert run_threads(work) == []
    assert max(sizes) <= 3
    alone = TriggerLexicon(load_triggers().triggers, load_triggers().vetoes)
    for k, matches in found.items():
        tokens = tokenize(sentences[k % len(sentences)])
        assert matches == [(m := alone.match_at(tokens, i)) and m.trigger for i in range(len(tokens))]
