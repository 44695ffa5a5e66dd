"""Session 31: the job a person (or the one they ask for) was told to do in one message is
where a move asked in a later message starts: "我在品牌部，主要做…" then "如果想转去做产品企划会
很难吗"; "my wife runs her company's WeChat account…" then "she's thinking of moving into PR";
"I'm in the sales department…" then "any chance to get into the GTM team from there?". A message
telling the work names the job told as done, not the last word of the work."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("told", "topic"),
    [
        ("我做用户运营，每天盯留存、活跃，还要做用户分层", "user_ops"),
        ("我在品牌部，平时主要审KV、维护VIS规范", "brand_dept"),
        ("我目前是廣告投手，每天在後台調預算、看ROAS", "paid_ads"),
    ],
)
def test_the_work_told_names_the_job_told_as_done(engine, told, topic):
    a = engine.answer(told)
    assert (a.kind, a.topic) == ("role", topic)


@pytest.mark.parametrize(
    ("told", "move", "start", "goal"),
    [
        (
            "我在品牌部，平时主要审KV、维护VIS规范",
            "如果想转去做产品策划会很难吗",
            "brand_dept",
            "product_planning",
        ),
        (
            "My wife runs her company's WeChat official account and Weibo and replies to fans."
            " What's her job called?",
            "she's thinking of moving into PR next year, is that realistic?",
            "new_media_ops",
            "pr_dept",
        ),
        (
            "I'm in the sales department of a phone maker, pushing sell-in targets with carriers",
            "any chance to get into the GTM team from there?",
            "sales_dept",
            "gtm_team",
        ),
    ],
)
def test_a_move_asked_later_starts_from_the_job_told(engine, told, move, start, goal):
    a = chat(engine, told, move)
    assert a.kind == "transition"
    assert (a.from_id, a.to_id) == (start, goal)


def test_a_move_with_no_job_told_before_has_no_start(engine):
    a = chat(engine, "what does a brand manager do?", "is it realistic to move into PR?")
    assert a.kind == "transition"
    assert a.from_id is None


def test_a_fit_story_from_a_job_the_articles_move_from_leads_with_that_move(engine):
    """The articles describe the move from traditional media into PR: a former reporter asking
    what fits is shown PR first, said to be that move, whatever else the story reads as."""
    a = engine.answer("I was a reporter for five years, I write fast and keep calm. what fits me?")
    assert a.kind == "fit" and a.topics[0] == "pr_dept"
    assert "reporter" in a.bullets[0]


def test_the_work_told_in_its_words_is_the_job_that_does_it(engine):
    a = engine.answer("I handle app store stuff: ASO, uploading builds, begging for featured slots")
    assert (a.kind, a.topic) == ("role", "aso_ops")


def test_explain_like_im_five_asks_the_word(engine):
    a = engine.answer("explain 'zhongcao' to me like I'm five")
    assert (a.kind, a.topic) == ("term", "zhongcao")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("what does a BD person do at an app company?", "bd"),
        ("what would an SEO person do day to day", "seo_sem_ops"),
    ],
)
def test_the_person_who_does_a_word_is_its_job(engine, question, topic):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("role", topic)


def test_what_a_teams_word_does_is_what_the_team_does(engine):
    a = engine.answer("陆军里那个GTM具体是干嘛的")
    assert (a.kind, a.topic) == ("role", "gtm_team")
    assert engine.answer("GTM是什么意思").topic == "gtm"  # what the word means
    assert engine.answer("SEO是干嘛的").kind == "term"  # the work's word: what the work is


def test_the_job_an_employer_is_hiring_for_is_the_goal(engine):
    a = engine.answer(
        "I'm a nurse, 7 yrs in ICU, explaining things to families all day. A health app is"
        " hiring for user ops. Could someone like me make that switch?"
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "user_ops")


def test_is_it_more_of_one_role_or_another_asks_where_it_sits(engine):
    ctx = engine.answer("what does a user ops person do").context
    a = engine.answer("is it more of an ops role or a marketing one", conversation=ctx)
    assert (a.topic, a.aspect) == ("user_ops", "sits")


def test_wanting_to_go_to_a_field_is_a_move(engine):
    a = engine.answer("网站编辑 天天改稿发稿 想去公关 要准备啥")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "editor", "pr_dept")
    assert engine.answer("想去北京玩几天").kind != "transition"
