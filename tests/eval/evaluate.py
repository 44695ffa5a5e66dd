"""Scores the engine on tests/eval/questions.yaml: used by the test and the benchmark.

Run it directly to see accuracy by language, kind and tag, and every miss:
    .venv/bin/python tests/eval/evaluate.py [-v] [--holdout | --blind | --fresh | --fresh2 | --fresh3 | --fresh4 | --fresh5 | --fresh6 | --fresh7 | --dev5 | ... | --dev46]
"""

from __future__ import annotations

import functools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

QUESTIONS = Path(__file__).with_name("questions.yaml")
# Written separately, without sight of the engine or of questions.yaml, to see whether tuning on
# questions.yaml generalises. Looked at once, for general fixes; not to be tuned against.
HOLDOUT = Path(__file__).with_name("holdout.yaml")
# Written last, blind to both sets above and to the engine; measured once when it was added
# (82.5%). Its figure is the honest one for unseen questions: do not tune against it.
BLIND = Path(__file__).with_name("blind.yaml")
# Written for the engine's second generation, before it was changed, in the words people use on
# forums (chatty, two-part, Taiwan and Hong Kong wording, pay and prospects, moves with their
# direction, follow-ups in conversations). Measured once blind (70.2%), and reported; since then
# it is tuning material: its figure is a tuned one. A new blind set measures unseen questions.
FRESH = Path(__file__).with_name("fresh.yaml")
# Written blind (session 3), before that session's engine changes were merged, by someone who
# saw neither the engine nor the other sets; measured once, at the end (76.5%), and reported;
# tuning material since.
FRESH2 = Path(__file__).with_name("fresh2.yaml")
# Written blind (session 4) in the same way, before that session's engine changes were merged;
# measured once, at the end (88.3%), and reported; tuning material since. The next change needs a
# fresh4 written before it for an honest figure.
FRESH3 = Path(__file__).with_name("fresh3.yaml")
# Written blind (session 5, 20:20 UTC) by a helper that read only the articles, the id lists,
# the scorer and fresh3's header, before that session's engine changes; measured once, at the
# end of that session (89.6%), and reported; tuning material since.
FRESH4 = Path(__file__).with_name("fresh4.yaml")
# Written blind (session 6, 23:02 UTC) in the same way, before that session's engine changes;
# measured once, at 00:22 the next day (85.8%; the engine as it was before the session: 83.6%),
# and reported; tuning material since.
FRESH5 = Path(__file__).with_name("fresh5.yaml")
# Written blind (session 7, 01:45 UTC) in the same way, by a helper that read only the
# articles, KB-COVERAGE, IDS/SCHEMA, this scorer and fresh5's header; measured once, at 03:18
# the next hour, after that session's engine changes: 90.2% (the engine as it was before the
# session: 89.8%), and reported; tuning material from session 8 on.
FRESH6 = Path(__file__).with_name("fresh6.yaml")
# Written blind (session 8, 04:23-04:29 UTC) in the same way by a helper that read only the
# articles, KB-COVERAGE, IDS/SCHEMA, this scorer and fresh6's header, while that session's
# first engine changes were made apart from it; to be measured once, at the session's end.
FRESH7 = Path(__file__).with_name("fresh7.yaml")
# Written blind (session 9, 07:02-07:07 UTC) the same way, from the commit before that session's
# first engine change; measured once, at that session's end (86.7%); tuning material since.
FRESH8 = Path(__file__).with_name("fresh8.yaml")
# Written blind (session 10, 11:37-11:47 UTC) the same way, from the commit before that
# session's first engine change; measured once, at 13:03 at its end: 87.2% (86.7% by the scorer
# as it was before that session; the engine as it was before the session: 86.0%, 85.4%).
FRESH9 = Path(__file__).with_name("fresh9.yaml")
# Written blind (session 11, 14:35-15:05 UTC) from that session's first commit, by a helper told
# the labelling decisions its header records; measured once, at 16:20: 82.6% (the engine as it
# was before the session: 82.4%). A third of it is templated from a few phrasings per aspect.
FRESH10 = Path(__file__).with_name("fresh10.yaml")
# Written blind (session 12, 20:00-20:08 UTC) by three helpers, one per language, before that
# session's engine changes, all written one by one; measured once, at 21:25: 87.3% (the engine as
# it was before the session: 86.6%).
FRESH11 = Path(__file__).with_name("fresh11.yaml")
# Written blind (session 13, 02:58-03:06 UTC) by three helpers, one per language, each question
# by hand, from the articles, the id lists, this scorer and the documented conventions only;
# merged unread; measured once, at 04:30: 88.8% (the engine as it was before the session:
# 87.7%); tuning material since.
FRESH12 = Path(__file__).with_name("fresh12.yaml")
# Written blind (session 14, 06:39-06:47 UTC) by three helpers, one per language, each question
# by hand, from the articles, the id lists, this scorer and the documented conventions only;
# merged unread; measured once, at 08:09: 89.6% (the engine as it was before the session:
# 88.4%); tuning material since.
FRESH13 = Path(__file__).with_name("fresh13.yaml")
# Written blind (session 15) the same way; measured once, at the session's end: 89.4% (the
# engine at the session's start: 88.6%); tuning material since.
FRESH14 = Path(__file__).with_name("fresh14.yaml")
# Written blind (session 16) the same way, by three helpers from the articles, the id lists, the
# scorer and the conventions; measured once, at the session's end: 90.2% (the engine at the
# session's start: 89.7%); tuning material since.
FRESH15 = Path(__file__).with_name("fresh15.yaml")
# Written blind later in session 16 (600 questions, 200 per language, 13:46-13:52 UTC) while the
# engine took fresh15's misses as tuning; measured once at 13:53: 88.7% (the engine when it was
# written, 9e29339: 88.7%; at the session's start: 87.3%); tuning material since.
FRESH16 = Path(__file__).with_name("fresh16.yaml")
# A third, last in session 16 (480 questions, 160 per language, written 14:00-14:05 UTC while
# fresh16's misses were read); measured once at 14:06: 90.0% (the engine when it was written,
# fd0c18c: 90.0%; at the session's start: 88.3%); tuning material since.
FRESH17 = Path(__file__).with_name("fresh17.yaml")
# Session 17's, written first (600 questions, 200 per language, 14:45-14:50 UTC, by three
# helpers from the same brief, merged unread) and measured once at 16:05 with the session's
# final engine (278e2bf: the learnt kinds and jobs): 90.3% (at the session's start, 85b84a6:
# 88.5%); tuning material since, and taught to `careerbot kb learn`.
FRESH18 = Path(__file__).with_name("fresh18.yaml")
# Session 18's, written first (600 questions, 200 per language, 17:44-17:48 UTC, by three
# helpers from fresh18's brief, merged unread) and measured once at 18:49 with the session's
# final engine (3581375): 95.5%; the engine of the session's start (c21cd6f) scores 95.2% on it,
# an easier set than the earlier ones. Tuning material since, and taught to `kb learn`.
FRESH19 = Path(__file__).with_name("fresh19.yaml")
# Session 19's, written first (600 questions, 200 per language, 21:42-21:46 UTC, by three helpers
# from a new brief asking for voices earlier writers would not think of: parents, recruiters,
# other trades, speech-to-text, arguing with the bot), merged unread, and measured once at 22:55
# with the session's engine then (2332588): 88.8%; the engine of the session's start (46b6d7f)
# scores 87.5% on it. Tuning material since, and taught to `kb learn`.
FRESH20 = Path(__file__).with_name("fresh20.yaml")
# Session 20's, written first (600 questions, 200 per language, 04:08-04:15 UTC, by three helpers
# that saw neither the engine nor any other set, from a brief restating the labelling conventions:
# voices asking for someone else, other trades, speech-to-text, terse and very long messages,
# arguing, job ads as lists, conversations, about 20 uncovered aspects), while the session's
# first engine change was made apart from them (committed 04:14); merged unread, and measured once
# at 05:42 with the session's engine then (4bd68ab): 87.0% (en 89.0, zh-Hans 87.0, zh-Hant 85.0);
# the engine of the session's start (0b42da0) scores 85.7% on it. Tuning material since, and
# taught to `kb learn`.
FRESH21 = Path(__file__).with_name("fresh21.yaml")
# Session 21's, written first (600 questions, 200 per language, 10:21-10:45 UTC, by three helpers
# from tests/eval/BRIEF.md, which the session committed before they started), merged unread and
# kept out of `kb learn` by its "# blind" first line until it was measured, once, at 11:40 with the
# session's final engine (66441ea): 86.5% (en 85.0, zh-Hans 90.0, zh-Hant 84.5); the engine of the
# session's start (c5c227b) scores 84.0% on it. Tuning material since, and taught to `kb learn`.
FRESH22 = Path(__file__).with_name("fresh22.yaml")
# Session 22's, written first (600 questions, 200 per language, 13:12-13:20 UTC, by three helpers
# from tests/eval/BRIEF.md), merged unread and kept out of `kb learn` by its "# blind" first line
# until it was measured, once, at 14:19 with the session's final engine (9e93a2f): 78.3% (en 78.0,
# zh-Hans 84.5, zh-Hant 72.5); the engine of the session's start (6a68070) scores 76.3% on it, a
# harder set than fresh22 (84.0% with the start engine of its session). Tuning material since,
# and taught to `kb learn`.
FRESH23 = Path(__file__).with_name("fresh23.yaml")
# Session 23's, written first (600 questions, 200 per language, 15:43-15:50 UTC, by three helpers
# from tests/eval/BRIEF.md), merged unread and kept out of `kb learn` until it was measured, once,
# at 16:34 with the session's engine then (ff8ac13): 81.5% (en 77.0, zh-Hans 83.0, zh-Hant
# 84.5); the engine of the session's start (9d6d607) scores 81.0% on it. Measured before the
# session's end, so fresh25 was written blind then for the final figure. Tuning material since.
FRESH24 = Path(__file__).with_name("fresh24.yaml")
# Session 23's second, written blind from BRIEF.md at 16:36-16:45 UTC by three helpers (200 per
# language; the engine then: ff8ac13), merged unread behind "# blind", measured once at 16:56
# with the session's engine then (dedfe28): 80.5% (en 78.5, zh-Hans 82.5, zh-Hant 80.5); the
# engine of the session's start (9d6d607) scores 80.0% on it. Tuning material since.
FRESH25 = Path(__file__).with_name("fresh25.yaml")
# Session 23's third, written blind at 16:58-17:07 UTC (the engine then: dedfe28), merged unread,
# measured once at 17:16 with the session's final engine (191d5ab): 81.0% (en 79.0, zh-Hans
# 80.5, zh-Hant 83.5); the engine of the session's start (9d6d607) scores 80.2%.
FRESH26 = Path(__file__).with_name("fresh26.yaml")
# Session 24's, written blind at 18:29-18:35 UTC before the session's first engine change (the
# engine then: 0d77c4e), merged unread, measured once at 20:10 with the session's final engine
# (e147a3b): 86.3% (en 85.0, zh-Hans 88.5, zh-Hant 85.5), 85.3% by the scorer as it was at the
# session's start (before two words asked together were scored right as term or compare); the
# engine of the session's start scores 85.2% (84.2%). Tuning material since.
FRESH27 = Path(__file__).with_name("fresh27.yaml")
# Session 25's, written blind at 21:27-21:45 UTC before the session's first engine change (the
# engine then: 8f358b8), merged unread, measured once at 22:39 with the session's final engine
# (c560706): 84.7% (en 83.5, zh-Hans 90.0, zh-Hant 80.5); the engine of the session's start
# scores 84.0%. Tuning material since.
FRESH28 = Path(__file__).with_name("fresh28.yaml")
# Session 26's, written blind at 00:20-00:58 UTC by three helpers while the session's first
# engine changes were made apart from them, merged unread, measured once at 01:12 with the
# session's engine then (c851980): 82.7% (en 85.5, zh-Hans 81.5, zh-Hant 81.0); the engine of
# the session's start (736bdab) scores 82.2%. Tuning material since.
FRESH29 = Path(__file__).with_name("fresh29.yaml")
# Session 27's, written blind at 03:11-03:17 UTC by three helpers from tests/eval/BRIEF.md,
# merged unread before the session's first engine change was committed, measured once at 04:30
# with the session's engine then (1d265ec): 86.8% (en 87.0, zh-Hans 83.0, zh-Hant 90.5); the
# engine of the session's start (9969cb4) scores 86.8% too. Tuning material since.
FRESH30 = Path(__file__).with_name("fresh30.yaml")
# Session 28's, written blind at 06:11-06:17 UTC by three helpers from tests/eval/BRIEF.md,
# merged unread (1b291ba) before the session's first engine change was committed, measured
# once at 07:19 with the session's engine then (ac333b3): 84.7% (en 79.5, zh-Hans 84.0, zh-Hant
# 90.5); the engine of the session's start (04aac31) scores 84.7% too. Tuning material since.
FRESH31 = Path(__file__).with_name("fresh31.yaml")
# Written blind in session 29 (600 questions, three helpers from BRIEF.md, one per language),
# merged unread (27ba43a) before the session's first engine change was committed, measured once
# at 10:10 with the session's engine then (0e2a589): 85.7% (en 83.5, zh-Hans 87.5, zh-Hant 86.0;
# 85.5% strict on script); the engine of the session's start (f799a37) scores 84.8% with the
# same scorer. Tuning material since.
FRESH32 = Path(__file__).with_name("fresh32.yaml")
FRESH33 = Path(__file__).with_name("fresh33.yaml")
# session 31: written blind by three helpers from tests/eval/BRIEF.md (after the session's rules
# on new media and the trio 营销/市场/运营), measured once with the engine of 673a2b1: 93.8%; the
# start engine, 93.7% (an easier set); tuning material since.
FRESH34 = Path(__file__).with_name("fresh34.yaml")
# session 32: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of e8210a4: 85.2%; the start engine, 85.0% (a harder set); tuning material since.
FRESH35 = Path(__file__).with_name("fresh35.yaml")
# session 33: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 49148f4: 89.5%; the start engine, 89.3%; tuning material since.
FRESH36 = Path(__file__).with_name("fresh36.yaml")
# session 34: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of a122c8a: 90.1%; the start engine, 89.8%; tuning material since.
FRESH37 = Path(__file__).with_name("fresh37.yaml")
# session 35: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 2b79a99: 89.2%; the start engine, 89.2% too; tuning material since.
FRESH38 = Path(__file__).with_name("fresh38.yaml")
# session 36: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of eb88505: 91.6%; the start engine, 91.6% too (no answer changed); tuning material since.
FRESH39 = Path(__file__).with_name("fresh39.yaml")
# session 37: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 7666c58: 90.8%; the start engine, 90.9% (one answer worse); tuning material since.
FRESH40 = Path(__file__).with_name("fresh40.yaml")
# session 38: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of ec7c0f1: 89.2%; the start engine, 88.6% (four answers better); tuning material since.
FRESH41 = Path(__file__).with_name("fresh41.yaml")
# session 39: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of bc58de7: 89.8%; the start engine, 89.4% (three answers better); tuning material since.
FRESH42 = Path(__file__).with_name("fresh42.yaml")
# session 40: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 4790357: 91.2%; the start engine, 90.6% (five answers better); tuning material since.
FRESH43 = Path(__file__).with_name("fresh43.yaml")
# session 41: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 2036465: 90.0%; the start engine, 89.9% (two better, one worse); tuning material since.
FRESH44 = Path(__file__).with_name("fresh44.yaml")
# session 42: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 004a18d: 90.1%; the start engine, 89.8% (five better, two worse); tuning material since.
FRESH45 = Path(__file__).with_name("fresh45.yaml")
# session 43: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 12ac854: 92.3%; the start engine, 92.2% (one better, none worse); tuning material since.
FRESH46 = Path(__file__).with_name("fresh46.yaml")
# session 44: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 7e284b7: 89.4%; the start engine, 89.2% (two better, none worse); tuning material since.
FRESH47 = Path(__file__).with_name("fresh47.yaml")
# session 45: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 2be17ea: 91.9%; the start engine, 91.9% (no answer's outcome differs).
FRESH48 = Path(__file__).with_name("fresh48.yaml")
# session 46: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of 94bedf6: 92.4%; the start engine, 92.4% (no answer's outcome, kind or topics differs).
FRESH49 = Path(__file__).with_name("fresh49.yaml")
# session 47: written blind by three helpers from tests/eval/BRIEF.md, measured once with the
# engine of c40ae10: 93.5%; the start engine, 93.5% (no answer's outcome, kind or topics differs).
FRESH50 = Path(__file__).with_name("fresh50.yaml")
# Written in session 5 by a helper that saw neither the engine nor the other sets, as tuning
# material from the start: its misses are read and fixed by general rules.
DEV5 = Path(__file__).with_name("dev5.yaml")
DEV6 = Path(__file__).with_name("dev6.yaml")  # the same, with more conversations and job ads
# The same again (comparisons, moves, aspects); its author labelled from KB-COVERAGE.md and the
# id list without reading the articles (its header says so): a label may be wrong.
DEV7 = Path(__file__).with_name("dev7.yaml")
DEV8 = Path(__file__).with_name("dev8.yaml")  # the same, most of it Taiwan and Hong Kong wording
# Session 6, the same way: job ads, kinds of company, who does a task, conversations.
DEV9 = Path(__file__).with_name("dev9.yaml")
DEV11 = Path(__file__).with_name("dev11.yaml")  # session 8: forum English, indirect questions
# session 8: conversations, moves, Taiwan and Hong Kong wording; labelled from KB-COVERAGE
# more than from the articles (its header says so): a label may be wrong
DEV12 = Path(__file__).with_name("dev12.yaml")
# session 9: written apart by a helper, weighted like the blind sets (role and term first)
DEV13 = Path(__file__).with_name("dev13.yaml")
# session 9, the same way: long, indirect, mixed and two-part questions
DEV14 = Path(__file__).with_name("dev14.yaml")
# session 9, the same way: moves (a third) and conversations (a quarter)
DEV15 = Path(__file__).with_name("dev15.yaml")
# session 9, the same way: mostly English, Reddit and LinkedIn wording, pinyin dropped in
DEV16 = Path(__file__).with_name("dev16.yaml")
DEV10 = Path(__file__).with_name("dev10.yaml")  # the same, by persona (students, movers, ...)
# session 13: written apart by a helper from the articles and the conventions: moves in every
# wording (the start after the goal, from outside) and conversations that lean on earlier turns
DEV19 = Path(__file__).with_name("dev19.yaml")
# session 13, the same way: job-ad lines (quoted or not), self-descriptions, who does a task
DEV18 = Path(__file__).with_name("dev18.yaml")
# session 13, the same way: long, chatty messages (background first, the question after)
DEV17 = Path(__file__).with_name("dev17.yaml")
# session 14: written apart by two helpers from the articles and the conventions: moves, fit,
# job-ad lines, long messages and ideas in roundabout words; dev20 in English and Simplified,
# dev21 in Traditional (Taiwan and Hong Kong)
DEV20 = Path(__file__).with_name("dev20.yaml")
DEV21 = Path(__file__).with_name("dev21.yaml")
# session 15: written apart by two helpers from the articles and the conventions, weighted to
# what the blind sets found weakest (self-descriptions, aspects in forum words, gaps, who, typos);
# dev22 in English and Simplified, dev23 in Traditional
DEV22 = Path(__file__).with_name("dev22.yaml")
DEV23 = Path(__file__).with_name("dev23.yaml")
# session 15, later: every kind in many voices, conversations of 3-4 turns, moves and comparisons
# said in unusual orders; dev24 in English and Simplified, dev25 in Traditional
DEV24 = Path(__file__).with_name("dev24.yaml")
DEV25 = Path(__file__).with_name("dev25.yaml")
# session 15, last: the blind sets' mix in many voices, all three languages
DEV26 = Path(__file__).with_name("dev26.yaml")
# session 16: written apart, weighted to what fresh14 found weakest (self-descriptions asking
# whether a job exists for them, moves told through one's duties or a past job, the way in,
# which company, who does an everyday task, long messages); dev27 in English and Simplified,
# dev28 in Traditional
DEV27 = Path(__file__).with_name("dev27.yaml")
DEV28 = Path(__file__).with_name("dev28.yaml")
# session 16, later: the blind sets' mix in voices earlier sets missed (very short, hurried,
# pasted recruiter messages, quoting a boss, arguing with the last answer, two languages);
# dev29 in English and Simplified, dev30 in Traditional
DEV29 = Path(__file__).with_name("dev29.yaml")
DEV30 = Path(__file__).with_name("dev30.yaml")
# session 18: written apart by four helpers, each on one weak spot of the blind sets, 240
# questions in all three languages: dev31 self-descriptions asking what fits (and near misses),
# dev32 long messages (most of them moves), dev33 job ads and who-questions over every job,
# dev34 aspects in unusual wordings and comparisons. First read (e14c07c): 62.1%, 78.8%,
# 76.2%, 87.1%.
DEV31 = Path(__file__).with_name("dev31.yaml")
DEV32 = Path(__file__).with_name("dev32.yaml")
DEV33 = Path(__file__).with_name("dev33.yaml")
DEV34 = Path(__file__).with_name("dev34.yaml")
# session 19: written apart by three helpers, one per language, from fresh20's brief (voices an
# earlier writer would not think of: parents, recruiters, other trades' jargon, speech-to-text,
# very terse or very long, arguing with the bot). First read (before `kb learn` saw them, at
# d571f51 with two wording fixes): dev35 84.6%, dev36 90.0%, dev37 90.8%.
DEV35 = Path(__file__).with_name("dev35.yaml")
DEV36 = Path(__file__).with_name("dev36.yaml")
DEV37 = Path(__file__).with_name("dev37.yaml")
# session 20: written apart by three helpers, one per language, from a brief weighted to the
# hard kinds (job ads in many shapes, moves told by the daily work, fit from what one did,
# who-questions asked as a problem at work, conversations). First read (before `kb learn` saw
# them, at 7287c78): dev38 72.5%, dev39 79.2%, dev40 82.9%.
DEV38 = Path(__file__).with_name("dev38.yaml")
DEV39 = Path(__file__).with_name("dev39.yaml")
DEV40 = Path(__file__).with_name("dev40.yaml")
# session 21: written apart by three helpers, one per language, from tests/eval/BRIEF.md weighted
# to what the blind sets miss most (long stories, parents, concepts asked indirectly, moves told by
# the daily work, speech-to-text, aspects asked the long way round). First read (before `kb learn`
# saw them, with the engine of the session's start, c5c227b): dev41 67.1%, dev42 72.5%, dev43 66.7%.
DEV41 = Path(__file__).with_name("dev41.yaml")
DEV42 = Path(__file__).with_name("dev42.yaml")
DEV43 = Path(__file__).with_name("dev43.yaml")
# session 22: written apart by three helpers from tests/eval/BRIEF.md, each in all three
# languages: dev44 moves told by the daily work and people asking for someone else, dev45
# conversations, doubting turns and aspects, dev46 job ads, how companies organise teams, fit and
# ideas asked without their names. First read (before `kb learn` saw them, with the session's
# engine then: b0b409f for dev44 and dev45, 23867ea for dev46): 75.4%, 72.9%, 66.2%.
DEV44 = Path(__file__).with_name("dev44.yaml")
DEV45 = Path(__file__).with_name("dev45.yaml")
DEV46 = Path(__file__).with_name("dev46.yaml")
# session 23: written apart by three helpers from tests/eval/BRIEF.md: dev47 Hong Kong voices
# (written Cantonese, Kongish), dev48 people asking for someone else (all three languages),
# dev49 arguing and doubting, fit told as life stories, who-questions offering teams, ideas told
# by their situation (all three). First read (before `kb learn` saw them; engine of 993c804 for
# dev47 and dev48; for dev49 the session's engine after its Hong Kong rules, before the rule on
# teams offered): 80.8%, 80.8%, 56.7% (the session's start engine, 9d6d607: 57.5% on dev49).
DEV47 = Path(__file__).with_name("dev47.yaml")
DEV48 = Path(__file__).with_name("dev48.yaml")
DEV49 = Path(__file__).with_name("dev49.yaml")
# session 31: written apart by two helpers from tests/eval/BRIEF.md while fresh34 was written:
# dev50 recruiters' job ads, moves told across a conversation, fit told as a story, aspects
# asked chatty; dev51 who-questions told as a problem at work, comparisons and which is better,
# words asked inside a story, how kinds of companies organise. First read (the session's start
# engine, 40135f2, before `kb learn` saw them): 68.8% and 82.9%.
DEV50 = Path(__file__).with_name("dev50.yaml")
DEV51 = Path(__file__).with_name("dev51.yaml")
# session 32: written apart by two helpers from tests/eval/BRIEF.md after fresh35 was merged:
# follow-ups in conversations of 3-6 turns, the weakest voice of the blind sets (dev52 English and
# Simplified Chinese, dev53 Taiwan and Hong Kong). First read (engine 0d73f9c, before `kb learn`
# saw them): 72.1% and 80.4%.
DEV52 = Path(__file__).with_name("dev52.yaml")
DEV53 = Path(__file__).with_name("dev53.yaml")
SETS = {
    "--holdout": HOLDOUT,
    "--blind": BLIND,
    "--fresh14": FRESH14,
    "--fresh15": FRESH15,
    "--fresh16": FRESH16,
    "--fresh17": FRESH17,
    "--fresh18": FRESH18,
    "--fresh19": FRESH19,
    "--fresh20": FRESH20,
    "--fresh21": FRESH21,
    "--fresh22": FRESH22,
    "--fresh23": FRESH23,
    "--fresh24": FRESH24,
    "--fresh25": FRESH25,
    "--fresh26": FRESH26,
    "--fresh27": FRESH27,
    "--fresh28": FRESH28,
    "--fresh29": FRESH29,
    "--fresh30": FRESH30,
    "--fresh31": FRESH31,
    "--fresh32": FRESH32,
    "--fresh33": FRESH33,
    "--fresh34": FRESH34,
    "--fresh35": FRESH35,
    "--fresh36": FRESH36,
    "--fresh37": FRESH37,
    "--fresh38": FRESH38,
    "--fresh39": FRESH39,
    "--fresh40": FRESH40,
    "--fresh41": FRESH41,
    "--fresh42": FRESH42,
    "--fresh43": FRESH43,
    "--fresh44": FRESH44,
    "--fresh45": FRESH45,
    "--fresh46": FRESH46,
    "--fresh47": FRESH47,
    "--fresh48": FRESH48,
    "--fresh49": FRESH49,
    "--fresh50": FRESH50,
    "--fresh13": FRESH13,
    "--fresh12": FRESH12,
    "--fresh11": FRESH11,
    "--fresh10": FRESH10,
    "--fresh9": FRESH9,
    "--fresh8": FRESH8,
    "--fresh7": FRESH7,
    "--fresh6": FRESH6,
    "--fresh5": FRESH5,
    "--fresh4": FRESH4,
    "--fresh3": FRESH3,
    "--fresh2": FRESH2,
    "--fresh": FRESH,
    "--dev5": DEV5,
    "--dev6": DEV6,
    "--dev7": DEV7,
    "--dev8": DEV8,
    "--dev9": DEV9,
    "--dev10": DEV10,
    "--dev11": DEV11,
    "--dev12": DEV12,
    "--dev13": DEV13,
    "--dev14": DEV14,
    "--dev15": DEV15,
    "--dev16": DEV16,
    "--dev17": DEV17,
    "--dev18": DEV18,
    "--dev19": DEV19,
    "--dev20": DEV20,
    "--dev21": DEV21,
    "--dev22": DEV22,
    "--dev23": DEV23,
    "--dev24": DEV24,
    "--dev25": DEV25,
    "--dev26": DEV26,
    "--dev27": DEV27,
    "--dev28": DEV28,
    "--dev29": DEV29,
    "--dev30": DEV30,
    "--dev31": DEV31,
    "--dev32": DEV32,
    "--dev33": DEV33,
    "--dev34": DEV34,
    "--dev35": DEV35,
    "--dev36": DEV36,
    "--dev37": DEV37,
    "--dev38": DEV38,
    "--dev39": DEV39,
    "--dev40": DEV40,
    "--dev41": DEV41,
    "--dev42": DEV42,
    "--dev43": DEV43,
    "--dev44": DEV44,
    "--dev45": DEV45,
    "--dev46": DEV46,
    "--dev47": DEV47,
    "--dev48": DEV48,
    "--dev49": DEV49,
    "--dev50": DEV50,
    "--dev51": DEV51,
    "--dev52": DEV52,
    "--dev53": DEV53,
}


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


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import os

    from knowledge.open import open_engine

    path = next((p for flag, p in SETS.items() if flag in sys.argv), QUESTIONS)
    print(f"{path.name}:")
    engine = open_engine(Path(os.environ.get("CAREERBOT_DATA_DIR", "data")))
    print(report(evaluate(engine, load_questions(path)), verbose="-v" in sys.argv))
