"""Names the knowledge base lacks, read from their shape (issue 11): a body named by an opening
adjective, common words and a head ("राष्ट्रीय बीज निगम", ``body_openers`` and ``opened_heads``
of ``data/name_heads.yaml``); a demonym that is also a common noun ("चीनी": sugar, not China;
``noun_demonyms`` of ``data/link_context.yaml``); district and police officers told by their
post alone ("डीएम ने") are generic actors, not a person named "Diem"."""

from __future__ import annotations

import pytest

import ghatna
from ghatna.models.ner.head_names import opened_names
from ghatna.models.ner.model import Prediction
from ghatna.models.ner.suffix_places import suffix_places
from ghatna.text.intervals import SpanIndex

GRAMMAR = frozenset({"को", "के", "की", "का", "में", "ने", "से", "और", "लिए", "पास", "कि", "एवं"})
THRESHOLDS = {"PERSON": 0.7, "ORG": 0.9, "LOC": 0.8}


@pytest.fixture(scope="module")
def pipeline() -> ghatna.Pipeline:
    return ghatna.load()


def opened(pipeline: ghatna.Pipeline, text: str, preds: list[tuple[str, str, float]] | None = None) -> list[str]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    out = []
    for name, label, confidence in preds or []:
        start = doc.body.index(name)
        out.append(Prediction(start, start + len(name), name, label, confidence))
    others = SpanIndex((m.start, m.end) for e in doc.entities if e.type != "PERSON" for m in e.mentions)
    return [p.text for p in opened_names(doc, out, GRAMMAR, others, THRESHOLDS)]


@pytest.mark.parametrize(("text", "name"), [
    ("किसानों को राष्ट्रीय बीज निगम से मुफ्त बीज मिलेंगे।", "राष्ट्रीय बीज निगम"),
    ("केंद्रीय भूजल बोर्ड की ताज़ा रिपोर्ट चिंता बढ़ाती है।", "केंद्रीय भूजल बोर्ड"),
    ("बैठक में राज्य कार्यकारी समिति के सभी सदस्य आए।", "राज्य कार्यकारी समिति"),
    ("अंतरराष्ट्रीय तैराकी महासंघ ने नियम बदले।", "अंतरराष्ट्रीय तैराकी महासंघ"),
    # offices, units, institutions, banks, museums; English words of a continent
    ("हर तिमाही में राष्ट्रीय श्रम सांख्यिकी कार्यालय आंकड़े जारी करता है।", "राष्ट्रीय श्रम सांख्यिकी कार्यालय"),
    ("केंद्रीय आंकड़ा विश्लेषण इकाई हर हफ्ते रिपोर्ट भेजती है।", "केंद्रीय आंकड़ा विश्लेषण इकाई"),
    ("अंतरराष्ट्रीय गेहूं अनुसंधान संस्था के वैज्ञानिक खेतों में पहुंचे।", "अंतरराष्ट्रीय गेहूं अनुसंधान संस्था"),
    ("अफ्रीकन एक्सपोर्ट बैंक ने नया कर्ज मंजूर किया।", "अफ्रीकन एक्सपोर्ट बैंक"),
    ("बच्चों ने राष्ट्रीय खिलौना संग्रहालय देखा।", "राष्ट्रीय खिलौना संग्रहालय"),
    # a head right after the adjective is a word of a longer name
    ("राज्य स्कूल परीक्षा प्राधिकरण ने नतीजे घोषित किए।", "राज्य स्कूल परीक्षा प्राधिकरण"),
    # an English linking word carries the name on, to the acronym after it
    ("परियोजना को इंटरनेशनल बैंक फॉर ग्रीन एनर्जी आईबीजीई से कर्ज मिला।", "इंटरनेशनल बैंक फॉर ग्रीन एनर्जी"),
])
def test_an_opening_adjective_and_a_head_name_a_body(before_ner: ghatna.Pipeline, text: str, name: str) -> None:
    assert opened(before_ner, text) == [name]


@pytest.mark.parametrize(("text", "preds"), [
    ("राज्य सरकार और रेलवे बोर्ड के बीच बात हुई।", []),  # a government word, then a known body
    ("केंद्रीय उपक्रमों के निगम घाटे में हैं।", []),  # a plural, then a grammar word
    ("यह राष्ट्रीय समिति तय करेगी।", []),  # the adjective and the head alone name nothing
    ("उसने कहा कि राष्ट्रीय बीज निगम लिमिटेड घाटे में है।", [("राष्ट्रीय बीज निगम लिमिटेड", "ORG", 0.6)]),  # the model reads on
    ("किसानों को राष्ट्रीय बीज निगम से बीज मिलेंगे।", [("राष्ट्रीय बीज", "ORG", 0.95)]),  # the model is sure of another name
    ("राज्य स्कूल में दाखिले शुरू हुए।", []),  # a head right after the adjective, then a grammar word
    ("मामला अब केंद्रीय जांच एजेंसी के हवाले है।", []),  # a kind of agency, no name
    ("विभाग को राष्ट्रीय नोडल एजेंसी बनाया गया।", []),
    ("गांवों में राष्ट्रीय पेयजल मिशन का काम चल रहा है।", []),  # a mission is a programme
    # (review of dadf027) words right before a known body's name tell what it is; a news agency and
    # a voluntary body are kinds, no names
    ("अंतरराष्ट्रीय मानवाधिकार संस्था एमनेस्टी इंटरनेशनल ने रिपोर्ट जारी की।", []),
    ("अंतरराष्ट्रीय सहायता एजेंसी ऑक्सफैम ने चेतावनी दी है।", []),
    ("सरकार के मुताबिक राष्ट्रीय समाचार एजेंसी की खबर गलत है।", []),
    ("अंतरराष्ट्रीय स्वयंसेवी संस्था के कार्यकर्ता गांव पहुंचे।", []),
])
def test_no_body_where_the_words_or_the_model_say_otherwise(before_ner: ghatna.Pipeline, text: str,
                                                             preds: list[tuple[str, str, float]]) -> None:
    assert opened(before_ner, text, preds) == []


