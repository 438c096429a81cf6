"""Event merging: one event from many reports; look-alike events kept apart."""

from __future__ import annotations

import pytest
from test_store_common import backend, event, processed, store, store_url  # noqa: F401

from ghatna.store import Actor, Mention, Store, merge_events, rebuild_events, save_batch
from ghatna.store.spans import Span, date_span, intersect

PUTIN, XI = Actor("Vladimir Putin", "RUS", "PERSON"), Actor("Xi Jinping", "CHN", "PERSON")
LAVROV, WANG = Actor("Sergey Lavrov", "RUS", "PERSON"), Actor("Wang Yi", "CHN", "PERSON")
RUSSIA, CHINA = Actor("Russia", "RUS", "GPE"), Actor("China", "CHN", "GPE")


UKRAINE, RUSSIA_NAMED = Actor("Ukraine", "UKR", "GPE"), Actor("Russia", "RUS", "named")


def m(article: str, type_: str = "CONSULT", source: Actor | None = PUTIN, target: Actor | None = XI,
      date: str | None = "2024-02-08", published: str | None = "2024-02-09", place: str | None = None,
      modality: str = "asserted", basis: str | None = None, mode: str | None = None,
      group: str | None = None) -> Mention:
    return Mention(article, 0, type_, modality, source, target, date, published, place, date_basis=basis,
                   mode=mode, group=group)


def strike(article: str, date: str | None, published: str | None, group: str | None = None) -> Mention:
    return m(article, "ASSAULT", RUSSIA, UKRAINE, date, published, group=group)


SAME_EVENT = [
    ("same day, other wording", m("a"), m("b")),
    ("symmetric call told from the other side", m("a"), m("b", source=XI, target=PUTIN)),
    ("day-month without year, known publication", m("a"), m("b", date="--02-08")),
    ("month precision", m("a"), m("b", date="2024-02")),
    ("no date, published next day", m("a"), m("b", date=None, published="2024-02-09")),
    ("country for a person", m("a"), m("b", source=RUSSIA)),
    ("one names the place", m("a", place="Beijing"), m("b")),
    ("year only", m("a"), m("b", date="2024", published=None)),
    ("date only from the next day's dateline", m("a"), m("b", date="2024-02-09", basis="dateline")),
    ("late report: undated, published two days after", m("a"), m("b", date=None, published="2024-02-10")),
    ("a visit over three days", m("a", mode="visit"), m("b", date="2024-02-10", mode="visit")),
    ("the country named as a plain name", m("a"), m("b", source=RUSSIA_NAMED)),
    ("the Kremlin is in Moscow", m("a", place="Kremlin"), m("b", place="Moscow")),
    ("Moscow is in Russia", m("a", place="Moscow"), m("b", place="Russia")),
    ("undated copy without a publication date joins its wire copy",
     strike("a", "2024-02-08", "2024-02-08", group="w"), strike("b", None, None, group="w")),
    ("a month-day without year joins its wire copy",
     strike("a", "2024-02-08", "2024-02-08", group="w"), strike("b", "--02-08", None, group="w")),
    ("a month reported within the month", m("a"), m("b", date="2024-02", published="2024-02-12")),
]
DISTINCT = [
    ("same leaders, another year", m("a"), m("b", date="2025-02-08", published="2025-02-09")),
    ("next round a month later", m("a", date="2024-03-10"), m("b", date="2024-04-12", published="2024-04-12")),
    ("reply expulsion a day later", m("a", "REJECT", RUSSIA, CHINA, "2024-02-08"),
     m("b", "REJECT", CHINA, RUSSIA, "2024-02-09")),
    ("strikes on different dates", m("a", "ASSAULT", RUSSIA, CHINA, "2024-02-06"),
     m("b", "ASSAULT", RUSSIA, CHINA, "2024-02-08")),
    ("other people of the same countries", m("a"), m("b", source=LAVROV, target=WANG)),
    ("other type", m("a"), m("b", "ACCUSE")),
    ("planned is not asserted", m("a"), m("b", modality="planned")),
    ("other place", m("a", place="Beijing"), m("b", place="Moscow")),
    ("undated report a week later", m("a"), m("b", date=None, published="2024-02-16")),
    ("the next day, said in the text", m("a"), m("b", date="2024-02-09")),
    ("strike the day after a dateline-dated one", m("a", "ASSAULT", RUSSIA, CHINA, "2024-02-08", basis="dateline"),
     m("b", "ASSAULT", RUSSIA, CHINA, "2024-02-09")),
    ("undated strikes without publication dates", strike("a", None, None), strike("b", None, None)),
    ("strikes told by month-day only, no publication date", strike("a", "--11-05", None), strike("b", "--11-05", None)),
    ("a strike and an undated report with no publication date", strike("a", "2024-02-08", "2024-02-08"),
     strike("b", None, None)),
    ("a visit five days later", m("a", mode="visit"), m("b", date="2024-02-13", mode="visit")),
    ("a call is one day, not three", m("a", mode="phone"), m("b", date="2024-02-10", mode="phone")),
    ("Kyiv is not Moscow", m("a", place="Kyiv"), m("b", place="Moscow")),
    ("a year told months after", m("a"), m("b", date="2024", published="2024-09-30")),
    ("a year of two different years", m("a", date="2023", published=None), m("b", date="2024", published=None)),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME_EVENT, ids=[c[0] for c in SAME_EVENT])
