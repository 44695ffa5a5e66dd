"""The parts of knowledge/data/SCHEMA.md and IDS.md that the code and the entries already say:
the fields table (from compiler/check.py's shapes and required fields) and the list of ids
(from the YAML, the skill vocabulary included). `python -m bot.docs` writes them; the test suite
fails when the files drift."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .compiler.check import ID_RE, KINDS, REQUIRED, SHAPES, load_all
from .compiler.shapes import ASPECTS
from .compiler.skills import (
    JOB_KINDS,
    MIN_CORE,
    MIN_SKILLS,
    SKILL_FIELDS,
    SKILL_KIND,
    SKILLSET_FIELD,
)
from .quiz import ANSWER_FIELDS, QUIZ_FIELDS

FORMS = {
    "bi_text": "`{en: str, zh: str}`",
    "bi_list": "`{en: [..], zh: [..]}`",
    "ids": "`[id, ..]`",
    "id": "id",
    "sources": '`[{file: 000_f44f166e07f63986.txt, section: "..."}]`',
    "aspect": " or ".join(f"`{a}`" for a in ASPECTS),
    "flag": "`true` or `false`",
    "skillset": "`{core: [skill id, ..], useful: [..]}`",
}

# What each field means, for people writing entries. A field compiler/check.py accepts without a
# meaning here fails tests/test_docs.py.
MEANINGS = {
    "id": "stable id; never rename one that has shipped",
    "kind": "",
    "name": "the title a user reads",
    "aliases": "every way a user may name it: short forms, abbreviations, common misspellings, "
    "Taiwan wording (in Traditional script is fine: it is folded), colloquial names. "
    "Lower/upper case does not matter. Do not repeat `name`.",
    "shared_aliases": "names two entries really share; the engine then offers both",
    "summary": "one or two sentences: what it is / does. en at most ~45 words, zh at most ~100 "
    "characters",
    "details": "2 to 5 short bullets, same count in both languages",
    "measured_by": "KPIs / what success is judged by",
    "sits_in": "where it sits in the organisation, whom it reports to",
    "skills": "typical skills",
    "tasks": 'departments and roles (optional): short task phrases this job handles, for "who '
    'does X" questions ("crisis response", "危机公关"). A task phrase should belong '
    "to one entry only.",
    "steps": "what to learn / do, 2 to 5 bullets",
    "tip": "one short tip, readable at a glance (en at most ~50 words)",
    "handled_by": "terms (optional): which departments/roles deal with this term",
    "related": "see-also entries (must exist)",
    "compares": 'concepts (optional): this concept is the curated answer to "X vs Y"',
    "from": 'the curated answer to "move from X to Y"',
    "to": 'the curated answer to "move from X to Y"',
    "sources": "where the facts come from: the article file name and the section / heading (in "
    "the article's own words, that is fine: it is a citation)",
    "answers_aspect": "concepts (optional): this concept is what the articles say on that aspect "
    "of a job (e.g. pay), given when someone asks about it",
    "stands_for": "terms and concepts (optional): the job this term is the abbreviation of "
    "(`bd_term` stands for `bd`), or the job a field is the work of "
    "(`market_function`, 市场, is the marketing department's); a move or an "
    "aspect of a job asked with the word is about that job",
    "kind_of": "departments and roles (optional): the wider job this one is a kind of "
    "(`seo_sem_ops` is a kind of `promotion`, as the articles list the kinds of "
    "promotion); a move the articles give no advice on brings their advice on the "
    "move from or to the wider job, said to be about the wider move",
    "story": "transitions (optional): `true` for one person's story rather than advice; it is "
    "told, not offered as the way to make the move",
    "staff": "terms (optional): `true` when the word names people or a workplace outside our "
    "teams (导购, a shop assistant; an agency, 乙方), not a team of ours: said as "
    "someone's own job, a move from it starts outside the knowledge base",
    "skillset": "skills from the vocabulary in `skills.yaml`: core = "
    f"what the articles say the job is about, useful = helps. At least {MIN_SKILLS} "
    f"in all, {MIN_CORE} of them core (`kb check`). Moves between jobs and the "
    "reading of job descriptions are computed from it. Put it last in the entry.",
}


def fields_table() -> str:
    """SCHEMA.md's table of fields."""
    rows = ["| field | required for | form | meaning |", "|---|---|---|---|"]
    entry_kinds = [k for k in KINDS if k in REQUIRED]
    rows.append(f"| `id` | all | `snake_case` (`{ID_RE.pattern}`), unique | {MEANINGS['id']} |")
    rows.append(f"| `kind` | all | {', '.join(f'`{k}`' for k in KINDS)} | {MEANINGS['kind']} |")
    for field, shape in SHAPES.items():
        kinds = [k for k in entry_kinds if field in REQUIRED[k]]
        if field == SKILLSET_FIELD:  # required by compiler/skills.py once skills.yaml exists
            kinds = list(JOB_KINDS)
        if len(kinds) == len(entry_kinds):
            required = "all"
        elif len(kinds) >= len(entry_kinds) - 1:
            required = "all but " + ", ".join(k for k in entry_kinds if k not in kinds)
        else:
            required = ", ".join(kinds) or "optional"
        meaning = MEANINGS[field].replace("|", "\\|")
        rows.append(f"| `{field}` | {required} | {FORMS[shape]} | {meaning} |")
    rows.append("")
    rows.append(
        f"Quiz questions (`kind: quiz`) have their own fields: "
        f"{', '.join(f'`{f}`' for f in QUIZ_FIELDS)}; each answer has "
        f"{', '.join(f'`{f}`' for f in ANSWER_FIELDS)} (checked in "
        f"`knowledge/compiler/quizcheck.py`). Skills (`kind: {SKILL_KIND}`, "
        f"`skills.yaml`) have {', '.join(f'`{f}`' for f in SKILL_FIELDS)} (checked in "
        f"`knowledge/compiler/skills.py`)."
    )
    return "\n".join(rows)


def ids_list(directory: Path | None = None) -> str:
    """IDS.md's list: every entry id by file and kind, with its names."""
    entries, _ = load_all(directory)
    by_file: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for fname, entry in entries:
        by_file[fname][str(entry.get("kind"))].append(entry)
    out: list[str] = []
    for fname in sorted(by_file):
        out.append(f"## {fname}")
        for kind in [k for k in (*KINDS, SKILL_KIND) if k in by_file[fname]]:
            group = by_file[fname][kind]
            out.append(f"{kind.capitalize()} ({len(group)}):")
            if kind in ("tip", "quiz", SKILL_KIND):
                out.append(", ".join(f"`{e.get('id')}`" for e in group))
                continue
            for entry in group:
                out.append(f"- `{entry.get('id')}`: {_names(entry)}{_links(entry)}")
        out.append("")
    return "\n".join(out).rstrip()


def _names(entry: dict) -> str:
    name = entry.get("name") or {}
    en, zh = str(name.get("en", "")), str(name.get("zh", ""))
    return f"{en} · {zh}" if zh and zh != en else en


def _links(entry: dict) -> str:
    if entry.get("compares"):
        return f" (compares {', '.join(f'`{i}`' for i in entry['compares'])})"
    if entry.get("from") and entry.get("to"):
        return f" (`{entry['from']}` → `{entry['to']}`)"
    return ""
