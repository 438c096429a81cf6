"""The corpus commands, through typer: events (table, csv, json; filters that say no), show,
export, and ingest (engines, run-wide --published/--outlet, WARC and feed inputs)."""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from benchmark_modules import load_benchmark
from rich.console import Console
from test_store_common import event, processed
from typer.testing import CliRunner

from ghatna.cli.corpus import events_table, register
from ghatna.store import EventFilter, Store, events_frame, rebuild_events, save_batch

CALL = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की।"
LONG_PLACE = "Sri Jayawardenepura Kotte, the legislative capital of Sri Lanka, by its full name"
ARTICLE = ("रूस के राष्ट्रपति व्लादिमीर पुतिन ने बुधवार को चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की। "
           "दोनों नेताओं ने व्यापार और सुरक्षा पर चर्चा की।")


def make_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command()
    def version() -> None:  # a second command keeps typer from collapsing to one
        """Unused."""

    return app


def make_db(tmp_path: Path) -> str:
    db = str(tmp_path / "cli.duckdb")
    with Store.open(db) as store:
        save_batch(store, [processed("https://tass.example/1", "खबर " + CALL, [event(evidence=CALL, start=4)], "tass"),
                           processed("https://xinhua.example/2", "दूसरी " + CALL, [event(evidence=CALL, start=6)],
                                     "xinhua"),
                           processed("https://wire.example/3", "तीसरी " + CALL,
                                     [event("ASSAULT", ("Sri Lanka", "LKA"), ("India", "IND"), date="2023-05-01",
                                            place=LONG_PLACE, evidence=CALL, start=6, cameo="190")], "wire")])
        rebuild_events(store)
    return db


