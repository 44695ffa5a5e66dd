"""What a long message asks, apart from the background around it.

People write a paragraph about themselves and then ask ("坐标杭州，25岁…老板问我要不要转过去。
新媒体部平时到底干啥的？", "I sell billboard space… What skills does a media buyer need?"): the
background names jobs, employers and places the person is not asking about. These functions
find the sentences that ask, so that the engine can read them alone. Pure text: no knowledge
base.
"""

from __future__ import annotations

import re

from .words import A_NOT_A

# Shorter messages are read whole: what they ask is all there is.
LONG_MESSAGE = 80
# Longer "questions" are not questions alone (a pasted text with a question mark in it).
ASKED_MAX = 240


# A message's sentences: Chinese and question marks end one; an English full stop after a letter
# or a digit does when a space and a word follow ("…at a brand. What skills…"; not "3.5").
_SPLIT_SENTENCES = re.compile(
    r"(?<=[。！!？?\n])|(?<=[a-z0-9)]\.)\s+(?=[A-Za-z\u4e00-\u9fff])", re.I
)
# A sentence that asks: a question mark or a particle that asks at its end (吗, 呢); an English
# question word at its start ("which one does acquisition"); the last one, a Chinese question
# word anywhere ("…品牌经理到底是个什么角色").
_ASKS_AT_END = re.compile(r"[？?]\s*$|(吗|嗎|呢|么|麼|未|嘛)[。！!\s]*$")
_ASKS_AT_START = re.compile(
    r"^\s*(what|which|how|why|where|who|is|are|can|could|should|do|does|would|tell me|explain)\b",
    re.I,
)
_ASKS_LAST = re.compile(
    r"什么|什麼|啥|怎么|怎麼|如何|哪个|哪個|哪些|为什么|為什麼|多少|咩|點樣|边个|邊個"
    # "…记者转公关好转吗，要从哪下手"
    r"|从哪|從哪|哪里|哪裡|哪儿|哪边|哪邊|能不能|可不可以|行不行|好不好"
)


# "…? Actually first just tell me what activity ops does", "先说首发": the person orders the
# questions; the whole message is read, its first question first.
_ORDER_SAID = re.compile(
    r"(?:^|[，,。？?！!]\s*)先(说|讲|講|说说|讲讲|講下|讲下)|\bfirst (just )?(tell|explain|answer)",
    re.I,
)


# The clauses of a Chinese sentence, from the first that asks: "看知乎说运营做到高阶要懂营销、
# 懂商业，高阶运营到底需要什么能力" asks only its last clause. (Narrower than parts.asks, which
# also counts 区别, 请问 and the like: here a clause asks by its question words alone.)
_CLAUSE_ASKS = re.compile(
    r"吗|嗎|呢|什么|什麼|啥|怎么|怎麼|怎样|怎樣|如何|咋|哪|为什么|為什麼|多少|咩|點樣|边个|邊個"
    r"|几|幾|是不是|有没有|有沒有|\b(what|which|how|is it|does it)\b"
    rf"|{A_NOT_A}",
    re.I,
)


def clause_asks(clause: str) -> bool:
    """Whether a clause asks, by its question words alone (also read by the job-ad reader, to
    cut the question off the duties quoted before it); not one the person says they know
    ("業務部在做什麼我大概知道啦")."""
    return bool(_CLAUSE_ASKS.search(clause)) and not _KNOWN.search(clause)


def said_known(clause: str) -> bool:
    """ "業務部在做什麼我大概知道啦": a clause the person says they know, asking nothing."""
    return bool(_KNOWN.search(clause))


def without_known(folded: str) -> str:
    """The text without the clauses the person says they already know ("業務部在做什麼我大概
    知道啦，但…績效是怎麼算的": how it is measured is asked, not what it does)."""
    if denied := _NOT_ASKING.match(folded):
        folded = folded[denied.end() :]  # "不是问哪个好 我是问…": what is not asked
    if not _KNOWN_WORD.search(folded):
        return folded
    said = _KNOWN_BEFORE.search(folded)
    return folded[said.end() :] if said else folded


_KNOWN_WORD = re.compile(r"知道|了解|懂|明白|清楚")
_NOT_ASKING = re.compile(
    r"\s*不是(问|说|想问)[^\s，,。]{0,12}[\s，,。]|\s*i'?m not asking [^,.]{0,30}[,.]"
)
# ... said first, up to where the question goes on ("…我大概知道啦 但…")
_KNOWN_BEFORE = re.compile(
    r"^[^。.?？!！]{0,30}?我(大概|大致|都|已经|已經|也)?(知道|了解|懂|明白|清楚)(了|啦|啊)?(?=[\s，,。.]|但|不过|可是)"
)
# What the person says they already know is no question of theirs.
_KNOWN = re.compile(
    r"我(大概|大致|都|已经|已經|也)?(知道|了解|懂|明白|清楚)(了|啦|啊)?\s*[，,。.]?\s*$"
    r"|\bi (already |kind of |sort of |roughly )?(know|get|understand) (what|how)\b"
    # "KOL I get.", "ok SEO I know": a name, then that it is known, and nothing asked
    r"|^\W*(?:ok(?:ay)?|so|yeah|right)?,?\s*(?!.*\b(?:what|how|which|why|who|where|would|could"
    r"|will|can|do|does|should)\b)[^?]{1,30}? (?:i (?:already |kinda |kind of )?(?:get|know"
    r"|understand)(?: it| that(?: one)?| already)?|is clear|makes sense)\W*$",
    re.I,
)


