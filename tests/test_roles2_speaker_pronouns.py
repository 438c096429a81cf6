"""First-person subjects ("मैंने", "हमने", a clause-opening "हम") outside a direct quote stand for
the speaker of the last speech verb before them in their paragraph (written sentences)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline

Side = tuple[str | None, str | None]


def sides(text: str, pipeline: Pipeline, plover: str) -> list[tuple[Side, Side]]:
    evs = ghatna.extract(text, pipeline=pipeline).events
    return [((e.source.name, e.source.country) if e.source else (None, None),
             (e.target.name, e.target.country) if e.target else (None, None)) for e in evs if e.type == plover]


@pytest.mark.parametrize(("text", "plover", "speaker", "target"), [
    # the speaker's "कहा कि", then "हमने" in the next sentence of the paragraph
    (("मुख्यमंत्री नीतीश कुमार ने बुधवार को कहा कि बाहर फंसे मजदूरों की चिंता सरकार को है। हमने केंद्र सरकार से "
      "विशेष ट्रेनें चलाने का अनुरोध किया है।"), "REQUEST", "Nitish Kumar", "Government of India"),
    # a clause-opening "हम" after the speaker wrote on social media
    (("भाजपा नेता बाबूलाल मरांडी ने ट्विटर पर लिखा कि अस्पतालों में जांच की सुविधा नहीं है। हम राज्य सरकार से "
      "आग्रह करते हैं कि तुरंत इंतजाम करे।"), "REQUEST", "Babulal Marandi", None),
    # "मैंने" opening the speech itself: the speaker, not the body named after it
    ("पीयूष गोयल ने कहा कि मैंने रेलवे बोर्ड अध्यक्ष और सभी जोनल प्रबंधकों को सलाह दी है कि वे स्टेशनों पर पानी की व्यवस्था करें।",
     "REQUEST", "Piyush Goyal", "Railway Board (India)"),
])
def test_a_first_person_subject_is_the_speaker(text: str, plover: str, speaker: str, target: str | None,
                                               pipeline: Pipeline) -> None:
    found = sides(text, pipeline, plover)
    assert any(src[0] == speaker and (target is None or tgt[0] == target) for src, tgt in found), found


def test_no_speaker_in_the_paragraph_names_no_one(pipeline: Pipeline) -> None:
    # the speaker stands in the paragraph before: the "हमने" of this one is not his
    text = "मुख्यमंत्री नीतीश कुमार ने कहा कि हालात काबू में हैं।\n\nहमने केंद्र सरकार से और टीकों की मांग की है।"
    assert all(src[0] != "Nitish Kumar" for src, _tgt in sides(text, pipeline, "REQUEST"))


def test_a_speaker_not_named_is_no_one_named_before(pipeline: Pipeline) -> None:
    # an aide speaks, unnamed: his "हमने" is not the leader named as the earlier speaker
    text = ("अखिलेश यादव ने बताया कि वे लखनऊ लौट आए हैं। एक सहयोगी ने पत्रकारों से कहा कि हमने राज्य सरकार से "
            "सुरक्षा बढ़ाने की मांग की है।")
    assert all(src[0] != "Akhilesh Yadav" for src, _tgt in sides(text, pipeline, "REQUEST"))
