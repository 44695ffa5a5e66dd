"""Session 35: names said as known, each of two asked, a company's headcount, the brand said as
a shop's owner, work said as a job, and answers that no longer change between processes (fresh37
and the dev sets as tuning material)."""

import json
import os
import subprocess
import sys

import pytest

from tests.talk import chat


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("KOL I get. what's a KOC", "koc"),
        ("ok SEO I know, what is SEM", "sem"),
        ("I know what a KOL is, but what's a KOC", "koc"),
        ("用户运营我大概了解，内容运营呢", "content_ops"),
    ],
)
def test_a_name_said_as_known_is_not_the_one_asked(engine, question, topic):
    assert engine.answer(question).topics[0] == topic


def test_a_name_alone_said_as_known_is_still_answered(engine):
    # nothing else named: the person says they know it, and asks nothing else of ours
    answer = engine.answer("I know what ops does but how is it measured?")
    assert answer.topics[0] == "operations_dept" and answer.aspect == "measured"


def test_two_names_then_each_one_asked_explains_both(engine):
    answer = engine.answer(
        "GMV and ROI both keep showing up in our quarterly deck. what's each one"
    )
    assert answer.topics[:2] == ["gmv", "roi"]


def test_so_one_is_just_the_other_weighs_both(engine):
    answer = engine.answer("ok so BD is basically sales?")
    assert answer.kind == "compare" and set(answer.topics[:2]) == {"bd", "sales_dept"}


def test_taiwan_social_media_marketing_is_new_media_operations(engine):
    answer = engine.answer(
        "我是HR，主管要我開一個「社群行銷專員」的缺，可是我不太懂這職位要會什麼，可以幫我列一下嗎"
    )
    assert answer.topics[0] == "new_media_ops" and answer.aspect == "skills"


def test_where_a_team_sits_asked_with_a_word_mistyped(engine):
    answer = engine.answer("is the new media team part of markting or operations?")
    assert answer.topics[0] == "new_media_dept" and answer.aspect == "sits"


def test_the_army_part_is_the_air_force_and_army_idea(engine):
    answer = engine.answer("wait what's the army part exactly")
    assert answer.kind == "concept" and answer.topics[0] == "air_force_army"


def test_whose_job_with_departments_offered_is_a_who_question(engine):
    answer = engine.answer(
        "our app got roasted on weibo yesterday over a data leak rumour, it's #3 trending. "
        "whose job is it to deal with this, marketing? ops? legal?"
    )
    assert answer.kind == "who" and answer.topics[0] == "pr_dept"


@pytest.mark.parametrize(
    "question",
    [
        "We're 12 people and I'm the only marketing hire. Boss expects me to do brand, PR, "
        "Douyin, paid ads and events at once. Is that normal for a company this size?",
        "we're a 12 person company, is it normal that I do everything",
        "我们公司一共8个人 市场怎么分工",
    ],
)
def test_a_small_headcount_names_the_small_company(engine, question):
    answer = engine.answer(question)
    assert answer.kind == "org" and answer.topics[0] == "small_company"


def test_a_large_headcount_is_no_small_company(engine):
    answer = engine.answer("we are 300 people, how should marketing be organised")
    assert "small_company" not in answer.topics[:1]


def test_a_headcount_in_a_who_question_is_only_where(engine):
    answer = engine.answer(
        "our app got dragged on weibo last night over a data leak rumour. whose job is it to "
        "respond? we're a 40 person company and everyone is looking at each other"
    )
    assert answer.kind == "who" and answer.topics[0] == "pr_dept"


def test_a_headcount_said_in_a_follow_up_is_answered_there(engine):
    answer = chat(
        engine,
        "promotion = operations? my boss uses the two words interchangeably",
        "nah I think you're overcomplicating it. in a small company it's literally the same person",
        "so at a 10 person company how should we split it then",
    )
    assert answer.kind == "org" and answer.topics[0] == "small_company"


@pytest.mark.parametrize(
    "question",
    ["字节的运营值得去吗 听说强度很大", "is bytedance worth joining as a brand manager"],
)
def test_an_employer_worth_joining_asks_which_company(engine, question):
    answer = engine.answer(question)
    assert answer.aspect == "company" and "company" in answer.gaps


