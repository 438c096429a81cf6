"""What the event detector reads of a sentence: its word keys (the folded spellings the
lexicons use), and one marker word per trigger-lexicon hit ("__ASSAULT") so the model can
learn when a lexicon phrase tells an event and when it does not.

Training (``training/events/train.py``) and the stage build their inputs with this one
function, so the model sees at run time what it was trained on.
"""

from __future__ import annotations

from ghatna.extraction.triggers import TriggerMatch, load_triggers
from ghatna.text.tokens import Token, tokenize

LEXICON_MARK = "__"


def detector_words(tokens: list[Token], first: int = 0, last: int | None = None, lexicon: bool = True,
                   phrases: list[TriggerMatch] | None = None) -> list[str]:
    """Word keys of tokens[first:last], then a marker per lexicon hit (its PLOVER type);
    ``phrases`` are the lexicon's hits in that range when the caller has found them."""
    last = len(tokens) if last is None else last
    words = [t.key for t in tokens[first:last] if t.key]  # a word of nukta alone folds to nothing
    if lexicon:
        hits = load_triggers().find(tokens, first, last) if phrases is None else phrases
        words += [LEXICON_MARK + m.trigger.plover for m in hits]
    return words or ["<empty>"]


def text_words(text: str, lexicon: bool = True) -> list[str]:
    """The same for a sentence given as text (training data)."""
    return detector_words(tokenize(text), lexicon=lexicon)
