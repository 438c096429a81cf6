"""Issue 14 at the command line: untrusted text is never interpreted by a terminal, and every
fault (unwritable output, full disk, damaged store, bad --kb file, a poisonous input in a
batch) ends in one clear line, the batch going on where it can."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_common import event, processed
from typer.testing import CliRunner, Result

import ghatna
from ghatna.cli.main import app
from ghatna.errors import DataError
from ghatna.settings import Settings
from ghatna.store import Store, rebuild_events, save_batch

ESC = "\x1b"
HOSTILE = f"{ESC}]0;pwned\x07{ESC}[2J{ESC}]8;;http://evil.example\x07link{ESC}]8;;\x07 [blink]x[/blink] [/b] \u202eabc\x9b"
CALL = "रूस के राष्ट्रपति व्लादिमीर पुतिन ने चीन के राष्ट्रपति शी जिनपिंग से फोन पर बात की।"
ARTICLE = ("नई दिल्ली, 12 मार्च (भाषा)। भारत के प्रधानमंत्री नरेंद्र मोदी ने बुधवार को चीन के राष्ट्रपति शी जिनपिंग "
           "से मुलाकात की और दोनों देशों के बीच व्यापार पर चर्चा की। विदेश मंत्रालय ने कहा कि बातचीत सकारात्मक रही।")


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def assert_safe(text: str) -> None:
    """Nothing a terminal would act on: no escape, no C1 control, no bidi override."""
    assert ESC not in text and "\x07" not in text and "\x9b" not in text and "\u202e" not in text


def assert_one_error_line(result: Result, *phrases: str) -> None:
    """No traceback; the run ends in one "error ..." line (log warnings may come before it)."""
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert "Traceback" not in result.output + result.stderr
    errors = [ln for ln in lines if ln.startswith("error ")]
    assert len(errors) == 1 and lines[-1] == errors[0], result.stderr
    for phrase in phrases:
        assert phrase in errors[0]


@pytest.fixture
def hostile_db(tmp_path: Path) -> str:
    """A store whose article text, source, actor names and place carry escapes, markup and U+202E."""
    db = str(tmp_path / "hostile.duckdb")
    evidence = CALL + HOSTILE
    call = event(evidence=evidence, start=5, source=(f"Putin{HOSTILE}", "RUS"), place=f"[red]Moscow{ESC}[0m")
    with Store.open(db) as store:
        save_batch(store, [processed(f"https://x.example/{HOSTILE}", "खबर " + evidence, [call], f"outlet{HOSTILE}")])
        rebuild_events(store)
    return db


def first_event_id(db: str) -> str:
    listed = invoke("events", "--db", db, "--json")
    assert listed.exit_code == 0, listed.output
    return str(json.loads(listed.stdout.splitlines()[0])["id"])


def test_show_prints_hostile_text_inert(hostile_db: str) -> None:
    shown = invoke("show", first_event_id(hostile_db), "--db", hostile_db)
    assert shown.exit_code == 0, shown.output
    assert_safe(shown.output)
    assert "[/b]" in shown.output and "[blink]" in shown.output  # shown as text, not read as markup
    assert "\\x1b]0;pwned" in shown.output and "\\u202e" in shown.output  # visible escapes


def test_events_table_prints_hostile_text_inert(hostile_db: str) -> None:
    table = invoke("events", "--db", hostile_db)
    assert table.exit_code == 0, table.output
    assert_safe(table.output)


@pytest.mark.parametrize("command", ["events", "show"])
def test_json_output_escapes_but_keeps_the_data(hostile_db: str, command: str) -> None:
    args = ["events", "--db", hostile_db, "--json"] if command == "events" else [
        "show", first_event_id(hostile_db), "--db", hostile_db, "--json"]
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout)
    data = json.loads(result.stdout.splitlines()[0] if command == "events" else result.stdout)
    assert f"Putin{HOSTILE}" in (data["source_name"], data["target_name"])  # a call: either side


def test_extract_errors_escape_file_names(tmp_path: Path) -> None:
    bad = tmp_path / f"evil{ESC}]0;pwned\x07\u202e.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = invoke("extract", str(bad), "-q")
    assert result.exit_code == 1
    assert_safe(result.stderr)
    assert_one_error_line(result, "binary data", "\\x1b]0;pwned\\x07\\u202e.txt")


def test_extract_output_escapes_bidi_in_records(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + " \u202eउलटा\u202c", encoding="utf-8")
    result = invoke("extract", str(article), "-q")
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout)
    assert "\u202e" in json.loads(result.stdout)["body"]  # the data is kept, only written escaped


def read_only_dir(tmp_path: Path) -> Path | None:
    """A directory this process cannot write into: one without write permission, or (for root,
    whom permissions do not stop) /sys, which refuses new files; None when there is none."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if not os.access(folder, os.W_OK):
        return folder
    folder.chmod(stat.S_IRWXU)
    sys_dir = Path("/sys")
    try:
        (sys_dir / "ghatna-probe").open("w").close()
    except OSError:
        return sys_dir
    return None


