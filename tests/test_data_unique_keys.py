"""A data file that names one key twice loses the first silently (YAML keeps the last): a new word
list under a name already used would replace the old one. Every bundled YAML file has each key once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ghatna.resources import data_dir


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping naming one key twice."""


def unique_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys named twice: {twice}", node.start_mark)
    return loader.construct_mapping(node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, unique_mapping)


def load_unique(text: str) -> Any:
    return yaml.load(text, Loader=UniqueKeyLoader)  # a SafeLoader subclass


DATA_FILES = sorted(Path(data_dir()).rglob("*.yaml"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_each_key_once(path: Path) -> None:
    load_unique(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", [
    "partner_markers: [से]\nother: 1\npartner_markers: [के साथ]\n",
    "rows:\n  a: [हमला]\n  a: [गोलीबारी]\n",
])
def test_a_key_named_twice_is_refused(text: str) -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        load_unique(text)


def test_the_loader_reads_nested_data() -> None:
    assert load_unique("a:\n  b: [की, का]\n") == {"a": {"b": ["की", "का"]}}
