"""Validation of the quiz entries, for `careerbot kb check`: every problem as file:line."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..quiz import (
    ANSWER_FIELDS,
    ANSWERS_RANGE,
    MAX_ANSWER_EN,
    MAX_ANSWER_ZH,
    MAX_WHY_EN_WORDS,
    MAX_WHY_ZH,
    MIN_OUTCOMES,
    OUTCOME_KINDS,
    QUESTIONS_RANGE,
    QUIZ_FIELDS,
    QUIZ_KIND,
)
from .shapes import check_shape, known_articles
from .source import Located, Problem


def check_quiz(entries: Iterable[tuple[str, Located]]) -> list[Problem]:
    """Problems with the quiz entries, as `file:line: what`, for `careerbot kb check`."""
    entries = list(entries)
    kinds = {e.get("id"): e.get("kind") for _, e in entries}
    articles = known_articles()
    quiz = [(f, e) for f, e in entries if e.get("kind") == QUIZ_KIND]
    problems: list[Problem] = []
    outcomes: set[str] = set()
    for fname, entry in quiz:
        problems += _check_question(fname, entry, kinds, articles, outcomes)
    if quiz:
        low, high = QUESTIONS_RANGE
        fname, first = quiz[0]
        if not low <= len(quiz) <= high:
            problems.append(
                Problem(
                    fname, first.line, f"the quiz has {len(quiz)} questions; it needs {low}-{high}"
                )
            )
        if len(outcomes) < MIN_OUTCOMES:
            problems.append(
                Problem(
                    fname,
                    first.line,
                    f"the quiz leads to {len(outcomes)} outcomes; it needs {MIN_OUTCOMES}",
                )
            )
    return problems


def _check_question(
    fname: str, entry: Located, kinds: dict, articles: set[str], outcomes: set[str]
) -> list[Problem]:
    eid = entry.get("id", "?")
    problems: list[Problem] = []

    def report(key: str | None, message: str) -> None:
        line = _line(entry, key) if key else entry.line
        problems.append(Problem(fname, line, f"{eid}: {message}"))

    for field in QUIZ_FIELDS:
        if field not in entry:
            report(None, f"missing required field '{field}'")
    for field in entry:
        if field not in QUIZ_FIELDS:
            report(field, f"unknown field '{field}'")
    for field, shape in (("question", "bi_text"), ("sources", "sources")):
        if field in entry:
            problems += check_shape(
                fname, _line(entry, field), eid, field, shape, entry[field], {}, articles
            )
    if "answers" not in entry:
        return problems
    answers = entry["answers"]
    low, high = ANSWERS_RANGE
    if not isinstance(answers, list):
        report("answers", f"answers must be a list of {low} to {high}")
        return problems
    if not low <= len(answers) <= high:
        report("answers", f"{len(answers)} answers; a question needs {low} to {high}")
    seen: set[str] = set()
    for number, answer in enumerate(answers, 1):
        where = f"{eid}: answer {number}"
        problems += _check_answer(fname, entry, where, answer, kinds, outcomes, seen)
    return problems


def _line(entry: Any, key: str) -> int:
    return getattr(entry, "key_lines", {}).get(key, getattr(entry, "line", 1))


def _both(value: Any) -> tuple[str, str] | None:
    """(en, zh) of a well-formed bilingual text, else None (reported elsewhere)."""
    if (
        isinstance(value, dict)
        and isinstance(value.get("en"), str)
        and isinstance(value.get("zh"), str)
    ):
        return value["en"], value["zh"]
    return None


def _check_answer(
    fname: str,
    entry: Located,
    where: str,
    answer: Any,
    kinds: dict,
    outcomes: set[str],
    seen: set[str],
) -> list[Problem]:
    line = getattr(answer, "line", entry.line)
    if not isinstance(answer, dict):
        return [Problem(fname, line, f"{where} must be a mapping with text, weights and why")]
    problems = [
        Problem(fname, line, f"{where}: missing '{f}'") for f in ANSWER_FIELDS if f not in answer
    ]
    problems += [
        Problem(fname, _line(answer, f), f"{where}: unknown field '{f}'")
        for f in answer
        if f not in ANSWER_FIELDS
    ]

    def report(key: str, message: str) -> None:
        problems.append(Problem(fname, _line(answer, key), f"{where}: {message}"))

    for field in ("text", "why"):
        if field in answer:
            problems += check_shape(
                fname, _line(answer, field), where, field, "bi_text", answer[field], {}, set()
            )
    if text := _both(answer.get("text")):
        if len(text[0]) > MAX_ANSWER_EN or len(text[1]) > MAX_ANSWER_ZH:
            report(
                "text",
                f"text too long for a button (en at most {MAX_ANSWER_EN} "
                f"characters, zh at most {MAX_ANSWER_ZH})",
            )
        if text[0].strip().lower() in seen:
            report("text", "same text as another answer")
        seen.add(text[0].strip().lower())
    why = _both(answer.get("why"))
    if why and (len(why[0].split()) > MAX_WHY_EN_WORDS or len(why[1]) > MAX_WHY_ZH):
        report(
            "why",
            f"why is too long (en at most {MAX_WHY_EN_WORDS} words, zh at most "
            f"{MAX_WHY_ZH} characters)",
        )
    if "weights" not in answer:
        return problems
    weights = answer["weights"]
    if not isinstance(weights, dict) or not weights:
        report("weights", "weights must map outcome ids to points")
        return problems
    for outcome, weight in weights.items():
        if outcome not in kinds:
            report("weights", f"weights refer to unknown entry {outcome!r}")
        elif kinds[outcome] not in OUTCOME_KINDS:
            report("weights", f"{outcome} is a {kinds[outcome]}, not a department or role")
        else:
            outcomes.add(outcome)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or not weight > 0:
            report("weights", f"the weight of {outcome} must be a positive number, not {weight!r}")
    return problems
