"""Headline nominals with the one acted on told first, and denials of charges named back.

- "चीन पर अमेरिका का आरोप", "नेपाल से भारत की अपील": the actor marked as the type's partner may
  stand right before the doer's genitive; the doer is still the genitive.
- "जबकि रूस ने इन आरोपों को खारिज किया": a statement answered named with a demonstrative is the
  one told last: the agent of the clause before, else the source of the last statement told.
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


@pytest.mark.parametrize(("text", "event"), [
    ("यूक्रेन ने रूस पर युद्ध अपराध करने का आरोप लगाया, जबकि रूस ने इन आरोपों को खारिज किया।", ("REJECT", "RUS", "UKR")),
    ("पाकिस्तान ने भारत पर घुसपैठ कराने का आरोप लगाया लेकिन भारत ने इन आरोपों को सिरे से खारिज कर दिया।",
     ("REJECT", "IND", "PAK")),
    ("कनाडा के प्रधानमंत्री ने भारत पर गंभीर आरोप लगाए। भारत ने इन आरोपों को खारिज कर दिया।", ("REJECT", "IND", "CAN")),
])
def test_charges_named_back_are_the_accusers(text: str, event: tuple[str, str, str], pipeline: Pipeline) -> None:
    got = found(text, pipeline)
    assert event in got
    assert not any(kind == "REJECT" and tgt is None for kind, _, tgt in got)


def test_a_denial_with_no_charge_before_names_no_one(pipeline: Pipeline) -> None:
    got = found("रूस ने इन आरोपों को खारिज कर दिया।", pipeline)
    assert not any(kind == "REJECT" and tgt not in (None, "RUS") for kind, _, tgt in got)
