"""Session 47: a move's start read from more wordings (after 从 inside a longer phrase, with the
goal's ending left off, a task named with its verb, after the words that carry the talk on,
"from a X background"), shop assistants as a job outside ours, and hours said in other words."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # the goal's ending is left off the start said in the same breath
        ("要是从内容转到产品运营，得准备什么", "content_ops", "product_ops"),
        ("如果要从活动转到用户运营 要准备啥", "activity_ops", "user_ops"),
        # a task named with its verb, after 我一个: the person's own work, though named second
        ("用户运营，我一个做SEO的能转吗", "seo_sem_ops", "user_ops"),
        ("内容运营，做SEM的能转吗", "seo_sem_ops", "content_ops"),
    ],
)
def test_the_start_of_a_move_is_read_from_more_wordings(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)
    assert "从从" not in a.lead and "如果" not in a.title


@pytest.mark.parametrize(
    "first, then, words",
    [
        ("内容运营平时做什么", "好 那保险销售转这个的话要准备啥", "保险销售"),
        ("用户运营具体干嘛", "那电销转这个的话怎么准备", "电销"),
    ],
)
def test_the_words_that_carry_the_talk_on_are_no_part_of_the_start(engine, first, then, words):
    a = chat(engine, first, then)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, chat(engine, first).topic)
    assert f"从{words}出发" in a.lead


@pytest.mark.parametrize(
    "q, goal, words",
    [
        ("how can I get into content ops from a nursing background", "content_ops", "nursing"),
        ("how do i become a media buyer from a reporter job", "media_buyer", "reporter"),
    ],
)
def test_a_start_told_as_from_a_job_or_background_is_named_as_outside(engine, q, goal, words):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert words in a.lead


def test_a_shop_assistant_is_a_job_outside_ours_but_training_them_is_retail_work(engine):
    a = engine.answer("商场导购 想去做淘宝店铺运营 从哪开始")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "taobao_store_ops")
    assert "导购" in a.lead
    # (the shop assistants trained by the retail team are what is asked about, not a job held)
    assert engine.answer("那門市導購的培訓是誰在負責").topic == "retail"
    a = engine.answer(
        "我现在在手机品牌的零售团队做门店督导，天天巡店看陈列培训导购，想往trade marketing转有机会吗"
    )
    assert (a.from_id, a.to_id) == ("retail", "trade_marketing")


@pytest.mark.parametrize(
    "q, topic",
    [
        ("do taobao store operators basically not sleep during double 11", "taobao_store_ops"),
        ("is content ops nine nine six", "content_ops"),
    ],
)
def test_hours_said_in_other_words_are_the_workload_said_uncovered(engine, q, topic):
    a = engine.answer(q)
    assert (a.topic, a.aspect, a.gaps) == (topic, "workload", ["workload"])
    assert a.lead.startswith("The articles say nothing about the hours")


def test_what_the_person_lacks_asked_bare_after_a_move_is_its_skills(engine):
    a = chat(engine, "我做推广的，想转用户运营", "缺啥")
    assert (a.kind, a.from_id, a.to_id, a.aspect) == (
        "transition",
        "promotion",
        "user_ops",
        "skills",
    )


def test_a_start_outside_told_in_a_follow_up_makes_it_a_move(engine):
    a = chat(engine, "media buyer", "and how do i become one from a reporter job")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "media_buyer")
    assert "reporter" in a.lead


@pytest.mark.parametrize(
    "q, aspect",
    [("在互联网公司做市场有前途吗", "prospects"), ("在快消公司做市场累吗", "workload")],
)
def test_a_kind_of_company_where_the_work_is_done_is_no_second_subject(engine, q, aspect):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect, a.gaps) == ("role", "marketing_dept", aspect, [aspect])


@pytest.mark.parametrize(
    "move, then, goal",
    [
        ("我做推广的，想转用户运营", "转过去一般怎么考核", "user_ops"),
        ("如果要从活动转到用户运营 要准备啥", "转过去一般怎么考核", "user_ops"),
    ],
)
def test_how_the_goal_is_judged_once_there_is_the_goals_own_aspect(engine, move, then, goal):
    a = chat(engine, move, then)
    assert (a.kind, a.topic, a.aspect) == ("role", goal, "measured")
    assert a.lead.startswith("用户运营考核看")


def test_the_one_doing_the_next_thing_asked_whether_it_is_them_too(engine):
    a = chat(
        engine,
        "我們公司上週產品被爆有瑕疵，網路上一直在罵，老闆問這種事到底該哪個部門出來處理",
        "那平常盯網路負評的也是他們？",
    )
    assert (a.kind, a.topic) == ("who", "pr_dept")


def test_a_span_of_work_listed_from_one_step_to_another_is_no_move(engine):
    a = engine.answer(
        "職稱：品牌行銷經理。工作：負責單一產品線從定位、包裝、定價到上市的全流程，"
        "跟通路、研發協調，對銷量負責"
    )
    assert a.kind != "transition" and a.topic == "brand_manager"


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # where the person is now, said as a place after the goal: the start
        ("pr to brand? im in a PR team right now", "pr_dept", "brand_dept"),
        ("I work in a user ops team and want to try brand", "user_ops", "brand_dept"),
        # the start's own everyday tasks, two of them told: not outweighed by a learnt guess
        (
            "我現在每天都在跑客戶、報價、追貨款，想換跑道去做品牌，該怎麼開始",
            "sales_dept",
            "brand_dept",
        ),
    ],
)
def test_where_the_person_is_and_what_they_do_all_day_is_the_start(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_a_place_after_the_goal_is_still_where_the_goal_is_done(engine):
    a = engine.answer("I'm a photographer, want to become an editor at a new media team")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "editor")


def test_which_of_two_matters_more_weighs_them_and_says_the_articles_do_not(engine):
    a = engine.answer("推廣還是運營，哪個比較重要")
    assert (a.kind, a.aspect, a.gaps) == ("compare", "better", ["better"])
    assert a.lead.startswith("文章沒有說推廣和營運部哪個更好")
