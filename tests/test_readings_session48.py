"""Session 48: a move's ends read from more wordings (a bare field wished for or worked in, the
words right before an arrow, a move as a heading, a narrower job said as the person's own),
hours asked as hard or easy, and kinds of company weighed one against the other."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # a bare field after a verb of moving is the job of that field
        ("做了三年SEM，想换个方向去做内容", "seo_sem_ops", "content_ops"),
        ("SEM仔想转做内容 有没有得搞", "seo_sem_ops", "content_ops"),
        # ... and the field one works in, in English inside Chinese
        ("做咗兩年content，想轉去做user ops", "content_ops", "user_ops"),
        ("返工做緊 event，想轉做 PR 得唔得", "activity_ops", "pr_dept"),
        ("should I switch from brand to community?", "brand_dept", "community_ops"),
        # a move said as a heading, then asked about
        (
            "From content ops to the PR team. Anyone done it? What did it take?",
            "content_ops",
            "pr_dept",
        ),
        # a job of the start's own kind, in brackets or said as the person's own
        ("I'm in ops (mostly user ops) and want to try promotion", "user_ops", "promotion"),
        (
            "can ops people move to promotion? I'm doing content ops at an app",
            "content_ops",
            "promotion",
        ),
        (
            "I'm an activity operations specialist, could I move into brand?",
            "activity_ops",
            "brand_dept",
        ),
    ],
)
def test_the_ends_of_a_move_are_read_from_more_wordings(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_the_wider_route_is_still_said_when_the_start_is_narrower(engine):
    a = engine.answer("I'm in ops (mostly user ops) and want to try promotion")
    assert "wider move" in a.lead and "Operations department" in a.lead


def test_a_field_said_without_a_verb_of_moving_is_no_goal(engine):
    # (the field must follow a verb of moving, not any 做)
    a = engine.answer("今天老板让我做内容排期")
    assert a.kind != "transition"


@pytest.mark.parametrize(
    "q, words",
    [
        ("is it common to go teacher -> user ops", "teacher"),
        (
            "backend dev, 3 yrs. thinking about user ops. do people actually go dev -> ops?",
            "backend dev",
        ),
    ],
)
def test_the_start_before_an_arrow_is_the_words_right_before_it(engine, q, words):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "user_ops")
    assert f"cover {words} as a starting point" in a.lead
    assert "people actually" not in a.lead and "common" not in a.lead


def test_an_arrow_after_how_long_is_no_start(engine):
    a = engine.answer("media buyer after 5yrs -> what next")
    assert (a.kind, a.topic, a.aspect) == ("role", "media_buyer", "leads_to")


@pytest.mark.parametrize(
    "q, topic",
    [
        ("is PR lots of weekend work or pretty chill?", "pr_dept"),
        ("做推广轻松吗", "promotion"),
        ("新媒体运营是不是很清闲", "new_media_ops"),
    ],
)
def test_hours_asked_as_hard_or_easy_are_said_uncovered_first(engine, q, topic):
    a = engine.answer(q)
    assert (a.topic, a.aspect, a.gaps) == (topic, "workload", ["workload"])


@pytest.mark.parametrize(
    "q, topic",
    [
        ("for content ops, better to join a big company or a startup?", "content_ops"),
        ("For a media buyer, better to join a 4A agency or go in-house at a brand?", "media_buyer"),
        ("想做品牌 去大公司定細公司好", "brand_dept"),
        (
            "for starting out in PR, should I join an agency or go in-house at a big tech co?",
            "pr_dept",
        ),
    ],
)
def test_kinds_of_company_weighed_for_a_job_ask_which_to_join(engine, q, topic):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect, a.gaps) == ("role", topic, "company", ["company"])


def test_in_house_is_no_job_weighed(engine):
    a = engine.answer("is it better to do PR at an agency or in-house")
    assert "house" not in a.lead.replace("in-house", "")


@pytest.mark.parametrize(
    "q, topic",
    [
        ("应届生怎么进公关部啊 我是新闻专业的 没有实习也没有人脉", "pr_dept"),
        ("im a junior in college majoring in english, how do i get a PR internship", "pr_dept"),
    ],
)
def test_a_newcomers_story_around_the_way_in_is_no_other_subject(engine, q, topic):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, "get_in")


@pytest.mark.parametrize(
    "q, topic",
    [("is BD part of the sales department", "bd"), ("is SEO part of promotion", "seo_sem_ops")],
)
def test_part_of_a_department_asks_where_it_sits(engine, q, topic):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, "sits")


def test_a_term_named_after_a_job_asked_where_it_sits_is_that_job_asked_the_same(engine):
    a = chat(engine, "which side is GTM on", "and trade marketing?")
    assert (a.kind, a.topic, a.aspect) == ("role", "trade_marketing", "sits")


def test_a_narrower_start_said_in_brackets_keeps_the_wider_move_in_the_topics(engine):
    a = engine.answer("做了三年推广（主要是SEM），想转内容运营")
    assert (a.from_id, a.to_id) == ("seo_sem_ops", "content_ops")
    assert "promotion" in a.topics


@pytest.mark.parametrize(
    "q", ["做公關要去哪種公司比較好？agency還是品牌端", "做PR去agency好还是去甲方好"]
)
def test_an_agency_weighed_as_where_to_do_a_job_is_no_side_of_a_comparison(engine, q):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect, a.gaps) == ("role", "pr_dept", "company", ["company"])
    assert "甲方" not in a.lead


def test_a_job_and_an_agency_asked_apart_are_still_compared(engine):
    assert engine.answer("PR和agency有什么区别").kind == "compare"


def test_the_two_goals_weighed_after_a_move_chat_are_both_weighed(engine):
    a = chat(
        engine,
        "I'm in promotion right now, mostly SEM. I want to move into user operations",
        "what about product ops instead?",
        "which of the two is easier to get into tbh",
    )
    assert (a.kind, a.topics[:2], a.aspect) == ("compare", ["user_ops", "product_ops"], "better")
    assert a.gaps == ["better"]


@pytest.mark.parametrize(
    "q, start, goal",
    [
        ("i work in the brand team, could i move into PR?", "brand_dept", "pr_dept"),
        ("pr to brand? im in a PR team right now", "pr_dept", "brand_dept"),
    ],
)
def test_a_team_said_as_where_the_person_is_is_the_start(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_a_goal_said_as_the_team_it_is_done_in_stays_the_goal(engine):
    a = engine.answer("I'm a photographer, want to become an editor at a new media team")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "editor")


def test_how_the_two_ends_of_a_move_differ_day_to_day_compares_them(engine):
    a = chat(engine, "can a 社群运营 become a 活动运营?", "whats actually different day to day")
    assert (a.kind, a.topics[:2]) == ("compare", ["community_ops", "activity_ops"])
    # (the day in the job moved into, asked alone, is still that job's)
    b = chat(engine, "我想从推广转用户运营", "转过去每天会做什么")
    assert (b.kind, b.topic, b.aspect) == ("role", "user_ops", "does")


def test_levelling_up_asks_where_the_job_leads(engine):
    assert engine.answer("how do i level up from user ops").aspect == "leads_to"


def test_a_job_done_in_the_department_named_first_is_the_start_more_exactly(engine):
    a = engine.answer("做新媒体的，主要是新媒体运营，想转品牌")
    assert (a.from_id, a.to_id) == ("new_media_ops", "brand_dept")
    # (a department is no narrower start than the job done in it)
    b = engine.answer("新媒体运营，也算新媒体部的人吧，想转品牌")
    assert (b.from_id, b.to_id) == ("new_media_ops", "brand_dept")
