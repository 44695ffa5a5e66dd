"""Answer side of the skill vocabulary: typed, read-only objects loaded from the built database.

Moves between jobs (moves.py), job descriptions (jd.py) and self-descriptions (selfdesc.py) all
read the knowledge through one `SkillBook`, built once per knowledge database. It uses plain
sqlite3 and json (no YAML, no sqlite-utils), as the answer side should, and can also be built by
hand from plain objects for tests.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

JOB_KINDS = ("department", "role")


@dataclass(frozen=True)
class Source:
    file: str
    section: str


@dataclass(frozen=True)
class Skill:
    """One skill of the vocabulary; `note` says how the articles say it is built."""

    id: str
    name: dict[str, str]  # {"en": ..., "zh": ...} (Simplified; Traditional by OpenCC)
    note: dict[str, str]
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Job:
    """A department or role with the skills it lists (core ones first, in curated order)."""

    id: str
    kind: str
    name: dict[str, str]
    core: tuple[str, ...]
    useful: tuple[str, ...] = ()
    measured_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    sources: tuple[Source, ...] = ()
    tasks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # short task phrases

    @property
    def skills(self) -> tuple[str, ...]:
        return self.core + self.useful


@dataclass(frozen=True)
class CuratedMove:
    """A move the articles themselves describe (a `transition` entry)."""

    id: str
    src: str
    dst: str
    name: dict[str, str]
    summary: dict[str, str]
    steps: dict[str, tuple[str, ...]]
    sources: tuple[Source, ...] = ()


@dataclass
class SkillBook:
    """Skills, jobs, curated moves and the names the answer side matches text against."""

    skills: dict[str, Skill]
    jobs: dict[str, Job]
    curated: tuple[CuratedMove, ...] = ()
    # (folded key, skill id) for every name and alias of a skill
    skill_names: tuple[tuple[str, str], ...] = ()
    # (folded key, entry id, kind, via) for names, aliases and task phrases of all entries
    entry_names: tuple[tuple[str, str, str, str], ...] = ()
    # entry id -> its data as curated (name, summary, measured_by, tasks ...)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Which jobs list each skill, built with the book: a move's bridge and the jobs next door
    # look only at jobs that share a skill, not at every job.
    postings: SkillPostings = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.postings = SkillPostings(self.jobs)

    @classmethod
    def open(cls, db_path: Path | str) -> SkillBook:
        """Read a knowledge database built by knowledge.build (read-only)."""
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return cls.from_connection(conn)
        finally:
            conn.close()

    @classmethod
    def from_connection(cls, conn: sqlite3.Connection) -> SkillBook:
        entries = {
            eid: json.loads(data) for eid, data in conn.execute("select id, data from entries")
        }
        skills = {
            sid: Skill(
                sid,
                {"en": en, "zh": zh},
                {"en": note_en, "zh": note_zh},
                _sources(json.loads(sources)),
            )
            for sid, en, zh, note_en, note_zh, sources in conn.execute(
                "select id, name_en, name_zh, note_en, note_zh, sources from skills order by id"
            )
        }
        listed: dict[str, dict[str, list[str]]] = {}
        for job_id, skill_id, weight in conn.execute(
            "select job_id, skill_id, weight from job_skills order by job_id, position"
        ):
            listed.setdefault(job_id, {"core": [], "useful": []})[weight].append(skill_id)
        jobs = {}
        for eid, data in entries.items():
            if data.get("kind") not in JOB_KINDS or eid not in listed:
                continue
            jobs[eid] = Job(
                eid,
                data["kind"],
                dict(data["name"]),
                tuple(listed[eid]["core"]),
                tuple(listed[eid]["useful"]),
                {k: tuple(v) for k, v in (data.get("measured_by") or {}).items()},
                dict(data.get("summary") or {}),
                _sources(data.get("sources") or []),
                {k: tuple(v) for k, v in (data.get("tasks") or {}).items()},
            )
        curated = tuple(
            CuratedMove(
                eid,
                data["from"],
                data["to"],
                dict(data["name"]),
                dict(data["summary"]),
                {k: tuple(v) for k, v in data["steps"].items()},
                _sources(data.get("sources") or []),
            )
            for eid, data in sorted(entries.items())
            if data.get("kind") == "transition"
        )
        skill_names = tuple(conn.execute("select key, skill_id from skill_aliases"))
        kinds = {eid: data.get("kind", "") for eid, data in entries.items()}
        entry_names = tuple(
            (key, eid, kinds.get(eid, ""), via)
            for key, eid, via in conn.execute("select key, entry_id, via from aliases")
        )
        return cls(skills, jobs, curated, skill_names, entry_names, entries)

    def job(self, job_id: str) -> Job:
        """The job, or a KeyError naming the id (the caller offers the list of jobs)."""
        try:
            return self.jobs[job_id]
        except KeyError:
            raise KeyError(f"{job_id!r} is not a job with skills") from None

    def curated_moves(self, src: str, dst: str) -> tuple[CuratedMove, ...]:
        return tuple(m for m in self.curated if m.src == src and m.dst == dst)


class SkillPostings:
    """Skill -> the jobs that list it, with the weight it has there and the credit it gives.

    `weighted[s]` has one (job, weight) per place a job lists s (core 1.0, useful 0.25), as
    moves.overlap counts it; `credited[s]` one (job, credit) per job (1.0 core, else 0.5).
    """

    def __init__(self, jobs: dict[str, Job]):
        self.weighted: dict[str, list[tuple[str, float]]] = {}
        self.credited: dict[str, list[tuple[str, float]]] = {}
        self.position = {job_id: i for i, job_id in enumerate(jobs)}
        self.by_id = sorted(jobs)
        self.totals: dict[str, float] = {}
        # One job's overlaps with every other, once worked out (moves.overlaps_from / _into):
        # they grow with the number of jobs, and the same few jobs are asked about again.
        self.from_cache: dict[str, dict[str, float]] = {}
        self.into_cache: dict[str, dict[str, float]] = {}
        for job in jobs.values():
            weights = [(s, 1.0) for s in job.core] + [(s, 0.25) for s in job.useful]
            self.totals[job.id] = sum(w for _, w in weights)
            for s, w in weights:
                self.weighted.setdefault(s, []).append((job.id, w))
            for s in dict.fromkeys(job.skills):
                self.credited.setdefault(s, []).append((job.id, 1.0 if s in job.core else 0.5))

    def core_of(self, skill: str) -> tuple[str, ...]:
        """The jobs that hold `skill` at their core, in the jobs' order (a set's order changed
        from one process to the next, and with it the jobs offered beside a "who" answer)."""
        return tuple(job for job, credit in self.credited.get(skill, ()) if credit == 1.0)


def _sources(items: list[dict[str, str]]) -> tuple[Source, ...]:
    return tuple(Source(s["file"], s["section"]) for s in items)
