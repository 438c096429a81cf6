"""Event merging: one event from many reports; look-alike events kept apart."""

from __future__ import annotations

import pytest
from test_store_common import backend, event, processed, store, store_url  # noqa: F401

from ghatna.store import Actor, Mention, Store, merge_events, rebuild_events, save_batch
from ghatna.store.merge import date_span, intersect

PUTIN, XI = Actor("Vladimir Putin", "RUS", "PERSON"), Actor("Xi Jinping", "CHN", "PERSON")
LAVROV, WANG = Actor("Sergey Lavrov", "RUS", "PERSON"), Actor("Wang Yi", "CHN", "PERSON")
RUSSIA, CHINA = Actor("Russia", "RUS", "GPE"), Actor("China", "CHN", "GPE")


def m(article: str, type_: str = "CONSULT", source: Actor | None = PUTIN, target: Actor | None = XI,
      date: str | None = "2024-02-08", published: str | None = "2024-02-09", place: str | None = None,
      modality: str = "asserted", basis: str | None = None) -> Mention:
    return Mention(article, 0, type_, modality, source, target, date, published, place, date_basis=basis)


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
    (None, "2024-02-09", "2024-02-08", "2024-02-09"),
])
def test_date_span(text: str | None, published: str | None, lo: str, hi: str) -> None:
    span = date_span(text, published)
    assert (str(span.lo), str(span.hi)) == (lo, hi)


def test_month_day_without_any_year_fits_only_that_day() -> None:
    assert intersect(date_span("--02-08", None), date_span("2024-02-08", None)) is not None
    assert intersect(date_span("--02-08", None), date_span("2024-02-09", None)) is None


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
