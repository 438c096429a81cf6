"""training/events/role_errors.py --set keeps the windows of one hidden set's kind, split as
benchmarks/eval_proxies.py splits them (a gold event between two known countries: international)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ghatna.evaluate import annotations as ann
from ghatna.evaluate.scoring import GoldDocument, GoldEvent

ROOT = Path(__file__).resolve().parents[1]


def role_errors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("role_errors", ROOT / "training" / "events" / "role_errors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["role_errors"] = module
    spec.loader.exec_module(module)
    return module


def event(*countries: str | None) -> GoldEvent:
    return GoldEvent(("CONSULT",), ("a", "b"), countries, False, True)


@pytest.mark.parametrize(("events", "international"), [
    ((event("IND", "NPL"),), True),              # two known countries
    ((event("IND", "IND"),), False),             # one country on both sides
    ((event("IND", None),), False),              # a side of no known country (the UN)
    ((event("IND", "IND"), event("USA", "IRN")), True),
    ((), False),
])
def test_international_document(events: tuple[GoldEvent, ...], international: bool) -> None:
    assert GoldDocument("w", events=events).is_international() is international


def sentence(window: str, split: str, countries: tuple[str | None, str | None]) -> ann.AnnotatedSentence:
    source, target = (ann.Actor(text=None, name=n, country=c, sector=None, kind="named")
                      for n, c in zip("ab", countries, strict=True))
    gold = ann.AnnotatedEvent(type="CONSULT", trigger=None, source=source, target=target, modality="asserted",
                              required=True)
    return ann.AnnotatedSentence(text="दो नेता मिले।", window=window, split=split, annotator="t", events=[gold])


@pytest.mark.parametrize(("which", "kept"), [("international", ["abroad"]), ("domestic", ["home"]),
                                             (None, ["abroad", "home"])])
def test_windows_of_a_set(which: str | None, kept: list[str]) -> None:
    sentences = [sentence("abroad", "train", ("IND", "NPL")), sentence("home", "train", ("IND", "IND")),
                 sentence("elsewhere", "dev", ("IND", "CHN"))]
    assert [w for w, _ in role_errors().selected_windows(sentences, "train", which)] == kept
