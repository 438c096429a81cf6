"""What the event detector reads of a sentence: its word keys (the folded spellings the
lexicons use), and one marker word per trigger-lexicon hit ("__ASSAULT") so the model can
learn when a lexicon phrase tells an event and when it does not (and one for the phrase an
``abroad`` row shadows, which the rules tell when its sides are no two countries). A compound of a lexicon
phrase written apart ("ब्लैक लिस्ट", "ब्लैक-लिस्ट", which the matcher reads as its pattern's
"ब्लैकलिस्ट") is given as one word, its joined key, so both writings read alike (``joined_words``).

Training (``training/events/train.py``) and the stage build their inputs with this one
function, so the model sees at run time what it was trained on.
"""

from __future__ import annotations

from ghatna.extraction.triggers import TriggerMatch, joined_key, load_triggers
from ghatna.text.tokens import Token, tokenize

LEXICON_MARK = "__"


def detector_words(tokens: list[Token], first: int = 0, last: int | None = None, lexicon: bool = True,
                   phrases: list[TriggerMatch] | None = None) -> list[str]:
    """Word keys of tokens[first:last], then a marker per lexicon hit (its PLOVER type);
    ``phrases`` are the lexicon's hits in that range when the caller has found them."""
    last = len(tokens) if last is None else last
    hits = load_triggers().find(tokens, first, last) if phrases is None else phrases
    joined = joined_words(tokens, hits)
    words = [joined.get(k, t.key) for k, t in enumerate(tokens[first:last], first)
             if t.key and k - 1 not in joined]  # a word of nukta alone folds to nothing
    if lexicon:
        words += [LEXICON_MARK + m.trigger.plover for m in hits]
        words += [LEXICON_MARK + s.trigger.plover for s in shadowed_hits(tokens, hits, last)]
    return words or ["<empty>"]


def shadowed_hits(tokens: list[Token], hits: list[TriggerMatch], last: int) -> list[TriggerMatch]:
    """The phrases ``abroad`` hits shadow ("जिले की सीमाएं सील": the sealing), which the rules tell
    when the sides are no two countries: the model reads both."""
    lexicon = load_triggers()
    found = (lexicon.shadowed(tokens, m, last) for m in hits if m.trigger.roles == "abroad")
    return [m for m in found if m is not None]


def joined_words(tokens: list[Token], hits: list[TriggerMatch]) -> dict[int, str]:
    """Token index -> the joined key of it and the next token, where a lexicon hit read the two
    as one pattern word ("ब्लैक लिस्ट" for ब्लैकलिस्ट) that neither matches alone."""
    out: dict[int, str] = {}
    for m in hits:
        for k in range(m.first, m.last - 1):
            key = joined_key(tokens, k, m.last)
            if key is None or k - 1 in out:
                continue
            alone = (tokens[k].key, tokens[k + 1].key)
            if any(w.forms and w.matches(key) and not any(w.matches(a) for a in alone) for w in m.trigger.words):
                out[k] = key
    return out


def text_words(text: str, lexicon: bool = True) -> list[str]:
    """The same for a sentence given as text (training data)."""
    return detector_words(tokenize(text), lexicon=lexicon)


def tagger_words(tokens: list[Token], first: int = 0, last: int | None = None) -> list[str]:
    """What the trigger tagger reads: one word a token of tokens[first:last] (its key; its text
    when it folds to nothing), so that its tags fall on the sentence's own tokens."""
    return [t.key or t.text for t in tokens[first:last]]
