"""The language of each article (langid on the body); non-Hindi articles are marked."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from ghatna.document import Document
from ghatna.pipeline import Context, stage
from ghatna.resources import load_yaml

DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# letters, and the combining marks (vowel signs, virama, nukta, candrabindu) that \w leaves out
LETTER = re.compile(r"[^\W\d_]|[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]")
LANGUAGES = ["hi", "mr", "ne", "en", "ur", "bn", "pa", "gu", "ta", "te", "fr", "de", "es", "ru", "ar", "zh"]
SAMPLE_CHARS = 800
DEVANAGARI_LANGUAGES = ("hi", "mr", "ne")


def build_identifier(_settings: Any) -> Any:
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


@cache
def function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_yaml("languages.yaml")["function_words"].items()}


@cache
def _cue_data() -> tuple[dict[str, float], dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    data = load_yaml("languages.yaml")
    return ({lang: float(v) for lang, v in data["langid_min"].items()},
            {lang: tuple(endings) for lang, endings in data["endings"].items()},
            {lang: frozenset(letters) for lang, letters in data["letters"].items()})


def cue_count(text: str, lang: str) -> int:
    """Words of text that end as `lang`'s words do, or hold one of its letters (languages.yaml)."""
    _, endings, letters = _cue_data()
    ends, marks = endings.get(lang, ()), letters.get(lang, frozenset())
    words = re.findall(r"[\u0900-\u0963\u0971-\u097f]+", text)
    return sum(1 for w in words
               if any(len(w) > len(e) and w.endswith(e) for e in ends) or any(c in marks for c in w))


def without_function_words(lang: str, score: float, text: str) -> str:
    """A Devanagari line with no function word: langid's Marathi or Nepali only when sure and
    backed by one of the language's cues, else Hindi (langid calls short Hindi headlines Marathi)."""
    least, _, _ = _cue_data()
    if lang in least and score >= least[lang] and cue_count(text, lang) > 0:
        return lang
    return "hi"


def by_function_words(text: str) -> str | None:
    """Hindi, Marathi or Nepali by their function words (langid mixes them up on news text)."""
    counts = Counter(text.split())
    hits = {lang: sum(counts[w] for w in words) for lang, words in function_words().items()}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] > 0 else None


def devanagari_share(text: str) -> float:
    """Share of the letters (with their marks) that are Devanagari; at most 1."""
    letters = LETTER.findall(text)
    return sum(1 for c in letters if DEVANAGARI.match(c)) / len(letters) if letters else 0.0


@stage("language", needs=["body"], adds=["language"])
def language_stage(doc: Document, ctx: Context) -> Document:
    sample = doc.body[:SAMPLE_CHARS]
    if not sample.strip():
        doc.language, doc.language_score = None, None
        return doc
    devanagari = devanagari_share(sample) > 0.5
    if devanagari and by_function_words(sample) == "hi":
        # Devanagari with Hindi's function words: Hindi, no model needed
        doc.language, doc.language_score = "hi", 1.0
        return doc
    identifier = ctx.resource("langid", build_identifier)
    lang, score = identifier.classify(sample)
    if devanagari and by_function_words(sample) is None:
        # too short to have any function word (a headline alone): Hindi unless langid is sure
        # of Marathi or Nepali and the line bears it out ("मोदी-बाइडेन मुलाकात आज" is mr 0.63)
        lang = without_function_words(lang, float(score), sample)
        if lang == "hi":
            doc.language, doc.language_score = "hi", 1.0
            return doc
    elif lang in DEVANAGARI_LANGUAGES and devanagari:
        lang = by_function_words(sample) or lang
    doc.language, doc.language_score = lang, float(score)
    if lang != "hi":
        doc.warnings.append(f"not Hindi (langid: {lang}, {score:.2f}): language stages skipped")
    return doc
