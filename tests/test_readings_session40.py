"""Session 40: readings mended by class after the tuned sets' misses were read again. A part of
the idea or case just told, asked about ("里面哪部分算用户运营", "where's the user ops bit in that
story"), is still that idea, while a word of it is explained on its own; words listed beside
the one asked are each explained ("留存 and 转化 too pls"); the three words 营销, 运营 and 市场
listed in any order are weighed as the trio; "which is easier to get hired into" weighs two;
what a hirer looks for is the skills; "is that normal?" after the pay told asks of the pay."""

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("turns", "idea"),
    [
        (("生财日历那个案例讲的是啥", "里面哪一步算用户运营"), "shengcai_calendar_case"),
        (("生財日曆那個案例到底在講什麼", "所以它的營運重點在哪"), "shengcai_calendar_case"),
        (
            ("what was the 生财日历 case about", "where's the content ops part in that story"),
            "shengcai_calendar_case",
        ),
        (("what's the 9+1 thing in brand marketing", "ok and the +1 part?"), "brand_9plus1"),
        (("听说品牌营销有个9+1的说法，是啥", "里面那个讲故事怎么理解"), "brand_9plus1"),
    ],
)
def test_a_part_of_the_idea_just_told_is_still_that_idea(engine, turns, idea):
    answer = chat(engine, *turns)
    assert (answer.kind, answer.topic) == ("concept", idea)
    assert answer.confidence >= 0.5


@pytest.mark.parametrize(
    ("turns", "word"),
    [
        (("生财日历那个案例讲的是啥", "里面说的分销是什么意思"), "fenxiao"),
        (("what was the 生财日历 case about", "what does 分销 mean in that story"), "fenxiao"),
    ],
)
def test_a_word_of_the_idea_is_explained_on_its_own(engine, turns, word):
    answer = chat(engine, *turns)
    assert (answer.kind, answer.topic) == ("term", word)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("首发 and 限免 in app store speak?", ["shoufa", "xianmian"]),
        ("everyone at work says laxin cuhuo liucun. help", ["laxin", "cuhuo", "liucun"]),
    ],
)
def test_words_listed_beside_the_one_asked_are_each_explained(engine, question, words):
    answer = engine.answer(question)
    assert answer.kind == "term"
    assert answer.topics[: len(words)] == words


def test_a_word_listed_after_a_word_asked_in_english_talk(engine):
    answer = chat(engine, "促活?", "留存 and 转化 too pls")
    assert answer.kind == "term"
    assert answer.topics[:2] == ["liucun", "zhuanhua"]
    assert answer.lang == "en"


@pytest.mark.parametrize(
    "question",
    [
        "营销和运营和市场 区别",
        "運營、市場同營銷三樣嘢究竟係咩關係",
        "營銷運營市場三者差在哪",
        "marketing, market and operations: how do the three fit together",
    ],
)
def test_the_three_words_in_any_order_are_the_trio(engine, question):
    answer = engine.answer(question)
    assert answer.kind == "compare"
    assert answer.topic == "marketing_vs_yingxiao_vs_ops"
    assert {"yingxiao", "broad_operations", "market_function"} <= set(answer.topics)


def test_departments_named_with_the_words_are_no_trio(engine):
    answer = engine.answer("市场部和运营部和营销策划部的区别")
    assert answer.topic != "marketing_vs_yingxiao_vs_ops"
    assert {"marketing_dept", "operations_dept", "marketing_planning_dept"} <= set(answer.topics)


@pytest.mark.parametrize(
    "question",
    ["内容运营和活动运营哪个更好找工作", "公關跟新媒體哪個比較好找工作"],
)
def test_which_is_easier_to_be_hired_into_weighs_the_two(engine, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.aspect) == ("compare", "better")
    assert answer.gaps


def test_which_is_easier_to_be_hired_into_in_a_city_is_its_market(engine):
    answer = engine.answer("内容运营和用户运营，在成都哪个更好找工作")
    assert (answer.kind, answer.aspect) == ("compare", "market")


@pytest.mark.parametrize(
    ("question", "subject", "aspect"),
    [
        ("品牌部招人一般看重啥", "brand_dept", "skills"),
        ("中文系畢業 沒實習經驗 有辦法當公關嗎", "pr_dept", "get_in"),
        ("大學讀緊傳理 想畢業入公關部 而家可以準備啲咩", "pr_dept", "get_in"),
        ("do brand managers have insane hours before a launch", "brand_manager", "workload"),
    ],
)
def test_aspects_in_more_wordings(engine, question, subject, aspect):
    answer = engine.answer(question)
    assert (answer.topic, answer.aspect) == (subject, aspect)