# A clause pointing back at the one before it ("是同一种工作吗", "这个", "it").
_POINTS_BACK = re.compile(
    r"这|這|那|它|同一|一样|一樣|\b(it|this|that|these|those|they|them|such)\b", re.I
)


_TELLS_A_MOVE = re.compile(r"转|轉|跳去|跳到|跳槽|\b(switch|move|moving|go) (from|into|to)\b", re.I)

_HEARSAY = re.compile(r"\s*(听说|聽說|据说|據說|听人说|聽人說|都说|都說|网上说|網上說)")


# A question that only checks what was told before it: "…不归市场部管，这正常吗", "…she reports
# to the brand team but her title says ops. which is it?"
_CHECKS = re.compile(
    r"^\W*(那|这|這|那样|這樣|这样|那樣)?(正常|对|對|真的|合理|常见|常見|普遍|正确|正確)(吗|嗎|不|么|嘛|咩)"
    r"|^\W*(so )?(is|was|isn't) (that|this|it) (normal|true|right|common|usual|correct|standard|typical)\b"
    r"|^\W*(so )?which is it\b",
    re.I,
)


def checks_a_claim(part: str) -> bool:
    """Whether a sentence only checks what the one before it told ("这正常吗", "which is it?")."""
    return bool(_CHECKS.match(part))


def _asking_clauses(sentence: str) -> str:
    clauses = re.split(r"(?<=[，,；;])", sentence)
    if len(clauses) < 2 or not _CJK_CHAR.search(sentence):
        return sentence
    for i, clause in enumerate(clauses):
        if clause_asks(clause):
            # "…职缺写「商城营运」，是同一种工作吗": a clause pointing back keeps the one before;
            # so does a short one, the topic ("記者轉公關，需要先補哪些東西")
            before = clauses[i - 1] if i else ""
            if _HEARSAY.match(before):
                before = ""  # "听说用户运营比较有前途，…": what one heard is not the topic
            start = i - 1 if before and (_POINTS_BACK.search(clause) or len(before) <= 12) else i
            # "…Sales轉trade marketing，有咩要準備？", "會計要轉去電商部門，負責平台的行銷，有機會
            # 嗎": a move told in the clauses just before is what is asked about
            while start > max(0, i - 2) and _TELLS_A_MOVE.search(clauses[start - 1]):
                start -= 1
            return "".join(clauses[start:]).strip()
    return sentence


# A kind of thing named before the question and pointed back at in it ("这种公司", "that kind
# of company").
_KIND_BACK = re.compile(
    r"(这|那)(种|类|家|样的)|那(里|边)|\b(this|that) (kind|sort|type) of\b|\bsuch an?\b|\bthere\b"
    # "JD里老看到H5和KV，这俩有啥区别": the two the background named
    r"|(这|那|它|他)(俩|两个|两者|二者)|两者|\b(these|those|the) (two|three)\b|\b(both|all) of (them|these)\b"
    # "We're hiring a brand manager. Does that person report into marketing?": the job the
    # background named, pointed at
    # (not a name's apposition: "推广这个岗位以后往哪发展" names it)
    r"|\b(that|this) (person|role|job|position|post|hire)\b"
    r"|(?<![\u4e00-\u9fffa-z])(这|那)(个|位)(人|岗位|职位|岗|角色|职务)"
)


def _weight(text: str) -> int:
    """A message's length as read: a Chinese character says about what two letters do."""
    return len(text) + len(_CJK_CHAR.findall(text))


_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def asked_sentences(message: str) -> str:
    """The sentences of a long message that ask, without the background around them ("" when
    the message is short, orders its own questions, or asks in all of it)."""
    if _weight(message) < LONG_MESSAGE or _ORDER_SAID.search(message):
        return ""
    sentences = [t.strip() for t in _SPLIT_SENTENCES.split(message) if len(t.strip()) > 3]
    asked = " ".join(
        _asking_clauses(t)
        for i, t in enumerate(sentences)
        if _ASKS_AT_END.search(t)
        or _ASKS_AT_START.match(t)
        or (i == len(sentences) - 1 and _ASKS_LAST.search(t))
    )
    if not asked or len(asked) > ASKED_MAX or len(asked) >= len(message.strip()) - 10:
        return ""
    return asked


def points_back_at_a_kind(asked: str) -> bool:
    """ "想搞清楚这种公司的营销部门怎么架构的", "how is marketing organised there": the question
    points back at a kind of thing its background named (`asked` in the matching form)."""
    return bool(_KIND_BACK.search(asked))
