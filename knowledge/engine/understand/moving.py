"""Whether a message speaks of moving from one job to another, and how: a wish for a job, the
verb of a move before a name, "over there", pay that will drop or rise over a move, and a span
of work written 从…到 that is no move; and, asked after a move, whether it weighs that move
again (how hard, how long, realistic, what the person brings). The direction of a move is
direction.py's."""

from __future__ import annotations

import re

from ...text.quick import quick
from .words import A_NOT_A, GOAL_IS, WHERE_I_WANT_TO_BE

# A story that speaks of moving at all ("…最近想跳槽…"), however loosely.
_WANTS_A_MOVE = quick(
    re.compile(
        r"想|打算|准备|考虑|转|跳槽|\bwant|\bthinking|\bcould i\b|\bcan i\b|\bswitch|\bmov(e|ing)\b"
        r"|\bpivot(?!\s*tables?\b)|\btransition|\bget into\b|\bbreak into\b|\beye(ing)?\b|\bconsider"
        r"|\bhop(e|ing)\b|\baim|目标是"
        r"|\bplan|\binterested|\blook(ing)? (at|to|for)\b|\bsee myself\b"
        r"|\bgo(ing)? from\b.{1,80}\b(over )?to\b|\bnext\W*$"
        # "From new media ops to the brand department. Anyone done this?": a move as a heading
        r"|^\W*from\b[^.?!]{2,60}\bto\b",
        re.I,
    )
)

# "thinking about moving into PR": a short name right after the words of a move is its target.
_MOVE_VERBS = r"转行?|转做|转去|转到|跳到|跳去|跳槽到|转战|想做|想当|改做"
# (a filler between: "想转那个BD", "转去做个运营")
_MOVE_VERB_BEFORE = re.compile(rf"({_MOVE_VERBS})\s*(那个|这个|个|那种|这种)?\s*$")
# A job said as where one goes: after a move verb, a wish to go or join, a goal's label.
_GOAL_BEFORE = re.compile(
    rf"({_MOVE_VERBS}|想去|想进|去做|转|目标\s*[:：])\s*$|\bgoal\s*:\s*$"
    r"|\b(into|become|becoming|switch(ing)? to|mov(e|ing) to|go(ing)? to|transition(ing)? to)"
    r"\s+(an?\s+|the\s+)?$"
)

_INTO_A_NAME = re.compile(
    r"\b(mov(e|ing)|switch(ing)?|get(ting)?|go(ing)?|transition(ing)?) (in)?to [A-Z]{2}\b"
    r"|\b(end(ing)? up|work(ing)?) in [A-Z]{2}\b"
)

# Wishing for a job (not "想问", "想了解": wanting to ask).
_WISH = quick(
    re.compile(
        r"\b(thinking (about|of)|(i'?d|would) like to|like to try|want(ing)? to (try|do|move|get|go"
        r"|switch|work|be)|wanna|hoping to|considering|interested in|eyeing|looking (at|into))\b"
        r"|想(做|转|去|当|试|干|进|入|往|搵|揾)|想(正经)?找(一份|个|份)|打算|考虑转|准备(转|去|做)"
        r"|\bnow (i )?(want|wanna)\b|\bwant (a|an) (real |proper )?(job|role)\b"
        # "I was a procurement officer for 5 yrs… media buyer next?", "能去做商城运营吗"
        # (not "where does it usually go next?", where a job leads)
        r"|(?<!go )(?<!goes )(?<!come )(?<!comes )\b(next|possible|realistic|doable)\s*\?*\s*$"
        r"|能(去|转)(做|当)"
        # "I want to end up in PR eventually", "Brand team is where I want to be in 3 years",
        # "目标是去公关部", "终极目标是做品牌经理"
        r"|\b(want|like|love|hope|plan) to (end up (in|as|at)|join)\b"
        rf"|{WHERE_I_WANT_TO_BE}"
        # "Product ops is what I want", "brand is my goal"
        r"|\bis what i (want|wanna do|want to do|am after|m after)\b"
        # "would PR take me?", "Goal: user ops."
        r"|\bwould [\w ]{1,24} (take|hire|accept|want) (me|someone like me)\b|\bgoal\s*:"
        # "sold cars for 5 years… would business development be a fit?"
        r"|\bwould [\w ]{1,40} be a (good |decent |natural )?fit\b"
        r"|\bstep up (in)?to\b|\bthinking [\w ]{2,30} next\b"
        rf"|{GOAL_IS}|目标岗位"
    )
)

