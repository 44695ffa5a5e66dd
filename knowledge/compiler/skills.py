"""Compile side of the skill vocabulary: validate `skills.yaml` and the `skillset` of every job,
and write them into the knowledge database.

Kept apart from check.py and build.py on purpose: those call three functions of this module
(`split_vocabulary`, `check_skills`, `write_skill_tables`) and know nothing else about skills.
Skill entries never become ordinary entries (no alias rows, no full-text search), so the
engine's entity linking is not disturbed by skill names such as "SEO" that are also terms.

A job lists its skills as `skillset: {core: [id, ..], useful: [id, ..]}`: core skills are what
the articles say the job is about; useful ones help but the job is done without them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from ..text.langs import fold, has_cjk
from .source import Located, Problem

SKILL_KIND = "skill"
SKILLSET_FIELD = "skillset"
JOB_KINDS = ("department", "role")
WEIGHTS = ("core", "useful")
# Fewer than this and two jobs cannot be compared meaningfully (one shared skill would decide).
MIN_SKILLS = 4
MIN_CORE = 2
SKILL_FIELDS = ("id", "kind", "name", "aliases", "note", "sources")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_NOTE_EN_WORDS, MAX_NOTE_ZH = 45, 90


def split_vocabulary(
    entries: list[tuple[str, Located]],
) -> tuple[list[tuple[str, Located]], list[tuple[str, Located]]]:
    """(ordinary entries, skill entries): skills have a schema and a table of their own."""
    plain = [(f, e) for f, e in entries if e.get("kind") != SKILL_KIND]
    skills = [(f, e) for f, e in entries if e.get("kind") == SKILL_KIND]
    return plain, skills


def _line(entry: Located, key: str) -> int:
    return getattr(entry, "key_lines", {}).get(key, getattr(entry, "line", 0))


def check_skills(
    entries: list[tuple[str, Located]], vocabulary: list[tuple[str, Located]]
) -> list[Problem]:
    """Problems of the vocabulary and of every job's skillset, as `file:line: what`.

    When the knowledge base has a vocabulary, every department and role must list at least
    MIN_SKILLS skills of it, MIN_CORE of them core. A knowledge base without skills.yaml (a
    test fixture, a curator's draft) is not asked for skillsets.
    """
    from .shapes import known_articles

    articles = known_articles()
    problems: list[Problem] = []
    known: dict[str, tuple[str, int]] = {}
    alias_owner: dict[str, str] = {}
    for fname, entry in vocabulary:
        problems += _check_skill(fname, entry, known, alias_owner, articles)
    for fname, entry in entries:
        if SKILLSET_FIELD in entry:
            problems += _check_skillset(fname, entry, known)
        elif vocabulary and entry.get("kind") in JOB_KINDS:
            problems.append(
                Problem(
                    fname,
                    entry.line,
                    f"{entry.get('id')}: missing '{SKILLSET_FIELD}' (skills from skills.yaml, "
                    f"at least {MIN_SKILLS}, {MIN_CORE} of them core)",
                )
            )
    return problems


def _check_skill(
    fname: str,
    entry: Located,
    known: dict[str, tuple[str, int]],
    alias_owner: dict[str, str],
    articles: set[str],
) -> Iterable[Problem]:
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        yield Problem(fname, entry.line, f"skill id {sid!r} must be snake_case")
        return
    if sid in known:
        where = ":".join(map(str, known[sid]))
        yield Problem(fname, entry.line, f"skill {sid} already defined at {where}")
    known.setdefault(sid, (fname, entry.line))
    for field in entry:
        if field not in SKILL_FIELDS:
            yield Problem(fname, _line(entry, field), f"{sid}: unknown field '{field}' for a skill")
    for field in ("name", "note"):
        value = entry.get(field)
        if not isinstance(value, dict) or not all(
            isinstance(value.get(lang), str) and value[lang].strip() for lang in ("en", "zh")
        ):
            yield Problem(fname, _line(entry, field), f"{sid}: {field} needs en and zh texts")
            continue
        if not has_cjk(value["zh"]):
            yield Problem(fname, _line(entry, field), f"{sid}: {field}.zh is not Chinese")
        if field == "note" and (
            len(value["en"].split()) > MAX_NOTE_EN_WORDS or len(value["zh"]) > MAX_NOTE_ZH
        ):
            yield Problem(fname, _line(entry, field), f"{sid}: note is too long for a phone")
    aliases = entry.get("aliases") or {}
    if not isinstance(aliases, dict) or not set(aliases) <= {"en", "zh"}:
        yield Problem(fname, _line(entry, "aliases"), f"{sid}: aliases needs en and zh lists")
    else:
        for lang in ("en", "zh"):
            for alias in aliases.get(lang) or []:
                if not isinstance(alias, str) or not alias.strip():
                    yield Problem(fname, _line(entry, "aliases"), f"{sid}: empty alias")
                    continue
                key = fold(alias)
                if alias_owner.setdefault(key, sid) != sid:
                    yield Problem(
                        fname,
                        _line(entry, "aliases"),
                        f"{sid}: alias {alias!r} also names skill {alias_owner[key]}",
                    )
    sources = entry.get("sources")
    if not isinstance(sources, list) or not sources:
        yield Problem(fname, _line(entry, "sources"), f"{sid}: must list at least one source")
    else:
        for src in sources:
            if not isinstance(src, dict) or not src.get("file") or not src.get("section"):
                yield Problem(
                    fname, _line(entry, "sources"), f"{sid}: a source needs file and section"
                )
            elif src["file"] not in articles:
                yield Problem(
                    fname, _line(entry, "sources"), f"{sid}: unknown article {src['file']!r}"
                )


def _check_skillset(
    fname: str, entry: Located, known: dict[str, tuple[str, int]]
) -> Iterable[Problem]:
    eid = entry.get("id", "?")
    line = _line(entry, SKILLSET_FIELD)
    value = entry[SKILLSET_FIELD]
    if entry.get("kind") not in JOB_KINDS:
        yield Problem(fname, line, f"{eid}: only departments and roles list a {SKILLSET_FIELD}")
        return
    if not isinstance(value, dict) or not set(value) <= set(WEIGHTS) or "core" not in value:
        yield Problem(fname, line, f"{eid}: {SKILLSET_FIELD} must be {{core: [..], useful: [..]}}")
        return
    seen: set[str] = set()
    for weight in WEIGHTS:
        ids = value.get(weight) or []
        if not isinstance(ids, list):
            yield Problem(fname, line, f"{eid}: {SKILLSET_FIELD}.{weight} must be a list")
            continue
        for sid in ids:
            if sid not in known:
                yield Problem(
                    fname, line, f"{eid}: skill {sid!r} is not in the vocabulary (skills.yaml)"
                )
            elif sid in seen:
                yield Problem(fname, line, f"{eid}: skill {sid!r} is listed twice")
            seen.add(sid)
    core = value.get("core") if isinstance(value.get("core"), list) else []
    total = len(seen)
    if total < MIN_SKILLS or len(core) < MIN_CORE:
        yield Problem(
            fname,
            line,
            f"{eid}: too few skills to compare ({total} skills, {len(core)} core); "
            f"list at least {MIN_SKILLS}, {MIN_CORE} of them core",
        )


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def write_skill_tables(
    db: Any, vocabulary: list[tuple[str, Located]], entries: list[tuple[str, Located]]
) -> None:
    """Tables `skills`, `skill_aliases` and `job_skills` in a sqlite-utils Database.

    The answer side (knowledge/skills.py) reads them with plain sqlite3.
    """
    skills, aliases, job_skills = [], [], []
    for _, entry in vocabulary:
        e = _plain(entry)
        skills.append(
            {
                "id": e["id"],
                "name_en": e["name"]["en"],
                "name_zh": e["name"]["zh"],
                "note_en": e["note"]["en"],
                "note_zh": e["note"]["zh"],
                "sources": json.dumps(e.get("sources") or [], ensure_ascii=False),
            }
        )
        names = [e["name"]["en"], e["name"]["zh"]]
        for lang in ("en", "zh"):
            names += (e.get("aliases") or {}).get(lang) or []
        for text in dict.fromkeys(names):
            aliases.append({"key": fold(text), "skill_id": e["id"], "text": text})
    for _, entry in entries:
        value = entry.get(SKILLSET_FIELD)
        if not isinstance(value, dict):
            continue
        position = 0
        for weight in WEIGHTS:
            for sid in value.get(weight) or []:
                job_skills.append(
                    {"job_id": entry["id"], "skill_id": sid, "weight": weight, "position": position}
                )
                position += 1
    # Created explicitly: a knowledge base without skills.yaml still has (empty) tables to read.
    db["skills"].create(
        {k: str for k in ("id", "name_en", "name_zh", "note_en", "note_zh", "sources")},
        pk="id",
        if_not_exists=True,
    )
    db["skill_aliases"].create({"key": str, "skill_id": str, "text": str}, if_not_exists=True)
    db["job_skills"].create(
        {"job_id": str, "skill_id": str, "weight": str, "position": int}, if_not_exists=True
    )
    db["skills"].insert_all(skills)
    db["skill_aliases"].insert_all(aliases)
    db["job_skills"].insert_all(job_skills)
    db["skill_aliases"].create_index(["key"], if_not_exists=True)
    db["job_skills"].create_index(["job_id"], if_not_exists=True)
