"""Session 26: wordings of fresh24-28 that earlier versions misread, asked here in words of our
own: sales of another trade told with where it is done, names typed by a near sound, arrows,
hours, follow-ups in Taiwan and Hong Kong words, the side of two pointed at by a word of its
name, and a forum's call for people of a field opening a message."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "question, goal",
    [
        (
            "我在車行當業務五年，每天帶客人試乘、追名單，想轉去做行銷企劃，有機會嗎",
            "marketing_planning_dept",
        ),
        ("在保险公司跑业务两年，天天见客户，想转去做BD可以吗", "bd"),
        ("我喺門市做 sales 做咗兩年，日日企舖，想轉做電商得唔得", "ecommerce"),
        ("我在補習班當導師三年，每天顧家長群，想轉去做社群運營", "community_ops"),
        (
            "i teach maths at a primary school and run the parents' group chat. could i move into user ops?",
            "user_ops",
        ),
    ],
)
def test_sales_or_teaching_of_another_trade_is_a_start_outside_ours(engine, question, goal):
    a = engine.answer(question)
    assert a.kind == "transition" and a.to_id == goal
    assert a.from_id is None  # a car dealer's salesperson is no sales department of ours


def test_sales_in_ones_own_company_still_starts_from_the_sales_department(engine):
    a = engine.answer("我在公司销售部做了三年业务，想转市场部")
    assert (a.from_id, a.to_id) == ("sales_dept", "marketing_dept")


def test_a_name_typed_by_a_near_sound_is_found_where_the_sound_names_nothing_else(engine):
    a = engine.answer("什么是留纯率")  # 留存 typed as chun, not cun
    assert a.kind == "term" and a.topic == "liucun"
    assert engine.answer("市常部到底是干嘛的").topic == "marketing_dept"  # (the same sound)


@pytest.mark.parametrize("arrow", [">>", "->", "→", "=>"])
def test_an_arrow_of_any_kind_says_a_move(engine, arrow):
    a = engine.answer(f"PR {arrow} brand manager, realistic?")
    assert a.kind == "transition" and (a.from_id, a.to_id) == ("pr_dept", "brand_manager")


@pytest.mark.parametrize(
    "question, topic",
    [
        ("does brand management mean working till midnight before launches?", "brand_manager"),
        ("is activity ops insane during 618? like all-nighters insane?", "activity_ops"),
    ],
)
def test_hours_in_new_words_are_said_to_be_uncovered(engine, question, topic):
    a = engine.answer(question)
    assert a.topic == topic and a.aspect == "workload" and a.gaps == ["workload"]


@pytest.mark.parametrize("follow_up", ["用戶營運咧", "用戶運營又點", "用户运营呢"])
def test_the_next_goal_of_a_move_keeps_its_start_in_every_wording(engine, follow_up):
    a = chat(engine, "我做推广，能转内容运营吗", follow_up)
    assert a.kind == "transition" and (a.from_id, a.to_id) == ("promotion", "user_ops")


def test_a_follow_up_pointing_at_a_words_people_asks_who_deals_with_them(engine):
    a = chat(engine, "what's a KOL", "who deals with them at a skincare brand?")
    assert a.kind == "who" and a.topic == "new_media_dept"
    a = chat(engine, "KOC是什么", "这些人一般是公司里哪个部门去对接？")
    assert a.kind == "who" and "brand_dept" not in a.topics[:1]


@pytest.mark.parametrize(
    "follow_up", ["推廣那個每天具體在幹嘛", "and what does the promotion one do all day"]
)
def test_one_side_of_two_named_by_a_word_of_its_name(engine, follow_up):
    a = chat(engine, "website operations vs website promotion?", follow_up)
    assert a.kind == "role" and a.topic == "website_promotion"


def test_a_word_of_a_job_pointed_at_without_two_weighed_is_that_job(engine):
    assert chat(engine, "推广那个每天干嘛").topic == "promotion"


@pytest.mark.parametrize(
    "question, topic",
    [
        ("有冇巴打做開 marketing？想問公關部平時做咩", "pr_dept"),
        ("有没有做品牌的朋友？想问下媒介岗每天干嘛", "media_buyer"),
        ("any PR people here? what do you actually do all day", "pr_dept"),
    ],
)
def test_a_call_for_people_of_a_field_is_no_question_of_its_own(engine, question, topic):
    a = engine.answer(question)
    assert a.kind == "role" and a.topic == topic


def test_a_call_that_asks_a_move_is_still_read_whole(engine):
    a = engine.answer("有没有做销售转过来做运营的？想听听经验")
    assert a.kind == "transition" and (a.from_id, a.to_id) == ("sales_dept", "operations_dept")


def test_a_follow_up_the_patterns_and_the_learnt_aspect_agree_on_asks_the_subject(engine):
    a = chat(
        engine, "想問吓大公司啲media buyer日常做咩？", "佢哋係咪要好識同供應商傾價？仲要識啲咩"
    )
    assert a.topic == "media_buyer" and a.aspect == "skills"
