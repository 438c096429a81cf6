"""The NER tagger's scores made by direct calls to thinc's ops (``ghatna.models.ner.direct``):
the same scores as thinc's, bit for bit, on the shipped model and on another model of the
same architecture; no direct path for another architecture."""

from __future__ import annotations

from typing import Any

import numpy
import pytest

from ghatna.models.ner.direct import DirectTagger, direct_tagger
from ghatna.models.ner.model import load_model, ner_words, spaces_after

spacy = pytest.importorskip("spacy")

TEXTS = [
    "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नई दिल्ली में अमेरिका के विदेश मंत्री से मुलाकात की।",
    "पाकिस्तान ने भारत पर लगाया आरोप",
    "इस्लामाबाद, 4 दिसंबर (भाषा)। \"हम बातचीत के लिए तैयार हैं,\" प्रवक्ता ने कहा।",
    "राम",
]


def docs_of(nlp: Any, texts: list[str]) -> list[Any]:
    from spacy.tokens import Doc

    out = []
    for text in texts:
        words = ner_words(text)
        out.append(Doc(nlp.vocab, words=[w.text for w in words], spaces=spaces_after(words)))
    return out


def thinc_scores(nlp: Any, docs: list[Any]) -> list[Any]:
    tok2vec = nlp.get_pipe("tok2vec")
    tok2vec.set_annotations(docs, tok2vec.predict(docs))
    return list(nlp.get_pipe("tagger").model.predict(docs))


def assert_same_scores(nlp: Any, direct: DirectTagger) -> None:
    for batch in (TEXTS, TEXTS[:1], TEXTS[3:], TEXTS[::-1]):
        docs = docs_of(nlp, batch)
        ours = direct.scores(docs)
        assert len(ours) == len(docs)
        for a, b in zip(thinc_scores(nlp, docs), ours, strict=True):
            assert a.shape == b.shape
            assert numpy.array_equal(a, b)


def test_the_shipped_model_scores_as_through_thinc() -> None:
    model = load_model()
    assert model.direct is not None
    assert_same_scores(model.nlp, model.direct)


def test_the_shipped_model_names_the_same_people_either_way() -> None:
    model = load_model()
    direct = model.predict_many(TEXTS)
    model.direct = None
    assert model.predict_many(TEXTS) == direct
    assert any(p.label == "PERSON" for p in direct[0])


def blank_tagger(normalize: bool = False) -> Any:
    nlp = spacy.blank("hi")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "normalize": normalize,
                                             "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1",
                                                         "width": 96, "upstream": "*"}}})
    for tag in ("B-PERSON", "I-PERSON", "O"):
        nlp.get_pipe("tagger").add_label(tag)
    nlp.initialize()
    return nlp


def test_another_model_of_the_architecture_scores_as_through_thinc() -> None:
    nlp = blank_tagger()  # spaCy's default tok2vec: other widths, depth and table sizes
    direct = direct_tagger(nlp)
    assert direct is not None
    assert len(direct.blocks) > 3  # the default encoder is deeper than the shipped one
    assert_same_scores(nlp, direct)


def test_no_direct_path_for_another_architecture() -> None:
    assert direct_tagger(blank_tagger(normalize=True)) is None  # the tagger's scores normalised
    nlp = spacy.blank("hi")
    nlp.add_pipe("tok2vec")
    assert direct_tagger(nlp) is None  # no tagger
