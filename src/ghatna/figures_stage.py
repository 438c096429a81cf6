"""Figure stage: money, percentages and counts of people, with their sentence."""

from __future__ import annotations

from typing import Any

from .document import Document, Figure, Span
from .figures import FigureFinder
from .pipeline import Context, stage


def build_figure_finder(_settings: Any) -> FigureFinder:
    return FigureFinder()


@stage("figures", needs=["sentences"], adds=["figures"], hindi_only=True)
def figures_stage(doc: Document, ctx: Context) -> Document:
    finder = ctx.resource("figures", build_figure_finder)
    for found in finder.find(doc.body):
        sentence = doc.sentence_at(found.start)
        evidence = Span(sentence.start, sentence.end, sentence.text) if sentence else Span(found.start, found.end, found.text)
        doc.figures.append(Figure(found.text, found.value, found.unit, found.kind, found.start, found.end,
                                  evidence, found.rule, found.confidence))
    return doc
