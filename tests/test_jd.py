"""Job descriptions: recognised as such (and questions never are), read as the right job."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knowledge.engine.careers.jd import is_job_description, read_jd
from knowledge.engine.careers.skills import SkillBook

EVAL = Path(__file__).parent / "eval"
JDS = yaml.safe_load((EVAL / "jds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def book(kb_dir) -> SkillBook:
    return SkillBook.open(kb_dir / "knowledge.db")


def test_the_set_is_varied_enough():
    assert len(JDS) >= 30
    assert {j["lang"] for j in JDS} == {"en", "zh-Hans", "zh-Hant"}
    assert len({j["job"] for j in JDS}) >= 25
    assert min(len(j["text"]) for j in JDS) < 200 and max(len(j["text"]) for j in JDS) > 1500


def test_every_job_description_is_recognised():
    missed = [j["id"] for j in JDS if not is_job_description(j["text"])]
    assert missed == []


@pytest.mark.parametrize("name", ["questions.yaml", "holdout.yaml", "blind.yaml"])
def test_no_question_is_taken_for_a_job_description(name):
    questions = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
    taken = [q["q"] for q in questions if is_job_description(q["q"])]
    assert taken == []


@pytest.mark.parametrize(
    "text",
    [
        "I like writing and talking to people and I am good at organising things, I studied "
        "journalism for four years and did an internship at a newspaper, which department fits "
        "me best, brand, PR or new media? I would also like to know what the pay is like.",
        "1. what is KOL\n2. what is KOC\n3. what is 种草\n4. and what does a media buyer do all day?",
        "我本科学的是市场营销，有两年新媒体运营经验，负责过公众号和小红书，现在想转去做品牌，"
        "请问需要补哪些能力？品牌部的工作到底负责什么？要不要先去广告公司待几年？",
        "",
        "岗位职责:负责线上商城搭建、商品品类管理、上下架及促销策略制定。请问这是什么岗",
    ],
)
def test_long_questions_are_not_job_descriptions(text):
    assert not is_job_description(text)


def test_the_right_job_comes_first_for_nine_in_ten(book):
    right = sum(read_jd(book, j["text"]).job.id == j["job"] for j in JDS)
    assert right >= 0.9 * len(JDS)
    for lang in ("en", "zh-Hans", "zh-Hant"):
        subset = [j for j in JDS if j["lang"] == lang]
        assert sum(read_jd(book, j["text"]).job.id == j["job"] for j in subset) >= 0.8 * len(subset)


def test_a_reading_explains_the_work_the_jargon_and_the_kpis(book):
    text = (
        "品牌营销经理\n岗位职责：\n1. 负责新品KV和TVC的创意审核；\n2. 在小红书找KOC种草，"
        "配合投流拉新；\n3. 负责应用商店ASO；\n4. 对GMV和ROI负责。\n任职要求：3年以上经验。"
    )
    assert is_job_description(text)
    reading = read_jd(book, text)
    for term in ("kv", "tvc", "koc", "zhongcao", "touliu", "laxin", "aso", "gmv", "roi"):
        assert term in reading.terms, term
    assert reading.main_work and reading.measured_by["en"] and reading.measured_by["zh"]
    assert 0 <= reading.confidence <= 1 and reading.sure in ("sure", "likely", "unsure")
    assert reading.title == "品牌营销经理"


def test_runner_up_is_given_when_close(book):
    ad = next(j for j in JDS if j["id"] == "jd_feed_ads_en")["text"]
    reading = read_jd(book, ad)
    ids = [reading.job.id] + [c.job.id for c in reading.alternatives]
    assert "feed_ads_optimizer" in ids[:2]
    vague = read_jd(
        book, "We are hiring!\n- social media posts\n- events and fan giveaways\n- data analysis"
    )
    assert vague.runner_up is not None and vague.sure != "sure"


def test_any_text_gives_a_reading_without_crashing(book):
    for text in ("", "hello", "🙂" * 500, "a" * 20000, "岗位职责\n" * 300):
        reading = read_jd(book, text)
        assert reading.job.id in book.jobs


@pytest.mark.parametrize(
    "lang, words",
    [
        ("en", ["This reads like", "Jargon in it"]),
        ("zh-Hans", ["对应的岗位", "行话"]),
        ("zh-Hant", ["對應的崗位", "行話"]),
    ],
)
def test_a_reading_renders_in_three_scripts(book, lang, words):
    from knowledge.engine.careers.jd import render_jd

    ad = next(j for j in JDS if j["id"] == "jd_aso_ops_zh")["text"]
    text = render_jd(book, read_jd(book, ad), lang)
    assert all(w in text for w in words), text


def test_a_message_that_is_only_a_quoted_line_of_duties_is_an_ad(engine):
    a = engine.answer("“负责舆情监测分析、传播渠道运营及内容管理、危机公关体系建设”")
    assert (a.kind, a.topic) == ("who", "pr_dept")
    # A quoted remark is no ad.
    assert engine.answer("“我觉得运营很难做”").kind != "who"


def test_asking_for_the_title_frames_a_quote_as_an_ad(engine):
    a = engine.answer(
        '"Translate technical specs into selling points ordinary consumers understand" — '
        "what's the title for this?"
    )
    assert (a.kind, a.topic) == ("who", "product_planning")


def test_a_line_of_duties_labelled_as_such_is_an_ad(engine):
    a = engine.answer("职责：负责品牌定位、VI规范维护，管理广告代理公司产出KV和TVC")
    assert (a.kind, a.topic) == ("who", "brand_dept")
    a = engine.answer("工作內容：負責門市陳列規劃、新品促銷活動、店員教育訓練")
    assert (a.kind, a.topic) == ("who", "retail")
    # asking what a job's duties are is no ad
    assert engine.answer("品牌经理的职责是什么").topic == "brand_manager"
