"""The package's layers: no import circles, and no module imports a higher layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "ghatna"
# Lower number = lower layer. Top-level modules not listed belong to the core (0).
LAYERS = {
    "text": 1, "knowledge": 2, "extraction": 3, "models": 4, "api": 5,
    "evaluate": 6, "store": 6, "cli": 7, "web": 7, "__init__": 8, "__main__": 8,
}
# Build tools run by hand (``python -m ghatna.knowledge.build``) that regenerate the knowledge
# base's data files, from annotations among other sources: they sit above every layer they read,
# and nothing in the package may import them.
TOOL_LAYERS = {"ghatna.knowledge.build": 7}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> int:
    for prefix, level in TOOL_LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            return level
    parts = module.split(".")
    if len(parts) == 1:
        return LAYERS["__init__"]
    return LAYERS.get(parts[1], 0)


def imports_of(path: Path, name: str) -> set[str]:
    """Every ghatna module this file imports, at top level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "ghatna")
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] == "ghatna":
                found.add(base)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for target in imports_of(path, name):
            while target not in modules and "." in target:  # "from ghatna.x import f" names module ghatna.x
                target = target.rsplit(".", 1)[0]
            if target != name:
                targets.add(target)
        graph[name] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_graph_is_read() -> None:
    graph = import_graph()
    assert "ghatna.extraction.events" in graph
    assert "ghatna.pipeline" in graph["ghatna.extraction.events"]


def test_no_import_cycles() -> None:
    assert find_cycle(import_graph()) is None


def test_a_cycle_is_found_when_there_is_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("module", sorted(import_graph()))
def test_no_module_imports_a_higher_layer(module: str) -> None:
    higher = sorted(t for t in import_graph()[module] if layer(t) > layer(module))
    assert not higher, f"{module} (layer {layer(module)}) imports higher layers: {higher}"
