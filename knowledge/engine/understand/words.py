"""Wordings more than one reader of a question needs, written once: regex fragments joined
into the patterns of `intents`, `moving`, `direction`, `parts`, `aspects` and the engine."""

from __future__ import annotations

# The goal said as where one wants to be: "Brand team is where I want to be in 3 years",
# "PR is where I wanna end up", "where I'd like to go".
WHERE_I_WANT_TO_BE = (
    r"\bwhere i ((want|hope|plan|would like) to|wanna|'?d like to) (be|end up|go)\b"
)

# ...and said as a goal: "目标是去公关部", "终极目标是做品牌经理".
GOAL_IS = r"目标是(去|做|当|进|成为)"

# Whether one can cross over (or jump over) to the job named before: "这样跨得过去吗", "跳过去
# 会很难吗" (also in Traditional script, for readers of the raw text).
CROSS_OVER = r"跨得?过去|跳得?过去(?!的)"
CROSS_OVER_RAW = r"跨得?过去|跨得?過去|跳得?过去(?!的)|跳得?過去(?!的)"

# Where to begin, asked: "从哪下手", "由哪里开始", "从哪一步入手".
WHERE_TO_BEGIN_ZH = r"(从|由)(哪|哪里|哪儿)(一步)?(下手|入手|开始)"
# "where do I even begin": the way in asked (by a newcomer; by one holding a job, the way over)
WHERE_TO_START_EN = r"\bwhere (do|should|would|can) i (even |actually |possibly )?(start|begin)\b"

# The person asking, in English ("i m" is "I'm" with its apostrophe folded away)...
I_ME_EN = r"\b(i|i'?m|i m|me|my|myself)\b"
# ...or anyone whose work English words could tell: "I run…", "my sister does…", "he runs…".
SOMEONE_EN = r"\b(i|i'?m|i m|me|my|myself|we|our|he|she|his|her|they|their)\b"

# Years a job was held, in Chinese: "五年", "3 年", "半年" ("干运营五年了", "教了十年书").
YEARS_ZH = r"(?:\d+|[一二三四五六七八九十两几半]+)\s*年"

# A Chinese A-not-A question: "岗位多不多", "累不累", "算唔算" (not 动不动 or 时不时: "often").
A_NOT_A = r"(?!动不动|時不時|时不时)(?P<a>[\u4e00-\u9fff])[不唔](?P=a)"

# Several words asked about as words: "拉新 留存 轉化 這三個詞差在哪", "these terms".
# (the count said, when one is, in the groups `count` and `count_en`: the engine reads it)
THESE_WORDS = (
    r"(这|那)(?P<count>几|两|俩|三|四|些)个?(词|字眼|术语)"
    r"|\b(these|those|the|both) ((?P<count_en>two|three|four) )?(terms|words|buzzwords)\b"
)

# Doing a job, said right before it: "做用户运营", "当了小编", "搞紧投放" (Cantonese 紧: doing
# now). The engine reads it before a job named, the planner before a job told as done.
DOING_A_JOB_ZH = r"(做|当|干|搞)(开|了|緊|紧)?"

# Two-character words that say how a job is ("公关比品牌辛苦吗"): what two jobs are weighed by
# (`intents`), and no name of something else when glued to a name (`everyday`: 品牌辛苦).
QUALITIES_ZH = (
    "辛苦", "轻松", "稳定", "吃香", "赚钱", "清闲", "压力", "自由", "容易", "复杂", "简单", "重要",
    "有趣", "无聊", "枯燥", "体面", "靠谱",
)  # fmt: skip

# Work told, asked whether it is the job's: "is that really part of it?" (an aspect read by
# `aspects`, and more words of the story allowed by the engine's confidence).
PART_OF_THE_JOB = r"part of (it|the job|the role|her job|his job|their job|what they do)"
