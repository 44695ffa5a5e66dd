"""Which way a career move goes, and where it starts when the start is not a job we know.

"can promotion move into operations", "I run paid search ads, could I move into content ops",
"想从品牌转到公关", "公关能转品牌吗" (from PR), "get into brand from PR" (from PR): each named job is
read as the start or the goal from the words just before it, then from its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ...text.langs import has_cjk
from ...text.quick import quick
from .outside import as_said
from .words import GOAL_IS

Role = Literal["from", "to"]

# Words right before a job that make it the start ...
# "在内容网站当编辑": where one works, then the job one does there; not "想在大厂当…", a wish,
# nor "现在当…" (now).
# (a company named with Latin letters or digits too: "在一家k12教育公司做SEM")
_WORKS_THERE = r"(?<![现現正还還实實存想要去])在(?:(?![想要转轉去])[\u4e00-\u9fffa-z0-9]){1,12}?(?<![想要])[当當做干幹]"
# Where the person was before: "我原本是顧淘寶店的", "本来在做SEO".
_WAS_ONCE = re.compile(r"(原本|本来|原先|原来)(是|在|做)")
_FROM_BEFORE = quick(
    re.compile(
        # ("im in a PR team", "i work in the brand team": where one is, said as a place)
        r"(\bfrom|\bi(?:'| )?m (just |only |basically )?(an?|the|in(?: an?| the| our| my)?|doing|working in(?: an?| the| our| my)?|currently)?"
        r"|\bi am (an?|the|in(?: an?| the| our| my)?)?|(?<!job )(?<!role )(?<!work )(?<!position )\bas an?|\bcurrently (an?|in(?: an?| the| our| my)?|doing)?"
        r"|(?<!can )(?<!could )(?<!should )(?<!would )"  # "can I do PR" is where they would go
        r"\bi (do|run|handle|work in(?: an?| the| our| my)?|work on|work as an?|manage|am doing|have been doing|did)"
        r"|\bworking (in|as an?)|\bi(?:'| )?ve been (doing|in|an?)|\bi(?:'| )?ve (done|run|handled|worked in)"
        r"|\bmy (job|role|current job|current role|background) (is|is in)( an?)?|\bexperience in|\b(years?|yrs?|months?) (of|in|doing|running|managing)( (baidu|google|douyin|tiktok|wechat|taobao|[a-z]+'s|an?|the|my|our))?|\bcoming from|\bbackground in"
        r"|\b(someone|somebody|people|a person|anyone) (in|from|doing|working in)"
        # "current role: SEM specialist", "目前岗位：", "I left ops for an SEM job"
        r"|\bcurrent(ly)? (role|job|position|title)( is)?|(现在|目前|当前)的?(岗位|职位|工作)是?"
        r"|\bleft"
        # "tired of operations", "quit PR for brand", "get out of promotion", "now doing user ops"
        r"|\b(quit|quitting|leave|leaving|ditch|ditching|get out of|getting out of|escape|done with"
        r"|tired of|sick of|bored of|bored with|fed up with|burnt out (on|in)|burned out (on|in)"
        r"|now doing|now in)|离开|受够了?|不想(再)?做|厌倦了?|现在在做|现在在"
        # (not "老板让我做推广": what one is told to do)
        # ("我是我们公司销售部的": one's own company said before the job)
        r"|我是(?:我们|我们公司|我司|公司)?(?:的)?|我在(?:我们|我们公司|我司)?(?:的)?|(?<![让叫要请派])我做|我一个(做|干)|现在是|目前是|现在做|目前做|本身是|从事|做了.{0,4}年|干了.{0,4}年|出身|从|(?<![理自经])由|原来是|之前是|之前做|以前做|在做"
        # "我原本是顧淘寶店的", "本来在做SEO"
        rf"|{_WAS_ONCE.pattern}(顾|管|做|开)?"
        # "目前在公司負責Google關鍵字廣告": what one answers for now
        r"|(目前|现在|现时)(在)?(?:(?!想|要|打算|准备|希望|考虑|转|能|可以|去|让|叫)[\u4e00-\u9fffa-z ]){0,12}?(负责|做)"
        # "在内容网站当编辑，想转公关": where one works, then the job (not "想在大厂当…")
        rf"|{_WORKS_THERE}(了.{{0,4}}年)?)"
        r"\s*(的|一名|一个|个|名)?\s*$"
    )
)
# ... or the goal.
_TO_BEFORE = quick(
    re.compile(
        r"(\binto|\bto|\bend up (in|as an?|doing)|\bland (a job |a role |a spot )?in|\bget hired (in|as an?)|\bbecome an?|\bbecoming an?|\bbe an?|\bswitch to|\bmove to|\bjump to|\bpivot to|\btry|\btowards"
        # "quit PR for brand": what one leaves a job for
        r"|\b(quit|quitting|leave|leaving|ditch|ditching|drop|dropping) [\w /&-]{2,40} for"
        r"|回去做|回去当|回到|重回|转回|返去做|返去"
        # "能不能回营销中心做传播策划": back to a place, and the job there
        r"|(?<=能|以|否|想)回[^，,。？?\s]{0,8}?(做|当|干)?|(?<=[怎么如何样樣点點能以])(进|進|入)(?![手行门門坑航])|往"
        r"|\bwork my way (up )?(in)?to|\bmake the (jump|leap) (in)?to"
        r"|\beyeing|\bconsidering|\btargeting|\binterested in|\bpinged me about|\bthinking about( the)?"
        # "a health app is hiring for user ops. could someone like me make that switch?"
        r"|\b(is |are )?(hiring|hires?) (for )?(an? |some )?"
        r"|\bwant(s|ing)?( to (do|try|get into|go into|move into))?"
        r"|想做|想转|想去|想当|想入|想进|能去|可以去|能不能去|转到|转去|转做|转向|转成|转入|转|进入|进|去做|跳到|跳去|换到|换成|改做|改去|当|成为|变成|调去|调到"
        # "想跳甲方品牌部，怎么转": the job one wants to jump to (then how to move)
        r"|((?<!不)(?<!没)(?<!别)想跳槽?|跳槽)(去|到)?(甲方|乙方|大厂|外企|国企|品牌方)?的?"
        r"|转过(来|去)(做|当|干)?"
        # "想转到药企市场部": the kind of company, then the job there
        # (and the job done there: "想跳去互联网公司做用户运营")
        r"|(转|跳)(去|到)[\u4e00-\u9fff]{1,4}?(企|公司|厂|品牌|甲方|乙方)的?(做|当|干|搞)?"
        # "推广狗想上岸做运营", "我做营运，想试试推广"
        r"|(?<!不)(?<!没)(?<!别)想([^，,。？?\s]{1,4}?(做|当|搞)|(试试|试一试|试下|尝试)(做|当|搞)?)"
        # "想去做跟用戶比較有互動的用戶營運": the job wished for, said with what it is like
        r"|(?<!不)(?<!没)(?<!别)(想|要|打算|准备)(去|转)?(做|当)[^，,。？?\s]{1,14}的"
        # "想去企业做公关": where the person wants to go, then the job
        r"|(?<!不)(?<!没)(?<!别)(想|要|打算|准备)(去|到|进|入)[^，,。？?\s]{1,8}?(做|当)?"
        # "目標是用戶營運", "终极目标是做品牌经理"
        rf"|{GOAL_IS}?|\bgoal\s*:?|\b(target|dream|goal) (role|job|position|title)( is)?"
        r"|目标(岗位|职位)是?"
        # "editor at a content site, thinking PR next"
        r"|\bthinking(?= [\w ]{2,30} next\b))"
        r"\s*(an?|the|a)?\s*$"
    )
)
# The goal said first: "PR is where I want to end up", "Product ops is the goal", "Content ops —
# that's where I'd like to be", "活动运营是我想去的方向", "内容运营，这是我想去的".
_TO_AFTER = re.compile(
    # (in the matching form too: "that s where i d like to be")
    r"\s*(—|-|,|:)?\s*((that|this|it)\s?'?\s?s|is)\s+(the|my)\s+(goal|dream|target|aim)\b"
    r"|\s*(—|-|,|:)?\s*((that|this|it)\s?'?\s?s|is)\s+(where|what)\s+i(\s?'?\s?d| would)?\s+"
    r"(like|want|love|hope|wanna|plan)\b"
    r"|\s*[，,]?\s*(这|那)?(就|才)?是我(最)?想(去|做|要|转)的"
    r"|\s*[，,]?\s*我(下一步|之后|以后|将来)?(最)?想(去|做|要|转)的(就|才)?是(它|佢|这个|呢个)"
    r"|\s*[，,]?\s*(是|就是|才是)我的(目标|梦想)"
)
_NOT_WISHED = re.compile(
    r"(不|没|别)(太|再|是很|怎么)?想(做|去|当|转|碰)?\s*$|\b(don'?t|do not|never) want to (do|be|go into)\s*(an?\s*)?$"
)
# "go client side as a", "land a job as a", "start as an": the job one would be, not the one held
_GOAL_AS = re.compile(
    r"\b(like to|want to|wanna|hope to|plan to|could i|can i) (go|move|switch|jump|land|get hired"
    r"|work|start|end up|come back|return)\b[\w -]{0,24}\bas an?\s*$"
)
# "销售部的 一直跑客户": a job said first, as what one is ("I'm from sales")
_SELF_LABEL = re.compile(r"\s*的(?=\s*[，,\s])")
_OPENS_WITH_IT = re.compile(r"\s*(我们|我的|我在|我是|我)?(公司)?\s*")
# "…转过来做", "…跳去做": a move said just before the job one then does.
_MOVED_THEN_DOES = re.compile(r"(转|跳|换)[^，,。？?\s]{0,4}(做|干|搞)\s*$")
# ... or right after it: "promotion guy here", "PR background", "媒体出身".
_FROM_AFTER = re.compile(
    r"\s*(guy|girl|person|folks?|people|staff)?\s*here\b|\s*(background|veteran)\b|\s*出身"
    # "公关部会要内容运营背景的人吗", "很多公关都是媒体编辑转过去的"
    # (not a label after the goal's sentence: "想轉品牌經理。背景：目前在食品公司跑業務")
    r"|背景|\s*(转|跳)过(去|来)的"
    # "promo guy wanting product ops", "推广狗想上岸" (狗: how people in a job call themselves)
    r"|\s*(guy|girl|person|dude)\s+(wanting|who wants|looking|eyeing|hoping|thinking)\b|\s*狗"
    # "销售部的人能去渠道市场吗": the people of a job, then what they can do
    r"|\s*的人(?=能|可以|想|要|适合|转|去)"
    # "當小編兩年 想轉用戶運營", "做咗 AE 三年": the job held so long (not "做两年…再转")
    r"|\s*(已经|了|咗|有)?\s*[一二两三四五六七八九十半几\d]{1,2}\s*(个)?(多)?(年|个月)(了|多)?(?!(后|以后|之后|再|才))"
)
_MOVE_AFTER = quick(
    re.compile(
        r"\s*(的|人|people|folks|person|guys?|staff)?\s*(可以|能|能不能|想|要|该|怎么|如何)?\s*"
        r"(转|跳槽|换|[进入](?![手行门門坑航])|往|返|switch|move|transition|pivot|change|leave|jump"
        r"|can|could|be able)"
    )
)
# A job named after these, in the same clause, is where the person is now: "转公关，我现在是品牌".
_SELF = re.compile(
    r"\bi(?:'| )?m\b|\bi am\b|\bi (do|run|work)|我是|我在|现在是|目前是|现在做|目前做|本身是"
    r"|(?<![让叫要请派])我做(?![了过過完])"  # "我做(開)sales，想轉去呢隊"
    r"|^\s*(做|干|搞).{1,12}?的"
    # one's days told: "我天天在腾讯广告和巨量上建计划…这叫什么岗位", "I spend all day…",
    # "ok that's literally me" (after a job described)
    r"|我(天天|每天|日日|平时|平常|负责|目前|主要)|\bi (spend|handle|manage|look after|write|plan|test"
    r"|set up|build|answer|gather|pull|deal with|translate)\b|\bthat'?s (literally |basically |exactly )?me\b"
)


@dataclass(frozen=True)
class Placed:
    """A job named in a move question, at [start, end) of the folded text."""

    job: str
    start: int
    end: int


def roles(folded: str, placed: list[Placed]) -> dict[str, tuple[Role, bool]]:
    """Each job's part in the move, and whether the wording said so (else it is the part left
    over, in the order named: "推广能转运营吗", "promotion to operations")."""
    out: dict[str, tuple[Role, bool]] = {}
    for p in placed:
        # (a task named with its verb, "做sem": the verb is read with the words before it)
        at = p.start + 1 if folded[p.start : p.start + 1] in ("做", "干", "搞") else p.start
        before = folded[max(0, at - 40) : at]
        if _NOT_WISHED.search(before):
            continue  # "唔太想做 sales": a job one does not want is neither end
        if (
            re.search(r"(做|干|搞)\s*$", before)
            and folded[p.end : p.end + 1] == "的"
            # not "有没有做销售转过来做运营的": the job moved into, of the one who did
            and not _MOVED_THEN_DOES.search(before)
        ):
            out[p.job] = ("from", True)  # "做运营的想转推广": the one doing it now
        elif _TO_AFTER.match(folded[p.end : p.end + 40]):
            out[p.job] = ("to", True)  # "PR is where I want to end up", "活动运营是我想去的方向"
        elif _FROM_AFTER.match(folded[p.end : p.end + 16]):
            out[p.job] = ("from", True)  # "promotion guy here", "媒体出身"
        elif _GOAL_AS.search(before):
            out[p.job] = ("to", True)  # "I'd like to go client side as a brand manager"
        elif _FROM_BEFORE.search(before):
            out[p.job] = ("from", True)
        elif _TO_BEFORE.search(before):
            out[p.job] = ("to", True)
        elif _SELF_LABEL.match(folded, p.end) and _OPENS_WITH_IT.fullmatch(folded[: p.start]):
            out[p.job] = ("from", True)  # "公司销售部的 一直跑客户 现在想转市场部": who one is
    undecided = [p for p in placed if p.job not in out]
    taken = {role for role, _ in out.values()}
    free: list[Role] = [r for r in ("from", "to") if r not in taken]
    if len(placed) == 1 and undecided:
        # "PR能转品牌吗"-less: "跑业务的可以转行吗", "can promotion people switch": a job named
        # before the move word is where the person is.
        p = undecided[0]
        after = folded[p.end : p.end + 12]
        moving = _MOVE_AFTER.match(after)
        out[p.job] = ("from", True) if moving else ("to", False)
    for p in undecided:
        if p.job not in out:
            out[p.job] = (free.pop(0), False) if free else ("to", False)
    return out


def goal_said_after(folded: str, end: int) -> bool:
    """Whether the words after a job make it the goal ("PR is where I want to end up")."""
    return bool(_TO_AFTER.match(folded[end : end + 40]))


def start_before(before: str) -> bool:
    """Whether the words before a job make it the one the person holds ("i'm in", "做了三年")."""
    return bool(_FROM_BEFORE.search(before))


def goal_before(before: str) -> bool:
    """Whether the words before a job make it the goal ("想转去…当", "to become a"), not the
    job held ("在报社当记者": where one works, then the job)."""
    return bool(_TO_BEFORE.search(before)) and not _FROM_BEFORE.search(before)


def ends(folded: str, placed: list[Placed]) -> tuple[str | None, str | None]:
    """(start job, goal job) of a move question; either may be None."""
    if not placed:
        return None, None
    placed = qualified(folded, placed)
    parts = roles(folded, placed)

    def first(role: Role) -> str | None:
        said = [p for p in placed if parts[p.job] == (role, True)]
        if role == "from":
            # "之前是做内容运营的，现在在做推广": the job one does now is where the move starts
            said.sort(key=lambda p: not _NOW_BEFORE.search(folded[max(0, p.start - 12) : p.start]))
        said = [p.job for p in said]
        left = [p.job for p in placed if parts[p.job] == (role, False)]
        return (said or left or [None])[0]

    src, dst = first("from"), first("to")
    if dst == src:
        dst = None
    return src, dst


# "…想回去做運營", "而家想返轉頭做 ops", "現在想回公關": the job gone back to.
_BACK_TO = re.compile(
    r"(想|要|打算|准备|考虑)?(回|返)(去|来|转头|转|归)?(做|当|干|到)?\s*$|\b(go|going|move|moving|get|getting) back (in)?to\s*$"
)


def moving_back(folded: str, placed: list[Placed]) -> tuple[str, str] | None:
    """ "从公关跳去当社群小编一年，现在想回公关": a job named again after words of going back is
    the goal, and the job moved into since, named before it, is where the person is.
    `placed`: every naming of a job, in order."""
    for i, p in enumerate(placed):
        if not _BACK_TO.search(folded[max(0, p.start - 16) : p.start]):
            continue
        if not any(q.job == p.job for q in placed[:i]):
            return None  # not named before: "想回去做运营" alone is read by the other rules
        since = [q.job for q in placed[:i] if q.job != p.job]
        return (since[-1], p.job) if since else None
    return None


def done_now(folded: str, at: int) -> bool:
    """Whether the words just before `at` say it is what the person does now ("目前在做SEO")."""
    return bool(_NOW_BEFORE.search(folded[max(0, at - 12) : at]))


_NOW_BEFORE = re.compile(r"(现在|目前|而家|\bnow\b|\bcurrently\b)[^，,。.;；]{0,6}$")


def qualified(folded: str, placed: list[Placed]) -> list[Placed]:
    """ "SEM promotion", "电商商城运营": a job named right before another qualifies it; the
    second is the job."""
    placed = sorted(placed, key=lambda p: p.start)
    return [
        p
        for i, p in enumerate(placed)
        if not (
            i + 1 < len(placed)
            and placed[i + 1].start >= p.end
            and not folded[p.end : placed[i + 1].start].strip()
            # (a space between two Chinese names parts them, as the comma it stands for did:
            # "產品運營，推廣出身的人能做嗎")
            and not (
                folded[p.end : placed[i + 1].start]
                and has_cjk(folded[p.end - 1])
                and has_cjk(folded[placed[i + 1].start])
            )
        )
    ]


# Words never part of a start said right before an arrow: the question's own words (how, do, can,
# people), counts of time, and where the work is done, not the work (firm, agency, bank).
_NEVER_BEFORE_AN_ARROW = (
    r"(?:go|going|went|do|does|did|is|it|are|can|could|how|what|common|people|actually|really|after"
    r"|yrs?|years?|months?|for|in|at|with|now|then"
    # where the work is done, not the work: "market researcher at a consulting firm -> …"
    r"|firm|company|agency|startup|studio|app|co|corp|bank|hospital|school"
    r"|just|from|to|and|or|an?|the|i|me|move|moving|switch|switching|jump|jumping)\b"
)
# "I'm a software engineer", "as a teacher", "我是程序员": a starting job in the person's own words.
_OWN_JOB = re.compile(
    r"\b(?:i'?m|i am|(?<!job )(?<!role )(?<!position )(?<!hired )(?<!work )(?<!side )(?<!go )(?<!start )as"
    r"|i work as|i'?ve been|i was|currently)"
    r"\s+(?:an?\s+|the\s+)?([a-z][a-z \-]{2,40}?)"
    r"(?=\s*(?:[,.;!?]|\band\b|\bbut\b|\bcould\b|\bcan\b|\bwould\b|\bwant|\bhow\b|\bfor\b|\bwith\b|\bat\b|\bin\b|\bthinking|$))"
    r"|(?:我是|我是一名|我是一个|我係|我系(?!统|列)|我做紧|我做緊|本身是|目前是|现在是|之前是|原来是|我做(?![了过過])|做了几年|干了几年|做了.年(?:多|半)?|干了.年(?:多|半)?)\s*(?:一名|一个|个|名)?"
    r"([\u4e00-\u9fff]{2,8}?|[a-z]{2,5}(?!\s*[a-z]))(?=的|，|,|。|\s|想|能|可以|要|转|出身|$)"
    r"|([\u4e00-\u9fff]{2,6}?)出身"
    rf"|(?:{_WORKS_THERE}(?:了.{{1,3}}年)?"
    r"|[当當做干幹]了.{1,3}年(?:多|半)?)(?:一名|一个|一個|个|個|名)?"
    r"([\u4e00-\u9fff]{2,6}?|[a-z]{2,5}(?!\s*[a-z]))(?=，|,|。|\s|想|能|可以|要|转|轉|$)"
    # ("好 那电销转这个的话怎么准备": after the words that carry the talk on)
    r"|^(?:(?:好|嗯|ok|okay|那|那么|那麼|所以|咁)[\s,，]+)*"
    r"([\u4e00-\u9fff]{2,8}?)(?=(?:的人|的)?(?:想|能|可以|要|能不能)?[转轉](?!化|发|發|载|載))"
    r"|\b(?:ex|former)[- ]([a-z][a-z \-]{2,40}?)(?=\s+here\b|\s*[,.;!?]|$)"
    # "how do i become one from a reporter job", "coming from a nursing background"
    r"|\b(?:from|coming from) (?:an? |my )?(?:current |old |previous )?"
    r"([a-z][a-z\-]{2,20}(?: [a-z\-]{2,20})?) (?:job|role|position|background|career)\b"
    # "HR here." (not "how do i get to user ops from here")
    r"|^\s*(?:an?\s+)?(?!(?:how|what|where|why|can|could|is|are|do|does)\b)([a-z][a-z \-]{1,30}?)"
    r"(?<!from)(?<!\bto)(?=\s+here\b)"
    r"|^\s*(?:an?\s+)?([a-z][a-z\-]{2,20}(?: [a-z\-]{2,20}){0,2})(?=\s+(?:wanting|looking|hoping|trying|who wants)\b)"
    r"|^\s*([\u4e00-\u9fff]{2,8}?)(?=\s*(?:->|→|=>))"
    # "social media manager -> brand", "…do people actually go dev -> ops?": the words right
    # before the arrow, none of them the question's own
    rf"|(?<![\w\-])((?!{_NEVER_BEFORE_AN_ARROW})[a-z][a-z\-]{{1,20}}(?: (?!{_NEVER_BEFORE_AN_ARROW})[a-z][a-z\-]{{1,20}}){{0,2}})"
    r"(?=\s*(?:->|→|=>))"
    # "Reporter for 6 years, the paper keeps shrinking": a job, then how long
    r"|^\s*(?:an?\s+)?([a-z][a-z\-]{2,20}(?: [a-z\-]{2,20}){0,2}"
    r"(?:er|or|ist|ant|ent|ian|man|woman|rep|lead|officer|manager|editor|assistant|teller|clerk|nurse))"
    r"(?=\s+(?:for|since)\s+"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few)\s*"
    r"(?:years?|yrs?|months?)\b"
    # "Restaurant floor manager, 10 years.", "Bank teller (6 yrs)"
    r"|\s*[,(\-]\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:years?|yrs?)\b)"
    # "been doing SEM/ads for 2 yrs": the person, unsaid, and how long
    r"|^\s*(?:i'?ve )?been (?:doing|running|working (?:as|in|on))\s+(?:an?\s+)?"
    r"([a-z][a-z /+&\-]{1,30}?)(?=\s+(?:for|since)\b)"
)
_NOT_A_JOB = re.compile(
    r"^((total|complete|absolute|utter|real) )?(new|newbie|beginner|student|fresh|graduate|graduating|grad|studying|unemployed|junior|senior|intern|confused|curious|wondering|thinking|trying|looking|not sure"
    r"|leaving|moving|quitting|switching|changing"
    r"|interested|planning|going|able|currently|still|just|so|really|very|here|from|working|new here|in|a|an|the|bit|little"
    r"|nothing|something|anything|stuff|things|my|this|that|it|odd jobs"
    # "my manager says I'm a natural at…", "I'm good with people": what the person is like
    r"|natural|good|great|bad|decent|pretty|quite|people person|introvert|extrovert|huge fan|fan"
    # "…and I'm bored": how the person feels
    r"|bored|tired|exhausted|burnt|burned|stuck|lost|done|sick|fed up|frustrated|unhappy|miserable|stressed|desperate|worried|scared|nervous|ready|keen|eager)\b"
    r"|^(学生|新人|小白|应届|应届生|毕业生|大学生|实习生|新手|刚毕业|一个|一名|文科生|理科生)$"
    # "那以后能转品牌吗", "我想转工做marketing": when, and the person, are no job
    r"|^(我想|我要|我也|那以后|以后|之后|那之后|然后|那|我|现在|目前|将来)$"
    # "我是广告专业的": what one studies is no job held
    r"|^.{1,8}专业$"
    # "她說想轉去行銷部": who said it, no job
    r"|^(他|她|佢|他们|她们|他們|她們|我)(说|說|话|話|讲|講|觉得|覺得|也|还|還|就|都)"
    # "干了两年多真的腻了": how the person feels, after how long
    r"|^(真的|真是|有点|已经|实在|快要)"
    # "那我这种能转品牌经理吗", "像我这样的": the person pointed at, whose job was told before
    r"|^(那|像|那像)?我(这种|这样|这样的|这类|这种人|们这种)$"
    # "产品经理在市场部做什么": what is done there is asked, not the person's job
    r"|^(什么|些什么|啥|哪些|什么工作|什么的|哪些工作)$"
    # "怎么转内容运营", "能不能转品牌": how or whether is asked, no start is told
    r"|^(请问|问下|问一下|求问|那)?(怎么|怎麼|怎样|怎樣|如何|咋|咋样|点样|點樣|能不|能不能|可不可以|可以|"
    r"应该|應該|该怎么|該怎麼|要怎么|要怎麼|有没有|有沒有|打算|准备|準備|如果|要是|假如)$"
)


def own_job_words(text: str) -> str | None:
    """The starting job as the person wrote it, when they describe themselves."""
    found = _own_job(text)
    return found[0] if found else None


def own_job_phrase(text: str) -> str | None:
    """The words that describe the person's own job, where they work included ("在报社当记者"):
    all of it is about them, none of it another subject."""
    found = _own_job(text)
    return found[1] if found else None


_CARRIES_ON = re.compile(
    r"^(那(?![么麼个個些样樣里裡边邊])|那[么麼](?![多些样樣]))(?=[\u4e00-\u9fff]{2})"
)
_AFTER_FROM = re.compile(r"(?:从事|從事|从|從|(?<![理自经])由)(?=[\u4e00-\u9fff]{2})")


def _own_job(text: str) -> tuple[str, str] | None:
    for m in _OWN_JOB.finditer(text.lower()):
        words = next(g for g in m.groups() if g)
        # ("如果要从活动转到用户运营": the start is what comes after 从)
        words = _AFTER_FROM.split(words)[-1].strip(" -")
        # ("那电销转这个的话怎么准备": 那 carries the talk on, the job is 电销)
        words = _CARRIES_ON.sub("", words)
        if not words or _NOT_A_JOB.search(words):
            continue
        return as_said(words), m.group(0).strip()
    return None


# Someone at the start of a working life: a student, a new graduate, no experience yet.
_NEWCOMER = quick(
    re.compile(
        # ("我係fresh grad": no word edge where Latin meets Chinese)
        r"(?<![a-z])(fresh|new|recent) ?(grad|graduate)s?(?![a-z])|\bgraduating\b|\bjust graduated\b"
        r"|\b(still )?(a )?(uni|university|college) student\b|\bi'?m a student\b"
        # "student here, …", "i am a student", "…after I graduate"
        r"|^\W*students?\b|\bstudent here\b|\bi am a student\b|\b(after|once|when) i graduate\b"
        r"|\bafter graduation\b"
        r"|\b(no|zero|without|little) (work )?(experience|internships?)\b|\bfrom zero\b"
        r"|\bstraight (out of|after|from) (uni|university|college|school)\b"
        # "2nd year uni", "final-year student", "sophomore", "26届"
        r"|\b(1st|2nd|3rd|4th|first|second|third|fourth|final|last)[- ]year (uni|university|college|student|undergrad)"
        r"|\bsophomore\b|\bfreshman\b|\bundergrad\b|(?<![\d])(2[0-9])届"
        # "im a junior in college majoring in journalism"
        r"|\b(junior|senior) (in|at) (college|uni|university)\b|\bmajoring in\b"
        r"|应届|刚毕业|刚刚毕业|毕业生|大学生|在校|零经验|零基础|没经验|没有经验|没实习|没有实习|小白|新鲜人"
        r"|(?<![a-z\d])大[一二三四](?![a-z\d])|(?<![a-z\d])研[一二三](?![a-z\d])"
        r"|(没有|没)任何(实习|经验)|刚退伍|什么实习都没有"
        # "专科毕业想进互联网": a diploma just earned; back to work after years away, a beginner
        r"|(专科|大专|本科|硕士|研究生)(刚)?毕业|重返职场|新手|新人岗|专科生|大专生|学生一枚|学生党"
        r"|(明年|今年|快要?|即将|马上|年底|下半年)毕业"
        # "在學校當過學生會公關…畢業後可以往哪個方向": still at school, working life ahead
        r"|毕业(之?后|以后)|学生会|(?<![a-z])after (i )?graduat"
        r"|\bdropped out\b|\bbeginners?\b|\b(w/?o|without|no) (a )?(college |uni |university )?degree\b"
    )
)


def was_once(folded: str) -> bool:
    """Whether the person says where they were before ("我原本是顧淘寶店的")."""
    return bool(_WAS_ONCE.search(folded))


def newcomer(folded: str) -> bool:
    """Whether the person is at the start of a working life (no job to move from)."""
    return bool(_NEWCOMER.search(folded))


def has_self_description(folded: str) -> bool:
    return bool(_SELF.search(folded))


# The work of someone one asks for, told: "my wife runs…", "我男朋友在一家手机公司，天天…"
_THEIR_DAYS = re.compile(
    r"\bmy (wife|husband|bf|gf|boyfriend|girlfriend|son|daughter|partner|friend|brother|sister"
    r"|cousin|mum|mom|dad)\b[^.?!]{0,40}\b(runs|does|works|handles|manages|spends|is (an?|in))\b"
    r"|(老公|老婆|男朋友|女朋友|男友|女友|儿子|女儿|朋友|我弟|我妹|我哥|我姐|闺蜜|表弟|表妹|同学|仔|女)"
    r"[^，,。？?]{0,14}(做|在|是|负责|天天|每天|日日)"
)


def tells_their_days(folded: str) -> bool:
    """Whether the work of someone the person asks for is told (their job, for a move later)."""
    return bool(_THEIR_DAYS.search(folded))


_ROUTE = re.compile(
    r"(?<!career )\bpath\b|\broute\b|\bstep by step\b|\bin steps\b|\bstepping stone|\bbridge\b|路线"
    r"|(?<!职业)(?<!发展)路径|一步步|跳板|过渡"
)


def asks_route(folded: str) -> bool:
    """ "What's the path from PR to product operations": a sequence of moves, not one."""
    return bool(_ROUTE.search(folded))