def test_a_move_verb_with_a_filler_and_years_of_selling_insurance(engine):
    answer = engine.answer("我卖了四年保险嘛每天就是陌拜打电话维护客户然后我想转那个BD行不行啊")
    assert answer.kind == "transition" and answer.to_id == "bd" and answer.from_id is None


def test_the_brand_as_a_shops_owner_is_no_brand_department(engine):
    answer = engine.answer("想转去做品牌天猫店的电商运营")
    assert answer.kind == "transition" and "brand_dept" not in answer.topics


def test_work_said_as_a_job_with_its_future_asked(engine):
    answer = engine.answer("is 投流 a good job to be in for the next 5 years")
    assert answer.topics[0] == "paid_ads" and answer.aspect == "prospects"
    assert "prospects" in answer.gaps


def test_the_jobs_offered_beside_a_who_answer_are_the_same_in_every_process(kb_dir):
    """They were read from a set, whose order changes with the string hash seed."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from knowledge.open import open_engine\n"
        "e = open_engine(Path(sys.argv[1]))\n"
        "qs = ['经销商门店的陈列和促销 是哪个团队的事', '新品要辦發表會 誰負責規劃']\n"
        "print(json.dumps([[a.ids[0] for a in e.answer(q).alternatives] for q in qs]))\n"
    )
    seen = set()
    for seed in ("1", "2", "3", "4", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script, str(kb_dir)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            cwd=os.getcwd(),
        )
        seen.add(out.stdout)
    assert len(seen) == 1 and json.loads(seen.pop())[0]


@pytest.mark.parametrize(
    "ad",
    [
        "【數位廣告投放專員】\n1. 操作Meta、Google廣告後台\n2. 每日監控ROAS、CPA並優化素材\n"
        "3. 控管每月廣告預算\n請問這是什麼職位？",
        "【誠徵】數位廣告投放專員 1.操作Meta、Google Ads廣告後台 2.每週產出成效報表，優化CPA與ROAS "
        "3.控管每月廣告預算 ←這是什麼職位？",
    ],
)
def test_a_job_ad_numbered_in_one_line_or_titled_in_brackets(engine, ad):
    answer = engine.answer(ad)
    assert answer.topics[0] == "paid_ads"


def test_duties_numbered_in_one_line_are_read_as_a_list():
    from knowledge.engine.careers.jd import quoted_job_ad
    from knowledge.text.langs import clean

    ad = "岗位职责：1. 负责抖音账号日常运营 2. 策划短视频内容 3. 分析数据 这是什么岗位"
    assert quoted_job_ad(clean(ad)) == "负责抖音账号日常运营\n策划短视频内容\n分析数据"
    # questions numbered are no duties
    assert quoted_job_ad("I have 3 questions: 1. what is KOC 2. what is KOL 3. who seeds") is None


def test_a_jobs_stages_from_first_to_last_are_no_move(engine):
    answer = engine.answer(
        "活動企劃專員 負責線上抽獎、節慶活動，從規劃、資源協調、宣傳到成效檢討都要跟"
    )
    assert answer.kind != "transition" and answer.topics[0] == "activity_ops"
    moved = engine.answer("从推广到运营难吗")
    assert moved.kind == "transition" and moved.to_id == "operations_dept"


def test_an_abbreviation_of_a_job_asked_if_worth_it_is_the_job(engine):
    answer = engine.answer("trade mkt worth it or nah")
    assert answer.topics[0] == "trade_marketing" and answer.aspect == "better"
    assert "better" in answer.gaps


def test_words_counted_by_the_person_are_each_explained(engine):
    answer = engine.answer("老板说 新品要首发 还要搞限免 这俩词啥意思")
    assert set(answer.topics[:2]) == {"shoufa", "xianmian"}


def test_which_of_two_places_a_job_would_be_in_asks_where_it_sits(engine):
    answer = engine.answer(
        "intern here. we have a marketing center AND a sales department. which one would the "
        "media buyer be in?"
    )
    assert answer.topics[0] == "media_buyer" and answer.aspect == "sits" and not answer.gaps
    weighed = engine.answer("marketing or ops, which one is better to go into?")
    assert weighed.aspect == "better"
