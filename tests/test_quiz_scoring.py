"""The quiz's scoring and data, and the challenge generator: checked, not assumed."""

from __future__ import annotations

import random
import shutil
from collections import Counter
from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from knowledge.compiler.check import check
from knowledge.compiler.source import PACKAGE_DATA
from knowledge.engine.kb import KnowledgeBase
from knowledge.open import open_kb
from knowledge.quiz import (
    MIN_OUTCOMES,
    OUTCOME_KINDS,
    POLL_EXPLANATION,
    POLL_OPTION,
    POLL_QUESTION,
    Choice,
    Question,
    Quiz,
    make_challenge,
    term_label,
)
from knowledge.text.langs import LANGS

RUNS = 10_000


@pytest.fixture(scope="module")
def kb(kb_dir) -> KnowledgeBase:
    return open_kb(kb_dir)


@pytest.fixture(scope="module")
def quiz(kb) -> Quiz:
    return Quiz.from_entries(kb.entries)


def _ratio(quiz: Quiz, answers: list[int], outcome: str) -> Fraction:
    points = sum(
        (quiz.choice(q, c).weights.get(outcome, Fraction(0)) for q, c in enumerate(answers)),
        Fraction(0),
    )
    return points / quiz.best[outcome]


def _margin(quiz: Quiz, answers: list[int], outcome: str) -> Fraction:
    """How far `outcome` is ahead of the best other outcome (negative: behind)."""
    mine = _ratio(quiz, answers, outcome)
    return mine - max(_ratio(quiz, answers, o) for o in quiz.outcomes if o != outcome)


def search_answers_for(quiz: Quiz, outcome: str, seed: int = 0) -> list[int] | None:
    """A way of answering that puts `outcome` on top: greedy, then hill climbing with restarts."""
    rng = random.Random(seed)

    def greedy(q: Question) -> int:
        def key(i: int) -> tuple[Fraction, Fraction]:
            w = q.choices[i].weights
            return (w.get(outcome, Fraction(0)), -sum(v for o, v in w.items() if o != outcome))

        return max(range(len(q.choices)), key=key)

    answers = [greedy(q) for q in quiz.questions]
    for _restart in range(30):
        improved = True
        while improved:
            if quiz.top(answers, 1)[0].outcome == outcome:
                return answers
            improved = False
            for qi, question in enumerate(quiz.questions):
                for ci in range(len(question.choices)):
                    trial = [*answers[:qi], ci, *answers[qi + 1 :]]
                    if _margin(quiz, trial, outcome) > _margin(quiz, answers, outcome):
                        answers, improved = trial, True
        answers = [rng.randrange(len(q.choices)) for q in quiz.questions]
    return None


# -- the data -------------------------------------------------------------------------------


def test_quiz_shape(quiz, kb):
    assert 12 <= len(quiz) <= 15
    assert all(3 <= len(q.choices) <= 5 for q in quiz.questions)
    assert len(quiz.outcomes) >= MIN_OUTCOMES
    for outcome in quiz.outcomes:
        assert kb.entries[outcome].kind in OUTCOME_KINDS
        assert kb.items(outcome, "measured_by", "en"), f"{outcome} has nothing to be judged by"
    for question in quiz.questions:
        for choice in question.choices:
            assert choice.weights and all(w > 0 for w in choice.weights.values())
            assert choice.text["en"] and choice.text["zh"] and choice.why["en"] and choice.why["zh"]


def test_issue_outcomes_are_covered(quiz):
    wanted = {
        "brand_dept",
        "pr_dept",
        "marketing_planning_dept",
        "new_media_dept",
        "media_buyer",
        "content_ops",
        "user_ops",
        "activity_ops",
        "product_ops",
        "bd",
        "store_ops",
    }
    assert wanted <= set(quiz.outcomes)
    assert {"paid_ads", "seo_sem_ops"} & set(quiz.outcomes)
    assert {"sales_dept", "trade_marketing"} & set(quiz.outcomes)


