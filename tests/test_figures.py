"""Tests for ghatna.figures: money, percentages and counts of people."""

from __future__ import annotations

import pytest

from ghatna.extraction.figures import FigureFinder


@pytest.fixture(scope="module")
def finder() -> FigureFinder:
    return FigureFinder()


def summary(finder: FigureFinder, text: str) -> list[tuple[str, float, str, str]]:
    return [(m.text, m.value, m.unit, m.kind) for m in finder.find(text)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("दोनों देशों में 240 अरब डॉलर का व्यापार हुआ", "240 अरब डॉलर", 240e9, "USD"),
        ("50 करोड़ अमेरिकी डॉलर की मदद", "50 करोड़ अमेरिकी डॉलर", 5e8, "USD"),
        ("100 डालर", "100 डालर", 100.0, "USD"),
        ("2.5 लाख करोड़ रुपये का बजट", "2.5 लाख करोड़ रुपये", 2.5e12, "INR"),
        ("500 रुपए का जुर्माना", "500 रुपए", 500.0, "INR"),
        ("एक हजार रुपया", "एक हजार रुपया", 1000.0, "INR"),
        ("₹500 करोड़ की योजना", "₹500 करोड़", 5e9, "INR"),
        ("रु. 1,00,000 का इनाम", "रु. 1,00,000", 1e5, "INR"),
        ("10 हजार पाकिस्तानी रुपये", "10 हजार पाकिस्तानी रुपये", 1e4, "PKR"),
        ("300 नेपाली रुपये", "300 नेपाली रुपये", 300.0, "NPR"),
        ("20 अरब युआन", "20 अरब युआन", 2e10, "CNY"),
        ("10 लाख रूबल", "10 लाख रूबल", 1e6, "RUB"),
        ("5 अरब यूरो", "5 अरब यूरो", 5e9, "EUR"),
        ("40 करोड़ पाउंड", "40 करोड़ पाउंड", 4e8, "GBP"),
        ("1 ट्रिलियन येन", "1 ट्रिलियन येन", 1e12, "JPY"),
        ("50 अरब सऊदी रियाल", "50 अरब सऊदी रियाल", 5e10, "SAR"),
        ("200 दिरहम", "200 दिरहम", 200.0, "AED"),
        ("30 करोड़ टका", "30 करोड़ टका", 3e8, "BDT"),
        ("$5 billion की सहायता", "$5 billion", 5e9, "USD"),
        ("$ 2.5 अरब का सौदा", "$ 2.5 अरब", 2.5e9, "USD"),
        ("ढाई अरब डॉलर", "ढाई अरब डॉलर", 2.5e9, "USD"),
        ("२४० अरब डॉलर", "२४० अरब डॉलर", 240e9, "USD"),
    ],
)
def test_money(finder: FigureFinder, text: str, figure: str, value: float, unit: str) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.unit, mention.kind) == (figure, unit, "money")
    assert mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("महंगाई 12 प्रतिशत बढ़ी", "12 प्रतिशत", 12.0),
        ("12 फीसदी वोट", "12 फीसदी", 12.0),
        ("12 फ़ीसदी", "12 फ़ीसदी", 12.0),
        ("विकास दर 12% रही", "12%", 12.0),
        ("12.5 % की गिरावट", "12.5 %", 12.5),
        ("५० प्रतिशत लोग", "५० प्रतिशत", 50.0),
    ],
)
def test_percent(finder: FigureFinder, text: str, figure: str, value: float) -> None:
    (mention,) = finder.find(text)
    assert (mention.text, mention.value, mention.unit, mention.kind) == (figure, value, "PERCENT", "percent")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("हादसे में 17 लोगों की मौत हो गई", 17.0, "killed"),
        ("हमले में 17 लोग मारे गए", 17.0, "killed"),
        ("कम से कम 30 लोग घायल हुए", 30.0, "injured"),
        ("पुलिस ने 45 लोगों को गिरफ्तार किया", 45.0, "arrested"),
        ("12 सैनिकों की मौत", 12.0, "killed"),
        ("बाढ़ से 5 लाख लोग विस्थापित हुए", 5e5, "displaced"),
        ("दो लोगों की मौत", 2.0, "killed"),
        ("मुठभेड़ में 3 आतंकी ढेर", 3.0, "killed"),
        ("हमले में 17 की मौत", 17.0, "killed"),
        ("20 से अधिक प्रदर्शनकारियों को हिरासत में लिया गया", 20.0, "arrested"),
        ("1,500 से अधिक लोग घायल", 1500.0, "injured"),
        ("2000 लोग मारे गए", 2000.0, "killed"),
        ("१७ लोगों की मौत", 17.0, "killed"),
        ("10 हजार लोग रैली में पहुंचे", 1e4, "people"),
    ],
)
def test_people(finder: FigureFinder, text: str, value: float, kind: str) -> None:
    (mention,) = finder.find(text)
    assert (mention.value, mention.unit, mention.kind) == (value, "PERSON", kind)


@pytest.mark.parametrize(
    "text",
    [
        "वर्ष 2024 में चुनाव हुए",
        "2024 में हिंसा में कई की मौत",
        "240 अरब का व्यापार",
        "उन्होंने 240 बार कहा",
        "17 नवंबर को हुई हिंसा में मौत",
        "25 वर्षीय युवक की मौत",
        "2 घंटे बाद अस्पताल में मौत",
        "एक हमले में मौत",
        "एक अधिकारी ने बताया",
        "दर्जनों लोग घायल",
        "हजारों लोग सड़कों पर",
        "5 सीटों पर जीत",
        "10:30 बजे धमाका",
        "2022-02-24 को हमला हुआ जिसमें मौत",
    ],
)
def test_not_figures(finder: FigureFinder, text: str) -> None:
    assert finder.find(text) == []


def test_each_figure_once_in_order_with_offsets(finder: FigureFinder) -> None:
    text = (
        "24 फरवरी 2022 के बाद 240 अरब डॉलर का नुकसान हुआ। हमले में 17 लोगों की मौत हुई "
        "और 30 लोग घायल हुए। महंगाई 5.5 प्रतिशत रही।"
    )
    found = finder.find(text, offset=10)
    assert [(m.kind, m.value) for m in found] == [
        ("money", 240e9), ("killed", 17.0), ("injured", 30.0), ("percent", 5.5),
    ]
    assert all(text[m.start - 10 : m.end - 10] == m.text for m in found)


def test_money_is_not_also_a_count(finder: FigureFinder) -> None:
    kinds = [m.kind for m in finder.find("500 करोड़ रुपये के घोटाले में 3 लोग गिरफ्तार")]
    assert kinds == ["money", "arrested"]


def test_percent_wins_over_people(finder: FigureFinder) -> None:
    assert summary(finder, "50 फीसदी लोग घायल") == [("50 फीसदी", 50.0, "PERCENT", "percent")]
