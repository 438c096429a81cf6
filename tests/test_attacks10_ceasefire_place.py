"""A ceasefire violated, told in what a side said ("X ने कहा कि Y ने Z में युद्धविराम का उल्लंघन
किया"): the other party is the country named as the place of the violation in its clause (Z),
not the speaker; with no place named, the side across (border_attacks.across_border) as before.
All sentences are written for these tests."""

from __future__ import annotations

import pytest

import ghatna


def violations(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "pair"), [
    ("ईरान ने कहा कि इजरायल ने लेबनान में युद्धविराम का उल्लंघन किया।", ("ISR", "LBN")),
    ("तुर्की ने बताया कि रूस ने सीरिया में संघर्ष विराम का उल्लंघन किया।", ("RUS", "SYR")),
    ("फ्रांस ने कहा कि अजरबैजान ने आर्मेनिया में सीजफायर उल्लंघन किया।", ("AZE", "ARM")),
])
def test_the_place_of_the_violation_is_the_other_party(text: str, pair: tuple[str, str]) -> None:
    assert violations(text) == [pair]


def test_a_violation_told_by_the_other_party_falls_on_it() -> None:
    """The side across the border still comes from the violation's own clause."""
    assert violations("भारत ने कहा कि पाकिस्तान ने फिर संघर्ष विराम का उल्लंघन किया।") == [("PAK", "IND")]
