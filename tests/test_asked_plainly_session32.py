"""Questions of session 32's misses: which suits better, short slips, what one does that the
other does not, and a department asked what it is at a kind of company."""

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    "q",
    [
        "content ops or new media ops, which suits a beginner better",
        "which one fits an introvert better, content or user ops",
        "SEO同SEM邊樣易學啲",
    ],
)
def test_which_suits_better_weighs_both_and_says_it_is_not_covered(engine, q):
    answer = engine.answer(q)
    assert answer.kind == "compare" and len(answer.topics) >= 2
    assert answer.aspect == "better" and "better" in answer.gaps


def test_a_question_word_typed_short_is_read_as_meant(engine):
    answer = chat(
        engine,
        "whats the diffrence between contnet ops and user ops",
        "wich one is better for an introvert",
    )
    assert answer.kind == "compare" and answer.topics[:2] == ["content_ops", "user_ops"]
    assert answer.aspect == "better"


def test_what_one_does_that_the_other_does_not_weighs_them(engine):
    answer = engine.answer("fine. so what does PR do that the brand team doesn't")
    assert answer.kind == "compare" and answer.topics[:2] == ["pr_dept", "brand_dept"]


@pytest.mark.parametrize(
    "q",
    [
        "what even is an operations department at an internet company? in my country ops means "
        "logistics",
        "中國網路公司說的「運營部」到底是什麼",
    ],
)
def test_what_a_department_is_at_a_kind_of_company_is_its_card_there(engine, q):
    answer = engine.answer(q)
    assert answer.kind == "role"
    assert answer.topics[:2] == ["operations_dept", "internet_company"]


@pytest.mark.parametrize(
    "q, company",
    [
        ("像小米、華為這種做手機的大公司，行銷部門是怎麼分工的？", "hardware_company"),
        ("how do internet companies organise their marketing teams", "internet_company"),
    ],
)
def test_how_a_kind_of_company_organises_stays_the_company(engine, q, company):
    answer = engine.answer(q)
    assert answer.kind == "org" and answer.topics[0] == company


@pytest.mark.parametrize(
    "q, job, company",
    [
        (
            "sales department at a consumer electronics company, is it just selling to shops?",
            "sales_dept",
            "hardware_company",
        ),
        ("硬件公司的电商部门都负责些撒", "ecommerce", "hardware_company"),
    ],
)
def test_a_department_at_a_kind_of_company_asked_in_other_words_is_its_card(
    engine, q, job, company
):
    answer = engine.answer(q)
    assert answer.kind == "role" and answer.topics[:2] == [job, company]


def test_work_wanted_told_at_a_kind_of_company_is_still_the_job_it_names(engine):
    answer = engine.answer(
        "我哋係一間手機品牌，想請人專門同代理商、連鎖店傾陳列同促銷資源、整門店推廣物料，"
        "個job title應該叫咩？"
    )
    assert answer.kind == "jd" and answer.topics[0] == "trade_marketing"


def test_which_pays_better_asks_pay_which_the_articles_weigh_for_these_two(engine):
    answer = engine.answer("promotion or operations, which pays better")
    assert answer.aspect == "pay" and not answer.gaps


@pytest.mark.parametrize("q", ["數位行銷部也會做廣告投放嗎", "新媒体部也会做投放吗"])
def test_whether_a_team_does_some_work_asks_about_the_team(engine, q):
    answer = engine.answer(q)
    assert answer.kind == "role" and answer.topics[0] == "new_media_dept"


def test_who_its_supervisor_is_asks_where_it_sits(engine):
    answer = engine.answer("新媒體營運的主管通常是誰？是掛在行銷還是營運底下")
    assert answer.kind == "role" and answer.topics[0] == "new_media_ops"
    assert answer.aspect == "sits"


def test_which_of_a_familys_jobs_owns_the_work_told_before_the_question(engine):
    answer = engine.answer(
        "signups are fine but basically everyone leaves after a week. "
        "which ops role is supposed to own that"
    )
    assert answer.kind == "who" and answer.topics[0] == "user_ops"


def test_where_ones_own_work_is_counted_is_no_move(engine):
    answer = engine.answer(
        "i run baidu SEM for an online education company, 3 years now. keywords, bids, landing "
        "pages. is that counted as promotion or operations?"
    )
    assert answer.kind != "transition"
    assert answer.topics[0] == "seo_sem_ops" and answer.aspect == "sits"


def test_whether_one_must_be_able_to_do_something_asks_the_skills(engine):
    answer = engine.answer("想做新媒體，一定要會剪片嗎？還是文案寫得好就夠了")
    assert answer.aspect == "skills" and not answer.gaps


def test_who_gets_complaints_to_the_product_team_is_product_operations(engine):
    answer = engine.answer(
        "who makes sure user complaints reach the product team? like 'nobody can find the share "
        "button' comes up 50 times a week and nothing happens"
    )
    assert answer.kind == "who" and answer.topics[0] == "product_ops"


@pytest.mark.parametrize(
    "q, aspect",
    [
        ("新人入行先做内容运营好还是活动运营好", "better"),
        ("新媒体部和公关部以后谁发展更好", "prospects"),
    ],
)
def test_two_weighed_to_start_with_or_for_their_future_are_compared(engine, q, aspect):
    answer = engine.answer(q)
    assert answer.kind == "compare" and answer.aspect == aspect and answer.gaps


def test_a_move_weighed_from_the_job_told_stays_a_move(engine):
    answer = engine.answer("我现在做推广，转运营好还是转产品好")
    assert answer.kind == "transition" and answer.from_id == "promotion"


def test_which_one_for_a_fresh_grad_weighs_the_two(engine):
    answer = engine.answer("user ops or content ops, which one for a beginner")
    assert answer.kind == "compare" and answer.aspect == "better" and answer.gaps


@pytest.mark.parametrize(
    "q",
    [
        "朋友都说我情商高嘴严 出事了不慌 谁家有麻烦都找我摆平 这种适合干啥",
        "I'm calm under pressure, write formal statements well, and get along with journalists. "
        "which department should I aim for",
    ],
)
def test_calm_in_a_crisis_told_of_oneself_fits_pr(engine, q):
    answer = engine.answer(q)
    assert answer.kind == "fit" and answer.topics[0] == "pr_dept"
