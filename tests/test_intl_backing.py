"""A backing told as the means of a deed: "X (और Y) के समर्थन से/के साथ Z ने …" is X's support of Z.

The owners of the backing support the agent of the deed, not each other ("फ्रांस और ब्रिटेन के
समर्थन" is no support of France for Britain). Support for someone ("के समर्थन में"), support
promised or refused by the agent itself, are read as before.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def supports(text: str, pipeline: Pipeline) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events if e.type == "SUPPORT"}


@pytest.mark.parametrize(("text", "pairs"), [
    ("फ्रांस और ब्रिटेन के समर्थन के साथ अमेरिका ने सुरक्षा परिषद में प्रस्ताव पेश किया।", {("FRA", "USA"), ("GBR", "USA")}),
    ("भारत के समर्थन के साथ बांग्लादेश ने संयुक्त राष्ट्र में प्रस्ताव रखा।", {("IND", "BGD")}),
    ("चीन के समर्थन के बल पर पाकिस्तान ने यह मुद्दा उठाया।", {("CHN", "PAK")}),
    ("रूस के समर्थन से सीरिया की सेना ने इदलिब की ओर कूच किया।", {("RUS", "SYR")}),
])
def test_the_backers_support_the_agent(text: str, pairs: set[tuple[str, str]], pipeline: Pipeline) -> None:
    got = supports(text, pipeline)
    assert pairs <= got
    backers = {src for src, _ in pairs}
    assert not any(src in backers and tgt in backers for src, tgt in got)


@pytest.mark.parametrize(("text", "pair"), [
    ("अमेरिका ने यूक्रेन के समर्थन का ऐलान किया।", ("USA", "UKR")),
    ("जर्मनी ने फ्रांस के प्रस्ताव का समर्थन किया।", ("DEU", "FRA")),
])
def test_support_given_by_the_agent_is_unchanged(text: str, pair: tuple[str, str], pipeline: Pipeline) -> None:
    assert pair in supports(text, pipeline)


def test_a_backing_refused_backs_no_one(pipeline: Pipeline) -> None:
    assert ("JPN", "IND") not in supports("भारत ने जापान के समर्थन से इनकार किया।", pipeline)
