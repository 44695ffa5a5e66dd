"""Follow-ups of session 32 (dev52, dev53): the subject a follow-up points at by its kind, one
side of a comparison asked for by what it does, and aspects asked in the words of a story."""

import pytest

from tests.talk import chat


def test_this_department_after_a_fit_is_the_department_it_leaned_to(engine):
    answer = chat(
        engine,
        "我中文系的，喜欢写稿子，也不怕跟记者打交道，遇到突发情况挺能扛，适合干啥",
        "这个部门归谁管",
    )
    assert answer.topics[0] == "pr_dept" and answer.aspect == "sits"


@pytest.mark.parametrize(
    "asked, aspect",
    [
        ("天天加班到半夜，这行都这么累吗", "workload"),
        ("她这个岗位以后能往上升到啥位置", "leads_to"),
    ],
)
def test_this_line_of_work_after_an_idea_is_the_job_talked_of_before(engine, asked, aspect):
    answer = chat(
        engine,
        "我闺女在一家快消公司做品牌经理，说自己是产品的“爸妈”，这是啥意思啊",
        "她说销售额要跟渠道那边一起认，这又是怎么个分法",
        asked,
    )
    assert answer.topics[0] == "brand_manager" and answer.aspect == aspect


def test_late_nights_at_the_office_ask_the_workload_of_the_job_before(engine):
    answer = chat(
        engine,
        "My son just started at an internet company and his title is 'user operations'. "
        "What does he do?",
        "He says he's at the office until 10pm most nights. Is that normal in this line of work?",
    )
    assert answer.topics[0] == "user_ops" and answer.aspect == "workload" and answer.gaps


def test_one_side_of_a_comparison_asked_for_by_what_it_does(engine):
    paid = chat(engine, "SEO vs SEM, whats the diffrence", "which one is the paid one")
    assert paid.kind == "term" and paid.topics[0] == "sem"
    kept = chat(
        engine,
        "marketing dept vs operations dept at an internet company, explain it like I'm five",
        "which one is the one obsessed with retention",
    )
    assert kept.kind == "role" and kept.topics[0] == "operations_dept"
    other = chat(
        engine,
        "marketing dept vs operations dept at an internet company, explain it like I'm five",
        "which one is the one obsessed with retention",
        "and the other one, what is it judged on if not data?",
    )
    assert other.topics[0] == "marketing_dept" and other.aspect == "measured"


def test_a_description_that_fits_neither_side_best_picks_none(engine):
    answer = chat(
        engine,
        "what's a KOC",
        "and KOL?",
        "ok so which of those two is basically a regular customer posting reviews",
    )
    assert answer.topics[:1] != ["kol"]


def test_who_does_it_asked_after_a_comparison_is_still_who(engine):
    answer = chat(engine, "KOC係咩嚟", "同KOL有咩分別", "公司入面通常邊個負責搵佢哋合作？")
    assert answer.kind == "who" and answer.topics[0] == "new_media_dept"


def test_the_side_asked_for_after_its_description_in_chinese(engine):
    for first, then in (
        ("SEO跟SEM差在哪", "要花錢的是哪一個"),
        ("SEO同SEM有咩分別", "付費嗰個係邊個"),
    ):
        answer = chat(engine, first, then)
        assert answer.kind == "term" and answer.topics[0] == "sem", then


def test_the_latter_with_chat_around_it_is_that_side_alone(engine):
    answer = chat(
        engine,
        "最近好多職缺在徵『廣告投手』，投手到底是再做什麼",
        "這跟媒介有什麼不一樣？",
        "後者感覺比較像大公司才有，他們在做什麼",
    )
    assert answer.kind == "role" and answer.topics[0] == "media_buyer"


def test_a_job_outside_ours_told_before_is_where_a_move_asked_later_starts(engine):
    talk = [
        "I've been a reporter at a city paper for six years, interviews, deadlines, the usual. "
        "what does a company's PR team actually do all day?",
        "people keep saying PR 'gets endorsement' from the media. what does endorsement mean there",
        "could someone like me switch over?",
    ]
    answer = chat(engine, *talk)
    assert answer.kind == "transition" and answer.to_id == "pr_dept"
    assert answer.from_id is None


def test_where_it_leads_after_a_move_from_outside_stays_the_goals_path(engine):
    answer = chat(
        engine,
        "我在商场卖化妆品当柜姐三年了，每天给顾客试色推荐，业绩还不错，想去做电商的店铺运营，从哪开始",
        "那店铺运营要学哪些东西",
        "做几年以后能升成什么",
    )
    assert answer.kind == "role" and answer.aspect == "leads_to"


def test_a_measure_weighed_as_the_main_one_asks_the_jobs_measures(engine):
    answer = chat(engine, "新媒体运营一天都干些啥", "涨粉是不是最重要的指标")
    assert answer.topics[0] == "new_media_ops" and answer.aspect == "measured"


def test_why_it_is_put_on_one_side_asks_where_it_sits_and_its_future_after_a_word(engine):
    placed = chat(engine, "新媒體部屬於市場部定運營部", "點解有啲公司會擺落運營嗰邊")
    assert placed.topics[0] == "new_media_dept" and placed.aspect == "sits"
    later = chat(
        engine,
        "新媒體部屬於市場部定運營部",
        "點解有啲公司會擺落運營嗰邊",
        "矩陣係咩",
        "做呢行有冇前圖",
    )
    assert later.topics[0] == "new_media_dept" and later.aspect == "prospects"


def test_which_is_easier_to_get_into_weighs_the_two(engine):
    answer = chat(
        engine,
        "我係小學老師，想轉行，平時最鍾意整教材同寫文，做marketing有咩位啱我",
        "內容運營同新媒體運營邊個易入",
    )
    assert answer.kind == "compare" and answer.aspect == "better" and answer.gaps


def test_who_usually_does_these_in_cantonese_after_a_side_picked(engine):
    answer = chat(engine, "SEO同SEM有咩分別", "付費嗰個係邊個", "咁喺公司通常邊個做呢啲嘢")
    assert answer.kind == "who" and answer.topics[0] == "seo_sem_ops"


def test_a_claim_of_where_it_sits_at_ones_own_company_is_about_where_it_sits(engine):
    answer = chat(
        engine,
        "ASO?",
        "who does that in a company, like what's the job called",
        "is that role under ops or marketing usually",
        "hm, at my place the ASO guy sits in marketing though, not ops",
    )
    assert answer.topics[0] == "aso_ops" and answer.aspect == "sits"


def test_work_told_then_asked_whether_it_is_part_of_the_job(engine):
    answer = chat(
        engine,
        "my cousin just told me she's a 'media buyer' at a phone brand in shenzhen. what does "
        "that even mean",
        "she also says she haggles with suppliers all day for discounts and free extras. is that "
        "really part of it?",
    )
    assert answer.kind == "role" and answer.topics[0] == "media_buyer"


def test_a_parent_asking_whether_she_is_under_a_team_asks_where_her_job_sits(engine):
    answer = chat(
        engine,
        "Hi, my daughter just graduated and got an offer from a skincare brand in Shanghai as a "
        "brand manager assistant. What will she be doing?",
        "ok and who would she report to? is she under the sales people?",
    )
    assert answer.topics[0] in ("brand_manager", "brand_dept") and answer.aspect == "sits"