# "推广的人转得过去吗": over there, to the conversation's subject; the job named is the start.
_OVER_THERE = re.compile(r"[转跳换调跨]得?过去|\bmove (over )?there\b|\bswitch over\b")

# Pay compared over a move: will it drop or rise (not 多少, "how much").
_MORE_OR_LESS = re.compile(
    r"降|涨|更高|更低|高吗|低吗|高不高|少了|多了|会少|会多|变少|变多"
    r"|\b(drop|cut|more|less|lower|higher|better|worse)\b"
)

# Where a move's name turns from its start to its goal: "journalist to pr", "运营转推广".
MOVE_NAME_TURN = re.compile(r"\s(?:to|into)\s|转|->|→")
# (a list inside it, "从定位、包装、定价到上市", is spaced in the matching form)
_FROM_TO = re.compile(
    r"从(?:[^，。？ ]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])){1,12}?(到|至)[^，。？ ]{0,10}"
)


def speaks_of_moving(folded: str) -> bool:
    return bool(_WANTS_A_MOVE.search(folded))


def wishes(folded: str) -> bool:
    """ "thinking about…", "想做…": a wish for a job."""
    return bool(_WISH.search(folded))


def move_verb_before(before: str) -> bool:
    """Whether the words before a name end in the verb of a move ("想转", "跳到")."""
    return bool(_MOVE_VERB_BEFORE.search(before))


def goal_said_before(before: str) -> bool:
    """Whether the words before a name say it is where one goes ("想转品牌部", "move into")."""
    return bool(_GOAL_BEFORE.search(before))


def into_an_acronym(text: str) -> bool:
    """ "moving into PR": a move into a name written in capitals (case kept: `text`)."""
    return bool(_INTO_A_NAME.search(text))


def over_there(folded: str) -> bool:
    return bool(_OVER_THERE.search(folded))


def more_or_less(folded: str) -> bool:
    """Pay compared over a move: will it drop or rise."""
    return bool(_MORE_OR_LESS.search(folded))


def from_to(folded: str) -> re.Match[str] | None:
    """A span written 从…到: a move, or a span of work ("从策划到复盘")."""
    return _FROM_TO.search(folded)


# The move itself asked ("How hard is the switch", "转过去难吗")
_MOVE_ASKED = re.compile(
    r"\b(switch|move|transition|pivot|jump|change)\b|转(?!化|发|载)|跳槽|换(工作|岗|行)"
)

# A short yes-or-no question ("会不会越走越窄", "transferable or not?", "是不是想太多了"): asked
# right after a move is told, it weighs the move.
_WEIGHS_THE_MOVE = re.compile(
    rf"^(?:(?=[^a-z]{{1,14}}$)|(?=[ -~]*$)(?=(\S+ ){{0,7}}\S+$))"
    rf"(.*({A_NOT_A}|[吗嘛]\s*[?？]?\s*$|是不是|\bor not\b)"
    r"|\s*(is|are|will|would|can|could|does|should)\b)"
)


def asks_the_move(form: str) -> bool:
    """ "How hard is the switch", "转过去难吗": a question about the move itself."""
    return bool(_MOVE_ASKED.search(form))


def weighs_a_move(form: str) -> bool:
    """A short yes-or-no question that, asked right after a move is told, weighs it."""
    return bool(_WEIGHS_THE_MOVE.search(form))


# What the person brings, weighed for a move ("我之前的經驗哪些帶得過去", "我累積的媒體人脈算加分
# 嗎", "would my media contacts count for anything", "what would she be missing for that", "像我
# 這種背景過去，最可能卡在哪"): asked right after a move or a job is told, it weighs the move there.
_BRINGS_OVER = re.compile(
    r"(经验|经历|背景|人脉|资源|底子|技能|能力)[^，。,.?？!！]{0,8}"
    r"(用得上|用得到|用得着|带得过去|带过去|有用|有帮助|帮得上|加分|优势|吃香|派得上|卡在)"
    r"|带得过去|带过去|派得上用场|(我|佢|他|她)(这种|这样|呢种)[^，。,.?？!！]{0,6}(过去|转过去)"
    r"|\b(my|her|his|their) (own )?(experience|background|contacts|network|skills|years)\b"
    r"[^.?!]{0,40}\b(count|carry|carries|transfer|help|useful|advantage|plus|matter)"
    r"|\b(carry|carries) over\b|\btransferable\b|\bcounts? (toward|towards)\b"
    r"|\bwhat (would|will|do|does) (i|she|he|they) (be )?(missing|lack|need to learn)\b"
)


