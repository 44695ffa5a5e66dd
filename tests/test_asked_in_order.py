"""Session 15: what a message asks, read in the order it asks it, and "this job" asked of the
job a named term is the work of."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, topic, aspect",
    [
        ("媒介岗怎么入行，工资高吗", "media_buyer", "get_in"),
        ("媒介岗工资高吗，怎么入行", "media_buyer", "pay"),
    ],
)
def test_two_aspects_in_two_clauses_lead_in_their_order(engine, question, topic, aspect):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, aspect)
    assert set(a.gaps) == {"get_in", "pay"}  # both are said missing, the first asked first


def test_a_clause_that_asks_nothing_does_not_lead(engine):
    # "刚毕业" tells who asks; the question is the starting pay
    a = engine.answer("刚毕业做推广和做运营，起薪差多少？")
    assert a.kind == "compare" and a.aspect == "pay"


@pytest.mark.parametrize(
    "question, job",
    [
        ("「負責SEO優化，提升自然搜尋排名」這份工作是在做什麼，需要會寫程式嗎", "seo_sem_ops"),
        ("this job does ASO all day, what does this job actually involve", "aso_ops"),
    ],
)
def test_this_job_after_a_term_is_the_terms_job(engine, question, job):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("role", job)
