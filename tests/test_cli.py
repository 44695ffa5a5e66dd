"""The program as people run it: `careerbot ask`, `--jsonl`, `chat`, `kb build`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

EXE = os.path.join(os.path.dirname(sys.executable), "careerbot")


@pytest.fixture
def env(data_dir):
    clean = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return {**clean, "CAREERBOT_DATA_DIR": str(data_dir)}


def run(args, env, stdin=None):
    return subprocess.run(
        [EXE, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def test_ask_prints_a_readable_answer(env):
    out = run(["ask", "what does a media buyer do"], env)
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0] == "Media buyer" and any(line.startswith("• ") for line in lines)
    assert "Sources:" in out.stdout


def test_ask_jsonl_one_object_per_line_in_order(env):
    questions = "品牌部负责什么\nwhat is KOC\n運營怎麼轉推廣\nhow to cook rice\n\n"
    out = run(["ask", "--jsonl"], env, stdin=questions)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions.split("\n")[:-1]
    assert [r["lang"] for r in rows[:3]] == ["zh-Hans", "en", "zh-Hant"]
    assert rows[1]["kind"] == "term" and rows[1]["topic"] == "koc"
    assert rows[3]["kind"] == "unknown"
    for r in rows:
        assert set(r) >= {
            "question",
            "lang",
            "kind",
            "topic",
            "title",
            "answer",
            "confidence",
            "alternatives",
            "sources",
        }


def test_chat_without_token_is_the_terminal_chat(env):
    out = run([], env, stdin="what is SEO\n")
    assert "No TELEGRAM_BOT_TOKEN" in out.stdout and "SEO" in out.stdout
    assert out.returncode == 0


def test_kb_build_reports_counts(env):
    out = run(["kb", "build"], env)
    assert out.returncode == 0 and "entries" in out.stdout


def test_unwritable_data_dir_is_one_line(env, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run(["ask", "KOC"], {**env, "CAREERBOT_DATA_DIR": str(blocker / "sub")})
    assert out.returncode == 2 and "not writable" in out.stderr and "Traceback" not in out.stderr


def test_ask_jsonl_sessions_are_conversations(env):
    lines = [
        '{"q": "what does a media buyer do", "session": "a"}',
        '{"q": "what does KOC mean", "session": "b"}',
        '{"q": "how do I get into it?", "session": "a"}',
        '{"q": "and KOL?", "session": "b"}',
        "how do I get into it?",
        '{"q": "公关能转品牌吗", "lang": "en"}',
        '{"q": "not json',
    ]
    out = run(["ask", "--jsonl"], env, stdin="\n".join(lines) + "\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == len(lines)
    assert (rows[2]["kind"], rows[2]["topic"], rows[2]["aspect"]) == ("role", "media_buyer", "get_in")
    assert rows[3]["topic"] == "kol"
    assert rows[4]["kind"] == "unknown"  # a plain line has no conversation
    assert (rows[5]["lang"], rows[5]["from"], rows[5]["to"]) == ("en", "pr_dept", "brand_dept")
    assert rows[6]["question"] == '{"q": "not json'  # read as the question itself
    for r in rows:
        assert {"aspect", "gaps", "outside"} <= set(r)
