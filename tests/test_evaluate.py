"""ghatna eval: the shared scorer's measures, breakdowns, and the project's own annotations."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ghatna.cli import app
from ghatna.evaluate import annotations as ann
from ghatna.evaluate import shared_corpus
from ghatna.evaluate.scoring import (
    GoldDocument,
    GoldEvent,
    Tally,
    names_agree,
    pair_events,
    score_all,
    score_date,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "annotate"))
import import_labels

runner = CliRunner()


@pytest.mark.parametrize(("gold", "system", "same"), [
    ("Narendra Modi", "Narendra Modi", True),
    ("Xi Jinping", "Jinping", True),                  # the system's words inside the gold name
    ("Xi Jinping", "Xi", False),                      # ... but not a word of three letters or less
    ("S. Jaishankar", "Subrahmanyam Jaishankar", True),  # same surname and initial
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),  # close spelling
    ("Shehbaz Sharif", "Nawaz Sharif", False),
    ("India", "", False),
    ("Li", "Li Qiang", True),
    ("Iran", "Iraq", False),
])
def test_names_agree(gold: str, system: str, same: bool) -> None:
    assert names_agree(gold, system) is same


@pytest.mark.parametrize(("gold_date", "readable", "system", "score"), [
    ("2025-11-05", "md", "--11-05", 1),
    ("2025-11-05", "ymd", "--11-05", 0.5),
    ("2025-11-05", "md", "2025-11-06", -1),
    ("2025-11-05", "md", None, 0),
    ("2025-11-05", "none", None, 1),
    (None, None, "2024-01-01", 1),
    ("2025-11-05", "md", "yesterday", -1),
])
def test_score_date(gold_date: str | None, readable: str | None, system: str | None, score: float) -> None:
    event = GoldEvent(("CONSULT",), ("A", "B"), ("IND", "CHN"), False, True, date=gold_date, date_readable=readable)
    assert score_date(event, system) == score


def side(name: str | None, country: str | None) -> dict[str, str | None]:
    return {"name": name, "country": country}


def test_pairing_respects_direction_and_unknown_sides() -> None:
    accuse = GoldEvent(("ACCUSE",), ("Pakistan", "India"), ("PAK", "IND"), True, True)
    meet = GoldEvent(("CONSULT",), ("Narendra Modi", "Xi Jinping"), ("IND", "CHN"), False, True)
    attack = GoldEvent(("ASSAULT",), (None, None), (None, "IND"), True, True, kinds=("unknown", "generic"))
    system = [
        {"type": "ACCUSE", "source": side("India", "IND"), "target": side("Pakistan", "PAK")},  # wrong way round
        {"type": "CONSULT", "source": side("Xi Jinping", "CHN"), "target": side("Narendra Modi", "IND")},
        {"type": "ASSAULT", "source": None, "target": side("police", "IND")},
    ]
    assert pair_events((accuse, meet, attack), system, "dyad") == {1: 1, 2: 2}
    assert attack.actor_kind() == "unknown"
    assert GoldEvent(("ACCUSE",), ("BJP", "Congress"), ("IND", "IND"), True, True).actor_kind() == "domestic"


def test_breakdown_by_type_and_kind() -> None:
    gold = GoldDocument("a.txt", events=(
        GoldEvent(("ASSAULT",), (None, None), ("IND", "IND"), True, True, kinds=("generic", "generic")),
        GoldEvent(("CONSULT",), ("A", "B"), ("USA", "CHN"), False, True),
    ))
    record = {"events": [{"type": "ASSAULT", "source": side(None, "IND"), "target": side(None, "IND")},
                         {"type": "PROTEST", "source": side(None, "IND"), "target": None}]}
    tally, notes = score_all([gold], {"a.txt": record})
    assert tally.ratio("type:ASSAULT:recall") == 1.0
    assert tally.ratio("type:CONSULT:recall") == 0.0
    assert tally.ratio("type:PROTEST:precision") == 0.0
    assert tally.ratio("kind:domestic:recall") == 1.0
    assert tally.ratio("events_dyad_precision") == 0.5
    assert any("event missing" in m for m in notes[0][1])


def test_missing_output_is_scored_as_empty() -> None:
    tally, notes = score_all([GoldDocument("x.txt", entities=("India",))], {})
    assert tally.ratio("entities") == 0.0 and notes[0][1][0] == "no output for this document"
    assert isinstance(tally, Tally) and tally.counts["documents_with_output"] == 0


def test_eval_agrees_with_the_shared_scorer_on_the_seeds(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    subprocess.run([sys.executable, "-m", "ghatna", "extract", *sorted(map(str, (shared_dir / "seeds").glob("*.txt"))),
                    "-o", str(out), "-q"], check=True)
    reference = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"),
                                str(shared_dir / "gold" / "seeds.json"), str(out), "--json"],
                               check=True, capture_output=True, text=True).stdout
    ours = runner.invoke(app, ["eval", str(shared_dir / "gold" / "seeds.json"), str(out), "--json"])
    assert ours.exit_code == 0, ours.output
    mine = json.loads(ours.output)
    assert {k: mine[k] for k in json.loads(reference)} == json.loads(reference)
    assert "CONSULT" in mine["by_type"]


def test_eval_without_gold_or_annotations_is_an_error() -> None:
    result = runner.invoke(app, ["eval"])
    assert result.exit_code != 0
    assert "GOLD" in result.output


def test_eval_help_documents_both_uses() -> None:
    result = runner.invoke(app, ["eval", "--help"])
    assert result.exit_code == 0
    assert "--annotations" in result.output and "shared" in result.output


# The annotation loader, on a small shared corpus made here.
BBC_TEXT = "भारत ने पाकिस्तान पर आरोप लगाया. दोनों देशों के बीच तनाव बढ़ा."


@pytest.fixture
def fake_shared(tmp_path: Path) -> Path:
    corpus = tmp_path / "shared" / "corpus"
    corpus.mkdir(parents=True)
    with open(corpus / "bbc-hindi-345.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["0", "1"])
        writer.writerow(["international", BBC_TEXT])
    shared_corpus.record_index.cache_clear()
    return tmp_path / "shared"


def annotation_row(sentence: shared_corpus.SentenceRef, events: list[dict[str, object]]) -> dict[str, object]:
    return {"collection": "bbc", "record": "0", "start": sentence.start, "end": sentence.end, "sha": sentence.sha,
            "window": "bbc:0@0", "split": "dev", "annotator": "t", "skip": False, "events": events,
            "entities": [{"span": [0, 4], "type": "GPE", "name": "India"}]}


def test_annotations_point_into_the_shared_text_and_drift_is_noticed(fake_shared: Path, tmp_path: Path) -> None:
    record = next(shared_corpus.iter_records("bbc", fake_shared))
    first, second = shared_corpus.split_record(record)
    accuse = {"type": "ACCUSE", "trigger": [18, 30], "modality": "asserted", "required": True,
              "source": {"text": "भारत", "name": "India", "country": "IND", "sector": None, "kind": "named"},
              "target": {"text": "पाकिस्तान", "name": "Pakistan", "country": "PAK", "sector": None, "kind": "named"}}
    drifted = dict(annotation_row(second, []), sha="0000000000")
    folder = tmp_path / "annotations"
    folder.mkdir()
    lines = [annotation_row(first, [accuse]), drifted,
             {"written": True, "text": "सेना ने हमला किया।", "window": "w-1", "split": "train", "events": []}]
    (folder / "a.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    report = ann.LoadReport()
    sentences = ann.load_sentences(folder, fake_shared, report)
    assert report.drifted == 1 and report.loaded == 2
    assert sentences[0].text == first.text
    assert sentences[0].text[sentences[0].entities[0].start:sentences[0].entities[0].end] == "भारत"
    groups = ann.windows(sentences)
    assert list(groups) == ["bbc:0@0"]
    gold = ann.gold_of_window("bbc:0@0", groups["bbc:0@0"])
    assert gold.events[0].countries == ("IND", "PAK") and gold.events[0].directed
    assert ann.window_text(groups["bbc:0@0"], fake_shared) == first.text


def test_annotations_skip_cleanly_without_the_shared_text(tmp_path: Path) -> None:
    folder = tmp_path / "annotations"
    folder.mkdir()
    row = {"collection": "bbc", "record": "0", "start": 0, "end": 5, "sha": "x", "window": "w", "split": "dev"}
    (folder / "a.jsonl").write_text(json.dumps(row), encoding="utf-8")
    report = ann.LoadReport()
    assert ann.load_sentences(folder, tmp_path / "nowhere", report) == []
    assert report.missing_shared


@pytest.mark.parametrize(("piece", "nth", "span"), [("भारत", 1, [0, 4]), ("देश", 2, [45, 48]), (None, 1, None)])
def test_labels_are_located_by_occurrence(piece: str | None, nth: int, span: list[int] | None) -> None:
    text = "भारत ने कहा कि वह किसी देश के दबाव में नहीं, देश के हित में फैसला करेगा।"
    located = import_labels.locate(text, piece, nth)
    assert located == span
    if located:
        assert text[located[0]:located[1]] == piece


def test_labels_outside_the_rules_are_refused() -> None:
    with pytest.raises(import_labels.LabelError):
        import_labels.event("भारत ने हमला किया", {"type": "FIGHT"})
    with pytest.raises(import_labels.LabelError):
        import_labels.locate("भारत ने हमला किया", "चीन")


def test_the_dev_split_is_fixed_by_article() -> None:
    assert {import_labels.split_of("bbc", str(n)) for n in range(200)} == {"dev", "train"}
    assert import_labels.split_of("air", "17") == import_labels.split_of("air", "17")


def test_output_events_are_placed_in_the_annotated_sentence_that_holds_their_evidence() -> None:
    """Zero-width joiners of the source text (the clean body drops them) and an evidence cut at
    the window's edge still find their sentence; an evidence of no sentence is placed nowhere."""
    from ghatna.evaluate.annotations import AnnotatedSentence
    from ghatna.evaluate.run import placed_types

    sentences = [AnnotatedSentence("पुलिस ने तीन लोगों को गिरफ्तार किया।", "w", "train", "a"),
                 AnnotatedSentence("इस्\u200dलामिक स्टेट ने हमले की जिम्मेदारी ली और कहा कि हमले जारी रहेंगे।", "w", "train", "a")]
    record = {"events": [
        {"type": "COERCE", "evidence": {"text": "पुलिस ने तीन लोगों को गिरफ्तार किया।"}},
        {"type": "ASSAULT", "evidence": {"text": "इस्लामिक स्टेट ने हमले की जिम्मेदारी ली और कहा कि हमले जारी रहेंगे और"}},
        {"type": "ACCUSE", "evidence": {"text": "सरकार ने विपक्ष पर आरोप लगाया।"}}]}
    assert placed_types(record, sentences) == {0: {"COERCE"}, 1: {"ASSAULT"}}
