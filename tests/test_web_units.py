"""The explorer's parts without a server: parameters, highlighting, timelines, URLs."""

from __future__ import annotations

from typing import Any

import pytest

from ghatna.web.highlight import Region, Span, evidence_pieces, flat, nested
from ghatna.web.params import BadParameter, parse_day, parse_dyad, parse_types
from ghatna.web.security import safe_url
from ghatna.web.timeline import fold


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2024-05-09", False, "2024-05-09"),
    ("2024-05", False, "2024-05-01"),
    ("2024-05", True, "2024-05-31"),
    ("2024-02", True, "2024-02-29"),
    ("2024-12", True, "2024-12-31"),
    ("2024", False, "2024-01-01"),
    ("2024", True, "2024-12-31"),
    ("", True, None),
])
def test_dates_cover_what_they_name(value: str, end: bool, expected: str | None) -> None:
    assert parse_day("since", value, end=end) == expected


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13", "09-05-2024", "कल", "2024-5-9"])
def test_bad_dates_are_refused(value: str) -> None:
    with pytest.raises(BadParameter, match="since"):
        parse_day("since", value, end=False)


def test_dyads_and_types() -> None:
    assert parse_dyad(" rus : chn ") == ("RUS", "CHN")
    assert parse_types("consult, ACCUSE,consult") == ("CONSULT", "ACCUSE")
    with pytest.raises(BadParameter, match="RUS:CHN"):
        parse_dyad("RUS")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("//evil.example/x", None),
    ("https://exa mple.org", None),
    ("/work/shared/seeds/000.txt", None),
    (None, None),
])
def test_only_web_addresses_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def texts(pieces: list[Any]) -> list[tuple[str, str | None]]:
    return [(p.text, p.span.kind if p.span else None) for p in pieces]


def test_flat_marks_spans_and_keeps_every_character() -> None:
    text = "पुतिन ने शी से बात की।"
    pieces = flat(text, [Span(0, 5, "source"), Span(9, 11, "target"), Span(15, 18, "trigger"), Span(2, 7, "x")])
    assert "".join(p.text for p in pieces) == text
    assert texts(pieces) == [("पुतिन", "source"), (" ने ", None), ("शी", "target"), (" से ", None),
                             ("बात", "trigger"), (" की।", None)]


def test_flat_ignores_spans_outside_the_text() -> None:
    assert texts(flat("abc", [Span(2, 9, "x"), Span(-1, 1, "y")])) == [("abc", None)]


def test_nested_puts_spans_inside_regions_and_joins_overlapping_regions() -> None:
    text = "aa BB cc DD ee"
    pieces = nested(text, [Region(3, 8, ("ev-0",)), Region(6, 11, ("q-0",))],
                    [Span(0, 2, "GPE"), Span(3, 5, "PERSON"), Span(9, 11, "ORG"), Span(10, 13, "cross")])
    assert "".join(p.text for p in pieces) == text
    region = next(p for p in pieces if p.region)
    assert region.region.ids == ("ev-0", "q-0") and region.text == "BB cc DD"
    assert [(c.text, c.span.kind) for c in region.children if c.span] == [("BB", "PERSON"), ("DD", "ORG")]
    assert pieces[0].span and pieces[0].span.kind == "GPE"


def test_evidence_falls_back_to_the_trigger_text_when_offsets_disagree() -> None:
    record = {"body": "something else entirely", "events": [{"trigger": {"start": 0, "end": 3}}]}
    pieces = evidence_pieces(record, 0, "भारत ने आरोप लगाया", 40, "आरोप")
    assert [(p.text, p.span.kind) for p in pieces if p.span] == [("आरोप", "trigger")]


def row(date: str | None, lo: str | None, hi: str | None, type_: str = "CONSULT", n: int = 1,
        g: float = 1.0) -> dict[str, Any]:
    return {"date": date, "date_lo": lo, "date_hi": hi, "type": type_, "events": n, "goldstein": g}


def test_timeline_places_events_no_more_precisely_than_their_dates() -> None:
    rows = [row("2024-05-09", "2024-05-08", "2024-05-09", "ACCUSE", 2, -4.0),
            row("2024-07", "2024-07-01", "2024-07-31"), row("2024", "2024-01-01", "2024-12-31"),
            row(None, None, None), row("--05-09", None, None)]
    daily = fold(rows, "day", 1000)
    assert daily["totals"]["events"] == 2 and daily["totals"]["imprecise"] == 4
    monthly = fold(rows, "month", 1000)
    assert [p["period"] for p in monthly["periods"]] == ["2024-05", "2024-06", "2024-07"]
    assert monthly["periods"][0]["goldstein"] == -4.0 and monthly["periods"][0]["quad_classes"]["3"] == 2
    assert monthly["periods"][1]["events"] == 0 and monthly["totals"]["imprecise"] == 3


def test_weeks_start_on_monday_and_too_many_periods_are_refused() -> None:
    weekly = fold([row("2024-05-09", None, None)], "week", 10)
    assert weekly["periods"][0]["start"] == "2024-05-06" and weekly["periods"][0]["period"] == "2024-W19"
    with pytest.raises(BadParameter, match="interval"):
        fold([row("2020-01-01", None, None), row("2024-01-01", None, None)], "day", 100)


def test_places_take_coordinates_from_the_gazetteer() -> None:
    from ghatna.web.knowledge import coordinates, knowledge_base

    kb = knowledge_base(())
    beijing = coordinates(kb, "Beijing", "CHN")
    assert beijing is not None and abs(beijing[0] - 39.9) < 0.5 and abs(beijing[1] - 116.4) < 0.5
    assert coordinates(kb, "No Such Place Anywhere", None) is None
    assert coordinates(kb, None, None) is None
