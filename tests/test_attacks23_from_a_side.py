"""Firing "from X's side" and its victims (issue 10): the side named with "की ओर से"/"की तरफ से"
before a participle of happening and an attack word is its doer ("पाकिस्तान की ओर से हुई फायरिंग":
``done_by.side_participles`` in attacks.yaml), words of manner allowed between the participle and the
attack word (``qualifiers``: "हुई भारी गोलाबारी"); people harmed by an attack from one side on another
(such a doer, or a ceasefire violated) take no doer's country: they are of the side across, or of
none when nothing gives one. A genitive before "हुई" names no doer ("गांव के पास हुई फायरिंग")."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize(("text", "dyad"), [
    ("सांबा सेक्टर में पाकिस्तान की ओर से हुई फायरिंग में बीएसएफ के दो जवान जख्मी हो गए।", ("ASSAULT", "PAK", "IND")),
    ("पाकिस्तान की तरफ से हुई गोलीबारी में सेना का एक हवलदार शहीद हो गया।", ("ASSAULT", "PAK", "IND")),
    ("उरी में पाकिस्तान की ओर से हुई भीषण गोलाबारी में चार मकान और दो मवेशी चपेट में आए, एक बुजुर्ग घायल हुआ।",
     ("ASSAULT", "PAK", "IND")),
    ("खारकीव में रूस की तरफ से हुए रॉकेट हमले में छह लोगों की जान चली गई।", ("ASSAULT", "RUS", "UKR")),
    ("पाकिस्तान की ओर से हुए संघर्ष विराम उल्लंघन में पुंछ के दो किसान घायल हो गए।", ("ASSAULT", "PAK", "IND")),
])
def test_side_named_before_a_happening_is_the_doer(text: str, dyad: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)


@pytest.mark.parametrize(("text", "doer", "wrong"), [
    # victims counted after the attack do not take the doer's country
    ("पाकिस्तान की ओर से हुई गोलाबारी में चार ग्रामीण जख्मी हो गए।", "PAK", "PAK"),
    ("पाकिस्तान की तरफ से देर रात हुई फायरिंग में तीन नागरिक घायल हुए।", "PAK", "PAK"),
    ("पाकिस्तान ने एक बार फिर संघर्ष विराम का उल्लंघन किया, जिसमें दो बच्चों समेत तीन नागरिक घायल हो गए।", "PAK", "PAK"),
    ("चीन की ओर से हुई गोलीबारी में सीमा से सटे गांव के दो लोग घायल हो गए।", "CHN", "CHN"),
    # counted with no actor named
    ("चीन की ओर से हुई गोलीबारी में दो चरवाहे घायल हो गए।", "CHN", "CHN"),
    ("पाकिस्तान की तरफ से हुई गोलाबारी में पांच लोग जख्मी हुए।", "PAK", "PAK"),
    # no side across known: of no country, not the doer's
    ("अमेरिका की तरफ से हुए ड्रोन हमले में नौ लोग मारे गए।", "USA", "USA"),
    ("इजरायल की ओर से हुई बमबारी में कई नागरिक मारे गए।", "ISR", "ISR"),
])
def test_victims_of_a_side_are_not_its_own(text: str, doer: str, wrong: str, pipeline: Pipeline) -> None:
    found = {t for kind, s, t in dyads(text, pipeline) if kind == "ASSAULT" and s == doer}
    assert found and wrong not in found


@pytest.mark.parametrize("text", [
    # a place, an occasion or a pair of sides before "हुई" names no doer
    "बाजार के पास हुई फायरिंग में एक दुकानदार घायल हो गया।",
    "दोनों पक्षों के बीच हुई गोलीबारी में तीन लोग जख्मी हो गए।",
    "बारात के दौरान हुई फायरिंग में एक किशोर को गोली लगी।",
])
def test_no_doer_from_a_place_before_a_happening(text: str, pipeline: Pipeline) -> None:
    assert all(s is None for kind, s, _t in dyads(text, pipeline) if kind == "ASSAULT")
