"""Figures: compound Indian numbers, numbers said twice ("सौ-सौ"), numbers too large to be
figures, and figures found one sentence at a time."""

from __future__ import annotations

import json

import pytest

import ghatna
from ghatna.checks import record_problems
from ghatna.extraction.figures import FigureFinder
from ghatna.pipeline import Pipeline


@pytest.fixture(scope="module")
def finder() -> FigureFinder:
    return FigureFinder()


def figures(finder: FigureFinder, text: str) -> list[tuple[str, float, str, str]]:
    return [(m.text, m.value, m.unit, m.kind) for m in finder.find(text)]


@pytest.mark.parametrize(("text", "figure", "value", "unit", "kind"), [
    ("भूकंप में एक लाख चालीस हज़ार लोग बेघर हो गए।", "एक लाख चालीस हज़ार लोग बेघर", 140_000, "PERSON", "displaced"),
    ("परियोजना पर ढाई करोड़ रुपये खर्च होंगे।", "ढाई करोड़ रुपये", 25_000_000, "INR", "money"),
    ("बैंक ने साढ़े तीन अरब डॉलर का कर्ज दिया।", "साढ़े तीन अरब डॉलर", 3_500_000_000, "USD", "money"),
    ("सरकार ने सवा लाख रुपये का इनाम रखा।", "सवा लाख रुपये", 125_000, "INR", "money"),
    ("हादसे में पौने दो सौ यात्री घायल हुए।", "पौने दो सौ यात्री घायल", 175, "PERSON", "injured"),
    ("मदद के तौर पर 1.5 लाख डॉलर भेजे गए।", "1.5 लाख डॉलर", 150_000, "USD", "money"),
    ("पुलिस ने एक सौ बीस प्रदर्शनकारियों को हिरासत में लिया।", "एक सौ बीस प्रदर्शनकारियों को हिरासत में", 120, "PERSON",
     "arrested"),
    ("कंपनी को दो हज़ार सात सौ पचास करोड़ रुपये का घाटा हुआ।", "दो हज़ार सात सौ पचास करोड़ रुपये", 27_500_000_000,
     "INR", "money"),
    ("राज्य का बजट 2 लाख 40 हजार करोड़ रुपये का है।", "2 लाख 40 हजार करोड़ रुपये", 2.4e12, "INR", "money"),
    ("इस साल 5 करोड़ 20 लाख पर्यटक आए।", "5 करोड़ 20 लाख पर्यटक", 52_000_000, "PERSON", "people"),
    ("संघर्ष में बयालीस सैनिक मारे गए।", "बयालीस सैनिक मारे गए", 42, "PERSON", "killed"),
    ("दान में साढ़े सात सौ यूरो मिले।", "साढ़े सात सौ यूरो", 750, "EUR", "money"),
    ("सवा सौ लोगों की जान गई।", "सवा सौ लोगों की जान गई", 125, "PERSON", "killed"),
    ("डेढ़ हज़ार मज़दूर गिरफ़्तार किए गए।", "डेढ़ हज़ार मज़दूर गिरफ़्तार", 1_500, "PERSON", "arrested"),
])
def test_compound_numbers(finder: FigureFinder, text: str, figure: str, value: float, unit: str, kind: str) -> None:
    (found,) = finder.find(text)
    assert (found.text, found.unit, found.kind) == (figure, unit, kind)
    assert found.value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "तस्करों के पास से सौ-सौ डॉलर के नोट बरामद हुए।",
    "मृतकों के परिजनों को पांच-पांच लाख रुपये की मदद दी जाएगी।",
    "हर परिवार को दो दो हज़ार रुपये मिले।",
    "सभी खिलाड़ियों को 500-500 रुपये का इनाम मिला।",
    "गांव के दस-दस लोगों की टोलियां बनाई गईं।",
])
def test_a_number_said_twice_is_no_amount(finder: FigureFinder, text: str) -> None:
    assert figures(finder, text) == []


@pytest.mark.parametrize("tail", ["लोग मारे गए", "प्रतिशत", "रुपये", "डॉलर का नुकसान", "लोग घायल हुए", "करोड़ रुपये"])
@pytest.mark.parametrize("digits", ["1" * 310, "9" * 25, "1" * 5000])
def test_huge_digit_runs_give_no_figure(finder: FigureFinder, digits: str, tail: str) -> None:
    assert figures(finder, f"हमले में {digits} {tail}।") == []


@pytest.mark.parametrize("tail", ["लोग मारे गए।", "प्रतिशत की बढ़त हुई।", "रुपये का घोटाला हुआ।"])
def test_a_record_never_holds_infinity(tail: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(f"नई दिल्ली, 5 मार्च। सीमा पर हुए हमले में {'1' * 310} {tail} सेना ने जांच शुरू की।",
                         pipeline=pipeline)
    record = doc.to_record()
    assert record_problems(record) == []
    assert "1" * 310 not in json.dumps(record["figures"], ensure_ascii=False)
    assert "Infinity" not in json.dumps(record, allow_nan=False, ensure_ascii=False)


@pytest.mark.parametrize(("text", "expected"), [
    ("सेना ने कहा कि 500।\nरुपये की मांग गलत है।", []),  # the number ends one sentence, the unit starts the next
    ("हमले में 12 लोग मारे गए। राहत के लिए 40 करोड़ रुपये दिए गए।", [12.0, 4e8]),
])
def test_figures_do_not_cross_sentences(text: str, expected: list[float], pipeline: Pipeline) -> None:
    doc = ghatna.extract(text, pipeline=pipeline)
    assert [f.value for f in doc.figures] == expected
    assert all(doc.body[f.start: f.end] == f.text for f in doc.figures)


def test_many_figures_in_one_text_are_all_found(finder: FigureFinder) -> None:
    text = "हमले में 5 लोग मारे गए और 3 घायल हुए। " * 2000
    found = finder.find(text)
    assert [m.kind for m in found[:2]] == ["killed", "injured"]
    assert len(found) == 4000
