"""Session 45: a move chat goes on to the next job named bare ("那SEO呢", "咁做媒介採購呢？",
"what about trade marketing, is that closer to what I already do"), from the same start; the
work named with its verb ("在做seo") is the start; a comparison asked bare after an aspect is
weighed by that aspect."""

from __future__ import annotations

import pytest

from knowledge.engine.linker import match_form
from knowledge.engine.understand.aspects import aspects_of
from tests.talk import chat

SALES_TO_MARKETING = (
    "I'm in the sales department of a phone brand, I deal with distributors and chain stores "
    "every day. I want to move into marketing. How?"
)


@pytest.mark.parametrize(
    "first, then, start, goal, lang",
    [
        (
            SALES_TO_MARKETING,
            "what about trade marketing, is that closer to what I already do",
            "sales_dept",
            "trade_marketing",
            "en",
        ),
        # a field named after its job ("SEO": the SEO specialist), from a start outside ours
        (
            "後端工程師想轉行銷，每天都在寫API跟修bug，有機會嗎",
            "那SEO呢 我蠻懂網站架構的",
            None,
            "seo_sem_ops",
            "zh-Hant",
        ),
        # Hong Kong 咁, as 那 goes on from the last question
        (
            "我係會計，日日做數對單，但好想試吓marketing",
            "咁做媒介採購呢？成日都要睇budget，好似啱我",
            None,
            "media_buyer",
            "zh-Hant",
        ),
    ],
)
def test_a_move_chat_goes_on_to_the_next_job_named(engine, first, then, start, goal, lang):
    assert engine.answer(then).kind != "transition"  # (alone, it asks what the job is)
    a = chat(engine, first, then)
    assert (a.kind, a.from_id, a.to_id, a.lang) == ("transition", start, goal, lang)


def test_the_next_question_of_the_move_keeps_the_goal_gone_on_to(engine):
    a = chat(
        engine,
        "後端工程師想轉行銷，每天都在寫API跟修bug，有機會嗎",
        "那SEO呢 我蠻懂網站架構的",
        "要先學什麼",
    )
    assert (a.kind, a.to_id) == ("transition", "seo_sem_ops")


def test_a_word_no_job_is_named_after_does_not_go_on_moving(engine):
    # KOC is a word new media people use, not a job's name: asked, it is the word
    a = chat(engine, "後端工程師想轉行銷，每天都在寫API跟修bug，有機會嗎", "那KOC呢")
    assert (a.kind, a.topic) == ("term", "koc")


def test_the_work_said_with_its_verb_is_the_start(engine):
    a = engine.answer("现在在做seo每天发外链写伪原创 想换个方向做用户运营")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "seo_sem_ops", "user_ops")


def test_whether_one_word_is_another_after_who_asks_the_word(engine):
    a = chat(engine, "門市陳列同培訓啲 promoter，通常邊個負責？", "咁導購係咪即係 promoter？")
    assert (a.kind, a.topic) == ("term", "daogou")


@pytest.mark.parametrize(
    "before, aspect",
    [("會很常加班嗎", "workload"), ("公關怎麼考核", "measured")],
)
def test_a_comparison_asked_bare_is_weighed_by_the_aspect_before(engine, before, aspect):
    a = chat(engine, "公關是做什麼的", before, "那跟品牌部比呢")
    assert (a.kind, a.topics[:2], a.aspect) == ("compare", ["pr_dept", "brand_dept"], aspect)
    if aspect == "workload":
        assert a.gaps == ["workload"]  # the articles say nothing of hours: said first


def test_the_difference_asked_bare_is_the_whole_comparison(engine):
    a = chat(engine, "公關是做什麼的", "會很常加班嗎", "那跟品牌部有什麼差別")
    assert (a.kind, a.aspect) == ("compare", None)


@pytest.mark.parametrize(
    "q, aspect",
    [
        ("is the brand team at FMCG companies overworked? heard horror stories", "workload"),
        ("新人入行 投放和内容运营哪个更合适", "better"),
    ],
)
def test_more_words_for_an_aspect_the_articles_leave_open(engine, q, aspect):
    a = engine.answer(q)
    assert a.aspect == aspect and aspect in a.gaps


def test_a_move_from_outside_into_the_job_pointed_at(engine):
    # "轉去做呢份": to do this one, the job the chat was about; "得唔得" only weighs the move
    a = chat(
        engine,
        "JD：負責策劃平台節日推廣活動、協調資源、跟進活動執行同埋事後效果評估。請問係咩職位",
        "咁呢個職位睇咩KPI",
        "我而家喺酒店做event coordinator，轉去做呢份得唔得",
    )
    assert (a.kind, a.from_id, a.to_id, a.lang) == ("transition", None, "activity_ops", "zh-Hant")


def test_from_my_current_one_is_the_start_told(engine):
    a = chat(
        engine,
        "我現在每天都在寫部落格文章、研究關鍵字排名、改網站結構，做了三年，想換跑道做內容營運",
        "其實產品營運我也有興趣，從我現在這個轉過去呢",
    )
    assert (a.kind, a.from_id, a.to_id) == ("transition", "seo_sem_ops", "product_ops")


@pytest.mark.parametrize(
    "q",
    [
        "我喺trade marketing做咗兩年，想轉去marketing planning果邊",
        "我在trade marketing做了两年，想转去市场策划那边",
    ],
)
def test_a_word_that_is_a_jobs_other_name_is_no_workplace(engine, q):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == (
        "transition",
        "trade_marketing",
        "marketing_planning_dept",
    )


@pytest.mark.parametrize(
    "q, word",
    [
        ("trade marketing中文叫什麼 在做什麼", "trade_marketing_term"),
        ("what's KOL called in Chinese?", "kol"),
    ],
)
def test_a_words_name_in_the_other_tongue_asks_the_word(engine, q, word):
    a = engine.answer(q)
    assert (a.kind, a.topic) == ("term", word)


@pytest.mark.parametrize(
    "q, aspect",
    [
        ("what would she have to learn to make that move work?", "skills"),
        ("咁我要準備啲咩先？", "get_in"),
        ("won't AI just replace it? the platforms already auto-bid", "prospects"),
        ("AI會不會取代小編", "prospects"),
        ("咁入門大概幾多錢一個月", "pay"),
    ],
)
def test_more_everyday_words_for_an_aspect(q, aspect):
    assert aspect in aspects_of(match_form(q))


def test_entry_pay_asked_after_the_pay_comparison_stays_on_pay(engine):
    a = chat(engine, "做推廣同做運營，邊個人工高啲？", "咁入門大概幾多錢一個月")
    assert (a.kind, a.aspect, a.topic) == ("compare", "pay", "promotion_vs_operations")
    assert a.gaps == []  # the articles compare the two's pay at entry level


@pytest.mark.parametrize(
    "q, goal",
    [
        ("保险销售干了三年，想去互联网公司做用户运营，有没有可能？", "user_ops"),
        (
            "我在房仲當業務，每天帶看、發傳單，還自己經營FB粉專找客戶。這樣可以去當小編嗎",
            "new_media_ops",
        ),
    ],
)
def test_a_word_of_ours_inside_a_job_outside_ours_is_no_start(engine, q, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert a.from_words  # the job held, in the person's words, said first


def test_a_company_sales_department_is_still_ours(engine):
    a = engine.answer("我在手机公司销售部做了三年，想转用户运营")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "sales_dept", "user_ops")
