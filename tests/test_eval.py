"""Accuracy on our own question set (tests/eval/questions.yaml): at least 95% in each
language, and no out-of-scope question answered as if it were in scope.

`python tests/eval/evaluate.py -v` lists the misses.
"""

from __future__ import annotations

import pytest

from tests.eval.evaluate import (
    BLIND,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    DEV9,
    DEV10,
    DEV11,
    DEV12,
    DEV13,
    DEV14,
    DEV15,
    DEV16,
    DEV17,
    DEV18,
    DEV19,
    DEV20,
    DEV21,
    DEV22,
    DEV23,
    DEV24,
    DEV25,
    DEV26,
    DEV27,
    DEV28,
    DEV29,
    DEV30,
    DEV31,
    DEV32,
    DEV33,
    DEV34,
    DEV35,
    DEV36,
    DEV37,
    DEV38,
    DEV39,
    DEV40,
    DEV41,
    DEV42,
    DEV43,
    DEV44,
    DEV45,
    DEV46,
    DEV47,
    DEV48,
    DEV49,
    DEV50,
    DEV51,
    DEV52,
    DEV53,
    FRESH,
    FRESH2,
    FRESH3,
    FRESH4,
    FRESH5,
    FRESH6,
    FRESH7,
    FRESH8,
    FRESH9,
    FRESH10,
    FRESH11,
    FRESH12,
    FRESH13,
    FRESH14,
    FRESH15,
    FRESH16,
    FRESH17,
    FRESH18,
    FRESH19,
    FRESH20,
    FRESH21,
    FRESH22,
    FRESH23,
    FRESH24,
    FRESH25,
    FRESH26,
    FRESH27,
    FRESH28,
    FRESH29,
    FRESH30,
    FRESH31,
    FRESH32,
    FRESH33,
    FRESH34,
    FRESH35,
    FRESH36,
    FRESH37,
    FRESH38,
    FRESH39,
    FRESH40,
    FRESH41,
    FRESH42,
    FRESH43,
    FRESH44,
    FRESH45,
    FRESH46,
    FRESH47,
    FRESH48,
    FRESH49,
    FRESH50,
    HOLDOUT,
    accuracy_by,
    evaluate,
    judge,
    load_questions,
)

FLOOR = 0.95
MAX_OOS_ANSWERED = 0
# The held-out set measures generalisation; its floor sits just under what the engine reaches
# (87% now) and may only go up.
HOLDOUT_FLOOR = 0.85
BLIND_FLOOR = 0.80


@pytest.fixture(scope="module")
def results(engine):
    return evaluate(engine)


def test_question_set_is_broad():
    items = load_questions()
    assert len(items) >= 200
    langs = {i["lang"] for i in items}
    assert langs == {"en", "zh-Hans", "zh-Hant"}
    kinds = {i["kind"] for i in items}
    assert kinds >= {"role", "term", "concept", "org", "who", "compare", "transition", "unknown"}


def test_accuracy_per_language(results):
    for lang, (good, n) in accuracy_by(results, lambda r: [r.item["lang"]]).items():
        assert good / n >= FLOOR, f"{lang}: {good}/{n}"


def test_out_of_scope_not_answered(results):
    answered = [r.item["q"] for r in results if r.item["kind"] == "unknown" and not r.ok]
    assert len(answered) <= MAX_OOS_ANSWERED, answered


def test_uncovered_aspects_and_moves_on_the_tuned_set(results):
    """Every uncovered aspect is said to be missing, none is invented; every move has the
    right start and goal."""
    wrong = [
        (r.item["q"], r.why)
        for r in results
        if ("gap" in r.item or "from" in r.item or "to" in r.item)
        and any(w in r.why for w in ("gaps", "from ", "to "))
    ]
    assert not wrong, wrong


def test_every_answer_names_sources(engine):
    for item in load_questions():
        answer = engine.answer(item["q"])
        if answer.kind != "unknown":
            assert answer.sources, item["q"]


