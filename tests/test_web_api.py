"""The REST API over a temporary store: filters, sorting, paging, downloads, detail, errors, limits."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_web_common import web_store_path  # noqa: F401

from ghatna.store import StoreError
from ghatna.web import WebSettings, create_app


@pytest.fixture(scope="module")
def client(web_store_path: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(WebSettings(db=str(web_store_path)))) as test_client:
        yield test_client


def events(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def pairs(data: dict[str, Any]) -> set[tuple[str, str | None, str | None]]:
    return {(e["type"], e["source_country"], e["target_country"]) for e in data["events"]}


def test_all_events_are_listed_with_a_total(client: TestClient) -> None:
    data = events(client)
    assert data["total"] == len(data["events"]) >= 5
    assert {("CONSULT", "CHN", "RUS"), ("ACCUSE", "IND", "PAK"), ("AID", "IND", "NPL")} <= pairs(data) | {
        (t, b, a) for t, a, b in pairs(data)}


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "CONSULT"}, {"CONSULT"}),
    ({"type": "consult,accuse"}, {"CONSULT", "ACCUSE"}),
    ({"dyad": "RUS:CHN"}, {"CONSULT"}),
    ({"dyad": "chn:rus"}, {"CONSULT"}),
    ({"actor": "Vladimir Putin"}, {"CONSULT"}),
    ({"actor": "पुतिन"}, {"CONSULT"}),  # a Hindi alias, through the knowledge base
    ({"actor": "Q7747"}, {"CONSULT"}),  # a KB id
    ({"actor": "Q7747", "role": "source", "type": "ACCUSE"}, set()),
    ({"country": "NPL", "type": "AID"}, {"AID"}),
    ({"sector": "MIL"}, {"ASSAULT"}),
    ({"modality": "planned"}, {"CONSULT"}),
    ({"min_sources": "2", "type": "CONSULT"}, {"CONSULT"}),
    ({"q": "फोन पर"}, {"CONSULT"}),
    ({"q": "हवाई हमला"}, {"ASSAULT"}),
    ({"since": "2024-03-14", "until": "2024-03-16"}, {"ASSAULT"}),
    ({"since": "2024-07", "modality": "planned"}, {"CONSULT"}),
])
def test_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    data = events(client, **params)
    assert {e["type"] for e in data["events"]} == expected
    assert data["total"] == len(data["events"])


def test_two_outlets_reporting_one_call_make_one_event_with_two_sources(client: TestClient) -> None:
    data = events(client, dyad="RUS:CHN", modality="asserted")
    assert data["total"] == 1
    assert data["events"][0]["num_sources"] == 2


def test_actor_matches_are_reported(client: TestClient) -> None:
    data = events(client, actor="पुतिन")
    assert "Q7747" in data["filters"]["actor_matches"]["kb_ids"]


def test_sorting_and_paging(client: TestClient) -> None:
    everything = events(client, sort="date")["events"]
    dated = [e["date_lo"] for e in everything if e["date_lo"]]
    assert dated == sorted(dated)
    newest = events(client, sort="-date")["events"]
    assert newest[0]["date_lo"] == max(dated)
    first, second = events(client, sort="date", limit=2), events(client, sort="date", limit=2, offset=2)
    assert [e["id"] for e in first["events"] + second["events"]] == [e["id"] for e in everything[:4]]
    assert first["total"] == len(everything) and first["limit"] == 2 and second["offset"] == 2


@pytest.mark.parametrize(("params", "parameter"), [
    ({"type": "HUG"}, "type"),
    ({"dyad": "RUSSIA-CHINA"}, "dyad"),
    ({"since": "2024-13-01"}, "since"),
    ({"since": "yesterday"}, "since"),
    ({"since": "2024-05-01", "until": "2024-04-01"}, "until"),
    ({"modality": "maybe"}, "modality"),
    ({"role": "victim"}, "role"),
    ({"min_sources": "two"}, "min_sources"),
    ({"sort": "random"}, "sort"),
    ({"sort": "date; DROP TABLE events"}, "sort"),
    ({"limit": "501"}, "limit"),
    ({"limit": "0"}, "limit"),
    ({"limit": "many"}, "limit"),
    ({"offset": "100001"}, "offset"),
    ({"format": "xml"}, "format"),
    ({"country": "India"}, "country"),
    ({"q": "x" * 201}, "q"),
])
def test_bad_parameters_are_400_with_the_parameter_named(client: TestClient, params: dict[str, str],
                                                         parameter: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    body = response.json()
    assert parameter in [p["parameter"] for p in body["problems"]]
    assert parameter in body["error"]


def test_csv_and_jsonl_downloads_of_a_query(client: TestClient) -> None:
    response = client.get("/api/events", params={"type": "CONSULT", "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["type"] for r in rows} == {"CONSULT"} and "source_name" in rows[0]
    lines = client.get("/api/events", params={"type": "CONSULT", "format": "jsonl"}).text.splitlines()
    assert len(lines) == len(rows) and json.loads(lines[0])["type"] == "CONSULT"
    assert client.get("/api/events", params={"format": "csv", "limit": "10000"}).status_code == 200
    assert client.get("/api/events", params={"format": "csv", "limit": "10001"}).status_code == 400


@pytest.mark.parametrize("path", ["/api/articles", "/api/actors", "/api/aggregates"])
def test_every_list_downloads_as_csv(client: TestClient, path: str) -> None:
    response = client.get(path, params={"format": "csv"})
    assert response.status_code == 200 and response.text.count("\n") >= 2


def test_one_event_with_every_mention_and_its_highlights(client: TestClient) -> None:
    event_id = events(client, dyad="RUS:CHN", modality="asserted")["events"][0]["id"]
    data = client.get(f"/api/events/{event_id}").json()
    assert data["type"] == "CONSULT" and data["quad_class"] == 1 and data["date_precision"] == "day"
    assert {m["outlet"] for m in data["mentions"]} == {"TASS Hindi", "Xinhua Hindi"}
    for mention in data["mentions"]:
        kinds = {h["kind"] for h in mention["highlights"]}
        assert {"trigger", "source", "target"} <= kinds, mention
        for h in mention["highlights"]:
            assert mention["evidence_text"][h["start"]:h["end"]] == h["text"]


def test_an_unknown_event_is_404(client: TestClient) -> None:
    response = client.get("/api/events/ev0000")
    assert response.status_code == 404 and "no event" in response.json()["error"]


def test_articles_and_one_article_with_its_record(client: TestClient) -> None:
    data = client.get("/api/articles", params={"outlet": "PTI"}).json()
    assert data["total"] == 2
    article_id = next(a["id"] for a in data["articles"] if a["published"] == "2024-05-09")
    article = client.get(f"/api/articles/{article_id}").json()
    record = article["record"]
    assert record["body"].startswith("नई दिल्ली") and record["entities"]
    assert article["sources"][0]["outlet"] == "PTI"
    accuse = next(e for e in record["events"] if e["type"] == "ACCUSE")
    assert accuse["event_id"] and client.get(f"/api/events/{accuse['event_id']}").status_code == 200
    assert client.get("/api/articles/nope").status_code == 404


def test_articles_filter_by_title_and_date(client: TestClient) -> None:
    assert client.get("/api/articles", params={"q": "नेपाल"}).json()["total"] == 1
    assert client.get("/api/articles", params={"since": "2024-05", "until": "2024-05"}).json()["total"] == 2


def test_actors_with_their_event_counts(client: TestClient) -> None:
    data = client.get("/api/actors", params={"limit": 100}).json()
    by_name = {a["name"]: a for a in data["actors"]}
    assert by_name["India"]["as_source"] >= 2
    assert by_name["Vladimir Putin"]["events"] >= 1
    assert data["total"] == len(data["actors"])
    only = client.get("/api/actors", params={"country": "NPL"}).json()["actors"]
    assert only and {a["country"] for a in only} == {"NPL"}


def test_one_actor_profile_and_events_over_time(client: TestClient) -> None:
    data = client.get("/api/actors/Q7747").json()
    assert data["kb"]["name"] == "Vladimir Putin"
    assert any(o["role"] == "president" and o["start"] for o in data["kb"]["offices"])
    total = data["as_source"]["totals"]["events"] + data["as_target"]["totals"]["events"]
    assert total >= 1
    assert client.get("/api/actors/Vladimir Putin").json()["kb"]["kb_id"] == "Q7747"
    assert client.get("/api/actors/Nobody At All").status_code == 404


def test_aggregates_for_a_dyad(client: TestClient) -> None:
    data = client.get("/api/aggregates", params={"dyad": "IND:PAK", "interval": "month"}).json()
    may = next(p for p in data["periods"] if p["period"] == "2024-05")
    assert may["types"]["ACCUSE"] >= 1 and may["quad_classes"]["3"] >= 1
    assert may["goldstein"] < 0
    assert data["totals"]["events"] == sum(p["events"] for p in data["periods"])


def test_a_month_precise_event_is_imprecise_on_a_daily_timeline(client: TestClient) -> None:
    monthly = client.get("/api/aggregates", params={"modality": "planned", "interval": "month"}).json()
    daily = client.get("/api/aggregates", params={"modality": "planned", "interval": "day"}).json()
    assert monthly["totals"]["events"] == 1 and monthly["periods"][0]["period"] == "2024-07"
    assert daily["totals"]["events"] == 0 and daily["totals"]["imprecise"] == 1


def test_weekly_periods_are_iso_weeks_without_gaps(client: TestClient) -> None:
    data = client.get("/api/aggregates", params={"interval": "week"}).json()
    starts = [p["start"] for p in data["periods"]]
    assert data["periods"][0]["period"].startswith("2024-W")
    assert len(starts) == len(set(starts)) and starts == sorted(starts)


def test_kb_lookup(client: TestClient) -> None:
    entries = client.get("/api/kb", params={"q": "पुतिन"}).json()["entries"]
    assert entries[0]["kb_id"] == "Q7747" and entries[0]["offices"]
    assert client.get("/api/kb").status_code == 400


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
            "/api/aggregates", "/api/kb"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/aggregates" in docs.text and "cdn" not in docs.text.lower()


def test_security_headers_on_every_answer(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/style.css", "/nope"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_request_limits(client: TestClient) -> None:
    assert client.get("/api/events", params={"q": "x" * 5000}).status_code == 414
    assert client.post("/api/events", json={"a": 1}).status_code == 405
    assert client.request("GET", "/api/events", content=b"x" * 5000).status_code == 413


def test_the_store_is_opened_read_only(client: TestClient, web_store_path: Path) -> None:  # noqa: F811
    import duckdb

    database = client.app.state.database  # type: ignore[attr-defined]
    with database.session() as store, pytest.raises(duckdb.Error, match="read-only"):
        store.execute("DELETE FROM events")
    assert events(client)["total"] >= 5


def test_a_missing_or_foreign_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(WebSettings(db=str(tmp_path / "missing.duckdb")))
    import duckdb

    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="no ghatna store"):
        create_app(WebSettings(db=str(other)))


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    from test_store_common import PG_URL, postgres_or_skip
    from test_web_common import build_store, write_articles

    from ghatna.store import Store

    postgres_or_skip()
    schema = f"t_web_{uuid.uuid4().hex[:10]}"
    build_store(PG_URL, write_articles(tmp_path_factory.mktemp("pg") / "articles.jsonl"), schema)
    try:
        with TestClient(create_app(WebSettings(db=PG_URL, schema=schema))) as test_client:
            yield test_client
    finally:
        with Store.open(PG_URL, schema=schema) as cleanup:
            cleanup.drop_schema(schema)


def test_postgresql_store_serves_the_same_api(pg_client: TestClient) -> None:
    data = pg_client.get("/api/events", params={"actor": "पुतिन", "q": "फोन", "sort": "-sources"}).json()
    assert data["total"] == 1 and data["events"][0]["type"] == "CONSULT"
    event = pg_client.get(f"/api/events/{data['events'][0]['id']}").json()
    assert {"trigger", "source", "target"} <= {h["kind"] for m in event["mentions"] for h in m["highlights"]}
    monthly = pg_client.get("/api/aggregates", params={"dyad": "IND:PAK"}).json()
    assert monthly["totals"]["events"] >= 1
    for path in ("/", "/timeline?dyad=RUS:CHN", "/actors", "/articles", "/actors/Q7747"):
        assert pg_client.get(path).status_code == 200, path


def test_postgresql_sessions_refuse_writes(pg_client: TestClient) -> None:
    import psycopg

    database = pg_client.app.state.database  # type: ignore[attr-defined]
    with database.session() as store, pytest.raises(psycopg.Error, match="read-only"):
        store.execute("DELETE FROM events")


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ghatna.cli.main import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "ghatna ingest" in result.output


def test_ghatna_serve_answers_on_loopback(web_store_path: Path) -> None:  # noqa: F811
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "ghatna", "serve", "--db", str(web_store_path), "--port", str(port),
               "--log-level", "warning"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=2)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None, server.stderr.read().decode() if server.poll() is not None else "no answer"
        assert answer.status_code == 200 and answer.json()["counts"]["articles"] == 7
        assert "server" not in answer.headers
    finally:
        server.terminate()
        server.wait(timeout=10)