def test_kb_check_passes():
    assert [str(p) for p in check()] == []


def _broken(tmp_path: Path, edit) -> list[str]:
    """`kb check` on a copy of the knowledge files whose quiz was changed by `edit`."""
    for path in PACKAGE_DATA.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    entries = yaml.safe_load((tmp_path / "quiz.yaml").read_text(encoding="utf-8"))
    entries = edit(entries) or entries
    (tmp_path / "quiz.yaml").write_text(
        yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
    )
    return [str(p) for p in check(tmp_path)]


def test_check_reports_bad_outcomes(tmp_path):
    def edit(entries):
        entries[0]["answers"][0]["weights"] = {"no_such_job": 2, "kol": 1, "brand_dept": -1}

    problems = _broken(tmp_path, edit)
    assert any("unknown entry 'no_such_job'" in p for p in problems)
    assert any("kol is a term, not a department or role" in p for p in problems)
    assert any("weight of brand_dept must be a positive number" in p for p in problems)
    assert all(p.startswith("quiz.yaml:") for p in problems)


def test_check_reports_shape_problems(tmp_path):
    def edit(entries):
        entries[1]["answers"] = entries[1]["answers"][:2]
        del entries[2]["answers"][0]["why"]
        entries[3]["answers"][0]["text"]["en"] = "x" * 80
        entries[4]["question"] = {"en": "Only English"}
        entries[5]["colour"] = "blue"
        entries[6]["sources"] = [{"file": "999_nope.txt", "section": "x"}]

    problems = "\n".join(_broken(tmp_path, edit))
    assert "2 answers; a question needs 3 to 5" in problems
    assert "answer 1: missing 'why'" in problems
    assert "too long for a button" in problems
    assert "quiz_q05: question needs exactly the languages en and zh" in problems
    assert "unknown field 'colour'" in problems
    assert "unknown article '999_nope.txt'" in problems


def test_check_reports_quiz_size(tmp_path):
    problems = "\n".join(_broken(tmp_path, lambda entries: entries[:5]))
    assert "the quiz has 5 questions; it needs 12-15" in problems


# -- scoring --------------------------------------------------------------------------------


def test_every_outcome_can_come_first(quiz):
    missing = []
    for outcome in quiz.outcomes:
        answers = search_answers_for(quiz, outcome)
        if answers is None:
            missing.append(outcome)
            continue
        top = quiz.top(answers)
        assert top[0].outcome == outcome
        assert top[0].reasons, "the winner must be explained by the answers that chose it"
    assert missing == [], f"no way of answering puts these first: {missing}"


def test_random_answering_is_fair(quiz):
    rng = random.Random(20240601)
    firsts = Counter(
        quiz.top([rng.randrange(len(q.choices)) for q in quiz.questions], 1)[0].outcome
        for _ in range(RUNS)
    )
    fair = RUNS / len(quiz.outcomes)
    worst = max(firsts.values())
    assert worst <= 2 * fair, f"{firsts.most_common(3)} against a fair share of {fair:.0f}"
    assert set(firsts) == set(quiz.outcomes), "random answering reaches every outcome"


def test_ranking_is_deterministic(quiz, kb):
    rng = random.Random(7)
    for _ in range(50):
        answers = [rng.randrange(len(q.choices)) for q in quiz.questions]
        first = quiz.score(answers)
        again = Quiz.from_entries(dict(reversed(list(kb.entries.items())))).score(answers)
        assert first == again == quiz.score(list(answers))