def test_reports_of_one_event_merge(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 1, case


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT, ids=[c[0] for c in DISTINCT])
def test_distinct_events_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case


def test_vague_report_joins_the_nearest_of_two_calls() -> None:
    mentions = [m("a", date="2024-02-08"), m("b", date="2024-09-20", published="2024-09-21"),
                m("c", date="2024", published="2024-09-22")]
    clusters = {frozenset(x.article_id for x in c.members) for c in merge_events(mentions)}
    assert clusters == {frozenset({"a"}), frozenset({"b", "c"})}


def test_merging_does_not_depend_on_order() -> None:
    mentions = [m("a"), m("b", date="--02-08"), m("c", date=None), m("d", date="2025-02-08", published="2025-02-08")]
    first = [(c.id, sorted(x.key for x in c.members)) for c in merge_events(mentions)]
    second = [(c.id, sorted(x.key for x in c.members)) for c in merge_events(reversed(mentions))]
    assert first == second


@pytest.mark.parametrize(("text", "published", "lo", "hi"), [
    ("2024-02-08", None, "2024-02-08", "2024-02-08"),
    ("2024-02", None, "2024-02-01", "2024-02-29"),
    ("2024", None, "2024-01-01", "2024-12-31"),
    ("--11-05", "2025-11-06", "2025-11-05", "2025-11-05"),
    ("--12-30", "2025-01-02", "2024-12-30", "2024-12-30"),
    (None, "2024-02-09", "2024-02-07", "2024-02-09"),  # a late report: up to two days before
    ("2024-02", "2024-02-09", "2024-02-01", "2024-02-10"),  # not past the day after publication
])
def test_date_span(text: str | None, published: str | None, lo: str, hi: str) -> None:
    span = date_span(text, published)
    assert (str(span.lo), str(span.hi)) == (lo, hi)


def test_month_day_without_any_year_fits_only_that_day() -> None:
    assert intersect(date_span("--02-08", None), date_span("2024-02-08", None)) is not None
    assert intersect(date_span("--02-08", None), date_span("2024-02-09", None)) is None