def test_what_to_study_after_a_move_is_the_skills(engine):
    answer = chat(engine, "我做會計 悶到爆 諗住轉做用戶運營 得唔得", "要讀啲咩先追得上")
    assert answer.aspect == "skills"
    assert "user_ops" in answer.topics


def test_what_to_study_to_get_in_is_the_way_in(engine):
    answer = engine.answer("我個女話想做品牌部我想知佢要讀咩先入到去")
    assert (answer.topic, answer.aspect) == ("brand_dept", "get_in")


@pytest.mark.parametrize(
    ("turns", "subject"),
    [
        (("那做ASO的人叫什麼職位", "這種職缺現在在台灣還多嗎"), "aso_ops"),
    ],
)
def test_openings_counted_now_ask_the_market(engine, turns, subject):
    answer = chat(engine, *turns)
    assert (answer.topic, answer.aspect) == (subject, "market")
    assert "market" in answer.gaps


def test_is_that_normal_after_the_pay_told_asks_of_the_pay(engine):
    answer = engine.answer("我女儿刚毕业 去了家公司做用户运营 试用期工资才四千 这个正常吗")
    assert (answer.topic, answer.aspect) == ("user_ops", "pay")
    assert "pay" in answer.gaps


def test_is_that_normal_after_the_work_told_is_no_pay_question(engine):
    answer = engine.answer("小公司只有我一個行銷，從發文到辦活動到下廣告全包，這樣正常嗎")
    assert (answer.kind, answer.topic) == ("org", "small_company")


@pytest.mark.parametrize(
    "question",
    [
        "I'm a nurse, eight years on a cardiology ward. My day is calming worried families and "
        "following up with patients after they go home. A friend says that's basically 'user "
        "ops'. Could I actually move into user operations?",
        "I'm a flight attendant. All day it's serving passengers and handling complaints. I keep "
        "reading about user operations. Could someone like me get in?",
    ],
)
def test_a_job_of_ours_told_as_like_ones_own_is_the_goal_from_another_field(engine, question):
    answer = engine.answer(question)
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == (None, "user_ops")


@pytest.mark.parametrize(
    "question",
    [
        "I've done user ops for three years and I'm bored. Where can I go next?",
        "I've done user ops for three years and I'm tired of it. Where can I move to?",
    ],
)
def test_ones_own_job_of_ours_is_still_the_start(engine, question):
    answer = engine.answer(question)
    assert answer.topic == "user_ops"
    assert answer.to_id != "user_ops"
    assert answer.from_words == ""  # ("I'm bored" is how one feels, not a job)


@pytest.mark.parametrize(
    ("question", "subject", "aspect"),
    [
        ("入行要識啲咩", None, "skills"),
        ("社群運營入行要會什麼", "community_ops", "skills"),
        ("小红书运营是不是巨卷", "new_media_ops", "workload"),
        ("is PR insanely busy around a product launch", "pr_dept", "workload"),
    ],
)
def test_more_aspect_wordings(engine, question, subject, aspect):
    answer = engine.answer(question) if subject else chat(engine, "新媒體運營做咩㗎", question)
    assert answer.aspect == aspect
    assert answer.topic == (subject or "new_media_ops")


@pytest.mark.parametrize(
    ("turns", "subject"),
    [
        (
            ("what kinds of ops are there", "which of them is best for a beginner"),
            "operations_dept",
        ),
        (("行銷部底下一般會分哪些組", "哪一組最適合完全沒經驗的人"), "marketing_dept"),
    ],
)
def test_which_is_best_for_a_newcomer_weighs_them(engine, turns, subject):
    answer = chat(engine, *turns)
    assert (answer.topic, answer.aspect) == (subject, "better")
    assert "better" in answer.gaps


def test_a_chinese_name_glossing_english_words_is_the_subject(engine):
    answer = engine.answer("whats a trafic ops manager (流量运营)")
    assert (answer.kind, answer.topic) == ("role", "traffic_ops")


