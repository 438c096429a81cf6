"""Event merging: one event from many reports; look-alike events kept apart."""

from __future__ import annotations

import pytest
from merge_cases import WORKERS
from test_store_common import event, processed

from ghatna.store import Actor, Mention, Store, merge_events, rebuild_events, save_batch
from ghatna.store.merge import why_apart
from ghatna.store.places import places_fit
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
    ("undated, published two days after: only the day of publication or the one before",
     m("a"), m("b", date=None, published="2024-02-10")),
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


# Within one country (issue 12): who did it, where and when must agree at the level the text gives.
NITISH = Actor("Nitish Kumar", "IND", "PERSON", "GOV", "ghatna:person:nitish-kumar")
NITISH_SPELT = Actor("Niteesh Kumar", "IND", "PERSON", "GOV", "ghatna:person:nitish-kumar")
NAMESAKE = Actor("Nitish Kumar", "IND", "PERSON", "BUS", "ghatna:person:nitish-kumar-trader")
PAWAR = Actor("Sharad Pawar", "IND", "PERSON", "PTY", "ghatna:person:sharad-pawar")
KAMAL = Actor("Kamal Singh", "IND", "PERSON")  # the KB gives him no sector
RAMESH = Actor("Ramesh Yadav", "IND", "PERSON", "CRM")
PATNA_POLICE = Actor("Patna Police", "IND", "ORG", "COP", "ghatna:org:patna-police")
JAN_MORCHA = Actor("Jan Morcha", "IND", "ORG", "PTY", "ghatna:org:jan-morcha")
POLICE, OFFICIALS = Actor("India police", "IND", "generic", "COP"), Actor("India officials", "IND", "generic", "GOV")
CIVILIANS, STUDENTS = Actor("India civilians", "IND", "generic", "CVL"), Actor("India students", "IND", "generic", "CVL")
RUSSIA_OFFICIALS, PUTIN_GOV = Actor("Russia officials", "RUS", "generic", "GOV"), Actor("Vladimir Putin", "RUS", "PERSON", "GOV")
ARREST = "पटना पुलिस ने बुधवार को कदमकुआं इलाके से चोरी के आरोप में तीन युवकों को गिरफ्तार किया।"
ARREST_COPY = "पटना पुलिस ने बुधवार को कदमकुआं इलाके से चोरी के आरोप में तीन युवकों को गिरफ्तार कर लिया ।"
OTHER_ARREST = "पुलिस ने लॉकडाउन तोड़ने वाले दो सौ लोगों को हिरासत में लिया।"


def d(article: str, source: Actor | None = NITISH, target: Actor | None = OFFICIALS, type_: str = "REQUEST",
      date: str | None = "2024-07-10", published: str | None = "2024-07-10", place: str | None = None,
      evidence: str | None = None, group: str | None = None) -> Mention:
    return Mention(article, 0, type_, "asserted", source, target, date, published, place, group=group,
                   evidence=evidence)


SAME_IN_ONE_COUNTRY = [
    ("one side named alike, the other generic alike", d("a"), d("b")),
    ("the same KB id spelt otherwise", d("a"), d("b", NITISH_SPELT)),
    ("a country's police fits its named police force", d("a", PATNA_POLICE, RAMESH, "COERCE"),
     d("b", POLICE, RAMESH, "COERCE")),
    ("generic sides only, near-duplicate wording", d("a", POLICE, CIVILIANS, "COERCE", evidence=ARREST),
     d("b", POLICE, CIVILIANS, "COERCE", evidence=ARREST_COPY)),
    ("generic sides only, copies of one article", d("a", POLICE, CIVILIANS, "COERCE", group="w"),
     d("b", POLICE, CIVILIANS, "COERCE", date=None, group="w")),
    ("a place the KB does not know never blocks", d("a", place="Kadamkuan Thana"), d("b", place="Bihar")),
    ("a district headquarters is in its state", d("a", place="Ranchi"), d("b", place="Jharkhand")),
    ("no date of its own, published the next day", d("a"), d("b", date=None, published="2024-07-11")),
    ("A met B and B met A", d("a", NITISH, PAWAR, "CONSULT"), d("b", PAWAR, NITISH, "CONSULT")),
]
DISTINCT_IN_ONE_COUNTRY = [
    ("police do not fit a party", d("a", JAN_MORCHA, RAMESH, "ACCUSE"), d("b", POLICE, RAMESH, "ACCUSE")),
    ("two named actors on one side", d("a"), d("b", PAWAR)),
    ("a namesake with another KB id", d("a"), d("b", NAMESAKE)),
    ("generic actors of other sectors", d("a", POLICE, RAMESH, "COERCE"), d("b", OFFICIALS, RAMESH, "COERCE")),
    ("a named actor of no known sector and a generic one", d("a", KAMAL, RAMESH), d("b", OFFICIALS, RAMESH)),
    ("generic sides only, other wording, same day", d("a", POLICE, CIVILIANS, "COERCE", evidence=ARREST),
     d("b", POLICE, CIVILIANS, "COERCE", evidence=OTHER_ARREST)),
    ("generic sides only, one report undated", d("a", POLICE, CIVILIANS, "COERCE", evidence=ARREST),
     d("b", POLICE, CIVILIANS, "COERCE", date=None, evidence=OTHER_ARREST)),
    ("generic sides only, no evidence", d("a", STUDENTS, OFFICIALS, "PROTEST"), d("b", STUDENTS, OFFICIALS, "PROTEST")),
    ("two states", d("a", place="Jharkhand"), d("b", place="Uttarakhand")),
    ("two district headquarters", d("a", place="Bhilwara"), d("b", place="Koriya")),
    ("no date of its own, published two days after", d("a"), d("b", date=None, published="2024-07-12")),
]


