"""A request's addressee named as the residents of a place ("जिलावासियों से", "नगरवासियों से") or as a
firm ("फर्म से") is its target (generic_actors.tsv), not the default government a request with no
named addressee gets."""

from __future__ import annotations

import pytest

import ghatna


def request_targets(text: str) -> set[str | None]:
    return {(e.target.role or e.target.name) if e.target else None for e in ghatna.extract(text).events
            if e.type == "REQUEST"}  # the group's label: "India civilians" where the text places it


@pytest.mark.parametrize(("text", "target"), [
    ("जिलाधिकारी ने सभी जिलावासियों से घरों में रहने की अपील की।", "civilians"),
    ("विधायक रमेश यादव ने नगरवासियों से सफाई में सहयोग करने की अपील की।", "civilians"),
    ("मेयर ने शहरवासियों से पानी बचाने का आग्रह किया है।", "civilians"),
    ("श्रम विभाग ने फर्म से कर्मचारियों को पूरा वेतन देने का अनुरोध किया।", "business"),
])
def test_residents_and_firms_asked_are_the_target(text: str, target: str) -> None:
    targets = request_targets(text)
    assert target in targets
    assert "government" not in targets
