"""YAML -> validated -> SQLite: the one way knowledge gets into the program.

The database is a cache of the YAML: it can be deleted at any time and is rebuilt whenever the
YAML changes (or this code's format does).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import yaml

from ..text.langs import fold
from ..text.tokens import search_tokens
from . import kinds
from .check import alias_keys, check_entries, load_all
from .fresh import (
    FORMAT_VERSION,
    KnowledgeError,
    aspects_file,
    jobs_file,
    kinds_file,
    signature,
    topics_file,
)
from .pinyin import pinyin_table
from .shapes import ARTICLES
from .skills import split_vocabulary, write_skill_tables
from .words import word_sets


def pinyin_key(text: str, table: dict[str, str]) -> str:
    """The toneless pinyin of a Chinese name ("媒介岗" -> "mei jie gang"), or "" if not all Chinese.

    Most Chinese typos are homophones typed with a pinyin keyboard (媒界 for 媒介), so names are
    also indexed by sound.
    """
    if not text or not all("\u3400" <= ch <= "\u9fff" for ch in text):
        return ""
    syllables = [table.get(ch, "") for ch in text]
    return " ".join(syllables) if all(syllables) else ""


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
    return " ".join(search_tokens(" ".join(parts), whole=True))


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
        # Imported here: sqlite-utils brings numpy along when it is installed (matplotlib's
        # dependency), and only a rebuild needs it, not a start with a fresh database.
        import sqlite_utils

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
        alias_rows += _short_forms(alias_rows)
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
        # Article titles travel in the database so that answering needs no YAML reader.
        titles = yaml.safe_load(ARTICLES.read_text(encoding="utf-8"))
        db["articles"].insert_all(
            ({"file": f, "en": t["en"], "zh": t["zh"]} for f, t in titles.items()), pk="file"
        )
        write_skill_tables(db, vocabulary, entries)
        plains = [json.loads(r["data"]) for r in rows]
        bodies = [r["body"] for r in rows if r["kind"] != "quiz"]
        sets = word_sets(plains, bodies)
        db["word_sets"].insert_all(
            ({"name": n, "words": " ".join(sorted(ws))} for n, ws in sets.items()), pk="name"
        )
        for table, path in (
            ("kind_weights", kinds_file),
            ("job_weights", jobs_file),
            ("aspect_weights", aspects_file),
            ("topic_weights", topics_file),
        ):
            learnt = kinds.by_label(kinds.read(path(directory)))
            # (made even when there is nothing learnt: a knowledge base of one's own)
            db[table].create({"label": str, "weights": str}, pk="label", if_not_exists=True)
            db[table].insert_all(
                [
                    {"label": k, "weights": json.dumps(w, ensure_ascii=False)}
                    for k, w in learnt.items()
                ],
                pk="label",
            )
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


# People write "ops" for operations and "dept" for department in any name ("going back and
# forth between promotion and ops", "brand dept"): each English name is also kept in the other
# form, unless that form already names something.
_SHORT_FORMS = (
    ("operations", "ops"),
    ("department", "dept"),
    ("marketing", "mktg"),
    ("manager", "mgr"),
)


def _short_forms(rows: list[dict]) -> list[dict]:
    """The other form of each English name, as rows of the same entry; a form that is already
    a name (of this entry or another) is left alone, and of two names giving the same form the
    first keeps it."""
    taken = {row["key"] for row in rows}
    added: list[dict] = []
    for row in rows:
        if row["via"] != "alias" or not row["key"].isascii():
            continue
        for long, short in _SHORT_FORMS:
            for a, b in ((long, short), (short, long)):
                key = re.sub(rf"\b{a}\b", b, row["key"])
                if key != row["key"] and key not in taken:
                    taken.add(key)
                    added.append({**row, "key": key})
    return added
