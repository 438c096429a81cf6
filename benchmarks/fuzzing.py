"""Seeded mutations of Hindi articles and the check of what ghatna makes of each (issue 14).

Used by ``bench_fuzz.py`` (thousands of mutations) and ``tests/test_hardening_fuzz.py`` (a few
hundred). Seeds are the project's own written articles (``tests/articles``, ``tests/heldout*``,
``tests/pages``) and, when ``../shared`` is beside the project, real news from
``../shared/corpus`` (read here, never copied into the project).

A mutation edits the text (hostile characters, runs, cut, repeated or swapped stretches,
markup, oversized numbers, quote marks, titles), then hands it over as plain text, as an
HTML page, as a JSON Lines record or as damaged bytes through the readers. Each outcome is
classed as ``ok``, ``read_error`` (a ReadError: refusing bad input is right), ``stage_error``
(a StageError: a bug), ``not_json`` (a RecordError or a record that is not strict JSON),
``offsets`` (a span whose offsets do not give its text, or a duplicate mention), ``oversize``
(a record over 20x its input, or 40,000 characters for an input under 2,000) or ``crash``
(any other exception: a bug).
"""

from __future__ import annotations

import csv
import json
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ghatna.api import process
from ghatna.checks import record_problems
from ghatna.errors import GhatnaError, ReadError, RecordError, StageError
from ghatna.pipeline import Pipeline
from ghatna.text.readers import RawArticle, read_bytes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MAX_GROWTH = 20  # text that is nothing but short figures, quotes or names gives ~14x: linear, not a blow-up
MIN_BUDGET = 2000  # a short article's record may hold its annotations' fixed overhead
HOSTILE_CHARS = (
    "\x00\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u00a0\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e"
    "\u2066\u2069\ufeff\ufffd\ud800\udfff\u0964\u0965|?!.,;:\"'“”‘’«»()[]{}<>&#%\\/\t\n\r "
    "\u093c\u094d\u0901\u0902\u0903\u093e\u0947\u0966\u0969\u096f0123456789eE+-𝟘😀"
)
RUN_CHARS = "?!।|.”“\"'‘’-_=*0123456789\u0966 \n\t<>[]\u094d\u093c\u200d"
SNIPPETS = (
    "<h1>", "</h1>", "<p>", "</p>", "<script>", "<!--", "-->", "<br>", "&nbsp;", "&#0;", "&#x202e;", "<h1 ",
    "[blink]", "[/b]", "\x1b[2J", "\x1b]0;title\x07", "{\"text\": ", "\\ud800", "\\u0000",
    " ने कहा कि ", " कहा, “", "” उन्होंने कहा। ", "रूस के विदेश मंत्री सर्गेई लावरोव ने ", "अमेरिका के राष्ट्रपति ",
    "प्रधानमंत्री ", " के प्रवक्ता ", "बीजिंग, 5 नवंबर । ", "नई दिल्ली, 99 फरवरी (भाषा)। ", "प्रकाशित: 31 फरवरी 2025 ",
    " 25 लोग मारे गए। ", " 40 करोड़ रुपये ", " 12 प्रतिशत ", " 2.4 अरब डॉलर ", " सवा सौ ", " डेढ़ लाख ",
    " 1e309 ", " NaN ", " Infinity ", " -0 ", " ० ", " ९९९९ ", " बुधवार को ", " कल ", " अगले सप्ताह ",
    "यह भी पढ़ें: ", "Photo: ", " | ", " || ", "\n\n", "...", "…",
)


@dataclass(frozen=True, slots=True)
class Seed:
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Case:
    """One mutated input: the seed it came from, what was done, and how it is handed over."""

    seed: str
    steps: tuple[str, ...]
    form: str  # "text", "html", "jsonl" or "bytes"
    text: str

    def describe(self) -> str:
        return f"{self.seed} [{self.form}] {' + '.join(self.steps)}"


@dataclass(slots=True)
class Report:
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    input_chars: int = 0
    slowest: tuple[float, str] = (0.0, "")

    def add(self, kind: str, case: Case, detail: str, seconds: float) -> None:
        self.counts[kind] += 1
        self.seconds += seconds
        self.input_chars += len(case.text)
        if seconds > self.slowest[0]:
            self.slowest = (seconds, case.describe())
        if kind not in ("ok", "read_error"):
            self.examples.setdefault(kind, [])
            if len(self.examples[kind]) < 5:
                self.examples[kind].append(f"{case.describe()}: {detail}")

    @property
    def bugs(self) -> int:
        return sum(n for kind, n in self.counts.items() if kind not in ("ok", "read_error"))


