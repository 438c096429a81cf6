"""Cleaning a scraped page into title, author, publication date, dateline and body.

Lines are classified by general signals (clutter vocabulary from ``data/clutter.yaml``,
line shape, sentence-final punctuation, position, lists of headline-like lines, lines
repeated on the page); the body is the run of article lines between the first and the
last paragraph, less clutter and lists of other stories.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from ghatna.document import Document, Removed
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml
from ghatna.text.dateline import extract_dateline
from ghatna.text.datewords import parse_published
from ghatna.text.inline_clutter import cut_inline_teasers, cut_promotions, is_sentence_dot, split_glued_stamp

DEVANAGARI = re.compile(r"[\u0900-\u097f]")
LATIN_WORD = re.compile(r"[A-Za-z]")
SENTENCE_END = re.compile(r"[।॥.?!۔؟]['\"”’)\]]*$|[\"”’]$")
INNER_SENTENCE_END = re.compile(r"[।॥?!۔؟]|\. ")
TEASER_END = re.compile(r"(…|\.\.\.)\s*$")
EDGE_PUNCT = " \t-–—•»«>|*·:"
SEPARATORS = ":-|>»–—,"
COUNT_UNITS = ("min", "mins", "मिनट")  # "पढ़ने का समय 3 min": a count of minutes after a marker
STAMP_DIGIT = re.compile(r"^\D{2,30}?\s[\d\u0966-\u096f]")
MENU_HINT = re.compile(r"[|/»>।]|\s{2}")
MENU_SPLIT = re.compile(r"\s+/\s+|\s*[|।]\s*|\s{2,}|\s*»\s*|\s*>\s*")
NAME_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")

SHORT_LINE = 160
OPENERS = ("(", "[", "“", "‘")
CUT_LINE = 80  # a line this long, last on the page and cut off, is prose (headlines are shorter)
PARAGRAPH = "paragraph"
HEADLINE = "headline"
TEASER = "teaser"
KEEP_KINDS = {PARAGRAPH, HEADLINE}
LIST_KINDS = {HEADLINE, TEASER, "time", "filename", "marker", "counter", "caption", "latin"}


@dataclass(frozen=True, slots=True)
class ClutterRules:
    related: tuple[str, ...]
    labels: frozenset[str]
    markers: frozenset[str]
    stamps: tuple[str, ...]
    bylines: tuple[str, ...]
    captions: tuple[str, ...]
    tags: tuple[str, ...]
    meta: tuple[str, ...]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(slots=True)
class Line:
    text: str
    kind: str
    index: int
    cut: list[Removed] = field(default_factory=list)  # teasers cut out of the line
    soft: bool = False  # white space touches the line break after it (a link was cut out there)


@cache
def load_rules() -> ClutterRules:
    data = load_yaml("clutter.yaml")

    def prefixes(key: str) -> tuple[str, ...]:
        return tuple(sorted((p.lower() for p in data[key]), key=len, reverse=True))

    patterns = tuple((name, re.compile(rx, re.IGNORECASE)) for name, rx in data["line_patterns"].items())
    return ClutterRules(
        related=prefixes("related_prefixes"),
        labels=frozenset(normalize_label(x) for x in data["list_labels"]),
        markers=frozenset(normalize_label(x) for x in data["marker_lines"]),
        stamps=prefixes("stamp_prefixes"),
        bylines=prefixes("byline_prefixes"),
        captions=prefixes("caption_prefixes"),
        tags=prefixes("tag_prefixes"),
        meta=prefixes("meta_prefixes"),
        patterns=patterns,
    )


def normalize_label(text: str) -> str:
    return " ".join(text.lower().strip(EDGE_PUNCT + "।.!?").split())


def strip_prefix(text: str, prefixes: tuple[str, ...], need_separator: bool) -> str | None:
    """The rest of the line after one of ``prefixes``, or None when none starts it.

    One-word prefixes need a separator after them (``Photo:``), so that an ordinary
    sentence that happens to start with the same word is not taken.
    """
    match = prefix_pattern(prefixes).match(text)
    if match is None:
        return None
    prefix, rest = match.group(1), text[match.end(1):]
    head = rest.lstrip()
    sep = bool(head) and head[0] in SEPARATORS
    if need_separator and " " not in prefix and not sep and rest:
        return None
    return head.lstrip(SEPARATORS + " ").strip()


@cache
def prefix_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled look-up for a family of prefixes: longest first, whole words only."""
    alternatives = "|".join(re.escape(p) for p in prefixes)
    edge = re.escape(EDGE_PUNCT)
    return re.compile(rf"^[{edge}]*({alternatives})(?![\w\u0900-\u097f])", re.IGNORECASE)


