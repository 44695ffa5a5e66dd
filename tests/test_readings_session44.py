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
    a = chat(engine, first, then)
    assert (a.kind, a.topic, a.lang) == ("who", who, lang)
    assert a.question == then


def test_the_next_task_is_asked_in_the_last_questions_frame(engine):
    # Alone, "找記者來報導" names no one who does it; after a who-question it is asked as
    # "誰負責找記者來報導" (session 45: the weights learnt with fresh47 and fresh48 read the
    # other three wordings above alone as who-questions too, so this one shows the rewrite).
    first = "下個月要辦新品發表會，從主題、邀媒體到現場流程都要規劃，這種通常是哪個部門主導？"
    assert engine.answer("那找記者來報導呢").topic != "pr_dept"
    a = chat(engine, first, "那找記者來報導呢")
    assert (a.kind, a.topic, a.lang) == ("who", "pr_dept", "zh-Hant")


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


@pytest.mark.parametrize(
    "first, then, start, goal",
    [
        # "over there" is the job named now, from the one the person told as theirs
        (
            "我现在做活动运营，每个月策划两三场线上活动，对接资源、做宣传、活动后复盘数据",
            "听说品牌部更高大上，转过去可行吗",
            "activity_ops",
            "brand_dept",
        ),
        # a start told earlier in the chat holds when the learnt kind reads the move
        (
            "my bf spends all day in Ocean Engine adjusting bids and swapping creatives for app "
            "installs. what is his job called?",
            "he wants out of ads and into product ops, can he?",
            "feed_ads_optimizer",
            "product_ops",
        ),
        # "is that a normal move": the move weighed; "the same company" points at no job
        (
            "My wife works in 'trade marketing' at a beverage company. She spends her days "
            "visiting stores. What is her job exactly?",
            "she wants to become a brand manager at the same company eventually. is that a "
            "normal move?",
            "trade_marketing",
            "brand_manager",
        ),
    ],
)
def test_a_move_after_the_job_told_starts_there(engine, first, then, start, goal):
    a = chat(engine, first, then)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_the_same_company_points_at_no_subject():
    from knowledge.engine.understand import conversation as talk

    assert not talk.points_back("she wants to stay at the same company")
    assert talk.points_back("is it the same?")


@pytest.mark.parametrize(
    "q",
    [
        "聽說網路公司的營運部就等於傳統公司的業務部 真的假的",
        "有人说互联网公司的运营部就相当于传统公司的销售部，真的假的",
        "is the ops department at an internet company kind of like the sales department at a "
        "traditional company?",
    ],
)
def test_a_likeness_the_articles_draw_is_answered_by_the_job_that_draws_it(engine, q):
    # (the operations department's own summary says it plays a traditional sales department's
    # part; its card is the answer, not two departments side by side)
    a = engine.answer(q)
    assert (a.kind, a.topic) == ("role", "operations_dept")
    assert any(w in a.text for w in ("销售部", "銷售部", "業務部", "sales department"))


@pytest.mark.parametrize(
    "q, sides",
    [
        ("运营部和销售部有什么区别", {"operations_dept", "sales_dept"}),
        (
            "is community ops the same as user ops or is it a separate thing",
            {"community_ops", "user_ops"},
        ),
    ],
)
def test_two_jobs_asked_apart_or_the_same_are_still_weighed(engine, q, sides):
    a = engine.answer(q)
    assert a.kind == "compare" and set(a.topics[:2]) == sides


@pytest.mark.parametrize(
    "q",
    ["can brands really buy weibo 热搜??", "how do brands end up on weibo 热搜? is that paid?"],
)
def test_brands_that_do_something_are_companies_not_the_brand_department(engine, q):
    a = engine.answer(q)
    assert (a.kind, a.topic) == ("term", "resou")


@pytest.mark.parametrize("q", ["ASO是什麼？是APP版的SEO嗎", "KOC是啥 是小号版的KOL吗"])
def test_a_word_said_to_be_another_made_for_something_shows_both(engine, q):
    a = engine.answer(q)
    assert set(a.topics[:2]) in ({"aso", "seo"}, {"koc", "kol"})


def test_an_aside_of_what_else_they_do_does_not_stop_the_answer(engine):
    a = engine.answer("what do BD people do all day besides meetings")
    assert (a.kind, a.topic) == ("role", "bd")


@pytest.mark.parametrize(
    "q, subject, aspect",
    [
        ("公關是不是很常半夜被叫起來處理危機 工作量到底多大", "pr_dept", "workload"),
        (
            "我们公司招小编 要会剪视频会拍照会写稿还要管评论区 一个人干三个人的活 这强度正常吗",
            "new_media_ops",
            "workload",
        ),
    ],
)
def test_an_uncovered_aspect_asked_last_is_said_first(engine, q, subject, aspect):
    a = engine.answer(q)
    assert (a.topic, a.aspect, a.gaps) == (subject, aspect, [aspect])


@pytest.mark.parametrize(
    "q",
    [
        "想進網路公司做用戶運營，蝦皮、momo、LINE哪間比較好",
        "should he join a food company or hold out for a tech firm",
    ],
)
def test_which_employer_to_join_is_asked(q):
    from knowledge.engine.linker import match_form
    from knowledge.engine.understand.aspects import aspects_of

    assert "company" in aspects_of(match_form(q))
