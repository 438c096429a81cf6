"""The model stages read a title the headline stage will read in one batch with the body
(``read_ahead``): the title document finds its names and probabilities so read, and gets what
it got when it read them alone; a title the stage will not read is not read ahead."""

from __future__ import annotations

import pytest

from ghatna.api import process
from ghatna.document import Document
from ghatna.extraction.headlines import read_ahead, read_title, title_document, title_to_read
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings
from ghatna.text.readers import RawArticle

BODY = ("नई दिल्ली, 5 जनवरी। विदेश मंत्री सुब्रमण्यम जयशंकर ने सोमवार को नेपाल के प्रधानमंत्री से मुलाकात की। "
        "दोनों नेताओं ने सीमा पर व्यापार बढ़ाने पर चर्चा की और कई समझौतों पर हस्ताक्षर किए।")
TITLE = "पाकिस्तान ने भारत पर लगाया सीमा पर गोलीबारी का आरोप"  # a lexicon phrase: the stage reads it
NO_PHRASE = "राजधानी में आज मौसम सुहाना रहा"
UP_TO_EVENTS = tuple(DEFAULT_STAGES[:DEFAULT_STAGES.index("event_model") + 1])


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def body_read(pipeline: Pipeline, title: str) -> Document:
    """The article after the body's stages up to the event model (what the headline stage gets)."""
    upto = Pipeline(Settings(stages=UP_TO_EVENTS))
    upto.context = pipeline.context  # the same models and resources, the full pipeline's stage list
    return upto(Document(source="t.txt", raw=BODY, meta={"title": title} if title else {}))


def test_the_model_stages_read_the_title_ahead(pipeline: Pipeline) -> None:
    doc = body_read(pipeline, TITLE)
    assert title_to_read(doc, pipeline.context, "ner") == TITLE
    ahead = read_ahead(doc)
    assert ("ner", TITLE) in ahead
    assert any(stage == "event_model" for stage, _ in ahead)
    title_doc = title_document(doc)
    assert read_ahead(title_doc) is ahead
    assert read_title(doc, pipeline.context).events
    assert not ahead  # the title document took what was read for it


def test_a_title_read_ahead_reads_as_a_title_read_alone(pipeline: Pipeline) -> None:
    doc = body_read(pipeline, TITLE)
    with_ahead = read_title(doc, pipeline.context)
    doc.cache.clear()  # nothing read ahead: the title document's stages read it themselves
    alone = read_title(doc, pipeline.context)
    assert [(e.type, e.source and e.source.key, e.target and e.target.key) for e in with_ahead.events] == \
        [(e.type, e.source and e.source.key, e.target and e.target.key) for e in alone.events]
    assert with_ahead.events, "the title tells an accusation"
    assert [e.key for e in with_ahead.entities] == [e.key for e in alone.entities]
    for a, b in zip(with_ahead.events, alone.events, strict=True):
        assert a.confidence == pytest.approx(b.confidence, abs=1e-3)


@pytest.mark.parametrize("title", [NO_PHRASE, "", "आरोप " * 200])
def test_a_title_the_headline_stage_skips_is_not_read_ahead(pipeline: Pipeline, title: str) -> None:
    doc = body_read(pipeline, title)
    assert title_to_read(doc, pipeline.context, "ner") is None
    assert not read_ahead(doc)


def test_nothing_is_read_ahead_without_the_headline_stage() -> None:
    doc = Pipeline(Settings(stages=UP_TO_EVENTS))(Document(source="t.txt", raw=BODY, meta={"title": TITLE}))
    assert not read_ahead(doc)


def test_the_record_with_a_title_read_ahead_has_its_title_event(pipeline: Pipeline) -> None:
    record = process(RawArticle(source="t.jsonl", text=BODY, title=TITLE), pipeline).to_record()
    told = [e for e in record["events"] if e["evidence"].get("field") == "title"]
    assert [(e["type"], e["source"]["country"], e["target"]["country"]) for e in told] == [("ACCUSE", "PAK", "IND")]


def test_predict_many_reads_each_text_as_predict_does(pipeline: Pipeline) -> None:
    from ghatna.models.ner.model import load_model

    model = load_model()
    texts = [BODY, "", TITLE, "?!?!", "प्रधानमंत्री नरेंद्र मोदी ने कहा"]
    many = model.predict_many(texts)
    assert len(many) == len(texts)
    for text, preds in zip(texts, many, strict=True):
        alone = model.predict(text)
        assert [(p.start, p.end, p.text, p.label) for p in preds] == [(p.start, p.end, p.text, p.label) for p in alone]
        assert [p.confidence for p in preds] == pytest.approx([p.confidence for p in alone], abs=1e-3)
    assert any(p.label == "PERSON" for p in many[-1])