def test_the_whole_pipeline_marks_the_body(pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract("किसानों को राष्ट्रीय बीज निगम से मुफ्त बीज मिलेंगे।", html=False, pipeline=pipeline)
    assert [(e.type, m.text) for e in doc.entities for m in e.mentions] == [("ORG", "राष्ट्रीय बीज निगम")]


@pytest.mark.parametrize("text", [
    "दुकान से तीन किलो चीनी और आटा खरीदा गया।",
    "त्योहार से पहले चीनी के दाम फिर बढ़ गए।",
    "गन्ना किसानों का चीनी मिल पर करोड़ों का बकाया है।",
])
def test_sugar_is_no_country(pipeline: ghatna.Pipeline, text: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert all(e.kb_id != "Q148" for e in doc.entities)


@pytest.mark.parametrize("text", [
    "चीनी राष्ट्रपति ने दौरे की घोषणा की।",
    "सीमा पर चीनी सैनिकों की गतिविधि बढ़ी है।",
])
def test_the_demonym_stays_china(pipeline: ghatna.Pipeline, text: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert any(e.kb_id == "Q148" for e in doc.entities)


@pytest.mark.parametrize(("text", "label"), [
    ("डीएम ने अधिकारियों को सख्त निर्देश दिए।", "district magistrate"),
    ("एसपी ने थाना प्रभारियों को निर्देश दिए।", "superintendent of police"),
    ("मेयर ने नागरिकों से घरों में रहने की अपील की।", "local leader"),
])
def test_an_officer_told_by_post_is_a_generic_actor(pipeline: ghatna.Pipeline, text: str, label: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    sources = [ev.source for ev in doc.events if ev.source is not None]
    assert sources and all(s.kind == "generic" and s.role == label for s in sources)
    assert not any(e.type == "PERSON" for e in doc.entities)


@pytest.mark.parametrize(("text", "preds", "place"), [
    ("बदमाशों ने रामखेलपुरा में एक दुकान लूट ली।", [], "रामखेलपुरा"),
    ("श्रद्धालु सोमवार को भीमगंज पहुंचे।", [("भीमगंज", "PERSON", 0.5)], "भीमगंज"),  # a doubtful person gives way
    ("पुलिस ने तारानगर और पास के गांवों में छापे मारे।", [], "तारानगर"),
])
def test_a_place_ending_names_a_place(before_ner: ghatna.Pipeline, text: str,
                                      preds: list[tuple[str, str, float]], place: str) -> None:
    assert suffixed(before_ner, text, preds) == [(place, "LOC")]


@pytest.mark.parametrize(("text", "preds"), [
    ("महानगर में भीड़ बढ़ती जा रही है।", []),  # a common word
    ("सभा के अंत में किसान एकता जिंदाबाद के नारे लगे।", []),
    ("छात्रों ने भीमगंज विश्वविद्यालय के बाहर धरना दिया।", []),  # the word after goes on an organisation's name
    ("श्रद्धालु सोमवार को भीमगंज पहुंचे।", [("भीमगंज", "PERSON", 0.95)]),  # a name the model is sure of
    ("उन्होंने सोमवार को राम भीमगंज से बात की।", [("राम भीमगंज", "PERSON", 0.6)]),  # the model reads a name across it
])
def test_no_place_where_the_ending_misleads(before_ner: ghatna.Pipeline, text: str,
                                            preds: list[tuple[str, str, float]]) -> None:
    assert suffixed(before_ner, text, preds) == []


def suffixed(pipeline: ghatna.Pipeline, text: str, preds: list[tuple[str, str, float]]) -> list[tuple[str, str]]:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    out = []
    for name, label, confidence in preds:
        start = doc.body.index(name)
        out.append(Prediction(start, start + len(name), name, label, confidence))
    found, offsets = suffix_places(doc, out, THRESHOLDS)
    return [(p.text, p.label) for p in found if (p.start, p.end) in offsets]


@pytest.mark.parametrize("text", [
    "राज्य निर्वाचन आयोग ने पंचायत चुनाव की तारीखें घोषित कीं।",
    "प्रदेश चुनाव आयोग ने नगर निकायों के चुनाव टाल दिए।",
])
def test_a_states_commission_is_not_the_countrys(pipeline: ghatna.Pipeline, text: str) -> None:
    doc = ghatna.extract(text, html=False, pipeline=pipeline)
    assert all(e.kb_id != "ghatna:org:election-commission-of-india" for e in doc.entities)


def test_the_countrys_commission_stays_linked(pipeline: ghatna.Pipeline) -> None:
    doc = ghatna.extract("निर्वाचन आयोग ने पांच राज्यों के चुनाव की तारीखें घोषित कीं।", html=False, pipeline=pipeline)
    assert any(e.kb_id == "ghatna:org:election-commission-of-india" for e in doc.entities)