def day(text: str) -> Span:
    return date_span(text, None)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (day("2024"), day("--02-08"), day("2024-02-08")),  # a year and a month-day narrow to the day
    (day("2024-02"), day("--02-08"), day("2024-02-08")),
    (day("2024-03"), day("--02-08"), None),
    (Span(), day("--02-08"), day("--02-08")),  # an unknown never erases a known date
    (day("--02-08"), Span(), day("--02-08")),
    (Span(), day("2024-02-08"), day("2024-02-08")),
    (day("--02-08"), day("--02-09"), None),
    (Span(), Span(), Span()),
])
def test_intersect_narrows_and_keeps_what_is_known(a: Span, b: Span, expected: Span | None) -> None:
    assert intersect(a, b) == expected
    assert intersect(b, a) == expected


def test_a_vague_report_near_two_events_joins_the_one_near_its_publication() -> None:
    mentions = [m("a", date="2024-02-08"), m("b", date="2024-02-20", published="2024-02-21"),
                m("c", date="2024-02", published="2024-02-22")]
    clusters = {frozenset(x.article_id for x in c.members) for c in merge_events(mentions)}
    assert clusters == {frozenset({"a"}), frozenset({"b", "c"})}


def test_a_year_alone_joins_only_when_it_fits_one_event() -> None:
    mentions = [m("a", date="2024-02-08"), m("b", date="2024-09-20"), m("c", date="2024", published=None)]
    assert len(merge_events(mentions)) == 3


def test_a_large_block_merges_without_comparing_every_pair() -> None:
    """10,000 reports of daily strikes over three years: each day's reports become one event."""
    from datetime import date, timedelta

    start = date(2023, 1, 1)
    mentions = [strike(f"{n:05d}", (start + timedelta(days=n % 1000)).isoformat(),
                       (start + timedelta(days=n % 1000 + 1)).isoformat()) for n in range(10_000)]
    assert len(merge_events(mentions)) == 1000


def test_rebuild_counts_mentions_sources_and_articles(store: Store) -> None:
    save_batch(store, [
        processed("a.txt", "पहली खबर पुतिन शी", [event(evidence="पुतिन ने शी से फोन पर बात की।")], "tass"),
        processed("b.txt", "दूसरी खबर शी पुतिन", [event(source=("Xi Jinping", "CHN"), target=("Vladimir Putin", "RUS"),
                                                      date="--02-08", evidence="शी और पुतिन की बातचीत।")], "xinhua"),
        processed("c.txt", "दूसरी खबर शी पुतिन", [event(date="--02-08")], "reuters"),  # the same body again
        processed("d.txt", "अगले साल फिर", [event(date="2025-02-08")], "tass", published="2025-02-09"),
    ])
    assert rebuild_events(store) == 2
    rows = store.query("SELECT date, num_mentions, num_sources, num_articles FROM events ORDER BY date")
    assert rows == [("2024-02-08", 3, 3, 3), ("2025-02-08", 1, 1, 1)]
    assert rebuild_events(store) == 2  # recomputing gives the same, not more


def events_of(store: Store) -> dict[str, tuple[object, ...]]:
    rows = store.query("SELECT id, date, num_mentions, num_sources, num_articles FROM events")
    return {str(r[0]): r[1:] for r in rows}


def links_of(store: Store) -> set[tuple[object, ...]]:
    return set(store.query("SELECT event_id, article_id, idx FROM event_mentions"))


def test_adding_articles_keeps_ids_and_gives_what_a_full_rebuild_gives(store: Store) -> None:
    call, next_year = event(), event(date="2025-02-08")
    save_batch(store, [processed("z.txt", "पहली खबर पुतिन शी", [call], "tass"),
                       processed("y.txt", "अगले साल फिर", [next_year], "tass", published="2025-02-09")])
    rebuild_events(store)
    before = events_of(store)
    assert len(before) == 2
    # a report whose article id sorts first joins the first call; the event keeps its id
    save_batch(store, [processed("a.txt", "दूसरी खबर शी पुतिन", [event(date="--02-08")], "xinhua"),
                       processed("b.txt", "तीसरी खबर", [event("ACCUSE")], "pti")])
    assert rebuild_events(store) == 3
    after = events_of(store)
    assert set(before) < set(after)
    grown = [i for i in before if after[i] != before[i]]
    assert len(grown) == 1 and after[grown[0]][1:] == (2, 2, 2)
    incremental = (after, links_of(store))
    assert rebuild_events(store, everything=True) == 3
    assert (events_of(store), links_of(store)) == incremental


