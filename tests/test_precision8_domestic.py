"""Precision of the rule coder on general and domestic news (issue 10): the bare subject of a
passive demand or order is what is asked for or whom it is asked of, never its giver
(``passive_subjectless_types`` in data/event_roles.yaml); advice is given only to whom "को" or "से"
marks before it, never to an actor of its कि clause or a genitive (``addressed_modes``,
``partner_markers.advice``: GUIDELINES R8); a place people came back from ("चीन से लौटे छात्र") is no
target of what is done to them (``origins``, role_targets.origin_of)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline


def requests(text: str, pipeline: Pipeline) -> list[tuple[str | None, str | None]]:
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "मेले में भीड़ इकट्ठा न करने के निर्देश दिए गए हैं।",
    "बस के सभी यात्री दो हफ्ते तक घर पर रहने को कहा गया है।",
    "ग्रामीण मजदूरों को घर भेजने की मांग की गई है।",
])
def test_a_passive_demand_has_no_bare_subject_for_its_giver(text: str, pipeline: Pipeline) -> None:
    assert requests(text, pipeline) == []


@pytest.mark.parametrize(("text", "source"), [
    ("जिलाधिकारी द्वारा दुकानदारों को रसीद देने के निर्देश दिए गए हैं।", "officials"),
    ("किसानों ने सरकार से कर्ज माफी की मांग की।", "farmers"),
    ("पुलिस अधीक्षक ने थानेदारों को गश्त बढ़ाने के निर्देश दिए।", "superintendent of police"),
    # not passive: the bare subject of an active demand is still its giver
    ("किसान संगठन लंबे समय से कर्ज माफी की मांग कर रहे हैं।", "farmers"),
])
def test_a_giver_named_as_agent_still_gives(text: str, source: str, pipeline: Pipeline) -> None:
    assert any(giver and giver.endswith(source) for giver, _ in requests(text, pipeline))


@pytest.mark.parametrize("text", [
    "राज्य सरकारों ने सुझाव दिया था कि किसानों को बीज मुफ्त दिए जा सकते हैं।",
    "डॉक्टरों ने मेलों में लोगों के जमा होने वाले आयोजनों को टालने की सलाह दी है।",
    "वैज्ञानिकों ने शहर में किसानों के आने वाले बाजारों को बंद रखने की सलाह दी है।",
])
def test_advice_addressed_to_no_one_is_no_request(text: str, pipeline: Pipeline) -> None:
    assert requests(text, pipeline) == []


@pytest.mark.parametrize(("text", "addressee"), [
    ("नीति आयोग ने राज्यों को खर्च घटाने का सुझाव दिया।", "state government"),
    ("जिलाधिकारी ने लोगों से घर में रहने की सलाह दी।", "civilians"),
    ("मंत्री ने बिजली बोर्ड के अध्यक्ष और ठेकेदारों को काम जल्द पूरा करने की सलाह दी।", "business"),
    # the bare first of a list that shares the marker को ("" in partner_markers.advice)
    ("स्वास्थ्य मंत्री ने आईसीएमआर प्रमुख और निजी लैब संचालकों को जांच बढ़ाने की सलाह दी।", "Medical Research"),
])
def test_advice_to_an_addressee_is_a_request(text: str, addressee: str, pipeline: Pipeline) -> None:
    assert any(target and target.endswith(addressee) for _, target in requests(text, pipeline))


def events(text: str, pipeline: Pipeline) -> list[tuple[str, str | None]]:
    return [(e.type, e.target.country if e.target else None) for e in ghatna.extract(text, pipeline=pipeline).events]


@pytest.mark.parametrize(("text", "plover"), [
    ("लखनऊ में मुख्यमंत्री ने चीन से लौटे छात्रों से मुलाकात की।", "CONSULT"),
    ("लखनऊ में राज्यपाल ने दुबई से वापस आए मजदूरों की सराहना की।", "SUPPORT"),
    ("पटना में जिलाधिकारी ने इटली से लौटने वाले यात्रियों से जांच कराने की अपील की।", "REQUEST"),
])
def test_a_place_people_came_back_from_is_no_target(text: str, plover: str, pipeline: Pipeline) -> None:
    assert (plover, "IND") in events(text, pipeline)


def test_countries_of_a_journey_people_came_back_from_are_no_targets(pipeline: Pipeline) -> None:
    text = ("पटना में स्वास्थ्य विभाग की ओर से इटली और जापान की यात्रा से लौटे लोगों या विदेशी मेहमानों से अपील की गई"
            " है कि वे जांच कराएं।")
    assert events(text, pipeline) == [("REQUEST", "IND")]


@pytest.mark.parametrize(("text", "plover", "country"), [
    ("ओमान ने भारत से आने वाली यात्री उड़ानों पर अस्थायी रोक लगाई।", "SANCTION", "IND"),
    # a return, but a ban is aimed at whence the travellers come (origins.types)
    ("सऊदी अरब ने ईरान से लौटने वाले यात्रियों पर रोक लगा दी।", "SANCTION", "IRN"),
    ("लखनऊ में पुलिस ने नेपाल से आए तस्करों को गिरफ्तार किया।", "COERCE", "NPL"),
])
def test_whence_travellers_come_stays_a_target(text: str, plover: str, country: str, pipeline: Pipeline) -> None:
    assert (plover, country) in events(text, pipeline)
