"""The shipped models' tok2vec, the NER tagger and the event textcat run as direct calls to
thinc's ops.

thinc runs a model as a tree of layers, and every call keeps what training would need to go
back through it; for one article that bookkeeping costs as much as the arithmetic of a short
text (about 0.4 ms a call). These classes make the same calls to the same ops, on the same
arrays and in the same order, for the shipped architectures (``spacy.Tok2Vec.v2`` with
``MultiHashEmbed.v2`` and ``MaxoutWindowEncoder.v2``; under it a ``spacy.Tagger.v2`` whose
scores are not normalised, or a ``spacy.TextCatReduce.v1`` reducing by max and mean): their
scores are thinc's, bit for bit. For any other architecture, or when probe sentences score
otherwise than through thinc, ``direct_tagger`` and ``direct_textcat`` give None and the
model runs through thinc.

The hash embeddings of a word depend on its text alone, so they are kept by word
(``EmbeddingCache``) and the Docs thinc would need are never built: a word's features come from
the vocab's attribute functions (``WordFeatures``) without making it a lexeme; maxout takes the
largest piece with numpy (the same value thinc picks).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

import numpy

log = logging.getLogger(__name__)

TOK2VEC = (r"extract_features>>list2ragged>>with_array\(ints-getitem>>hashembed(\|ints-getitem>>hashembed)*\)"
           r">>with_array\(maxout>>layernorm>>dropout\)>>ragged2list"
           r">>with_array\(residual\(expand_window>>maxout>>layernorm>>dropout\)"
           r"(>>residual\(expand_window>>maxout>>layernorm>>dropout\))*\)")
TAGGER = "tok2vec-listener>>with_array(softmax)"
TEXTCAT = re.compile(TOK2VEC + re.escape(">>list2ragged>>reduce_max|reduce_mean>>resizable(linear)>>logistic"))
PROBE = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "सोमवार", "को", "नई", "दिल्ली", "में", "कहा", "।"]
VARIANCE_FLOOR = 1e-08  # thinc's LayerNorm adds it to the variance
STRING_FEATURES = frozenset({"NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"})  # a lexeme's string attributes
FEATURED_WORDS = 50_000  # words whose feature ids are kept (about 200 bytes a word); then it starts over
CACHED_WORDS = 5_000  # words whose embeddings are kept (0.75-1 KB a word: at most 5 MB a model); then it starts over


class EmbeddingCache:
    """The hash embeddings (every table's row, side by side) of the words read so far."""

    def __init__(self, tok2vec: DirectTok2Vec, limit: int = CACHED_WORDS) -> None:
        self.tok2vec, self.limit = tok2vec, limit
        self.index: dict[str, int] = {}
        self.rows: Any = None
        self.lock = threading.Lock()  # one model serves every thread: a store and its read are one step

    def embed(self, words: list[str]) -> Any:
        """The embeddings of ``words``, one row a word, as the tables give them. Threads take
        turns: another's start-over or store between this one's look-up and its read would move
        the rows it reads."""
        with self.lock:
            missing = list(dict.fromkeys(w for w in words if w not in self.index))
            if len(self.index) + len(missing) > self.limit:
                self.index.clear()
                missing = list(dict.fromkeys(words))
                if len(missing) > self.limit:  # more distinct words than the cache holds
                    return self.tok2vec.embed_words(words)
            if missing:
                self.store(missing, self.tok2vec.embed_words(missing))
            return self.rows[[self.index[w] for w in words]]

    def store(self, words: list[str], rows: Any) -> None:
        if self.rows is None:
            self.rows = numpy.empty((self.limit, rows.shape[1]), dtype=rows.dtype)
        start = len(self.index)
        self.rows[start:start + len(words)] = rows
        self.index.update(zip(words, range(start, start + len(words)), strict=True))


class WordFeatures:
    """The ids of a word's features (``columns``: NORM, PREFIX, SUFFIX, SHAPE), as a spaCy Doc of
    the words gives them, from the vocab's own attribute functions: a Doc makes a lexeme of every
    new word with every one of its ~20 attributes and keeps it for good. A word's ids are kept
    (up to FEATURED_WORDS words, then it starts over). Other columns (ORTH, IDs of flags) are
    read through a Doc."""

    def __init__(self, vocab: Any, columns: list[Any]) -> None:
        from spacy.attrs import IDS
        from spacy.strings import get_string_id

        self.vocab, self.columns, self.string_id = vocab, columns, get_string_id
        getters = vocab.lex_attr_getters or {}
        found = [getters.get(IDS[column]) if column in STRING_FEATURES else None for column in columns]
        self.getters: list[Callable[[str], str]] | None = [g for g in found if g is not None]
        if len(self.getters) < len(columns):
            self.getters = None
        self.kept: dict[str, tuple[int, ...]] = {}
        self.lock = threading.Lock()

    def ids(self, words: list[str]) -> Any:
        """One row a word, one column a feature (uint64 ids)."""
        if self.getters is None:
            return self.doc_ids(words)
        with self.lock:
            if len(self.kept) >= FEATURED_WORDS:
                self.kept.clear()
            rows = [self.kept.get(w) or self.kept.setdefault(w, self.word_ids(w)) for w in words]
        return numpy.array(rows, dtype="uint64").reshape((len(words), len(self.columns)))

    def word_ids(self, word: str) -> tuple[int, ...]:
        """A word's ids as a new lexeme gets them: each function's string, by spaCy's string id."""
        if not word:
            raise ValueError("an empty word: a Doc has no token for it")
        return tuple(self.string_id(get(word)) for get in self.getters or ())

    def doc_ids(self, words: list[str]) -> Any:
        from spacy.tokens import Doc

        return Doc(self.vocab, words=words).to_array(self.columns).reshape((len(words), -1))


class DirectTok2Vec:
    """Word vectors for a batch of non-empty texts (each a list of words, as a spaCy Doc is
    made of them), as the tok2vec layers of ``model`` (a whole model whose first layers they
    are) give them; ``vocab`` gives the words' features."""

    def __init__(self, model: Any, vocab: Any) -> None:
        layers = list(model.walk())
        self.ops, self.vocab = model.ops, vocab
        self.columns = next(layer for layer in layers if layer.name == "extract_features").attrs["columns"]
        self.embeds = [(layer.get_param("E"), layer.attrs["seed"]) for layer in layers if layer.name == "hashembed"]
        maxouts = [layer for layer in layers if layer.name == "maxout"]
        norms = [layer for layer in layers if layer.name == "layernorm"]
        self.blocks = [(self.maxout_params(m), (n.get_param("G"), n.get_param("b"))) for m, n in zip(maxouts, norms, strict=True)]
        self.window = next(layer for layer in layers if layer.name == "expand_window").attrs["window_size"]
        self.pad = next(layer for layer in layers if layer.name.startswith("with_array(residual(")).attrs["pad"]
        self.features = WordFeatures(vocab, self.columns)
        self.cache = EmbeddingCache(self)

    def maxout_params(self, layer: Any) -> tuple[Any, Any, int, int]:
        n_out, pieces, n_in = layer.get_dim("nO"), layer.get_dim("nP"), layer.get_dim("nI")
        weights = self.ops.reshape2f(layer.get_param("W"), n_out * pieces, n_in)
        return weights, self.ops.reshape1f(layer.get_param("b"), n_out * pieces), n_out, pieces

    def maxout_norm(self, block: Any, X: Any) -> Any:
        (weights, bias, _n_out, pieces), (gain, shift) = block
        Y = self.ops.gemm(X, weights, trans2=True)
        Y += bias
        best = numpy.maximum(Y[:, 0::pieces], Y[:, 1::pieces]) if pieces > 1 else Y
        for piece in range(2, pieces):  # the largest piece: the value thinc's maxout picks
            numpy.maximum(best, Y[:, piece::pieces], out=best)
        mean = best.mean(axis=1, keepdims=True)
        centered = best - mean
        variance = variance_of(centered) + VARIANCE_FLOOR
        out = centered * variance ** (-1.0 / 2.0) * gain
        out += shift
        return out

    def embed_words(self, words: list[str]) -> Any:
        """The hash embeddings of ``words`` (every table's row side by side), one row a word."""
        ops = self.ops
        ids = ops.asarray2i(self.features.ids(words), dtype="uint64")
        return ops.xp.hstack([ops.gather_add(table, ops.hash(ops.as_contig(ids[:, i], dtype="uint64"), seed) % table.shape[0])
                              for i, (table, seed) in enumerate(self.embeds)])

    def vectors(self, texts: list[list[str]]) -> tuple[list[Any], Any]:
        """Each text's word vectors, and the texts' lengths."""
        ops = self.ops
        lengths = ops.asarray1i([len(words) for words in texts])
        vectors = self.maxout_norm(self.blocks[0], self.cache.embed([w for words in texts for w in words]))
        padded = ops.flatten(ops.unflatten(vectors, lengths), pad=self.pad)
        for block in self.blocks[1:]:
            padded = padded + self.maxout_norm(block, ops.seq2col(padded, self.window))
        return ops.unflatten(padded, lengths, pad=self.pad), lengths


def variance_of(centered: Any) -> Any:
    """Each row's variance from its values less their mean, by the steps of ``ndarray.var``
    (the same sum, and the same division by the count as an integer), without its second mean."""
    square = numpy.multiply(centered, centered)
    variance = numpy.add.reduce(square, axis=1, keepdims=True)
    return numpy.true_divide(variance, numpy.intp(centered.shape[1]), out=variance, casting="unsafe", subok=False)


class DirectTagger(DirectTok2Vec):
    """The tagger's scores (one row a word, one column a tag) for a batch of non-empty Docs."""

    def __init__(self, tok2vec: Any, tagger: Any, vocab: Any) -> None:
        super().__init__(tok2vec, vocab)
        softmax = next(layer for layer in tagger.walk() if layer.name == "softmax")
        self.output = (softmax.get_param("W"), softmax.get_param("b"))

    def scores(self, texts: list[list[str]]) -> list[Any]:
        """Scores for the texts' words, as ``tagger.model.predict`` gives them after the tok2vec
        for Docs of these words."""
        vectors, lengths = self.vectors(texts)
        weights, bias = self.output
        return self.ops.unflatten(self.ops.affine(self.ops.flatten(vectors), weights, bias), lengths)


class DirectTextcat(DirectTok2Vec):
    """The textcat's probabilities (one row a doc, one column a label) for a batch of non-empty Docs."""

    def __init__(self, model: Any, vocab: Any) -> None:
        super().__init__(model, vocab)
        linear = next(layer for layer in model.walk() if layer.name == "linear")
        self.output = (linear.get_param("W"), linear.get_param("b"))

    def scores(self, texts: list[list[str]]) -> Any:
        """Scores for the texts' words, as ``textcat.model.predict`` gives them for Docs of these words."""
        ops = self.ops
        vectors, lengths = self.vectors(texts)
        flat = ops.flatten(vectors)
        reduced = ops.xp.hstack([ops.reduce_max(flat, lengths)[0], ops.reduce_mean(flat, lengths)])
        weights, bias = self.output
        Y = ops.gemm(reduced, weights, trans2=True)
        Y += bias
        return ops.sigmoid(Y, inplace=False)


def same_scores(expected: Any, found: Any) -> bool:
    return len(expected) == len(found) and all(numpy.array_equal(a, b) for a, b in zip(expected, found, strict=True))


def direct_tagger(nlp: Any) -> DirectTagger | None:
    """A DirectTagger for ``nlp``'s tok2vec and tagger when they are the shipped architecture
    and score a probe sentence as thinc does; else None."""
    from spacy.tokens import Doc

    if "tok2vec" not in nlp.pipe_names or "tagger" not in nlp.pipe_names:
        return None
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    softmax = [layer for layer in tagger.model.walk() if layer.name == "softmax"]
    if not re.fullmatch(TOK2VEC, tok2vec.model.name) or tagger.model.name != TAGGER or \
            softmax[0].attrs.get("softmax_normalize") or softmax[0].attrs.get("softmax_temperature") != 1.0:
        log.info("NER model of another architecture: it runs through thinc")
        return None
    direct = DirectTagger(tok2vec.model, tagger.model, nlp.vocab)
    docs = [Doc(nlp.vocab, words=PROBE), Doc(nlp.vocab, words=PROBE[:4])]
    tok2vec.set_annotations(docs, tok2vec.predict(docs))
    expected = tagger.model.predict(docs)
    if not same_scores(expected, direct.scores([PROBE, PROBE[:4]])):
        log.warning("the NER model's direct scores differ from thinc's: it runs through thinc")
        return None
    return direct


def direct_textcat(nlp: Any, name: str) -> DirectTextcat | None:
    """A DirectTextcat for ``nlp``'s textcat ``name`` when it is the shipped architecture and
    scores probe sentences as thinc does; else None."""
    from spacy.tokens import Doc

    model = nlp.get_pipe(name).model
    if not TEXTCAT.fullmatch(model.name):
        log.info("event model of another architecture: it runs through thinc")
        return None
    direct = DirectTextcat(model, nlp.vocab)
    docs = [Doc(nlp.vocab, words=PROBE), Doc(nlp.vocab, words=PROBE[:1])]
    if not same_scores(model.predict(docs), direct.scores([PROBE, PROBE[:1]])):
        log.warning("the event model's direct scores differ from thinc's: it runs through thinc")
        return None
    return direct
