"""A killing told in the passive with its doer marked द्वारा or के हाथों ("Y को X द्वारा मारे जाने",
"Y X के हाथों मारा गया") is ASSAULT by X on Y; a death with no doer marked ("हादसे में मारे गए") is none."""

from __future__ import annotations

import pytest

import ghatna


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    doc = ghatna.extract(text)
    return {(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in doc.events}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("ईरान के जनरल हुसैन सलामी को इजराइल द्वारा मारे जाने के सवाल पर संसद में बहस हुई।", "Israel", "Hossein Salami"),
    ("गांव का मुखिया बदमाशों के हाथों मारा गया।", "criminals", "local leader"),
])
def test_passive_killing_with_its_doer_is_assault(text: str, source: str, target: str) -> None:
    assert ("ASSAULT", source, target) in coded(text)


@pytest.mark.parametrize("text", [
    "बिहार में सड़क हादसे में चार लोग मारे गए।",
    "उत्तराखंड में बादल फटने से कई लोगों के मारे जाने की आशंका है।",
])
def test_deaths_with_no_doer_are_no_assault(text: str) -> None:
    assert not any(t == "ASSAULT" for t, _, _ in coded(text))