@pytest.mark.parametrize(("case", "first", "second"), SAME_IN_ONE_COUNTRY, ids=[c[0] for c in SAME_IN_ONE_COUNTRY])
def test_reports_of_one_event_in_one_country_merge(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 1, case


@pytest.mark.parametrize(("case", "first", "second"), DISTINCT_IN_ONE_COUNTRY,
                         ids=[c[0] for c in DISTINCT_IN_ONE_COUNTRY])
def test_distinct_events_in_one_country_stay_apart(case: str, first: Mention, second: Mention) -> None:
    assert len(merge_events([first, second])) == 2, case


def test_officials_of_a_country_fit_its_leader_of_that_sector() -> None:
    assert len(merge_events([m("a", source=PUTIN_GOV), m("b", source=RUSSIA_OFFICIALS)])) == 1
    assert len(merge_events([m("a", source=PUTIN_GOV), m("b", source=RUSSIA_OFFICIALS, target=WANG)])) == 2


def test_a_generic_report_between_two_named_ones_joins_neither_when_they_differ() -> None:
    """A police report fits the Patna Police, not the party: three reports, two events."""
    mentions = [d("a", PATNA_POLICE, RAMESH, "ACCUSE"), d("b", JAN_MORCHA, RAMESH, "ACCUSE"),
                d("c", POLICE, RAMESH, "ACCUSE", date=None)]
    clusters = {frozenset(x.article_id for x in c.members) for c in merge_events(mentions)}
    assert clusters == {frozenset({"a", "c"}), frozenset({"b"})}
    assert clusters == {frozenset(x.article_id for x in c.members) for c in merge_events(reversed(mentions))}


def test_a_near_duplicate_joins_its_own_of_two_generic_events_of_one_day() -> None:
    mentions = [d("a", POLICE, CIVILIANS, "COERCE", evidence=ARREST),
                d("b", POLICE, CIVILIANS, "COERCE", evidence=OTHER_ARREST),
                d("c", POLICE, CIVILIANS, "COERCE", date=None, evidence=ARREST_COPY)]
    clusters = {frozenset(x.article_id for x in c.members) for c in merge_events(mentions)}
    assert clusters == {frozenset({"a", "c"}), frozenset({"b"})}


# One briefing told by two papers: one names the official, the other says "the ministry".
BRIEFING = "गृह मंत्रालय की संयुक्त सचिव सुधा राव ने कहा कि सभी राज्य प्रवासी मजदूरों के लिए राहत शिविर बनाएं।"
BRIEFING_TOLD_OTHERWISE = "गृह मंत्रालय ने कहा कि सभी राज्य प्रवासी मजदूरों के लिए राहत शिविर बनाएं और भोजन दें।"
OTHER_REQUEST = "मुख्यमंत्री ने जिलाधिकारियों से मंडियों में भीड़ न होने देने को कहा।"
RAO = Actor("Sudha Rao", "IND", "PERSON", "GOV")


@pytest.mark.parametrize(("second", "date", "merged"), [
    (BRIEFING_TOLD_OTHERWISE, "2024-07-10", True),
    (BRIEFING_TOLD_OTHERWISE, "2024-07-14", False),  # the same words four days later: another day's order
    (OTHER_REQUEST, "2024-07-10", False),
])
def test_sides_told_otherwise_join_only_on_one_wording_of_one_day(second: str, date: str, merged: bool) -> None:
    mentions = [d("a", RAO, WORKERS, evidence=BRIEFING),
                d("b", CIVILIANS, WORKERS, date=date, published=date, evidence=second)]
    assert (len(merge_events(mentions)) == 1) is merged
    assert (why_apart(*mentions) is None) is merged
    assert len(merge_events(reversed(mentions))) == len(merge_events(mentions))


def test_a_reworded_report_does_not_rename_the_event_sides() -> None:
    """The named official stays the event's side; a later report naming her still joins."""
    mentions = [d("a", RAO, WORKERS, evidence=BRIEFING),
                d("b", CIVILIANS, WORKERS, evidence=BRIEFING_TOLD_OTHERWISE),
                d("c", RAO, WORKERS, date=None, published="2024-07-11", evidence=OTHER_REQUEST)]
    (cluster,) = merge_events(mentions)
    assert cluster.sides[0].named == RAO and {x.article_id for x in cluster.members} == {"a", "b", "c"}


LOCKDOWN_ARRESTS = "पुलिस ने लॉकडाउन का उल्लंघन करने वाले {} लोगों को गिरफ्तार किया।"


@pytest.mark.parametrize(("first", "second", "merged"), [
    ("50", "120", False),  # one template, two papers, two towns' arrests
    ("तीन", "दो", False),
    ("50", "50", True),
])
def test_one_template_with_other_figures_is_two_events(first: str, second: str, merged: bool) -> None:
    mentions = [d("a", POLICE, CIVILIANS, "COERCE", evidence=LOCKDOWN_ARRESTS.format(first)),
                d("b", POLICE, CIVILIANS, "COERCE", evidence=LOCKDOWN_ARRESTS.format(second))]
    assert (len(merge_events(mentions)) == 1) is merged


def test_two_named_actors_stay_two_events_however_alike_their_words() -> None:
    appeal = "मुख्यमंत्री {} ने राज्य की जनता से घर पर ही रहने का आग्रह किया।"
    mentions = [d("a", NITISH, CIVILIANS, evidence=appeal.format("नीतीश कुमार")),
                d("b", PAWAR, CIVILIANS, evidence=appeal.format("शरद पवार"))]
    assert len(merge_events(mentions)) == 2 and why_apart(*mentions) == "source"


@pytest.mark.parametrize(("wording", "joins"), [(ARREST_COPY, "a"), (OTHER_ARREST + " सभी", "b")])
def test_evidence_breaks_a_tie_between_two_events_a_report_fits(wording: str, joins: str) -> None:
    """A report naming the country fits both of one leader's requests that day; its wording decides."""
    mentions = [d("a", NITISH, OFFICIALS, evidence=ARREST), d("b", NITISH, POLICE, evidence=OTHER_ARREST),
                d("c", NITISH, Actor("India", "IND", "GPE"), date=None, evidence=wording)]
    clusters = {frozenset(x.article_id for x in c.members) for c in merge_events(mentions)}
    assert frozenset({joins, "c"}) in clusters and len(clusters) == 2


@pytest.mark.parametrize(("a", "b", "fit"), [
    ("Jharkhand", "Uttarakhand", False), ("Ranchi", "Jharkhand", True), ("Kremlin", "Moscow", True),
    ("Kyiv", "Moscow", False), ("Kadamkuan Thana", "Bihar", True), ("Bhilwara", "Koriya", False),
    ("New Delhi", "Delhi", True), ("Mumbai", "Delhi", False), ("Delhi", "India", True),
])
def test_places_fit_by_the_kb_hierarchy(a: str, b: str, fit: bool) -> None:
    assert places_fit(a, b) is fit
    assert places_fit(b, a) is fit


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


def test_stored_reports_within_one_country_merge_by_kind_sector_and_wording(store: Store) -> None:
    """The store hands the merge each side's kind, sector and KB id and the evidence sentence."""
    police = {"name": "India police", "country": "IND", "sector": "COP", "kb_id": None, "kind": "generic"}
    people = {"name": "India civilians", "country": "IND", "sector": "CVL", "kb_id": None, "kind": "generic"}
    force = {"name": "Patna Police", "country": "IND", "sector": "COP", "kb_id": "ghatna:org:patna-police",
             "kind": "ORG"}
    party = {"name": "Jan Morcha", "country": "IND", "sector": "PTY", "kb_id": "ghatna:org:jan-morcha", "kind": "ORG"}
    thief = {"name": "Ramesh Yadav", "country": "IND", "sector": "CRM", "kb_id": None, "kind": "PERSON"}

    def arrest(source: dict[str, object], target: dict[str, object], evidence: str) -> dict[str, object]:
        found = event("COERCE", date="2024-07-10", evidence=evidence, cameo="173")
        return found | {"source": source, "target": target}

    save_batch(store, [
        processed("a.txt", "पहली खबर", [arrest(police, people, ARREST)], published="2024-07-10"),
        processed("b.txt", "दूसरी खबर", [arrest(police, people, ARREST_COPY)], published="2024-07-10"),
        processed("c.txt", "तीसरी खबर", [arrest(police, people, OTHER_ARREST)], published="2024-07-10"),
        processed("d.txt", "चौथी खबर", [arrest(force, thief, "पटना पुलिस ने रमेश यादव को पकड़ा।")], published="2024-07-10"),
        processed("e.txt", "पाँचवीं खबर", [arrest(police, thief, "पुलिस ने आरोपी को जेल भेजा।")], published="2024-07-11"),
        processed("f.txt", "छठी खबर", [arrest(party, thief, "जन मोर्चा ने रमेश यादव पर आरोप लगाया।")], published="2024-07-10"),
    ])
    assert rebuild_events(store) == 4
    groups = {tuple(sorted(str(a) for a, in store.query(
        "SELECT s.source FROM event_mentions em JOIN sources s ON s.article_id = em.article_id WHERE em.event_id = ?",
        (e,)))) for e, in store.query("SELECT id FROM events")}
    assert groups == {("a.txt", "b.txt"), ("c.txt",), ("d.txt", "e.txt"), ("f.txt",)}


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


def test_a_rebuild_stopped_between_parts_is_finished_by_the_next_run(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ghatna.store import rebuild

    def round_of(prefix: str, day: str) -> list[object]:
        return [processed(f"{prefix}{n}.txt", f"{prefix} खबर {n}", [kind], outlet, published=day)
                for n, (kind, outlet) in enumerate([
                    (event(date=day), "tass"), (event("ACCUSE", date=day), "pti"),
                    (event("ASSAULT", ("Russia", "RUS"), ("Ukraine", "UKR"), day, cameo="190"), "ani"),
                    (event(date=day), "xinhua")])]

    def build(target: Store, stop_after: int | None) -> tuple[object, ...]:
        save_batch(target, [*round_of("a", "2024-02-08"),  # type: ignore[list-item]
                            processed("a9.txt", "समर्थन की खबर", [event("SUPPORT", date="2024-02-08")], "tass")])
        rebuild_events(target)
        # a second round, and an article stored again from a smaller source with another event:
        # its mention leaves its block, which must be merged again whenever the run stops
        save_batch(target, [*round_of("b", "2024-02-09"),  # type: ignore[list-item]
                            processed("0.txt", "समर्थन की खबर", [event("REJECT", date="2024-02-08")], "tass")])
        if stop_after is not None:
            calls = []
            original = rebuild.merge_blocks

            def stopping(*args: object) -> int:
                if len(calls) == stop_after:
                    raise RuntimeError("stopped")
                calls.append(1)
                return original(*args)  # type: ignore[arg-type]

            monkeypatch.setattr(rebuild, "merge_blocks", stopping)
            with pytest.raises(RuntimeError, match="stopped"):
                rebuild_events(target)
            monkeypatch.setattr(rebuild, "merge_blocks", original)
            assert target.query("SELECT count(*) FROM merge_pending")[0][0] > 0
        rebuild_events(target)
        assert target.query("SELECT count(*) FROM merge_pending")[0][0] == 0
        assert target.query("SELECT count(*) FROM events WHERE type = 'SUPPORT'")[0][0] == 0
        return events_of(target), links_of(target)

    monkeypatch.setattr(rebuild, "CHUNK", 1)  # a part per block and per article
    monkeypatch.setattr(rebuild, "MERGE_PART", 1)
    uninterrupted = build(store, None)
    for stop_after in (0, 1, 2):
        with Store.open(":memory:") as other:
            assert build(other, stop_after) == uninterrupted