def test_a_chinese_word_asked_for_its_translation_is_answered_in_english(engine):
    answer = engine.answer("涨粉 translation?")
    assert (answer.topic, answer.lang) == ("zhangfen", "en")


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("百度竞价算SEM吗", ["baidu_bidding", "sem"]),
        ("does baidu bidding count as SEM", ["baidu_bidding", "sem"]),
    ],
)
def test_whether_one_word_is_a_kind_of_another_explains_both(engine, question, words):
    answer = engine.answer(question)
    assert answer.kind == "term"
    assert answer.topics[:2] == words


def test_how_much_pay_is_fitting_is_no_fit_question(engine):
    answer = chat(engine, "ASO运营要会什么", "工资开多少合适 我们在三线城市")
    assert (answer.kind, answer.topic, answer.aspect) == ("role", "aso_ops", "pay")
    assert "pay" in answer.gaps


def test_whether_a_job_suits_one_is_still_a_fit_question(engine):
    answer = engine.answer("我社牛，特别能聊，做BD合适吗")
    assert answer.topic == "bd"
    assert answer.aspect == "skills"


def test_a_question_going_on_past_a_space_keeps_its_aspect(engine):
    answer = engine.answer("品牌部是不是 降本增效 第一个被裁的")
    assert (answer.topic, answer.aspect) == ("brand_dept", "prospects")
    assert "prospects" in answer.gaps


@pytest.mark.parametrize(
    ("turns", "company"),
    [
        (("company B", "and C?"), "company_c"),
        (("company A", "and the medical one?"), "company_c"),
        (("咁VR公司呢", "醫療app嗰間呢"), "company_c"),
        (("company C", "what about the VR one?"), "company_b"),
    ],
)
def test_another_of_the_example_companies_by_letter_or_trade(engine, turns, company):
    answer = chat(engine, *turns)
    assert (answer.kind, answer.topic) == ("org", company)


def test_a_start_told_as_the_work_of_now_after_the_goal(engine):
    answer = engine.answer("想做内容运营，目前在做SEO，要先学什么？")
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == ("seo_sem_ops", "content_ops")


def test_days_told_then_a_move_asked_is_the_move(engine):
    answer = engine.answer(
        "我每天的工作就是在關鍵字廣告後台調出價、寫廣告文案、看點擊率，做了兩年。"
        "想換去做用戶營運，可以怎麼準備？"
    )
    assert answer.kind == "transition"
    assert answer.to_id == "user_ops"
    assert answer.from_id is not None


def test_a_move_from_the_job_a_word_stands_for(engine):
    answer = chat(
        engine,
        "my day: baidu bidding campaigns, keywords and bids every morning. Is that basically "
        "SEM ops?",
        "cool. could I get into user ops from this?",
    )
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == ("seo_sem_ops", "user_ops")


def test_sem_ops_is_the_job_and_sem_the_word(engine):
    assert engine.answer("what is SEM ops").topic == "seo_sem_ops"
    assert engine.answer("what is SEM").topic == "sem"


def test_another_goal_named_specifically_goes_on_with_the_move(engine):
    answer = chat(
        engine,
        "I'm in promotion. could i move over to the ops side with my background",
        "content ops specifically. what would i be missing",
    )
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == ("promotion", "content_ops")


def test_a_chinese_word_then_what_is_asked_in_english(engine):
    answer = engine.answer("复盘 what")
    assert (answer.topic, answer.lang) == ("fupan", "en")


def test_the_narrow_kind_beside_broad_operations_weighs_both(engine):
    answer = engine.answer("What exactly is 'broad operations' vs the narrow kind?")
    assert answer.kind == "compare"
    assert {"broad_operations", "narrow_operations"} <= set(answer.topics)


@pytest.mark.parametrize(
    "turns",
    [
        ("行銷部跟營運部到底差在哪", "可以一句話講完嗎"),
        ("what's the difference between marketing and operations", "tl;dr?"),
    ],
)
def test_asked_to_sum_up_is_the_last_question_again(engine, turns):
    answer = chat(engine, *turns)
    assert answer.kind == "compare"
    assert "marketing_vs_operations" in answer.topics


@pytest.mark.parametrize(
    ("turns", "subject"),
    [
        (("运营分哪几种",), "operations_dept"),
        (("請問營運部", "那營運底下又分哪幾種"), "operations_dept"),
        (("運營部係咩嚟", "入面分幾多種？"), "operations_dept"),
        (("推广是做什么的", "分哪几种？"), "promotion_types"),
    ],
)
def test_the_kinds_of_a_team_named_are_its_own(engine, turns, subject):
    answer = chat(engine, *turns)
    assert answer.topic == subject


