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
"""

from __future__ import annotations

import logging
import re
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


class DirectTok2Vec:
    """Word vectors for a batch of non-empty spaCy Docs, as the tok2vec layers of ``model``
    (a whole model whose first layers they are) give them."""

    def __init__(self, model: Any) -> None:
        layers = list(model.walk())
        self.ops = model.ops
        self.columns = next(layer for layer in layers if layer.name == "extract_features").attrs["columns"]
        self.embeds = [(layer.get_param("E"), layer.attrs["seed"]) for layer in layers if layer.name == "hashembed"]
        maxouts = [layer for layer in layers if layer.name == "maxout"]
        norms = [layer for layer in layers if layer.name == "layernorm"]
        self.blocks = [(self.maxout_params(m), (n.get_param("G"), n.get_param("b"))) for m, n in zip(maxouts, norms, strict=True)]
        self.window = next(layer for layer in layers if layer.name == "expand_window").attrs["window_size"]
        self.pad = next(layer for layer in layers if layer.name.startswith("with_array(residual(")).attrs["pad"]

    def maxout_params(self, layer: Any) -> tuple[Any, Any, int, int]:
        n_out, pieces, n_in = layer.get_dim("nO"), layer.get_dim("nP"), layer.get_dim("nI")
        weights = self.ops.reshape2f(layer.get_param("W"), n_out * pieces, n_in)
        return weights, self.ops.reshape1f(layer.get_param("b"), n_out * pieces), n_out, pieces

    def maxout_norm(self, block: Any, X: Any) -> Any:
        (weights, bias, n_out, pieces), (gain, shift) = block
        Y = self.ops.gemm(X, weights, trans2=True)
        Y += bias
        best, _ = self.ops.maxout(self.ops.reshape3f(Y, Y.shape[0], n_out, pieces))
        mean = best.mean(axis=1, keepdims=True)
        variance = best.var(axis=1, keepdims=True) + VARIANCE_FLOOR
        out = (best - mean) * variance ** (-1.0 / 2.0) * gain
        out += shift
        return out

    def vectors(self, docs: list[Any]) -> tuple[list[Any], Any]:
        """Each doc's word vectors, and the docs' lengths."""
        ops = self.ops
        features = [ops.asarray2i(doc.to_array(self.columns).reshape((len(doc), -1)), dtype="uint64") for doc in docs]
        lengths = ops.asarray1i([len(f) for f in features])
        ids = ops.flatten(features)
        embedded = [ops.gather_add(table, ops.hash(ops.as_contig(ids[:, i], dtype="uint64"), seed) % table.shape[0])
                    for i, (table, seed) in enumerate(self.embeds)]
        vectors = self.maxout_norm(self.blocks[0], ops.xp.hstack(embedded))
        padded = ops.flatten(ops.unflatten(vectors, lengths), pad=self.pad)
        for block in self.blocks[1:]:
            padded = padded + self.maxout_norm(block, ops.seq2col(padded, self.window))
        return ops.unflatten(padded, lengths, pad=self.pad), lengths


class DirectTagger(DirectTok2Vec):
    """The tagger's scores (one row a word, one column a tag) for a batch of non-empty Docs."""

    def __init__(self, tok2vec: Any, tagger: Any) -> None:
        super().__init__(tok2vec)
        softmax = next(layer for layer in tagger.walk() if layer.name == "softmax")
        self.output = (softmax.get_param("W"), softmax.get_param("b"))

    def scores(self, docs: list[Any]) -> list[Any]:
        """Scores for ``docs``, as ``tagger.model.predict`` gives them after the tok2vec."""
        vectors, lengths = self.vectors(docs)
        weights, bias = self.output
        return self.ops.unflatten(self.ops.affine(self.ops.flatten(vectors), weights, bias), lengths)


class DirectTextcat(DirectTok2Vec):
    """The textcat's probabilities (one row a doc, one column a label) for a batch of non-empty Docs."""

    def __init__(self, model: Any) -> None:
        super().__init__(model)
        linear = next(layer for layer in model.walk() if layer.name == "linear")
        self.output = (linear.get_param("W"), linear.get_param("b"))

    def scores(self, docs: list[Any]) -> Any:
        """Scores for ``docs``, as ``textcat.model.predict`` gives them."""
        ops = self.ops
        vectors, lengths = self.vectors(docs)
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
    direct = DirectTagger(tok2vec.model, tagger.model)
    docs = [Doc(nlp.vocab, words=PROBE), Doc(nlp.vocab, words=PROBE[:4])]
    tok2vec.set_annotations(docs, tok2vec.predict(docs))
    expected = tagger.model.predict(docs)
    if not same_scores(expected, direct.scores(docs)):
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
    direct = DirectTextcat(model)
    docs = [Doc(nlp.vocab, words=PROBE), Doc(nlp.vocab, words=PROBE[:1])]
    if not same_scores(model.predict(docs), direct.scores(docs)):
        log.warning("the event model's direct scores differ from thinc's: it runs through thinc")
        return None
    return direct
