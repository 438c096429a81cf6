"""Clutter inside the text rather than on lines of its own.

- Promotion of the outlet's app and social-media pages ("… ऐप के लिए यहां क्लिक करें",
  "हमें फ़ेसबुक और ट्विटर पर फ़ॉलो करें", "Follow us on …"): found sentence by sentence
  over the whole page, also where cut-out links broke a sentence over several lines; a
  parenthesis holding one goes whole, else just the sentence.
- An inline teaser ("… जताई। यह भी पढ़ें: <headline> …"): the marker and the headline go,
  the prose around them stays.
- A publication stamp glued to the first prose line ("date 2025-11-29 भारत ने …").

The vocabulary comes from ``data/clutter.yaml`` and ``data/dates.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ghatna.resources import load_yaml
from ghatna.text.numbers import DIGIT, LEFT_EDGE, alternation
from ghatna.text.segment import load_sentence_rules, word_before

CLOSERS = "\"”’')]»"
# A sentence ends at a danda, "?", "!" or a "." (checked for abbreviations), with the
# closing marks after it; a line break ends one unless white space touches it (a soft
# break, left where a link was cut out of a sentence). A break starts only where its white
# space starts: tried from inside a long run of spaces, it would rescan the run (quadratic).
PIECE_END = re.compile(rf"(?P<end>[।॥?!]+|\.)[{re.escape(CLOSERS)}]*|(?P<brk>(?<![ \t])[ \t]*\n\s*)")
MIN_PROMOTION, MAX_PROMOTION = 6, 240  # a longer "sentence" is prose glued to it
PARENS = re.compile(r"\(([^()]{1,450})\)")
HEADLINE_STOP = re.compile(r"[?!]+|।|\.(?!\d)|\s\|\s|\s{2,}")


@dataclass(frozen=True, slots=True)
class PromotionRules:
    always: re.Pattern[str]
    networks: re.Pattern[str]
    reader: re.Pattern[str]
    calls: re.Pattern[str]
    imperatives: re.Pattern[str]
    reported: re.Pattern[str]


@cache
def promotion_rules() -> PromotionRules:
    data = load_yaml("clutter.yaml")
    # one edge check before all the expressions (the same matches; four times faster than an edge per expression)
    always = LEFT_EDGE + "(?:" + "|".join(f"(?:{rx})" for rx in data["promotion_always"]) + ")"

    def words(key: str) -> re.Pattern[str]:
        return re.compile(alternation(str(w) for w in data[key]), re.IGNORECASE)

    return PromotionRules(re.compile(always, re.IGNORECASE), words("promotion_networks"),
                          words("promotion_reader"), words("promotion_calls"), words("promotion_imperatives"),
                          words("promotion_reported"))


def is_promotion(sentence: str) -> bool:
    """A call to use the outlet's app or to follow it on a social network."""
    rules = promotion_rules()
    sentence = " ".join(sentence.split())
    if not MIN_PROMOTION <= len(sentence) <= MAX_PROMOTION or rules.reported.search(sentence):
        return False
    if rules.always.search(sentence):
        return True
    if not rules.networks.search(sentence):
        return False
    return bool(rules.imperatives.search(sentence)) or all(p.search(sentence) for p in (rules.reader, rules.calls))


def is_sentence_dot(text: str, i: int) -> bool:
    """Whether the "." at ``text[i]`` ends a sentence: not in a number, not after an
    abbreviation or initial ("डॉ.", "हि.स.", "वी.के.", "U.S.")."""
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return False
    word = word_before(text, i)
    return len(word) > 1 and word.lower() not in load_sentence_rules().no_break_before


