"""YAML -> validated -> SQLite: the one way knowledge gets into the program.

The database is a cache of the YAML: it can be deleted at any time and is rebuilt whenever the
YAML changes (or this code's format does).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

import sqlite_utils

from .check import alias_keys, check_entries, load_all
from .langs import fold, pinyin_table
from .skills_compile import split_vocabulary, write_skill_tables
from .source import data_dir, yaml_files

# Bump when the database layout or the way it is filled changes.
FORMAT_VERSION = "8"

_WORD = re.compile(r"[a-z0-9]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


class KnowledgeError(Exception):
    """The curated knowledge base has problems; the message lists them."""


def search_tokens(text: str, drop: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Tokens for full-text search: English words, and Chinese as overlapping character pairs.

    SQLite's own tokenizers cannot segment Chinese (trigrams miss two-character words), so we
    segment here, the same way for the documents and the questions. Words in `drop` are left
    out before stemming ("does" must not become "doe").
    """
    text = fold(text) if text else ""
    tokens = [_stem(w) for w in _WORD.findall(text) if w not in drop]
    for run in _CJK_RUN.findall(text):
        grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        tokens.extend(g for g in grams if g not in drop)
    return tokens


def pinyin_key(text: str, table: dict[str, str]) -> str:
    """The toneless pinyin of a Chinese name ("媒介岗" -> "mei jie gang"), or "" if not all Chinese.

    Most Chinese typos are homophones typed with a pinyin keyboard (媒界 for 媒介), so names are
    also indexed by sound.
    """
    if not text or not all("\u3400" <= ch <= "\u9fff" for ch in text):
        return ""
    syllables = [table.get(ch, "") for ch in text]
    return " ".join(syllables) if all(syllables) else ""


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def signature(directory: Path | None = None) -> str:
    """Changes whenever a knowledge file is added, removed or edited."""
    digest = hashlib.sha256(FORMAT_VERSION.encode())
    for path in yaml_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _plain(value):
    """Located mappings -> plain dicts, for JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_NOT_SEARCHED = ("sources", "related", "handled_by", "compares", "from", "to", "skillset")


def _search_body(entry: dict) -> str:
    parts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for key, sub in value.items():
                if key not in _NOT_SEARCHED:
                    walk(sub)
        elif isinstance(value, list):
            for sub in value:
                walk(sub)

    walk({k: v for k, v in entry.items() if k not in ("id", "kind")})
    # What a job does and what it is called weigh more than the rest of its text: they are
    # what a question in other words is most likely to echo.
    for key in ("tasks", "name", "aliases", "summary"):
        walk(entry.get(key) or {})
    return " ".join(search_tokens(" ".join(parts)))


def build(db_path: Path, directory: Path | None = None) -> dict[str, int]:
    """Validate the YAML and write a fresh database atomically; returns counts by kind."""
    entries, load_problems = load_all(directory)
    problems = check_entries(entries, load_problems)
    if problems:
        raise KnowledgeError("\n".join(str(p) for p in problems))
    entries, vocabulary = split_vocabulary(entries)  # skills get tables of their own
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".knowledge-", suffix=".db", dir=db_path.parent)
    os.close(fd)
    try:
        db = sqlite_utils.Database(tmp, recreate=True)
        rows, alias_rows, counts = [], [], {}
        for fname, entry in entries:
            plain = _plain(entry)
            counts[plain["kind"]] = counts.get(plain["kind"], 0) + 1
            rows.append(
                {
                    "id": plain["id"],
                    "kind": plain["kind"],
                    "file": fname,
                    "line": entry.line,
                    "data": json.dumps(plain, ensure_ascii=False),
                    "body": _search_body(plain),
                }
            )
            if plain["kind"] in ("tip", "quiz"):
                continue
            for key, text, shared in alias_keys(plain):
                alias_rows.append(
                    {
                        "key": key,
                        "entry_id": plain["id"],
                        "text": text,
                        "via": "alias",
                        "shared": int(shared),
                    }
                )
            for lang in ("en", "zh"):
                for task in (plain.get("tasks") or {}).get(lang) or []:
                    alias_rows.append(
                        {
                            "key": fold(task),
                            "entry_id": plain["id"],
                            "text": task,
                            "via": "task",
                            "shared": 0,
                        }
                    )
        db["entries"].insert_all(rows, pk="id")
        db["entries"].enable_fts(["body"], fts_version="FTS5", tokenize="unicode61")
        table = pinyin_table()
        for row in alias_rows:
            row["pinyin"] = pinyin_key(row["key"], table)
        db["aliases"].insert_all(alias_rows)
        db["pinyin"].insert_all(
            ({"char": ch, "sound": sound} for ch, sound in table.items() if sound), pk="char"
        )
        db["aliases"].create_index(["key"])
        write_skill_tables(db, vocabulary, entries)
        db["meta"].insert_all(
            [
                {"key": "signature", "value": signature(directory)},
                {"key": "format", "value": FORMAT_VERSION},
            ],
            pk="key",
        )
        db.conn.commit()
        db.close()
        os.replace(tmp, db_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return counts


def is_fresh(db_path: Path, directory: Path | None = None) -> bool:
    if not db_path.exists():
        return False
    try:
        db = sqlite_utils.Database(db_path)
        row = db.execute("select value from meta where key = 'signature'").fetchone()
        db.close()
    except Exception:  # a damaged or foreign file is simply rebuilt
        return False
    return bool(row) and row[0] == signature(directory)


def ensure_built(db_path: Path, directory: Path | None = None) -> Path:
    """Rebuild the database when the YAML changed since it was built."""
    if not is_fresh(db_path, directory):
        build(db_path, directory or data_dir())
    return db_path
