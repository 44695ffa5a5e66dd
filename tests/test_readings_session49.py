"""Session 49: a job outside ours said as the person's own is the start of their move, even when
jobs of ours are named as what that job deals with; more trades outside ours; whether jobs
are still being offered asks about the market; words that hold a name of ours and mean
something else (快消失, 市场价); hours told as working late."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "q, goal, said",
    [
        # jobs of ours named as what the outside job deals with are not the start
        (
            "I'm an in-house recruiter, 4 yrs, I hire for brand and PR teams. could I become a "
            "PR person myself?",
            "pr_dept",
            "recruiter",
        ),
        (
            "agency account exec here, I run campaigns for a snack brand. want to go client "
            "side as a brand manager",
            "brand_manager",
            "account exec",
        ),
        (
            "I've been teaching primary school for 8 years and I run the school's wechat "
            "account. could I become a new media ops?",
            "new_media_ops",
            "teaching",
        ),
        # trades that were missing
        ("pharmacist at a hospital, thinking of moving into content operations", "content_ops", ""),
        ("我是学校图书馆管理员，平时管读者群，想转社群运营", "community_ops", ""),
        # the holder, then the workplace, then the work
        ("我在4S店卖了三年车，想转BD，能行吗", "bd", ""),
        ("他在車廠當業務，想轉行銷企劃", "marketing_planning_dept", ""),
    ],
)
def test_a_job_outside_ours_held_is_the_start(engine, q, goal, said):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert "don't cover" in a.lead or "没有" in a.lead or "沒有" in a.lead
    if said:
        assert said in a.lead


def test_a_job_of_ours_held_in_an_outside_workplace_stays_the_start(engine):
    # (报社 is where the editor works; 编辑 is said as the job held)
    a = engine.answer("我在报社做了五年编辑，想转公关")
    assert (a.from_id, a.to_id) == ("editor", "pr_dept")


def test_hr_asking_for_a_hire_is_no_move(engine):
    a = engine.answer("我是HR，老板要招一个品牌经理，面试该看什么能力")
    assert (a.kind, a.topic, a.aspect) == ("role", "brand_manager", "skills")


def test_an_insurers_sales_is_remembered_as_the_start_of_a_move(engine):
    first = engine.answer("我在保险公司跑业务三年了，天天陌生拜访，想转去做市场，有机会吗")
    assert (first.from_id, first.to_id) == (None, "marketing_dept")
    then = engine.answer("那我要先补哪些技能", conversation=first.context)
    assert then.from_id is None  # not the sales department: an insurer's sales is no job of ours


def test_which_job_would_use_what_one_did_is_a_fit_question(engine):
    a = engine.answer("我以前做采购，成日同供应商杀价，转 marketing 边个岗位用得着呢啲？")
    assert a.kind == "fit" and "media_buyer" in a.topics


@pytest.mark.parametrize(
    "q, topic",
    [
        ("is hangzhou hiring many user ops people these days", "user_ops"),
        ("is anyone still hiring PR people", "pr_dept"),
        ("快消公司现在还招品牌经理吗", "brand_manager"),
        ("電商這兩年還有在缺人嗎", "ecommerce"),
        ("新竹有沒有品牌相關的缺", "brand_dept"),
    ],
)
def test_jobs_still_offered_ask_about_the_market(engine, q, topic):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, "market")
    assert a.gaps == ["market"]
    assert "job market" in a.lead or "就业行情" in a.lead or "就業行情" in a.lead


def test_the_employers_asked_lead_the_market(engine):
    a = engine.answer("which companies are still hiring ASO people")
    assert (a.topic, a.aspect) == ("aso_ops", "company")


def test_a_decline_said_beside_hiring_asks_the_future(engine):
    a = engine.answer("SEO现在还有人招吗 感觉是夕阳岗位了")
    assert a.aspect == "prospects" and a.gaps == ["prospects"]


def test_words_holding_a_name_of_ours_name_nothing(engine):
    a = engine.answer("SEO這個職位是不是快消失了")
    assert (a.topic, a.aspect) == ("seo_sem_ops", "prospects")
    assert "fmcg_company" not in a.topics
    # (快消 itself still names the kind of company)
    assert engine.answer("快消品牌經理平常做什麼").topic == "brand_manager"
    assert engine.answer("快消公司的市场部怎么分工").topic == "fmcg_company"


def test_working_late_and_a_stable_job_are_asked_of_the_subject(engine):
    a = engine.answer("公關部係咪成日做到好夜")
    assert (a.topic, a.aspect, a.gaps) == ("pr_dept", "workload", ["workload"])
    first = engine.answer("what does a content ops person do")
    a = engine.answer("is that job stable?", conversation=first.context)
    assert (a.topic, a.aspect, a.gaps) == ("content_ops", "prospects", ["prospects"])


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # 由 says the start as 从 does, the goal asked first
        ("用户运营可唔可以由内容运营转过去？", "content_ops", "user_ops"),
        ("由推廣轉產品運營難嗎", "promotion", "product_ops"),
        # modal words between a narrower start and the turn of the articles' move
        ("活動運營可以轉推廣嗎 想學投放", "activity_ops", "promotion"),
        ("用户运营能不能转推广", "user_ops", "promotion"),
        # one's own company said before one's own department
        ("我是我们公司销售部的 其实挺想去做市场的", "sales_dept", "marketing_dept"),
    ],
)
def test_more_wordings_of_a_moves_ends(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_by_whom_is_no_start(engine):
    # (由 before a team that does a task is who does it, no move)
    assert engine.answer("这事一般由品牌部负责吗").kind != "transition"


def test_an_agencys_copywriter_starts_outside_ours(engine):
    a = engine.answer("我在广告公司做了两年文案，想去甲方做品牌经理")
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "brand_manager")


def test_what_a_job_does_in_more_words_and_the_way_to_prepare(engine):
    a = engine.answer("BD平时具体干点啥")
    assert (a.kind, a.topic, a.aspect) == ("role", "bd", "does")
    a = engine.answer("大三学生，想以后去品牌部，现在能做点什么准备")
    assert (a.topic, a.aspect) == ("brand_dept", "get_in")


@pytest.mark.parametrize(
    "first, then",
    [
        ("PR or brand, which one pays better", "what does each actually do"),
        ("品牌部和公关部有啥区别", "它们各自具体做什么"),
        ("用户运营和内容运营哪个累", "两个分别负责啥"),
    ],
)
def test_each_of_the_two_weighed_is_asked_side_by_side(engine, first, then):
    a = engine.answer(first)
    b = engine.answer(then, conversation=a.context)
    assert b.kind == "compare" and set(b.topics[:2]) == set(a.topics[:2])


def test_each_said_of_one_word_stays_that_word(engine):
    a = engine.answer("what's a KOL")
    assert engine.answer("what does each one do", conversation=a.context).kind != "compare"


@pytest.mark.parametrize(
    "q, topic",
    [
        ("what are the different kinds of ops again", "operations_dept"),
        ("运营具体分哪几种", "operations_dept"),
    ],
)
def test_the_kinds_of_a_job_are_told_by_its_card(engine, q, topic):
    a = engine.answer(q)
    assert (a.kind, a.topic) == ("role", topic)
    # (the kinds of promotion are an idea of their own)
    assert engine.answer("what types of promotion are there").topic == "promotion_types"


@pytest.mark.parametrize(
    "q, start, goal",
    [
        # the goal said more exactly after it
        ("做了两年推广，想转运营，比如用户运营", "promotion", "user_ops"),
        (
            "two years in promotion, want to get into ops. which kind? content ops maybe",
            "promotion",
            "content_ops",
        ),
        # a brand's own company (Taiwan's 品牌廠, 品牌自己的) is no brand department
        ("做淘寶店鋪營運的 想轉去品牌廠的電商部門", "taobao_store_ops", "ecommerce"),
        ("做淘寶店鋪營運的 想轉去品牌自己的商城營運", "taobao_store_ops", "store_ops"),
    ],
)
def test_the_goal_said_more_exactly(engine, q, start, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_a_narrower_job_of_the_start_is_no_goal(engine):
    a = engine.answer("做了三年用户运营，想转推广")
    assert (a.from_id, a.to_id) == ("user_ops", "promotion")
    # (the articles' move is still the wider one)
    assert engine.answer("推广能转运营吗").to_id == "operations_dept"


@pytest.mark.parametrize(
    "q, goal",
    [
        # the goal named only by the word for it, a job outside ours held before it
        (
            "Journalist at a regional paper, 6 years. Lots of my old colleagues went into PR. How does that move go?",
            "pr_dept",
        ),
        # what one does on the side, made a job
        (
            "I'm a nurse and I also run our clinic's little Xiaohongshu account. Could I turn that into a content ops job?",
            "content_ops",
        ),
        # a legal background is no question of the law
        (
            "corporate lawyer, 5 yrs. Looking at PR roles. Is a legal background any use there?",
            "pr_dept",
        ),
        # the goal asked first, the job outside ours held now told after it
        ("社群运营怎么转？目前在做客服，每天回几百条消息", "community_ops"),
    ],
)
def test_a_move_from_outside_told_in_more_ways(engine, q, goal):
    a = engine.answer(q)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)


def test_the_law_itself_is_still_another_field(engine):
    assert engine.answer("is 996 even legal").kind == "unknown"


def test_how_before_the_turn_is_no_part_of_a_narrower_start(engine):
    a = engine.answer("用户运营怎么转推广")
    assert (a.from_id, a.to_id) == ("user_ops", "promotion")


@pytest.mark.parametrize(
    "q, topic, aspect",
    [
        # pay told as a figure, or earned in Cantonese
        ("用户运营月薪6k算低吗", "user_ops", "pay"),
        ("喺深圳做PR搵幾多錢先算正常", "pr_dept", "pay"),
        # on call after work
        ("用戶運營係咪放咗工都要on call", "user_ops", "workload"),
        # whether there is still work, an age, a small town
        ("ASO仲有冇得做", "aso_ops", "prospects"),
        (
            "is user ops a young person's job? nobody over 35 seems to get hired",
            "user_ops",
            "prospects",
        ),
        ("在小县城能做社群运营吗", "community_ops", "market"),
        ("社群運營喺香港仲有冇得做", "community_ops", "market"),
    ],
)
def test_uncovered_aspects_in_more_everyday_words(engine, q, topic, aspect):
    a = engine.answer(q)
    assert (a.kind, a.topic, a.aspect) == ("role", topic, aspect)
    assert aspect in a.gaps


def test_a_count_of_followers_is_no_pay(engine):
    assert engine.answer("新媒体运营涨了5k粉正常吗").aspect != "pay"


@pytest.mark.parametrize(
    "q", ["mareting planning department - what is it exactly", "marketting planning dept?"]
)
def test_a_mistyped_word_before_a_name_of_several_things(engine, q):
    # ("planning department" alone names several departments; the typo before it says which)
    assert engine.answer(q).topic == "marketing_planning_dept"


def test_a_name_of_several_things_alone_still_reads_as_before(engine):
    assert engine.answer("what does the brand planning department do").topic == "brand_dept"
