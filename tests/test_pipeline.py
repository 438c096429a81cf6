"""The stage registry and pipeline assembly."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.document import Document
from ghatna.errors import PipelineError, StageError
from ghatna.pipeline import REGISTRY, Context, Pipeline, stage
from ghatna.settings import DEFAULT_STAGES, Settings


def test_default_stages_are_registered_in_a_valid_order() -> None:
    pipe = Pipeline(Settings())
    assert pipe.names == list(DEFAULT_STAGES)


@pytest.mark.parametrize("stages", [
    ["clean", "normalize"],          # clean needs normalized text
    ["normalize", "clean", "events"],  # events need entities, dates and sentences
    ["segment"],                     # segment needs a body
])
def test_wrong_order_fails_when_built(stages: list[str]) -> None:
    with pytest.raises(PipelineError, match="needs"):
        Pipeline(Settings(), stages=stages)


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nosuch'"):
        Pipeline(Settings(), stages=["nosuch"])


def test_a_new_stage_plugs_in_without_touching_the_pipeline() -> None:
    @stage("count_words", needs=["body"], adds=["word_count"])
    def count_words(doc: Document, ctx: Context) -> Document:
        doc.meta["word_count"] = len(doc.body.split())
        return doc

    pipe = Pipeline(Settings(), stages=["normalize", "clean", "count_words"])
    doc = ghatna.extract("भारत और नेपाल ने सीमा पर बातचीत की। दोनों देशों ने सहमति जताई।", pipeline=pipe)
    assert doc.meta["word_count"] == 13
    assert "count_words" in REGISTRY.names()


def test_a_failing_stage_raises_a_named_error() -> None:
    @stage("explode", needs=["body"], adds=[])
    def explode(doc: Document, ctx: Context) -> Document:
        raise ValueError("boom")

    pipe = Pipeline(Settings(), stages=["normalize", "clean", "explode"])
    with pytest.raises(StageError, match="stage 'explode' failed: ValueError: boom"):
        ghatna.extract("कुछ पाठ जो काफी लंबा है ताकि सफाई में बचा रहे।", pipeline=pipe)


def test_non_hindi_article_is_marked_and_not_annotated(pipeline: Pipeline) -> None:
    text = "The Prime Minister of India met the President of France in Paris on Monday. They signed a deal."
    doc = ghatna.extract(text, pipeline=pipeline)
    assert doc.language == "en"
    assert doc.entities == [] and doc.events == []
    assert any("not Hindi" in w for w in doc.warnings)


def test_record_has_contract_fields_and_a_stable_id(pipeline: Pipeline) -> None:
    text = "नई दिल्ली, 3 मार्च (भाषा)। भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।"
    first = ghatna.extract(text, source="a.txt", pipeline=pipeline).to_record()
    second = ghatna.extract(text, source="b.txt", pipeline=pipeline).to_record()
    for key in ("source", "id", "language", "title", "author", "published", "dateline", "body",
                "entities", "events", "quotes", "figures"):
        assert key in first
    assert first["id"] == second["id"] and first["source"] == "a.txt"


@pytest.mark.parametrize(("text", "language"), [
    ("कीव, 10 जुलाई (एपी)। रूस ने बुधवार रात यूक्रेन पर ड्रोन हमला किया।", "hi"),
    ("भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।", "hi"),
    ("मुंबईत आज मोठा पाऊस झाला आणि अनेक भागांत पाणी साचले आहे. नागरिकांनी काळजी घ्यावी असे आवाहन केले आहे.", "mr"),
    ("काठमाडौंमा आज ठूलो वर्षा भयो र धेरै ठाउँमा पानी जम्यो। सरकारले सतर्क रहन आग्रह गरेको छ।", "ne"),
    ("پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اجلاس کی صدارت کی۔", "ur"),
])
def test_language(text: str, language: str, pipeline: Pipeline) -> None:
    assert ghatna.extract(text, pipeline=pipeline).language == language


@pytest.mark.parametrize("given", ["भारत ने पाकिस्तान पर आरोप लगाया।", b"text", None])
def test_a_pipeline_given_no_document_says_what_to_pass(given: object) -> None:
    with pytest.raises(PipelineError, match="ghatna.extract"):
        Pipeline(stages=["normalize"])(given)  # type: ignore[arg-type]
