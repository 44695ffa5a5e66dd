"""Every question set in tests/eval/, registered once: its name (the file's stem), the floor
tests/test_eval.py holds it to, and one line on how it was written and what it scored.

`tests/eval/evaluate.py --NAME`, `benchmarks/engine_bench.py --set NAME` and the tests read
this registry; a new set is one more `QuestionSet` at the end of `QUESTION_SETS` (the tests
fail while a question file in tests/eval/ is not registered). A set merged blind (its first line
"# blind") is registered with no floor and left out of the tests and of `engine_bench.py --fresh`
until it has been measured, once; then its story gets the figure and it gets a floor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class QuestionSet:
    name: str  # the file's stem: fresh50 is tests/eval/fresh50.yaml
    floor: float | None  # what tests/test_eval.py holds it to; None: a test of its own
    story: str  # how it was written, and what it scored when measured

    @property
    def path(self) -> Path:
        return HERE / f"{self.name}.yaml"

    @property
    def unmeasured(self) -> bool:
        """Written to be measured once, unseen, and not measured yet: its file starts with the
        line "# blind" (tests/eval/BRIEF.md) until then, and it has no floor."""
        with self.path.open(encoding="utf-8") as f:
            return f.readline().startswith("# blind")

    @property
    def family(self) -> str:
        """ "fresh" for fresh.yaml, fresh2.yaml, ...; "dev" for the dev sets; else the name."""
        return re.sub(r"\d+$", "", self.name)


# The order the sets were added in (git log). Measured once means blind: a fresh set's figure
# is the honest one for unseen questions only until it is tuned on.
#
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
QUESTION_SETS = (
    QuestionSet(
        "questions",
        None,
        "what the engine is tuned on: tests/test_eval.py holds each language to a floor, every "
        "uncovered aspect said to be missing, every labelled move right",
    ),
    # Looked at once, for general fixes; not to be tuned against. Its floor sits just under what
    # the engine reaches (87% now) and may only go up.
    QuestionSet(
        "holdout",
        0.85,
        "written separately, without sight of the engine or of questions.yaml, to see whether "
        "tuning on questions.yaml generalises",
    ),
    # Its figure is the honest one for unseen questions: do not tune against it.
    QuestionSet(
        "blind",
        0.80,
        "written last, blind to questions.yaml, holdout.yaml and the engine; measured once when "
        "it was added (82.5%)",
    ),
    # Written for the engine's second generation, before it was changed, in the words people use
    # on forums (chatty, two-part, Taiwan and Hong Kong wording, pay and prospects, moves with
    # their direction, follow-ups in conversations). Measured once blind (70.2%), and reported;
    # since then it is tuning material: its figure is a tuned one. A new blind set measures
    # unseen questions.
    QuestionSet(
        "fresh",
        0.97,
        "written blind in forum words for the engine's second generation, measured blind once, "
        "at 70.2%; tuned on since",
    ),
    # Written blind (session 3), before that session's engine changes were merged, by someone
    # who saw neither the engine nor the other sets; measured once, at the end (76.5%), and
    # reported; tuning material since.
    QuestionSet(
        "fresh2",
        0.97,
        "written blind in session 3, measured once at its end, at 76.5%; tuned on since",
    ),
    # Written blind (session 4) in the same way, before that session's engine changes were
    # merged; measured once, at the end (88.3%), and reported; tuning material since. The next
    # change needs a fresh4 written before it for an honest figure.
    QuestionSet(
        "fresh3",
        0.98,
        "written blind in session 4, measured once at its end, at 88.3%; tuned on since",
    ),
    # Written blind (session 5, 20:20 UTC) by a helper that read only the articles, the id
    # lists, the scorer and fresh3's header, before that session's engine changes; measured
    # once, at the end of that session (89.6%), and reported; tuning material since.
    QuestionSet(
        "fresh4",
        0.95,
        "written blind in session 5 and measured once at its end, at 89.6%; tuned on since",
    ),
    # Written in session 5 by a helper that saw neither the engine nor the other sets, as tuning
    # material from the start: its misses are read and fixed by general rules.
    QuestionSet(
        "dev5",
        0.97,
        "written in session 5 by a helper that saw neither the engine nor the other sets, as "
        "tuning material from the start",
    ),
    QuestionSet("dev6", 0.95, "the same as dev5, with more conversations and job ads"),
    # Its author labelled from KB-COVERAGE.md and the id list without reading the articles (its
    # header says so): a label may be wrong.
    QuestionSet(
        "dev7",
        0.97,
        "the same as dev5 (comparisons, moves, aspects), labelled without reading the articles",
    ),
    QuestionSet("dev8", 0.91, "the same as dev5, most of it Taiwan and Hong Kong wording"),
    # Written blind (session 6, 23:02 UTC) in the same way, before that session's engine
    # changes; measured once, at 00:22 the next day (85.8%; the engine as it was before the
    # session: 83.6%), and reported; tuning material since.
    QuestionSet(
        "fresh5",
        0.92,
        "written blind in session 6 and measured once at its end, at 85.8%; tuned on since",
    ),
    QuestionSet(
        "dev9",
        0.93,
        "session 6, the same way as dev5: job ads, kinds of company, who does a task, "
        "conversations",
    ),
    QuestionSet("dev10", 0.81, "the same as dev9, by persona (students, movers, ...)"),
    # Written blind (session 7, 01:45 UTC) in the same way, by a helper that read only the
    # articles, KB-COVERAGE, IDS/SCHEMA, this scorer and fresh5's header; measured once, at
    # 03:18 the next hour, after that session's engine changes: 90.2% (the engine as it was
    # before the session: 89.8%), and reported; tuning material from session 8 on.
    QuestionSet(
        "fresh6",
        0.95,
        "written blind in session 7 and measured once at its end, at 90.2%; tuned on since",
    ),
    # Written blind (session 8, 04:23-04:29 UTC) in the same way by a helper that read only the
    # articles, KB-COVERAGE, IDS/SCHEMA, this scorer and fresh6's header, while that session's
    # first engine changes were made apart from it.
    QuestionSet(
        "fresh7",
        0.94,
        "written blind in session 8, measured once at its end, 88.0%; tuned on in session 9",
    ),
    QuestionSet("dev11", 0.94, "session 8: forum English, indirect questions"),
    # Labelled from KB-COVERAGE more than from the articles (its header says so): a label may be
    # wrong.
    QuestionSet("dev12", 0.94, "session 8: conversations, moves, Taiwan and Hong Kong wording"),
    # Written blind (session 9, 07:02-07:07 UTC) the same way, from the commit before that
    # session's first engine change.
    QuestionSet(
        "fresh8",
        0.94,
        "written blind in session 9, measured once at its end, 86.7%; tuned on in session 10",
    ),
    QuestionSet(
        "dev13",
        0.94,
        "session 9: written apart by a helper, weighted like the blind sets (role and term first)",
    ),
    QuestionSet(
        "dev14", 0.91, "session 9, the same way: long, indirect, mixed and two-part questions"
    ),
    QuestionSet(
        "dev15", 0.89, "session 9, the same way: moves (a third) and conversations (a quarter)"
    ),
    QuestionSet(
        "dev16",
        0.90,
        "session 9, the same way: mostly English, Reddit and LinkedIn wording, pinyin dropped in",
    ),
    # Written blind (session 10, 11:37-11:47 UTC) the same way, from the commit before that
    # session's first engine change; measured once, at 13:03 at its end: 87.2% (86.7% by the
    # scorer as it was before that session; the engine as it was before the session: 86.0%,
    # 85.4%).
    QuestionSet("fresh9", 0.93, "written blind in session 10, measured once at its end, 87.2%"),
    # Written blind (session 11, 14:35-15:05 UTC) from that session's first commit, by a helper
    # told the labelling decisions its header records; measured once, at 16:20: 82.6% (the
    # engine as it was before the session: 82.4%). A third of it is templated from a few
    # phrasings per aspect.
    QuestionSet("fresh10", 0.88, "written blind in session 11, measured once near its end, 82.6%"),
    # Written blind (session 12, 20:00-20:08 UTC) by three helpers, one per language, before
    # that session's engine changes, all written one by one; measured once, at 21:25: 87.3% (the
    # engine as it was before the session: 86.6%).
    QuestionSet("fresh11", 0.93, "written blind in session 12, measured once near its end, 87.3%"),
    # Written blind (session 13, 02:58-03:06 UTC) by three helpers, one per language, each
    # question by hand, from the articles, the id lists, this scorer and the documented
    # conventions only; merged unread; measured once, at 04:30: 88.8% (the engine as it was
    # before the session: 87.7%); tuning material since.
    QuestionSet("fresh12", 0.95, "written blind in session 13, measured once near its end, 88.8%"),
    # session 13: written apart by a helper from the articles and the conventions.
    QuestionSet(
        "dev17",
        0.82,
        "session 13, written apart: long, chatty messages (background first, the question after)",
    ),
    QuestionSet(
        "dev18",
        0.81,
        "session 13, written apart: job-ad lines (quoted or not), self-descriptions, who does a "
        "task",
    ),
    QuestionSet(
        "dev19",
        0.92,
        "session 13, written apart: moves in every wording (the start after the goal, from "
        "outside), conversations that lean on earlier turns",
    ),
    # Written blind (session 14, 06:39-06:47 UTC) by three helpers, one per language, each
    # question by hand, from the articles, the id lists, this scorer and the documented
    # conventions only; merged unread; measured once, at 08:09: 89.6% (the engine as it was
    # before the session: 88.4%); tuning material since.
    QuestionSet("fresh13", 0.92, "written blind in session 14, measured once near its end, 89.6%"),
    # session 14: written apart by two helpers from the articles and the conventions: moves,
    # fit, job-ad lines, long messages and ideas in roundabout words.
    QuestionSet(
        "dev20", 0.84, "session 14, written apart: moves, fit, job ads, ideas; en and zh-Hans"
    ),
    QuestionSet(
        "dev21",
        0.89,
        "session 14, written apart: the same as dev20 in Taiwan and Hong Kong wording",
    ),
    # session 15: written apart by two helpers from the articles and the conventions.
    QuestionSet(
        "dev22",
        0.95,
        "session 15: what the blind sets found weakest (self-descriptions, aspects in forum "
        "words, gaps, who, typos); en and zh-Hans",
    ),
    QuestionSet("dev23", 0.96, "session 15: the same as dev22 in Traditional"),
    QuestionSet(
        "dev24",
        0.94,
        "session 15, later: every kind in many voices, conversations of 3-4 turns, moves and "
        "comparisons said in unusual orders; en and zh-Hans",
    ),
    QuestionSet("dev25", 0.93, "session 15, later: the same as dev24 in Traditional"),
    QuestionSet(
        "dev26", 0.95, "session 15, last: the blind sets' mix in many voices, all three languages"
    ),
    # Written blind (session 15) the same way; measured once, at the session's end: 89.4% (the
    # engine at the session's start: 88.6%); tuning material since.
    QuestionSet("fresh14", 0.94, "written blind in session 15, measured once near its end, 89.4%"),
    QuestionSet(
        "dev27",
        0.94,
        "session 16: fresh14's weak spots (self-descriptions asking whether a job exists for "
        "them, moves told through one's duties or a past job, the way in, which company, who "
        "does an everyday task, long messages); en and zh-Hans",
    ),
    QuestionSet("dev28", 0.93, "session 16: the same as dev27 in Traditional"),
    QuestionSet(
        "dev29",
        0.96,
        "session 16, later: the blind sets' mix in voices earlier sets missed (very short, "
        "hurried, pasted recruiter messages, quoting a boss, arguing with the last answer, two "
        "languages); en and zh-Hans",
    ),
    QuestionSet("dev30", 0.98, "session 16, later: the same as dev29 in Traditional"),
    # Written blind (session 16) the same way, by three helpers from the articles, the id lists,
    # the scorer and the conventions; measured once, at the session's end: 90.2% (the engine at
    # the session's start: 89.7%); tuning material since.
    QuestionSet("fresh15", 0.93, "written blind in session 16, measured once near its end, 90.2%"),
    # Written blind later in session 16 (600 questions, 200 per language, 13:46-13:52 UTC) while
    # the engine took fresh15's misses as tuning; measured once at 13:53: 88.7% (the engine when
    # it was written, 9e29339: 88.7%; at the session's start: 87.3%); tuning material since.
    QuestionSet("fresh16", 0.92, "written blind later in session 16, measured once, 88.7%"),
    # A third, last in session 16 (480 questions, 160 per language, written 14:00-14:05 UTC
    # while fresh16's misses were read); measured once at 14:06: 90.0% (the engine when it was
    # written, fd0c18c: 90.0%; at the session's start: 88.3%); tuning material since.
    QuestionSet("fresh17", 0.94, "written blind last in session 16, measured once, 90.0%"),
    # Session 17's, written first (600 questions, 200 per language, 14:45-14:50 UTC, by three
    # helpers from the same brief, merged unread) and measured once at 16:05 with the session's
    # final engine (278e2bf: the learnt kinds and jobs): 90.3% (at the session's start, 85b84a6:
    # 88.5%); tuning material since, and taught to `careerbot kb learn`.
    QuestionSet("fresh18", 0.93, "written blind first in session 17, measured once, 90.3%"),
    # session 18: written apart by four helpers, each on one weak spot of the blind sets, 240
    # questions in all three languages. First read at e14c07c.
    QuestionSet(
        "dev31",
        0.82,
        "session 18: self-descriptions asking what fits (and near misses); first read 62.1%",
    ),
    QuestionSet("dev32", 0.85, "session 18: long messages (most of them moves); first read 78.8%"),
    QuestionSet(
        "dev33", 0.84, "session 18: job ads and who-questions over every job; first read 76.2%"
    ),
    QuestionSet(
        "dev34",
        0.90,
        "session 18: aspects in unusual wordings and comparisons; first read 87.1%",
    ),
    # Session 18's, written first (600 questions, 200 per language, 17:44-17:48 UTC, by three
    # helpers from fresh18's brief, merged unread) and measured once at 18:49 with the session's
    # final engine (3581375): 95.5%; the engine of the session's start (c21cd6f) scores 95.2% on
    # it, an easier set than the earlier ones. Tuning material since, and taught to `kb learn`.
    QuestionSet(
        "fresh19",
        0.94,
        "written blind first in session 18, measured once, 95.5%; the session's first engine: "
        "95.2%",
    ),
    # session 19: written apart by three helpers, one per language, from fresh20's brief. First
    # read before `kb learn` saw them, at d571f51 with two wording fixes.
    QuestionSet(
        "dev35",
        0.92,
        "session 19, English: voices an earlier writer would not think of (parents, recruiters, "
        "other trades' jargon, speech-to-text, very terse or very long, arguing with the bot); "
        "first read 84.6%",
    ),
    QuestionSet(
        "dev36", 0.94, "session 19: the same as dev35 in Simplified Chinese; first read 90.0%"
    ),
    QuestionSet("dev37", 0.92, "session 19: the same as dev35 in Traditional; first read 90.8%"),
    # Session 19's, written first (600 questions, 200 per language, 21:42-21:46 UTC, by three
    # helpers from a new brief asking for voices earlier writers would not think of: parents,
    # recruiters, other trades, speech-to-text, arguing with the bot), merged unread, and
    # measured once at 22:55 with the session's engine then (2332588): 88.8%; the engine of the
    # session's start (46b6d7f) scores 87.5% on it. Tuning material since, and taught to
    # `kb learn`.
    QuestionSet(
        "fresh20",
        0.88,
        "written blind first in session 19 in new voices, measured once, 88.8%; the session's "
        "first engine: 87.5%",
    ),
    # session 20: written apart by three helpers, one per language. First read before `kb learn`
    # saw them, at 7287c78.
    QuestionSet(
        "dev38",
        0.74,
        "session 20, English: the hard kinds (job ads in many shapes, moves told by the daily "
        "work, fit from what one did, who-questions asked as a problem at work, conversations); "
        "first read 72.5%",
    ),
    QuestionSet(
        "dev39", 0.78, "session 20: the same as dev38 in Simplified Chinese; first read 79.2%"
    ),
    QuestionSet("dev40", 0.84, "session 20: the same as dev38 in Traditional; first read 82.9%"),
    # Session 20's, written first (600 questions, 200 per language, 04:08-04:15 UTC, by three
    # helpers that saw neither the engine nor any other set, from a brief restating the labelling
    # conventions: voices asking for someone else, other trades, speech-to-text, terse and very
    # long messages, arguing, job ads as lists, conversations, about 20 uncovered aspects), while
    # the session's first engine change was made apart from them (committed 04:14); merged
    # unread, and measured once at 05:42 with the session's engine then (4bd68ab): 87.0% (en
    # 89.0, zh-Hans 87.0, zh-Hant 85.0); the engine of the session's start (0b42da0) scores 85.7%
    # on it. Tuning material since, and taught to `kb learn`.
    QuestionSet(
        "fresh21",
        0.86,
        "written blind first in session 20, measured once, 87.0%; the session's first engine: "
        "85.7%",
    ),
    # Session 21's, written first (600 questions, 200 per language, 10:21-10:45 UTC, by three
    # helpers from tests/eval/BRIEF.md, which the session committed before they started), merged
    # unread and kept out of `kb learn` by its "# blind" first line until it was measured, once,
    # at 11:40 with the session's final engine (66441ea): 86.5% (en 85.0, zh-Hans 90.0, zh-Hant
    # 84.5); the engine of the session's start (c5c227b) scores 84.0% on it. Tuning material
    # since, and taught to `kb learn`.
    QuestionSet(
        "fresh22",
        0.90,
        "written blind first in session 21, measured once, 86.5%; the session's first engine: "
        "84.0%",
    ),
    # session 21: written apart by three helpers, one per language, from tests/eval/BRIEF.md
    # weighted to what the blind sets miss most. First read before `kb learn` saw them, with the
    # engine of the session's start, c5c227b.
    QuestionSet(
        "dev41",
        0.83,
        "session 21, English: long stories, parents, concepts asked indirectly, moves told by the "
        "daily work, speech-to-text, aspects asked the long way round; first read 67.1%",
    ),
    QuestionSet(
        "dev42", 0.87, "session 21: the same as dev41 in Simplified Chinese; first read 72.5%"
    ),
    QuestionSet("dev43", 0.84, "session 21: the same as dev41 in Traditional; first read 66.7%"),
    # Session 22's, written first (600 questions, 200 per language, 13:12-13:20 UTC, by three
    # helpers from tests/eval/BRIEF.md), merged unread and kept out of `kb learn` by its "# blind"
    # first line until it was measured, once, at 14:19 with the session's final engine
    # (9e93a2f): 78.3% (en 78.0, zh-Hans 84.5, zh-Hant 72.5); the engine of the session's start
    # (6a68070) scores 76.3% on it, a harder set than fresh22 (84.0% with the start engine of its
    # session). Tuning material since, and taught to `kb learn`.
    QuestionSet(
        "fresh23",
        0.82,
        "written blind first in session 22, measured once, 78.3%; the session's first engine: "
        "76.3%",
    ),
    # session 22: written apart by three helpers from tests/eval/BRIEF.md, each in all three
    # languages. First read before `kb learn` saw them, with the session's engine then: b0b409f
    # for dev44 and dev45, 23867ea for dev46.
    QuestionSet(
        "dev44",
        0.78,
        "session 22: moves told by the daily work, people asking for someone else; first read "
        "75.4%",
    ),
    QuestionSet(
        "dev45",
        0.84,
        "session 22: conversations, doubting turns and aspects; first read 72.9%",
    ),
    QuestionSet(
        "dev46",
        0.82,
        "session 22: job ads, how companies organise teams, fit and ideas asked without their "
        "names; first read 66.2%",
    ),
    # Session 23's, written first (600 questions, 200 per language, 15:43-15:50 UTC, by three
    # helpers from tests/eval/BRIEF.md), merged unread and kept out of `kb learn` until it was
    # measured, once, at 16:34 with the session's engine then (ff8ac13): 81.5% (en 77.0, zh-Hans
    # 83.0, zh-Hant 84.5); the engine of the session's start (9d6d607) scores 81.0% on it.
    # Measured before the session's end, so fresh25 was written blind then for the final figure.
    # Tuning material since.
    QuestionSet(
        "fresh24",
        0.88,
        "written blind first in session 23, measured once, 81.5%; the session's first engine: "
        "81.0%",
    ),
    # session 23: written apart by three helpers from tests/eval/BRIEF.md. First read before
    # `kb learn` saw them: engine of 993c804 for dev47 and dev48; for dev49 the session's engine
    # after its Hong Kong rules, before the rule on teams offered (the session's start engine,
    # 9d6d607: 57.5% on dev49).
    QuestionSet(
        "dev47",
        0.92,
        "session 23: Hong Kong voices (written Cantonese, Kongish); first read 80.8%",
    ),
    QuestionSet(
        "dev48",
        0.86,
        "session 23: people asking for someone else (all three languages); first read 80.8%",
    ),
    QuestionSet(
        "dev49",
        0.76,
        "session 23: arguing and doubting, fit told as life stories, who-questions offering "
        "teams, ideas told by their situation (all three languages); first read 56.7%",
    ),
    # Session 23's second, written blind from BRIEF.md at 16:36-16:45 UTC by three helpers (200
    # per language; the engine then: ff8ac13), merged unread behind "# blind", measured once at
    # 16:56 with the session's engine then (dedfe28): 80.5% (en 78.5, zh-Hans 82.5, zh-Hant
    # 80.5); the engine of the session's start (9d6d607) scores 80.0% on it. Tuning material
    # since.
    QuestionSet(
        "fresh25",
        0.88,
        "written blind in session 23, measured once, 80.5%; the session's first engine: 80.0%",
    ),
    # Session 23's third, written blind at 16:58-17:07 UTC (the engine then: dedfe28), merged
    # unread, measured once at 17:16 with the session's final engine (191d5ab): 81.0% (en 79.0,
    # zh-Hans 80.5, zh-Hant 83.5); the engine of the session's start (9d6d607) scores 80.2%.
    QuestionSet(
        "fresh26",
        0.88,
        "written blind in session 23, measured once with its final engine, 81.0%; the "
        "session's first engine: 80.2%",
    ),
    # Session 24's, written blind at 18:29-18:35 UTC before the session's first engine change
    # (the engine then: 0d77c4e), merged unread, measured once at 20:10 with the session's final
    # engine (e147a3b): 86.3% (en 85.0, zh-Hans 88.5, zh-Hant 85.5), 85.3% by the scorer as it
    # was at the session's start (before two words asked together were scored right as term or
    # compare); the engine of the session's start scores 85.2% (84.2%). Tuning material since.
    QuestionSet(
        "fresh27",
        0.89,
        "written blind in session 24, measured once with its final engine, 86.3%; the "
        "session's first engine: 85.2%",
    ),
    # Session 25's, written blind at 21:27-21:45 UTC before the session's first engine change
    # (the engine then: 8f358b8), merged unread, measured once at 22:39 with the session's final
    # engine (c560706): 84.7% (en 83.5, zh-Hans 90.0, zh-Hant 80.5); the engine of the session's
    # start scores 84.0%. Tuning material since.
    QuestionSet(
        "fresh28",
        0.85,
        "written blind in session 25, measured once with its final engine, 84.7%; the "
        "session's first engine: 84.0%",
    ),
    # Session 26's, written blind at 00:20-00:58 UTC by three helpers while the session's first
    # engine changes were made apart from them, merged unread, measured once at 01:12 with the
    # session's engine then (c851980): 82.7% (en 85.5, zh-Hans 81.5, zh-Hant 81.0); the engine
    # of the session's start (736bdab) scores 82.2%. Tuning material since.
    QuestionSet(
        "fresh29",
        0.82,
        "written blind in session 26, measured once with the engine then, 82.7%; the "
        "session's first engine: 82.2%",
    ),
    # Session 27's, written blind at 03:11-03:17 UTC by three helpers from tests/eval/BRIEF.md,
    # merged unread before the session's first engine change was committed, measured once at
    # 04:30 with the session's engine then (1d265ec): 86.8% (en 87.0, zh-Hans 83.0, zh-Hant
    # 90.5); the engine of the session's start (9969cb4) scores 86.8% too. Tuning material since.
    QuestionSet(
        "fresh30",
        0.88,
        "written blind in session 27, measured once with the engine then, 86.8%; the "
        "session's first engine: 86.8%",
    ),
    # Session 28's, written blind at 06:11-06:17 UTC by three helpers from tests/eval/BRIEF.md,
    # merged unread (1b291ba) before the session's first engine change was committed, measured
    # once at 07:19 with the session's engine then (ac333b3): 84.7% (en 79.5, zh-Hans 84.0,
    # zh-Hant 90.5); the engine of the session's start (04aac31) scores 84.7% too. Tuning
    # material since.
    QuestionSet(
        "fresh31",
        0.87,
        "written blind in session 28, measured once with the engine then, 84.7%; the "
        "session's first engine: 84.7%",
    ),
    # Written blind in session 29 (600 questions, three helpers from BRIEF.md, one per
    # language), merged unread (27ba43a) before the session's first engine change was committed,
    # measured once at 10:10 with the session's engine then (0e2a589): 85.7% (en 83.5, zh-Hans
    # 87.5, zh-Hant 86.0; 85.5% strict on script); the engine of the session's start (f799a37)
    # scores 84.8% with the same scorer. Tuning material since.
    QuestionSet(
        "fresh32",
        0.87,
        "written blind in session 29, measured once with the engine then, 85.7%; the "
        "session's first engine: 84.8%",
    ),
    QuestionSet(
        "fresh33",
        0.89,
        "written blind in session 30, measured once with the engine then, 89.5%; the "
        "session's first engine: 89.2%",
    ),
    # From here on each fresh set was written blind by three helpers from tests/eval/BRIEF.md
    # and is tuning material since it was measured.
    # session 31: after the session's rules on new media and the trio 营销/市场/运营; the engine
    # of 673a2b1 (an easier set).
    QuestionSet(
        "fresh34",
        0.92,
        "written blind in session 31, measured once with the engine then, 93.8%; the "
        "session's first engine: 93.7%",
    ),
    # session 31: written apart by two helpers from tests/eval/BRIEF.md while fresh34 was
    # written. First read with the session's start engine, 40135f2, before `kb learn` saw them.
    QuestionSet(
        "dev50",
        0.84,
        "session 31: recruiters' job ads, moves told across a conversation, fit told as a story, "
        "aspects asked chatty; first read 68.8%",
    ),
    QuestionSet(
        "dev51",
        0.89,
        "session 31: who-questions told as a problem at work, comparisons and which is better, "
        "words asked inside a story, how kinds of companies organise; first read 82.9%",
    ),
    # session 32: the engine of e8210a4 (a harder set).
    QuestionSet(
        "fresh35",
        0.88,
        "written blind in session 32, measured once with the engine then, 85.2%; the "
        "session's first engine: 85.0%",
    ),
    # session 32: written apart by two helpers from tests/eval/BRIEF.md after fresh35 was
    # merged: follow-ups in conversations of 3-6 turns, the weakest voice of the blind sets.
    # First read at engine 0d73f9c, before `kb learn` saw them.
    QuestionSet(
        "dev52",
        0.81,
        "session 32: follow-ups in conversations of 3-6 turns, English and Simplified Chinese; "
        "first read 72.1%",
    ),
    QuestionSet(
        "dev53",
        0.83,
        "session 32: follow-ups in conversations of 3-6 turns, Taiwan and Hong Kong; first read "
        "80.4%",
    ),
    # session 33: the engine of 49148f4.
    QuestionSet(
        "fresh36",
        0.88,
        "written blind in session 33, measured once with the engine then, 89.5%; the "
        "session's first engine: 89.3%",
    ),
    # session 34: the engine of a122c8a.
    QuestionSet(
        "fresh37",
        0.88,
        "written blind in session 34, measured once with the engine then, 90.1%; the "
        "session's first engine: 89.8%",
    ),
    # session 35: the engine of 2b79a99.
    QuestionSet(
        "fresh38",
        0.87,
        "written blind in session 35, measured once with the engine then, 89.2%; the "
        "session's first engine: 89.2%",
    ),
    # session 36: the engine of eb88505; no answer changed.
    QuestionSet(
        "fresh39",
        0.89,
        "written blind in session 36, measured once with the engine then, 91.6%; the "
        "session's first engine: 91.6%",
    ),
    # session 37: the engine of 7666c58; one answer worse.
    QuestionSet(
        "fresh40",
        0.89,
        "written blind in session 37, measured once with the engine then, 90.8%; the "
        "session's first engine: 90.9%",
    ),
    # session 38: the engine of ec7c0f1; four answers better.
    QuestionSet(
        "fresh41",
        0.87,
        "written blind in session 38, measured once with the engine then, 89.2%; the "
        "session's first engine: 88.6%",
    ),
    # session 39: the engine of bc58de7; three answers better.
    QuestionSet(
        "fresh42",
        0.88,
        "written blind in session 39, measured once with the engine then, 89.8%; the "
        "session's first engine: 89.4%",
    ),
    # session 40: the engine of 4790357; five answers better.
    QuestionSet(
        "fresh43",
        0.89,
        "written blind in session 40, measured once with the engine then, 91.2%; the "
        "session's first engine: 90.6%",
    ),
    # session 41: the engine of 2036465; two better, one worse.
    QuestionSet(
        "fresh44",
        0.88,
        "written blind in session 41, measured once with the engine then, 90.0%; the "
        "session's first engine: 89.9%",
    ),
    # session 42: the engine of 004a18d; five better, two worse.
    QuestionSet(
        "fresh45",
        0.88,
        "written blind in session 42, measured once with the engine then, 90.1%; the "
        "session's first engine: 89.8%",
    ),
    # session 43: the engine of 12ac854; one better, none worse.
    QuestionSet(
        "fresh46",
        0.90,
        "written blind in session 43, measured once with the engine then, 92.3%; the "
        "session's first engine: 92.2%",
    ),
    # session 44: the engine of 7e284b7; two better, none worse.
    QuestionSet(
        "fresh47",
        0.88,
        "written blind in session 44, measured once with the engine then, 89.4%; the "
        "session's first engine: 89.2%",
    ),
    # session 45: the engine of 2be17ea.
    QuestionSet(
        "fresh48",
        0.90,
        "written blind in session 45, measured once with the engine then, 91.9%; the "
        "session's first engine: 91.9%, no answer's outcome different",
    ),
    # session 46: the engine of 94bedf6; no answer's kind or topics differs either.
    QuestionSet(
        "fresh49",
        0.91,
        "written blind in session 46, measured once with the engine then, 92.4%; the "
        "session's first engine: 92.4%, no answer's outcome different",
    ),
    # session 47: the engine of c40ae10; no answer's kind or topics differs either.
    QuestionSet(
        "fresh50",
        0.92,
        "written blind in session 47, measured once with the engine then, 93.5%; the "
        "session's first engine: 93.5%, no answer's outcome different",
    ),
    # session 48: the engine of f6d9654; the session's first engine (a75f0b0, the same engine as
    # 5e6b3c2): 88.3%, two answers better, none worse. Weighted further to moves and uncovered
    # aspects than fresh47-fresh50, and harder: under the 92% target with either engine.
    QuestionSet(
        "fresh51",
        0.87,
        "written blind in session 48 (more moves and uncovered aspects), measured once with the "
        "engine then, 88.6%; the session's first engine: 88.3%",
    ),
    # session 49: the engine of fc6db6c; the session's first engine (67f977d, the same engine as
    # a358e0b): 89.9% too, not one answer's outcome different. Written with fresh51's weights.
    QuestionSet(
        "fresh52",
        0.89,
        "written blind in session 49 (more moves and uncovered aspects, as fresh51), measured "
        "once with the engine then, 89.9%; the session's first engine: 89.9%, no answer's "
        "outcome different",
    ),
    # session 50: the engine of 7c61137; the session's first engine (3b65478, the same engine as
    # 40b47a5): 87.3%, two answers better, none worse. English is its hardest part (82.1%).
    QuestionSet(
        "fresh53",
        0.87,
        "written blind in session 50 (more moves and uncovered aspects, as fresh51-fresh52), "
        "measured once with the engine then, 87.5%; the session's first engine: 87.3%",
    ),
)

_BY_NAME = {s.name: s for s in QUESTION_SETS}


def question_set(name: str) -> QuestionSet:
    """The set named `name` ("fresh50", "dev53", "holdout"); a KeyError listing the names."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no question set {name!r}; the sets: {', '.join(names())}") from None


def names() -> list[str]:
    """Every set's name: questions, holdout and blind, then the fresh sets, then the dev sets."""
    apart = [s for s in QUESTION_SETS if s.family not in ("fresh", "dev")]
    return [s.name for s in (*apart, *fresh_sets(), *dev_sets())]


def fresh_sets() -> tuple[QuestionSet, ...]:
    """fresh.yaml, fresh2.yaml, ...: each written blind and measured once, tuned on since."""
    return tuple(s for s in QUESTION_SETS if s.family == "fresh")


def dev_sets() -> tuple[QuestionSet, ...]:
    """dev5.yaml on: written apart from the engine as tuning material from the start."""
    return tuple(s for s in QUESTION_SETS if s.family == "dev")


def tuned_sets() -> tuple[QuestionSet, ...]:
    """The fresh and dev sets, in the order they were added, but one not measured yet: each
    held to its floor."""
    return tuple(s for s in QUESTION_SETS if s.family in ("fresh", "dev") and not s.unmeasured)
