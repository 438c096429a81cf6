"""The language of each article (langid on the body); non-Hindi articles are marked."""

from __future__ import annotations

import re
from typing import Any

from .document import Document
from .pipeline import Context, stage

DEVANAGARI = re.compile(r"[\u0900-\u097f]")
LETTER = re.compile(r"[^\W\d_]")
LANGUAGES = ["hi", "mr", "ne", "en", "ur", "bn", "pa", "gu", "ta", "te", "fr", "de", "es", "ru", "ar", "zh"]
SAMPLE_CHARS = 1500


def build_identifier(_settings: Any) -> Any:
    from langid.langid import LanguageIdentifier, model

    identifier = LanguageIdentifier.from_modelstring(model, norm_probs=True)
    identifier.set_languages(LANGUAGES)
    return identifier


def devanagari_share(text: str) -> float:
    letters = len(LETTER.findall(text))
    return len(DEVANAGARI.findall(text)) / letters if letters else 0.0


@stage("language", needs=["body"], adds=["language"])
def language_stage(doc: Document, ctx: Context) -> Document:
    sample = doc.body[:SAMPLE_CHARS]
    if not sample.strip():
        doc.language, doc.language_score = None, None
        return doc
    identifier = ctx.resource("langid", build_identifier)
    lang, score = identifier.classify(sample)
    if lang in ("mr", "ne") and devanagari_share(sample) > 0.5 and score < 0.99:
        lang = "hi"  # short Hindi news text is often scored as its Devanagari neighbours
    doc.language, doc.language_score = lang, float(score)
    if lang != "hi":
        doc.warnings.append(f"not Hindi (langid: {lang}, {score:.2f}): language stages skipped")
    return doc
