"""Demands told with their content in a कि clause ("X ने मांग की कि …", "X … उतरे और मांग की कि …":
the "की" before "कि" is the light verb, not a genitive) and demands told as a noun owned by a
group ("इन मजदूरों की सरकार से मांग है कि …"); a bare group before a passive undergoes it
("54 लोग गिरफ्तार किए गए हैं")."""

from __future__ import annotations

import pytest
from test_roles_state_demands import CONTEXT, rule_coder, sides  # noqa: F401  (the rule coder alone, as a fixture)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "source"), [
    ("कांग्रेस ने मांग की कि सरकार किसानों का कर्ज माफ करे।", "Indian National Congress"),
    ("किसान सड़कों पर उतरे और मांग की कि उनका कर्ज माफ किया जाए।", "India farmers"),
    ("मजदूरों ने अपील की कि उन्हें घर भेजा जाए।", "India workers"),
    ("इन मजदूरों की सरकार से मांग है कि वे उन्हें उनके घर तक पहुंचाए।", "India workers"),
])
def test_a_demand_whose_content_follows_is_told(text: str, source: str, pipeline: Pipeline) -> None:
    found = sides(CONTEXT + text, pipeline)
    assert ("REQUEST", source, "Government of India") in found


def test_a_group_owning_the_partner_is_no_side(pipeline: Pipeline) -> None:
    """"मोदी सभी राज्यों के मुख्यमंत्रियों के साथ बैठक करेंगे": the states own the chief ministers, Modi meets them."""
    found = sides(CONTEXT + "प्रधानमंत्री नरेंद्र मोदी सोमवार को सभी राज्यों के मुख्यमंत्रियों के साथ बैठक करेंगे।", pipeline)
    consults = {(src, tgt) for plover, src, tgt in found if plover == "CONSULT"}
    assert consults and all(src == "Narendra Modi" for src, _tgt in consults)


@pytest.mark.parametrize(("text", "expected"), [
    ("54 लोग गिरफ्तार किए गए हैं।", ("COERCE", "India police", "India civilians")),
    ("कई छात्र गिरफ्तार कर लिए गए।", ("COERCE", "India police", "India students")),
])
def test_a_bare_group_before_a_passive_undergoes_it(text: str, expected: tuple[str, str, str],
                                                    pipeline: Pipeline) -> None:
    assert expected in sides("दिल्ली में हिंसा के बाद तनाव है। " + text, pipeline)


def test_a_group_owning_a_deed_still_owns_it(pipeline: Pipeline) -> None:
    found = sides("छत्तीसगढ़ में नक्सली हमले में दो जवान शहीद हो गए।", pipeline)
    assert any(plover == "ASSAULT" and src == "Maoists" for plover, src, _tgt in found)


def test_a_public_curfew_announced_is_no_arrest_of_the_public(pipeline: Pipeline) -> None:
    found = sides(CONTEXT + "रविवार को जनता कर्फ्यू का ऐलान किया गया था।", pipeline)
    assert not any(plover == "COERCE" and tgt == "India civilians" for plover, _src, tgt in found)