def test_ties_break_by_points_then_first_appearance():
    def choice(**weights: int) -> Choice:
        return Choice(
            {"en": "a", "zh": "甲"},
            {k: Fraction(v) for k, v in weights.items()},
            {"en": "b", "zh": "乙"},
        )

    questions = [
        Question("q1", {"en": "?", "zh": "？"}, (choice(beta=1, alpha=1), choice(gamma=2))),
        Question("q2", {"en": "?", "zh": "？"}, (choice(alpha=1, beta=1), choice(gamma=2))),
    ]
    for _ in range(20):  # same answers, same order, every time
        tied = Quiz(questions).score([0, 0])
        assert [m.outcome for m in tied] == ["beta", "alpha", "gamma"]  # beta appears first
        assert tied[0].percent == tied[1].percent == 100
    # equal share of the best, but more points: the one with more evidence goes first
    unequal = [
        Question("q1", {"en": "?", "zh": "？"}, (choice(small=1, big=2), choice(other=1))),
        Question("q2", {"en": "?", "zh": "？"}, (choice(big=2), choice(other=1))),
    ]
    ranked = Quiz(unequal).score([0, 0])
    assert [(m.outcome, m.percent) for m in ranked[:2]] == [("big", 100), ("small", 100)]


def test_scores_and_reasons(quiz):
    answers = search_answers_for(quiz, "brand_dept")
    ranked = quiz.score(answers)
    assert len(ranked) == len(quiz.outcomes)
    keys = [(-m.points / quiz.best[m.outcome]) for m in ranked]
    assert keys == sorted(keys)
    assert all(0 <= m.percent <= 100 for m in ranked)
    brand = ranked[0]
    weights = [quiz.choice(q, c).weights["brand_dept"] for q, c in brand.reasons]
    assert weights == sorted(weights, reverse=True)
    assert sum(weights) == brand.points
    with pytest.raises(ValueError):
        quiz.score([99])
    assert not quiz.valid([0] * (len(quiz) + 1)) and not quiz.valid([True]) and quiz.valid([])


# -- the challenge --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_challenge_questions(kb, lang):
    kinds: Counter[str] = Counter()
    for seed in range(40):
        round_ = make_challenge(kb, lang, f"seed{seed}")
        assert len(round_) == 5
        assert len({q.topic for q in round_}) == 5
        for index, q in enumerate(round_):
            kinds[q.kind] += 1
            assert len(q.options) == 4 and len(set(q.options)) == 4
            assert 0 <= q.correct < 4
            assert len(f"{index + 1}/5 · {q.question}") <= POLL_QUESTION
            assert all(1 <= len(o) <= POLL_OPTION for o in q.options)
            assert 1 <= len(q.explanation) <= POLL_EXPLANATION
            assert q.topic in kb.entries
            if q.kind == "task":
                assert q.options[q.correct] == kb.name(q.topic, lang)
                others = [
                    eid
                    for eid in kb.of_kind(*OUTCOME_KINDS)
                    if kb.name(eid, lang) in q.options and eid != q.topic
                ]
                for other in others:  # a wrong answer is never a job linked to the right one
                    assert other not in (kb.entries[q.topic].related)
                    assert q.topic not in (kb.entries[other].related)
            elif q.kind == "term_word":
                assert q.options[q.correct] == term_label(kb, q.topic, lang)
            else:
                assert q.kind == "term_meaning"
                assert term_label(kb, q.topic, lang) in q.question
    assert set(kinds) == {"task", "term_word", "term_meaning"}
    assert kinds["task"] >= 60 and kinds["term_word"] + kinds["term_meaning"] >= 60


def test_challenge_is_reproducible_and_varied(kb):
    assert make_challenge(kb, "en", "abc") == make_challenge(kb, "en", "abc")
    topics = {q.topic for seed in range(30) for q in make_challenge(kb, "en", str(seed))}
    assert len(topics) >= 40


def test_term_labels(kb):
    assert term_label(kb, "kv", "en") == "KV"
    assert term_label(kb, "kv", "zh-Hans") == "KV"
    assert term_label(kb, "zhongcao", "en") == "Zhongcao (种草)"
    assert term_label(kb, "zhongcao", "zh-Hans") == "种草"
    assert term_label(kb, "yuqing", "zh-Hant") == "輿情"
