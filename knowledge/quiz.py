"""The "which job fits you" quiz and the /challenge knowledge check, without Telegram.

The quiz questions live in `data/quiz.yaml` (kind: quiz) so curators can change them like any
other knowledge; this module validates them, scores a set of answers and generates challenge
questions from the knowledge base. The bot only renders what is decided here, so the scoring
can be tested exhaustively without a chat.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from .i18n import KNOWLEDGE as _CATALOG
from .text.langs import Lang, is_zh, to_script

if TYPE_CHECKING:
    from .engine.entries import Entry
    from .engine.kb import KnowledgeBase

QUIZ_KIND = "quiz"
OUTCOME_KINDS = ("department", "role")
QUESTIONS_RANGE = (12, 15)
ANSWERS_RANGE = (3, 5)
MIN_OUTCOMES = 10
TOP = 3
# An answer is a button: short enough to read on a phone without being cut.
MAX_ANSWER_EN, MAX_ANSWER_ZH = 50, 24
# `why` is shown in the result, one or two sentences.
MAX_WHY_EN_WORDS, MAX_WHY_ZH = 45, 100
QUIZ_FIELDS = ("id", "kind", "question", "answers", "sources")
ANSWER_FIELDS = ("text", "weights", "why")


def pick(value: Mapping[str, str] | None, lang: Lang) -> str:
    """The text of a bilingual {en, zh} value in the reader's language and script."""
    value = value or {}
    return to_script(value.get("zh" if is_zh(lang) else "en", ""), lang)


# -- the quiz ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    text: dict[str, str]
    weights: dict[str, Fraction]
    why: dict[str, str]


@dataclass(frozen=True)
class Question:
    id: str
    text: dict[str, str]
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Match:
    """One outcome's standing after a set of answers."""

    outcome: str
    points: Fraction
    percent: int  # points as a share of the most this outcome can get, 0..100
    reasons: tuple[tuple[int, int], ...]  # (question, choice) that pointed here, strongest first


class Quiz:
    """The questions in order, and the scoring.

    An outcome's match is the share of its best possible points that the answers earned, so a
    job that appears in fewer answers is not at a disadvantage. Ties are broken by the raw
    points, then by the order in which outcomes first appear in the questions: the same
    answers always give the same ranking.
    """

    def __init__(self, questions: Sequence[Question]):
        self.questions = tuple(questions)
        order: list[str] = []
        for question in self.questions:
            for choice in question.choices:
                order += [o for o in choice.weights if o not in order]
        self.outcomes: tuple[str, ...] = tuple(order)
        self._rank = {o: i for i, o in enumerate(order)}
        self.best: dict[str, Fraction] = {
            o: sum(
                (max(c.weights.get(o, Fraction(0)) for c in q.choices) for q in self.questions),
                Fraction(0),
            )
            for o in order
        }

    @classmethod
    def from_entries(cls, entries: Mapping[str, Entry]) -> Quiz:
        """The quiz from knowledge entries (KnowledgeBase.entries), questions ordered by id."""
        found = sorted((e for e in entries.values() if e.kind == QUIZ_KIND), key=lambda e: e.id)
        questions = []
        for entry in found:
            choices = tuple(
                Choice(
                    dict(a["text"]),
                    {o: _number(w) for o, w in a["weights"].items()},
                    dict(a["why"]),
                )
                for a in entry.extra["answers"]
            )
            questions.append(Question(entry.id, dict(entry.extra["question"]), choices))
        return cls(questions)

    def __len__(self) -> int:
        return len(self.questions)

    def valid(self, answers: Sequence[Any]) -> bool:
        """Whether `answers` (choice indices, one per question so far) fit these questions."""
        if not isinstance(answers, Sequence) or len(answers) > len(self.questions):
            return False
        return all(
            isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(q.choices)
            for q, a in zip(self.questions, answers, strict=False)
        )

    def score(self, answers: Sequence[int]) -> list[Match]:
        """Every outcome, best match first."""
        if not self.valid(answers):
            raise ValueError(f"answers do not fit the quiz: {answers!r}")
        points = dict.fromkeys(self.outcomes, Fraction(0))
        for question, answer in zip(self.questions, answers, strict=False):
            for outcome, weight in question.choices[answer].weights.items():
                points[outcome] += weight
        ranked = sorted(self.outcomes, key=lambda o: self._key(o, points[o]))
        return [
            Match(o, points[o], _percent(points[o], self.best[o]), self._reasons(o, answers))
            for o in ranked
        ]

    def top(self, answers: Sequence[int], n: int = TOP) -> list[Match]:
        return self.score(answers)[:n]

    def _key(self, outcome: str, points: Fraction) -> tuple[Fraction, Fraction, int]:
        return (-points / self.best[outcome], -points, self._rank[outcome])

    def _reasons(self, outcome: str, answers: Sequence[int]) -> tuple[tuple[int, int], ...]:
        hits = [
            (qi, ci)
            for qi, ci in enumerate(answers)
            if self.questions[qi].choices[ci].weights.get(outcome)
        ]
        hits.sort(key=lambda h: (-self.questions[h[0]].choices[h[1]].weights[outcome], h[0]))
        return tuple(hits)

    def choice(self, question: int, choice: int) -> Choice:
        return self.questions[question].choices[choice]


