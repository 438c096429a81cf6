"""The learned role picker: its training (a smoke test on a few rows), the sides it reads where
the rules read none, and nothing on accidents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ghatna.api import extract
from ghatna.extraction.dates import build_date_finder
from ghatna.extraction.lexicon import build_resources
from ghatna.models.events.role_model import LABELS, RolePicker, picked_events
from ghatna.pipeline import Pipeline
from ghatna.settings import DEFAULT_STAGES, Settings

TRAINING = Path(__file__).resolve().parents[1] / "training" / "events"
RULES_ONLY = tuple(s for s in DEFAULT_STAGES if s != "role_model")

# Rows as the training script builds them: (feature names, label index of LABELS).
FEW_ROWS = [
    (["T=SANCTION", "s=b", "m=के"], 1), (["T=SANCTION", "s=b", "m=पर"], 2), (["T=SANCTION", "s=b", "m=में"], 0),
    (["T=CONSULT", "s=b", "m=की"], 1), (["T=CONSULT", "s=b", "m=के साथ"], 2), (["T=CONSULT", "s=a", "m=में"], 0),
] * 3


def toy_picker(threshold: float = 0.5) -> RolePicker:
    """A picker written by hand: an owner ("X के/की") is the source, "पर"/"के साथ" the target."""
    features = {"m=के": 0, "m=की": 1, "m=पर": 2, "m=के साथ": 3}
    weights = np.array([[0, 3, 0], [0, 3, 0], [0, 0, 3], [0, 0, 3]], dtype=float)
    return RolePicker("test-picker", "0", features, weights, np.zeros(len(LABELS)), threshold)


@pytest.fixture(scope="module")
def rules_pipeline() -> Pipeline:
    return Pipeline(Settings(stages=RULES_ONLY))


def sides(events: list[Any]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


def test_training_smoke(monkeypatch: pytest.MonkeyPatch) -> None:
    """The training script's fit learns the markers of a few rows; the picker survives its JSON."""
    monkeypatch.syspath_prepend(str(TRAINING))
    import train_role_picker  # training/events/train_role_picker.py

    config = {"name": "smoke", "version": "0", "l2": 0.1, "epochs": 200, "learning_rate": 0.1, "min_count": 1}
    picker = train_role_picker.fit(FEW_ROWS, config, 0.5)
    probs = RolePicker.from_json(picker.to_json()).probabilities([["T=SANCTION", "s=b", "m=के"],
                                                                  ["T=SANCTION", "s=b", "m=पर"],
                                                                  ["T=CONSULT", "s=a", "m=में"]])
    assert [int(np.argmax(row)) for row in probs] == [1, 2, 0]
    assert picker.rule == "smoke@0"


@pytest.mark.parametrize(("text", "expected"), [
    ("रूस पर अमेरिका के नए प्रतिबंध आज से लागू हो गए।", ("SANCTION", "USA", "RUS")),
    ("नेपाल के साथ चीन की बातचीत फिर बेनतीजा रही।", ("CONSULT", "CHN", "NPL")),
])
def test_picker_reads_sides_the_rules_miss(rules_pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    doc = extract(text, html=False, pipeline=rules_pipeline)
    assert not [e for e in doc.events if e.type == expected[0]]  # the rules read no sides here
    events = picked_events(doc, toy_picker(), build_date_finder(Settings()), build_resources(Settings()))
    assert expected in sides(events)
    assert all(e.evidence.rule.endswith(";roles:test-picker@0") and e.confidence >= 0.5 for e in events)


def test_picker_keeps_to_its_threshold(rules_pipeline: Pipeline) -> None:
    doc = extract("रूस पर अमेरिका के नए प्रतिबंध आज से लागू हो गए।", html=False, pipeline=rules_pipeline)
    assert picked_events(doc, toy_picker(threshold=0.99), build_date_finder(Settings()), build_resources(Settings())) == []


@pytest.mark.parametrize("text", [
    "सड़क हादसे में ट्रक ने बस को टक्कर मार दी जिससे पांच लोगों की मौत हो गई।",
    "पहाड़ी पर बस के खाई में गिरने से बीस यात्री घायल हुए।",
    "भूकंप के झटकों से नेपाल में कई मकान ढह गए और सात लोगों की मौत हो गई।",
    "फैक्ट्री में आग लगने से तीन मजदूर झुलस गए।",
])
def test_no_events_on_accidents(rules_pipeline: Pipeline, text: str) -> None:
    """Even a picker that takes any score adds nothing to an accident, nor does the shipped stage."""
    doc = extract(text, html=False, pipeline=rules_pipeline)
    assert picked_events(doc, toy_picker(threshold=0.0), build_date_finder(Settings()), build_resources(Settings())) == []
    assert extract(text, html=False).events == []



def test_stage_is_known_and_opt_in() -> None:
    """Not in the default pipeline (no weights shipped); a pipeline can name it after event_model."""
    assert "role_model" not in DEFAULT_STAGES
    at = DEFAULT_STAGES.index("event_model") + 1
    pipeline = Pipeline(Settings(stages=(*DEFAULT_STAGES[:at], "role_model", *DEFAULT_STAGES[at:])))
    text = "रूस पर अमेरिका के नए प्रतिबंध आज से लागू हो गए।"
    assert sides(extract(text, html=False, pipeline=pipeline).events) == sides(extract(text, html=False).events)
