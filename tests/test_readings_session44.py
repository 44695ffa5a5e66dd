"""Session 44: after who does a task, the next task said bare ("那找記者來報導呢", "and getting
journalists to show up?") asks who does that one."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "first, then, who, lang",
    [
        (
            "下個月要辦新品發表會，從主題、邀媒體到現場流程都要規劃，這種通常是哪個部門主導？",
            "那找記者來報導呢",
            "pr_dept",
            "zh-Hant",
        ),
        (
            "下個月要辦新品發表會，從主題、邀媒體到現場流程都要規劃，這種通常是哪個部門主導？",
            "找網紅開箱呢",
            "new_media_dept",
            "zh-Hant",
        ),
        ("发布会请媒体来 发通稿 是谁的活", "买地铁和机场广告位呢", "media_buyer", "zh-Hans"),
        (
            "our launch event was chaos, nobody knew who owned the plan. which team runs that?",
            "and getting journalists to actually show up?",
            "pr_dept",
            "en",
        ),
    ],
)
def test_the_next_task_said_bare_asks_who_does_it(engine, first, then, who, lang):
    assert engine.answer(first).kind == "who"
    assert engine.answer(then).topic != who  # (alone, its words name no one who does it)
    a = chat(engine, first, then)
    assert (a.kind, a.topic, a.lang) == ("who", who, lang)
    assert a.question == then


@pytest.mark.parametrize(
    "first, then, kind",
    [
        # an aspect of the ones just named, not another task
        ("发布会请媒体来 发通稿 是谁的活", "那考核呢", "role"),
        ("发布会请媒体来 发通稿 是谁的活", "那工资呢", "role"),
        # a question of its own after "and", not a thing
        ("who writes the press releases", "and how do they get judged on it?", "role"),
    ],
)
def test_an_aspect_or_a_question_after_who_is_not_a_task(engine, first, then, kind):
    a = chat(engine, first, then)
    assert (a.kind, a.topic) == (kind, "pr_dept")


@pytest.mark.parametrize(
    "then, goal",
    [
        ("or content ops? i write a lot", "content_ops"),
        ("or activity ops?", "activity_ops"),
    ],
)
def test_or_another_goal_after_a_move_is_the_same_move_there(engine, then, goal):
    first = (
        "teacher for 8 yrs. my days: planning lessons, running parent wechat groups, organising "
        "school events. could I move into community ops?"
    )
    a = chat(engine, first, then)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert engine.answer(then).kind != "transition"  # (alone, no move is told)