def strip_trailing_number(label: str) -> str:
    """``label`` less a count at its end ("टिप्पणियां 12", "3 min"), read from the end: a
    pattern tried from every digit of a long run inside a line would be quadratic."""
    rest = next((label[:-len(u)] for u in COUNT_UNITS if label.endswith(u)), label).rstrip()
    end = len(rest)
    while end and (rest[end - 1].isdecimal() or rest[end - 1] in ":.,"):
        end -= 1
    return label if end == len(rest) else rest[:end].rstrip()


def is_related(text: str, rules: ClutterRules) -> bool:
    return strip_prefix(text, rules.related, need_separator=True) is not None


def classify_line(text: str, rules: ClutterRules) -> str:
    """The kind of one non-empty line: a clutter kind, 'paragraph', 'headline' or 'teaser'."""
    label = normalize_label(text)
    if label in rules.labels:
        return "label"
    if label in rules.markers or strip_trailing_number(label) in rules.markers:
        return "marker"
    if is_related(text, rules):
        return "related"
    if len(text) > SHORT_LINE:  # stamps, bylines, captions, counters and menus are all short
        return classify_shape(text)
    if is_byline(text, rules):
        return "byline"
    bare = text.strip("() ")
    for kind, prefixes in (("stamp", rules.stamps), ("caption", rules.captions), ("tag", rules.tags),
                           ("meta", rules.meta)):
        rest = strip_prefix(bare, prefixes, need_separator=kind != "stamp" or not STAMP_DIGIT.match(bare))
        if rest is not None and len(text) < 160 and not SENTENCE_END.search(text.rstrip("।")):
            return kind
    if "|" in text and any(classify_line(seg, rules) in ("byline", "stamp") for seg in split_segments(text)):
        return "meta"
    if is_menu(text):
        return "menu"
    for name, pattern in rules.patterns:
        if pattern.match(label) or pattern.match(text.strip()):
            return "time" if name.startswith(("relative", "time")) else name
    return classify_shape(text)


def classify_shape(text: str) -> str:
    if not DEVANAGARI.search(text):
        words = text.split()
        if len(words) <= 6 and not SENTENCE_END.search(text):
            return "latin" if NAME_LINE.match(text) else "filename"
    if TEASER_END.search(text):  # a long line cut with "…" is prose; a short one, a teaser
        return TEASER if len(text) <= SHORT_LINE else PARAGRAPH
    if SENTENCE_END.search(text) and len(text) >= 25:
        return PARAGRAPH
    if len(text) >= 220 and has_inner_sentence_end(text):
        return PARAGRAPH
    return HEADLINE


def has_inner_sentence_end(text: str) -> bool:
    """A danda, "?" or "!" inside the text, or a "." before a space that is no abbreviation's."""
    return any(m.group() != ". " or is_sentence_dot(text, m.start()) for m in INNER_SENTENCE_END.finditer(text))


def split_segments(text: str) -> list[str]:
    return [seg.strip() for seg in text.split("|") if seg.strip()]


def is_menu(text: str) -> bool:
    """A breadcrumb or menu bar: three or more short items between separators."""
    if SENTENCE_END.search(text) or not MENU_HINT.search(text):
        return False
    items = [x for x in MENU_SPLIT.split(text) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 3 for x in items) and not SENTENCE_END.search(text)


