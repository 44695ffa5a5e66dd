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


def test_what_one_grows_into_is_where_the_job_leads(engine):
    a = chat(
        engine,
        "what does a new media operator do",
        "and what could she grow into after a few years?",
    )
    assert (a.topic, a.aspect) == ("new_media_ops", "leads_to")


def test_cantonese_how_to_prepare_to_get_in_is_the_way_in(engine):
    a = chat(engine, "marketing做咩㗎", "咁佢而家應該點準備先入到行")
    assert (a.topic, a.aspect) == ("marketing_dept", "get_in")


def test_which_of_two_has_more_room_to_grow_asks_their_prospects(engine):
    a = engine.answer("品牌和公關，哪個比較有發展性？")
    assert (a.kind, a.aspect) == ("compare", "prospects") and a.gaps


def test_which_of_two_is_less_hard_weighs_both_by_workload(engine):
    a = engine.answer("公關同新媒體邊個冇咁辛苦？")
    assert (a.kind, a.aspect) == ("compare", "workload") and len(a.topics) >= 2


def test_getting_on_with_the_government_is_government_relations_which_pr_handles(engine):
    a = engine.answer("公司想跟政府部门打好关系，这种事一般谁负责？")
    assert (a.kind, a.topic) == ("who", "pr_dept")
