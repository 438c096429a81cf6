"""benchmarks/eval_proxies.py measures the annotation files of any folder given to it
(``--annotations``), so a subset of batches can be measured alone (issue 10's study set): a
folder holding one window measures that window and nothing else."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from benchmark_modules import load_benchmark

from ghatna.evaluate import annotations as ann
from ghatna.evaluate.shared_corpus import available

ANNOTATIONS = Path(__file__).resolve().parents[1] / "training" / "annotations"
pytestmark = pytest.mark.skipif(not available(), reason="the shared corpus is not beside the project")


@cache
def smallest_windows() -> dict[str, str]:
    """The shortest train window of each kind ("international", "domestic and general")."""
    train = [s for s in ann.load_sentences(ANNOTATIONS) if s.split == "train"]
    picked: dict[str, tuple[int, str]] = {}
    for name, group in ann.windows(train).items():
        kind = "international" if ann.gold_of_window(name, group).is_international() else "domestic and general"
        size = sum(len(s.text) for s in group)
        if kind not in picked or size < picked[kind][0]:
            picked[kind] = (size, name)
    return {kind: name for kind, (_size, name) in picked.items()}


def copy_window(window: str, folder: Path) -> None:
    lines = [line for path in ann.annotation_files(ANNOTATIONS)
             for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line).get("window") == window and not json.loads(line).get("written")]
    (folder / "one.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(("kind", "other"), [("international", "domestic and general"),
                                             ("domestic and general", "international")])
def test_proxies_read_the_given_folder(tmp_path: Path, kind: str, other: str) -> None:
    copy_window(smallest_windows()[kind], tmp_path)
    report = load_benchmark("eval_proxies").run("train", tmp_path)
    assert report[kind]["windows"] == 1
    assert report[other]["windows"] == 0