def is_byline(text: str, rules: ClutterRules) -> bool:
    rest = strip_prefix(text, rules.bylines, need_separator=False)
    if rest is None or not rest or len(text) > 80 or SENTENCE_END.search(text):
        return False
    return len(rest.split()) <= 6


def byline_name(text: str, rules: ClutterRules) -> str | None:
    rest = strip_prefix(text, rules.bylines, need_separator=False) or ""
    name = re.split(r"\s*[|,]\s*|\s+(?:updated|published|अपडेट)", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    return name.strip(EDGE_PUNCT + ".") or None


def split_lines(raw: str, rules: ClutterRules) -> list[Line]:
    lines: list[Line] = []
    for i, raw_line in enumerate(raw.split("\n")):
        text, cut = cut_inline_teasers(raw_line.strip())
        text = " ".join(text.split())
        if not text:
            continue
        if (glued := split_glued_stamp(text)) is not None:
            lines.append(Line(glued[0], "stamp", i))
            text = glued[1]
        if lines and raw_line[:1].isspace():
            lines[-1].soft = True
        kind = "menu" if is_menu(raw_line.strip()) and len(text) < 120 else classify_line(text, rules)
        soft = raw_line[-1:].isspace() or text.endswith(OPENERS)  # nothing ends a line on "("
        lines.append(Line(text, kind, i, [Removed(c, "related") for c in cut], soft))
    lines = join_soft_breaks(lines, rules)
    mark_link_lines(lines, rules)
    return lines


def join_soft_breaks(lines: list[Line], rules: ClutterRules) -> list[Line]:
    """Join a sentence that cut-out links broke over lines ("… घर में एक ⏎⏎ कैदी की तरह …"):
    white space touches the break, the piece before has no sentence end, and both pieces
    are prose or headline-shaped. The page's first piece of text may be its title: it is
    joined only when it stops on a word no headline ends with."""
    joined: list[Line] = []
    run: list[Line] = []
    prose_before = False  # a piece of text came before the current run
    for ln in lines:
        if run and run[-1].soft and is_open_prose(run[-1]) and is_open_prose(ln, ending=False) and \
                (prose_before or len(run) > 1 or run[-1].kind == PARAGRAPH or ends_open(run[-1].text)
                 or has_inner_sentence_end(run[-1].text)):
            run.append(ln)
            continue
        if run:
            joined.append(merge_run(run, rules))
            prose_before = prose_before or any(is_open_prose(x, ending=False) for x in run)
        run = [ln]
    if run:
        joined.append(merge_run(run, rules))
    return joined


def merge_run(run: list[Line], rules: ClutterRules) -> Line:
    if len(run) == 1:
        return run[0]
    text = " ".join(ln.text for ln in run)
    return Line(text, classify_line(text, rules), run[0].index, [r for ln in run for r in ln.cut], run[-1].soft)


def ends_open(text: str) -> bool:
    """The line stops on a word no headline ends with ("के", "और", "जो") or on "(": a sentence goes on."""
    return text.endswith(OPENERS) or text.split()[-1] in open_words()


@cache
def open_words() -> frozenset[str]:
    return frozenset(load_yaml("clutter.yaml")["open_endings"])


def is_open_prose(line: Line, ending: bool = True) -> bool:
    return line.kind in (PARAGRAPH, HEADLINE, TEASER) and not (ending and SENTENCE_END.search(line.text))


def mark_link_lines(lines: list[Line], rules: ClutterRules) -> None:
    """A bare "इसे भी पढ़ें" line links the headline on the next line: both go."""
    for ln, nxt in pairwise(lines):
        if ln.kind == "related" and not strip_prefix(ln.text, rules.related, True) and nxt.kind in (HEADLINE, TEASER):
            nxt.kind = "related"


def mark_repeats(lines: list[Line]) -> None:
    """Short lines printed more than once on a page (menus, repeated lists) are clutter."""
    counts = Counter(ln.text for ln in lines if ln.kind != PARAGRAPH or len(ln.text) < 200)
    for ln in lines:
        if counts[ln.text] > 1 and ln.kind in LIST_KINDS:
            ln.kind = "repeated"


def find_title(lines: list[Line], meta_title: str | None) -> str | None:
    """The page's headline: the metadata title, or of the headline-shaped lines before the body
    the one that shares most words with the body (sidebar headlines share few)."""
    if meta_title:
        return meta_title
    counts = Counter(ln.text for ln in lines)
    first_para = next((i for i, ln in enumerate(lines) if ln.kind == PARAGRAPH and not is_title_shaped(ln, counts)),
                      len(lines))
    candidates = [ln for ln in lines[:first_para] if is_title_shaped(ln, counts) and len(ln.text.split()) >= 3]
    if len(candidates) <= 1:
        return candidates[0].text if candidates else None
    body_words = set(" ".join(ln.text for ln in lines[first_para: first_para + 6]).split())
    return max(candidates, key=lambda ln: len(set(ln.text.split()) & body_words) / len(ln.text.split())).text


def is_title_shaped(line: Line, counts: Counter[str]) -> bool:
    if len(line.text) > 220 or line.kind not in (HEADLINE, PARAGRAPH, TEASER, "repeated"):
        return False
    if line.kind == HEADLINE:
        return True
    repeated = counts[line.text] > 1
    single = not has_inner_sentence_end(line.text.rstrip("।.?!\"”’ "))
    return repeated or (single and line.text.rstrip("\"”’ ")[-1:] in "?!")


def mark_cut_last_line(lines: list[Line]) -> None:
    """The page's last line of text (clutter may follow), right after a paragraph and cut
    off mid-sentence (a truncated feed or scrape), is the article's last paragraph."""
    last = next((i for i in range(len(lines) - 1, 0, -1) if lines[i].kind in (PARAGRAPH, HEADLINE, TEASER)), 0)
    if last == 0 or lines[last - 1].kind != PARAGRAPH or lines[last].kind == PARAGRAPH:
        return
    text = lines[last].text
    if len(text) >= CUT_LINE or text.endswith("\u094d") or ends_open(text) or has_inner_sentence_end(text):
        lines[last].kind = PARAGRAPH


def body_span(lines: list[Line]) -> tuple[int, int]:
    """Indices of the first and last paragraph lines (the body's bounds)."""
    paras = [i for i, ln in enumerate(lines) if ln.kind == PARAGRAPH]
    if not paras:
        heads = [i for i, ln in enumerate(lines) if ln.kind == HEADLINE]
        return (heads[0], heads[-1]) if heads else (0, -1)
    return paras[0], paras[-1]


def drop_lists(lines: list[Line], first: int, last: int) -> None:
    """Inside the body, a label opens a list of other stories: drop it and the run after it;
    three or more headline-like lines in a row are such a list even without a label."""
    i = first
    while i <= last:
        if lines[i].kind == "label":
            i = skip_list(lines, i + 1, last)
            continue
        run_end = i
        while run_end <= last and lines[run_end].kind in LIST_KINDS:
            run_end += 1
        if run_end - i >= 3:
            for ln in lines[i:run_end]:
                ln.kind = "list"
            i = run_end
        else:
            i += 1


def skip_list(lines: list[Line], start: int, last: int) -> int:
    """Mark the lines after a list label as clutter up to the next solid paragraph."""
    i = start
    while i <= last and not is_solid_paragraph(lines, i):
        lines[i].kind = "list"
        i += 1
    return i


def is_solid_paragraph(lines: list[Line], i: int) -> bool:
    """A paragraph that is not a teaser: long, and not followed by a timestamp."""
    ln = lines[i]
    if ln.kind != PARAGRAPH or len(ln.text) < 120:
        return False
    nxt = lines[i + 1].kind if i + 1 < len(lines) else None
    return nxt not in ("time", TEASER)


def cut_at_tail_label(lines: list[Line], first: int, last: int) -> int:
    """A list label after the body has begun ends the article when no solid paragraph follows."""
    for i in range(first + 1, last + 1):
        if lines[i].kind == "label" and not any(is_solid_paragraph(lines, j) for j in range(i + 1, last + 1)):
            return i - 1
    return last


def find_author(lines: list[Line], last_para: int, rules: ClutterRules) -> str | None:
    """The byline's name; else a short name line beside a date stamp or right after the body."""
    for ln in lines:
        for seg in split_segments(ln.text) if ln.kind in ("byline", "meta") else []:
            if is_byline(seg, rules):
                return byline_name(seg, rules)
    for i, ln in enumerate(lines):
        if ln.kind == "stamp":
            for near in lines[max(0, i - 1): i] + lines[i + 1: i + 2]:
                if is_name_line(near):
                    return near.text
    after = [ln for ln in lines if ln.index > last_para and ln.kind not in ("related", "marker", "menu")]
    if after and is_name_line(after[0]) and (after[0].kind == "latin" or "(" in after[0].text):
        return name_part(after[0].text)
    return None


def is_name_line(line: Line) -> bool:
    """Two or three words, no digits or punctuation but an optional "(agency)" after them."""
    name = name_part(line.text)
    return line.kind in (HEADLINE, "latin") and 2 <= len(name.split()) <= 3 and not re.search(r"[\d\u0966-\u096f:,।.!?|]", name)


def name_part(text: str) -> str:
    return text.split("(")[0].strip()


def clean_page(raw: str, meta_title: str | None = None, boilerplate: frozenset[str] = frozenset()
               ) -> tuple[str | None, str | None, list[str], list[Line], list[Removed]]:
    """Title, author, stamp lines, kept body lines and removed lines of one page."""
    rules = load_rules()
    raw, promotions = cut_promotions(raw)
    lines = split_lines(raw, rules)
    mark_repeats(lines)
    for ln in lines:
        if ln.text in boilerplate and ln.kind != PARAGRAPH:
            ln.kind = "boilerplate"
    title = find_title(lines, meta_title)
    if title:
        for ln in lines:
            if ln.text == title or normalize_label(ln.text) == normalize_label(title):
                ln.kind = "title"
    mark_cut_last_line(lines)
    first, last = body_span(lines)
    last = cut_at_tail_label(lines, first, last)
    drop_lists(lines, first, last)
    kept = [ln for ln in lines[first: last + 1] if ln.kind in KEEP_KINDS]
    if not kept:  # a page of one headline-like line: that line is the article
        kept = [ln for ln in lines if ln.kind in KEEP_KINDS or ln.kind == "title"][:1]
    kept_ids = {id(ln) for ln in kept}
    removed = [Removed(text, "promotion") for text in promotions] + [r for ln in lines for r in ln.cut]
    removed += [Removed(ln.text, ln.kind) for ln in lines if id(ln) not in kept_ids and ln.kind != "title"]
    stamps = [seg for ln in lines if ln.kind in ("stamp", "meta") for seg in split_segments(ln.text)]
    last_para = max((ln.index for ln in kept if ln.kind == PARAGRAPH), default=-1)
    return title, find_author(lines, last_para, rules), stamps, kept, removed


@stage("clean", needs=["normalized"], adds=["body", "title", "author", "published", "dateline"])
def clean_stage(doc: Document, ctx: Context) -> Document:
    title, author, stamps, kept, removed = clean_page(doc.raw, doc.meta.get("title"), ctx.settings.boilerplate)
    doc.title = title
    doc.author = doc.meta.get("author") or author
    doc.body = "\n\n".join(ln.text for ln in kept)
    doc.removed = removed
    doc.published = published_from_stamps(stamps + doc.meta.get("stamps", [])) or iso_day(doc.meta.get("published"))
    doc.dateline = extract_dateline(doc.body)
    if len(doc.body) < ctx.settings.min_body_chars:
        doc.warnings.append(f"short body after cleaning ({len(doc.body)} characters)")
    return doc


def iso_day(value: str | None) -> str | None:
    """A metadata date as YYYY-MM-DD (None when it does not parse)."""
    day = parse_published(value) if value else None
    return day.isoformat() if day else None


def published_from_stamps(stamps: list[str]) -> str | None:
    for text in stamps:
        day = parse_published(text)
        if day is not None:
            return day.isoformat()
    return None