@pytest.mark.parametrize("path, floor", [(HOLDOUT, HOLDOUT_FLOOR), (BLIND, BLIND_FLOOR)])
def test_questions_written_apart_from_the_engine(engine, path, floor):
    results = evaluate(engine, load_questions(path))
    good = sum(r.ok for r in results)
    assert good / len(results) >= floor, f"{path.name}: {good}/{len(results)}"
    answered = [r.item["q"] for r in results if r.item["kind"] == "unknown" and not r.ok]
    assert not answered, answered


# The sets measured once and tuned on since, and the tuning sets: floors a little under what the
# engine reaches (sessions 8 and 9), so a change that loses ground on them is seen. fresh7 was
# measured once at the end of session 8 and tuned on in session 9, as were dev13-dev15 (written
# apart in session 9); fresh8, written blind at the start of session 9 and measured once at its
# end (86.7%), and dev16 were tuned on in session 10. fresh9, written blind at the start of
# session 10 and measured once near its end (87.2%), was then read for its honest-limits misses
# (a way in the articles do not describe, prospects, markets); its floor is under what it
# reached after that (89.8%). fresh10, written blind at the start of session 11 and measured
# once near its end (82.6%), was read after that; its floor is under what it then reached (84.2%).
# fresh11, written blind at the start of session 12 by three helpers and measured once near its
# end (87.3%), was read after that; its floor is under what it then reached (91.0%) and rose
# with session 13 (94.5%). dev17 (long messages), dev18 (job-ad lines, self-descriptions, who)
# and dev19 (moves, conversations), written apart at the start of session 13 (the engine then
# read 70.0%, 70.5% and 88.6%), were tuned on in it (84.3%, 83.8%, 94.3%). fresh12, written
# blind at the start of session 13 by three helpers, was measured once near its end (88.8%; the
# engine at the session's start: 87.7%); its floor sits under that. Session 14 read its misses
# (97.1% after) and tuned on dev20 and dev21, written apart at its start (the engine then read
# 72.1% and 71.2%; after: 86.3% and 91.2%). fresh13, written blind at the start of session 14 by
# three helpers, was measured once near its end (89.6%; the engine at the session's start:
# 88.4%); its floor sits under that.
TUNED_FLOORS = [
    (FRESH, 0.97),
    (FRESH2, 0.97),
    (FRESH3, 0.98),
    (FRESH4, 0.95),
    (FRESH5, 0.92),
    (FRESH6, 0.95),
    (DEV5, 0.97),
    (DEV6, 0.95),
    (DEV7, 0.97),
    (DEV8, 0.91),
    (DEV9, 0.93),
    (DEV10, 0.81),
    (DEV11, 0.94),
    (DEV12, 0.94),
    (FRESH7, 0.94),
    (DEV13, 0.94),
    (DEV14, 0.91),
    (DEV15, 0.89),
    (FRESH8, 0.94),
    (FRESH9, 0.93),
    (FRESH10, 0.88),
    (FRESH11, 0.93),
    (DEV16, 0.90),
    (DEV17, 0.82),
    (DEV18, 0.81),
    (DEV19, 0.92),
    (FRESH12, 0.95),
    (DEV20, 0.84),
    (DEV21, 0.89),
    (FRESH13, 0.92),
    (DEV22, 0.95),
    (DEV23, 0.96),
    (DEV24, 0.94),
    (DEV25, 0.93),
    (DEV26, 0.95),
    (FRESH14, 0.94),
    (DEV27, 0.94),
    (DEV28, 0.93),
    (DEV29, 0.96),
    (DEV30, 0.98),
    (FRESH15, 0.93),
    (FRESH16, 0.92),
    (FRESH17, 0.94),
    (FRESH18, 0.93),
    (FRESH19, 0.94),
    (FRESH20, 0.88),
    (FRESH21, 0.86),
    (FRESH22, 0.90),
    (FRESH23, 0.82),
    (FRESH24, 0.88),
    (FRESH25, 0.88),
    (FRESH26, 0.88),
    (FRESH27, 0.89),
    (FRESH28, 0.85),
    (FRESH29, 0.82),
    (FRESH30, 0.88),
    (FRESH31, 0.87),
    (FRESH32, 0.87),
    (FRESH33, 0.89),
    (FRESH34, 0.92),
    (FRESH35, 0.88),
    (FRESH36, 0.88),
    (FRESH37, 0.88),
    (FRESH38, 0.87),
    (FRESH39, 0.89),
    (FRESH40, 0.89),
    (FRESH41, 0.87),
    (FRESH42, 0.88),
    (FRESH43, 0.89),
    (FRESH44, 0.88),
    (FRESH45, 0.88),
    (FRESH46, 0.90),
    (FRESH47, 0.88),
    (FRESH48, 0.90),
    (FRESH49, 0.91),
    (FRESH50, 0.92),
    (DEV31, 0.82),
    (DEV32, 0.85),
    (DEV33, 0.84),
    (DEV34, 0.90),
    (DEV35, 0.92),
    (DEV36, 0.94),
    (DEV37, 0.92),
    (DEV38, 0.74),
    (DEV39, 0.78),
    (DEV40, 0.84),
    (DEV41, 0.83),
    (DEV42, 0.87),
    (DEV43, 0.84),
    (DEV44, 0.78),
    (DEV45, 0.84),
    (DEV46, 0.82),
    (DEV47, 0.92),
    (DEV48, 0.86),
    (DEV49, 0.76),
    (DEV50, 0.84),
    (DEV51, 0.89),
    (DEV52, 0.81),
    (DEV53, 0.83),
]


