"""Session 31: after a who-question, "那X呢" asks who does X next ("这锅该谁背" then "那拉新
呢？拉新又是谁的活"); a task told and two teams offered is who does the task, though the task's
words are read as a team's work ("…write press releases… is that PR or the brand team")."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("first", "then", "topic"),
    [
        ("新用户来了一周就跑光了，这锅该谁背", "那拉新呢？拉新又是谁的活", "promotion"),
        ("新品要找小红书达人种草，谁来对接？", "那上微博热搜呢，谁来打", "new_media_dept"),
    ],
)
def test_after_a_who_question_the_next_thing_is_whose(engine, first, then, topic):
    a = chat(engine, first, then)
    assert a.kind == "who"
    assert a.topic == topic


def test_a_word_asked_after_a_who_question_is_the_word(engine):
    a = chat(engine, "who usually does ASO?", "and what does ASO stand for again")
    assert (a.kind, a.topic) == ("term", "aso")


def test_a_task_told_with_two_teams_offered_is_whose_task(engine):
    a = engine.answer(
        "we need someone to write press releases and deal with journalists for the launch."
        " is that PR or the brand team?"
    )
    assert (a.kind, a.topic) == ("who", "pr_dept")


@pytest.mark.parametrize(
    "then",
    [
        "她說她被放在營運部而不是行銷部，這樣的安排合理嗎？",
        "那她这种一般归哪个部门管？她说她领导是品牌总监，不是运营的",
    ],
)
def test_departments_said_as_where_the_job_was_placed_are_where_it_sits(engine, then):
    a = chat(engine, "我女兒要去一家公司當「小編」，這是在做什麼的工作？", then)
    assert (a.kind, a.topic, a.aspect) == ("role", "new_media_ops", "sits")


def test_a_department_asked_next_is_a_new_subject(engine):
    a = chat(engine, "小编是做什么的", "那品牌部呢，归哪管")
    assert a.topic == "brand_dept"
