"""Where the two halves meet: build the database when the YAML changed, then open it to answer.

The answering side never imports the compiler (YAML, sqlite-utils, validation); a front end
that wants a ready engine calls these.
"""

from __future__ import annotations

from pathlib import Path

from .compiler.build import ensure_built
from .engine.engine import Engine
from .engine.kb import KnowledgeBase


def open_kb(data_dir: Path, kb_dir: Path | None = None) -> KnowledgeBase:
    """The knowledge database in data_dir, rebuilt first if the YAML changed."""
    return KnowledgeBase(ensure_built(Path(data_dir) / "knowledge.db", kb_dir))


def open_engine(data_dir: Path, kb_dir: Path | None = None) -> Engine:
    return Engine(open_kb(data_dir, kb_dir))
