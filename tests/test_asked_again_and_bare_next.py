"""Session 27: follow-ups that ask the last answer again at more length ("tell me more", "可以舉個
例子嗎"), that name a thing we do not know in the last question's frame ("那火锅呢"), skills asked
with a tool or a course ("do I need photoshop for that?"), and what fits a person told by their
temperament alone, in words of our own."""

from __future__ import annotations

import pytest

from knowledge.engine.understand import kinds as taught


def _chat(engine, *questions):
    answer = None
    for q in questions:
        answer = engine.answer(q, conversation=answer.context if answer else None)
    return answer


@pytest.mark.parametrize(
    "more",
    [
        "tell me more",
        "give me an example",
        "可以舉個例子嗎",
        "详细点",
        "再解释一下",
        "唔明",
        "說簡單一點",
    ],
)
def test_asking_for_more_answers_the_last_question_again_and_says_that_is_all(engine, more):
    a = _chat(engine, "what is a KOC", more)
    assert a.kind == "term" and a.topic == "koc"
    assert a.lead.startswith(("That is as far as the articles go", "文章里关于", "文章裡關於"))


def test_asking_for_more_is_answered_in_the_script_it_is_asked_in(engine):
    a = _chat(engine, "行銷跟營運的本質差在哪", "give me an example")
    assert a.lang == "en" and a.topic == "marketing_vs_operations"
    assert _chat(engine, "what is a KOC", "举个例子").lang == "zh-Hans"


def test_a_message_that_names_its_subject_is_no_request_for_more(engine):
    a = _chat(engine, "what is a KOC", "举个例子，SEO是什么")
    assert a.topic == "seo"
    assert not a.lead.startswith("文章里关于")


def test_asking_for_more_with_nothing_asked_before_is_not_understood(engine):
    assert engine.answer("tell me more").kind == "unknown"


@pytest.mark.parametrize("bare", ["那火锅呢", "what about finance?", "and hotpot?"])
def test_a_thing_we_do_not_know_in_the_last_questions_frame_is_not_the_last_subject(engine, bare):
    a = _chat(engine, "品牌部负责什么", bare)
    assert a.kind == "unknown" and "brand_dept" not in a.topics


@pytest.mark.parametrize(
    "follow", ["那公关部呢", "and KOL?", "那工资呢", "what about at startups?"]
)
def test_a_name_or_an_aspect_in_the_frame_still_goes_on(engine, follow):
    a = _chat(engine, "品牌部负责什么", follow)
    assert a.kind != "unknown"


def test_a_tool_needed_for_the_job_before_asks_its_skills(engine):
    a = _chat(engine, "what does an online store operator do", "do I need photoshop for that?")
    assert a.topic == "store_ops" and a.aspect == "skills"
    b = _chat(engine, "品牌部负责什么", "咁要讀咩course好？")
    assert b.topic == "brand_dept" and b.aspect == "skills"


def test_needing_to_do_something_is_no_tool(engine):
    a = engine.answer("Two questions: what is ASO, and do I need to code to do it?")
    assert a.topic == "aso"


def test_a_person_told_by_temperament_alone_is_told_what_fits(engine):
    a = engine.answer("钱要多，压力大也不怕，嘴皮子利索，常出差跑客户也行，我这性格适合干啥")
    assert a.kind == "fit" and a.topics
    b = engine.answer("我係fresh grad，好鍾意睇數據，又想多啲接觸用戶，揀邊份工好？")
    assert b.kind == "fit" and b.topic == "user_ops"


def test_what_fits_is_heard_over_nothing_understood_from_a_lead_short_of_certain():
    # (once only when certain: "想要钱多，抗压…这种性格做啥" got "I'm not sure" at a lead of
    # 2,774; "I love my family and my friends" has the shape at 1,690)
    assert taught.KindGuess("fit", 2500).outweighs("unknown")
    assert not taught.KindGuess("fit", 1700).outweighs("unknown")


def test_a_self_description_about_nothing_of_work_is_still_not_understood(engine):
    assert engine.answer("I love my family and my friends").kind == "unknown"
