"""A bare मिलेंगे/मिलेंगी with two named sides as one subject is a meeting still to be held."""

from __future__ import annotations

import pytest

import ghatna
from ghatna import Pipeline


def meetings(text: str, pipeline: Pipeline) -> list[tuple[str, str, str]]:
    record = ghatna.extract(text, pipeline=pipeline).to_record()
    return [(e["source"]["name"], e["target"]["name"], e["modality"]) for e in record["events"] if e["type"] == "CONSULT"]


@pytest.mark.parametrize(("text", "modality"), [
    ("नरेंद्र मोदी और जो बाइडेन मंगलवार को टोक्यो में मिलेंगे।", "planned"),
    ("नरेंद्र मोदी और जो बाइडेन मंगलवार को टोक्यो में मिले।", "asserted"),
])
def test_a_pair_meeting_in_the_future_is_planned(text: str, modality: str, pipeline: Pipeline) -> None:
    assert meetings(text, pipeline) == [("Narendra Modi", "Joe Biden", modality)]


def test_two_unnamed_leaders_meeting_later_is_no_event(pipeline: Pipeline) -> None:
    assert meetings("दोनों नेता अगले महीने दिल्ली में मिलेंगे।", pipeline) == []
