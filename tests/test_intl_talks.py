"""A talk told as the setting of another act: "X ने Y से (फोन पर हुई) बातचीत में/के दौरान …".

The talk was held between X and Y (CONSULT), besides what X asked, promised or said in it: it
is no reference to a talk told elsewhere (its partner is marked before it, within a few words of
one clause), not what a request or an assurance right after it is about. A visit ("यात्रा के
दौरान") is where one went, not a talk; "बातचीत में शामिल होने की अपील" asks Y to join talks.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def found(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None, e.modality)
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "sides", "also"), [
    ("इजराइली प्रधानमंत्री ने भारतीय प्रधानमंत्री से फोन पर हुई बातचीत में मदद मांगी।", ("ISR", "IND"), "REQUEST"),
    ("इजराइली प्रधानमंत्री ने भारतीय प्रधानमंत्री से फोन पर हुई बातचीत के दौरान मदद मांगी।", ("ISR", "IND"),
     "REQUEST"),
    ("सऊदी युवराज ने इराक के राष्ट्रपति से टेलीफोन पर बातचीत में सहयोग का भरोसा दिलाया।", ("SAU", "IRQ"), "SUPPORT"),
    (("जापान के प्रधानमंत्री ने भारत के अपने समकक्ष से इस हफ्ते फोन पर हुई बातचीत के दौरान दवाएं भेजने का "
      "अनुरोध किया है।"), ("JPN", "IND"), "REQUEST"),
    (("वियतनाम के राष्ट्रपति ने दक्षिण कोरिया के राष्ट्रपति के साथ सोल में हुई बातचीत के दौरान निवेश बढ़ाने का "
      "अनुरोध किया।"), ("VNM", "KOR"), "REQUEST"),
])
def test_the_talk_a_request_or_promise_was_made_in_was_held(text: str, sides: tuple[str, str], also: str,
                                                            pipeline: Pipeline) -> None:
    got = found(text, pipeline)
    assert ("CONSULT", *sides, "asserted") in got
    assert any(kind == also for kind, *_ in got)


def test_a_talk_to_come_is_planned(pipeline: Pipeline) -> None:
    text = "विदेश मंत्री अगले हफ्ते चीन के विदेश मंत्री के साथ बातचीत में सीमा का मुद्दा उठाएंगे।"
    assert ("CONSULT", "IND", "CHN", "planned") in found(text, pipeline)


@pytest.mark.parametrize("text", [
    "ब्रिटेन ने आर्मेनिया से अजरबैजान के साथ बातचीत में शामिल होने की अपील की।",
    "अमेरिका ने ईरान से परमाणु मुद्दे पर बातचीत में हिस्सा लेने का अनुरोध किया।",
    "मंत्री ने पत्रकारों से बातचीत में कहा कि हालात सामान्य हैं।",
])
def test_talks_asked_for_or_with_the_press_are_none_held(text: str, pipeline: Pipeline) -> None:
    assert not any(kind == "CONSULT" and modality == "asserted" for kind, _, _, modality in found(text, pipeline))


def test_a_visit_between_two_dates_is_no_talk_held(pipeline: Pipeline) -> None:
    text = ("महल की ओर से घोषणा की गई कि राजकुमार अगले महीने पेरू की यात्रा पर जाएंगे। दस मई से बारह मई के बीच "
            "अपनी यात्रा के दौरान वे सैनिकों से मिलेंगे।")
    assert not any(kind == "CONSULT" and modality == "asserted" for kind, _, _, modality in found(text, pipeline))
