"""The README's command and settings tables, SCHEMA.md's fields and IDS.md's ids are generated
(`python -m bot.docs`); these tests fail when the files drift from the code, as sqlite-utils'
tests do for its CLI reference."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import docs
from bot.settings import ENVIRONMENT
from knowledge.compiler.check import SHAPES
from knowledge.docs import MEANINGS

ROOT = Path(__file__).resolve().parent.parent


def test_generated_docs_are_up_to_date():
    stale = docs.drifted()
    assert not stale, f"{stale} are out of date: run `.venv/bin/python -m bot.docs`"
    assert docs.main(["--check"]) == 0


def test_every_command_handled_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c for c, _, _ in docs.chat_commands()]
    assert {"start", "help", "tip", "quiz", "challenge", "stats"} <= set(commands)
    for command in commands:
        assert f"| `/{command}` |" in readme


READS = re.compile(
    r"""(?:environ|env)(?:\.get\(|\[)\s*["']((?:TELEGRAM|CAREERBOT)_[A-Z_]+|PORT|LOG_LEVEL)["']"""
)


def test_every_environment_variable_read_is_documented():
    read = set()
    for package in ("bot", "knowledge"):
        for path in (ROOT / package).rglob("*.py"):
            read |= set(READS.findall(path.read_text(encoding="utf-8")))
    assert read == {v.name for v in ENVIRONMENT}


def test_every_field_has_a_meaning():
    assert set(SHAPES) | {"id", "kind"} <= set(MEANINGS)


def test_drift_is_noticed():
    text = "a\n<!-- [[[generated: x]]] -->\nold\n<!-- [[[end]]] -->\nb\n"
    assert docs.render(text, {"x": lambda: "new"}) == text.replace("old", "new")
    assert docs.render(text, {"x": lambda: "old"}) == text
    with pytest.raises(KeyError):
        docs.render(text, {"y": lambda: "new"})  # a block without its generator
    with pytest.raises(KeyError):
        docs.render("no blocks", {"x": lambda: "new"})  # a generator without its block
