"""Headline nominals (issue 10): "भारत की पाकिस्तान से अपील", "इमरान खान का भारत पर आरोप" tell a
directed act with no verb; the genitive right before the other actor is the doer
(extraction/headline_pairs.py, event_roles.yaml headline_nominal). A genitive that owns a generic
partner ("जिलों के अधिकारियों से") or a verb phrase gives no such pair."""

from __future__ import annotations

import pytest

import ghatna


def dyads(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in ghatna.extract(text).events}


@pytest.mark.parametrize(("text", "dyad"), [
    ("भारत की पाकिस्तान से अपील", ("REQUEST", "IND", "PAK")),
    ("ईरान की अमेरिका से प्रतिबंध हटाने की मांग", ("REQUEST", "IRN", "USA")),
    ("इमरान खान का भारत पर आरोप, कहा- बातचीत से भाग रहा है", ("ACCUSE", "PAK", "IND")),
    ("पाकिस्तान के प्रधानमंत्री का भारत पर गंभीर आरोप", ("ACCUSE", "PAK", "IND")),
    ("चीन का अमेरिका पर पलटवार", ("ACCUSE", "CHN", "USA")),
    ("रूस की अमेरिका को कड़ी चेतावनी", ("THREATEN", "RUS", "USA")),
    ("भारत की अमेरिका से वार्ता", ("CONSULT", "IND", "USA")),
    ("अमेरिका का भारत को समर्थन", ("SUPPORT", "USA", "IND")),
])
def test_headline_nominal_gives_the_pair(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in dyads(text)


@pytest.mark.parametrize("text", [
    "मजदूरों को सभी राज्यों के अधिकारियों से अनुमति पत्र लेना होगा।",
    "सभी जिलों के अधिकारियों से बातचीत, फैसला जल्द",
])
def test_genitive_owning_the_partner_gives_no_pair(text: str) -> None:
    assert not any(e.evidence.rule.endswith("roles:headline") for e in ghatna.extract(text).events)