@pytest.mark.parametrize("path, floor", TUNED_FLOORS, ids=lambda v: getattr(v, "stem", v))
def test_sets_tuned_on_keep_their_ground(engine, path, floor):
    results = evaluate(engine, load_questions(path))
    good = sum(r.ok for r in results)
    assert good / len(results) >= floor, f"{path.name}: {good}/{len(results)}"


@pytest.mark.parametrize("labelled", ["term", "compare"])
def test_two_words_asked_together_are_scored_by_both_explained(engine, labelled):
    """BRIEF.md: two words asked together may be labelled term or compare."""
    item = {"q": "KOL和KOC分别是啥", "lang": "zh-Hans", "kind": labelled, "topics": ["kol", "koc"]}
    assert judge(engine, item).ok


def test_two_jobs_compared_are_no_term(engine):
    item = {
        "q": "品牌部和公关部有什么区别",
        "lang": "zh-Hans",
        "kind": "term",
        "topics": ["brand_dept", "pr_dept"],
    }
    assert not judge(engine, item).ok


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
def test_an_abbreviation_alone_may_be_answered_in_any_language(engine, lang):
    """ "KOC" in the Traditional set: nothing in it says which script (the bot has the user's
    Telegram language; the sets do not)."""
    assert judge(engine, {"q": "KOC", "lang": lang, "kind": "term", "topics": ["koc"]}).ok


def test_characters_alike_in_both_scripts_may_be_answered_in_either_but_not_english(engine):
    for lang in ("zh-Hans", "zh-Hant"):
        assert judge(engine, {"q": "ASO是啥", "lang": lang, "kind": "term", "topics": ["aso"]}).ok
    said = {"q": "ASO是什麼", "lang": "zh-Hans", "kind": "term", "topics": ["aso"]}
    assert not judge(engine, said).ok  # 麼 is Traditional
    english = {"q": "what is ASO", "lang": "zh-Hans", "kind": "term", "topics": ["aso"]}
    assert not judge(engine, english).ok


@pytest.mark.parametrize("to", ["brand_dept", "brand_manager"])
def test_brand_work_naming_neither_the_department_nor_the_job_may_be_either(engine, to):
    """BRIEF.md (session 30): "公关想转品牌" may be labelled with either goal."""
    item = {"q": "公关想转品牌", "lang": "zh-Hans", "kind": "transition", "from": "pr_dept"}
    assert judge(engine, dict(item, to=to)).ok


def test_brand_work_naming_the_job_is_labelled_with_it(engine):
    item = {"q": "公关想转品牌经理", "lang": "zh-Hans", "kind": "transition", "from": "pr_dept"}
    assert judge(engine, dict(item, to="brand_manager")).ok
    assert not judge(engine, dict(item, to="brand_dept")).ok


