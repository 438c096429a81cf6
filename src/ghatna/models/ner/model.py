"""The shipped NER model: loaded lazily once, run on a Document's body.

The spaCy pipeline (``tok2vec`` + a ``tagger`` of BIO tags, which costs a fraction of a
transition-based ``ner``; a ``ner`` pipeline loads too) lives in ``models/ner/model/`` with its
``meta.json`` (name, version, scores). The text is split by
``ner_words`` exactly as in training; spaCy's own tokenizer is never run.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy

from ghatna.errors import DataError
from ghatna.models.ner.words import Word, ner_words
from ghatna.resources import load_yaml
from ghatna.text.tokens import word_key

if TYPE_CHECKING:
    from ghatna.models.direct import DirectTagger

DEFAULT_CONFIDENCE = 0.5
LABELS = ("PERSON", "ORG", "LOC")


class Prediction(NamedTuple):
    start: int
    end: int
    text: str
    label: str
    confidence: float


def is_punctuation(word: str) -> bool:
    return len(word) == 1 and unicodedata.category(word)[0] in "PS"


def without_repeated_marks(words: list[Word]) -> list[Word]:
    """A run of one punctuation mark ("??????", "!!!") read as its first mark: the model learns
    nothing from the rest, and a run of 16,000 would cost it as many words."""
    return [w for i, w in enumerate(words) if not (i and w.text == words[i - 1].text and is_punctuation(w.text))]


def model_dir() -> Path:
    return Path(str(files("ghatna") / "models" / "ner" / "model"))


@dataclass
class NerModel:
    nlp: Any
    name: str
    version: str
    confidence: dict[str, float]
    never_names: frozenset[str]  # look-up keys (nukta and chandrabindu folded) of words never a person
    direct: DirectTagger | None = None  # the tagger's scores without thinc's bookkeeping (``direct``)

    def never_a_person(self, text: str) -> bool:
        """Made only of words that are never a person's name ("पार्टी", "फ़ोन")."""
        words = [word_key(w) for w in text.split()]
        return bool(words) and all(w in self.never_names for w in words)

    @property
    def rule(self) -> str:
        return f"model:{self.name}@{self.version}"

    def predict(self, text: str) -> list[Prediction]:
        """Names in ``text`` with their offsets (spans trimmed of punctuation at their edges)."""
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str]) -> list[list[Prediction]]:
        """``predict`` for several texts, read by the model in one batch (each text's words are
        read as when it is read alone)."""
        from spacy.tokens import Doc

        split = [without_repeated_marks(ner_words(text)) for text in texts]
        docs = [Doc(self.nlp.vocab, words=[w.text for w in words], spaces=spaces_after(words)) for words in split if words]
        if "tagger" in self.nlp.pipe_names:
            labels = self.nlp.get_pipe("tagger").labels
            found = iter([bio_spans(labels, scores) for scores in self.tag_scores(docs)] if docs else [])
        else:
            ner = self.nlp.get_pipe("ner")
            found = iter([[(e.start, e.end, e.label_, self.confidence.get(e.label_, DEFAULT_CONFIDENCE))
                           for e in ner(self.nlp.get_pipe("tok2vec")(doc)).ents] for doc in docs])
        return [names_of(text, words, next(found)) if words else [] for text, words in zip(texts, split, strict=True)]

    def tag_scores(self, docs: list[Any]) -> list[Any]:
        """The tagger's scores for non-empty docs."""
        if self.direct is not None:
            return self.direct.scores(docs)
        tok2vec = self.nlp.get_pipe("tok2vec")
        tok2vec.set_annotations(docs, tok2vec.predict(docs))
        return list(self.nlp.get_pipe("tagger").model.predict(docs))


def spaces_after(words: list[Word]) -> list[bool]:
    return [i + 1 < len(words) and words[i + 1].start > w.end for i, w in enumerate(words)]


def names_of(text: str, words: list[Word], spans: list[tuple[int, int, str, float]]) -> list[Prediction]:
    """Predictions for the model's spans over ``words``, trimmed of punctuation at their edges."""
    out = []
    for first, end_word, label, confidence in spans:
        last = end_word - 1
        while first <= last and is_punctuation(words[first].text):
            first += 1
        while last >= first and is_punctuation(words[last].text):
            last -= 1
        if first <= last and label in LABELS:
            start, end = words[first].start, words[last].end
            out.append(Prediction(start, end, text[start:end], label, confidence))
    return out


def bio_spans(labels: tuple[str, ...], scores: Any) -> list[tuple[int, int, str, float]]:
    """Spans of the tagger's BIO tags (``labels`` by column of its ``scores``, one row a word)
    with the mean probability of their tags."""
    scores = numpy.asarray(scores)
    best = scores.argmax(axis=1)
    top = numpy.take_along_axis(scores, best[:, None], axis=1)
    probs = (1.0 / numpy.exp(scores - top).sum(axis=1)).tolist()  # softmax probability of the best tag
    return tag_spans([labels[k] for k in best.tolist()], probs)


def tag_spans(labels: list[str], probs: list[float] | None = None) -> list[tuple[int, int, str, float]]:
    """Spans (first word, end word, type, mean probability) of BIO tags ("B-PERSON", "I-PERSON",
    "O"); an I- tag after another type (or after O) opens a span. Training scores names by it too."""
    probs = probs if probs is not None else [1.0] * len(labels)
    spans: list[tuple[int, int, str, float]] = []
    start, kind, mass = -1, "", 0.0
    for i, label in enumerate(labels + ["O"]):
        prefix, _, this = label.partition("-")
        if prefix == "I" and start >= 0 and this == kind:
            mass += probs[i]
            continue
        if start >= 0:
            spans.append((start, i, kind, round(mass / (i - start), 3)))
        start, kind, mass = (i, this, probs[i]) if prefix in ("B", "I") else (-1, "", 0.0)
    return spans


def load_model(_settings: Any = None, path: Path | None = None) -> NerModel:
    """The model shipped in the package (or at ``path``), with the never-a-name list."""
    import spacy

    from ghatna.models.blas import use_fast_ops
    from ghatna.models.direct import direct_tagger

    path = path or model_dir()
    if not (path / "meta.json").exists():
        raise DataError(f"no NER model at {path}: train one with `python training/ner/train.py`")
    nlp = spacy.load(path)
    use_fast_ops(nlp)
    meta = nlp.meta
    per_type = (meta.get("performance") or {}).get("ents_per_type") or {}
    confidence = {label: round(float(per_type.get(label, {}).get("p", DEFAULT_CONFIDENCE)), 2)
                  for label in ("PERSON", "ORG", "LOC")}
    lists = load_yaml("kb/never_names.yaml")
    never = frozenset(word_key(w) for w in [*lists["words"], *lists.get("not_people", [])])
    return NerModel(nlp, str(meta.get("name", "ner")), str(meta.get("version", "0")), confidence, never, direct_tagger(nlp))
