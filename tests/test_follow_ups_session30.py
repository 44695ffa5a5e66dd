"""Session 30: follow-ups that point back in Cantonese ("佢係咪屬於…") or narrow the last
question to a kind of company ("in fmcg specifically")."""

from __future__ import annotations

from tests.talk import chat


def test_cantonese_it_belongs_asks_where_the_last_job_sits(engine):
    a = chat(engine, "SEO運營做咩㗎", "佢係咪屬於marketing team？")
    assert (a.kind, a.topic, a.aspect) == ("role", "seo_sem_ops", "sits")


def test_a_kind_of_company_specifically_asks_the_same_job_there(engine):
    a = chat(engine, "what does a brand manager do", "at an fmcg company specifically")
    assert (a.kind, a.topic) == ("role", "brand_manager")


def test_the_day_after_a_move_is_the_work_of_the_job_moved_into(engine):
    a = chat(engine, "做了五年记者，想转公关，可行吗", "转过去以后每天都干些什么")
    assert (a.kind, a.topic, a.aspect) == ("role", "pr_dept", "does")
