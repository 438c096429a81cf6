"""The shipped NER model: loaded lazily once, run on a Document's body.

The spaCy pipeline (``tok2vec`` + ``ner``) lives in ``models/ner/model/`` with its
``meta.json`` (name, version, per-type precision on IL-NER's dev split). The text is split by
``ner_words`` exactly as in training; spaCy's own tokenizer is never run.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

from ghatna.errors import DataError
from ghatna.models.ner.words import ner_words
from ghatna.resources import load_yaml

DEFAULT_CONFIDENCE = 0.5


class Prediction(NamedTuple):
    start: int
    end: int
    text: str
    label: str


def model_dir() -> Path:
    return Path(str(files("ghatna") / "models" / "ner" / "model"))


@dataclass
class NerModel:
    nlp: Any
    name: str
    version: str
    confidence: dict[str, float]
    never_names: frozenset[str]

    @property
    def rule(self) -> str:
        return f"model:{self.name}@{self.version}"

    def predict(self, text: str) -> list[Prediction]:
        """Names in ``text`` with their offsets (spans trimmed to the words the model marked)."""
        from spacy.tokens import Doc

        words = ner_words(text)
        if not words:
            return []
        spaces = [i + 1 < len(words) and words[i + 1].start > w.end for i, w in enumerate(words)]
        doc = Doc(self.nlp.vocab, words=[w.text for w in words], spaces=spaces)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        out = []
        for ent in doc.ents:
            start, end = words[ent.start].start, words[ent.end - 1].end
            out.append(Prediction(start, end, text[start:end], ent.label_))
        return out


def load_model(_settings: Any = None, path: Path | None = None) -> NerModel:
    """The model shipped in the package (or at ``path``), with the never-a-name list."""
    import spacy

    path = path or model_dir()
    if not (path / "meta.json").exists():
        raise DataError(f"no NER model at {path}: train one with `python training/ner/train.py`")
    nlp = spacy.load(path)
    meta = nlp.meta
    per_type = (meta.get("performance") or {}).get("ents_per_type") or {}
    confidence = {label: round(float(per_type.get(label, {}).get("p", DEFAULT_CONFIDENCE)), 2)
                  for label in ("PERSON", "ORG", "LOC")}
    never = frozenset(load_yaml("kb/never_names.yaml")["words"])
    return NerModel(nlp, str(meta.get("name", "ner")), str(meta.get("version", "0")), confidence, never)
