"""Session 30: a job said at a kind of company, in the words people use for where ("快消里",
"在快消公司，", "喺快消"), is what is asked; the company is where (BRIEF.md: a department at a kind
of company is the department)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "在快消公司，品牌经理是不是最有话语权的",
        "快消里为什么都说品牌经理是产品的爸妈",
        "品牌經理喺快消公司係咪最大話事權",
    ],
)
def test_a_job_at_a_kind_of_company_is_the_job(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("role", "brand_manager")


def test_how_a_kind_of_company_arranges_a_department_is_the_company(engine):
    a = engine.answer("快消公司的市场部是怎么分的")
    assert (a.kind, a.topic) == ("org", "fmcg_company")


def test_whether_a_job_counts_as_operations_asks_where_it_sits(engine):
    a = engine.answer("网站编辑在电商公司算运营吗")
    assert (a.kind, a.topic, a.aspect) == ("role", "editor", "sits")


def test_is_the_job_just_errands_asks_what_it_does(engine):
    a = engine.answer("传播优化这个岗，说白了是不是就是打杂的")
    assert (a.kind, a.topic, a.aspect) == ("role", "campaign_execution", "does")


@pytest.mark.parametrize(
    "question",
    [
        "so who carries the revenue target, marketing or the channel team?",
        "at an FMCG company who owns the sales number, brand or the channel people?",
        "快消公司里这两个数字是谁来背的",
    ],
)
def test_whose_number_it_is_asks_how_the_kpis_are_split(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("concept", "kpi_split")