def test_a_new_source_of_a_stored_article_updates_the_counts(store: Store) -> None:
    save_batch(store, [processed("a.txt", "एक ही खबर", [event()], "tass")])
    rebuild_events(store)
    save_batch(store, [processed("b.txt", "एक ही खबर", [event()], "xinhua")])
    rebuild_events(store)
    assert store.query("SELECT num_mentions, num_sources, num_articles FROM events") == [(2, 2, 2)]


def test_a_large_block_is_merged_again_only_around_the_new_days(store: Store) -> None:
    from datetime import date, timedelta

    def daily(n: int, day: date, text: str) -> object:
        return processed(f"s{n:04d}.txt", f"{text} {n}", [event("ASSAULT", ("Russia", "RUS"), ("Ukraine", "UKR"),
                                                                 day.isoformat(), cameo="190")],
                         published=(day + timedelta(days=1)).isoformat())

    start = date(2024, 1, 1)
    save_batch(store, [daily(n, start + timedelta(days=n), "हमला") for n in range(320)])  # type: ignore[misc]
    rebuild_events(store)
    before = events_of(store)
    late = start + timedelta(days=200)
    save_batch(store, [daily(1000, late, "फिर हमला"), processed("t.txt", "बिना तारीख", [event(
        "ASSAULT", ("Russia", "RUS"), ("Ukraine", "UKR"), None, cameo="190")],
        published=(late + timedelta(days=1)).isoformat())])
    assert rebuild_events(store) == 320
    after = events_of(store)
    assert set(after) == set(before) and sum(1 for k in after if after[k] != before[k]) == 1
    incremental = (after, links_of(store))
    rebuild_events(store, everything=True)
    assert (events_of(store), links_of(store)) == incremental


def test_changes_far_apart_in_a_large_block_are_merged_again_each_in_its_own_stretch(store: Store) -> None:
    from datetime import date, timedelta

    def daily(n: int, day: date, text: str, when: str | None = "day") -> object:
        told = day.isoformat() if when == "day" else None
        return processed(f"s{n:04d}.txt", f"{text} {n}", [event("ASSAULT", ("Russia", "RUS"), ("Ukraine", "UKR"),
                                                                 told, cameo="190")],
                         published=(day + timedelta(days=1)).isoformat())

    start = date(2024, 1, 1)
    save_batch(store, [daily(n, start + timedelta(days=n), "हमला") for n in range(400)])  # type: ignore[misc]
    rebuild_events(store)
    before = events_of(store)
    early, late = start + timedelta(days=20), start + timedelta(days=380)
    save_batch(store, [daily(1000, early, "फिर हमला"), daily(1001, late, "बिना तारीख", when=None)])  # type: ignore[list-item]
    updated: list[str] = []
    original = store.insert_rows

    def spy(table: str, columns: object, rows: list[tuple[object, ...]]) -> None:
        if table == "events":
            updated.extend(str(r[0]) for r in rows)
        original(table, columns, rows)  # type: ignore[arg-type]

    store.insert_rows = spy  # type: ignore[method-assign]
    assert rebuild_events(store) == 400
    store.insert_rows = original  # type: ignore[method-assign]
    after = events_of(store)
    changed = sorted(k for k in after if after[k] != before[k])
    assert len(changed) == 2 and sorted(updated) == changed  # only the two events that grew are written
    dates = sorted(date.fromisoformat(str(after[k][0])) for k in changed)
    assert dates[0] == early and abs((dates[1] - late).days) <= 1  # an undated report: its day or the next
    incremental = (after, links_of(store))
    rebuild_events(store, everything=True)
    assert (events_of(store), links_of(store)) == incremental