def sentence_pieces(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of each sentence of ``text``; soft line breaks do not end one."""
    start = 0
    for match in PIECE_END.finditer(text):
        brk = match.group("brk")
        if brk is not None and is_soft(brk) and match.end() < len(text):
            continue
        if match.group("end") == "." and not is_sentence_dot(text, match.start()):
            continue
        end = match.start() if brk is not None else match.end()
        if end > start:
            yield start, end
        start = match.end()
    if start < len(text):
        yield start, len(text)


def is_soft(brk: str) -> bool:
    return brk[0] in " \t" or brk[-1] in " \t"


def find_promotions(text: str) -> list[tuple[int, int]]:
    """Spans of promotion: whole parentheses that hold one (also over line breaks), then
    sentences elsewhere."""
    spans = [(m.start(), m.end()) for m in PARENS.finditer(text) if is_promotion(m.group(1))]
    taken = iter(spans)
    nxt = next(taken, None)
    for start, end in sentence_pieces(text):
        while nxt is not None and nxt[1] <= start:
            nxt = next(taken, None)
        piece = text[start:end]
        if (nxt is None or end <= nxt[0]) and is_promotion(piece):
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, end))
    return merge_spans(spans)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def cut_promotions(text: str) -> tuple[str, list[str]]:
    """The text without its promotion sentences, and the sentences cut."""
    spans = find_promotions(text)
    if not spans:
        return text, []
    kept, cut, pos = [], [], 0
    for start, end in spans:
        kept.append(text[pos:start])
        cut.append(" ".join(text[start:end].split()))
        pos = end
    kept.append(text[pos:])
    return "".join(kept), cut


# -- inline teasers -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TeaserRules:
    marker: re.Pattern[str]
    separators: str


@cache
def teaser_rules() -> TeaserRules:
    data = load_yaml("clutter.yaml")
    separators = "".join(str(s) for s in data["inline_related_separators"])
    marker = alternation(str(p) for p in data["related_prefixes"])
    return TeaserRules(re.compile(rf"(?P<marker>{marker})\s*(?P<sep>[{re.escape(separators)}]+)?", re.IGNORECASE),
                       separators)


def opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence: the line's start, after a sentence end or "("."""
    before = text[:pos].rstrip().rstrip(CLOSERS.replace(")", ""))
    if not before or before[-1] in "।॥?!(":
        return True
    return before[-1] == "." and is_sentence_dot(before, len(before) - 1)


def teaser_end(text: str, start: int, in_parens: bool) -> int:
    """Where a teaser headline that begins at ``start`` ends."""
    if in_parens and (close := text.find(")", start, start + 250)) != -1:
        return close + 1
    nxt = teaser_rules().marker.search(text, start)
    limit = nxt.start() if nxt else len(text)
    for stop in HEADLINE_STOP.finditer(text, start, limit):
        if stop.group() == "." and not is_sentence_dot(text, stop.start()):
            continue
        if stop.group()[0] in "?!।.":
            end = stop.end()
            while end < limit and text[end] in CLOSERS.replace(")", ""):
                end += 1
            return end
        return stop.start()
    return limit


def inline_teasers(text: str) -> list[tuple[int, int]]:
    """Spans of teasers for other stories inside a line of prose."""
    rules = teaser_rules()
    spans: list[tuple[int, int]] = []
    pos = 0
    while (match := rules.marker.search(text, pos)) is not None:
        marker, sep = match.group("marker"), match.group("sep")
        opens, several_words = opens_sentence(text, match.start()), " " in marker.strip()
        if not ((opens and sep) or (several_words and (sep or opens))) or (not sep and match.end() == len(text)):
            pos = match.end()
            continue
        in_parens = text[:match.start()].rstrip().endswith("(")
        begin = text.rfind("(", 0, match.start()) if in_parens else match.start()
        end = teaser_end(text, match.end(), in_parens)
        spans.append((begin, max(end, match.end())))
        pos = max(end, match.end())
    return spans


def cut_inline_teasers(line: str) -> tuple[str, list[str]]:
    """The line without the teasers inside it, and the teasers; the line unchanged when
    it holds nothing but a teaser (a related-link line, classified as such)."""
    spans = inline_teasers(line)
    if not spans:
        return line, []
    kept, cut, pos = [], [], 0
    for start, end in spans:
        kept.append(line[pos:start])
        cut.append(line[start:end].strip())
        pos = end
    kept.append(line[pos:])
    rest = " ".join("".join(kept).split())
    if not rest.strip(" -–—|:।.,"):
        return line, []
    return rest, cut


# -- a stamp glued to the first prose line ---------------------------------------------------

@cache
def glued_stamp_pattern() -> re.Pattern[str]:
    clutter, dates = load_yaml("clutter.yaml"), load_yaml("dates.yaml")
    prefix = alternation(str(p) for p in clutter["stamp_prefixes"])
    month = alternation(str(n) for forms in dates["months"].values() for n in forms)
    names = [str(n) for forms in dates["weekdays"].values() for n in forms]
    weekday = alternation(names + [n[:3] for n in names if n.isascii()])
    d = DIGIT
    day = (rf"(?:{d}{{4}}-{d}{{1,2}}-{d}{{1,2}}|{d}{{1,2}}[./-]{d}{{1,2}}[./-]{d}{{2,4}}"
           rf"|{d}{{1,2}}\s+{month}\.?,?\s+{d}{{4}}|{month}\.?\s+{d}{{1,2}},?\s+{d}{{4}})")
    time = (rf"(?:[T\s,|]*{d}{{1,2}}[:.]{d}{{2}}(?::{d}{{2}})?(?:\.{d}+)?\s*(?:am|pm)?"
            rf"\s*\(?(?:ist|gmt|utc|z|[+-]\d{{2}}:?\d{{2}})?\)?)")
    return re.compile(rf"^[\s\-–•|]*(?:(?:{prefix})\s*[:\-–|]?\s*(?:on\s+)?)?(?:{weekday}\.?,?\s*)?(?P<date>{day})"
                      rf"{time}?(?:(?<=\))|(?![\w\u0900-\u0963\u0966-\u097f]))"
                      rf"\s*[|,:\-–।]?\s*(?=[A-Za-z\u0900-\u097f\"“‘])", re.IGNORECASE)


def split_glued_stamp(line: str) -> tuple[str, str] | None:
    """("date 2025-11-29", "भारत ने …") when a line opens with a publication stamp and
    goes on with prose; None otherwise. A date that is part of a sentence ("12 मार्च 2025
    को …") has no stamp word and is no ISO date, and stays."""
    match = glued_stamp_pattern().match(line)
    if match is None:
        return None
    stamp, rest = line[:match.end()].strip(" |,:-–।"), line[match.end():].strip()
    has_word = bool(line[:match.start("date")].strip(" -–•|"))
    if not has_word and not re.match(rf"{DIGIT}{{4}}-", match.group("date")):
        return None
    if len(rest) < 25 or len(rest.split()) < 4 or rest.split()[0] in postpositions():
        return None
    return stamp, rest


@cache
def postpositions() -> frozenset[str]:
    return frozenset(str(w) for w in load_yaml("hindi_words.yaml")["postpositions"])
