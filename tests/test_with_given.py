""""के साथ" before a form of देना is the postposition "with" (a grant made with conditions, a
letter sent with a list), not the idiom of backing "का साथ देना": a headline's "शर्तों के साथ दी
… की अनुमति" is no SUPPORT (``triggers.tsv`` blocker row "के साथ {देना}"). Sentences written
for this test."""

from __future__ import annotations

import pytest

import ghatna


def types(text: str) -> set[tuple[str, str | None]]:
    doc = ghatna.extract(text)
    return {(e.type, e.source.name if e.source else None) for e in doc.events}


@pytest.mark.parametrize("text", [
    "बाढ़ में फंसे यात्रियों को रेल मंत्रालय ने शर्तों के साथ दी टिकट लौटाने की अनुमति",
    "नगर निगम ने कुछ पाबंदियों के साथ दी दुकानें खोलने की छूट",
    "स्वास्थ्य मंत्रालय ने राज्यों को पत्र के साथ दी जांच केंद्रों की सूची",
])
def test_with_before_give_is_no_backing(text: str) -> None:
    assert "SUPPORT" not in {t for t, _s in types(text)}, (text, types(text))


@pytest.mark.parametrize(("text", "source"), [
    ("विपक्षी दलों ने संसद में विधेयक पर सरकार का साथ दिया।", None),
    ("शिवसेना ने अविश्वास प्रस्ताव पर भाजपा का साथ दिया।", "Shiv Sena"),
])
def test_backing_told_with_its_genitive_stays(text: str, source: str | None) -> None:
    assert any(t == "SUPPORT" and source in (None, s) for t, s in types(text)), (text, types(text))
