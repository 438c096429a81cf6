"""The trigger matcher's short cuts (``TriggerLexicon.cannot_go_on``, the candidates of a prefix
or suffix, ``WordPattern.starts``) find what trying every candidate pattern finds: the same
longest match at every position, also across a particle, a compound written apart or joined."""

from __future__ import annotations

import pytest

from ghatna.extraction.triggers import TriggerLexicon, TriggerMatch, WordPattern, joined_key, load_triggers
from ghatna.text.tokens import Token, tokenize

SENTENCES = [
    "विपक्ष ने मंत्री पर आरोप भी लगाया और जांच की मांग की।",
    "कंपनी को सरकार ने ब्लैक लिस्ट कर दिया, दूसरी फर्म को ब्लैक-लिस्ट नहीं किया।",
    "सेना ने सीमा के पार एयरस्ट्राइक की और फिर एयर स्ट्राइक की खबर आई।",
    "राजदूत विदेश सचिव से मिले, फिर मंत्री से ही मिलेंगे और शाम को प्रधानमंत्री से बात करेंगे।",
    "पुलिस ने दो युवकों को हिरासत में ले लिया, तीसरे को हिरासत में भेजा गया।",
    "उन्होंने कहा कि सरकार किसानों की मांग मानने को तैयार है और वार्ता का दौर जारी रहेगा।",
    "से",
    "आरोप भी",
]


def brute_match(lexicon: TriggerLexicon, tokens: list[Token], i: int, last: int) -> TriggerMatch | None:
    """The longest match at token i, every candidate tried in full."""
    best = None
    for trig in lexicon.candidates(tokens[i].key, joined_key(tokens, i, last)) + all_heads(lexicon, tokens[i].key):
        end = lexicon.match_words(tokens, i, last, trig.words)
        if end is not None and (best is None or end > best.last):
            best = TriggerMatch(trig, i, end, tokens[i].start, tokens[end - 1].end)
    return best


def all_heads(lexicon: TriggerLexicon, key: str) -> list:  # type: ignore[type-arg]
    """Every pattern whose first word is a prefix or suffix the key has, however it is indexed."""
    return [t for t in lexicon.triggers if (t.words[0].prefix or t.words[0].suffix) and t.words[0].matches(key)
            and t not in lexicon.candidates(key)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_short_cuts_find_what_every_candidate_finds(sentence: str) -> None:
    lexicon = load_triggers()
    tokens = tokenize(sentence)
    for last in (len(tokens), max(1, len(tokens) - 1)):
        for i in range(min(last, len(tokens))):
            got, expected = lexicon.match_at(tokens, i, last), brute_match(lexicon, tokens, i, last)
            assert (got and (got.trigger, got.last)) == (expected and (expected.trigger, expected.last)), (sentence, i)


def test_the_cases_the_short_cuts_pass_over_are_found() -> None:
    lexicon = load_triggers()
    found = {m.trigger.pattern for s in SENTENCES[:5] for m in lexicon.find(tokenize(s), 0, len(tokenize(s)))}
    assert {"आरोप {लगाना}", "ब्लैकलिस्ट", "से {मिलना}", "हिरासत में {लेना}"} <= found


@pytest.mark.parametrize(("forms", "key", "starts"), [
    ({"एयर", "एयरो"}, "एयरोस्पेस", ["एयर", "एयरो"]),
    ({"एयर"}, "एयर", ["एयर"]),
    ({"एयर"}, "एय", []),
])
def test_the_forms_a_word_begins_with(forms: set[str], key: str, starts: list[str]) -> None:
    assert WordPattern(forms=frozenset(forms)).starts(key) == starts


def test_initials_of_a_word() -> None:
    assert WordPattern(forms=frozenset({"मिले", "बात"})).initials == frozenset({"म", "ब"})
    assert WordPattern(prefix="चला").initials == frozenset({"च"})
    assert WordPattern(suffix="ने").initials is None  # any word may end so


def test_kept_candidate_lists_start_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from ghatna.extraction import triggers

    monkeypatch.setattr(triggers, "TRIED_KEPT", 2)
    lexicon = TriggerLexicon(load_triggers().triggers, load_triggers().vetoes)
    for sentence in SENTENCES:
        tokens = tokenize(sentence)
        for i in range(len(tokens)):
            got, expected = lexicon.match_at(tokens, i), brute_match(lexicon, tokens, i, len(tokens))
            assert (got and got.trigger) == (expected and expected.trigger)
            assert len(lexicon.tried) <= 2
