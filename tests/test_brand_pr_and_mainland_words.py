"""A PR job named with the brand it serves, and mainland turns of phrase beside Taiwan's."""

from knowledge.text.langs import detect
from tests.talk import chat


def test_a_brand_pr_job_is_pr_and_its_follow_up_keeps_it(engine):
    asked = (
        "My daughter just graduated in journalism and got an offer as a 'brand PR assistant'. "
        "What will she be doing there?"
    )
    assert engine.answer(asked).topics[0] == "pr_dept"
    then = chat(engine, asked, "Is there a lot of overtime in that job?")
    assert then.topics[0] == "pr_dept" and then.aspect == "workload" and then.gaps


def test_brand_and_pr_listed_apart_stay_two_teams(engine):
    answer = engine.answer("brand, PR and new media — how are the three different")
    assert answer.kind == "compare"
    assert {"brand_dept", "pr_dept", "new_media_dept"} <= set(answer.topics)


def test_mainland_words_beside_a_taiwan_phrase_read_simplified():
    assert detect("kol koc到底差在哪 小白求科普") == "zh-Hans"
    assert detect("SEO跟SEM差在哪") == "zh-Hant"


def test_an_english_question_around_a_chinese_ad_or_names_is_answered_in_english():
    assert (
        detect("- 负责APP在各大应用商店的上架\n- 优化关键词排名\nwhat role is this? friend sent it")
        == "en"
    )
    assert detect("'负责百度竞价账户搭建与日常优化' 这是啥岗位 in english pls") == "en"
    assert detect("from 推广 to 内容运营, realistic?") == "en"


def test_chinese_asking_around_english_names_stays_chinese():
    assert detect("- 负责抖音运营\n- 写脚本\n这是什么岗位") == "zh-Hans"
    assert detect("new media team 係咪屬於marketing？定係operations？") == "zh-Hant"
    assert detect("brand team、PR team、新媒體部 三個點分呀") == "zh-Hant"
    assert detect("拉新in english怎么说") == "zh-Hans"
