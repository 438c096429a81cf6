"""Tests for ghatna.dates: explicit, partial and relative Hindi date expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from ghatna.text.datewords import DateFinder, DateMention, parse_published

PUBLISHED = dt.date(2025, 11, 20)  # a Thursday


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder()


def values(finder: DateFinder, text: str, published: dt.date | None = PUBLISHED, *, future: bool = False) -> list[str | None]:
    return [mention.value for mention in finder.find(text, published, future=future)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 फरवरी 2022 को रूस ने हमला किया", ["2022-02-24"]),
        ("24 फ़रवरी, 2022 को", ["2022-02-24"]),
        ("फरवरी 24, 2022 को", ["2022-02-24"]),
        ("2022-02-24 को", ["2022-02-24"]),
        ("५ नवंबर २०२५ को मतदान हुआ", ["2025-11-05"]),
        ("5 नवम्बर 2025", ["2025-11-05"]),
        ("1 अक्तूबर 2023 और 2 अक्टूबर 2023", ["2023-10-01", "2023-10-02"]),
        ("Published: Mar 14, 2023", ["2023-03-14"]),
        ("नवंबर 2023 में", ["2023-11"]),
        ("नवंबर, 2023 में", ["2023-11"]),
        ("2024 में चुनाव हुए", ["2024"]),
        ("वर्ष 2024 के अंत तक", ["2024"]),
        ("साल 2024 में", ["2024"]),
        ("सन् 1947 में आज़ादी मिली", ["1947"]),
    ],
)
def test_explicit_dates(finder: DateFinder, text: str, expected: list[str]) -> None:
    assert values(finder, text) == expected
    assert values(finder, text, None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24/02/2022 को",
        "240 अरब डॉलर का व्यापार",
        "2024-2025 में",
        "वित्त वर्ष 2024-25 में",
        "2000 से ज्यादा लोग घायल",
        "1990 के दशक में",
        "31 फरवरी 2022",
        "31 अप्रैल को",
        "हर सोमवार बैठक होती है",
        "आजकल महंगाई बढ़ी है",
        "पिछले दिनों बारिश हुई",
        "किसानों ने दिल्ली तक मार्च निकाला",
        "कल्याण योजना",
        "कल-कारखाने बंद रहे",
        "आज तक के आंकड़े",
        "2024 करोड़ रुपये",
    ],
)
def test_no_date(finder: DateFinder, text: str) -> None:
    assert values(finder, text) == []


def test_a_year_range_never_gives_a_day(finder: DateFinder) -> None:
    assert all(m.precision != "day" for m in finder.find("2024-2025 के बीच", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "published", "future", "expected"),
    [
        ("5 नवंबर को", None, False, "--11-05"),
        ("5 नवंबर को", PUBLISHED, False, "2025-11-05"),
        ("5 नवंबर को", PUBLISHED, True, "2026-11-05"),
        ("25 नवंबर को", PUBLISHED, False, "2025-11-25"),  # within a week after publication
        ("28 दिसंबर को", PUBLISHED, False, "2024-12-28"),
        ("28 दिसंबर को", PUBLISHED, True, "2025-12-28"),
        ("19 नवंबर को", PUBLISHED, True, "2025-11-19"),  # one day before publication is allowed
        ("3 जनवरी को", dt.date(2025, 12, 30), False, "2026-01-03"),
    ],
)
def test_day_month_year_inference(
    finder: DateFinder, text: str, published: dt.date | None, future: bool, expected: str
) -> None:
    (mention,) = finder.find(text, published, future=future)
    assert mention.value == expected
    assert mention.rule == "day_month"
    assert mention.precision == ("month_day" if expected.startswith("--") else "day")


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("गुरुवार को", False, "2025-11-20"),
        ("बृहस्पतिवार को", False, "2025-11-20"),
        ("बुधवार देर रात", False, "2025-11-19"),
        ("सोमवार को", False, "2025-11-17"),
        ("शुक्रवार को", False, "2025-11-14"),
        ("रविवार", False, "2025-11-16"),
        ("गुरुवार को", True, "2025-11-20"),
        ("शुक्रवार को", True, "2025-11-21"),
        ("बुधवार को", True, "2025-11-26"),
    ],
)
def test_weekdays(finder: DateFinder, text: str, future: bool, expected: str) -> None:
    (mention,) = finder.find(text, PUBLISHED, future=future)
    assert (mention.value, mention.precision, mention.relative, mention.rule) == (expected, "day", True, "weekday")


def test_weekday_without_published_is_kept_without_value(finder: DateFinder) -> None:
    (mention,) = finder.find("मंगलवार को प्रदर्शन हुआ", None)
    assert mention == DateMention(0, 7, "मंगलवार", None, "none", True, "weekday", mention.confidence)


def test_weekday_before_explicit_date_is_dropped(finder: DateFinder) -> None:
    assert values(finder, "गुरुवार, 5 नवंबर 2025 को") == ["2025-11-05"]


@pytest.mark.parametrize(
    ("text", "future", "expected", "precision", "rule"),
    [
        ("आज", False, "2025-11-20", "day", "relative_day:आज"),
        ("कल शाम", False, "2025-11-19", "day", "relative_day:कल"),
        ("कल शाम", True, "2025-11-21", "day", "relative_day:कल"),
        ("परसों", False, "2025-11-18", "day", "relative_day:परसों"),
        ("परसों", True, "2025-11-22", "day", "relative_day:परसों"),
        ("बीते दिन", False, "2025-11-19", "day", "relative_day:बीते दिन"),
        ("पिछले दिन", True, "2025-11-19", "day", "relative_day:बीते दिन"),
        ("पिछले हफ्ते", False, "2025-11", "month", "relative_week:पिछले सप्ताह"),
        ("पिछले सप्ताह", False, "2025-11", "month", "relative_week:पिछले सप्ताह"),
        ("बीते सप्ताह", False, "2025-11", "month", "relative_week:पिछले सप्ताह"),
        ("अगले हफ्ते", False, "2025-11", "month", "relative_week:अगले सप्ताह"),
        ("पिछले महीने", False, "2025-10", "month", "relative_month:पिछले महीने"),
        ("बीते माह", False, "2025-10", "month", "relative_month:पिछले महीने"),
        ("अगले महीने", False, "2025-12", "month", "relative_month:अगले महीने"),
        ("पिछले साल", False, "2024", "year", "relative_year:पिछले साल"),
        ("पिछले वर्ष", False, "2024", "year", "relative_year:पिछले साल"),
        ("इस साल", False, "2025", "year", "relative_year:इस साल"),
        ("इस वर्ष", False, "2025", "year", "relative_year:इस साल"),
        ("अगले साल", False, "2026", "year", "relative_year:अगले साल"),
    ],
)
def test_relative_expressions(
    finder: DateFinder, text: str, future: bool, expected: str, precision: str, rule: str
) -> None:
    (mention,) = finder.find(text, PUBLISHED, future=future)
    assert (mention.value, mention.precision, mention.rule, mention.relative) == (expected, precision, rule, True)


@pytest.mark.parametrize("text", ["आज", "कल", "परसों", "पिछले हफ्ते", "पिछले महीने", "इस साल", "बीते दिन"])
def test_relative_without_published_has_no_value(finder: DateFinder, text: str) -> None:
    (mention,) = finder.find(text, None)
    assert (mention.value, mention.precision, mention.relative) == (None, "none", True)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2025, 11, 20), "2025-11"),  # 10-16 Nov
        (dt.date(2025, 12, 3), "2025-11"),  # 24-30 Nov
        (dt.date(2025, 12, 10), "2025-12"),  # 1-7 Dec
        (dt.date(2025, 11, 5), None),  # 27 Oct - 2 Nov crosses a month
    ],
)
def test_previous_week_only_when_inside_one_month(
    finder: DateFinder, published: dt.date, expected: str | None
) -> None:
    (mention,) = finder.find("पिछले सप्ताह", published)
    assert mention.value == expected
    assert mention.precision == ("none" if expected is None else "month")


def test_previous_month_wraps_the_year(finder: DateFinder) -> None:
    assert values(finder, "पिछले महीने", dt.date(2025, 1, 15)) == ["2024-12"]


def test_offsets_and_text(finder: DateFinder) -> None:
    text = "रिपोर्ट के अनुसार 24 फरवरी 2022 को हमला हुआ"
    (mention,) = finder.find(text, None, offset=100)
    assert text[mention.start - 100 : mention.end - 100] == mention.text == "24 फरवरी 2022"
    assert mention.rule == "day_month_year"
    assert 0 < mention.confidence <= 1


def test_article_with_several_dates(finder: DateFinder) -> None:
    text = (
        "नई दिल्ली। 24 फरवरी 2022 को शुरू हुए युद्ध के बाद पिछले सप्ताह फिर हमला हुआ। "
        "मंगलवार को 17 लोगों की मौत हुई। अगली बैठक 5 नवंबर को होगी।"
    )
    found = [(m.text, m.value) for m in finder.find(text, PUBLISHED)]
    assert found == [
        ("24 फरवरी 2022", "2022-02-24"),
        ("पिछले सप्ताह", "2025-11"),
        ("मंगलवार", "2025-11-18"),
        ("5 नवंबर", "--11-05"),  # "will be held on 5 November", read on 20 November: no year
    ]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Update: 2024-05-16 02:21 GMT", dt.date(2024, 5, 16)),
        ("Published: Mar 14, 2023", dt.date(2023, 3, 14)),
        ("प्रकाशित: 12 मार्च 2025, 10:15 AM IST", dt.date(2025, 3, 12)),
        ("Updated: 16 May 2024", dt.date(2024, 5, 16)),
        ("2024-05-16T08:30:00+05:30", dt.date(2024, 5, 16)),
        ("16/05/2024", dt.date(2024, 5, 16)),
        ("अपडेटेड: 05.06.2024 11:00", dt.date(2024, 6, 5)),
        ("Published: yesterday", None),
        ("32/13/2024", None),
        ("", None),
    ],
)
def test_parse_published(stamp: str, expected: dt.date | None) -> None:
    assert parse_published(stamp) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day whose own clause goes on to a future (or a "can") is the coming one
        ("विदेश मंत्री सोमवार को मास्को जाएंगे", "2025-11-24"),
        ("दोनों नेता कल दिल्ली में मिलेंगे", "2025-11-21"),
        ("सरकार शुक्रवार को बड़े फैसले ले सकती है", "2025-11-21"),
        ("प्रधानमंत्री 5 जनवरी को ढाका की यात्रा पर रवाना होंगे", "2026-01-05"),
        ("आगामी 3 जनवरी को होने वाली बैठक रद्द कर दी गई", "2026-01-03"),
        # ...not a day told as done, nor one cut off from the future by a clause or a past form
        ("विदेश मंत्री सोमवार को मास्को गए", "2025-11-17"),
        ("दोनों नेता कल दिल्ली में मिले", "2025-11-19"),
        ("मंत्री ने सोमवार को कहा कि वे मास्को जाएंगे", "2025-11-17"),
        ("सोमवार को हुई बैठक में नेता मिलेंगे", "2025-11-17"),
        ("5 जनवरी को प्रधानमंत्री ढाका गए थे", "2025-01-05"),
        ("सरकार शुक्रवार को बड़े फैसले ले सकती थी", "2025-11-14"),
    ],
)
def test_day_told_as_coming(finder: DateFinder, text: str, expected: str) -> None:
    assert values(finder, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive of a coming deed: a past form followed by "जा…" is no past
        ("सोमवार को परीक्षा के नतीजे घोषित किए जाएंगे", "2025-11-24"),
        ("शनिवार को नए मंत्रियों को शपथ दी जाएगी", "2025-11-22"),
        ("बुधवार को सदन में विधेयक पेश किया जा सकता है", "2025-11-26"),
        ("सोमवार को विधेयक पेश किया जा चुका था", "2025-11-17"),
        # a noun or a name that ends like a future verb is no future
        ("कल अस्पताल में एक रोगी की मौत हो गई", "2025-11-19"),
        ("सोमवार को मुख्यमंत्री योगी आदित्यनाथ ने समीक्षा बैठक की", "2025-11-17"),
        ("मंगलवार को सरकार के सहयोगी दल ने समर्थन वापस लिया", "2025-11-18"),
    ],
)
def test_day_told_as_coming_reads_verbs_not_look_alikes(finder: DateFinder, text: str, expected: str) -> None:
    assert values(finder, text)[0] == expected
