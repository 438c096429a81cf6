"""What ``spacy train`` and ``spacy pretrain`` read with ``--code training/ner/spacy_code.py``.

``ghatna.bio_scorer.v1`` scores names from BIO tags, so ``spacy train`` keeps the step best at
finding names (``train.py`` puts it in place of the tagger's scorer on the command line: the
config and the shipped model keep spaCy's own, and load without this file). ``ghatna.word_lines.v1`` reads ``corpus/raw.jsonl`` (the words of one sentence a
line, as ``ner_words`` splits them) for ``spacy pretrain``, so the tok2vec is pretrained on the
words the model reads, not on spaCy's own tokens.

The tagger's own scorer counts tags, and 98% of them are "O": the step with the best tag accuracy
is not the one with the best names. This scorer reads the predicted and the gold tags as spans
(``ghatna.models.ner.model.tag_spans``, as the stage reads them) and gives ``ents_p``, ``ents_r``,
``ents_f`` and ``ents_per_type``, exact spans.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.scorer import PRFScore, Scorer
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from ghatna.models.ner.model import tag_spans


def name_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Spans (first word, end word, type) of a sentence's BIO tags, as the model reads them."""
    return {(start, end, label) for start, end, label, _ in tag_spans(tags)}


def score_bio(examples: Iterable[Example], **_: Any) -> dict[str, Any]:
    """Tag accuracy and exact-span precision, recall and F of the names the tags make."""
    scores = Scorer.score_token_attr(examples_list := list(examples), "tag")
    total, per_type = PRFScore(), dict[str, PRFScore]()
    for example in examples_list:
        gold = name_spans([t.tag_ for t in example.reference])
        pred = name_spans([t.tag_ for t in example.predicted])
        for label in {s[2] for s in gold | pred}:
            g = {s for s in gold if s[2] == label}
            p = {s for s in pred if s[2] == label}
            per_type.setdefault(label, PRFScore()).score_set(p, g)
        total.score_set(pred, gold)
    scores.update({"ents_p": total.precision, "ents_r": total.recall, "ents_f": total.fscore,
                   "ents_per_type": {k: v.to_dict() for k, v in sorted(per_type.items())}})
    return scores


@registry.scorers("ghatna.bio_scorer.v1")
def make_bio_scorer() -> Callable[..., dict[str, Any]]:
    return score_bio


@registry.readers("ghatna.word_lines.v1")
def make_word_lines(path: Path | None, min_length: int = 5,
                    max_length: int = 500) -> Callable[[Language], Iterator[Example]]:
    """Unlabelled sentences, one JSON object ``{"tokens": [...]}`` a line."""

    def read(nlp: Language) -> Iterator[Example]:
        if path is None:
            raise ValueError("no raw text: pass --paths.raw_text training/ner/corpus/raw.jsonl")
        with Path(path).open(encoding="utf-8") as handle:
            for line in handle:
                words = json.loads(line)["tokens"]
                if min_length <= len(words) <= max_length:
                    doc = Doc(nlp.vocab, words=words)
                    yield Example(doc, doc)

    return read