@pytest.mark.parametrize(
    "question",
    [
        "文章作者那个从网络销售一路做到运营总监的经历能讲讲吗",
        "作者從網路銷售轉到營運總監那段經歷是怎樣的",
        "what was the author's own career path",
    ],
)
def test_the_authors_path_is_the_authors_story(engine, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.topic) == ("transition", "author_career_path")


def test_sales_at_an_insurer_is_a_start_outside_ours(engine):
    answer = engine.answer("我而家喺保險公司做緊sales 每日打電話約客 好攰 想轉去做市場部 有冇機會")
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == (None, "marketing_dept")


def test_who_said_it_is_no_job_held(engine):
    answer = engine.answer("她說想轉去行銷部做品牌，會不會太晚？")
    assert answer.from_words != "她說"


def test_which_of_the_two_is_judged_on_numbers_weighs_both(engine):
    answer = chat(
        engine,
        "what's the difference between 市场部 and 运营部",
        "ok which of the two actually gets judged on hard numbers",
    )
    assert (answer.kind, answer.aspect) == ("compare", "measured")
    assert {"marketing_dept", "operations_dept"} <= set(answer.topics)


def test_the_three_words_with_vs_between_them_are_the_trio(engine):
    answer = engine.answer("营销 vs 市场 vs 运营, how do these three relate?")
    assert answer.topic == "marketing_vs_yingxiao_vs_ops"


@pytest.mark.parametrize("question", ["那哪一個比較好轉職", "哪个更容易上手"])
def test_which_is_easier_to_switch_into_weighs_the_two(engine, question):
    answer = chat(engine, "行銷跟營運差在哪", question)
    assert (answer.kind, answer.aspect) == ("compare", "better")


# Mended after relearning with fresh43 moved them (weight-independent readings).
def test_another_kind_of_company_weighed_against_the_one_told(engine):
    answer = chat(engine, "fmcg公司怎么分市场部", "为什么跟互联网公司不一样")
    assert answer.kind == "compare"
    assert set(answer.topics[:2]) == {"fmcg_company", "internet_company"}


def test_the_job_of_those_who_do_a_word_is_read_not_guessed(engine):
    answer = engine.answer("那做ASO的人叫什麼職位")
    assert (answer.kind, answer.topic) == ("who", "aso_ops")


def test_her_company_in_a_follow_up_is_no_kind_of_company_learnt(engine):
    answer = chat(
        engine,
        "what does 运营 mean in a chinese tech company? my cousin says she's 'doing yunying'",
        "wait so how is that different from the marketing people at her company",
    )
    assert answer.kind != "org"


def test_a_side_named_after_with_weighs_it_against_the_talks_subject(engine):
    answer = chat(engine, "产品营销是做什么的", "跟APP上架推广运营有啥区别")
    assert answer.kind == "compare"
    assert set(answer.topics[:2]) == {"product_planning", "aso_ops"}


# Read from fresh43's misses after it was measured (tuning material since).
@pytest.mark.parametrize(
    ("question", "subject", "aspect"),
    [
        ("Who does the PR department report to, the CMO or the CEO?", "pr_dept", "sits"),
        (
            "what's the growth path from a content ops job? feels like a dead end",
            "content_ops",
            "leads_to",
        ),
        ("应届生想做用户运营，需要提前会点什么", "user_ops", "skills"),
        ("品牌部是不是下班後還要一直回訊息，工時很長", "brand_dept", "workload"),
    ],
)
def test_aspects_read_after_fresh43(engine, question, subject, aspect):
    answer = engine.answer(question)
    assert (answer.topic, answer.aspect) == (subject, aspect)


def test_shop_sales_is_a_start_outside_ours_then_what_to_learn(engine):
    first = engine.answer("我做緊零售店舖嘅sales，想轉去做marketing，有冇得搞")
    assert first.kind == "transition"
    assert (first.from_id, first.to_id) == (None, "marketing_dept")
    answer = chat(engine, "我做緊零售店舖嘅sales，想轉去做marketing，有冇得搞", "咁應該先學啲咩")
    assert answer.to_id == "marketing_dept" and answer.aspect == "skills"