@pytest.fixture
def db(tmp_path: Path) -> str:
    return make_db(tmp_path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(make_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_events_show_export(db: str) -> None:
    code, out, _ = run("events", "--db", db, "--actor", "Vladimir Putin", "--dyad", "RUS:CHN", "--type", "CONSULT",
                       "--since", "2024-01-01", "--modality", "asserted", "--json")
    assert code == 0, out
    [line] = out.splitlines()
    event_id = json.loads(line)["id"]
    code, shown, _ = run("show", event_id, "--db", db)
    assert code == 0 and shown.count(CALL) == 2
    assert run("show", "nope", "--db", db)[0] == 2
    code, gdelt, _ = run("export", "--db", db, "--format", "gdelt")
    assert code == 0 and [len(line.split("\t")) for line in gdelt.splitlines()] == [61, 61]


def test_a_piped_table_is_tab_separated_with_nothing_cut(db: str) -> None:
    code, out, _ = run("events", "--db", db)
    assert code == 0, out
    header, *rows = out.splitlines()
    assert header.split("\t") == ["id", "date", "type", "modality", "source", "target", "place", "sources",
                                  "articles"]
    assert len(rows) == 2 and all(len(row.split("\t")) == 9 for row in rows)
    assert "…" not in out and LONG_PLACE in out
    ids = {json.loads(line)["id"] for line in run("events", "--db", db, "--format", "json")[1].splitlines()}
    assert {row.split("\t")[0] for row in rows} == ids  # full ids, as `show` takes them
    consult = next(row.split("\t") for row in rows if "\tCONSULT\t" in row)
    assert sorted(consult[4:6]) == ["Vladimir Putin", "Xi Jinping"] and consult[7:] == ["2", "2"]  # a call: either side


def test_a_terminal_table_folds_long_values_instead_of_cutting_them(db: str) -> None:
    with Store.open(db) as store:
        frame = events_frame(store, EventFilter())
    console = Console(file=io.StringIO(), width=70, force_terminal=False)
    console.print(events_table(frame))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert "2 events" in text and "…" not in text
    cells = [line.split("│")[1:-1] for line in text.splitlines() if line.startswith("│")]
    column = ["".join("".join(cell[number].split()) for cell in cells) for number in range(9)]
    assert column[0] == "".join(frame["id"])  # every id whole, folded over lines
    assert column[6] == "".join(LONG_PLACE.split())


def test_csv_and_json_give_every_column(db: str) -> None:
    with Store.open(db) as store:
        columns = list(events_frame(store, EventFilter()).columns)
    code, out, _ = run("events", "--db", db, "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == columns and {"date_lo", "date_hi", "num_mentions", "source_country"} <= set(columns)
    assert sorted(r["type"] for r in rows) == ["ASSAULT", "CONSULT"]
    assert next(r for r in rows if r["type"] == "ASSAULT")["location_name"] == LONG_PLACE
    code, out, _ = run("events", "--db", db, "--format", "json", "--type", "assault")
    assert code == 0 and [set(json.loads(line)) for line in out.splitlines()] == [set(columns)]
    assert run("events", "--db", db, "--json")[1] == run("events", "--db", db, "--format", "json")[1]
    assert run("events", "--db", db, "--format", "json", "--type", "AID") == (0, "", "")


@pytest.mark.parametrize(("args", "phrases"), [
    (["--type", "FIGHT"], ["FIGHT", "ASSAULT", "CONSULT"]),
    (["--dyad", "USA"], ["'USA'", "alpha-3", "RUS:CHN"]),
    (["--dyad", "RU:CN"], ["alpha-3"]),
    (["--since", "yesterday"], ["'yesterday'", "YYYY-MM-DD"]),
    (["--until", "2024-02-30"], ["not a real day", "YYYY-MM-DD"]),
    (["--modality", "maybe"], ["asserted", "denied"]),
    (["--format", "xml"], ["table", "csv", "json"]),
])
def test_filters_say_what_is_valid(db: str, args: list[str], phrases: list[str]) -> None:
    code, out, err = run("events", "--db", db, *args)
    assert code == 2 and out == ""
    for phrase in phrases:
        assert phrase in err


@pytest.mark.parametrize("actor", ["Vladimir Putin", "vladimir putin", "Putin", "पुतिन", "व्लादिमीर पुतिन", "Q7747",
                                   "शी जिनपिंग", "Q15031"])
def test_actor_by_any_name_alias_or_kb_id(db: str, actor: str) -> None:
    code, out, _ = run("events", "--db", db, "--actor", actor, "--format", "json")
    assert code == 0 and [json.loads(line)["type"] for line in out.splitlines()] == ["CONSULT"]


def test_an_actor_nobody_is_finds_nothing(db: str) -> None:
    assert run("events", "--db", db, "--actor", "Q1", "--format", "json") == (0, "", "")


@pytest.mark.parametrize(("since", "until", "types"), [
    ("2024", None, ["CONSULT"]), ("2024-02", "2024-02", ["CONSULT"]), (None, "2023-12-31", ["ASSAULT"]),
    ("2024-02-09", None, []),
])
def test_since_and_until_take_a_day_month_or_year(db: str, since: str | None, until: str | None,
                                                  types: list[str]) -> None:
    args = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    code, out, _ = run("events", "--db", db, "--format", "json", *args)
    assert code == 0 and [json.loads(line)["type"] for line in out.splitlines()] == types


# ---- ingest -------------------------------------------------------------------


def stored(db: str) -> list[tuple[str, str | None, str | None]]:
    with Store.open(db) as store:
        rows = store.query("SELECT s.source, s.outlet, a.published FROM sources s "
                           "LEFT JOIN articles a ON a.id = s.article_id ORDER BY s.source")
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_ingest_applies_published_and_outlet_to_inputs_without_their_own(tmp_path: Path) -> None:
    folder = tmp_path / "paper"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    record = {"text": "दूसरी खबर। " + ARTICLE, "url": "https://own.example/x", "published": "2024-03-01"}
    (folder / "b.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    code, _, err = run("ingest", str(folder), "--db", db, "--workers", "0", "-q", "--published", "2024-03-08",
                       "--outlet", "Dainik Example")
    assert code == 0, err
    assert stored(db) == [(str(folder / "a.txt"), "Dainik Example", "2024-03-08"),
                          ("https://own.example/x", "own.example", "2024-03-01")]
    with Store.open(db) as store:
        dates = {row[0] for row in store.query("SELECT date FROM events WHERE type = 'CONSULT'")}
    assert "2024-03-06" in dates  # "बुधवार" read against the given publication date


def test_without_defaults_a_text_file_has_no_date_and_its_folder_as_outlet(tmp_path: Path) -> None:
    (tmp_path / "paper").mkdir()
    (tmp_path / "paper" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    assert run("ingest", str(tmp_path / "paper"), "--db", db, "--workers", "0", "-q")[0] == 0
    assert stored(db) == [(str(tmp_path / "paper" / "a.txt"), "paper", None)]


@pytest.mark.parametrize(("args", "phrases"), [
    (["--published", "08/03/2024"], ["'08/03/2024'", "YYYY-MM-DD"]),
    (["--published", "2024-13-01"], ["YYYY-MM-DD"]),
    (["--published", "yesterday"], ["ISO timestamp"]),
    (["--outlet", "  "], ["--outlet", "name"]),
    (["--address", "ray://head:10001"], ["--engine ray"]),
    (["--engine", "spark"], ["local", "ray"]),
])
def test_ingest_refuses_bad_options_before_touching_the_store(tmp_path: Path, args: list[str],
                                                             phrases: list[str]) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    code, _, err = run("ingest", str(tmp_path / "a.txt"), "--db", str(db), "--workers", "0", "-q", *args)
    assert code == 2 and not db.exists()
    for phrase in phrases:
        assert phrase in err


def test_the_ray_engine_without_ray_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as when it is not installed
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"), "-q",
                       "--engine", "ray")
    assert code == 2 and "pip install" in err and "ray" in err and "Traceback" not in err


def test_the_ray_engine_stores_what_a_local_run_stores(tmp_path: Path) -> None:
    ray = pytest.importorskip("ray")
    from test_store_common import all_rows
    from test_store_ingest import write_corpus

    corpus = str(write_corpus(tmp_path / "news.jsonl"))
    local, on_ray = str(tmp_path / "local.duckdb"), str(tmp_path / "ray.duckdb")
    assert run("ingest", corpus, "--db", local, "--workers", "0", "-q")[0] == 0
    try:
        code, _, err = run("ingest", corpus, "--db", on_ray, "--workers", "2", "--batch-size", "3", "-q",
                           "--engine", "ray")
    finally:
        ray.shutdown()
    assert code == 0, err
    with Store.open(local) as first, Store.open(on_ray) as second:
        assert all_rows(first) == all_rows(second)


def test_ingest_reads_warc_crawls_and_feeds(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("feedparser")
    from test_text_web import ATOM, RSS, write_warc

    inputs = tmp_path / "crawl"
    inputs.mkdir()
    write_warc(inputs / "crawl.warc.gz")
    (inputs / "feed.xml").write_text(RSS, encoding="utf-8")
    (inputs / "wire.atom").write_text(ATOM, encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    code, _, err = run("ingest", str(inputs), "--db", db, "--workers", "0", "-q", "--outlet", "Ignored")
    assert code == 0, err
    rows = stored(db)
    assert [row[0] for row in rows] == ["https://news.example/a/1", "https://news.example/a/2",
                                        "https://wire.example/x"]
    assert {row[1] for row in rows} == {"news.example", "wire.example"}  # a URL's host, not --outlet
    published = {row[0]: row[2] for row in rows}
    # a/1 is in the crawl and the feed: stored once, from the crawl (read first), whose page gives no date
    assert (published["https://news.example/a/1"], published["https://wire.example/x"]) == (None, "2024-03-06")


# ---- crawls and feeds known by their content ----------------------------------


def test_a_crawl_or_feed_under_another_name_is_known_by_its_content(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("feedparser")
    from test_text_web import RSS, write_warc

    from ghatna.text.readers import RawArticle, expand_paths, iter_articles

    write_warc(tmp_path / "crawl.warc.gz")
    (tmp_path / "crawl.warc.gz").rename(tmp_path / "CC-NEWS-00001.bin")
    (tmp_path / "rss.php").write_text("<!-- a feed -->\n" + RSS.split("\n", 1)[1], encoding="utf-8")
    (tmp_path / "page.html").write_text("<!DOCTYPE html><html><body><p>rss feed</p></body></html>", encoding="utf-8")
    crawl, feed, page = (str(tmp_path / name) for name in ("CC-NEWS-00001.bin", "rss.php", "page.html"))
    assert [a.url for a in iter_articles([crawl]) if isinstance(a, RawArticle)] == ["https://news.example/a/1"]
    items = [a for a in iter_articles([feed]) if isinstance(a, RawArticle)]
    assert [a.url for a in items] == ["https://news.example/a/1", "https://news.example/a/2"]
    [html] = iter_articles([page])
    assert isinstance(html, RawArticle) and html.url is None and html.source == page
    walked = sorted(p.name for p in expand_paths([str(tmp_path)]) if isinstance(p, Path))
    assert walked == ["CC-NEWS-00001.bin", "page.html"]  # a crawl is found in a folder by its content


def test_a_feed_on_stdin_is_read_as_a_feed(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("feedparser")
    from test_text_web import ATOM

    from ghatna.text.readers import RawArticle, iter_articles

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode("utf-8"))))
    [item] = iter_articles(["-"])
    assert isinstance(item, RawArticle) and item.url == "https://wire.example/x"


def test_sniffing_for_a_crawl_never_reads_a_pipe(tmp_path: Path) -> None:
    from ghatna.text.warc import is_warc

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening it for reading would block until a writer comes
    assert not is_warc(fifo)
    (tmp_path / "notes.gz").write_bytes(b"\x1f\x8b not really gzip")
    assert not is_warc(tmp_path / "notes.gz")


# ---- the labelled pairs of benchmarks/eval_merge.py --------------------------------


@pytest.mark.parametrize("name", ["pairs.jsonl", "train_pairs.jsonl", "heldout_pairs.jsonl"])
def test_merge_pairs_point_at_unchanged_corpus_text(name: str) -> None:
    from ghatna.evaluate.shared_corpus import available

    if not available():
        pytest.skip("../shared/corpus is absent")
    em = load_benchmark("eval_merge")
    pairs = em.load_pairs(em.PAIRS.with_name(name))  # type: ignore[attr-defined]
    assert {p.label for p in pairs} == {"same", "different"} and len(pairs) >= 30
    articles = {a.key: a for p in pairs for a in (p.a, p.b)}
    for article in articles.values():
        record = em.feed_record(article, em.DEFAULT_SHARED)  # type: ignore[attr-defined]  # exits on drift
        assert len(record["text"]) > 200 and record["source"]
        assert (record.get("published") is None) == (article.collection == "bbc")


def test_heldout_merge_pairs_use_no_article_of_the_other_sets() -> None:
    em = load_benchmark("eval_merge")
    labelled = [a for name in ("pairs.jsonl", "train_pairs.jsonl")
                for p in em.load_pairs(em.PAIRS.with_name(name)) for a in (p.a, p.b)]  # type: ignore[attr-defined]
    heldout = [a for p in em.load_pairs(em.PAIRS.with_name("heldout_pairs.jsonl")) for a in (p.a, p.b)]  # type: ignore[attr-defined]

    def overlaps(x: Any, y: Any) -> bool:
        if (x.collection, x.record) != (y.collection, y.record):
            return False
        return x.start is None or y.start is None or (x.start < y.end and y.start < x.end)

    assert heldout and not [(x.key, y.key) for x in heldout for y in labelled if overlaps(x, y)]


def test_merge_verdicts_count_merged_apart_and_unextracted() -> None:
    em = load_benchmark("eval_merge")
    a, b = em.Article("papers", "x/a.txt", 0, 10), em.Article("air", "3")  # type: ignore[attr-defined]
    same, different = (em.Pair(a, b, label, "CONSULT", "") for label in ("same", "different"))  # type: ignore[attr-defined]
    one = {a.key: [{"event_id": "e1", "type": "CONSULT"}], b.key: [{"event_id": "e1", "type": "CONSULT"}]}
    two = {a.key: [{"event_id": "e1", "type": "CONSULT"}], b.key: [{"event_id": "e2", "type": "CONSULT"}]}
    none = {a.key: [{"event_id": "e1", "type": "CONSULT"}], b.key: [{"event_id": "e1", "type": "ACCUSE"}]}
    assert [em.judge(same, found, False)[0] for found in (one, two, none)] == [  # type: ignore[attr-defined]
        "merged", "apart", "not extracted"]
    assert em.judge(same, none, True)[0] == "merged"  # type: ignore[attr-defined]
    verdicts = [(same, "merged", []), (same, "not extracted", []), (different, "merged", [])]
    figures = em.summary(verdicts)  # type: ignore[attr-defined]
    assert (figures["same_merged_share"], figures["same_merged_share_of_extracted"], figures["distinct_merged"]) == (
        0.5, 1.0, 1)


def test_explain_tells_what_an_article_gave_instead_of_the_type() -> None:
    from ghatna.store.merge import Mention
    from ghatna.store.sides import Actor

    em = load_benchmark("eval_merge")
    a, b = em.Article("papers", "x/a.txt", 0, 10), em.Article("papers", "y/b.txt", 0, 10)  # type: ignore[attr-defined]
    pair = em.Pair(a, b, "same", "CONCEDE", "")  # type: ignore[attr-defined]
    ministry, people = Actor("Ministry of Home Affairs (India)", "IND", "ORG", "GOV"), Actor("India workers", "IND", "generic", "CVL")
    conceded = Mention("a1", 0, "CONCEDE", "asserted", ministry, people, published="2020-04-30",
                       evidence="गृह मंत्रालय ने फंसे मजदूरों को घर लौटने की अनुमति दे दी है ।")
    supported = Mention("b1", 0, "SUPPORT", "asserted", ministry, people, published="2020-04-29",
                        evidence="गृह मंत्रालय ने फंसे मजदूरों को शर्तों के साथ घर लौटने की अनुमति दी ।")
    other = Mention("b1", 1, "REQUEST", "asserted", people, ministry, published="2020-04-29",
                    evidence="मजदूरों ने बसें चलाने की मांग की ।")
    lines = em.explanation(pair, {a.key: [conceded], b.key: [supported, other]})  # type: ignore[attr-defined]
    assert "      b gave REQUEST, SUPPORT" in lines and "      a gave CONCEDE" in lines
    closest = next(line for line in lines if "closest other type" in line)
    assert closest.startswith("      closest other type: SUPPORT") and "b1#0" in closest
    assert not any("closest" in line for line in em.explanation(pair, {a.key: [conceded], b.key: []}))  # type: ignore[attr-defined]
