"""Mangled inputs through the CLI: every bad input is named on stderr, nothing crashes.

Each case builds one input under ``tmp_path`` (no fixtures are committed). Cases that are
independent files run together in one ``ghatna extract`` subprocess per group, so the
~8 s resource load is paid a few times, not fifty; the groups run two at a time. Each
test then checks its own case in the group's output:

* no "Traceback" on stderr and an exit status of 0 or 1;
* every stdout line is a JSON record with the contract keys;
* the input produced at least one record or one ``error <source>: <reason>`` line;
* the expected outcome (record / error) for each source the case names, when it has one.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CONTRACT_KEYS = frozenset({
    "source", "id", "language", "title", "author", "published", "dateline", "body", "entities",
    "events", "quotes", "figures",
})
TIMEOUT = 120
# Rich wraps stderr at 80 columns when it is not a terminal (see test_cli.py); a wide
# console keeps one "error <source>: <reason>" per line so sources can be matched here.
WIDE_ENV = {**os.environ, "COLUMNS": "100000", "NO_COLOR": "1"}

HINDI = (
    "नई दिल्ली, 12 मार्च (भाषा)। विदेश मंत्री एस जयशंकर ने बुधवार को जापान के विदेश मंत्री से मुलाकात की "
    "और दोनों देशों के बीच रक्षा सहयोग पर विस्तार से चर्चा की।\n"
    "बैठक के बाद जारी संयुक्त बयान में कहा गया, \"हम हिंद-प्रशांत क्षेत्र में शांति और स्थिरता के लिए "
    "मिलकर काम करते रहेंगे।\"\n"
    "अधिकारियों के अनुसार दोनों देशों के बीच व्यापार पिछले वर्ष 22 अरब डॉलर तक पहुंच गया था।\n"
    "सूत्रों ने बताया कि अगले महीने टोक्यो में दोनों पक्षों के अधिकारियों की एक और बैठक होगी।\n"
)
HINDI_LINE = "लखनऊ में आज किसानों ने फसल के दाम को लेकर प्रदर्शन किया और जिला प्रशासन को ज्ञापन सौंपा।\n"
ENGLISH = (
    "WASHINGTON, March 12 (Reuters) - The United States and Japan agreed on Wednesday to deepen "
    "defence cooperation, officials said after talks in the capital.\n"
    "\"We will keep working together for peace in the region,\" the statement said.\n"
)
URDU = (
    "اسلام آباد، 12 مارچ۔ پاکستان کے وزیر خارجہ نے بدھ کے روز چین کے وزیر خارجہ سے ملاقات کی اور "
    "دونوں ممالک کے درمیان تجارت اور سلامتی کے امور پر تبادلہ خیال کیا۔\n"
    "سرکاری بیان میں کہا گیا کہ دونوں فریق باہمی تعاون کو مزید مضبوط بنائیں گے۔\n"
)
FRENCH = (
    "PARIS, 12 mars. Le président français a rencontré mercredi le chancelier allemand à l'Élysée. "
    "Les deux dirigeants ont déclaré qu'ils étaient prêts à renforcer la coopération européenne, "
    "à réformer le marché de l'énergie et à défendre l'intégrité de l'Ukraine.\n"
)
CP1252 = "“Le débat continue”, a déclaré le ministre — le budget atteint 5 milliards d’euros (€).\n"
PAGE = (
    "<!DOCTYPE html><html lang=\"hi\"><head><meta charset=\"utf-8\"><title>जापान से रक्षा सहयोग पर बात - "
    "समाचार</title></head><body><nav><a href=\"/\">होम</a> <a href=\"/desh\">देश</a></nav>"
    "<article><h1>जापान से रक्षा सहयोग पर बात</h1>{body}</article>"
    "<footer>© समाचार डॉट कॉम</footer></body></html>"
)


def paragraphs(text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())


def hindi_page() -> str:
    return PAGE.format(body=paragraphs(HINDI))


# ---------------------------------------------------------------------------- builders
# A builder writes its input under the case directory and returns the CLI argument.

Builder = Callable[[Path], str]


def file_of(name: str, data: bytes | Callable[[], bytes]) -> Builder:
    def build(where: Path) -> str:
        path = where / name
        path.write_bytes(data() if callable(data) else data)
        return str(path)

    return build


def text_file(name: str, text: str, encoding: str = "utf-8") -> Builder:
    return file_of(name, text.encode(encoding))


def png_bytes() -> bytes:
    ihdr = b"\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    return b"\x89PNG\r\n\x1a\n" + ihdr + random.Random(1).randbytes(512)


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("khabar.txt", HINDI)
    return buffer.getvalue()


def elf_bytes() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(200)


def scattered_bad_utf8() -> bytes:
    data = bytearray(HINDI.encode("utf-8") * 3)
    for position in range(7, len(data), 41):
        data[position] = 0xFF
    return bytes(data)


def big_hindi(size: int) -> Callable[[], bytes]:
    """About ``size`` bytes of numbered Hindi lines (numbered so they are not dropped as repeats)."""
    lines = [line for line in HINDI.splitlines() if line] + [HINDI_LINE.strip()]
    count = size // len(HINDI_LINE.encode("utf-8"))
    return lambda: "".join(f"{n}. {lines[n % len(lines)]}\n" for n in range(count)).encode("utf-8")


def nested_divs(depth: int) -> str:
    inner = paragraphs(HINDI)
    return PAGE.format(body="<div>" * depth + inner + "</div>" * depth)


def jsonl_file(name: str, lines: list[str]) -> Builder:
    return file_of(name, ("\n".join(lines) + "\n").encode("utf-8"))


def mixed_directory(where: Path) -> str:
    folder = where / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_good.txt").write_text(HINDI, encoding="utf-8")
    (folder / "b_binary.txt").write_bytes(png_bytes())
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "sub" / "d_good.html").write_text(hindi_page(), encoding="utf-8")
    (folder / "e_lines.jsonl").write_text(json.dumps({"text": HINDI}) + "\n[1, 2]\n", encoding="utf-8")
    (folder / "ignored.png").write_bytes(png_bytes())
    return str(folder)


def empty_directory(where: Path) -> str:
    (where / "khaali").mkdir()
    return str(where / "khaali")


def symlink_loop(where: Path) -> str:
    try:
        (where / "loop_a").symlink_to(where / "loop_b")
        (where / "loop_b").symlink_to(where / "loop_a")
    except (OSError, NotImplementedError):
        pytest.skip("this OS does not allow symlinks here")
    return str(where / "loop_a")


def glob_nothing(where: Path) -> str:
    return str(where / "*.nahin-milega")


def nonexistent(where: Path) -> str:
    return str(where / "gayab" / "khabar.txt")


def markup_missing(where: Path) -> str:
    return str(where / "khabar[/red].txt")


# ---------------------------------------------------------------------------- the table

RECORD, ERROR, EITHER = "record", "error", "either"


def no_carriage_return(records: list[dict[str, Any]]) -> None:
    assert all("\r" not in r["body"] for r in records)


def hindi_body(records: list[dict[str, Any]]) -> None:
    assert records and all(r["language"] == "hi" and "जापान" in f"{r['title']} {r['body']}" for r in records)


def not_hindi(records: list[dict[str, Any]]) -> None:
    assert records and all(r["language"] != "hi" for r in records)


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    expect: str | dict[str, str] = EITHER  # per source: the suffix added to the argument
    group: str = "misc"                    # cases of one group share a subprocess
    stdin: bytes | None = None             # run alone with "-" and these bytes on stdin
    check: Callable[[list[dict[str, Any]]], None] | None = None
    bug: str | None = None                 # a known bug: the case is expected to fail
    timeout: float = TIMEOUT               # a case known to hang runs alone with less

    def expectations(self) -> dict[str, str]:
        return self.expect if isinstance(self.expect, dict) else {"": self.expect}



CASES = [
    # binary
    Case("png_header", file_of("photo.png", png_bytes), ERROR, "binary"),
    Case("random_bytes", file_of("blob.bin", lambda: random.Random(2).randbytes(4096)), ERROR, "binary"),
    Case("zip_archive", file_of("archive.zip", zip_bytes), ERROR, "binary"),
    Case("elf_header", file_of("a.out", elf_bytes), ERROR, "binary"),
    Case("gzip_named_txt", file_of("khabar.txt", lambda: gzip.compress(HINDI.encode(), mtime=0)), ERROR, "binary"),
    Case("jpeg_named_txt", file_of("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(64)), ERROR, "binary"),
    Case("sqlite_file", file_of("data.db", b"SQLite format 3\x00" + bytes(512)), ERROR, "binary"),
    # empty
    Case("empty_file", text_file("khaali.txt", ""), ERROR, "binary"),
    # a no-break space survives bytes.strip(): an empty-bodied record (with a warning) is fine too
    Case("whitespace_only", text_file("space.txt", " \n\t\n   \r\n\u00a0"), EITHER, "binary"),
    Case("newlines_only", text_file("lines.txt", "\n" * 1000), ERROR, "binary"),
    # encodings
    Case("truncated_utf8", file_of("cut.txt", HINDI.encode()[:-2]), RECORD, "files"),
    Case("utf16_le_bom", file_of("le_bom.txt", codecs.BOM_UTF16_LE + HINDI.encode("utf-16-le")), RECORD, "files",
         check=hindi_body),
    Case("utf16_be_bom", file_of("be_bom.txt", codecs.BOM_UTF16_BE + HINDI.encode("utf-16-be")), RECORD, "files",
         check=hindi_body),
    Case("utf16_le_no_bom", text_file("le.txt", HINDI, "utf-16-le"), RECORD, "files", check=hindi_body),
    Case("utf16_be_no_bom", text_file("be.txt", HINDI, "utf-16-be"), RECORD, "files", check=hindi_body),
    Case("utf32_bom", text_file("u32.txt", HINDI, "utf-32"), RECORD, "files", check=hindi_body),
    Case("utf32_le_no_bom", text_file("u32le.txt", HINDI, "utf-32-le"), EITHER, "binary"),
    Case("latin1_french", text_file("fr.txt", FRENCH * 3, "latin-1"), RECORD, "files", check=not_hindi),
    Case("cp1252_quotes", text_file("cp.txt", (FRENCH + CP1252) * 3, "cp1252"), RECORD, "files", check=not_hindi),
    Case("scattered_bad_utf8", file_of("bad.txt", scattered_bad_utf8), EITHER, "files"),
    Case("utf8_bom_hindi", file_of("bom.txt", codecs.BOM_UTF8 + HINDI.encode()), RECORD, "files", check=hindi_body),
    Case("bom_in_middle", text_file("mid.txt", HINDI + "\ufeff" + HINDI), RECORD, "files", check=hindi_body),
    # odd text
    Case("nul_in_hindi", text_file("nul.txt", HINDI[:120] + "\x00\x00" + HINDI[120:]), EITHER, "files"),
    Case("devanagari_punctuation", text_file("danda.txt", "। ॥ ।। ॰ ॥।\n" * 50), EITHER, "files"),
    Case("english_article", text_file("en.txt", ENGLISH * 4), RECORD, "files", check=not_hindi),
    Case("urdu_article", text_file("ur.txt", URDU * 4), RECORD, "files", check=not_hindi),
    Case("control_chars", text_file("ctrl.txt", "\x01\x02\x1b[31m".join(HINDI.split("।"))), EITHER, "files"),
    Case("crlf_lines", text_file("crlf.txt", HINDI.replace("\n", "\r\n")), RECORD, "files", check=no_carriage_return),
    Case("zero_width_storm", text_file("zw.txt", HINDI.replace(" ", " \u200d\u200c\u00ad\u200b")), RECORD, "files"),
    Case("bidi_controls", text_file("bidi.txt", "\u202e" + HINDI + "\u202c\u2066" + URDU + "\u2069"), RECORD, "files"),
    Case("emoji_only", text_file("emoji.txt", "🔥🇮🇳🙏😀 " * 200), EITHER, "files"),
    Case("devanagari_digits_only", text_file("ank.txt", "१२३४५६७८९० ०९८७६५४३२१\n" * 40), EITHER, "files"),
    Case("html_in_txt", text_file("page.txt", hindi_page()), RECORD, "files", check=hindi_body),
    Case("devanagari_filename", text_file("ताज़ा ख़बर 1.txt", HINDI), RECORD, "files", check=hindi_body),
    Case("markup_in_filename", file_of("[bold]khabar.txt", png_bytes), ERROR, "binary"),
    # HTML
    Case("nested_divs_5000", text_file("deep.html", nested_divs(5000)), EITHER, "files"),
    Case("html_without_body_text", text_file("nobody.html", PAGE.format(body="<div></div>")), EITHER, "files"),
    Case("html_only_scripts", text_file("js.html", "<html><head><script>var a=1;</script></head><body>"
                                        + "<script>document.write('घटना');</script>" * 50 + "</body></html>"),
         EITHER, "files"),
    Case("html_malformed", text_file("broken.html", "<html><body><div><p>" + HINDI.replace("\n", "<p><b><i>")
                                     + "<table><tr><td>"), RECORD, "files"),
    Case("html_numeric_entities", text_file("ent.html", PAGE.format(body="<p>" + "".join(
        f"&#{ord(c)};" for c in HINDI) + "</p>")), RECORD, "files"),
    Case("plain_text_html_suffix", text_file("plain.html", HINDI), EITHER, "files"),
    Case("html_huge_data_uri", text_file("img.html", PAGE.format(
        body="<img src=\"data:image/png;base64," + "A" * 2_000_000 + "\">" + paragraphs(HINDI))), RECORD, "files"),
    # big
    Case("text_20mb", file_of("bada.txt", big_hindi(20_000_000)), RECORD, "big"),
    Case("single_line_1mb", file_of("line.txt", lambda: HINDI.replace("\n", " ").encode() * (1_000_000 // 900)),
         RECORD, "big"),
    Case("one_char_100k_lines", text_file("ka.txt", "क\n" * 100_000), EITHER, "alone", timeout=90,
         ),
    # JSON Lines
    Case("jsonl_mixed_lines", jsonl_file("mixed.jsonl", [
        "{not json", "[1, 2, 3]", json.dumps({"url": None, "title": "बिना पाठ"}), json.dumps({"text": 42}),
        json.dumps({"text": HINDI, "published": "2025-03-12"}, ensure_ascii=False),
    ]), {":1": ERROR, ":2": ERROR, ":3": ERROR, ":4": ERROR, ":5": RECORD}, "files"),
    Case("jsonl_empty", text_file("khaali.jsonl", ""), ERROR, "files"),
    Case("jsonl_lone_surrogate", jsonl_file("sur.jsonl", ['{"text": "नई दिल्ली \\ud800 में बैठक \\udfff हुई।"}']),
         {":1": EITHER}, "files"),
    Case("jsonl_truncated_last", jsonl_file("cut.jsonl", [json.dumps({"text": HINDI}), '{"text": "अधू']),
         {":1": RECORD, ":2": ERROR}, "files"),
    Case("jsonl_html_record", jsonl_file("page.jsonl", [json.dumps({"html": hindi_page()})]), {":1": RECORD}, "files"),
    # paths
    Case("mixed_directory", mixed_directory, {
        "/a_good.txt": RECORD, "/b_binary.txt": ERROR, "/c_empty.txt": ERROR, "/sub/d_good.html": RECORD,
        "/e_lines.jsonl:1": RECORD, "/e_lines.jsonl:2": ERROR,
    }, "files"),
    Case("glob_matches_nothing", glob_nothing, ERROR, "binary"),
    Case("nonexistent_path", nonexistent, ERROR, "binary"),
    Case("symlink_loop", symlink_loop, ERROR, "binary"),
    Case("empty_directory", empty_directory, ERROR, "alone"),
    Case("markup_in_missing_path", markup_missing, ERROR, "alone"),
    # stdin
    Case("stdin_binary", lambda where: "-", {"<stdin>": ERROR}, stdin=png_bytes()),
    Case("stdin_empty", lambda where: "-", {"<stdin>": ERROR}, stdin=b""),
]


# ---------------------------------------------------------------------------- running


@dataclass
class Run:
    """One subprocess over some inputs, parsed."""

    returncode: int
    stderr: str
    records: list[dict[str, Any]] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error ")]


def run_cli(args: list[str], stdin: bytes | None = None, timeout: float = TIMEOUT) -> Run:
    command = [sys.executable, "-m", "ghatna", "extract", *args, "-q"]
    try:
        done = subprocess.run(command, input=stdin if stdin is not None else b"", capture_output=True,
                              timeout=timeout, env=WIDE_ENV, check=False)
    except subprocess.TimeoutExpired:
        return Run(-1, f"timed out after {timeout} s")
    run = Run(done.returncode, done.stderr.decode("utf-8", errors="replace"))
    for line in done.stdout.decode("utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            run.bad_lines.append(line)
            continue
        if isinstance(record, dict) and CONTRACT_KEYS <= record.keys():
            run.records.append(record)
        else:
            run.bad_lines.append(line)
    return run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Run]]:
    """Build every case and run the groups, two subprocesses at a time: case name -> (argument, run)."""
    root = tmp_path_factory.mktemp("mangled")
    arguments: dict[str, str] = {}
    for case in CASES:
        where = root / case.name
        where.mkdir()
        try:
            arguments[case.name] = case.build(where)
        except pytest.skip.Exception:
            continue
    jobs: dict[str, tuple[list[str], bytes | None, float]] = {}
    for case in CASES:
        if case.name in arguments:
            jobs.setdefault(job_of(case), ([], case.stdin, case.timeout))[0].append(arguments[case.name])
    with ThreadPoolExecutor(max_workers=2) as pool:  # slowest groups first
        futures = {key: pool.submit(run_cli, *job) for key, job in sorted(jobs.items(), key=job_order)}
        results = {key: future.result() for key, future in futures.items()}
    return {name: (argument, results[job_of(CASE_BY_NAME[name])]) for name, argument in arguments.items()}


CASE_BY_NAME = {case.name: case for case in CASES}
SLOW_GROUPS = ("big", "html", "text", "files")


def job_of(case: Case) -> str:
    """Cases of a group share a subprocess; stdin cases and "alone" cases get their own."""
    return case.group if case.stdin is None and case.group != "alone" else case.name


def job_order(item: tuple[str, Any]) -> int:
    return SLOW_GROUPS.index(item[0]) if item[0] in SLOW_GROUPS else len(SLOW_GROUPS)


def outcome_of(source: str, run: Run) -> str | None:
    if any(r["source"] == source for r in run.records):
        return RECORD
    if any(line.startswith(f"error {source}: ") for line in run.errors):
        return ERROR
    return None


def case_params() -> list[Any]:
    return [
        pytest.param(c, id=c.name, marks=[pytest.mark.xfail(strict=True, reason=c.bug)] if c.bug else [])
        for c in CASES
    ]


def test_the_table_has_fifty_distinct_cases() -> None:
    names = [c.name for c in CASES]
    assert len(set(names)) == len(names) >= 50


@pytest.mark.parametrize("case", case_params())
def test_mangled_input_is_recorded_or_named(case: Case, runs: dict[str, tuple[str, Run]]) -> None:
    if case.name not in runs:
        pytest.skip("the input could not be built on this OS")
    argument, run = runs[case.name]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 1), run.stderr[-3000:]
    assert not run.bad_lines, f"stdout lines that are not contract records: {run.bad_lines[:3]}"
    prefix = "<stdin>" if argument == "-" else argument
    mine = [r for r in run.records if r["source"].startswith(prefix)]
    named = [line for line in run.errors if line.startswith(f"error {prefix}")]
    assert mine or named, f"{prefix} produced neither a record nor an error line:\n{run.stderr[-2000:]}"
    for suffix, expected in case.expectations().items():
        source = suffix if argument == "-" else argument + suffix
        got = outcome_of(source, run)
        assert got is not None, f"nothing for {source}"
        assert expected in (EITHER, got), f"{source}: expected {expected}, got {got}"
    if case.check is not None:
        case.check(mine)
    if job_of(case) == case.name:
        assert run.returncode == (1 if named else 0)


def test_good_files_around_bad_ones_are_all_written(tmp_path: Path) -> None:
    good = []
    for number, city in enumerate(["लखनऊ", "पटना", "भोपाल"], start=1):
        path = tmp_path / f"good_{number}.txt"
        path.write_text(HINDI.replace("नई दिल्ली", city), encoding="utf-8")
        good.append(str(path))
    (tmp_path / "bad.png").write_bytes(png_bytes())
    (tmp_path / "bad.jsonl").write_text("{oops\n" + json.dumps({"text": HINDI}) + "\n", encoding="utf-8")
    args = [good[0], str(tmp_path / "bad.png"), good[1], str(tmp_path / "missing.txt"),
            str(tmp_path / "bad.jsonl"), good[2]]
    run = run_cli(args)
    assert "Traceback" not in run.stderr
    assert run.returncode == 1
    written = [r["source"] for r in run.records]
    assert written == [good[0], good[1], f"{tmp_path / 'bad.jsonl'}:2", good[2]]
    assert len(run.errors) == 3
