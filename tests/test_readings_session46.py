"""Session 46: a city's job market asked in so many words, the other of two named after "先说X",
the reason for moving not taken for the question, and a move chat kept by its bare follow-ups
("how", "要先会剪视频吗", "需要作品集吗", "the two")."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "q, lang",
    [
        # the market named, whichever clause asks
        ("job market for brand managers in shenzhen, how is it", "en"),
        # "how's" in the matching form is "how s"
        ("thinking about PR jobs in hangzhou. how's the market there", "en"),
        # Taiwan's 缺 is an opening; finding work asked in the next clause
        ("高雄公關的缺多嗎 好不好找", "zh-Hant"),
    ],
)
def test_a_citys_market_asked_in_so_many_words_is_said_uncovered_first(engine, q, lang):
    a = engine.answer(q)
    assert (a.aspect, "market" in a.gaps, a.lang) == ("market", True, lang)
    assert a.lead.startswith(("The articles say nothing about the job market", "文章沒有談"))
    assert "city or region" in a.lead or "城市或地區" in a.lead


def test_a_city_where_the_person_lives_is_still_no_market_asked(engine):
    a = engine.answer(
        "I teach high school English in Chengdu and I'd like to do user operations. "
        "Where would I even start?"
    )
    assert a.kind == "transition" and "market" not in a.gaps


@pytest.mark.parametrize(
    "first, then, other",
    [
        ("SEO和SEM我老分不清，先讲SEO", "另一个呢", "sem"),
        ("品牌部跟公關部，先說品牌部就好", "另一個呢", "pr_dept"),
        ("KOL vs KOC, first tell me about KOL", "and the other one?", "koc"),
    ],
)
def test_the_other_of_two_left_for_later_is_asked_next(engine, first, then, other):
    a = chat(engine, first)
    assert a.topic != other
    assert chat(engine, first, then).topic == other


@pytest.mark.parametrize(
    "q, start, goal",
    [
        ("做了两年新媒体编辑，感觉没前途，想转用户运营", None, "user_ops"),
        # (the reason's clause ends at the wish, though the matching form drops its stop)
        (
            "I've bid on baidu keywords for two years, feels like a dead end tbh. "
            "I want to get into user operations",
            "seo_sem_ops",
            "user_ops",
        ),
    ],
)
def test_the_work_felt_to_lead_nowhere_is_why_one_moves_not_what_is_asked(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.to_id) == ("transition", goal) and "prospects" not in (a.aspect, *a.gaps)
    assert start is None or a.from_id == start


def test_a_dead_end_asked_of_a_job_is_still_its_future(engine):
    a = engine.answer("is community ops a dead end job")
    assert (a.kind, a.topic, a.aspect, a.gaps) == (
        "role",
        "community_ops",
        "prospects",
        ["prospects"],
    )


def test_a_space_between_two_chinese_names_parts_them(engine):
    a = engine.answer("用户运营，内容运营出身的能做吗")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "content_ops", "user_ops")


@pytest.mark.parametrize(
    "q, goal, said",
    [
        ("I'm a nurse, could I get a community ops job?", "community_ops", "nurse"),
        ("front desk at a hotel for 3 years, want to do user operations", "user_ops", "front desk"),
        ("我在高中教历史六年了，想转内容运营", "content_ops", "老师"),
    ],
)
def test_a_move_from_a_job_outside_ours(engine, q, goal, said):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert said in a.from_words


def test_people_of_another_job_taken_on_is_a_move(engine):
    a = chat(engine, "what does a PR department do", "do they actually hire former reporters")
    assert (a.kind, a.to_id) == ("transition", "pr_dept")


def test_which_companies_hire_them_asks_the_employer(engine):
    a = engine.answer("which companies hire ex-reporters for PR the most")
    assert "company" in a.gaps


MOVE = "做了两年推广，想转新媒体运营"


@pytest.mark.parametrize(
    "then, aspect",
    [
        ("要先会剪视频吗", "skills"),
        ("需要作品集吗", "get_in"),
        ("我文笔还可以，这算优势吗", "skills"),
        ("怎么转", "get_in"),
    ],
)
def test_a_move_chat_keeps_the_move_for_what_it_takes(engine, then, aspect):
    a = chat(engine, MOVE, then)
    assert (a.kind, a.from_id, a.to_id, a.aspect) == (
        "transition",
        "promotion",
        "new_media_ops",
        aspect,
    )


def test_how_alone_after_a_move_asks_the_way(engine):
    a = chat(engine, "can ops people switch to promotion?", "how")
    assert (a.kind, a.from_id, a.to_id, a.aspect) == (
        "transition",
        "operations_dept",
        "promotion",
        "get_in",
    )
    # (after a job's card it is no move)
    assert chat(engine, "what does a media buyer do", "how?").kind != "transition"


def test_the_two_after_a_move_are_its_start_and_goal(engine):
    a = chat(
        engine,
        "I answer questions in 30 wechat groups all day. want to move to user ops",
        "what's the difference between the two anyway",
    )
    assert a.kind == "compare" and set(a.topics[:2]) == {"community_ops", "user_ops"}


def test_still_worth_learning_asks_the_future(engine):
    a = engine.answer("SEO现在还值得学吗")
    assert (a.aspect, a.gaps) == ("prospects", ["prospects"])


def test_a_text_is_linked_once_until_the_questions_are_forgotten(engine):
    q = "做了两年SEO 天天发外链写文章 想转内容运营"
    linked = engine.linker.link_full(q)
    assert engine.linker.link_full(q) is linked
    engine.forget_questions()
    again = engine.linker.link_full(q)
    assert again is not linked and again == linked


@pytest.mark.parametrize(
    "q, subject",
    [
        ("whats a trafic ops manager (流量运营)", "traffic_ops"),
        # (a run of English words is read from its start, a word before it or not)
        ("so whats a trafic ops manager (流量运营)", "traffic_ops"),
    ],
)
def test_a_chinese_name_in_brackets_glosses_the_english_before_it(engine, q, subject):
    assert engine.answer(q).topic == subject
