"""Acronyms an article defines: an organisation's name followed by its acronym in brackets
("झारखंड लोक सेवा आयोग (जेपीएससी)", "… डायनामिक्स (CDDEP)") names that organisation by the
acronym there and wherever the article uses it again. On the annotations' train split an acronym
in brackets right after a marked organisation is marked as one in 52 of 54 cases (IL-NER's: 55
of 62). Run at the end of the ``ner`` stage, over the names of both entity stages.
"""

from __future__ import annotations

import re

from ghatna.document import Document, Span
from ghatna.extraction.romanize import is_spelt_acronym
from ghatna.text.tokens import WORD_CHARS

ACRONYM_AFTER = re.compile(r"\s*\(\s*([^\s()]{2,14})\s*\)")
LATIN_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,13}")
CONFIDENCE = 0.8


def is_acronym(word: str) -> bool:
    """Latin capitals ("CDDEP", "AIFF"), or Devanagari that spells two or more Latin letters by
    their names ("जेपीएससी": J P S C), not an ordinary word in brackets ("(ग्रामीण)", "(भाषा)")."""
    return LATIN_ACRONYM.fullmatch(word) is not None or is_spelt_acronym(word)


def occurrences(body: str, word: str) -> list[tuple[int, int]]:
    """Start and end of each whole-word occurrence of ``word``."""
    pattern = re.compile(rf"(?<![{WORD_CHARS}]){re.escape(word)}(?![{WORD_CHARS}])")
    return [(m.start(), m.end()) for m in pattern.finditer(body)]


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def add_defined_acronyms(doc: Document) -> None:
    """Each acronym in brackets right after an organisation's name of several words, and its later
    uses no other mention covers, become mentions of that organisation (rule ``rule:acronym``); a
    bracket after an acronym qualifies it ("एनएससीएन (आईएम)": a faction), defining nothing."""
    covered = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    for entity in [e for e in doc.entities if e.type == "ORG"]:
        for mention in list(entity.mentions):
            found = ACRONYM_AFTER.match(doc.body, mention.end)
            if found is None or " " not in mention.text.strip() or not is_acronym(found.group(1)) or overlaps(covered, found.start(1), found.end(1)):
                continue
            for start, end in occurrences(doc.body, found.group(1)):
                if not overlaps(covered, start, end):
                    entity.mentions.append(Span(start, end, doc.body[start:end], "rule:acronym", CONFIDENCE))
                    covered.append((start, end))
        entity.mentions.sort(key=lambda m: m.start)
