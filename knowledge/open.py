"""Where the two halves meet: build the database when the YAML changed, then open it to answer.

The answering side never imports the compiler (YAML, sqlite-utils, validation); a front end
that wants a ready engine calls these, and a start with a fresh database loads neither.
"""

from __future__ import annotations

from pathlib import Path

from .compiler.fresh import is_fresh
from .engine.engine import Engine
from .engine.kb import KnowledgeBase


def ensure_built(db_path: Path, directory: Path | None = None) -> Path:
    """Rebuild the database when the YAML changed since it was built."""
    if not is_fresh(db_path, directory):
        from .compiler.build import build  # the YAML reader and sqlite-utils: only to rebuild

        build(db_path, directory)
    return db_path


def open_kb(data_dir: Path, kb_dir: Path | None = None) -> KnowledgeBase:
    """The knowledge database in data_dir, rebuilt first if the YAML changed."""
    return KnowledgeBase(ensure_built(Path(data_dir) / "knowledge.db", kb_dir))


def open_engine(data_dir: Path, kb_dir: Path | None = None) -> Engine:
    return Engine(open_kb(data_dir, kb_dir))
