"""An infinitive with वाला: "हमला करने वाला है" (about to attack) tells a plan, "आने वाले दिनों में"
a time to come, but "हमला करने वाले लोग गिरफ्तार" names who attacked: the deed is done."""

from __future__ import annotations

import pytest

from ghatna.extraction.modality import modality_of
from ghatna.extraction.triggers import load_triggers
from ghatna.text.tokens import tokenize


def modality_at(text: str, pattern: str) -> str:
    tokens = tokenize(text)
    match = next(m for m in load_triggers().find(tokens, 0, len(tokens)) if m.trigger.pattern == pattern)
    return modality_of(tokens, match.first, match.last, len(tokens), 0)[0]


@pytest.mark.parametrize(("text", "pattern", "modality"), [
    ("थाने पर हमला करने वाले चार युवक गिरफ्तार", "हमल*", "asserted"),
    ("बस पर पथराव करने वाली भीड़ की पहचान कर ली गई है।", "पथराव", "asserted"),
    ("खुफिया सूत्रों के अनुसार उग्रवादी सीमा चौकी पर हमला करने वाले हैं।", "हमल*", "planned"),
    ("किसान संगठन कल राजधानी में प्रदर्शन करने वाले थे।", "प्रदर्शन*", "planned"),
    ("दोनों देश आने वाले दिनों में व्यापार पर वार्ता करेंगे।", "वार्ता*", "planned"),
])
def test_participle_in_vala_is_future_only_before_hona_or_time(text: str, pattern: str, modality: str) -> None:
    assert modality_at(text, pattern) == modality
