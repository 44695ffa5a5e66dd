"""Self-descriptions are scored with the quiz's own weights."""

from __future__ import annotations

import pytest

from knowledge.engine.careers.selfdesc import SelfDescriber, fit, looks_like_self_description
from knowledge.quiz import Quiz


@pytest.fixture(scope="module")
def quiz(engine) -> Quiz:
    return Quiz.from_entries(engine.kb.entries)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I like writing and talking to people, which department fits me?", "content_ops"),
        ("我喜欢写东西，也喜欢和人聊天，适合哪个部门？", "content_ops"),
        ("我擅長數據分析，喜歡看數字，適合什麼工作？", "product_ops"),
        ("I love negotiating and meeting new people, what job suits me", "bd"),
        (
            "I enjoy organising events and keeping things on schedule, what role fits me?",
            "activity_ops",
        ),
        (
            "I like making short videos and following trends on Douyin, which job suits me?",
            "new_media_dept",
        ),
        ("I'm into design and creative ideas, which team fits me?", "brand_dept"),
    ],
)
def test_self_descriptions_point_to_fitting_jobs(quiz, text, expected):
    fits = fit(quiz, text)
    assert fits and len(fits) <= 3
    assert expected in [f.outcome for f in fits[:2]], [f.outcome for f in fits]
    for f in fits:
        assert f.reasons and 0 < f.percent <= 100
        for qi, ci in f.reasons:  # every reason is a quiz answer that weighs towards the job
            assert quiz.choice(qi, ci).weights.get(f.outcome)


def test_points_are_the_quiz_weights(quiz):
    text = "I like making short videos and following trends on Douyin, which job suits me?"
    picked = SelfDescriber(quiz).answers(text)
    for f in fit(quiz, text):
        expected = sum(quiz.choice(qi, ci).weights.get(f.outcome, 0) for qi, ci, _ in picked)
        assert f.points == expected


def test_recognising_a_self_description():
    assert looks_like_self_description(
        "I like writing and talking to people, which department fits me?"
    )
    assert looks_like_self_description("我喜欢写东西，适合哪个部门")
    assert looks_like_self_description("我喜歡和人打交道，適合什麼工作？")
    assert not looks_like_self_description("what does a media buyer do")
    assert not looks_like_self_description("品牌部和公关部差在哪")


def test_nothing_recognisable_gives_no_fit(quiz):
    assert fit(quiz, "") == []
    assert fit(quiz, "hello there") == []


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_fits_render_in_three_scripts(engine, quiz, lang):
    from knowledge.engine.careers.selfdesc import render_fits

    names = {eid: dict(e.name.by_lang) for eid, e in engine.kb.entries.items() if e.name}
    text = render_fits(names, quiz, fit(quiz, "我喜欢写东西，也喜欢和人聊天，适合哪个部门？"), lang)
    assert {"en": "Content operations", "zh-Hans": "内容运营", "zh-Hant": "內容營運"}[lang] in text
    assert "/quiz" in render_fits(names, quiz, [], lang)


@pytest.mark.parametrize(
    "question",
    ["I'm super data-driven, like funnels and A/B tests. what role should I look at",
     "数据敏感、喜欢盯转化漏斗的人适合啥岗位"],
)
def test_a_person_described_then_asked_where_to_look_gets_the_fit(engine, question):
    # "what role should I look at" asks for them, not who does a task; "…的人适合啥岗位"
    # describes the person without 我. Both had gone to who-does-it or "I'm not sure".
    a = engine.answer(question)
    assert a.kind == "fit" and a.topics
