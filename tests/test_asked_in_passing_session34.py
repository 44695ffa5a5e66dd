"""Session 34: aspects said in other words, one step of steps told before, abbreviations and
words of the sentence that are no names (fresh36 and the dev sets as tuning material)."""

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("question", "topic", "aspect"),
    [
        (
            "Where does the new media department usually report? Is it under marketing?",
            "new_media_dept",
            "sits",
        ),
        (
            "SEO is dead because of AI search isn't it. no point learning it",
            "seo_sem_ops",
            "prospects",
        ),
        ("香港做 marketing 依家市道點？好唔好搵工", "marketing_dept", "market"),
    ],
)
def test_an_aspect_said_in_other_words(engine, question, topic, aspect):
    answer = engine.answer(question)
    assert answer.topics[0] == topic and answer.aspect == aspect


def test_which_of_two_grows_better_asks_their_prospects_and_says_it_is_not_covered(engine):
    answer = engine.answer("品牌和公关哪个发展好一点")
    assert answer.kind == "compare" and set(answer.topics[:2]) == {"brand_dept", "pr_dept"}
    assert answer.aspect == "prospects" and answer.gaps == ["prospects"]


def test_counted_under_a_department_asks_where_it_sits(engine):
    answer = chat(engine, "市场部和运营部到底有啥区别啊", "那品牌部算市场部下面的吗")
    assert answer.topics[0] == "brand_dept" and answer.aspect == "sits"


def test_a_city_called_a_good_place_asks_its_market_for_the_job_before(engine):
    answer = chat(
        engine,
        "what does the user insight person do",
        "is shenzhen a good place to look for that kind of job",
    )
    assert answer.topics[0] == "user_insight" and answer.aspect == "market"
    assert "market" in answer.gaps


@pytest.mark.parametrize("step", ["第六步是啥", "what's step 4 about?"])
def test_one_step_of_the_steps_told_before(engine, step):
    answer = chat(engine, "can you explain the 9+1 brand thing", step)
    assert answer.kind == "concept" and answer.topics[0] == "brand_9plus1"


def test_a_step_asked_with_no_steps_told_before_is_no_such_follow_up(engine):
    answer = chat(engine, "what does a brand manager do", "第六步是啥")
    assert answer.topics[:1] != ["brand_manager"] or answer.kind != "concept"


@pytest.mark.parametrize("question", ["产运到底干嘛的", "產運是做什麼的"])
def test_the_short_name_of_product_operations(engine, question):
    assert engine.answer(question).topics[0] == "product_ops"


def test_a_content_matrix_is_the_account_matrix(engine):
    assert engine.answer("what's a content matrix").topics[0] == "juzhen"


def test_on_the_internet_is_no_internet_company(engine):
    answer = engine.answer(
        "不好意思想請教，我兒子今年廣告系畢業，說想去做「數位行銷」，我完全聽不懂這是做什麼的，"
        "是不是就是在網路上推銷東西？"
    )
    assert answer.kind == "role" and answer.topics[0] == "new_media_dept"
    assert "internet_company" not in answer.topics
