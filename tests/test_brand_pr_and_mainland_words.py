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