# ---- seeds ------------------------------------------------------------------------

def own_seeds(root: Path = ROOT) -> list[Seed]:
    """The project's own written articles and pages."""
    seeds = []
    for folder in ("articles", "heldout", "heldout2"):
        for path in sorted((root / "tests" / folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("text"), str):
                seeds.append(Seed(f"{folder}/{path.name}", data["text"]))
    for path in sorted((root / "tests" / "pages").iterdir()):
        if path.suffix in (".txt", ".html"):
            seeds.append(Seed(f"pages/{path.name}", path.read_text(encoding="utf-8")))
    return seeds


def real_seeds(shared: Path = SHARED, limit: int | None = None) -> list[Seed]:
    """Real news from ../shared/corpus (empty when it is absent)."""
    corpus = shared / "corpus"
    if not corpus.is_dir():
        return []
    csv.field_size_limit(1 << 30)
    seeds = []
    with (corpus / "bbc-hindi-345.csv").open(encoding="utf-8", newline="") as handle:
        seeds += [Seed(f"bbc:{i}", row["1"]) for i, row in enumerate(csv.DictReader(handle)) if row.get("1")]
    with (corpus / "air-hindi-2020-01.csv").open(encoding="utf-8", newline="") as handle:
        seeds += [Seed(f"air:{i}", f"{row['title']}\n\n{row['data']}") for i, row in enumerate(csv.DictReader(handle))]
    for path in sorted((corpus / "hindi-papers-2020").rglob("*.txt")):
        seeds.append(Seed(f"papers:{path.relative_to(corpus)}", path.read_text(encoding="utf-8", errors="replace")))
    return seeds[:limit] if limit else seeds


# ---- mutations --------------------------------------------------------------------

def span(rng: random.Random, text: str, longest: int = 400) -> tuple[int, int]:
    start = rng.randrange(len(text) + 1)
    return start, min(len(text), start + rng.randrange(1, longest + 1))


def insert_chars(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + "".join(rng.choice(HOSTILE_CHARS) for _ in range(rng.randrange(1, 12))) + text[at:]


def insert_run(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(RUN_CHARS) * rng.randrange(2, 3000) + text[at:]


def insert_snippet(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + "".join(rng.choice(SNIPPETS) for _ in range(rng.randrange(1, 4))) + text[at:]


def big_number(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    digits = "".join(rng.choice("0123456789\u0966\u0967\u0968") for _ in range(rng.randrange(15, 400)))
    unit = rng.choice((" लोग मारे गए", " प्रतिशत", " रुपये", " करोड़ डॉलर", " अरब", " लाख लोग घायल", ".5 %", ""))
    return text[:at] + f" {digits}{unit} " + text[at:]


def delete_span(rng: random.Random, text: str) -> str:
    start, end = span(rng, text)
    return text[:start] + text[end:]


def repeat_span(rng: random.Random, text: str) -> str:
    start, end = span(rng, text, 200)
    return text[:end] + text[start:end] * rng.randrange(2, 40) + text[end:]


def swap_spans(rng: random.Random, text: str) -> str:
    a, b = sorted((span(rng, text, 300), span(rng, text, 300)))
    if a[1] > b[0]:
        return text
    return text[: a[0]] + text[b[0]: b[1]] + text[a[1]: b[0]] + text[a[0]: a[1]] + text[b[1]:]


def truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(len(text) + 1)]


def join_lines(rng: random.Random, text: str) -> str:
    return text.replace("\n", rng.choice(("", " ", "|", "।", "\r", "\u2028")))


def split_words(rng: random.Random, text: str) -> str:
    start, end = span(rng, text, 600)
    return text[:start] + text[start:end].replace(" ", rng.choice(("\n", "  ", "\t", "\u00a0", ""))) + text[end:]


def strip_punctuation(rng: random.Random, text: str) -> str:
    return text.translate({ord(c): None for c in "।.?!|"})


def repeat_all(rng: random.Random, text: str) -> str:
    return text * rng.randrange(2, 6)


def flip_marks(rng: random.Random, text: str) -> str:
    """Vowel signs, nukta and virama moved or doubled: text as broken fonts and OCR leave it."""
    chars = list(text)
    for _ in range(rng.randrange(1, 30)):
        i = rng.randrange(len(chars)) if chars else 0
        if chars:
            chars.insert(i, rng.choice("\u093c\u094d\u093e\u093f\u0940\u0947\u0948\u094b\u0902\u0901"))
    return "".join(chars)


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    insert_chars, insert_chars, insert_run, insert_snippet, insert_snippet, big_number, delete_span, repeat_span,
    swap_spans, truncate, join_lines, split_words, strip_punctuation, repeat_all, flip_marks,
)
FORMS = ("text", "text", "text", "html", "jsonl", "bytes")


def mutate(rng: random.Random, seed: Seed) -> Case:
    text = seed.text
    steps = []
    for _ in range(rng.randrange(1, 5)):
        op = rng.choice(MUTATIONS)
        text = op(rng, text) if text else insert_snippet(rng, text)
        steps.append(op.__name__)
    return Case(seed.name, tuple(steps), rng.choice(FORMS), text)


def cases(seeds: list[Seed], count: int, seed: int) -> Iterator[Case]:
    rng = random.Random(seed)
    for _ in range(count):
        yield mutate(rng, rng.choice(seeds))


# ---- running ----------------------------------------------------------------------

def as_html(text: str) -> str:
    lines = text.split("\n")
    body = "".join(f"<p>{ln}</p>" for ln in lines[1:])
    return (f"<html><head><title>{lines[0][:200]}</title></head><body><nav>होम | देश | विदेश</nav>"
            f"<article><h1>{lines[0][:200]}</h1>{body}</article><footer>© 2025</footer></body></html>")


def damaged_bytes(text: str) -> bytes:
    """The text's UTF-8 with lone surrogates encoded raw and two bytes broken (a cut download)."""
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    for i in (len(data) // 3, len(data) // 2):
        if i < len(data):
            data[i] ^= 0x80
    return bytes(data)


def read_case(case: Case) -> list[RawArticle | ReadError]:
    """The case as the readers hand it over (one item, or a ReadError)."""
    if case.form == "text":
        return [RawArticle(source="fuzz.txt", text=case.text)]
    if case.form == "html":
        return [RawArticle(source="fuzz.html", html=as_html(case.text))]
    if case.form == "jsonl":
        line = json.dumps({"text": case.text, "url": f"https://x.example/{case.text[:20]}", "published": case.text[:12]})
        return list(read_bytes(line.encode("utf-8", "surrogatepass"), "fuzz.jsonl", ".jsonl"))
    return list(read_bytes(damaged_bytes(case.text), "fuzz.txt", ".txt"))


def check_case(case: Case, pipeline: Pipeline) -> tuple[str, str]:
    """(kind, detail) for one case; see the module docstring for the kinds."""
    try:
        items = read_case(case)
        if not items or isinstance(items[0], ReadError):
            return "read_error", str(items[0]) if items else "no item"
        raw = items[0]
        line = process(raw, pipeline).to_json()
    except StageError as err:
        return "stage_error", str(err)[:300]
    except RecordError as err:
        return "not_json", str(err)[:300]
    except GhatnaError as err:
        return "read_error", str(err)[:300]
    except Exception as err:  # the point of fuzzing: any other exception is a crash to count  # noqa: BLE001
        return "crash", f"{type(err).__name__}: {err}"[:300]
    problems = record_problems(json.loads(line))
    if problems:
        kind = "not_json" if problems[0].startswith("not ") else "offsets"
        return kind, "; ".join(problems[:3])
    if len(line) > MAX_GROWTH * max(len(raw.content), MIN_BUDGET):
        return "oversize", f"record of {len(line)} characters for {len(raw.content)}"
    return "ok", ""


def run(seeds: list[Seed], count: int, seed: int, pipeline: Pipeline,
        progress: Callable[[int, Report], None] = lambda i, r: None) -> Report:
    report = Report()
    for number, case in enumerate(cases(seeds, count, seed), start=1):
        started = time.perf_counter()
        kind, detail = check_case(case, pipeline)
        report.add(kind, case, detail, time.perf_counter() - started)
        progress(number, report)
    return report
