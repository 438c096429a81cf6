"""``python -m ghatna.knowledge.build --check``: the shadow package it builds in, and the
comparison it reports. (The whole check runs the build, half a minute or more: it is run by
hand, as training/kb/README.md says, not here.)"""

from __future__ import annotations

from pathlib import Path

from ghatna.knowledge.build.check import compare_folders, shadow_package


def make_package(root: Path) -> Path:
    package = root / "pkg" / "ghatna"
    (package / "knowledge").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "knowledge" / "build.py").write_text("x = 1\n", encoding="utf-8")
    (package / "data" / "kb").mkdir(parents=True)
    (package / "data" / "titles.tsv").write_text("role\n", encoding="utf-8")
    (package / "data" / "kb" / "cities.tsv").write_text("id\tname\n1\tPatna\n", encoding="utf-8")
    return package


def test_the_shadow_writes_its_knowledge_base_and_reads_the_rest(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    src = shadow_package(package, tmp_path / "shadow")
    mirror = src / "ghatna"
    assert (mirror / "knowledge").is_symlink() and (mirror / "data" / "titles.tsv").is_symlink()
    assert not (mirror / "data" / "kb").is_symlink()
    (mirror / "data" / "kb" / "cities.tsv").write_text("id\tname\n1\tGaya\n", encoding="utf-8")
    assert (package / "data" / "kb" / "cities.tsv").read_text(encoding="utf-8").endswith("Patna\n")
    assert (mirror / "knowledge" / "build.py").read_text(encoding="utf-8") == "x = 1\n"


def test_identical_folders_differ_in_nothing(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    src = shadow_package(package, tmp_path / "shadow")
    assert compare_folders(package / "data" / "kb", src / "ghatna" / "data" / "kb") == []


def test_a_changed_and_a_new_file_are_reported(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    built = shadow_package(package, tmp_path / "shadow") / "ghatna" / "data" / "kb"
    (built / "cities.tsv").write_text("id\tname\n1\tPatna\n2\tGaya\n", encoding="utf-8")
    (built / "parties.tsv").write_text("qid\nQ1\n", encoding="utf-8")
    found = {d.name: d for d in compare_folders(package / "data" / "kb", built)}
    assert sorted(found) == ["cities.tsv", "parties.tsv"]
    assert (found["cities.tsv"].added, found["cities.tsv"].removed) == (1, 0)
    assert found["cities.tsv"].sample == ("+2\tGaya",)
    assert (found["parties.tsv"].added, found["parties.tsv"].removed) == (2, 0)
    assert "cities.tsv: 1 lines added, 0 removed" in found["cities.tsv"].describe()


def test_a_file_the_build_no_longer_makes_is_reported(tmp_path: Path) -> None:
    package = make_package(tmp_path)
    built = shadow_package(package, tmp_path / "shadow") / "ghatna" / "data" / "kb"
    (built / "cities.tsv").unlink()
    found = compare_folders(package / "data" / "kb", built)
    assert [(d.name, d.added, d.removed) for d in found] == [("cities.tsv", 0, 2)]
