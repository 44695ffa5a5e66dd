"""Session 30: what a move takes, asked after it in Cantonese or Taiwan wording, is the move
again; a start outside ours told with the years or as a shop of one's own; a person who holds a
job is no newcomer asking where to begin; the goal told by the work wished for; "social media"
as a job."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "move, follow_up, start, goal",
    [
        ("我做PR的，想轉品牌經理", "咁要先補乜嘢？", "pr_dept", "brand_manager"),
        ("公关能转用户运营吗", "那我要先补强哪方面", "pr_dept", "user_ops"),
    ],
)
def test_what_to_catch_up_on_after_a_move_is_the_move_again(engine, move, follow_up, start, goal):
    a = chat(engine, move, follow_up)
    assert (a.kind, a.from_id, a.to_id, a.aspect) == ("transition", start, goal, "skills")


def test_getting_ready_after_a_move_is_its_way_in(engine):
    a = chat(engine, "做了两年SEM，想转内容运营，靠谱吗", "那我现在就能开始准备点啥")
    assert (a.kind, a.to_id, a.aspect) == ("transition", "content_ops", "get_in")


@pytest.mark.parametrize(
    "question, said",
    [
        (
            "我之前在保险公司做了三年销售，现在想转行做内容运营，可是完全没经验，不知道从哪开始",
            "保险销售",
        ),
        ("开了三年咖啡店，店倒了，想去互联网做用户运营", "开咖啡店"),
    ],
)
def test_a_start_outside_ours_told_with_the_years(engine, question, said):
    a = engine.answer(question)
    assert a.kind == "transition" and a.from_id is None and a.to_id
    assert said in a.text and "了三年" not in a.text


def test_one_who_holds_a_job_and_names_the_goal_is_no_newcomer(engine):
    # no experience of the goal, where to begin: still the move, not the quiz's reading
    a = engine.answer(
        "我之前在保险公司做了两年销售然后现在想转行做那个新媒体运营但是我没有任何经验也不知道从哪里开始"
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "new_media_ops")


def test_the_goal_told_by_the_work_wished_for(engine):
    a = engine.answer(
        "我在醫院當護理師三年，輪班輪到快崩潰，朋友說我很有耐心，可以去網路公司帶LINE會員群、"
        "顧社群，這條路可行嗎？"
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "community_ops")


@pytest.mark.parametrize(
    "question", ["social media是干嘛的", "what does a social media person do all day"]
)
def test_social_media_as_a_job_is_new_media_operations(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("role", "new_media_ops")


def test_the_goal_at_the_end_of_the_road_names_it_more_exactly(engine):
    a = engine.answer("做了两年抖音运营，想往品牌方向走，以后当品牌经理，该怎么规划")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "new_media_ops", "brand_manager")
    b = engine.answer("我做推广的，以后想做运营")
    assert (b.from_id, b.to_id) == ("promotion", "operations_dept")


def test_a_taiwan_salesperson_told_by_the_day_starts_from_sales(engine):
    a = engine.answer(
        "我在食品公司當業務兩年，每天跑經銷商、追貨款、幫賣場排檔期。公司行銷部最近缺人，"
        "業務轉行銷要先補哪些能力？"
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", "sales_dept", "marketing_dept")


@pytest.mark.parametrize(
    "question, said",
    [
        (
            "I work in a phone shop in Guangzhou, selling phones and setting up the displays. "
            "could I move into user ops?",
            "working in a phone shop",
        ),
        ("在商场做了三年手机导购，天天站柜台，想转用户运营", "手机导购"),
    ],
)
def test_a_shop_floor_is_a_start_outside_ours_not_the_work_told(engine, question, said):
    a = engine.answer(question)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "user_ops")
    assert said in a.text


def test_an_online_shop_is_ours(engine):
    a = engine.answer("I work at a taobao shop doing listings, could I move into user ops?")
    assert (a.from_id, a.to_id) == ("taobao_store_ops", "user_ops")


def test_the_work_one_does_named_by_its_word_is_the_start(engine):
    a = engine.answer("做了两年SEO，每天发外链改标题，想转用户运营，要先学啥")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "seo_sem_ops", "user_ops")


def test_a_job_outside_ours_said_after_the_goal_is_the_start(engine):
    a = engine.answer("天天写代码改需求，快秃了，想转内容运营，程序员转这个有戏吗")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "content_ops")
    assert "程序员" in a.text


def test_after_what_fits_a_job_suggested_is_moved_into_not_from(engine):
    a = chat(
        engine,
        "小学数学老师，教了五年，平时还帮学校运营公众号、办家长活动。想转行去互联网，我适合干啥？",
        "用户运营呢？我这种背景转过去难吗",
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "user_ops")


def test_a_goal_named_beside_what_one_can_already_do_keeps_the_start_told_before(engine):
    a = chat(
        engine,
        "I run SEM for a travel site, bidding on keywords all day. could I move into operations?",
        "thinking user ops since I already write all the ad copy anyway. how do I get there",
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", "seo_sem_ops", "user_ops")


def test_a_person_of_one_job_wasted_in_another_is_a_move(engine):
    a = engine.answer("would an activity ops person be wasted in community ops?")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "activity_ops", "community_ops")


def test_the_job_talked_about_done_for_a_while_starts_the_move(engine):
    a = chat(engine, "内容运营是做什么的", "做几年以后能转产品运营吗")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "content_ops", "product_ops")


def test_the_work_said_with_the_verb_of_doing_it_is_the_start(engine):
    a = engine.answer("毕业就进了一家公司干SEM，两年了，想转运营")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "seo_sem_ops", "operations_dept")
