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
LETTER = re.compile(r"[^\W\d_]")
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
    return {lang: frozenset(words) for lang, words in load_yaml("languages.yaml").items()}


def by_function_words(text: str) -> str | None:
    """Hindi, Marathi or Nepali by their function words (langid mixes them up on news text)."""
    counts = Counter(text.split())
    hits = {lang: sum(counts[w] for w in words) for lang, words in function_words().items()}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] > 0 else None


def devanagari_share(text: str) -> float:
    letters = len(LETTER.findall(text))
    return len(DEVANAGARI.findall(text)) / letters if letters else 0.0


@stage("language", needs=["body"], adds=["language"])
def language_stage(doc: Document, ctx: Context) -> Document:
    sample = doc.body[:SAMPLE_CHARS]
    if not sample.strip():
        doc.language, doc.language_score = None, None
        return doc
    if devanagari_share(sample) > 0.5 and by_function_words(sample) in ("hi", None):
        # Devanagari with Hindi's function words, or too short to have any (a headline alone,
        # "मोदी-बाइडेन मुलाकात आज", which langid calls Marathi): Hindi, no model needed
        doc.language, doc.language_score = "hi", 1.0
        return doc
    identifier = ctx.resource("langid", build_identifier)
    lang, score = identifier.classify(sample)
    if lang in DEVANAGARI_LANGUAGES and devanagari_share(sample) > 0.5:
        lang = by_function_words(sample) or lang
    doc.language, doc.language_score = lang, float(score)
    if lang != "hi":
        doc.warnings.append(f"not Hindi (langid: {lang}, {score:.2f}): language stages skipped")
    return doc