def test_unwritable_outputs_end_in_one_line(tmp_path: Path, hostile_db: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    targets = [tmp_path, tmp_path / "a.txt" / "under-a-file.jsonl", tmp_path / "missing" / "x.jsonl"]
    read_only = read_only_dir(tmp_path)
    if read_only is not None:
        targets.append(read_only / "events.tsv")
    for target in targets:
        assert_one_error_line(invoke("extract", str(article), "-o", str(target)), "cannot write", "-o")
        export = invoke("export", "--db", hostile_db, "--format", "gdelt", "-o", str(target))
        assert export.exit_code == 2
        assert_one_error_line(export, "cannot write", str(target))
        assert not target.is_file()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_full_disk_on_output_ends_in_one_line(tmp_path: Path, hostile_db: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    extract = invoke("extract", str(article), "-o", "/dev/full")
    assert extract.exit_code == 2
    assert_one_error_line(extract, "No space left on device", "free space")
    export = invoke("export", "--db", hostile_db, "-o", "/dev/full")
    assert export.exit_code == 2
    assert_one_error_line(export, "No space left on device")


@pytest.mark.parametrize("damage", ["truncated", "overwritten", "not a database"])
def test_a_damaged_store_ends_in_one_line(tmp_path: Path, damage: str) -> None:
    """Each command either works (the damage is where it does not read) or ends in one line that
    says the file is damaged; ingest, which reads and writes every table, always meets it."""
    db = tmp_path / "damaged.duckdb"
    with Store.open(str(db)) as store:
        save_batch(store, [processed(f"https://x.example/{i}", f"खबर {i} " + CALL * 40, [event(evidence=CALL, start=0)])
                           for i in range(300)])
        rebuild_events(store)
    size = db.stat().st_size
    if damage == "truncated":
        with db.open("r+b") as handle:
            handle.truncate(size // 2)
    elif damage == "overwritten":
        with db.open("r+b") as handle:
            handle.seek(size // 3)
            handle.write(b"\xff" * (size // 3))
    else:
        db.write_text("hello\n" * 1000)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    results = [invoke(*args, "--db", str(db)) for args in (
        ["events"], ["export", "--format", "jsonl"], ["ingest", str(article), "--workers", "0", "-q"])]
    for result in results:
        if result.exit_code != 0:
            assert result.exit_code == 2, result.output
            assert_one_error_line(result, "store", "damaged")
    assert results[-1].exit_code == 2


BAD_KB = {
    "name5.yaml": ("- name: 5\n", "entry 1: 'name' must be non-empty text, got 5"),
    "forms.yaml": ("- name: X\n  hindi: एक्स\n", "entry 1 ('X'): 'hindi' must be a list of text"),
    "office.yaml": ("- name: X\n  offices: [pm]\n", "entry 1 ('X'), office 1: an office must be a mapping"),
    "date.yaml": ("- name: X\n  offices: [{role: pm, start: 'कल'}]\n", "'start' must be a date"),
    "flag.yaml": ("- name: X\n  offices: [{role: pm, acting: 'yes'}]\n", "'acting' must be true or false"),
    "entry.yaml": ("- just a name\n", "entry 1: an entry must be a mapping"),
    "list.yaml": ("name: X\n", "must hold a list of entries"),
    "row.tsv": ("name\thindi\n\tएक्स\n", "row 1: 'name' is missing or empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_KB))
def test_a_bad_kb_file_is_named_by_entry_and_field(tmp_path: Path, name: str) -> None:
    text, message = BAD_KB[name]
    kb = tmp_path / name
    kb.write_text(text, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for args in (["extract", str(article), "--kb", str(kb)], ["kb", "stats", "--kb", str(kb)],
                 ["kb", "lookup", "पुतिन", "--kb", str(kb)]):
        result = invoke(*args)
        assert result.exit_code in (1, 2) and not result.stdout.strip(), result.output
        assert_one_error_line(result, str(kb), message)
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ghatna.load(Settings(kb_files=(kb,)))


def test_a_poisonous_input_costs_only_itself_with_the_boilerplate_pass(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    for i in range(19):
        (batch / f"{i:02d}.txt").write_text(f"खबर {i}\n" + ARTICLE.replace("बुधवार", f"{i} मार्च को"), encoding="utf-8")
    (batch / "nested.jsonl").write_text("[" * 1000 + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(batch), "-o", str(out), "-q")
    assert result.exit_code == 1
    assert_one_error_line(result, "nested.jsonl:1", "nested too deeply")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 19


def test_stdin_over_the_size_limit_is_refused_with_a_line() -> None:
    limit = Settings().max_bytes
    result = CliRunner().invoke(app, ["extract", "-", "-q"], input=b"\xe0\xa4\x95" * (limit // 3 + 1))
    assert result.exit_code == 1 and not result.stdout.strip()
    assert_one_error_line(result, "<stdin>", f"over the {limit}-byte limit")


def test_lone_surrogates_are_written_and_the_next_record_too(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": ARTICLE, "url": "https://x.example/\ud800"}),
             json.dumps({"text": ARTICLE.replace("बुधवार", "गुरुवार"), "url": "https://x.example/ok"})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for args in (["-o", str(out)], []):
        result = invoke("extract", str(feed), "-q", *args)
        assert result.exit_code == 0, result.output
        written = out.read_text(encoding="utf-8") if args else result.stdout
        records = [json.loads(line) for line in written.splitlines()]
        assert [r["url"] for r in records] == ["https://x.example/\ufffd", "https://x.example/ok"]
        assert any("'url' replaced with U+FFFD" in w for w in records[0]["warnings"])


def test_poisonous_lines_cost_only_themselves_in_a_pool_ingest(tmp_path: Path) -> None:
    """Nested JSON and a lone surrogate in a url, with a worker process: ingest completes with
    the good records stored and the bad line's error kept in the store; a second run completes
    too, with nothing left to do."""
    feed = tmp_path / "feed.jsonl"
    lines = ["[" * 1000, json.dumps({"text": ARTICLE, "url": "https://x.example/\ud800"}),
             json.dumps({"text": ARTICLE.replace("बुधवार", "गुरुवार"), "url": "https://x.example/ok"})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "pool.duckdb")
    for summary in ("2 stored, 0 already stored, 1 failed", "0 stored, 3 already stored, 0 failed"):
        result = invoke("ingest", str(feed), "--db", db, "--workers", "1", "-q")
        assert "Traceback" not in result.output + result.stderr
        assert result.exit_code == 0 and summary in result.stderr, result.output
    with Store.open(db) as store:
        rows = sorted(store.query("SELECT source, url, error FROM sources"))
    assert sorted(r[1] for r in rows if r[2] is None) == ["https://x.example/ok", "https://x.example/\ufffd"]
    (failed,) = [r for r in rows if r[2] is not None]
    assert failed[0].endswith("feed.jsonl:1") and "nested too deeply" in failed[2]


def test_worker_log_lines_are_escaped(tmp_path: Path) -> None:
    """A pool worker logs the source of an input it cuts: on stderr, escaped as the CLI's own lines."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    name = f"evil{ESC}]0;pwned\x07\u202e.txt"
    (corpus / name).write_text(ARTICLE * (Settings().max_chars // len(ARTICLE) + 1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "ghatna", "ingest", str(corpus), "--db", str(tmp_path / "w.duckdb"),
                           "--workers", "1", "-q"], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert_safe(done.stderr)
    assert "evil\\x1b]0;pwned\\x07\\u202e.txt: input cut" in done.stderr


def test_lone_surrogates_reach_the_store(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": ARTICLE, "url": "https://x.example/\ud800"}),
             json.dumps({"text": ARTICLE.replace("बुधवार", "गुरुवार"), "url": "https://x.example/ok"})]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    result = invoke("ingest", str(feed), "--db", db, "--workers", "0", "-q")
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert sorted(r[0] for r in store.query("SELECT url FROM sources")) == [
            "https://x.example/ok", "https://x.example/\ufffd"]


def test_gdelt_source_url_is_sanitised(tmp_path: Path) -> None:
    db = str(tmp_path / "g.duckdb")
    record = processed("feed.jsonl:1", "खबर " + CALL, [event(evidence=CALL, start=4)])
    record = type(record)(**{**{f: getattr(record, f) for f in record.__dataclass_fields__},
                             "url": f"https://x.example/a b\t{ESC}[2J\u202e"})
    with Store.open(db) as store:
        save_batch(store, [record])
        rebuild_events(store)
    result = invoke("export", "--db", db, "--format", "gdelt")
    assert result.exit_code == 0, result.output
    url = result.stdout.splitlines()[0].split("\t")[-1]
    assert url == "https://x.example/a%20b%09%1B[2J%E2%80%AE"


@pytest.mark.parametrize("fmt", ["jsonl", "plover", "gdelt"])
def test_exports_to_a_terminal_are_inert(hostile_db: str, fmt: str) -> None:
    result = invoke("export", "--db", hostile_db, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout)
    if fmt != "gdelt":  # JSON: the same data, written with escapes
        assert any(HOSTILE in text for text in strings(json.loads(result.stdout.splitlines()[0])))


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in strings(item)] if isinstance(value, list) else []
