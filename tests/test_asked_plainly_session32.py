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


def test_how_a_kind_of_company_organises_stays_the_company(engine):
    answer = engine.answer("互联网公司都有哪些运营岗位")
    assert answer.kind == "org" and answer.topics[0] == "internet_company"
