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
# Joining the pieces of a person's name the tags cut (``join_person_pieces``); chosen on IL-NER's
# dev split and the annotations' train sentences of batches the shipped model never saw.
MAX_NAME_WORDS = 3
MIN_GOES_ON_PIECE = 0.2  # P(I-PERSON) of a piece's first word for it to go on the piece before
MIN_GOES_ON_WORD = 0.1  # P(I-PERSON) of a word tagged O for it to go on the name before
MAX_DOUBTFUL_PIECE = 0.6  # a one-word piece of another type below this may be part of a person's name
MIN_PERSON_WORD_BEFORE = 0.1  # P(person) of a word tagged O for it to open a name whose first tag is I-PERSON


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
        split = [without_repeated_marks(ner_words(text)) for text in texts]
        read = [words for words in split if words]
        if "tagger" in self.nlp.pipe_names:
            labels = self.nlp.get_pipe("tagger").labels
            found = iter([bio_spans(labels, scores) for scores in self.tag_scores(read)] if read else [])
        else:
            ner = self.nlp.get_pipe("ner")
            found = iter([[(e.start, e.end, e.label_, self.confidence.get(e.label_, DEFAULT_CONFIDENCE))
                           for e in ner(self.nlp.get_pipe("tok2vec")(doc)).ents] for doc in self.docs(read)])
        return [names_of(text, words, next(found)) if words else [] for text, words in zip(texts, split, strict=True)]

    def docs(self, split: list[list[Word]]) -> list[Any]:
        """spaCy Docs of the texts' words, for the model run through thinc."""
        from spacy.tokens import Doc

        return [Doc(self.nlp.vocab, words=[w.text for w in words], spaces=spaces_after(words)) for words in split]

    def tag_scores(self, split: list[list[Word]]) -> list[Any]:
        """The tagger's scores for texts of one word or more."""
        if self.direct is not None:
            return self.direct.scores([[w.text for w in words] for words in split])
        docs = self.docs(split)
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
    with the mean probability of their tags; a person's name the tags cut in pieces is joined
    (``join_person_pieces``)."""
    scores = numpy.asarray(scores)
    probs = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    best = probs.argmax(axis=1)
    tags = [labels[k] for k in best.tolist()]
    spans = tag_spans(tags, numpy.take_along_axis(probs, best[:, None], axis=1)[:, 0].tolist())
    return join_person_pieces(spans, tags, TagMass(labels, probs)) if "PERSON" in (s[2] for s in spans) else spans


class TagMass:
    """Per word, the probability of each type (its B- and I- tags together) and of continuing a person's name."""

    def __init__(self, labels: tuple[str, ...], probs: Any) -> None:
        column = {label: k for k, label in enumerate(labels)}
        self.types = {kind: probs[:, column[f"B-{kind}"]] + probs[:, column[f"I-{kind}"]] for kind in LABELS
                      if f"B-{kind}" in column and f"I-{kind}" in column}
        self.goes_on = probs[:, column["I-PERSON"]] if "I-PERSON" in column else numpy.zeros(len(probs))

    def person_span(self, start: int, end: int) -> tuple[int, int, str, float] | None:
        """The words as one person's name, with the mean probability of a person over them, when a
        person is the most likely type over them."""
        totals = {kind: float(mass[start:end].sum()) for kind, mass in self.types.items()}
        if max(totals, key=lambda kind: totals[kind]) != "PERSON":
            return None
        return start, end, "PERSON", round(totals["PERSON"] / (end - start), 3)


def join_person_pieces(spans: list[tuple[int, int, str, float]], tags: list[str],
                       mass: TagMass) -> list[tuple[int, int, str, float]]:
    """A person's name that the word-by-word tags cut ("ऋतु" and "नंदा" both B-PERSON; "संजीव"
    a person and "जायसवाल" a doubtful organisation) as one span, of MAX_NAME_WORDS at most: two
    pieces of a person side by side when one is a single word the model lets go on the name, or a
    person beside a single doubtful word of another type; then a person's name takes in the words
    tagged O around it that the model gives some chance of being part of it (``extended_person``:
    "टॉम कैरेल", "मारेक बेंडा")."""
    out: list[tuple[int, int, str, float]] = []
    for span in spans:
        joined = joined_pieces(out[-1], span, mass) if out else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(span)
    return [extended_person(span, tags, mass, out[k - 1][1] if k else 0, out[k + 1][0] if k + 1 < len(out) else len(tags))
            for k, span in enumerate(out)]


def joined_pieces(left: tuple[int, int, str, float], right: tuple[int, int, str, float],
                  mass: TagMass) -> tuple[int, int, str, float] | None:
    if left[1] != right[0] or "PERSON" not in (left[2], right[2]) or right[1] - left[0] > MAX_NAME_WORDS:
        return None
    if left[2] == right[2]:
        single = left[1] - left[0] == 1 or right[1] - right[0] == 1
        ok = single and mass.goes_on[right[0]] >= MIN_GOES_ON_PIECE
    else:
        other = right if right[2] != "PERSON" else left
        ok = other[1] - other[0] == 1 and other[3] < MAX_DOUBTFUL_PIECE
    return mass.person_span(left[0], right[1]) if ok else None


def extended_person(span: tuple[int, int, str, float], tags: list[str], mass: TagMass,
                    floor: int, limit: int) -> tuple[int, int, str, float]:
    """A person's name with the words around it tagged O that the model gives some chance of
    being part of it: after it, a chance of going on it; before it, when its first tag goes on a
    name ("I-PERSON"), a chance of being a person's word."""
    if span[2] != "PERSON":
        return span
    start, end = span[0], span[1]
    while end < limit and end - start < MAX_NAME_WORDS and tags[end] == "O" and mass.goes_on[end] >= MIN_GOES_ON_WORD:
        end += 1
    if (start > floor and end - start < MAX_NAME_WORDS and tags[start] == "I-PERSON" and tags[start - 1] == "O"
            and mass.types["PERSON"][start - 1] >= MIN_PERSON_WORD_BEFORE):
        start -= 1
    if (start, end) == span[:2]:
        return span
    return mass.person_span(start, end) or span


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
