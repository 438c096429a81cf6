"""People told by the village, neighbourhood or home they belong to ("गांव वालों ने", "मोहल्ले वालों ने",
"घर वालों ने", with वाले apart or joined) are a side of an attack or a riot (generic_actors.tsv,
issue 10); before, such an attack had no doer, or no event at all when they were its target."""

from __future__ import annotations

import pytest

import ghatna


def sides(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in ghatna.extract(text).events if e.type == plover]


@pytest.mark.parametrize(("text", "plover", "doer"), [
    ("नाराज गांव वालों ने मौके पर पहुंची पुलिस टीम पर पथराव किया।", "PROTEST", "villagers"),
    ("गांववालों ने मवेशी चोर को पकड़कर पेड़ से बांधा और पीटा।", "ASSAULT", "villagers"),
    ("मोहल्ले वालों ने शराब पीकर हंगामा कर रहे युवक की पिटाई कर दी।", "ASSAULT", "residents"),
    ("लड़की के घर वालों ने युवक को पीट-पीटकर मार डाला।", "ASSAULT", "family members"),
    ("घरवालों ने दूसरी जाति में शादी करने पर युवती की हत्या कर दी।", "ASSAULT", "family members"),
])
def test_residents_as_doers(text: str, plover: str, doer: str) -> None:
    assert any(src == doer for src, _ in sides(text, plover)), sides(text, plover)


@pytest.mark.parametrize("text", [
    "दबंगों ने जमीन के विवाद में गांव वालों पर लाठियों से हमला कर दिया।",
    "बदमाशों ने रात में मोहल्ले वालों पर फायरिंग की।",
])
def test_residents_as_targets(text: str) -> None:
    assert any(tgt in ("villagers", "residents") for _, tgt in sides(text, "ASSAULT")), sides(text, "ASSAULT")


def test_telling_the_police_is_no_event() -> None:
    assert ghatna.extract("घर वालों ने घटना की जानकारी पुलिस को दी।").events == []
