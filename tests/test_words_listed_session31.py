"""Session 31: words of ours listed alone ("留存 转化", "拉新 促活 留存"), or asked in turn
("KV是什么？TVC又是什么？", "whats GMV and whats ROI"), are each explained (BRIEF.md: words asked
together are answered together)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("留存 转化", {"liucun", "zhuanhua"}),
        ("拉新 促活 留存", {"laxin", "cuhuo", "liucun"}),
        ("what's 拉新 促活 留存? saw all three on a KPI sheet", {"laxin", "cuhuo", "liucun"}),
        ("限免跟首发是应用商店的什么东西", {"xianmian", "shoufa"}),
        ("KV是什么？TVC又是什么？", {"kv", "tvc"}),
        ("GMV是什么？顺便ROI又是啥", {"gmv", "roi"}),
        ("whats GMV and whats ROI, they're all over my weekly report", {"gmv", "roi"}),
    ],
)
def test_each_word_asked_together_is_explained(engine, question, words):
    a = engine.answer(question)
    assert a.kind == "term"
    assert words <= set(a.topics)


def test_a_word_then_whether_another_is_the_same_stays_a_comparison(engine):
    a = engine.answer("KOC是什么？跟KOL差在哪")
    assert {"koc", "kol"} <= set(a.topics)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what's ASO, is it just SEO for apps?", {"aso", "seo"}),
        ("KOC是什么？不就是小KOL吗", {"koc", "kol"}),
    ],
)
def test_a_word_asked_then_said_to_be_merely_another_explains_both(engine, question, words):
    a = engine.answer(question)
    assert words <= set(a.topics)