def _number(value: Any) -> Fraction:
    return Fraction(str(value))


def _percent(points: Fraction, best: Fraction) -> int:
    """Rounded half up, exactly (no float surprises at x.5)."""
    return math.floor(points * 100 / best + Fraction(1, 2)) if best else 0


# -- the knowledge check (/challenge) ----------------------------------------------------------

POLL_QUESTION, POLL_OPTION, POLL_EXPLANATION = 300, 100, 200


@dataclass(frozen=True)
class ChallengeQuestion:
    """One quiz poll: the right option is `options[correct]`; `topic` is what to read."""

    kind: str
    topic: str
    question: str
    options: tuple[str, ...]
    correct: int
    explanation: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "topic": self.topic,
            "question": self.question,
            "options": list(self.options),
            "correct": self.correct,
            "explanation": self.explanation,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChallengeQuestion:
        return cls(
            data["kind"],
            data["topic"],
            data["question"],
            tuple(data["options"]),
            int(data["correct"]),
            data["explanation"],
        )


def make_challenge(
    kb: KnowledgeBase, lang: Lang, seed: str, count: int = 5
) -> list[ChallengeQuestion]:
    """`count` questions drawn from the knowledge base, the same ones for the same seed.

    Two families, alternating: who handles a task (from the jobs' `tasks`), and what a term
    means (from the terms' summaries), asked both ways. Wrong options are other jobs or terms
    that are not linked to the right one (`related` either way) and, for tasks, do not list
    similar work, so each question has exactly one defensible answer.
    """
    rng = random.Random(f"{seed}:{lang}")
    builder = _ChallengeBuilder(kb, lang)
    plan = ["task", "term", "task", "term", rng.choice(["task", "term"])]
    plan = (plan * (count // len(plan) + 1))[:count]
    used: set[str] = set()
    out: list[ChallengeQuestion] = []
    for family in plan:
        made = (builder.task(rng, used) if family == "task" else builder.term(rng, used)) or (
            builder.term(rng, used) if family == "task" else builder.task(rng, used)
        )
        if made:
            used.add(made.topic)
            out.append(made)
    return out


class _ChallengeBuilder:
    def __init__(self, kb: KnowledgeBase, lang: Lang):
        self.kb, self.lang = kb, lang
        self.jobs = sorted(e for e, v in kb.entries.items() if v.kind in OUTCOME_KINDS)
        self.terms = sorted(e for e, v in kb.entries.items() if v.kind == "term")
        self.links: dict[str, set[str]] = {e: set() for e in kb.entries}
        for eid, entry in kb.entries.items():
            for other in (*entry.related, *entry.handled_by):
                self.links[eid].add(other)
                self.links.setdefault(other, set()).add(eid)
        # Jobs near each other in the `related` graph (two steps) overlap too much to be each
        # other's wrong answer: "new media operations" for a task of the new media department.
        jobs = set(self.jobs)
        near: dict[str, set[str]] = {j: set() for j in self.jobs}
        for j in self.jobs:
            for r in kb.entries[j].related:
                if r in jobs:
                    near[j].add(r)
                    near[r].add(j)
        self.near = {j: set().union(near[j], *(near[k] for k in near[j])) - {j} for j in self.jobs}
        # Words that say what a job does; words most jobs share ("user", "运营") say nothing.
        self.work = {
            j: set(
                _tokens(
                    " ".join(
                        [
                            *kb.items(j, "tasks", lang),
                            *kb.items(j, "skills", lang),
                            kb.name(j, lang),
                        ]
                    )
                )
            )
            for j in self.jobs
        }
        frequency = Counter(t for words in self.work.values() for t in words)
        common = {t for t, n in frequency.items() if n > max(3, len(self.jobs) // 6)}
        self.work = {j: words - common for j, words in self.work.items()}

    def _linked(self, a: str, b: str) -> bool:
        return b in self.links.get(a, set()) or a in self.links.get(b, set())

    def task(self, rng: random.Random, used: set[str]) -> ChallengeQuestion | None:
        kb, lang = self.kb, self.lang
        pool = [
            (j, task)
            for j in self.jobs
            if j not in used
            for task in kb.items(j, "tasks", lang)
            if not _gives_away(task, kb.name(j, lang))
        ]
        rng.shuffle(pool)
        for owner, task in pool:
            words = set(_tokens(task))
            wrong = [
                j
                for j in self.jobs
                if j != owner and j not in self.near[owner] and not (words & self.work[j])
            ]
            if len(wrong) < 3:
                continue
            names = [kb.name(j, lang) for j in [owner, *rng.sample(wrong, 3)]]
            if len(set(names)) < 4 or any(len(n) > POLL_OPTION for n in names):
                continue
            question = _fmt("task", lang, task=task)
            if len(question) > POLL_QUESTION:
                continue
            options, correct = _shuffle(rng, names)
            explanation = _cut(
                _labelled(names[0], kb.text(owner, "summary", lang), lang), POLL_EXPLANATION
            )
            return ChallengeQuestion("task", owner, question, options, correct, explanation)
        return None

    def term(self, rng: random.Random, used: set[str]) -> ChallengeQuestion | None:
        kb, lang = self.kb, self.lang
        pool = [t for t in self.terms if t not in used]
        rng.shuffle(pool)
        for term in pool:
            label = term_label(kb, term, lang)
            wrong = [t for t in self.terms if t != term and not self._linked(t, term)]
            if len(wrong) < 3:
                continue
            others = rng.sample(wrong, len(wrong))
            explanation = _cut(
                _labelled(label, kb.text(term, "summary", lang), lang), POLL_EXPLANATION
            )
            if rng.random() < 0.5:
                made = self._meaning(rng, term, label, others, explanation)
            else:
                made = self._word(rng, term, label, others, explanation)
            if made:
                return made
        return None

    def _meaning(self, rng, term, label, others, explanation) -> ChallengeQuestion | None:
        """ "What does X mean?", the options being definitions (only those short enough)."""
        definitions = []
        for t in [term, *others]:
            text = definition(self.kb, t, self.lang)
            if len(text) <= POLL_OPTION and text not in definitions:
                definitions.append(text)
            elif t == term:
                return None
            if len(definitions) == 4:
                break
        if len(definitions) < 4:
            return None
        options, correct = _shuffle(rng, definitions)
        question = _fmt("term_meaning", self.lang, term=label)
        return ChallengeQuestion("term_meaning", term, question, options, correct, explanation)

    def _word(self, rng, term, label, others, explanation) -> ChallengeQuestion | None:
        """ "Which term means ...?", the options being the terms' short names."""
        labels = [label]
        for t in others:
            other = term_label(self.kb, t, self.lang)
            if other not in labels and len(other) <= POLL_OPTION:
                labels.append(other)
            if len(labels) == 4:
                break
        question = _fmt("term_word", self.lang, definition=definition(self.kb, term, self.lang))
        if len(labels) < 4 or len(question) > POLL_QUESTION:
            return None
        options, correct = _shuffle(rng, labels)
        return ChallengeQuestion("term_word", term, question, options, correct, explanation)


def term_label(kb: KnowledgeBase, term: str, lang: Lang) -> str:
    """A term's short name: "KV" from "KV (key visual)", "Zhongcao (种草)" from
    "Zhongcao (种草): seeding desire", "种草" from "种草"."""
    name = kb.name(term, lang).split(": ")[0].strip()
    short = re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", name).strip()
    if short != name and not is_zh(lang) and re.search(r"[\u3400-\u9fff]", name):
        return name  # keep "(种草)": it is the word itself, not a gloss
    return short or name


def definition(kb: KnowledgeBase, term: str, lang: Lang) -> str:
    """The first sentence of a term's summary, with the term itself masked."""
    summary = kb.text(term, "summary", lang)
    first = re.split(r"(?<=[.!?])\s+|(?<=[。！？])", summary, maxsplit=1)[0].strip()
    for part in re.split(r"[\s（()）]+", term_label(kb, term, lang)):
        if len(part) >= 2:
            first = re.sub(re.escape(part), "…", first, flags=re.IGNORECASE)
    return first


def _labelled(label: str, text: str, lang: Lang) -> str:
    return f"{label}：{text}" if is_zh(lang) else f"{label}: {text}"


def _fmt(key: str, lang: Lang, **values: str) -> str:
    """A question's wording (`challenge_<key>` in knowledge/locales/*/challenge.ftl)."""
    return _CATALOG.text(f"challenge_{key}", lang, **values)


def _shuffle(rng: random.Random, options: list[str]) -> tuple[tuple[str, ...], int]:
    """Shuffle options whose first item is the right one; return them and where it went."""
    order = list(range(len(options)))
    rng.shuffle(order)
    return tuple(options[i] for i in order), order.index(0)


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = max(cut.rfind(" "), cut.rfind("，"), cut.rfind("、"), cut.rfind("；"))
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:，、；") + "…"


_WORD = re.compile(r"[a-z]{4,}")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_GENERIC = {"with", "from", "into", "their", "team", "department", "operations", "work"}


def _tokens(text: str) -> list[str]:
    """Content words of a phrase: English words of 4+ letters (crudely stemmed) and Chinese
    character pairs, for comparing what two jobs do."""
    text = text.lower()
    words = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in _WORD.findall(text)]
    tokens = [w for w in words if w not in _GENERIC]
    for run in _CJK_RUN.findall(text):
        tokens += [run[i : i + 2] for i in range(len(run) - 1)]
    return tokens


def _gives_away(task: str, name: str) -> bool:
    """A task that repeats the job's own name ("brand positioning" for the brand department)
    answers itself."""
    task_l, name_l = task.lower(), name.lower()
    words = [w for w in _WORD.findall(name_l) if w not in _GENERIC]
    if any(w.rstrip("s") in task_l for w in words):
        return True
    core = re.sub(r"(部门|部|岗|团队|运营|運營|中心)$", "", name_l)
    return len(core) >= 2 and bool(re.search(r"[\u3400-\u9fff]", core)) and core in task_l
