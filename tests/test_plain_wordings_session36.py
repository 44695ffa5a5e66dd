"""Session 36: wordings the grid of plain questions (tests/eval/wordings.py) found failing for
some names: 市场 as a goal before 吗, "X能做Y吗" as a move, "vs" glued to a name of letters, a
name said with its question starting inside another name, and an aspect's word inside a term."""

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("question", "start", "goal"),
    [
        ("卖保险的能转市场吗", None, "marketing_dept"),
        ("护理师可以转市场吗", None, "marketing_dept"),
        ("现在做编辑，能跳去市场吗", "editor", "marketing_dept"),
        ("编辑能做运营吗", "editor", "operations_dept"),
        ("做销售的能做运营吗", "sales_dept", "operations_dept"),
        ("我是护士，能做运营吗", None, "operations_dept"),
        ("程序员可以做产品运营吗", None, "product_ops"),
    ],
)
def test_a_job_able_to_do_another_is_a_move(engine, question, start, goal):
    answer = engine.answer(question)
    assert (answer.kind, answer.from_id, answer.to_id) == ("transition", start, goal)


@pytest.mark.parametrize(
    ("question", "kind", "topic"),
    [
        # demand, not the department: "有市场吗"
        ("公关在深圳有市场吗", "role", "pr_dept"),
        # a team able to do some work is no move
        ("品牌部能做活动吗", "role", "brand_dept"),
    ],
)
def test_what_is_no_move_stays_so(engine, question, kind, topic):
    answer = engine.answer(question)
    assert (answer.kind, answer.topics[0]) == (kind, topic)
    assert answer.to_id is None


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("品牌部vsPR", {"brand_dept", "pr_dept"}),
        ("SEOvs推广", {"seo", "promotion"}),
        ("网推部vsASO专员", {"online_promotion_dept", "aso_ops"}),
    ],
)
def test_vs_glued_to_a_name_of_letters_compares(engine, question, pair):
    answer = engine.answer(question)
    assert answer.kind == "compare"
    assert pair <= set(answer.topics)


def test_a_word_glued_to_vs_is_left_alone_when_it_is_no_name(engine):
    assert engine.linker.unglue("vsco是什么") == "vsco是什么"


@pytest.mark.parametrize("question", ["渠道营销是什么意思", "通路行銷是什麼意思"])
def test_a_name_said_with_its_question_does_not_cut_into_another_name(engine, question):
    # "营销是什么" is a name of the 营销 idea; here 营销 is the end of 渠道营销
    answer = engine.answer(question)
    assert answer.topics[0] == "trade_marketing_term"


def test_the_idea_said_with_its_question_is_still_found(engine):
    assert engine.answer("营销是什么").topics[0] == "yingxiao"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("what is brand personality", "brand_tonality"),
        ("what's pay per click", "sem"),
        ("what's a target audience profile", "user_persona"),
    ],
)
def test_an_aspects_word_inside_a_term_asks_no_aspect(engine, question, term):
    answer = engine.answer(question)
    assert (answer.kind, answer.topics[0], answer.aspect) == ("term", term, None)


def test_an_ideas_name_keeps_its_aspect(engine):
    # kpi_split is about how jobs are measured: its name's word is the question's aspect
    answer = engine.answer("快消公司怎么分kpi")
    assert answer.topics[0] == "kpi_split"


@pytest.mark.parametrize(
    "question",
    [
        "been in SEO since graduation, want to move to PR",
        "been doing SEO since graduation, want to try PR next, what should I prepare",
    ],
)
def test_since_when_is_no_reason(engine, question):
    # "since graduation" says since when; the goal after it is still the goal
    answer = engine.answer(question)
    assert (answer.kind, answer.from_id, answer.to_id) == ("transition", "seo_sem_ops", "pr_dept")


def test_a_reason_after_the_subject_still_names_no_subject(engine):
    answer = engine.answer("is PR a dying field now that every brand just posts on social media")
    assert (answer.topics[0], answer.aspect) == ("pr_dept", "prospects")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("I work in sales. What does a brand manager do?", "brand_manager"),
        ("I'm in sales. what does the brand team do?", "brand_dept"),
        ("my friend is in sales and asked me what a brand manager does", "brand_manager"),
        # the job held is asked about: "that job"
        ('my cousin does "mall operations" for an ecommerce app. what is that job', "store_ops"),
        # "my english" holds no job
        ("Sorry for my english, what is VIS in branding?", "vis"),
    ],
)
def test_a_job_someone_holds_told_first_is_not_the_one_asked(engine, question, topic):
    assert engine.answer(question).topics[0] == topic


def test_a_typed_sound_across_two_words_is_no_name(engine):
    # 新手發問: 手發 sounds like 首发, but 手 ends 新手
    answer = engine.answer("新手發問 廣告營運可以轉行銷執行嗎")
    assert (answer.from_id, answer.to_id) == ("ad_ops", "campaign_execution")


@pytest.mark.parametrize(
    ("question", "term"), [("怎么张粉", "zhangfen"), ("媒界岗是做什么的", "media_buyer")]
)
def test_a_name_typed_by_its_sound_is_still_found(engine, question, term):
    assert engine.answer(question).topics[0] == term


def test_two_titles_weighed_in_a_line_are_no_job_ad(engine):
    answer = engine.answer("网络推广专员vs运营助理")
    assert answer.kind == "compare"
    assert {"website_promotion", "operations_dept"} <= set(answer.topics)


def test_an_ad_with_its_question_is_still_an_ad(engine):
    answer = engine.answer("商務拓展專員 ・洽談異業合作 ・資源互換 ・開發合作夥伴 這跟業務差在哪")
    assert (answer.kind, answer.topics[0]) == ("jd", "bd")


@pytest.mark.parametrize(
    ("question", "topic", "aspect"),
    [
        ("I work in sales. How is a brand manager measured?", "brand_manager", "measured"),
        ("I'm in activity ops, what skills does user ops need?", "user_ops", "skills"),
        ("my wife does PR. how much does a media buyer make?", "media_buyer", "pay"),
        ("I'm a PR manager. Which department is traffic ops part of?", "traffic_ops", "sits"),
        ("I work in community ops. is retail a dying job?", "retail", "prospects"),
        ("我老公做BD的，投手工资多少", "paid_ads", "pay"),
    ],
)
def test_the_aspect_asked_of_another_job_than_the_one_held(engine, question, topic, aspect):
    answer = engine.answer(question)
    assert (answer.kind, answer.topics[0], answer.aspect) == ("role", topic, aspect)


def test_two_jobs_weighed_by_pay_are_still_a_comparison(engine):
    answer = engine.answer("PR or media buying, which pays more?")
    assert answer.kind == "compare"
    assert {"pr_dept", "media_buyer"} <= set(answer.topics)


def test_where_the_job_held_sits_is_asked_of_it(engine):
    answer = engine.answer(
        "my gf is 新媒体运营 at a milk tea brand. she reports to the brand team but her title "
        "says ops. which is it?"
    )
    assert (answer.topics[0], answer.aspect) == ("new_media_ops", "sits")


def test_a_third_side_after_a_comparison_is_weighed_not_guessed_as_an_idea(engine):
    # the learnt kind leans to an idea for "那跟X比呢"; the conversation says what is weighed
    answer = chat(engine, "品牌部和公关部有什么区别", "那跟营销执行专员比呢")
    assert answer.kind == "compare"
    assert "campaign_execution" in answer.topics[:3]
