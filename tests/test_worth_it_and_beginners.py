"""Session 31: whether a job is worth going into, or suits a beginner, is the person's call
(BRIEF.md: `better`), said first to be something the articles leave open, then the job; a
term asked right at the end of a story ("…完全不懂H5是啥") is answered, however long the story."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("is aso ops even worth getting into?", "aso_ops"),
        ("is PR worth going into these days lol", "pr_dept"),
        ("做公关值不值啊，天天背锅", "pr_dept"),
        ("活動運營抵唔抵做？", "activity_ops"),
        ("用户运营对新人友好吗", "user_ops"),
        ("產品營運適合新鮮人嗎", "product_ops"),
        ("is the brand department a good place for a fresh grad?", "brand_dept"),
    ],
)
def test_worth_it_or_for_a_beginner_is_said_to_be_the_persons_call(engine, question, topic):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, "better")
    assert a.gaps == ["better"]


def test_a_move_into_a_job_is_still_a_move(engine):
    a = engine.answer("I do SEO now, is it worth moving into content ops?")
    assert a.kind == "transition"
    assert a.to_id == "content_ops"


def test_how_a_beginner_gets_in_is_still_the_way_in(engine):
    a = engine.answer("零基础怎么入行做产品运营")
    assert (a.topic, a.aspect) == ("product_ops", "get_in")


def test_a_term_asked_at_the_end_of_a_story_is_answered(engine):
    a = engine.answer("甲方说要做个H5，我一个实习生完全不懂H5是啥")
    assert (a.kind, a.topic) == ("term", "h5")


def test_an_arrow_to_a_question_asks_where_the_job_leads(engine):
    a = engine.answer("media buyer after 5yrs -> what next")
    assert (a.kind, a.topic, a.aspect) == ("role", "media_buyer", "leads_to")


def test_an_arrow_to_a_job_is_still_a_move(engine):
    a = engine.answer("promo -> product ops, how?")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "promotion", "product_ops")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("運營部是不是每天都在爆肝", "operations_dept"),
        ("信息流优化师是不是每天盯数据盯到半夜", "feed_ads_optimizer"),
        ("are the hours always so long for a media buyer?", "media_buyer"),
    ],
)
def test_the_hours_every_day_are_the_workload_said_uncovered(engine, question, topic):
    a = engine.answer(question)
    assert (a.topic, a.aspect) == (topic, "workload")
    assert a.gaps == ["workload"]


def test_what_one_does_every_day_is_still_the_work(engine):
    a = engine.answer("用户运营每天都做什么")
    assert (a.topic, a.aspect) == ("user_ops", "does")
