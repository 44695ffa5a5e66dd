"""A second opinion on what kind of question a message is, from weights learnt on the labelled
question sets (knowledge/compiler/kinds.py), and when it outweighs the wording patterns' own.

The patterns are precise when they fire: a move or a comparison they read is rarely wrong. What
they miss is a new wording: a self-description asking what fits read as a question about the
job it names, a pasted duty read as a term, a move told in a story read as a job's card. So the
learnt kind is heard only when it is sure (its lead over the next kind) and names a more
particular kind than the patterns found; a card on a job, a term or an idea replaces a move or
a comparison the patterns read only when it is certain (OVERRULES_ANY)."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice, repeat

from ...text.grams import shape_features

# How far the learnt kind must lead the next one (in the weights' hundredths) to be heard.
# Chosen on sets the weights were learnt without (benchmarks/kinds_bench.py prints the
# trade): at 500 it mends one answer more and breaks one more, at 1,200 two fewer and one.
SURE = 800
# ("I love my family and my friends" has the shape of a self-description at a lead of 1,690.)
CERTAIN = 4 * SURE

# How far the learnt kind "fit" must lead to answer a message read as nothing understood: a
# self-description with no job named ("想要钱多，抗压，能说会道…这种性格做啥"). Session 27, on
# fresh20-29 each left out of learning in turn (6,000 questions): at 1,200-2,000, +1 -0 against
# CERTAIN; at 2,500, none.
FIT_OVER_UNKNOWN = 2000
# The kinds of answer that read the question the most generally: a card on what is named,
# or nothing understood.
_GENERAL = frozenset({"role", "term", "concept", "org", "unknown"})
# The particular kinds the learnt kind may replace a general reading with, and what else
# each may replace: a move read as a self-description ("我喺銀行做teller…唔知由邊度開始"
# stays a move only when the patterns found its start), a who-question asked of a move.
_OVER = {
    # (over "not sure" only when certain: "I love my family and my friends" has the shape of
    # a self-description, and nothing to say about work)
    "fit": _GENERAL | {"transition", "compare", "who"},
    "transition": _GENERAL | {"who"},
    "compare": _GENERAL,
    "who": _GENERAL | {"transition"},
    # A pasted duty read as the term it names, or as an idea; an ad with its question ("这是
    # 销售岗还是市场岗", "硬件公司的电商部招人：…") read as a comparison of the two or the kind of
    # company (on sets left out, +12 -0). (Not over a job's card: there the job-ad reader's
    # pick is no better than the names'.)
    "jd": frozenset({"term", "concept", "compare", "org", "unknown"}),
}
# Not even a certain guess: a comparison learnt (its labels are the least consistent: two words
# asked together, which is better), an idea or a kind of company (each has a step of its own,
# `Engine._the_idea_learnt` and `_the_org_learnt`: read again as one, the words find a near
# idea, or one kind of company of two), nor a job ad over a move told by its duties
# ("定上市节奏…我这种能转产品策划吗"). A comparison the patterns read stays, unless the
# learnt kind is who ("是HR写还是品牌部写": teams offered); after fresh27 was learnt, certain
# cards, terms and moves over "应该先做运营还是先做推广？", "KOL和KOC各自是什么意思" and two jobs
# done at once broke what the unit tests hold.
_NEVER_OVER = frozenset({"compare", "concept", "org"})
_NEVER_OVER_PAIRS = frozenset(
    {("jd", "transition")}
    | {(k, "compare") for k in ("fit", "jd", "role", "term", "transition", "unknown")}
)
# Said the same by either reading: a job's card answers "who does this" and a job ad.
_SAME = ({"who", "role"}, {"jd", "role"}, {"jd", "who"})


# The longest message read whole by the learnt weights (the labelled ones are shorter).
READ_AT_MOST = 900
# The most features of a message summed (READ_AT_MOST characters have a few thousand).
_MOST_FEATURES = 1 << 16
# The width of each label's field in a packed row (`LearntWeights`): an unsigned long long.
_BITS = 8 * array("Q").itemsize
_MASK = (1 << _BITS) - 1

# How far the learnt job of a job ad or a who-question must lead the next job to be answered
# instead of the one the names and the job-ad reader found (on sets left out: at 800, 20
# mended and 2 broken; at 1,500, 19 and none; session 20, on three sets written after the
# weights were learnt, dev38-dev40: 1,500 and 1,000 572 of 720, 700 577).
JOB_SURE = 700
# ...to answer instead of a card on a job the question named
CARD_SURE = 1500
# ...and to start a move at the job a person's daily work tells, before the goal (a start read
# wrongly is a confident wrong answer: "我喺agency做咗兩年AE" is no activity operations)
MOVE_START_SURE = 1000
# ...and to answer a question that asks outright who does something and is otherwise not
# understood ("not sure" is the alternative; session 21, learnt without dev38-dev43, fresh20
# and fresh21 and asked their who-questions: leads from 350 to 600 right 9 times in 11)
JOB_SURE_UNANSWERED = 350
# How far the learnt kind "concept" must lead for an idea found by its words to answer a
# question whose reading found no idea (on dev41-dev43 left out of learning: at 1,000, 20 of
# 24 such questions mended and at most 2 broken; at 600, 24 of 30 and 3).
CONCEPT_SURE = 1000
# How far the learnt topic (an idea or a kind of company) must lead the next to be the one
# answered: the idea over the one whose text shares most words with the question, the kind of
# company where the question names none (session 26, learnt without fresh26-28, then without
# fresh23-25, and asked their stand-alone questions: at 1,000 or more, ideas right 205 times in
# 209, kinds of company 115 in 115; under 1,000, 54 in 75 and 17 in 32).
TOPIC_SURE = 1000
# ...and how far the learnt kind "concept" must lead for that idea to answer a question read as
# an aspect of a job ("高阶的运营或者营销人到底需要什么能力" is not the skills of operations).
TOPIC_OVER_ASPECT = 3000
# How far the learnt kind "jd" must lead for duties listed, then "is this ops or marketing?",
# to be read as a job ad, not as a problem told with teams offered (session 23: on the sets
# registered, 2,000 keeps every job ad so asked; dev49's problems told lead by at most 1,508).
AD_SURE = 2000
# How far the learnt aspect (pay, prospects, the way in...) must lead the next one to lead an
# answer about a job when the patterns read no aspect; and to ask a follow-up otherwise not
# understood of the conversation's subject ("人工大概有幾多？夠唔夠佢出去住交租？"). Chosen on
# sets the weights were learnt without (benchmarks/aspects_bench.py, session 24, on fresh21-26
# and dev47-49, 4,320 questions the patterns were tuned on: 400/1,000 mended 10 answers, 800/
# 1,000 9, 1,200/2,500 4, none broken at any lead; the learnt aspect itself right on 89-96% of
# each set's labelled questions).
ASPECT_SURE = 800
ASPECT_SURE_UNANSWERED = 1000
# How far the learnt kind "org" must lead for a kind of company the question names to answer
# instead of a card on the team it names or a comparison of two (session 24: on fresh24-26
# left out of learning, every stand-alone question the learnt kind called org by 400 or more
# was labelled org, 63 of 63; the engine had answered 16 of them otherwise).
ORG_SURE = 600
# A learnt kind this sure outweighs a reading of any other kind (the re-reading must still
# agree and name something), and a reading settled by its own parts (not by a conversation):
# "I'm the one who organises every team dinner… Where do I belong?" read as the card of the
# job its last part names. Session 24, on 14 sets left out of learning in turn (6,600
# questions): +24 -0 at 2,000 (at 1,200, +28 -9, before comparisons, ideas and job ads over
# moves were kept out).
OVERRULES_ANY: int | None = 2000
SETTLED_OVERRULED: int | None = 2000
# (not a move learnt over two questions whose first is answered, the second offered: "用户运营
# 考核看什么？能转产品运营吗"; without moves, +21 -0 of the +24)
SETTLED_BY = frozenset({"fit", "who", "jd", "role", "term", "unknown"})
# A learnt job leading by this much, but less than it needs to answer, is offered one tap away.
JOB_OFFERED = 300


class LearntWeights:
    """The learnt weights of each label (kinds of question, or jobs), held by feature: a
    question's score adds up only the weights its own features have (a message of 300 Chinese
    characters has about 800 features).

    Each feature's weights for every label are packed into one integer, a field per label
    (each weight raised by the largest, so that no field is negative) and one more field that
    counts the feature: a question's scores are then one sum of integers, added up in C, and
    its fields read back. (Summed label by label, the tables took 6 ms of a long question;
    summed as columns of tuples, a tenth of every answer's time.)"""

    def __init__(
        self,
        by_label: dict[str, dict[str, int]],
        features: Callable[[str], frozenset[str]] = shape_features,
    ):
        """`by_label`: each label's weights by feature, as the compiler writes them;
        `features`: what a message is read as (the ones the weights were learnt of)."""
        self.labels = tuple(by_label)
        self._features = features
        width = len(self.labels)
        lift = max((abs(w) for weights in by_label.values() for w in weights.values()), default=0)
        # Fields of 64 bits, each the sum of up to _MOST_FEATURES raised weights, never carry.
        assert 2 * lift * _MOST_FEATURES < 1 << _BITS, "learnt weights too large to pack"
        self._raise, self._count_at = lift, width * _BITS
        rows: dict[str, list[int]] = {}
        fresh = [lift] * width + [1]  # (every label raised, and the count)
        for i, label in enumerate(self.labels):
            for feature, weight in by_label[label].items():
                row = rows.get(feature)
                if row is None:
                    row = rows[feature] = fresh.copy()
                row[i] = weight + lift
        # (packed through an array's bytes: the fields laid out in C, not shifted one by one)
        self.packed = {
            feature: int.from_bytes(array("Q", row).tobytes(), "little")
            for feature, row in rows.items()
        }

    def _unpack(self, total: int) -> list[int]:
        """Each label's score of a sum of packed rows (the raise taken off as many times as
        the rows summed)."""
        lift = (total >> self._count_at) * self._raise
        return [((total >> (i * _BITS)) & _MASK) - lift for i in range(len(self.labels))]

    @property
    def by_label(self) -> dict[str, dict[str, int]]:
        """Each label's weights by feature again, those that weigh nothing left out (as the
        compiler gives them; for tests and benchmarks)."""
        out: dict[str, dict[str, int]] = {label: {} for label in self.labels}
        for feature, packed in self.packed.items():
            for label, weight in zip(self.labels, self._unpack(packed), strict=True):
                if weight:
                    out[label][feature] = weight
        return out

    def best(self, text: str) -> tuple[str, int] | None:
        """The likeliest label and its lead over the next; None without learnt weights."""
        if len(self.labels) < 2:
            return None
        if len(text) > READ_AT_MOST:
            # a message's kind is told by how it opens and what it asks at the end
            text = f"{text[: READ_AT_MOST // 3]} {text[-2 * READ_AT_MOST // 3 :]}"
        # (READ_AT_MOST characters have a few thousand features, far under _MOST_FEATURES)
        features = islice(self._features(text), _MOST_FEATURES)
        total = sum(map(self.packed.get, features, repeat(0)))
        ranked = sorted(zip(self._unpack(total), self.labels, strict=True), reverse=True)
        (first, label), (second, _) = ranked[:2]
        return label, first - second

    def guess(self, text: str) -> KindGuess | None:
        """The likeliest kind of question, for weights learnt of kinds."""
        found = self.best(text)
        return KindGuess(*found) if found else None


@dataclass(frozen=True)
class KindGuess:
    kind: str
    lead: int

    def agrees(self, kind: str) -> bool:
        return kind == self.kind or {kind, self.kind} in _SAME

    def certain(self) -> bool:
        """Far surer than `SURE`: enough to answer a self-description whose reading finds
        nothing with the invitation to say more or take the quiz."""
        return self.lead >= CERTAIN

    def vouches_for(self, kind: str) -> bool:
        """Whether this guess is sure of the same kind as a reading not sure enough itself."""
        return self.lead >= SURE and self.agrees(kind)

    def outweighs(
        self,
        kind: str,
        newcomer: bool = False,
        asked_who: bool = False,
        settled_reading: bool = False,
    ) -> bool:
        """Whether this guess should be answered instead of a reading of kind `kind`.
        `newcomer`: the person says they are at the start of a working life ("new grad, no
        experience"), which makes a self-description's shape about work. `asked_who`: the
        question opens asking who ("who do I talk to about a PR crisis"), which only a certain
        guess overrules. `settled_reading`: the reading is one the patterns are surest of (a
        move whose start was read, a comparison of words, a who-question asked in so many
        words), which even a certain guess leaves."""
        if (
            self.kind == "fit"
            and kind == "unknown"
            and not (self.lead >= FIT_OVER_UNKNOWN or newcomer)
        ):
            return False
        if asked_who and kind == "who" and not self.certain():
            return False
        if (
            OVERRULES_ANY is not None
            and self.lead >= OVERRULES_ANY
            and not self.agrees(kind)
            and self.kind not in _NEVER_OVER
            and (self.kind, kind) not in _NEVER_OVER_PAIRS
            and not settled_reading
        ):
            return True
        return self.lead >= SURE and not self.agrees(kind) and kind in _OVER.get(self.kind, ())
