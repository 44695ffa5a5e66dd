"""Sentences of a message: asides ("面试被问懵了", "lol, my boss asked") are sentences that name
nothing we know, and must not drag down the confidence of the sentence that does."""

from __future__ import annotations

import re

from ...text.quick import quick
from .words import A_NOT_A, CROSS_OVER_RAW

_BREAK = re.compile(
    r"[，,。？！?!；;\n…~～]+|\.(?=\s|$)|\s+-\s+|\s+(?:lol|lmao|haha+|tbh|btw)\b\s*"
    # A space between two Chinese clauses ends one: "种草到底是啥意思 老听人说", also before a
    # Latin word the next clause starts with ("…得BD一下 BD是什么意思").
    r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]|[a-z0-9+]+[\u4e00-\u9fff])"
    # Chat shorthand in pinyin initials is an aside: "9+1是什么 gkd 明天就面了", "dbq问个…"
    r"|\s*\b(?:gkd|dbq|xswl|yyds|awsl|zqsg|nsdd|hhh+|orz)\b\s*"
    # An emoji ends a sentence as a full stop does: "行銷企劃在做什麼😵‍💫 面試官問我…".
    r"|[\U0001F300-\U0001FAFF\u2600-\u2793][\U0001F300-\U0001FAFF\u2600-\u2793\u200d\ufe0f\s]*",
    re.I,
)


def sentences(text: str) -> list[str]:
    """The message cut at sentence and clause marks; empty pieces dropped."""
    return [p.strip() for p in _BREAK.split(text) if p and p.strip()]


# What makes a sentence the question itself rather than the story around it.
_ASKS = quick(
    re.compile(
        r"[?？]"
        r"|^\s*((and|but|so|also|then|ok|okay|lol|honestly|seriously|just|anyway|well|wait|like|um)\s+){0,3}"
        r"(what|whats|how|which|who|whom|whose|why|where)\b"
        # (not "PR is where I wanna end up", "brand is what I want": a relative clause)
        r"|^\s*([a-z'\-]+\s+){0,2}(?<!\bis )(?<!\bwas )(what|whats|how|which|who|whom|whose|why|where)\b"
        r"|\b(wonder|wondering|want to know|wanna know|no idea|any idea|tell me|explain|curious)\b"
        r"\s+(what|how|which|who|why|where|if|whether)\b"
        # "岗位多不多", "累不累": a Chinese A-not-A question
        rf"|{A_NOT_A}"
        # Cantonese 點 (how) before a verb: "點入行", "點揀"
        r"|[點点](入|做|揀|拣|搵|揾|去|算|分|样|樣|先)"
        # ...or closing a terse question: "前景點", "人工點" (not "多一点", "早点", "8点", nor
        # a word ending in 点: "追熱點", "谈返点", "核心卖点")
        r"|^\s*\S{1,6}(?<![\d一二三四五六七八九十两兩几幾半有多少早晚快慢好差轻輕高低大小远遠近"
        r"热熱返卖賣重痛要优優缺亮地观觀特焦节節起终終卡站网網盲槽])[點点]\s*$"
        r"|吗|嗎|呢|什么|什麼|怎么|怎麼|怎样|怎樣|如何|哪|谁|誰|是否|能否|可否|有没有|有沒有|咩|点样|點樣|请问|請問|区别|區別|差别|差別|啥|咋|多少|幾|几个|幹嘛|干嘛|是不是|會不會|会不会|能不能|可不可以|要不要|好不好"
    )
)
# "Can I…", "Did anyone…": a question by its first word only, which a sentence ended by a full
# stop is not ("Did 6 months at an agency.", "Can do SEO, did it for years.").
_ASKS_BY_ORDER = re.compile(
    r"^\s*((and|but|so|also|then|ok|okay|lol|honestly|seriously|just|anyway|well|wait|like|um)\s+){0,3}"
    r"(can|could|should|would|is|are|does|do|did|any|will)\b"
)


# "啥都干", "什么都做", "哪儿都去": a question word before 都 means "everything", not a question.
_EVERY = re.compile(r"(什么|什麼|啥|哪儿|哪裡|哪里|谁|誰)(都|也)")


# "What I do now: running ads…", "現在每天的工作：…": a label before a list, no question.
_LABEL = re.compile(
    r"^\s*(what i (do|did|am doing)( now| all day| every day| daily| at work)?|my days are)\s*[:：]"
)


def asks(sentence: str, stated: bool = False) -> bool:
    """Whether a sentence asks something (a question mark, a question word, or the order of
    its first words unless `stated`: it ends with a full stop or an exclamation mark)."""
    low = sentence.lower()
    if _LABEL.match(low) and not re.search(r"[?？]", low):
        return False
    if "都" in low or "也" in low:
        low = _EVERY.sub(" ", low)
    return bool(_ASKS.search(low) or (not stated and _ASKS_BY_ORDER.search(low)))


# "this job", "这个活", "that": a sentence that refers to what the story around it named.
_REFERS = quick(
    re.compile(
        r"\b(it|its|this|that|these|those|they|them|which one|which of|either|both)\b"
        # A judgement of what was just said: "…content operations, realistic or delusional?"
        r"|\b(realistic|delusional|crazy|possible|doable|feasible|viable)\b|可行|靠谱|现实吗"
        # ...or an opinion asked of it: "…going into user ops at a big co, thoughts?"
        # (the whole sentence: "any tips for a cheap flight to Tokyo?" asks about the flight)
        r"|^\W*(any )?(thoughts|advice|tips|ideas|opinions|suggestions)\W*$"
        r"|^\W*what do (you|u|y'?all|people) think\W*$"
        r"|^\W*(大家)?(怎么看|有什么建议|有啥建议|求建议|求指点|求指教|给点建议|觉得呢)\W*$"
        r"|这|這|那|它|呢(个|個|队|隊|份|种|種|班)|嗰|𠮶|佢|两者|兩者|哪一个|哪一個"
        rf"|{CROSS_OVER_RAW}"
    )
)


def refers_back(sentence: str) -> bool:
    return bool(_REFERS.search(sentence.lower()))


# "What does a GTM team do, and who do they report to?": a second question joined by "and".
_AND_ASKS = re.compile(
    r"\s(?:and|also|plus|but)\s(?=(?:how|what|whats|who|whom|where|why|which|can|could|would"
    r"|should|is|are|do|does|did|will)\b)"
)


def clauses(piece: str) -> list[tuple[int, int]]:
    """Where the questions joined by "and" in one sentence lie in it."""
    out, at = [], 0
    for m in _AND_ASKS.finditer(piece):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(piece)))
    return [(a, b) for a, b in out if piece[a:b].strip()]
