"""The command line: help, output to stdout and to a file, stdin and directory inputs, exit codes.

Every ``extract`` run that reaches the pipeline loads its resources (several seconds), so
the two such runs happen once per module, side by side, and the tests check their results.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

TIMEOUT = 120
CONTRACT_KEYS = frozenset({
    "source", "id", "language", "title", "author", "published", "dateline", "body", "entities",
    "events", "quotes", "figures",
})
ARTICLE = (
    "पटना, 18 फरवरी (वार्ता)। बिहार के मुख्यमंत्री ने सोमवार को नेपाल के प्रधानमंत्री से मुलाकात की और "
    "सीमा पार व्यापार तथा बाढ़ नियंत्रण पर चर्चा की।\n"
    "मुलाकात के बाद मुख्यमंत्री ने कहा, \"दोनों देशों के लोगों के रिश्ते सदियों पुराने हैं और हम इन्हें "
    "और मजबूत करेंगे।\"\n"
    "अधिकारियों ने बताया कि कोसी नदी पर तटबंधों की मरम्मत के लिए 350 करोड़ रुपये की योजना पर भी बात हुई।\n"
)
STDIN_ARTICLE = ARTICLE.replace("पटना", "रक्सौल").replace("वार्ता", "भाषा")
PAGE = (
    "<!DOCTYPE html><html lang=\"hi\"><head><meta charset=\"utf-8\"><title>नेपाल से बाढ़ नियंत्रण पर बात"
    "</title></head><body><nav><a href=\"/\">होम</a></nav><article><h1>नेपाल से बाढ़ नियंत्रण पर बात</h1>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
    + "</article><footer>© खबर डॉट कॉम</footer></body></html>"
)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str

    def records(self) -> list[dict[str, object]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def ghatna(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "ghatna", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def finish(process: subprocess.Popen[bytes], stdin: str = "") -> Result:
    out, err = process.communicate(stdin.encode("utf-8"), timeout=TIMEOUT)
    return Result(process.returncode, out.decode("utf-8"), err.decode("utf-8"))


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
    return finish(ghatna(*args, env=env), stdin)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli")
    article = root / "khabar.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    folder = root / "folder"
    (folder / "andar").mkdir(parents=True)
    (folder / "ek.txt").write_text(ARTICLE.replace("पटना", "गया"), encoding="utf-8")
    (folder / "andar" / "do.html").write_text(PAGE, encoding="utf-8")
    (folder / "teen.jsonl").write_text(json.dumps({"text": ARTICLE, "published": "2025-02-18"}) + "\n",
                                       encoding="utf-8")
    (folder / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return {"article": article, "folder": folder, "output": root / "out" / "records.jsonl", "root": root}


@pytest.fixture(scope="module")
def extracted(files: dict[str, Path]) -> dict[str, Result]:
    """The two pipeline runs, started together: one file to stdout; stdin and a directory to -o."""
    files["output"].parent.mkdir()
    to_stdout = ghatna("extract", str(files["article"]), "-q")
    to_file = ghatna("extract", "-", str(files["folder"]), "-o", str(files["output"]))
    return {"stdout": finish(to_stdout), "file": finish(to_file, STDIN_ARTICLE)}


# ---------------------------------------------------------------------------- help


def test_help_lists_the_commands() -> None:
    result = run("--help", env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 0
    for command in ("extract", "stages"):
        assert command in result.stdout


@pytest.mark.parametrize("option", ["--output", "-o", "--quiet", "-q", "--kb", "stdin", "json lines"])
def test_extract_help_documents_options(option: str) -> None:
    result = run("extract", "--help", env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 0
    assert option in result.stdout.lower()


def test_no_arguments_shows_usage() -> None:
    result = run()
    assert result.returncode in (0, 2)
    assert "Usage" in result.stdout + result.stderr


def test_extract_without_paths_is_a_usage_error() -> None:
    result = run("extract")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------------- extract


def test_one_file_to_stdout(extracted: dict[str, Result], files: dict[str, Path]) -> None:
    result = extracted["stdout"]
    assert result.returncode == 0, result.stderr
    [record] = result.records()
    assert CONTRACT_KEYS <= record.keys()
    assert record["source"] == str(files["article"])
    assert record["language"] == "hi"
    assert "नेपाल" in str(record["body"])


def test_quiet_run_writes_nothing_to_stderr(extracted: dict[str, Result]) -> None:
    assert extracted["stdout"].stderr == ""


def test_output_file_gets_the_records_and_stdout_stays_empty(extracted: dict[str, Result],
                                                             files: dict[str, Path]) -> None:
    result = extracted["file"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    lines = files["output"].read_text(encoding="utf-8").splitlines()
    assert lines and all(CONTRACT_KEYS <= json.loads(line).keys() for line in lines)


def test_output_file_run_reports_a_summary(extracted: dict[str, Result], files: dict[str, Path]) -> None:
    assert f"4 records written to {files['output']}" in " ".join(extracted["file"].stderr.split())


@pytest.mark.parametrize(
    "source",
    ["<stdin>", "folder/ek.txt", "folder/andar/do.html", "folder/teen.jsonl:1"],
)
def test_stdin_and_directory_inputs_each_give_a_record(extracted: dict[str, Result], files: dict[str, Path],
                                                       source: str) -> None:
    records = [json.loads(line) for line in files["output"].read_text(encoding="utf-8").splitlines()]
    expected = source if source == "<stdin>" else str(files["root"] / source)
    assert expected in [r["source"] for r in records]


def test_directory_skips_files_that_are_not_articles(files: dict[str, Path], extracted: dict[str, Result]) -> None:
    sources = [json.loads(line)["source"] for line in files["output"].read_text(encoding="utf-8").splitlines()]
    assert not any(s.endswith("notes.csv") for s in sources)


def test_stdin_record_keeps_the_stdin_text(files: dict[str, Path], extracted: dict[str, Result]) -> None:
    records = [json.loads(line) for line in files["output"].read_text(encoding="utf-8").splitlines()]
    [stdin] = [r for r in records if r["source"] == "<stdin>"]
    assert "रक्सौल" in f"{stdin['title']} {stdin['body']}"


# ---------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    ("inputs", "stdin", "reason"),
    [
        (["missing.txt"], "", "no such file or directory"),
        (["*.nahin"], "", "the pattern matches no file"),
        (["-"], "", "empty input"),
        (["-"], "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (["missing.txt", "-"], "   \n", "no such file or directory"),
    ],
)
def test_bad_inputs_exit_1_with_the_reason(inputs: list[str], stdin: str, reason: str, tmp_path: Path) -> None:
    args = [a if a == "-" else str(tmp_path / a) for a in inputs]
    result = run("extract", *args, "-q", stdin=stdin, env={**os.environ, "COLUMNS": "500"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert reason in result.stderr
    assert result.stderr.startswith("error ")


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "x.txt"), "--no-such-option")
    assert result.returncode == 2


def test_each_error_is_one_line_on_a_pipe(tmp_path: Path) -> None:
    deep = tmp_path / ("lambi-nirdeshika-" * 4) / "khabar-jo-nahin-hai.txt"
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    result = run("extract", str(deep), "-q", env=env)
    assert result.stderr.splitlines() == [f"error {deep}: no such file or directory"]


# ---------------------------------------------------------------------------- run-wide defaults


def test_published_and_outlet_go_to_inputs_without_their_own(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    own = {"text": ARTICLE.replace("पटना", "गया"), "published": "2025-02-18", "source": "Own Outlet",
           "url": "https://own.example/1"}
    (tmp_path / "c.jsonl").write_text(json.dumps(own, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run("extract", str(tmp_path), "-q", "--no-boilerplate", "--published", "2025-02-19T09:30:00+05:30",
                 "--outlet", "Test Times")
    assert result.returncode == 0, result.stderr
    got = {Path(str(r["source"])).name: (r["published"], r.get("outlet")) for r in result.records()}
    assert got == {"a.txt": ("2025-02-19", "Test Times"), "b.html": (None, "Test Times"),
                   "1": ("2025-02-18", "Own Outlet")}
    dated = next(r for r in result.records() if str(r["source"]).endswith("a.txt"))
    events = dated["events"]
    assert isinstance(events, list) and [e["date"] for e in events] == ["2025-02-17"]  # सोमवार before the 19th


@pytest.mark.parametrize(("args", "phrase"), [
    (["--published", "19.02.2025"], "'19.02.2025' is not a date; write YYYY-MM-DD"),
    (["--published", "2025-02-30"], "YYYY-MM-DD"),
    (["--outlet", ""], "--outlet is empty"),
])
def test_malformed_defaults_say_the_valid_form(tmp_path: Path, args: list[str], phrase: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), "-q", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error ") and phrase in result.stderr and "Traceback" not in result.stderr
