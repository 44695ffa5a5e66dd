"""knowledge/text/quick.py: a pattern searched through its literals finds what it finds whole."""

from __future__ import annotations

import re

import pytest

from knowledge.engine.linker import match_form
from knowledge.engine.understand import aspects, intents
from knowledge.text.quick import Quick, _top_branches
from tests.eval.evaluate import load_questions

TEXTS = [match_form(item["q"]) for item in load_questions()]


def _written():
    yield from ((f"aspects.{name}", q) for name, q in aspects._PATTERNS)
    for name in ("_TRANSITION", "_COMPARE", "_WHO", "_STRONG_WHO", "_SPLITS_WORK", "_MEANING"):
        yield f"intents.{name}", getattr(intents, name)


@pytest.mark.parametrize(
    "name, made", list(_written()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_the_same_spans_as_the_whole_pattern_on_every_question(name, made):
    for text in TEXTS:
        whole = made.pattern.search(text)
        fast = made.search(text)
        assert (whole and whole.span()) == (fast and fast.span()), (name, text)
        for at in (0, len(text) // 2):
            whole, fast = made.pattern.match(text, at), made.match(text, at)
            assert (whole and whole.span()) == (fast and fast.span()), (name, text, at)


def test_leftmost_then_first_branch_as_re_does():
    made = Quick(re.compile(r"bc|abcd|a|xyz|b"))
    for text in ("zabcd", "bcd", "xyz abc", "nothing", "b"):
        whole, fast = made.pattern.search(text), made.search(text)
        assert (whole and (whole.span(), whole.group())) == (fast and (fast.span(), fast.group()))
    assert made.search("nothing") is None


def test_branches_split_only_at_the_top_level():
    assert _top_branches(r"a(b|c)|[|x]|\||d") == ["a(b|c)", "[|x]", r"\|", "d"]


def test_a_pattern_with_no_literal_to_test_for_always_runs():
    made = Quick(re.compile(r"\w+ing\b|[a-z]{3}\d|x?y?"))
    assert made.search("running") and made.search("running").group() == "running"
    assert made.search("") is not None  # "x?y?" matches the empty text


def test_literals_are_found_through_their_first_two_characters():
    made = Quick(re.compile(r"salary|薪资|pay\s?rise|ab|x", re.IGNORECASE))
    for text in (
        "sal ary",
        "SALARY talk",
        "薪",
        "加薪资",
        "pay  rise",
        "PAYRISE",
        "xyz",
        "a b",
        "",
    ):
        whole, fast = made.pattern.search(text), made.search(text)
        assert (whole and whole.span()) == (fast and fast.span()), text


def test_prepare_all_can_compile_every_branch():
    from knowledge.text import quick as q

    pattern = q.quick(re.compile(r"alpha one|beta two|gamma three"))
    q.prepare_all(compile_branches=True)
    assert all(b is not None for b in pattern._branches)
    assert pattern.search("so beta two it is").group() == "beta two"
