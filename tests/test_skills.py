"""The skill vocabulary: `kb check` rejects unknown skills and thin skill sets; the database
holds them for the answer side."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.compiler.check import check
from knowledge.compiler.source import PACKAGE_DATA
from knowledge.engine.careers.skills import SkillBook


@pytest.fixture(scope="module")
def book(kb_dir) -> SkillBook:
    return SkillBook.open(kb_dir / "knowledge.db")


@pytest.fixture
def draft(tmp_path, monkeypatch) -> Path:
    """A copy of the real knowledge files, to break on purpose."""
    src = tmp_path / "src"
    shutil.copytree(PACKAGE_DATA, src)
    monkeypatch.setenv("CAREERBOT_KB_DIR", str(src))
    return src


def _replace(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_every_job_lists_enough_skills_from_the_vocabulary(book):
    assert len(book.skills) >= 40
    assert len(book.jobs) == 40  # every department and role
    for job in book.jobs.values():
        assert len(job.skills) >= 4 and len(job.core) >= 2, job.id
        assert len(set(job.skills)) == len(job.skills), job.id
        assert all(s in book.skills for s in job.skills), job.id
    for skill in book.skills.values():
        assert skill.name["en"] and skill.name["zh"] and skill.note["en"] and skill.note["zh"]
        assert skill.sources, skill.id
    used = {s for job in book.jobs.values() for s in job.skills}
    assert used == set(book.skills), "every skill of the vocabulary is used by some job"


def test_unknown_skill_is_reported_with_file_and_line(draft):
    line = _replace(
        draft / "roles.yaml",
        "skillset: {core: [ad_platforms, budget_control",
        "skillset: {core: [ad_platformz, budget_control",
    )
    problems = [str(p) for p in check(draft)]
    assert (
        f"roles.yaml:{line}: paid_ads: skill 'ad_platformz' is not in the vocabulary"
        in "\n".join(problems)
    )


def test_too_few_skills_is_reported(draft):
    line = _replace(
        draft / "roles.yaml",
        "skillset: {core: [partnerships, negotiation, networking], useful: [business_sense, copywriting, channel_knowledge]}",
        "skillset: {core: [partnerships], useful: [business_sense, copywriting, channel_knowledge]}",
    )
    text = "\n".join(str(p) for p in check(draft))
    assert f"roles.yaml:{line}: bd: too few skills to compare (4 skills, 1 core)" in text


def test_missing_skillset_and_bad_skill_entries_are_reported(draft):
    path = draft / "departments.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: pr_dept")
    cut = text.index("  skillset:", start)
    end = text.index("\n", cut)
    path.write_text(text[:cut] + text[end + 1 :], encoding="utf-8")
    _replace(
        draft / "skills.yaml",
        "- id: negotiation\n  kind: skill\n",
        "- id: negotiation\n  kind: skill\n  colour: blue\n",
    )
    problems = "\n".join(str(p) for p in check(draft))
    assert "pr_dept: missing 'skillset'" in problems
    assert "negotiation: unknown field 'colour' for a skill" in problems


def test_skills_do_not_become_entries_or_aliases(book, engine):
    assert not any(e.kind == "skill" for e in engine.kb.entries.values())
    assert "copywriting" not in engine.kb.entries
    # Skill ids never collide with entry ids, so a button or log line is never ambiguous.
    assert not set(book.skills) & set(engine.kb.entries)


def test_a_knowledge_base_without_vocabulary_builds_and_reads(tmp_path, monkeypatch):
    from knowledge.compiler.build import build

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.yaml").write_text(
        """\
- id: brand_dept
  kind: department
  name: {en: Brand department, zh: 品牌部}
  aliases: {en: [brand team], zh: [品牌团队]}
  summary: {en: Looks after the brand as a whole., zh: 负责整个品牌。}
  details: {en: [Positioning.], zh: [定位。]}
  measured_by: {en: [Brand tone.], zh: [品牌调性。]}
  sits_in: {en: Marketing., zh: 市场部。}
  skills: {en: [Strategy.], zh: [策略。]}
  sources: [{file: 000_f44f166e07f63986.txt, section: "1.1"}]
""",
        encoding="utf-8",
    )
    monkeypatch.setenv("CAREERBOT_KB_DIR", str(src))
    assert check(src) == []  # no vocabulary: skillsets are not asked for
    build(tmp_path / "k.db", src)
    book = SkillBook.open(tmp_path / "k.db")
    assert book.skills == {} and book.jobs == {}
