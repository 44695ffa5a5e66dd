"""A problem at work told first, then teams offered to choose from: "people sign up and vanish by
day 2. whose problem is that, ops or marketing or product?", "经销商抱怨物料没到，这事找市场部还是
销售部", "公司粉專被網友出征…這要找公關還是小編處理？".

The teams offered are the person's guesses, not the subject: read as names, they make the
message a comparison of them (or the card of the first). The question is who handles the
problem told, which the task alone answers; the guesses may all be wrong ("ops or marketing?"
for what user operations does).

Matched in the matching form (Simplified, lower case, punctuation as spaces), over the names the
linker found there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..linker import Mention
from .aspects import aspects_of

# Between two teams offered: "or", 还是, 定 (Cantonese), with what is said of each around it
# ("marketing's problem or sales'", "策划的活还是媒介的活", "品牌部出面还是公关部出面").
_OR = re.compile(r"\bor\b|还是|或者|或是|(?<![a-z])定(?![a-z])|/")
_FILLER = re.compile(
    r"^\s*(s\b|s\s+(job|problem|thing|call|responsibility|side|team)\b|team|dept|department|side"
    r"|的?(活|事|问题|锅|工作|责任|人)|出面|对接|负责|(去|来)?处理|(去|来)?(搞|管|跟)|来做|去做|做|管|去谈|来谈|写|出)?\s*"
    r"(,|、|\bor\b|还是|或者|或是|(?<![a-z])定(?![a-z])|/)?\s*(the\s+|his\s+|her\s+|their\s+|找)?\s*$"
)
# After the last team offered, what is said of it ("…的问题", "处理", "'s job") and teams we do
# not cover offered too ("…or product?", "还是产品管", "or his assistant").
_SAID_OF = (
    r"(s\b|s\s+(job|problem|thing|call|responsibility)|job|problem|team|dept|department|side"
    r"|的?(活|事|事情|问题|锅|工作|责任|范畴|范围)|出面|对接|负责|(去|来)?处理|(去|来)?(搞|管|跟)|来做|去做|做|管|跟|去谈|来谈"
    r"|写|出|嘅问题|嘅嘢|的嘢|啊|呢|吗|啦|呀|\s)*"
)
_TAIL = re.compile(
    rf"^\s*{_SAID_OF}"
    rf"(\s*(,|、|\bor\b|还是|或者|或是|(?<![a-z])定(?![a-z])|/)\s*[^,、/]{{1,24}}?{_SAID_OF}){{0,2}}\s*$"
)
# Said of the teams offered: a duty, a problem ("运营的活还是推广的活"): who, even after 算.
_DUTY = re.compile(r"的?(活|事|问题|锅|工作|责任)|\b(job|problem|responsibility|call)\b")
# Who is asked after a team named in the problem told: "…这要找公关还是小编处理" (a team named
# and then only "是市场还是销售" asks where that team sits: "gtm团队是干嘛的 是市场还是销售").
_WHO_ASKED = re.compile(
    rf"{_DUTY.pattern}|找|交给|交俾|对接|出面|负责|处理|谁|边个|有人|(?<![干])[管做出写谈]"
    r"|\b(whose|who|someone|somebody|take (this|it) to|handles?|owns?|deals? with|in charge)\b"
)
# Where a thing sits, asked with its place offered: "编辑算 ops 定 marketing", "is SEO part of
# marketing or ops" (a job's place, not a problem's owner); and what the person is, "so on my
# CV do I call myself ops or promotion", "do I count as…", "am I…".
_SITS_BEFORE = re.compile(
    r"(算|属于|属|归|挂在|放在|划给|划到|划在|分给|分到|part of|belong\w* to|under|inside"
    r"|sit\w* (in|under|with)|\b(call|consider|describe|introduce|present|list) myself( as)?"
    r"|\bcount as|\bam i)\s*(是|系|the|a|an)?\s*$"
)
# What the guesses are weighed by, or a move between them, is another question.
_OTHER_QUESTION = re.compile(
    r"区别|差别|差在|不同|\bdiffer|\bvs\b|哪个好|哪个更|哪个比较|\bbetter\b|\bworse\b|适合|\bsuit"
    r"|\bsame\b|一样|同一|\bor not\b|还是不是|\bor what\b|\bor something\b"
    # pay weighed: "promotion or operations, who gets paid more in the long run?"
    r"|\b(paid|pays|earns?|makes?|earning) (more|less|better)\b|工资|薪水|薪资|收入"
    # the person's own choice: "做了两年客服，我应该转用户运营还是活动运营"
    r"|我(应该|该|要不要|要)|\bshould i\b|(?<![运旋])转(?!化|发|载|达)"
    r"|[转跳]行|转(去|到|做)|\bswitch|\bmove (to|into)\b|\bjoin\b|\boffer\b"
)
_TASK_CJK = 10  # characters of a problem told, at the least
_TASK_WORDS = 6


def may_offer(text: str) -> bool:
    """Whether the message says "or" at all (most do not: they are not read again)."""
    return bool(_OR.search(text))


def offered(
    q: str, mentions: Sequence[Mention], is_team: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """The problem told (the text before the teams offered) and the teams offered, when the
    message ends choosing among two or more teams for a problem it tells; else None."""
    named = sorted(
        (m for m in mentions if m.end > m.start), key=lambda m: (m.start, -(m.end - m.start))
    )
    run: list[Mention] = []
    for m in reversed(named):
        if run and m.end > run[-1].start:
            continue  # a shorter name inside a longer one
        if not is_team(m.entry_id):
            break
        if run and not _FILLER.match(q[m.end : run[-1].start]):
            break
        run.append(m)
    run.reverse()
    teams = tuple(dict.fromkeys(m.entry_id for m in run))
    tail = q[run[-1].end :] if run else ""
    if not teams or not _TAIL.match(tail):
        return None
    # (a team we do not cover offered last counts: "应该搵marketing定product跟")
    if len(teams) + bool(_OR.search(tail)) < 2 or not _OR.search(q[run[0].start :]):
        return None  # "行銷、營運" with no "or" lists, it does not offer
    task = q[: run[0].start]
    told = (
        len(re.findall(r"[\u4e00-\u9fff]", task)) >= _TASK_CJK or len(task.split()) >= _TASK_WORDS
    )
    sits = _SITS_BEFORE.search(task) and not _DUTY.search(q[run[0].start :])
    if not told or sits or _OTHER_QUESTION.search(q):
        return None
    # (a team named there, not one its work was read as: "write press releases…" is no name)
    in_task = [
        m for m in named if m.end <= run[0].start and is_team(m.entry_id) and m.via != "task"
    ]
    if in_task and not _WHO_ASKED.search(q[max(m.end for m in in_task) :]):
        return None  # "what does the GTM team do, is it sales or marketing?"
    if set(aspects_of(task)) - {"does"}:
        return None  # "for a fresh grad, which pays more: brand or ops"
    return task.strip(), teams
