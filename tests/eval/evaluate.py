"""Scores the engine on tests/eval/questions.yaml: used by the test and the benchmark.

Run it directly to see accuracy by language, kind and tag, and every miss:
    .venv/bin/python tests/eval/evaluate.py [-v] [--NAME]
NAME is any set registered in tests/eval/sets.py (--holdout, --blind, --fresh50, --dev53, ...);
without one, questions.yaml.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

if __name__ == "__main__":  # run as a script: the project's root on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.eval.sets import QUESTION_SETS, names, question_set  # noqa: E402

# Every set is registered, with its floor and how it was written, in tests/eval/sets.py.
QUESTIONS = question_set("questions").path
HOLDOUT = question_set("holdout").path
BLIND = question_set("blind").path


@dataclass
class Result:
    item: dict
    ok: bool
    got_kind: str
    got_topics: list[str]
    got_lang: str
    why: str
    context: object = None


def load_questions(path: Path = QUESTIONS) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def judge(engine, item: dict, conversation=None) -> Result:
    answer = engine.answer(item["q"], conversation=conversation)
    want_topics = item.get("topics") or []
    problems = []
    # (a follow-up saying nothing of its script either, "那SEO呢" after "ASO是啥", keeps the
    # script the conversation was answered in: the bot has the user's Telegram language for
    # both, the sets do not)
    if answer.lang != item["lang"] and not (
        answer.lang in _scripts_possible(item["q"])
        and (conversation is None or answer.lang == getattr(conversation, "lang", None))
    ):
        problems.append(f"lang {answer.lang}")
    # "Which job is this?" about a job ad is answered by that job's card whether the engine
    # reads it as a who-question or as a what-is question: the user sees the same thing. A
    # question quoting an ad's duties is answered from the job-ad reader with kind `who` (the
    # sets label it `who`, `role` or `jd`): the same card, with the job ad's buttons.
    main_topic = want_topics[0] if want_topics else None
    cards = {answer.kind, item["kind"]}
    # A job ad labelled with no topic (several jobs would do) is read by any job's card.
    same_job = (cards == {"who", "role"} and answer.topic == main_topic) or (
        item["kind"] == "jd"
        and answer.kind in ("who", "role")
        and (main_topic is None or answer.topic == main_topic)
    )
    # "Marketing vs operations: what's the difference?" is answered by the concept entry that
    # compares them, whether the engine files it as a comparison or as that concept: the user
    # sees the same card first. "How do I get into operations from promotion?" is answered by
    # the move from promotion into operations, which is how one gets in from there.
    same_card = (
        item["kind"] == "concept" and answer.kind == "compare" and answer.topic == main_topic
    ) or (
        item["kind"] == "role"
        and item.get("aspect") == "get_in"
        and answer.kind == "transition"
        and main_topic is not None
        and answer.to_id == main_topic
    )
    # "promotion or operations, which pays more": labelled as the articles' entry on pay, it is
    # answered as the comparison led by that entry (its topics hold it, its aspect is pay).
    aspect_entry = (
        item["kind"] == "concept"
        and main_topic is not None
        and main_topic in answer.topics
        and getattr(engine.kb.entries.get(main_topic), "answers_aspect", None) == answer.aspect
        and answer.aspect is not None
    )
    same_card = same_card or aspect_entry
    # "what would I need to learn first", asked after a move: the move again (what carries
    # over, what to learn) or the goal's skills; writers label it either way (BRIEF.md), and
    # either card shows what the goal takes.
    after_move = conversation is not None and conversation.kind == "transition"
    move_or_skills = after_move and (
        (
            item["kind"] == "role"
            and item.get("aspect") in ("skills", "get_in")
            and answer.kind == "transition"
            and answer.to_id == main_topic
        )
        or (
            item["kind"] == "transition"
            and answer.kind == "role"
            and answer.aspect in ("skills", "get_in")
            and answer.topic == item.get("to")
        )
    )
    same_card = same_card or move_or_skills
    # "KOL和KOC分别是啥", "what's a KOL vs a KOC": two words asked together are answered by a
    # card that explains each, whether the engine files it as a comparison or as the terms;
    # writers label it either way (BRIEF.md), the user sees both explained.
    words_together = (
        {answer.kind, item["kind"]} == {"term", "compare"}
        and len(want_topics) >= 2
        and all(getattr(engine.kb.entries.get(t), "kind", None) == "term" for t in want_topics)
    )
    same_card = same_card or words_together
    if answer.kind != item["kind"] and not same_job and not same_card:
        problems.append(f"kind {answer.kind}")
    missing = [
        t
        for t in want_topics
        if t not in answer.topics
        and not _named_either(item["q"], t, answer.topics)
        and not _same_in_the_trio(t, want_topics, answer.topics)
    ]
    if missing:
        problems.append(f"missing {missing}")
    # An aspect the articles do not cover must be said to be missing, not answered as another
    # question; one they cover must not be.
    if "gap" in item and bool(item["gap"]) != bool(answer.gaps):
        problems.append(f"gaps {answer.gaps}")
    want_aspect = item.get("aspect")
    moved_in = same_card and answer.kind == "transition"
    if (
        want_aspect
        and not moved_in
        and (answer.aspect or "does") != want_aspect
        and not _future_weighed(item, answer)
    ):
        problems.append(f"aspect {answer.aspect}")
    if item["kind"] == "transition" and not move_or_skills:
        for key, got in (("from", answer.from_id), ("to", answer.to_id)):
            if (
                key in item
                and item[key] != got
                and not _a_kind_of(engine, got, item[key])
                and not _named_either(item["q"], item[key], [got])
            ):
                problems.append(f"{key} {got}")
    result = Result(
        item, not problems, answer.kind, answer.topics, answer.lang, "; ".join(problems)
    )
    result.context = answer.context
    return result


@functools.cache
def _converter(config: str):
    """An OpenCC converter, made once (the scorer asks for it only where scripts differ)."""
    import opencc

    return opencc.OpenCC(config)


def _scripts_possible(question: str) -> set[str]:
    """The scripts a question standing alone may rightly be answered in when nothing in it
    says which: "KOC", "tvc？" (an abbreviation alone: English or either Chinese script), "ASO是
    啥" (characters written alike in both scripts: either). Writers label such a question by the
    file they write ("KOC" in the Traditional set is zh-Hant); the bot answers it in the user's
    Telegram language, which the sets do not have."""
    cjk = "".join(re.findall(r"[\u4e00-\u9fff]", question))
    if not cjk:
        alone = re.fullmatch(r"[\W_]*[A-Za-z][A-Za-z0-9&+]{1,5}[\W_]*", question)
        return {"en", "zh-Hans", "zh-Hant"} if alone else set()
    if re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", question):
        return set()  # English words around it say English
    same = _converter("s2t").convert(cjk) == cjk == _converter("t2s").convert(cjk)
    return {"zh-Hans", "zh-Hant"} if same else set()


# Words that may name either of two entries when the question names neither precisely
# (BRIEF.md): the pair, what names one of them (then the label is what is named), and the word.
_EITHER = (
    (
        ("brand_dept", "brand_manager"),
        re.compile(
            r"品牌部|品牌[团團][队隊]|品牌中心|品牌[经經][理里]|品牌管理"
            r"|brand\s*(dep|team|manag|mgr)|\bBM\b",
            re.IGNORECASE,
        ),
        re.compile(r"品牌|brand", re.IGNORECASE),
    ),
    (
        ("new_media_dept", "new_media_ops"),
        re.compile(
            r"新媒[体體](部|中心|[团團][队隊]|[运運營][营營]|小[编編]|[编編]輯|[编編]辑)"
            r"|new\s*media\s*(dep|team|op|centre|center)",
            re.IGNORECASE,
        ),
        re.compile(r"新媒[体體]|new\s*media", re.IGNORECASE),
    ),
)
# "营销、市场、运营是什么关系": asked as the three words, 市场 is the market function or the
# marketing department and 运营 broad operations or the operations department (BRIEF.md,
# session 31: the sets labelled the trio both ways).
_TRIO_PAIRS = (("market_function", "marketing_dept"), ("broad_operations", "operations_dept"))


def _named_either(question: str, wanted: str, got: list) -> bool:
    """ "PR想转品牌", "想做新媒体": work naming neither the department nor the job may be
    either (BRIEF.md, sessions 30-31): the articles have both, and the sets labelled it both
    ways."""
    for pair, named, word in _EITHER:
        if wanted in pair and not named.search(question) and word.search(question):
            return pair[1 - pair.index(wanted)] in got
    return False


# Words of the years ahead: "which is better long term", "哪个更有前途".
_FUTURE = re.compile(
    r"前途|前景|发展|發展|出路|将来|將來|未来|未來|稳定|穩定|饭碗|飯碗|夕阳|夕陽"
    r"|future|long[- ]?term|long run|stable|dying|\bAI\b",
    re.IGNORECASE,
)


def _future_weighed(item: dict, answer) -> bool:
    """ "PR or brand, which is the better career long term", "邊個將來發展會好啲": two jobs
    weighed by their future may be labelled `better` or `prospects` (BRIEF.md, session 32:
    the sets had 84 comparisons with words of the future as prospects, 29 as better); either
    way the articles do not cover it, which the answer must say."""
    pair = {"better", "prospects"}
    return (
        item.get("aspect") in pair
        and answer.aspect in pair
        and len(item.get("topics") or []) >= 2
        and item.get("gap", True)
        and bool(answer.gaps)
        and bool(_FUTURE.search(item["q"]))
    )


def _same_in_the_trio(wanted: str, want_topics: list, got: list) -> bool:
    if "yingxiao" not in want_topics or len(want_topics) < 3:
        return False
    return any(wanted in pair and (set(pair) - {wanted}) <= set(got) for pair in _TRIO_PAIRS)


def _a_kind_of(engine, got: str | None, wanted: str | None) -> bool:
    """ "3 yrs of baidu SEM, want content ops": a start named as the kind of promotion it is
    (SEO/SEM) is the start labelled "promotion", said more precisely."""
    entries = engine.kb.entries
    seen = set()
    while got and wanted and got in entries and got not in seen:
        seen.add(got)
        got = entries[got].kind_of
        if got == wanted:
            return True
    return False


def evaluate(engine, items: list[dict] | None = None) -> list[Result]:
    """Each item judged; items with the same `session` are one conversation, in order."""
    results = []
    talks: dict[str, object] = {}
    for item in items or load_questions():
        session = item.get("session")
        result = judge(engine, item, talks.get(session) if session else None)
        if session:
            talks[session] = result.context
        results.append(result)
    return results


def accuracy_by(results: list[Result], key) -> dict[str, tuple[int, int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for k in key(r):
            table[k][0] += r.ok
            table[k][1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(table.items())}


def report(results: list[Result], verbose: bool = False) -> str:
    lines = []
    ok = sum(r.ok for r in results)
    lines.append(f"overall: {ok}/{len(results)} = {ok / len(results):.1%}")
    for title, key in (
        ("language", lambda r: [r.item["lang"]]),
        ("kind", lambda r: [r.item["kind"]]),
        ("aspect", lambda r: [r.item["aspect"]] if r.item.get("aspect") else []),
        ("tag", lambda r: r.item.get("tags") or []),
    ):
        lines.append(f"by {title}:")
        for k, (good, n) in accuracy_by(results, key).items():
            lines.append(f"  {k:<12} {good:>4}/{n:<4} {good / n:6.1%}")
    gap_items = [r for r in results if r.item.get("gap")]
    if gap_items:
        said = sum("gaps" not in r.why and r.got_kind != "unknown" for r in gap_items)
        lines.append(f"uncovered aspects said to be missing: {said}/{len(gap_items)}")
    moves = [
        r
        for r in results
        if r.item["kind"] == "transition" and ("from" in r.item or "to" in r.item)
    ]
    if moves:
        right = sum(not any(w in r.why for w in ("from ", "to ")) for r in moves)
        lines.append(f"moves with the right from and to: {right}/{len(moves)}")
    if verbose:
        lines.append("misses:")
        for r in results:
            if not r.ok:
                lines.append(
                    f"  {r.item['q']!r} want {r.item['kind']} {r.item.get('topics')} "
                    f"got {r.got_kind} {r.got_topics[:4]} ({r.why})"
                )
    return "\n".join(lines)


def command_line(args: list[str]) -> tuple[Path, bool]:
    """The set to score and whether to list the misses, from `[-v] [--NAME]`: NAME is a set
    registered in tests/eval/sets.py (questions.yaml without one)."""
    flags = {f"--{s.name}": s.path for s in QUESTION_SETS}
    usage = "usage: evaluate.py [-v] [--NAME], NAME one of: " + ", ".join(names())
    if "-h" in args or "--help" in args:
        print(usage)
        sys.exit(0)
    unknown = [a for a in args if a != "-v" and a not in flags]
    chosen = [flags[a] for a in args if a in flags]
    if unknown or len(chosen) > 1:
        problem = f"unknown option {', '.join(unknown)}" if unknown else "one set at a time"
        print(f"evaluate.py: {problem}\n{usage}", file=sys.stderr)
        sys.exit(2)
    return (chosen[0] if chosen else QUESTIONS), "-v" in args


if __name__ == "__main__":
    import os

    from knowledge.open import open_engine

    path, verbose = command_line(sys.argv[1:])
    print(f"{path.name}:")
    engine = open_engine(Path(os.environ.get("CAREERBOT_DATA_DIR", "data")))
    print(report(evaluate(engine, load_questions(path)), verbose=verbose))
