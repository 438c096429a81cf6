"""The corpus commands, through typer: events table, show, export formats."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from test_store_common import event, processed
from typer.testing import CliRunner

from ghatna.cli.corpus import register
from ghatna.store import Store, rebuild_events, save_batch

CALL = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की।"


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
                                     "xinhua")])
        rebuild_events(store)
    return db


def test_events_show_export(tmp_path: Path) -> None:
    db, runner, app = make_db(tmp_path), CliRunner(), make_app()
    listed = runner.invoke(app, ["events", "--db", db, "--actor", "Vladimir Putin", "--dyad", "RUS:CHN",
                                 "--type", "CONSULT", "--since", "2024-01-01", "--modality", "asserted", "--json"])
    assert listed.exit_code == 0, listed.output
    event_id = json.loads(listed.output.splitlines()[0])["id"]
    table = runner.invoke(app, ["events", "--db", db])
    assert table.exit_code == 0 and "1 events" in table.output
    shown = runner.invoke(app, ["show", event_id, "--db", db])
    assert shown.exit_code == 0 and shown.output.count(CALL) == 2
    missing = runner.invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code == 2
    gdelt = runner.invoke(app, ["export", "--db", db, "--format", "gdelt"])
    assert [len(line.split("\t")) for line in gdelt.output.splitlines()] == [61]
    out = tmp_path / "e.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(out)]).exit_code == 0
    assert out.exists()
