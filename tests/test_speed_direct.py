"""The NER tagger's and the event textcat's scores made by direct calls to thinc's ops
(``ghatna.models.direct``): the same scores as thinc's, bit for bit, on the shipped models and
on other models of the same architectures; no direct path for another architecture."""

from __future__ import annotations

from typing import Any

import numpy
import pytest

from ghatna.models.direct import DirectTagger, EmbeddingCache, direct_tagger, direct_textcat, variance_of
from ghatna.models.events.detector import build_detector
from ghatna.models.events.features import text_words
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


def words_of(docs: list[Any]) -> list[list[str]]:
    return [[token.text for token in doc] for doc in docs]


def assert_same_scores(nlp: Any, direct: DirectTagger) -> None:
    for batch in (TEXTS, TEXTS[:1], TEXTS[3:], TEXTS[::-1]):
        docs = docs_of(nlp, batch)
        ours = direct.scores(words_of(docs))
        assert len(ours) == len(docs)
        for a, b in zip(thinc_scores(nlp, docs), ours, strict=True):
            assert a.shape == b.shape
            assert numpy.array_equal(a, b)


def test_the_shipped_model_scores_as_through_thinc() -> None:
    model = load_model()
    assert model.direct is not None
    assert_same_scores(model.nlp, model.direct)


def test_kept_embeddings_score_as_new_ones() -> None:
    """The embeddings kept by word give the scores of a first reading, also when the cache is
    too small for a batch or starts over between batches."""
    model = load_model()
    assert model.direct is not None
    assert_same_scores(model.nlp, model.direct)  # the words are now kept
    assert len(model.direct.cache.index) > 10
    for limit in (3, 12, 40):
        model.direct.cache = EmbeddingCache(model.direct, limit)
        assert_same_scores(model.nlp, model.direct)
        assert len(model.direct.cache.index) <= limit


@pytest.mark.parametrize("rows", [1, 2, 37, 300])
def test_variance_as_numpy_gives_it(rows: int) -> None:
    rng = numpy.random.default_rng(rows)
    for scale in (0.01, 1.0, 300.0):
        values = (rng.standard_normal((rows, 64)) * scale).astype("float32")
        centered = values - values.mean(axis=1, keepdims=True)
        assert numpy.array_equal(variance_of(centered), values.var(axis=1, keepdims=True))


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


SENTENCES = [*TEXTS, "सेना ने सीमा पर आतंकवादियों के ठिकानों पर हमला किया और कई ठिकाने नष्ट कर दिए।"]


def test_the_shipped_event_model_scores_as_through_thinc() -> None:
    detector = build_detector(None)
    if detector is None:
        pytest.skip("no event model shipped")
    assert detector.direct is not None
    from spacy.tokens import Doc

    for batch in (SENTENCES, SENTENCES[:1], SENTENCES[::-1]):
        docs = [Doc(detector.nlp.vocab, words=text_words(text)) for text in batch]
        assert numpy.array_equal(detector.textcat.model.predict(docs), detector.direct.scores(words_of(docs)))
    inputs = [text_words(text) for text in SENTENCES]
    direct = detector.probabilities(inputs)
    detector.direct = None
    assert detector.probabilities(inputs) == direct
    assert max(direct[-1], key=lambda label: direct[-1][label]) == "ASSAULT"


def blank_textcat(architecture: dict[str, Any]) -> Any:
    nlp = spacy.blank("hi")
    nlp.add_pipe("textcat_multilabel", config={"model": architecture})
    for label in ("ASSAULT", "CONSULT"):
        nlp.get_pipe("textcat_multilabel").add_label(label)
    nlp.initialize()
    return nlp


def test_another_textcat_of_the_architecture_scores_as_through_thinc() -> None:
    from spacy.tokens import Doc

    nlp = blank_textcat({"@architectures": "spacy.TextCatReduce.v1", "exclusive_classes": False,
                         "use_reduce_first": False, "use_reduce_last": False, "use_reduce_max": True,
                         "use_reduce_mean": True,
                         "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "width": 96, "depth": 4,
                                     "embed_size": 2000, "window_size": 1, "maxout_pieces": 3,
                                     "subword_features": True, "pretrained_vectors": None}})
    direct = direct_textcat(nlp, "textcat_multilabel")
    assert direct is not None
    docs = [Doc(nlp.vocab, words=text_words(text)) for text in SENTENCES]
    assert numpy.array_equal(nlp.get_pipe("textcat_multilabel").model.predict(docs), direct.scores(words_of(docs)))


def test_no_direct_textcat_for_another_architecture() -> None:
    nlp = blank_textcat({"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 1,
                         "no_output_layer": False})
    assert direct_textcat(nlp, "textcat_multilabel") is None


FEATURE_WORDS = ["सरकारों", "लड़कियां", "नेताओं", "राम", "X-Ray", "dd", "।", "₹", "'s", "ORTH", "2020", "भाजपा-शिवसेना"]


@pytest.mark.parametrize("which", ["ner", "events"])
def test_word_features_are_a_docs_features(which: str) -> None:
    """The feature ids made from the vocab's attribute functions are those of a Doc of the words,
    also for symbols, marks, Latin words and digits, and when kept from an earlier batch; the
    vocab gains no lexeme for them."""
    direct = load_model().direct if which == "ner" else build_detector(None).direct  # type: ignore[union-attr]
    assert direct is not None and direct.features.getters is not None
    words = [f"{w}{which}" for w in FEATURE_WORDS] + FEATURE_WORDS
    lexemes = len(direct.vocab)
    found = direct.features.ids(words)
    assert len(direct.vocab) == lexemes
    assert found.shape == (len(words), len(direct.columns))
    assert numpy.array_equal(found, direct.features.doc_ids(words))
    assert numpy.array_equal(direct.features.ids(words[::-1]), found[::-1])


def test_columns_without_a_string_function_are_read_through_a_doc() -> None:
    from ghatna.models.direct import WordFeatures

    vocab = load_model().nlp.vocab
    features = WordFeatures(vocab, ["ORTH", "NORM"])
    assert features.getters is None
    assert numpy.array_equal(features.ids(["राम", "श्याम"]), features.doc_ids(["राम", "श्याम"]))
    with pytest.raises(ValueError):
        WordFeatures(vocab, ["NORM"]).ids(["राम", ""])
