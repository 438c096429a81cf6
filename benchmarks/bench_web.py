"""Web explorer benchmark: event search and dyad timelines over HTTP on a 10,000-article store.

    python benchmarks/bench_web.py [--db /tmp/ghatna-bench/web-10000.duckdb] [--articles 10000] [--rounds 3]

Builds the store when it is missing (the corpus of gen_corpus.py, as bench_ingest.py makes
it, ingested with every core), starts ``ghatna serve`` on 127.0.0.1 in its own process,
and times requests from this process as a browser would make them: the JSON API and the
HTML page of each query. Event searches mix every filter (types, dyads, actors by Hindi
and English name, evidence words, dates, sources, sorting, deep pages); timelines are
every dyad of the corpus per day, week and month. Aims: event search p95 <= 100 ms,
a dyad timeline <= 300 ms. Every request goes to the loopback address only, and the run
makes a fixed number of them.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))

CACHE = Path("/tmp/ghatna-bench")
TYPES = ("CONSULT", "ACCUSE", "ASSAULT", "AGREE", "THREATEN", "AID", "CONSULT,AGREE", "SANCTION")
ACTORS = ("Vladimir Putin", "पुतिन", "Xi Jinping", "नरेंद्र मोदी", "Q1124", "Donald Trump", "Shehbaz Sharif")
WORDS = ("बातचीत", "हमला", "समझौता", "आरोप", "फोन")
SORTS = ("-date", "date", "-sources", "goldstein", "-mentions")


def build_store(db: Path, articles: int) -> None:
    from bench_ingest import corpus

    from ghatna.store import IngestSettings, Store, ingest

    print(f"building {db} from {articles} generated articles (once; takes minutes)", flush=True)
    started = time.perf_counter()
    with Store.open(str(db)) as store:
        report = ingest(store, [str(corpus(articles))], IngestSettings(workers=os.cpu_count() or 1))
    print(f"  {report.stored} articles, {report.events} events in {time.perf_counter() - started:.0f}s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    ghatna = Path(sys.executable).with_name("ghatna")
    process = subprocess.Popen([str(ghatna), "serve", "--db", str(db), "--port", str(port),
                                "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/summary", timeout=2).raise_for_status()
            return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not answer within 60 s")


def dyads(client: httpx.Client) -> list[str]:
    rows = client.get("/api/actors", params={"limit": 500}).json()["actors"]
    countries = sorted({r["country"] for r in rows if r["country"]})[:14]
    return [f"{a}:{b}" for a, b in itertools.combinations(countries, 2)]


def search_queries(pairs: list[str]) -> list[dict[str, str]]:
    """A fixed mix of event searches, every filter used alone and together."""
    mix: list[dict[str, str]] = [{}]
    mix += [{"type": t} for t in TYPES]
    mix += [{"dyad": d} for d in pairs[:20]]
    mix += [{"actor": a} for a in ACTORS]
    mix += [{"actor": a, "role": r} for a, r in zip(ACTORS, itertools.cycle(("source", "target")), strict=False)]
    mix += [{"q": w} for w in WORDS]
    mix += [{"dyad": d, "type": t} for d, t in zip(pairs[:10], itertools.cycle(TYPES), strict=False)]
    mix += [{"since": f"202{y}-0{m}", "until": f"202{y}-0{m + 2}"} for y in (3, 4, 5) for m in (1, 4, 7)]
    mix += [{"country": c, "sector": "GOV"} for c in ("IND", "CHN", "RUS", "USA")]
    mix += [{"min_sources": "2"}, {"min_sources": "3", "type": "CONSULT"}, {"modality": "planned"}]
    mix += [{"sort": s} for s in SORTS]
    mix += [{"offset": str(n), "limit": "50"} for n in (500, 2000, 5000)]
    mix += [{"actor": "पुतिन", "q": "बातचीत", "since": "2023", "sort": "-sources"}]
    return mix


def timed(client: httpx.Client, path: str, params: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path} {params}: {response.status_code} {response.text[:300]}")
    return elapsed


def report(name: str, times: list[float], aim: float | None) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]
    verdict = "" if aim is None else ("  ok" if p95 <= aim else f"  OVER the {aim:.0f} ms aim")
    print(f"{name:34s} n={len(times):4d}  median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
          f"max {ordered[-1]:6.1f} ms{verdict}")


def run(base: str, rounds: int) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        pairs = dyads(client)
        searches = search_queries(pairs)
        counts = client.get("/api/summary").json()["counts"]
        print(f"store: {counts['articles']} articles, {counts['events']} events, {counts['mentions']} mentions; "
              f"{len(searches)} searches and {len(pairs)} dyads, {rounds} rounds")
        for params in searches[:10]:  # warm-up: knowledge base, caches
            timed(client, "/api/events", params)
        results: dict[str, list[float]] = {k: [] for k in ("api", "page", "tl_api", "tl_page", "event")}
        for _ in range(rounds):
            for params in searches:
                results["api"].append(timed(client, "/api/events", params))
                results["page"].append(timed(client, "/", params))
            for dyad, interval in itertools.product(pairs, ("day", "week", "month")):
                params = {"dyad": dyad, "interval": interval}
                results["tl_api"].append(timed(client, "/api/aggregates", params))
                results["tl_page"].append(timed(client, "/timeline", params))
            for event in client.get("/api/events", params={"sort": "-mentions", "limit": 20}).json()["events"]:
                results["event"].append(timed(client, f"/events/{event['id']}", {}))
    report("event search, JSON (/api/events)", results["api"], 100)
    report("event search, HTML page (/)", results["page"], 100)
    report("dyad timeline, JSON (/api/aggregates)", results["tl_api"], 300)
    report("dyad timeline, HTML page (/timeline)", results["tl_page"], 300)
    report("event page, most-reported events", results["event"], None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    db = args.db or CACHE / f"web-{args.articles}.duckdb"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build_store(db, args.articles)
    port = free_port()
    server = start_server(db, port)
    try:
        run(f"http://127.0.0.1:{port}", args.rounds)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