@pytest.mark.parametrize("to", ["new_media_dept", "new_media_ops"])
def test_new_media_naming_neither_the_department_nor_the_job_may_be_either(engine, to):
    """BRIEF.md (session 31): "幼师转行新媒体" may be labelled with either goal."""
    item = {"q": "幼师转行新媒体可以吗 我会剪视频", "lang": "zh-Hans", "kind": "transition"}
    assert judge(engine, dict(item, to=to, **{"from": None})).ok


def test_new_media_naming_the_department_is_labelled_with_it(engine):
    item = {"q": "新媒体部是做什么的", "lang": "zh-Hans", "kind": "role"}
    assert judge(engine, dict(item, topics=["new_media_dept"])).ok
    assert not judge(engine, dict(item, topics=["new_media_ops"])).ok


@pytest.mark.parametrize(
    "topics",
    [
        ["yingxiao", "market_function", "broad_operations"],
        ["yingxiao", "marketing_dept", "operations_dept"],
    ],
)
def test_the_trio_may_be_labelled_as_functions_or_departments(engine, topics):
    """BRIEF.md (session 31): 市场 and 运营 asked with 营销 are the functions or the departments."""
    item = {"q": "营销、市场、运营这三个到底啥关系", "lang": "zh-Hans", "kind": "compare"}
    assert judge(engine, dict(item, topics=topics)).ok


@pytest.mark.parametrize("aspect", ["better", "prospects"])
def test_two_jobs_weighed_by_their_future_may_be_better_or_prospects(engine, aspect):
    """BRIEF.md (session 32): "which is the better career long term" is labelled both ways."""
    for q in ("PR or brand, which is the better career long term", "公關跟品牌哪個比較好發展"):
        item = {"q": q, "lang": "en" if q.isascii() else "zh-Hant", "kind": "compare"}
        item.update(topics=["pr_dept", "brand_dept"], aspect=aspect, gap=True)
        assert judge(engine, item).ok, q


def test_better_without_words_of_the_future_is_not_prospects(engine):
    item = {"q": "PR or brand, which is better", "lang": "en", "kind": "compare"}
    item.update(topics=["pr_dept", "brand_dept"], aspect="prospects", gap=True)
    assert not judge(engine, item).ok


def test_the_trio_rule_does_not_excuse_a_pair_asked_alone(engine):
    item = {"q": "市场部和运营部有什么区别", "lang": "zh-Hans", "kind": "compare"}
    assert not judge(engine, dict(item, topics=["market_function", "broad_operations"])).ok


@pytest.mark.parametrize(
    "label",
    [
        {"kind": "transition", "from": "pr_dept", "to": "brand_manager"},
        {"kind": "role", "topics": ["brand_manager"], "aspect": "skills"},
    ],
)
def test_what_a_move_takes_asked_after_it_may_be_the_move_or_the_goals_skills(engine, label):
    """BRIEF.md (session 30): the sets label "那我要先学什么" after a move either way."""
    before = judge(
        engine,
        {
            "q": "公关能转品牌经理吗",
            "lang": "zh-Hans",
            "kind": "transition",
            "from": "pr_dept",
            "to": "brand_manager",
        },
    )
    assert before.ok
    assert judge(engine, dict(label, q="那我要先学什么", lang="zh-Hans"), before.context).ok


def test_skills_asked_with_no_move_before_are_no_move(engine):
    item = {
        "q": "品牌经理要会什么",
        "lang": "zh-Hans",
        "kind": "transition",
        "from": "pr_dept",
        "to": "brand_manager",
    }
    assert not judge(engine, item).ok


def test_a_follow_up_saying_nothing_of_its_script_keeps_the_conversations(engine):
    """ "ASO是啥" then "那SEO呢": both written alike in either script; the second is right in
    the script the first was answered in, not in another."""
    first = judge(engine, {"q": "ASO是啥", "lang": "zh-Hant", "kind": "term", "topics": ["aso"]})
    assert first.ok
    item = {"q": "那SEO呢", "lang": "zh-Hant", "kind": "term", "topics": ["seo"]}
    assert judge(engine, item, first.context).ok
    english = {"q": "what's ASO", "lang": "en", "kind": "term", "topics": ["aso"]}
    before = judge(engine, english)
    assert before.ok and not judge(engine, item, before.context).ok
