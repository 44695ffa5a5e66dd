"""Moves between any two jobs, routes, the next jobs, job ads and self-descriptions, as the
engine answers them (the figures themselves are tested in test_moves.py and test_jd.py)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

LANGS = ("en", "zh-Hans", "zh-Hant")
JDS = yaml.safe_load((Path(__file__).parent / "eval" / "jds.yaml").read_text(encoding="utf-8"))


def jobs(engine) -> list[str]:
    return sorted(e for e, entry in engine.kb.entries.items() if entry.is_job)


@pytest.mark.parametrize(
    "question, lang, src, dst",
    [
        ("can a media buyer become a user operator?", "en", "media_buyer", "user_ops"),
        ("媒介能转用户运营吗", "zh-Hans", "media_buyer", "user_ops"),
        ("媒介能轉用戶營運嗎", "zh-Hant", "media_buyer", "user_ops"),
    ],
)
def test_a_move_the_articles_never_discuss_is_measured(engine, question, lang, src, dst):
    a = engine.answer(question)
    assert (a.kind, a.lang, a.from_id, a.to_id) == ("transition", lang, src, dst)
    assert 0 <= a.overlap <= 100 and f"{a.overlap}%" in a.lead
    said = {
        "en": "our reading of the knowledge base",
        "zh-Hans": "根据知识库推算",
        "zh-Hant": "根據知識庫推算",
    }
    assert said[lang] in a.text  # the figure is said to be ours, not the articles'
    row = a.to_json()
    assert (row["from"], row["to"], row["overlap"]) == (src, dst, a.overlap)


def test_moves_are_not_symmetric(engine):
    there = engine.move("pr_dept", "brand_dept", "en").overlap
    back = engine.move("brand_dept", "pr_dept", "en").overlap
    assert there != back


def test_a_curated_move_is_answered_from_the_articles_first(engine):
    a = engine.answer("can promotion move into operations")
    assert a.topic == "promotion_to_operations"
    steps = engine.kb.items("promotion_to_operations", "steps", "en")
    assert a.bullets[: len(steps)] == steps  # the articles' steps, then ours
    assert any(b.startswith("Our reading of the knowledge base") for b in a.bullets)


def test_every_pair_of_jobs_gets_a_move(engine):
    for src, dst in itertools.permutations(jobs(engine), 2):
        a = engine.move(src, dst, "en")
        assert (a.kind, a.from_id, a.to_id) == ("transition", src, dst), (src, dst)


@pytest.mark.parametrize("lang", LANGS)
def test_path_and_next_for_every_job(engine, lang):
    every = jobs(engine)
    for src in every:
        nxt = engine.next_moves(src, lang)
        assert nxt.kind == "transition" and nxt.from_id == src and len(nxt.bullets) >= 3
        dst = every[(every.index(src) + 7) % len(every)]
        route = engine.path(src, dst, lang)
        assert route.route[0] == src and route.route[-1] == dst and 2 <= len(route.route) <= 4
        assert route.overlap is not None


def test_path_asked_in_words(engine):
    a = engine.answer("what is the path from editor to product operations")
    assert a.route[0] == "editor" and a.route[-1] == "product_ops"
    assert a.to_json()["route"] == a.route


@pytest.mark.parametrize("item", JDS[:12], ids=lambda item: item.get("id", "")[:30])
def test_a_pasted_job_ad_is_read_as_one(engine, item):
    a = engine.answer(item["text"])
    assert a.kind == "jd" and a.topic and a.sources
    row = a.to_json()
    assert row["kind"] == "jd" and row["topic"] == a.topic and isinstance(row["terms"], list)


def test_plain_questions_are_never_job_ads(engine):
    from tests.eval.evaluate import load_questions

    for item in load_questions():
        assert engine.answer(item["q"]).kind != "jd", item["q"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("I like writing and talking to people, which department fits me?", "en"),
        ("我喜欢写东西，也喜欢和人聊天，适合哪个部门？", "zh-Hans"),
    ],
)
def test_a_self_description_gets_departments_and_the_quiz(engine, text, lang):
    a = engine.answer(text)
    assert a.kind == "fit" and a.lang == lang and a.topics
    assert any(f.action == "menu" and f.ids == ("quiz",) for f in a.followups)
