"""Crimes and riots told with no doer ("बलात्कार किया गया", "हिंसा में … मारे गए", "झड़पों में …
की मौत", "पीट-पीटकर मार डाला गया") were done by someone unknown of the country they happened
in (``local_doers`` in attacks.yaml); a bombing or an air strike told with no doer keeps an
attacker of no country (written sentences, rule coder)."""

from __future__ import annotations

import pytest
from test_attacks import attacks
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "country"), [
    ("मुंबई की एक लोकल ट्रेन में युवती के साथ दुष्कर्म किया गया।", "IND"),
    ("नाइजीरिया के पठारी राज्य में भड़की हिंसा में बीस ग्रामीण मारे गए।", "NGA"),
    ("इथियोपिया के ओरोमिया क्षेत्र में हुई झड़पों में 14 लोगों की मौत हो गई।", "ETH"),  # two groups: test_attacks20
    ("ढाका में एक पत्रकार पर चाकुओं से वार किया गया।", "BGD"),
])
def test_a_crime_or_riot_with_no_doer_is_done_at_home(text: str, country: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found, "no attack"
    assert all(src[2] == country and src[1] == "CRM" for src, _tgt in found), found


@pytest.mark.parametrize("text", [
    "काबुल में एक मस्जिद के पास बम धमाके में 9 लोग मारे गए।",
    "गाजा में हवाई हमले में 12 लोग मारे गए।",
])
def test_a_bombing_with_no_doer_keeps_an_attacker_of_no_country(text: str, pipeline: Pipeline) -> None:
    found = attacks(text, pipeline)
    assert found, "no attack"
    assert all(src[2] is None for src, _tgt in found), found
