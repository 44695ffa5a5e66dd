"""A job named, then guessed at: "…got an offer as 用户运营… Is it a sales job? What will she actually
do?", "我女儿拿了个用户运营的offer，这是不是就是销售的活？".

The job guessed (sales) is the person's guess at what the job named (user operations) is: the
job named is the subject. Read in the matching form (Simplified, lower case, punctuation as
spaces), over the names the linker found there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..linker import Mention

# Right before the job guessed: "is it a …", "isn't that just …", "这是不是就是…", "係咪即係…".
_GUESS_BEFORE = re.compile(
    r"\b(is|isn t|isnt) (it|this|that) (just |basically |really |kind of |like )?(an? )?$"
    r"|(这|那|它|佢)(是不是|是|算不算|算)(就是|只是|其实是|即是)?(个|一个|一份)?$"
    r"|(这|那|它)?是不是即(是|系)$"
    # "…這到底是在做什麼？是跑業務的嗎？": a question that starts with 是
    r"|(^|\s)(是|系)(不是)?(就是|只是|在)?(跑|做)?$"
)
# Right after it: "… job?", "…的活", "…吗".
_GUESS_AFTER = re.compile(r"^\s*(job|role|position|thing|的活|的工作|的岗位|的|吗|嘛|啊|\s|$)")


_MAY_GUESS = re.compile(
    r"\b(is|isn'?t|isnt) (it|this|that)\b|是不是|係咪|系咪|(这|這|那|它|佢)(是|係|算)|(^|[\s，,。？?])(是|係)"
)


def may_guess(text: str) -> bool:
    """Whether the message has words a guess is asked in (most do not: they are not linked
    again)."""
    return bool(_MAY_GUESS.search(text))


def guessed(
    q: str, mentions: Sequence[Mention], is_job: Callable[[str], bool]
) -> tuple[str, str] | None:
    """(the job named, the job guessed) when a job is named and a later one is guessed at as
    what it is; else None."""
    named = sorted((m for m in mentions if m.end > m.start), key=lambda m: m.start)
    for i, guess in enumerate(named):
        if not is_job(guess.entry_id) or not _GUESS_BEFORE.search(q, 0, guess.start):
            continue
        if not _GUESS_AFTER.match(q[guess.end :]):
            continue
        before = [m for m in named[:i] if is_job(m.entry_id) and m.entry_id != guess.entry_id]
        if len({m.entry_id for m in before}) == 1:
            return before[0].entry_id, guess.entry_id
    return None
