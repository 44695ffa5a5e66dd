"""Session 42: the jobs of job ads learnt from the spelling of longer words too, and readings
mended after relearning, each by what the question says, not by the weights."""

from __future__ import annotations

import pytest

from knowledge.compiler import kinds
from knowledge.engine.understand import kinds as heard
from knowledge.text.grams import shape_features, spelt_features
from tests.talk import chat


def test_a_misspelt_word_shares_most_of_its_letters_with_the_right_one():
    right, typo = spelt_features("product manager"), spelt_features("prodcut mangaer")
    runs = {f for f in right if f.startswith("l3:")}
    # (the words themselves share nothing: w:product is not w:prodcut)
    assert len(runs & typo) >= 6 and not {"w:product", "w:manager"} & typo
    assert shape_features("prodcut mangaer") <= typo  # (the shape is all still there)
    assert not {f for f in spelt_features("ops job") if f.startswith("l3:")}  # short words: none


def test_the_jobs_are_learnt_and_read_with_the_spelling_and_the_kinds_without(engine):
    assert kinds.JOB_FEATURES is spelt_features
    assert engine.kb.job_weights()._features is kinds.JOB_FEATURES  # (read as learnt)
    assert engine.kb.kind_weights()._features is shape_features
    assert any(f.startswith("l3:") for f in kinds.read(kinds.JOB_WEIGHTS)["weights"])
    assert not any(f.startswith("l3:") for f in kinds.read(kinds.WEIGHTS)["weights"])


@pytest.mark.parametrize(
    "ad, job",
    [
        (
            "we need someone for our tmall storefronts: product listngs, promtions for 618, "
            "custmer chat",
            "store_ops",
        ),
        (
            "responsibilites: manage comunity groups on wechat, anwser questions, keep membres "
            "actve",
            "community_ops",
        ),
    ],
)
def test_an_ad_typed_with_slips_is_still_its_job_learnt(engine, ad, job):
    found = engine.kb.job_weights().best(ad)
    assert found is not None and found[0] == job and found[1] >= heard.JOB_SURE


@pytest.mark.parametrize(
    "first, then, sides",
    [
        ("what does gtm teem do", "is it the same as channel marketing?", {"gtm_team"}),
        ("what does a media buyer do", "how is that different from paid ads?", {"media_buyer"}),
        ("what is the brand dept", "is it the same as PR?", {"brand_dept"}),
    ],
)
def test_is_it_the_same_as_another_goes_on_comparing_the_job_talked_of(engine, first, then, sides):
    a = chat(engine, first, then)
    assert a.kind == "compare" and sides <= set(a.topics[:2]) and len(a.topics) >= 2


@pytest.mark.parametrize(
    "question, term",
    [("老板让我负责交易流水，这是什么", "gmv"), ("老板让我负责应用商店排名优化，这是什么", "aso")],
)
def test_a_word_one_is_handed_asked_what_it_is_is_that_word(engine, question, term):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("term", term)


def test_a_task_handed_over_and_asked_which_job_is_still_whose_it_is(engine):
    a = engine.answer("负责撰写新闻稿跟媒体联系，这是什么岗位")
    assert a.kind in ("who", "jd", "role") and a.topic == "pr_dept"


@pytest.mark.parametrize(
    "question", ["so on my CV do I call myself ops or promotion", "so am I brand or marketing then"]
)
def test_which_of_two_the_person_is_is_no_task_offered_to_teams(engine, question):
    assert engine.answer(question).kind == "compare"


def test_a_move_asked_with_no_one_doing_anything_has_no_start_learnt(engine):
    a = chat(engine, "what does a brand manager do?", "is it realistic to move into PR?")
    assert a.kind == "transition" and a.from_id is None
    told = engine.answer(
        "he runs baidu keyword bidding campaigns every day, could he move into content ops?"
    )
    assert (told.from_id, told.to_id) == ("seo_sem_ops", "content_ops")
