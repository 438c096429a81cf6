"""A sports report gives no events of play ("शानदार प्रदर्शन", "रनों की साझेदारी", "गेंदबाजों पर हमला"), but
still tells the bans, arrests, sentences, demands and thanks of players, clubs and boards (``sports_kept_types`` in hindi_words.yaml; article_reports.told_in_sports)."""

from __future__ import annotations

import pytest
from test_roles_lists import rule_coder  # noqa: F401  (the fixture "pipeline": the rule coder alone)

import ghatna
from ghatna.pipeline import Pipeline

PLAY = ("तीसरे वनडे मैच में कप्तान ने शतक लगाया और गेंदबाज ने चार विकेट लिए। दोनों बल्लेबाजों ने 120 रनों की "
        "साझेदारी की और टीम ने शानदार प्रदर्शन किया। अगला मैच रविवार को स्टेडियम में होगा और टीम फाइनल की "
        "तैयारी करेगी। ")


@pytest.mark.parametrize(("deed", "expected"), [
    ("पाकिस्तान क्रिकेट बोर्ड ने तेज गेंदबाज मोहम्मद आमिर पर पांच साल का प्रतिबंध लगा दिया।", "SANCTION"),
    ("दिल्ली पुलिस ने सट्टेबाजी के आरोप में श्रीलंका के एक खिलाड़ी को गिरफ्तार किया।", "COERCE"),
    ("फीफा ने जांच में मदद के लिए जर्मनी के फुटबॉल महासंघ का धन्यवाद किया।", "SUPPORT"),
])
def test_a_sports_report_keeps_bans_arrests_and_thanks(deed: str, expected: str, pipeline: Pipeline) -> None:
    doc = ghatna.extract(PLAY + deed, pipeline=pipeline)
    assert any("sports" in w for w in doc.warnings)
    assert {e.type for e in doc.events} == {expected}


def test_play_in_a_sports_report_is_no_event(pipeline: Pipeline) -> None:
    doc = ghatna.extract(PLAY + "मेहमान टीम के गेंदबाजों पर बल्लेबाजों ने जोरदार हमला किया।", pipeline=pipeline)
    assert doc.events == []


@pytest.mark.parametrize("toss", [
    "श्रीलंका के कप्तान ने टॉस जीता और इंग्लैंड को पहले गेंदबाजी करने का न्योता दिया।",
    "भारतीय कप्तान महेंद्र सिंह धोनी ने टॉस जीतकर न्यूजीलैंड को पहले बल्लेबाजी के लिए आमंत्रित किया।",
])
def test_the_toss_invites_no_one(toss: str, pipeline: Pipeline) -> None:
    assert ghatna.extract(PLAY + toss, pipeline=pipeline).events == []
