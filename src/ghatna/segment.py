"""Tokens and sentences with spaCy's blank Hindi pipeline and a sentencizer.

Closing quotation marks stay with the sentence they close.
"""

from __future__ import annotations

from typing import Any

from .document import Document, Sentence
from .pipeline import Context, stage

SENTENCE_PUNCT = ["।", "॥", ".", "?", "!", "|"]


def build_nlp(_settings: Any) -> Any:
    import spacy

    nlp = spacy.blank("hi")
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    return nlp


def split_paragraph_sentences(spacy_doc: Any) -> list[Sentence]:
    """spaCy sentences, also cut at paragraph breaks, stripped of outer white space."""
    out: list[Sentence] = []
    text = spacy_doc.text
    for sent in spacy_doc.sents:
        start = sent.start_char
        for piece in text[sent.start_char: sent.end_char].split("\n\n"):
            stripped = piece.strip()
            if stripped:
                begin = start + piece.index(stripped)
                out.append(Sentence(begin, begin + len(stripped), stripped))
            start += len(piece) + 2
    return out


@stage("segment", needs=["body"], adds=["sentences", "tokens"])
def segment_stage(doc: Document, ctx: Context) -> Document:
    nlp = ctx.resource("spacy", build_nlp)
    spacy_doc = nlp(doc.body)
    doc.spacy_doc = spacy_doc
    doc.sentences = split_paragraph_sentences(spacy_doc)
    return doc