def brings_over(form: str) -> bool:
    """Whether what the person brings (experience, contacts, background) is weighed for a
    move: right after a move or a job is told, the move there."""
    return bool(_BRINGS_OVER.search(form))


# Whether a move can be made, asked of it ("is corporate PR realistic?", "现实吗").
_REALISTIC = re.compile(
    r"\b(realistic|doable|feasible|possible|achievable|a realistic option)\b|现实吗|可行吗|有可能吗"
)
# Whether what was just asked is wise: "is that realistic?", "would it be dumb", not a pointer
# at the last subject.
_THE_MOVE_WEIGHED = re.compile(
    r"\b(is|was|would|will|isn't|wouldn't) (that|it|this) (be )?(even |really |actually |too |so )?"
    # ("is that a normal move?", "is it a natural next step")
    r"(an? )?(realistic|possible|doable|feasible|normal|common|smart|dumb|stupid|crazy|wise|risky"
    r"|hard|late|good idea|bad idea|thing|worth it|stretch|natural|typical|usual|sensible"
    r"|reasonable)\b"
)
# The move just told, asked again by how hard or how long it is: "how hard is that", "难吗",
# "要多久", "現唔現實".
_THE_MOVE_AGAIN = re.compile(
    r"^\W*((and|so|ok|okay|but|hmm|well)\W+)?how (hard|long|easy|difficult|realistic|common|likely"
    r"|risky|doable|tough)\b"
    r"|(难|容易|有戏|靠谱|好转)(吗|嘛|么|不)|难不难|容不容易|要多久|多长时间|现唔现实|得唔得"
)


def asks_if_realistic(form: str) -> bool:
    """ "is corporate PR realistic?", "现实吗": whether a move can be made."""
    return bool(_REALISTIC.search(form))


def weighs_the_move_again(form: str) -> bool:
    """ "难吗", "is that realistic?", "how long would that take": the move just told, weighed
    again (asked right after it, from the same start to the same goal)."""
    return any(p.search(form) for p in (_THE_MOVE_WEIGHED, _REALISTIC, _THE_MOVE_AGAIN))


def without_the_move_weighed(form: str) -> str:
    """The message without "is that realistic", "would it be dumb": its "that" weighs what was
    asked, and points at no subject."""
    return _THE_MOVE_WEIGHED.sub(" ", form)


# What one does on the side, to the end of its clause ("平时自己写公众号", "业余在小红书做号",
# "run a blog in my spare time"), or did at school: experience, not the job a move starts from.
# Matched in the form the planner reads (lower case, Simplified, a space between Chinese
# clauses).
_SIDE_ACTIVITY = re.compile(
    # (平时 alone also says what the day job is: "我平时主要做用户运营")
    r"(业余|下班后?|空闲时间?|私下|(平时|平常|周末)(自己|业余|私下))[^\s，,。.!！?？;；]*"
    r"|自己(也)?(在)?(运营|经营|搞|开)(了)?(一个|个)(公众号|号|账号|店|网店|博客|社群|群)"
    # the verb phrase right before "on the side", not the job before "and" ("I work in PR
    # and do some SEO on the side")
    r"|(\b(?!and\b|but\b)[a-z]+ ){0,3}(on the side|in my (free|spare) time|as a hobby|for fun"
    r"|side (project|hustle|gig))\b"
    r"|\b(run|have|started) (my own|a personal) (blog|account|channel|newsletter|page|shop|store)\b"
    # what one did at school ("大學辦過很多系學會活動", "in college I ran the student union's…")
    r"|(大学|大學|读书|在校|学校|学生会|社团|系学会)(时|的时候|期间|里|里面)?[^\s，,。.!！?？;；]{0,4}"
    r"(办|做|搞|参加|负责|当|管)过[^\s，,。.!！?？;；]*"
    r"|\b(in|at|during) (college|uni|university|school)\b[^,.!?;]{0,60}"
)


def side_activities(folded: str) -> list[tuple[int, int]]:
    """Where the message tells what the person does on the side or did at school."""
    return [m.span() for m in _SIDE_ACTIVITY.finditer(folded)]
