"""What people tell of themselves around a question: the duties of their days ("我每天都在…",
"My days: …"), the field they studied, a meaning they guess, the job they have been doing a while
("做久了之後…"), and whether their own job would count towards another. Read by the engine;
patterns only, no knowledge base."""

from __future__ import annotations

import re

from ...text.quick import quick
from ..linker import Mention

# The person's current duties, listed: what the job held is.
DUTIES_NOW = quick(
    re.compile(
        r"(what i do now|right now my days are|my days are|my day is|day to day i|my days\s*:"
        r"|current (job|role)\s*:|(现况|现状|现在|目前|当前|\bnow|\bcurrently)\s*[:：]"
        r"|(currently i|i currently) (run|do|handle|manage|look after|work on)"
        r"|my job is (basically|mostly)|i look after|现在每天的工作|每天的工作|现在每天"
        # "My week: write press releases, pitch reporters…", "I spend all day adjusting bids"
        r"|my (week|weeks|typical week|typical day)( is| are| looks like)?\s*:|i spend (all day|my days|most of my (day|time))"
        r"|日常工作|现在干的是|现在做的是|目前的工作|平时的工作|工作内容是|(现在|目前)的工作是"
        r"|我现在(主要|每天)?(在)?(负责|做|干)"
        # "我每天都在調Google關鍵字出價…", "我日日都係打俾經銷商催貨": one's days, told
        r"|我(每天|日日|天天|平时|平常)(?!的)(都)?(在|是|系)?|^\s*(每天|日日|天天)(都)?(在|是|系))"
        # (the duties end where the wish begins: "…回客服訊息，想轉用戶運營")
        r"\s*[:：,，]?\s*(?P<duties>(?!什么|啥|哪些|哪)(?![^，,。.!]*(什么|啥|吗|嘛|怎么|哪|多少|[?？]))"
        r"(?:(?![，,]\s*(?:我?想|要|打算|准备|希望|考虑|现在想|而家想|这样|这种|像我"
        r"|i want|want|but|and now))"
        # (nor a question asked after them: "我每天都在写公众号文章，品牌经理每天做什么？")
        r"(?![，,][^，,。.!]*(什么|啥|吗|嘛|怎么|哪|多少|[?？]))"
        r"[^。.!?？！]){6,200})",
        re.I,
    )
)

STUDIED_FIELD = re.compile(
    r"\b(didn'?t|did not|never|don'?t|do not) (study|studied|major in|do)( in)? [a-z]+\b"
    r"|\b(studied|majored in|major in|a degree in|graduated in|grad in) [a-z]+( [a-z]+)?\b"
    r"|(非|不是|没学过|没读过|学|读|念)[\u4e00-\u9fff]{1,5}(专业|系)(的|出身)?"
)

GUESSED_MEANING = re.compile(
    r"(就是|是不是|是指|就系|即系|即是)(?P<guess>[^，,。？?]{2,24}?)的?意思"
    r"|\b(mean|means|just)\s+(?P<guess2>[\w ]{3,40}?)\s*(\?|$|\bright\b)"
    # "KOC到底啥意思，就是小网红？": the meaning asked, then the person's guess at it
    r"|(意思|意思呀|意思啊)\s*[，, ]\s*(就是|是不是就是|是不是|即系|就系)(?P<guess3>[^，,。？?\s]{2,12}?)"
    r"\s*(吗|嘛|么|呀|啊)?\s*[?？]?\s*$"
    # "分銷係咪即係搵人幫你賣", "投流是不是就是花钱买量": a word, then what it is guessed to be
    r"|^(?![^，,。？?\s]*意思)[^，,。？?\s]{2,10}?\s*(是不是就是|是不是即是|就是|即是)(?P<guess4>[^，,。？?]{2,20}?)"
    r"\s*(吗|嘛|么|呀|啊|呢)?\s*[?？]?\s*$"
)

STUDIED = quick(
    re.compile(
        r"\s*(专业|系毕业|硕士|研究生|本科|\bmajors?\b|\bdegree\b|\bgraduates?\b|\bgrads?\b|\bstudents?\b"
        r"|\bmaster('| )?s\b|\bmsc\b|\bmba\b|\bbachelor('| )?s\b|\bcourse\b|\bprogramme?\b)"
    )
)

# "学的市场营销", "主修行销": a field studied, said before it.
STUDIED_BEFORE = re.compile(r"(学的|读的|主修|念的|修的)\s*$")


def studied_names(q: str, mentions: list[Mention]) -> list[Mention]:
    """The names of a field studied ("市场营销专业": 市场, then 营销), not jobs held or wished."""
    studied = [
        m
        for m in mentions
        if STUDIED.match(q, m.end) or STUDIED_BEFORE.search(q, max(0, m.start - 4), m.start)
    ]
    starts = {m.start for m in studied}
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.end in starts and m not in studied:
            studied.append(m)
            starts.add(m.start)
    return studied


# Doing the job just asked about for a while: "做久了之後", "after a few years of it"
DOING_IT = re.compile(
    r"^\s*(那)?(做|干)(久了|了?几年|一段时间|个几年)"
    r"|\bafter (a few|some|several) years (of it|doing it)\b"
)

# Whether one's own job helps towards the one before: "would my background count for that?",
# "可以轉嗎", "有機會嗎"
COUNTS_THERE = re.compile(
    r"\b(count|work|help|be enough|be useful|transfer|matter)\b.{0,20}\b(for|in|there|towards)\b"
    r"|\bmove into (that|it|this)\b|可以转|能转|转得过去|有机会吗|有优势吗|用得上|算不算"
)
