"""Session 30: banking, tax and the law are another field, answered as not covered, and a
request of another field stays so in a conversation about a job (no aspect learnt over it)."""

from __future__ import annotations

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "question",
    [
        "how can a foreigner open a bank account in Shanghai? the bank said no",
        "as a first-year grad how do I file my income tax",
        "is a 996 schedule even legal?",
        "大厂天天996合法吗",
    ],
)
def test_banking_tax_and_the_law_are_not_covered(engine, question):
    a = engine.answer(question)
    assert a.kind == "unknown" and not a.topics


def test_an_accountant_who_files_taxes_all_day_still_asks_a_move(engine):
    a = engine.answer("做了三年会计，每天做账报税，想转用户运营，能转吗")
    assert (a.kind, a.to_id) == ("transition", "user_ops")


def test_a_letter_to_write_after_a_job_is_not_an_aspect_of_that_job(engine):
    a = chat(engine, "社群運營在做什麼", "幫我寫一封辭職信 要很有禮貌那種")
    assert a.kind == "unknown"


@pytest.mark.parametrize("question", ["你是谁开发的", "who made you?"])
def test_who_made_the_bot_is_about_the_bot(engine, question):
    a = engine.answer(question)
    assert a.kind == "unknown" and not a.topics


@pytest.mark.parametrize(
    "question, words",
    [
        ("拉新 促活 留存 这几个黑话能挨个解释下吗", {"laxin", "cuhuo", "liucun"}),
        ("留存跟转化也顺便解释一下", {"liucun", "zhuanhua"}),
    ],
)
def test_words_listed_to_be_explained_are_each_explained(engine, question, words):
    a = engine.answer(question)
    assert a.kind == "term" and words <= set(a.topics)


def test_x_is_merely_y_asks_about_x(engine):
    a = engine.answer("KOC说白了就是小网红吧")
    assert a.kind in ("term", "compare") and a.topic == "koc"
