"""Headline nominals with the one acted on told first.

"चीन पर अमेरिका का आरोप", "नेपाल से भारत की अपील": the actor marked as the type's partner may
stand right before the doer's genitive; the doer is still the genitive.
"""

from __future__ import annotations

import pytest

import ghatna
from ghatna.pipeline import Pipeline


def found(text: str, pipeline: Pipeline) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text, pipeline=pipeline).events}


@pytest.mark.parametrize(("text", "event"), [
    ("चीन पर अमेरिका का आरोप", ("ACCUSE", "USA", "CHN")),
    ("ईरान पर अमेरिका के नए प्रतिबंध", ("SANCTION", "USA", "IRN")),
    ("नेपाल से भारत की अपील", ("REQUEST", "IND", "NPL")),
    ("दक्षिण कोरिया के साथ जापान की वार्ता", ("CONSULT", "JPN", "KOR")),
    ("अमेरिका को उत्तर कोरिया की चेतावनी", ("THREATEN", "PRK", "USA")),
    ("अमेरिका का चीन पर आरोप", ("ACCUSE", "USA", "CHN")),
    ("उत्तर कोरिया की अमेरिका को चेतावनी", ("THREATEN", "PRK", "USA")),
])
def test_headline_nominals_in_either_order(text: str, event: tuple[str, str, str], pipeline: Pipeline) -> None:
    assert event in found(text, pipeline)


@pytest.mark.parametrize("text", [
    "सरकार से किसानों की अपील",
    "भारत की सरकार से अपील की गई।",
])
def test_headline_nominals_owned_otherwise_give_no_pair(text: str, pipeline: Pipeline) -> None:
    assert not any(kind == "REQUEST" and src and tgt and src != tgt for kind, src, tgt in found(text, pipeline))
