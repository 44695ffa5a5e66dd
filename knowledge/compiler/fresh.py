"""Whether the built database still matches the YAML: asked at every start, so it reads file
bytes and one row, and imports neither a YAML reader nor sqlite-utils (build.py does; it is
imported only when a rebuild is due, by knowledge/open.py)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

from ..text import langs, taiwan

PACKAGE_DATA = Path(__file__).parents[1] / "data"
# Bump when the database layout or the way it is filled changes.
# 19: the learnt ideas and kinds of company; 18: the learnt jobs of job ads; 17: the learnt
# question kinds; 16: "K.O.L" folds to kol
FORMAT_VERSION = "19"


class KnowledgeError(Exception):
    """The curated knowledge base has problems; the message lists them."""


def yaml_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or PACKAGE_DATA).glob("*.yaml"))


def signature(directory: Path | None = None) -> str:
    """Changes whenever a knowledge file is added, removed or edited."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    # Names are stored folded: a change to folding (Taiwan and Hong Kong wording) rebuilds.
    for module in (langs, taiwan):
        digest.update(Path(module.__file__).read_bytes())
    for path in [
        *yaml_files(directory),
        kinds_file(directory),
        jobs_file(directory),
        aspects_file(directory),
        topics_file(directory),
    ]:
        if path.exists():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def kinds_file(directory: Path | None = None) -> Path:
    """The learnt question kinds (knowledge/compiler/kinds.py), beside the YAML."""
    return (directory or PACKAGE_DATA) / "question_kinds.tsv"


def jobs_file(directory: Path | None = None) -> Path:
    """The jobs learnt from job ads and who-questions, beside the YAML."""
    return (directory or PACKAGE_DATA) / "question_jobs.tsv"


def aspects_file(directory: Path | None = None) -> Path:
    """The aspects (pay, prospects, the way in...) learnt from labelled questions."""
    return (directory or PACKAGE_DATA) / "question_aspects.tsv"


def topics_file(directory: Path | None = None) -> Path:
    """The ideas (9+1, the KPI split...) and kinds of company learnt from labelled questions."""
    return (directory or PACKAGE_DATA) / "question_topics.tsv"


def is_fresh(db_path: Path, directory: Path | None = None) -> bool:
    if not db_path.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            row = conn.execute("select value from meta where key = 'signature'").fetchone()
    except Exception:  # a damaged or foreign file is simply rebuilt
        return False
    return bool(row) and row[0] == signature(directory)
