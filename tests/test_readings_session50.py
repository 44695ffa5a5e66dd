"""Session 50: whether a job is still offered, asked beside a decline told ("職缺越來越少",
"or is it all AI now"), asks about the job's future, not who is hiring; with a city named it
still asks that city's market."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "q, job",
    [
        (
            "are companies still hiring brand managers, feels like openings keep shrinking",
            "brand_manager",
        ),
        ("is anyone hiring PR people anymore or is it all AI now", "pr_dept"),
        ("还有公司在招新媒体运营吗 感觉岗位越来越少了", "new_media_ops"),
        ("請問還有人在徵品牌經理嗎 還是都被砍光了", "brand_manager"),
        ("品牌部是不是每次裁员都第一批", "brand_dept"),
    ],
)
def test_openings_told_as_shrinking_ask_the_future(engine, q, job):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", job, "prospects")
    assert "prospects" in a.gaps
    assert "future" in a.lead or "前景" in a.lead


def test_a_decline_told_of_a_city_asks_its_market(engine):
    a = engine.answer("上海还有公司在招新媒体运营吗 感觉岗位越来越少了")
    assert (a.topic, a.aspect) == ("new_media_ops", "market")
    assert "行情" in a.lead


def test_still_hiring_with_no_decline_asks_the_market(engine):
    a = engine.answer("快消行业现在还招品牌经理吗")
    assert (a.topic, a.aspect) == ("brand_manager", "market")


@pytest.mark.parametrize(
    "q, goal",
    [
        (
            "I'm a 导购 at an Oppo store, I explain phone features to customers all day. could I "
            "move into new media operations?",
            "new_media_ops",
        ),
        (
            "I'm a 导购 at a Huawei store, selling phones face to face all day. Could I become a "
            "new media person for a brand?",
            "new_media_dept",
        ),
    ],
)
def test_a_shop_assistant_said_as_im_a_starts_outside(engine, q, goal):
    # ("I'm a" read where the work told after it would have named a team of ours)
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert "导购" in a.lead or "shop assistant" in a.lead


@pytest.mark.parametrize(
    "q, goal, said",
    [
        # a recruiter speaking of themselves, with a move of their own asked
        ("本人招聘HR，平时顺手管公司的公众号，想正式转去做新媒体运营", "new_media_ops", "hr"),
        (
            "I'm a recruiter at a tech company, I want to switch into PR myself. doable?",
            "pr_dept",
            "recruiter",
        ),
        # a media owner's seller of ad space
        (
            "I sell ad space for an outdoor ad company, metro screens mostly. could I become a media buyer?",
            "media_buyer",
            "ad space",
        ),
        ("在分众卖了三年广告位，想转媒介", "media_buyer", "广告位"),
    ],
)
def test_more_jobs_outside_ours_held_start_the_move(engine, q, goal, said):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert said in a.lead.lower()


def test_hr_hiring_for_the_boss_is_still_no_move(engine):
    a = engine.answer("我是HR，老板想招个新媒体运营，该问些什么")
    assert a.kind == "role" and a.topic == "new_media_ops"


@pytest.mark.parametrize(
    "told, asked, goal",
    [
        (
            "My sister is a nurse and she wants to move into marketing at a tech company.",
            "she's super organised, maybe activity ops would suit her better? how would she get in",
            "activity_ops",
        ),
        (
            "我老公在4S店卖车，想转去互联网公司做市场",
            "他口才很好，BD会不会更适合他？怎么入行",
            "bd",
        ),
    ],
)
def test_the_way_into_another_job_asked_after_a_move_keeps_the_start(engine, told, asked, goal):
    # (what is said of the person, "good with people", is no new job of theirs)
    first = engine.answer(told)
    a = engine.answer(asked, conversation=first.context)
    assert (a.kind, a.from_id, a.to_id, a.aspect) == ("transition", None, goal, "get_in")


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # back to a place, and the job there
        (
            "做trade marketing的，天天跑门店，能不能回营销中心做传播策划",
            "trade_marketing",
            "communication_planning",
        ),
        ("我在销售部干了两年，想回市场部做品牌", "sales_dept", "brand_dept"),
        # the goal's sentence, then a label: the goal is no background
        ("目标：内容运营。背景：做了两年百度竞价，文案都是自己写", "promotion", "content_ops"),
        ("想轉品牌經理。背景：目前在飲料公司跑業務，快兩年了", "sales_dept", "brand_manager"),
    ],
)
def test_more_wordings_of_a_move_read_its_ends(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.to_id) == ("transition", goal)
    assert a.from_id == start or engine.kb.entries[a.from_id].kind_of == start


def test_a_job_of_ours_before_the_job_held_is_where_it_is_done(engine):
    # (电商的客服: customer service in e-commerce, a job outside ours)
    a = engine.answer("我现在在做电商的客服，想转到商城运营那边，需要准备什么")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "store_ops")


@pytest.mark.parametrize(
    "q, job",
    [
        (
            "我在做電商的客服，老闆說下個月要把我調去做商城營運，可是我根本不知道商城營運要幹嘛",
            "store_ops",
        ),
        ("教了五年书，想正式转职，想先问内容运营主要在做什么？", "content_ops"),
    ],
)
def test_what_the_goal_does_asked_after_a_move_told_is_its_card(engine, q, job):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", job, "does")


def test_ones_own_days_told_keep_the_move(engine):
    a = engine.answer("我是護理師，每天輪三班、衛教病人、寫護理紀錄，想轉行做社群經營，可以嗎")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "community_ops")


@pytest.mark.parametrize(
    "q, job",
    [
        ("what's the promotion path for a brand manager", "brand_manager"),
        ("how fast do user ops people get a promotion", "user_ops"),
    ],
)
def test_a_promotion_at_work_is_where_a_job_leads_not_the_promotion_job(engine, q, job):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", job, "leads_to")
    assert "promotion" not in a.topics


def test_a_promotion_specialist_is_still_the_promotion_job(engine):
    assert engine.answer("what does a promotion specialist do").topic == "promotion"


@pytest.mark.parametrize(
    "q, job",
    [
        ("At a big snack brand, is e-commerce part of marketing or sales?", "ecommerce"),
        ("what does the retail team do at a cosmetics brand?", "retail"),
    ],
)
def test_a_company_told_as_a_brand_is_no_brand_department(engine, q, job):
    a = engine.answer(q)
    assert a.topic == job and "brand_dept" not in a.topics


def test_the_brand_team_of_a_brand_is_still_the_brand_department(engine):
    assert engine.answer("what does the brand team do at a snack brand").topic == "brand_dept"


def test_a_word_left_out_of_a_name_is_no_typo_of_it(engine):
    # ("brand assistant" is no "brand PR assistant" mistyped)
    a = engine.answer(
        "my daughter's title is 'brand assistant' in the 品牌部, what does that department do"
    )
    assert a.topic == "brand_dept"


def test_an_arrow_after_brackets_is_still_a_move(engine):
    a = engine.answer("新媒体运营（小红书+抖音，两年）-> 品牌部，可行吗")
    assert (a.kind, a.from_id, a.to_id) == ("transition", "new_media_ops", "brand_dept")


@pytest.mark.parametrize(
    "q, words",
    [
        ("GMV和ROI谁能解释一下", ["gmv", "roi"]),
        ("who can explain what KOC means", ["koc"]),
    ],
)
def test_someone_asked_to_explain_is_no_who_question(engine, q, words):
    a = engine.answer(q)
    assert a.kind == "term" and a.topics[: len(words)] == words


def test_who_does_a_task_is_still_who(engine):
    assert engine.answer("谁负责写新闻稿").kind == "who"


def test_which_big_firm_by_nickname_asks_which_company(engine):
    a = engine.answer("做内容运营哪个大厂最值得去？鹅厂还是猪厂")
    assert (a.topic, a.aspect) == ("content_ops", "company")
    assert "company" in a.gaps


@pytest.mark.parametrize(
    "q",
    [
        "我领导说市场是轰炸机运营是敢死队，什么意思",
        "a colleague said marketing is things and ops is people, meaning what",
    ],
)
def test_the_articles_picture_of_the_two_said_of_one_side_is_the_comparison(engine, q):
    a = engine.answer(q)
    assert a.topic == "marketing_vs_operations"
    assert {"marketing_dept", "operations_dept"} <= set(a.topics)


@pytest.mark.parametrize(
    "q, word",
    [
        ("分銷係咪即係搵人幫你賣", "fenxiao"),
        ("投流是不是就是花钱买量", "touliu"),
    ],
)
def test_a_word_then_a_guess_at_it_asks_the_word(engine, q, word):
    # (the guess is in the person's own words, not another subject)
    a = engine.answer(q)
    assert (a.kind, a.topic) == ("term", word)


def test_a_name_ending_in_a_letter_alone_takes_no_plural(engine):
    # ("a game company as 'ad ops'" holds no "company As")
    a = engine.answer("just joined a game company as 'ad ops', what is that exactly")
    assert (a.kind, a.topic) == ("role", "ad_ops")


@pytest.mark.parametrize(
    "q, job, aspect",
    [
        ("品牌經理份人工係咪好低㗎", "brand_manager", "pay"),
        ("做用戶運營，老細會睇啲咩數？", "user_ops", "measured"),
        ("高雄還有公司在徵社群小編嗎", "new_media_ops", "market"),
    ],
)
def test_hong_kong_and_taiwan_words_for_pay_numbers_and_hiring(engine, q, job, aspect):
    a = engine.answer(q)
    assert (a.topic, a.aspect) == (job, aspect)


def test_two_weighed_for_later_is_a_comparison(engine):
    a = engine.answer("內容運營跟用戶運營，哪個以後比較吃香")
    assert a.kind == "compare" and {"content_ops", "user_ops"} <= set(a.topics)
