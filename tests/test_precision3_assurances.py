"""Assurances (issue 10, precision): an assurance told as a reported clause ("X ने Y को आश्वासन
दिया कि …") is a statement, not an agreement; an assurance of support or of help is SUPPORT or
AID; an assurance of relief ("राहत का आश्वासन दिया") is help promised, AID, as the train gold
codes it, never AGREE (``data/triggers.tsv``). Every sentence is written for this test and differs from the rows'
examples."""

from __future__ import annotations

import pytest
from test_roles_lists import dyads, rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

from ghatna.pipeline import Pipeline


@pytest.mark.parametrize("text", [
    "जिलाधिकारी ने ग्रामीणों को आश्वासन दिया कि पुल का काम अगले महीने शुरू होगा।",
    "शिक्षा मंत्री ने शिक्षकों को आश्वासन दिया है कि उनके वेतन में कटौती नहीं होगी।",
    "पुलिस अधीक्षक ने परिजनों को आश्वासन दिया था कि आरोपी जल्द पकड़े जाएंगे।",
])
def test_an_assurance_that_is_no_agreement(text: str, pipeline: Pipeline) -> None:
    assert "AGREE" not in {d[0] for d in dyads(text, pipeline)}


@pytest.mark.parametrize(("text", "dyad"), [
    ("फ्रांस ने लेबनान की सरकार को पूर्ण समर्थन का आश्वासन दिया।", ("SUPPORT", "FRA", "LBN")),
    ("रूस ने सर्बिया को हर क्षेत्र में सहयोग देने का आश्वासन दिया।", ("SUPPORT", "RUS", "SRB")),
    ("कनाडा ने हैती को आपदा के बाद सहायता उपलब्ध कराने का आश्वासन दिया।", ("AID", "CAN", "HTI")),
    # an assurance of relief is help promised (AID, planned), not an agreement
    ("चीन ने श्रीलंका को कर्ज चुकाने में राहत का आश्वासन दिया।", ("AID", "CHN", "LKA")),
])
def test_an_assurance_of_something(text: str, dyad: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert dyad in dyads(text, pipeline)
