"""Validation of the curated knowledge base: every problem as `file:line: what is wrong`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..text.langs import fold
from .fresh import yaml_files
from .quizcheck import check_quiz
from .shapes import check_shape, known_articles
from .skills import SKILLSET_FIELD, check_skills, split_vocabulary
from .source import Located, Problem, load_file

KINDS = ("department", "role", "term", "concept", "org", "transition", "tip", "quiz")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")

# field -> shape: "bi_text" {en: str, zh: str}; "bi_list" {en: [str], zh: [str]};
# "ids" [id]; "id" id; "sources" [{file, section}]
SHAPES = {
    "name": "bi_text",
    "aliases": "bi_list",
    "shared_aliases": "bi_list",
    "summary": "bi_text",
    "details": "bi_list",
    "measured_by": "bi_list",
    "sits_in": "bi_text",
    "skills": "bi_list",
    "tasks": "bi_list",
    "steps": "bi_list",
    "tip": "bi_text",
    "handled_by": "ids",
    "related": "ids",
    "compares": "ids",
    "from": "id",
    "to": "id",
    "sources": "sources",
    "answers_aspect": "aspect",
    "story": "flag",
    "staff": "flag",
    "stands_for": "id",
    "kind_of": "id",
    SKILLSET_FIELD: "skillset",  # checked by skills_compile.check_skills
}

REQUIRED = {
    "department": ("name", "summary", "details", "measured_by", "sits_in", "skills", "sources"),
    "role": ("name", "summary", "details", "measured_by", "sits_in", "skills", "sources"),
    "term": ("name", "summary", "details", "sources"),
    "concept": ("name", "summary", "details", "sources"),
    "org": ("name", "summary", "details", "sources"),
    "transition": ("name", "summary", "details", "from", "to", "steps", "sources"),
    "tip": ("summary", "tip", "sources"),
}


def load_all(directory: Path | None = None) -> tuple[list[tuple[str, Located]], list[Problem]]:
    """All entries of all knowledge files, with the name of the file each came from."""
    entries: list[tuple[str, Located]] = []
    problems: list[Problem] = []
    for path in yaml_files(directory):
        if path.name in ("articles.yaml",):
            continue
        data, errs = load_file(path)
        problems += errs
        for item in data:
            if not isinstance(item, Located):
                problems.append(Problem(path.name, 1, "every entry must be a mapping"))
                continue
            entries.append((path.name, item))
    return entries, problems


def check(directory: Path | None = None) -> list[Problem]:
    return check_entries(*load_all(directory))


def check_entries(entries: list[tuple[str, Located]], problems: list[Problem]) -> list[Problem]:
    """Problems of already loaded entries (build loads once and checks what it loaded)."""
    problems = list(problems)
    # Skills (skills.yaml) have a schema of their own, checked in knowledge/skills_compile.py.
    entries, vocabulary = split_vocabulary(entries)
    articles = known_articles()
    ids: dict[str, tuple[str, int]] = {}
    for fname, entry in entries:
        eid = entry.get("id")
        if not isinstance(eid, str) or not ID_RE.match(eid):
            problems.append(Problem(fname, entry.line, f"id {eid!r} must be snake_case"))
            continue
        if eid in ids:
            other = ids[eid]
            problems.append(
                Problem(fname, entry.line, f"id {eid} already used at {other[0]}:{other[1]}")
            )
        else:
            ids[eid] = (fname, entry.line)
    for fname, entry in entries:
        problems += list(_check_entry(fname, entry, ids, articles))
    problems += list(_check_aliases(entries))
    problems += check_quiz(entries)  # quiz questions: their own schema, in quizcheck.py
    problems += check_skills(entries, vocabulary)
    return sorted(problems, key=lambda p: (p.file, p.line))


def _line(entry: Located, key: str) -> int:
    return entry.key_lines.get(key, entry.line)


def _check_entry(
    fname: str, entry: Located, ids: dict[str, Any], articles: set[str]
) -> Iterable[Problem]:
    eid = entry.get("id", "?")
    kind = entry.get("kind")
    if kind not in KINDS:
        yield Problem(fname, _line(entry, "kind"), f"{eid}: kind {kind!r} is not one of {KINDS}")
        return
    if kind == "quiz":
        return  # quiz questions have a schema of their own, checked by the quiz module
    for field in REQUIRED[kind]:
        if field not in entry:
            yield Problem(fname, entry.line, f"{eid}: missing required field '{field}'")
    for field, value in entry.items():
        if field in ("id", "kind"):
            continue
        shape = SHAPES.get(field)
        line = _line(entry, field)
        if shape is None:
            yield Problem(fname, line, f"{eid}: unknown field '{field}'")
            continue
        yield from check_shape(fname, line, eid, field, shape, value, ids, articles)
    if kind == "transition" and entry.get("from") == entry.get("to") and "from" in entry:
        yield Problem(fname, _line(entry, "to"), f"{eid}: 'from' and 'to' are the same entry")


def alias_keys(entry: dict) -> Iterable[tuple[str, str, bool]]:
    """(folded key, original text, shared?) for every name a user may call the entry by."""
    name = entry.get("name") or {}
    seen: set[str] = set()  # "PR" and "P.R." fold to one key: one name, read once
    for lang in ("en", "zh"):
        if isinstance(name.get(lang), str) and (key := fold(name[lang])) not in seen:
            seen.add(key)
            yield key, name[lang], False
        for field, shared in (("aliases", False), ("shared_aliases", True)):
            for alias in (entry.get(field) or {}).get(lang) or []:
                if isinstance(alias, str) and alias.strip() and (key := fold(alias)) not in seen:
                    seen.add(key)
                    yield key, alias, shared


def _check_aliases(entries: list[tuple[str, Located]]) -> Iterable[Problem]:
    owner: dict[str, tuple[str, str, int, bool]] = {}
    task_owner: dict[str, tuple[str, str, int]] = {}
    for fname, entry in entries:
        eid = entry.get("id", "?")
        if entry.get("kind") in ("tip", "quiz"):
            continue
        for key, text, shared in alias_keys(entry):
            if not key:
                continue
            line = _line(entry, "shared_aliases" if shared else "aliases")
            if key in owner and owner[key][0] != eid:
                other_id, other_file, other_line, other_shared = owner[key]
                if not (shared and other_shared):
                    yield Problem(
                        fname,
                        line,
                        f"{eid}: alias {text!r} also names {other_id} ({other_file}:{other_line});"
                        " keep it on one entry or list it under shared_aliases in both",
                    )
            else:
                owner.setdefault(key, (eid, fname, line, shared))
        for lang in ("en", "zh"):
            for task in (entry.get("tasks") or {}).get(lang) or []:
                key = fold(task) if isinstance(task, str) else ""
                if key in task_owner and task_owner[key][0] != eid:
                    other = task_owner[key]
                    yield Problem(
                        fname,
                        _line(entry, "tasks"),
                        f"{eid}: task {task!r} is also a task of {other[0]} "
                        f"({other[1]}:{other[2]})",
                    )
                elif key:
                    task_owner[key] = (eid, fname, _line(entry, "tasks"))
