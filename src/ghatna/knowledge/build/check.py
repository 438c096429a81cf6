"""``python -m ghatna.knowledge.build --check``: does the build reproduce the committed files?

The build runs in a child process over a shadow of the package in a temporary folder: every
file and folder of ``ghatna`` is a link to the real one except ``data/kb``, which is a copy, so
the build reads the committed sources and hand-made files and writes only into the copy. Every
file of the copy is then compared with the committed ``data/kb``: a generated file that differs
was edited by hand or built from sources that have moved since (rebuild and commit it); a
hand-made file that differs would mean the build wrote one (a defect).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ghatna.knowledge.build.common import KB_DIR

SHOWN_LINES = 12  # diff lines shown per differing file


@dataclass(frozen=True, slots=True)
class Difference:
    """One file of ``data/kb`` that the build would write otherwise."""

    name: str
    added: int
    removed: int
    sample: tuple[str, ...]

    def describe(self) -> str:
        head = f"{self.name}: {self.added} lines added, {self.removed} removed by a rebuild"
        return "\n".join([head, *(f"    {line}" for line in self.sample)])


def shadow_package(package: Path, root: Path) -> Path:
    """A copy of ``package`` under ``root/src`` made of links, but for a real copy of
    ``data/kb``; returns the ``src`` folder to put on ``PYTHONPATH``."""
    src = root / "src"
    mirror = src / package.name
    for child in package.iterdir():
        if child.name == "data":
            continue
        (mirror / child.name).parent.mkdir(parents=True, exist_ok=True)
        (mirror / child.name).symlink_to(child.resolve(), target_is_directory=child.is_dir())
    for child in (package / "data").iterdir():
        target = mirror / "data" / child.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if child.name == "kb":
            shutil.copytree(child, target)
        else:
            target.symlink_to(child.resolve(), target_is_directory=child.is_dir())
    return src


def compare_folders(committed: Path, built: Path) -> list[Difference]:
    """The files of ``built`` that differ from, or are missing in, ``committed`` (and the reverse)."""
    out: list[Difference] = []
    names = sorted({p.name for p in committed.iterdir() if p.is_file()} | {p.name for p in built.iterdir() if p.is_file()})
    for name in names:
        old = read_lines(committed / name)
        new = read_lines(built / name)
        if old == new:
            continue
        diff = [line for line in difflib.unified_diff(old, new, lineterm="", n=0)
                if line[:1] in "+-" and not line.startswith(("+++", "---"))]
        out.append(Difference(name, sum(1 for d in diff if d.startswith("+")),
                              sum(1 for d in diff if d.startswith("-")), tuple(diff[:SHOWN_LINES])))
    return out


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def run_build(src: Path) -> None:
    """The build in a child process whose ``ghatna`` is the shadow under ``src``."""
    env = os.environ | {"PYTHONPATH": str(src), "GHATNA_CACHE_DIR": "off"}
    done = subprocess.run([sys.executable, "-m", "ghatna.knowledge.build"], env=env, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the build failed in the shadow package (exit {done.returncode}):\n{done.stderr[-3000:]}")


def check(kb_dir: Path = KB_DIR) -> list[Difference]:
    """Build into a temporary copy of ``kb_dir`` and compare it with ``kb_dir``."""
    package = kb_dir.parent.parent
    with tempfile.TemporaryDirectory(prefix="ghatna-kb-check-") as tmp:
        src = shadow_package(package, Path(tmp))
        run_build(src)
        return compare_folders(kb_dir, src / package.name / "data" / "kb")
