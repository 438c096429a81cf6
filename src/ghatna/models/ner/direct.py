"""The NER model's tok2vec and tagger run as direct calls to thinc's ops.

thinc runs a model as a tree of layers, and every call keeps what training would need to go
back through it; for one article that bookkeeping costs as much as the arithmetic of a short
text. ``DirectTagger`` makes the same calls to the same ops, on the same arrays and in the
same order, for the shipped architecture (``spacy.Tok2Vec.v2`` with ``MultiHashEmbed.v2`` and
``MaxoutWindowEncoder.v2``, a ``spacy.Tagger.v2`` whose scores are not normalised): its
scores are the tagger's, bit for bit. For any other architecture, or when a probe sentence
scores otherwise than through thinc, ``direct_tagger`` gives None and the model runs through
thinc.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import numpy

log = logging.getLogger(__name__)

TOK2VEC = re.compile(r"extract_features>>list2ragged>>with_array\(ints-getitem>>hashembed(\|ints-getitem>>hashembed)*\)"
                     r">>with_array\(maxout>>layernorm>>dropout\)>>ragged2list"
                     r">>with_array\(residual\(expand_window>>maxout>>layernorm>>dropout\)"
                     r"(>>residual\(expand_window>>maxout>>layernorm>>dropout\))*\)")
TAGGER = "tok2vec-listener>>with_array(softmax)"
PROBE = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "सोमवार", "को", "नई", "दिल्ली", "में", "कहा", "।"]
VARIANCE_FLOOR = 1e-08  # thinc's LayerNorm adds it to the variance


class DirectTagger:
    """The tagger's scores (one row a word, one column a tag) for a batch of spaCy Docs."""

    def __init__(self, tok2vec: Any, tagger: Any) -> None:
        layers = list(tok2vec.walk())
        self.ops = tok2vec.ops
        self.columns = next(layer for layer in layers if layer.name == "extract_features").attrs["columns"]
        self.embeds = [(layer.get_param("E"), layer.attrs["seed"]) for layer in layers if layer.name == "hashembed"]
        maxouts = [layer for layer in layers if layer.name == "maxout"]
        norms = [layer for layer in layers if layer.name == "layernorm"]
        self.blocks = [(self.maxout_params(m), (n.get_param("G"), n.get_param("b"))) for m, n in zip(maxouts, norms, strict=True)]
        self.window = next(layer for layer in layers if layer.name == "expand_window").attrs["window_size"]
        self.pad = tok2vec.layers[-1].attrs["pad"]
        softmax = next(layer for layer in tagger.walk() if layer.name == "softmax")
        self.output = (softmax.get_param("W"), softmax.get_param("b"))

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

    def scores(self, docs: list[Any]) -> list[Any]:
        """Scores for non-empty ``docs``, as ``tagger.model.predict`` gives them after the tok2vec."""
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
        tokvecs = ops.unflatten(padded, lengths, pad=self.pad)
        weights, bias = self.output
        return ops.unflatten(ops.affine(ops.flatten(tokvecs), weights, bias), lengths)


def direct_tagger(nlp: Any) -> DirectTagger | None:
    """A DirectTagger for ``nlp``'s tok2vec and tagger when they are the shipped architecture
    and score a probe sentence as thinc does; else None."""
    from spacy.tokens import Doc

    if "tok2vec" not in nlp.pipe_names or "tagger" not in nlp.pipe_names:
        return None
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    softmax = [layer for layer in tagger.model.walk() if layer.name == "softmax"]
    if not TOK2VEC.fullmatch(tok2vec.model.name) or tagger.model.name != TAGGER or \
            softmax[0].attrs.get("softmax_normalize") or softmax[0].attrs.get("softmax_temperature") != 1.0:
        log.info("NER model of another architecture: it runs through thinc")
        return None
    direct = DirectTagger(tok2vec.model, tagger.model)
    docs = [Doc(nlp.vocab, words=PROBE), Doc(nlp.vocab, words=PROBE[:4])]
    tok2vec.set_annotations(docs, tok2vec.predict(docs))
    expected = tagger.model.predict(docs)
    if not all(numpy.array_equal(a, b) for a, b in zip(expected, direct.scores(docs), strict=True)):
        log.warning("the NER model's direct scores differ from thinc's: it runs through thinc")
        return None
    return direct
