"""Session 31: a department asked whether it sits under another ("…跟市场部啥关系，是市场部底下
的吗") is asked where it sits; the job a person is said to do is what "their job" asks about,
not a word they use at it; where the openings are ("哪类公司X岗多") is which employer, which
the articles do not rate."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("网推部和市场部什么关系，网推部是市场部底下的吗", "online_promotion_dept"),
        ("新媒體部跟行銷部是什麼關係？新媒體部是在行銷部裡面嗎", "new_media_dept"),
        ("品牌部同市場部咩關係？品牌部係咪市場部下面嘅？", "brand_dept"),
    ],
)
def test_whether_one_sits_under_the_other_asks_where_it_sits(engine, question, topic):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, "sits")


def test_the_two_weighed_outright_stay_a_comparison(engine):
    a = engine.answer(
        "brand department vs marketing department - isn't brand just part of marketing?"
    )
    assert a.kind == "compare"
    assert {"brand_dept", "marketing_dept"} <= set(a.topics)


@pytest.mark.parametrize(
    "question",
    [
        "我老公做投放，成天讲ROI，他的工作到底是做什么的",
        "my husband works as a media buyer and keeps talking about CPM, what does his job even involve",
    ],
)
def test_their_job_is_the_job_they_were_said_to_do(engine, question):
    a = engine.answer(question)
    assert a.kind == "role"
    assert a.topic in ("paid_ads", "media_buyer")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("想做投放，哪类公司投放岗比较多", "paid_ads"),
        ("社群經營的職缺哪種公司比較多？", "community_ops"),
        ("what kinda companies should I apply to for store ops?", "store_ops"),
    ],
)
def test_where_the_openings_are_is_said_not_covered_first(engine, question, topic):
    a = engine.answer(question)
    assert (a.topic, a.aspect) == (topic, "company")
    assert a.gaps == ["company"]


def test_which_kind_of_company_has_the_job_is_still_answered_from_the_articles(engine):
    a = engine.answer("品牌经理一般在哪种公司")
    assert a.aspect == "kinds"
    assert not a.gaps


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("做活動運營應該去邊類公司好？", "activity_ops"),
        ("一般去什么公司做社群运营比较好", "community_ops"),
    ],
)
def test_which_kind_of_company_to_join_names_none_and_is_uncovered(engine, question, topic):
    a = engine.answer(question)
    assert (a.topic, a.aspect) == (topic, "company")
    assert a.gaps == ["company"]


def test_a_kind_of_company_named_is_answered_from_the_articles(engine):
    a = engine.answer("做品牌经理，去快消公司还是互联网公司好？")
    assert "company" not in (a.gaps or [])


def test_which_side_a_job_is_on_asks_where_it_sits(engine):
    a = engine.answer("so which side is trade marketing on, marketing or sales?")
    assert (a.topic, a.aspect) == ("trade_marketing", "sits")


def test_a_job_asked_what_it_does_before_the_ads_words_is_the_subject(engine):
    a = engine.answer("用户运营具体负责啥，招聘上写一堆什么拉新 促活 留存 看得头大")
    assert (a.kind, a.topic) == ("role", "user_ops")
