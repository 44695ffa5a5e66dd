"""Reading the curated YAML files, keeping line numbers so every problem can be pointed at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .fresh import PACKAGE_DATA

# libyaml's parser when PyYAML has it: the pure-Python one makes a build several times slower.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# One constructor for every scalar: building a loader per value was most of a build's time.
_SCALARS = yaml.SafeLoader("")


def data_dir() -> Path:
    """Where the curated YAML lives unless a caller names another directory (bot/settings.py
    reads CAREERBOT_KB_DIR: settings are read in one place, not here)."""
    return PACKAGE_DATA


class Located(dict):
    """A mapping that remembers the line of itself and of each of its keys."""

    line: int = 0
    key_lines: dict[str, int]


@dataclass
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _to_python(node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = Located()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _to_python(key_node)
            out[key] = _to_python(value_node)
            out.key_lines[str(key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item) for item in node.value]
    # Scalars: let PyYAML's safe constructor decide the type (int, bool, str ...).
    return _SCALARS.construct_object(node, deep=True)


def load_file(path: Path) -> tuple[list[Any], list[Problem]]:
    """The entries of one YAML file, or a problem saying why it cannot be read."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [Problem(path.name, line, f"not valid YAML: {getattr(exc, 'problem', exc)}")]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(path.name, 1, f"cannot read: {exc}")]
    if root is None:
        return [], []
    data = _to_python(root)
    if not isinstance(data, list):
        return [], [Problem(path.name, 1, "a knowledge file must be a list of entries")]
    return data, []
