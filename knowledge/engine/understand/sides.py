"""The other side of a comparison when it is nothing we know: "运营和产品经理哪个好" compares
operations with 产品经理, which no article covers. Said plainly instead of being matched to
the nearest name."""

from __future__ import annotations

import re

from ...text.langs import has_cjk
from ...text.places import ANY_CITY
from ..linker import Mention

_CITY = ANY_CITY
_ZH_JOIN = re.compile(r"(和|与|跟|同|还是|或者|或|及|对比|比)")
_ZH_STOP = re.compile(
    r"(哪个|哪個|哪|有什么|有啥|的区别|区别|差在|差别|差|比较|相比|是不是|是|一样|谁|到底|之间|的|呢|吗|怎么|如何|更|好|有|做|干"
    r"|算了|不要|不选|放弃|较|适合|我"
    # where the work is done, no job: "做PR去agency好还是去甲方好"
    r"|去|甲方|乙方)"
)
_EN_JOIN = re.compile(r"\b(vs\.?|versus|or|and|compared (to|with)|than)\b")
_EN_STOP = re.compile(
    r"\b(which|what|is|are|better|best|the|a|an|job|jobs|role|roles|difference|differences|do|does"
    r"|have|has|common|they|them|together|work|works|with"
    r"|pays?|more|for|me|in|at|to|of|between|should|i|choose|pick|one|thing|same|similar|different|lol)\b"
    # the question's own words: "whats the diff between growth and ops" compares growth
    r"|\b(whats|what's|diff|diffs|differ|differs|compare|compared|comparison|how|why|explain|tell"
    r"|can|could|would|hey|so|like|actually|even|exactly|main|key|real|big|anyone|someone)\b"
    # "…or is it one person?": pronouns and people in general are no job.
    r"|\b(it|this|that|them|they|these|those|person|people|someone|somebody|guy|guys|both|either"
    r"|neither|just|only|all|tbh|really|now|same|else|other|others)\b"
    # where the work is done, no job: "PR at an agency or in-house"
    r"|\b(house|inhouse|in-house)\b"
)
_PRONOUN = re.compile(r"^(这个|那个|他们|它|这|那|我|你|this|that|it|them|these|those)$")
# Big companies are what the articles mostly describe (a big hardware firm, the internet giants):
# no side the articles leave out ("小公司还是大公司好").
_DESCRIBED = re.compile(
    r"^(大公司|大厂|大企业|大型公司|大型企业|big compan\w*|large compan\w*|big corp\w*|big tech)$"
)


def _may_be_a_side(words: str) -> bool:
    """Neither a pronoun nor something the articles do describe."""
    return not _PRONOUN.match(words) and not _DESCRIBED.match(words)


def unknown_side(folded: str, mentions: list[Mention]) -> str | None:
    """The words on the far side of "和/vs/or" from the one thing named, when they name a job
    or a field we do not cover; None when there is nothing of the kind."""
    named = [m for m in mentions if m.end > m.start]
    if not named:
        return None
    rest = list(folded)
    for m in named:
        rest[m.start : m.end] = "\u3000" * m.length
    # a city is where, not a side: "做运营去深圳还是杭州好" weighs two markets
    text = _CITY.sub(lambda c: "\u3000" * len(c.group()), "".join(rest))
    first, last = min(m.start for m in named), max(m.end for m in named)
    for join in _ZH_JOIN.finditer(text):
        if join.start() >= last:  # X和___ ("KOL和brand ambassador的区别": in English too)
            piece = re.match(
                r"[\u4e00-\u9fff]{2,8}|\s*[a-z][a-z \-]{2,30}?(?=\s*[\u4e00-\u9fff]|\s*$)",
                text[join.end() :],
            )
        elif join.end() <= first:  # ___和X
            found = re.search(r"[\u4e00-\u9fff]{2,8}$", text[: join.start()])
            piece = found
        else:
            continue
        if piece and not has_cjk(piece.group()):
            phrase = " ".join(piece.group().split())
            if not _EN_STOP.fullmatch(phrase) and _may_be_a_side(phrase):
                return phrase
        elif piece:
            words = _ZH_STOP.split(piece.group())
            word = next((w for w in words if len(w) >= 2 and not _ZH_STOP.fullmatch(w)), "")
            if word and _may_be_a_side(word):
                return word
    for join in _EN_JOIN.finditer(text):
        side = (
            text[join.end() :]
            if join.start() >= last
            else text[: join.start()]
            if join.end() <= first
            else ""
        )
        words = [w for w in re.findall(r"[a-z][a-z\-]+", side) if not _EN_STOP.fullmatch(w)]
        words = words[-3:] if join.end() <= first else words[:3]
        phrase = " ".join(words).strip()
        if len(phrase) >= 3 and _may_be_a_side(phrase):
            return phrase
    return None
