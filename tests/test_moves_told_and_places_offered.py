"""Session 28: a move from a job outside ours whose goal is said twice, the second time more
precisely; a shop's promotions that are no promotion job; a transfer asked as applying over to a
team that is hiring; pay asked as what one would make; a follow-up that asks for the move after
an answer on what fits; where the last job sits, asked as a choice of two places; a comparison
with a job said on its side; a pronoun after the verb of the work; the name of the thing before
asked short; and the work of jobs told in everyday words (task phrases), in words of our own."""

from __future__ import annotations

import pytest

from tests.talk import chat


def test_a_goal_said_loosely_then_precisely_after_an_outside_job_is_no_start(engine):
    a = engine.answer("我是幼儿园老师，想转行去互联网做运营，听朋友说有个社群运营挺适合我，能转吗")
    assert a.kind == "transition"
    assert (a.from_id, a.to_id) == (None, "community_ops")


@pytest.mark.parametrize(
    "question",
    [
        "I manage the holiday promos at a shopping mall. could I move into user ops?",
        "my job is signing our shop up for 618 promos and fixing prices. can I get into user ops?",
    ],
)
def test_a_shops_promotions_are_no_promotion_job(engine, question):
    a = engine.answer(question)
    assert "user_ops" in (a.to_id, a.topic)
    assert a.from_id != "promotion" and a.topic != "promotion"


def test_promo_as_the_persons_own_job_still_names_promotion(engine):
    a = engine.answer("promo guy wanting product ops")
    assert (a.from_id, a.to_id) == ("promotion", "product_ops")


def test_applying_over_to_a_team_that_is_hiring_is_a_move_not_its_prospects(engine):
    a = engine.answer("内容运营那边缺人，我做了两年活动运营，能申请调过去吗")
    assert a.kind == "transition"
    assert (a.from_id, a.to_id) == ("activity_ops", "content_ops")
    assert "prospects" not in a.gaps


def test_whether_a_field_is_short_of_people_still_asks_its_prospects(engine):
    assert engine.answer("做运营缺人吗").aspect == "prospects"


@pytest.mark.parametrize("pay", ["what would I make in that job", "what will they make"])
def test_what_one_would_make_asks_the_pay_of_the_job_before(engine, pay):
    a = chat(engine, "what does a media buyer do", pay)
    assert a.topic == "media_buyer" and a.aspect == "pay" and a.gaps == ["pay"]


def test_the_move_asked_after_what_fits_goes_to_the_first_job_listed(engine):
    said = (
        "I'm a librarian, I run the library's wechat account and write most of its posts. "
        "which marketing or ops job would fit me?"
    )
    fits = engine.answer(said)
    assert fits.kind == "fit" and fits.topics[0] in ("new_media_ops", "content_ops")
    a = chat(engine, said, "how do I make that switch")
    assert a.kind == "transition"
    assert a.from_id is None and a.to_id == fits.topics[0]


def test_the_way_in_asked_after_what_fits_a_student_stays_the_way_in(engine):
    a = chat(
        engine,
        "我是社团活动部部长，迎新晚会、讲座都是我从策划到复盘一手操办的，这种经历适合什么岗位？",
        "那这个岗位一般怎么入行？",
    )
    assert a.kind == "role" and a.aspect == "get_in"


@pytest.mark.parametrize(
    ("first", "subject"),
    [("what does the brand department do", "brand_dept"), ("新媒体部是干嘛的", "new_media_dept")],
)
@pytest.mark.parametrize("places", ["under marketing or ops?", "归市场还是运营"])
def test_two_places_offered_ask_where_the_job_before_sits(engine, first, subject, places):
    a = chat(engine, first, places)
    assert a.kind == "role" and a.topic == subject and a.aspect == "sits"


def test_two_places_offered_after_a_word_are_weighed(engine):
    assert chat(engine, "what is KOC", "under marketing or ops?").kind == "compare"


@pytest.mark.parametrize(
    "vs",
    [
        "vs community ops on the operations side?",
        "how does it differ from community ops on the ops side?",
    ],
)
def test_a_job_said_on_its_side_is_weighed_against_the_job_before(engine, vs):
    a = chat(engine, "what does user ops do", vs)
    assert a.kind == "compare" and set(a.topics[:2]) == {"user_ops", "community_ops"}


def test_a_pronoun_after_the_verb_of_the_work_points_at_the_thing_before(engine):
    a = chat(engine, "what does 复盘 mean", "who usually writes those at a big company")
    assert a.kind == "who" and "campaign_execution" in a.topics


@pytest.mark.parametrize("word", ["请问SEO是什么", "請問ASO是什麼"])
def test_the_name_of_the_job_doing_the_thing_before_is_asked_short(engine, word):
    a = chat(engine, word, "做这个的岗位叫啥")
    assert a.kind in ("who", "role") and a.topic in ("seo_sem_ops", "aso_ops")


@pytest.mark.parametrize(
    ("work", "job"),
    [
        (
            "who handles tmall's ten-billion subsidy style flash events at an app company",
            "activity_ops",
        ),
        ("谁去拜访连锁经销商谈铺货", "sales_dept"),
    ],
)
def test_the_work_of_a_job_told_in_everyday_words_names_it(engine, work, job):
    a = engine.answer(work)
    assert a.kind == "who" and job in a.topics[:2]


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        (
            "freelance copywriter, writing wechat posts for small shops. could I join a content ops team?",
            "content_ops",
        ),
        (
            "I teach maths online and post short videos. could I become new media ops at a brand?",
            "new_media_ops",
        ),
        (
            "I've taught high school for ten years. could I move into community operations?",
            "community_ops",
        ),
    ],
)
def test_a_trade_told_by_its_work_or_verb_is_a_start_outside_ours(engine, question, goal):
    a = engine.answer(question)
    assert a.kind == "transition" and (a.from_id, a.to_id) == (None, goal)
    assert "taught" not in a.lead and "teach " not in a.lead


def test_teaching_is_named_as_such_where_the_start_is_said_uncovered(engine):
    a = engine.answer("I've taught primary school for six years. could I move into user ops?")
    assert "teaching" in a.lead


def test_being_asked_over_by_a_team_short_of_people_is_a_move(engine):
    a = engine.answer("我在销售部做了两年，老板说市场部缺人，问我要不要过去，过去要准备什么")
    assert a.kind == "transition"
    assert (a.from_id, a.to_id) == ("sales_dept", "marketing_dept")
    assert "prospects" not in a.gaps


def test_selling_told_by_the_verb_is_named_as_the_trade(engine):
    a = engine.answer("I sell cars at a dealership, could I move into user ops?")
    assert a.from_id is None and a.to_id == "user_ops"
    assert "car sales" in a.lead
