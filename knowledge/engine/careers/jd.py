"""Reading a pasted job description: is it one, which job is it, what is the work, what jargon.

Pure: no Telegram, no YAML. It reads the names of the knowledge base (job aliases and task
phrases, glossary terms) and the skill vocabulary through a `SkillBook` (knowledge/skills.py).

API:
    is_job_description(text) -> bool
        Structure decides, not topic: a job ad has section headings (duties, requirements,
        benefits), list items and requirement phrases; a question has none of these, or is
        short and asks something. No question of the evaluation sets is taken for a JD.
    read_jd(book, text) -> JDReading
        The best job with a score and how sure, the runner-up when close, the skills found
        (the main work), the glossary terms found, and what the job is measured by.
    JDReader(book): the same, with its matchers built once (read_jd caches one per book).
    render_jd(book, reading, lang) -> str: plain text for the terminal chat and tests.

Why a job wins: its name in the ad's title counts most (ads are titled by job); then the ad's
duties, matched against each job's task phrases and its skill set (the share of the job's
weighted skills the ad asks for, and the share of the ad's skills that belong to the job).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field, replace

from ...text.langs import Lang, fold, is_zh, to_script
from ...text.quick import quick
from ..understand.asked import clause_asks
from .skills import Job, Skill, SkillBook

# -- is it a job description? -------------------------------------------------------------------

_HEADINGS_ZH = (
    "岗位职责",
    "工作职责",
    "职位描述",
    "岗位描述",
    "工作内容",
    "职责描述",
    "职务说明",
    "任职要求",
    "任职资格",
    "岗位要求",
    "职位要求",
    "条件要求",
    "需求条件",
    "必备条件",
    "我们提供",
    "福利",
    "薪资",
    "薪酬",
    "待遇",
    "工作地点",
    "公司介绍",
    "公司简介",
    "关于我们",
    "加分项",
    "你要做的",
    "你将负责",
    "我们希望你",
    "招聘流程",
    "投递方式",
    "工作时间",
)
_HEADINGS_EN = (
    "responsibilities",
    "requirements",
    "qualifications",
    "what you'll do",
    "what you will do",
    "what you bring",
    "what you need",
    "what we offer",
    "we offer",
    "benefits",
    "perks",
    "about us",
    "about the role",
    "about you",
    "who we are",
    "company overview",
    "job description",
    "how to apply",
    "location:",
    "salary",
)
_LIST_ITEM = re.compile(
    r"^\s*(?:[-*•·・▪●◆■]|\d{1,2}\s*[.、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.])"
)
# Bullets typed inside one line ("快消品牌經理：・負責… ・協調… ・追蹤…")
_INLINE_BULLET = re.compile(r"[・•●▪◆■]\s*\S")
# A title before a list typed in one line: "電商營運人員：1. …", "Trade Marketing Executive ・…"
_TITLED_LIST = re.compile(
    r"^\s*[^\s・•●▪◆■:：\d][^・•●▪◆■:：\n]{1,30}[:：]?\s*(?:[・•●▪◆■]|1\s*[.、)）])"
)
# A line that many bullets make a list, however short: "title: ・duty ・duty ・duty"
MIN_CHARS_BULLETED = 40
_REQUIREMENT_ZH = (
    "年以上",
    "本科",
    "学历",
    "经验",
    "优先",
    "熟悉",
    "熟练",
    "负责",
    "专业",
    "招聘",
    "诚聘",
    "急招",
)
_REQUIREMENT_EN = (
    "years",
    "experience",
    "degree",
    "bachelor",
    "is a plus",
    "preferred",
    "familiar with",
    "proficient",
    "you will",
    "you should",
    "we need",
    "we are looking for",
    "we're looking for",
    "hiring",
    "join our",
    " year ",
)
_ASKING = re.compile(
    r"(什么岗|什么职位|哪个岗|哪个职位|哪个部门|什么部门|是什么|啥意思|什么意思|请问|啥岗|啥职位|什么职缺|"
    r"which (team|job|role|department)|what (job|role|kind of|does|is)|\?|？)"
)
# Below this, structure alone is not enough: short texts are questions that quote an ad.
MIN_CHARS, MIN_CHARS_MULTILINE = 90, 60
MIN_SCORE = 4
# A short line that is all heading: "【条件】", "Requirements:", "我们提供：".
_HEADING_LINE = re.compile(r"^\s*(?:【[^】]{1,10}】|[^\s:：]{1,8}\s*[:：]|[A-Za-z' ]{3,24}:?)\s*$")


# An ad shows what it is in its first lines: headings, numbered duties, requirements. A message
# of Telegram's full 4,096 characters is judged on this much of it (folding all of it cost 1.5 ms).
FEATURE_CHARS = 2000


def jd_features(text: str) -> dict[str, int]:
    """The counts is_job_description decides on (exposed for the benchmark and tuning)."""
    raw = (text or "")[:FEATURE_CHARS]
    lines = [ln for ln in raw.splitlines() if ln.strip()]
    low = _fold_long(raw)
    headings = sum(1 for h in _HEADINGS_ZH if h in low) + sum(1 for h in _HEADINGS_EN if h in low)
    headings = max(headings, sum(1 for ln in lines[1:] if _HEADING_LINE.match(ln)))
    if _TITLED_LIST.match(raw):
        headings = max(headings, 1)  # "Trade Marketing Executive ・…": a title, then its duties
    items = sum(1 for ln in lines if _LIST_ITEM.match(ln))
    bullets = len(_INLINE_BULLET.findall(raw)) if items < 2 else 0
    inline = max(len(_INLINE_NUMBER.findall(low)), bullets) if items < 2 else 0
    requirements = sum(1 for w in _REQUIREMENT_ZH if w in low) + sum(
        1 for w in _REQUIREMENT_EN if w in low
    )
    return {
        "chars": len(raw.strip()),
        "lines": len(lines),
        "headings": headings,
        "items": items + inline,
        "bullets": bullets,
        "requirements": requirements,
        "asking": int(bool(_ASKING.search(low[-60:]))),
    }


def is_job_description(text: str) -> bool:
    """Whether a message is a pasted job ad rather than a question (however long)."""
    raw = (text or "").strip()
    if len(raw) < MIN_CHARS_BULLETED:
        return False  # asked on every message: the common case leaves at once
    f = jd_features(text)
    # Questions come in one line; a short ad of several lines, or of one line of bullets, still
    # needs some substance.
    least = MIN_CHARS_MULTILINE if f["lines"] >= 3 else MIN_CHARS
    if f["items"] >= 3 and not f["asking"]:
        least = MIN_CHARS_BULLETED  # "title：・duty ・duty ・duty", "title：1. … 2. … 3. …"
    if f["chars"] < least:
        return False
    score = 2 * min(f["headings"], 4) + min(f["items"], 6) + min(f["requirements"], 4)
    if f["lines"] < 3 and f["items"] < 3:
        score -= 3  # one paragraph: only a dense ad with headings and numbered duties passes
    if f["asking"]:
        # "Duties: ... what job is this?" is a question quoting an ad, unless the ad is long.
        score -= 4 if f["chars"] < 300 else 1
    return score >= MIN_SCORE


# A question that quotes an ad's duties ("JD says: 'manage media vendors...' what job is that?",
# "職缺寫「負責官方帳號內容維護…」是做什麼的"): the quoted words are read as the ad.
_QUOTED = re.compile(
    r"[「『“‘]([^「」『』“”‘’]{8,})[」』”’]|\"([^\"]{8,})\"|(?<![a-z0-9])'([^']{8,}?)'(?![a-z0-9])",
    re.I,
)
_ONLY_QUOTE = re.compile(
    r"\s*(?:[「『“‘]([^「」『』“”‘’]{8,})[」』”’]|\"([^\"]{8,})\"|'([^']{8,})')\s*[?？.。]?\s*"
)
_DUTY_FIRST = quick(
    re.compile(
        r"\s*(负责|負責|主导|主導|统筹|統籌|制定|围绕|圍繞|提升|对接|對接"
        r"|协助|協助|洽谈|洽談|监控|監控|监察|監察|经营|經營|规划|規劃|拓展"
        r"|(be )?responsible for|in charge of"
        r"|own(ing)? |manag(e|ing) |driv(e|ing) |plan(ning)? |lead(ing)? "
        r"|draft(ing)? |improv(e|ing) )",
        re.I,
    )
)
# Verbs that start duties and ordinary sentences alike ("“管理好自己的时间…”"): a quote made of
# them alone is an ad only when it lists several duties.
_DUTY_VERB = re.compile(
    r"\s*(开展|開展|研究|维护|維護|撰写|撰寫|管理|执行|執行|搭建|跟进|跟進|策划|策劃)"
    r"[^，,、；;]{2,}[，,、；;]"
)
# ...a later clause of quoted duties that starts with one ("与…共赢，制定…销售策略")
_DUTY_START = re.compile(
    r"\s*(开展|開展|研究|维护|維護|撰写|撰寫|管理|执行|執行|搭建|跟进|跟進|策划|策劃|制定|制訂"
    r"|规划|規劃|推进|推進|协调|協調|对接|對接|统筹|統籌|负责|負責|产出|產出)[^，,、；;]{2,}"
)
# What frames a quotation as an ad: the ad named, or the question asks which job it is.
_AD_FRAME = quick(
    re.compile(
        r"(?<![a-z])jds?(?![a-z])|\bjob (ad|post|posting|description|listing|spec)s?\b"
        r"|\bposting\b|\blisting\b"
        r"|\bvacanc"
        r"|\bwhat (job|role|team|department|position)\b"
        r"|\bwhich (job|role|team|department|position)\b"
        r"|\b(is|was) (this|that|it) (pr|brand|marketing|operations)\b"
        r"|\bis (this|that|it) an? [\w ]{1,30}\b(job|role|position)\b"
        r"|\bwhat(?:'s| is) (this|that) (job|role|position)\b|\brole name\b|\bjob title\b"
        r"|\bname of (this|that|the) (job|role|position)\b|\bwants? someone (for|to)\b"
        r"|\b(what|which)(?:'s| is)? (the )?(job |role )?title\b|\btitle for (this|that|it)\b"
        r"|叫啥|叫什么|叫什麼|岗位叫|崗位叫|职缺叫|職缺叫|这个岗|這個崗|这岗|這崗|属于哪|屬於哪|是什么岗|是什麼崗"
        r"|招聘|职缺|職缺|职位描述|職位描述|岗位描述|什么岗|什麼崗|哪个岗|哪個崗|什么职位|什麼職位|职称|職稱"
        r"|什么工作|什麼工作|做什么的|做什麼的|干嘛的|幹嘛的|行销还是|行銷還是|营运还是|營運還是"
        r"|什么运营|什麼運營|什麼營運|(啥|哪种|哪種|哪类|哪類|哪一种|哪一種|咩|边种|邊種)\s*(运营|運營|營運)"
        r"|\b(what|which) (kind|type|sort) of (ops|operations|marketing|brand|pr)"
        r" (job|role|position)\b"
        r"|职责|職責|職缺內容|职缺内容|工作内容|工作內容"
        # "這是啥岗位：“…”", "「…」是哪種職位", Cantonese "呢份係咩職位：「…」".
        r"|(啥|咩|哪种|哪種|哪一种|哪一種|边种|邊種)\s*(岗|崗|职位|職位|工作|职务|職務)"
        # "「…」是什麼職務", "…——这jd对应啥岗"
        r"|(什么|什麼|哪个|哪個)\s*(职务|職務)|(对应|對應)(的)?(啥|什么|什麼|哪个|哪個|咩|边个|邊個)"
        # "岗位要求：‘…’ 这是啥", "徵才：「…」", "ad says '…' which one is this", "'…' role?"
        r"|岗位要求|崗位要求|任职要求|任職要求|徵才|征才|徵人|征人"
        r"|\bad (says|said|reads|wants|asks for)\b|\bad\s*:|\bwhich one is (this|that|it)\b"
        r"|(什么|什麼|哪个|哪個|啥|咩)\s*(团队|團隊|部门|部門|单位|單位)"
        r"|\bwhat (team|department|dept) is\b"
        # Taiwan's opening, 缺: "這是什麼缺", "哪種缺"
        r"|(什么|什麼|哪种|哪種|啥|咩|这个|這個|这种|這種)\s*缺(?![点點乏少失陷人钱錢])"
        # "這是公關的缺吧", "這是哪類工作", "呢個係咩role", "呢份工叫咩"
        r"|(的|嘅)缺(吧|吗|嗎|嘛)|(哪类|哪類|哪一类|哪一類)(工作|職位|职位)"
        r"|(咩|乜|什么|什麼)\s*(role|team|dept|department|position)\b|(係|系|是)(咩|乜)工"
        r"|呢份工|叫咩|叫乜"
        # a job site's or a recruiter's words: "104看到的：", "徵：", "recruiter send咗個msg：",
        # "LinkedIn 有人 message 我："
        r"|(?<!\d)104(?!\d)|看到的\s*[:：]|^\s*(徵|征)\s*[:：]"
        r"|\b(recruiter|headhunter)s?\b|猎头|獵頭|(message|msg|私信|inbox)\s*(我|咗)?\s*[:：]",
        re.I,
    )
)
# Frames that say little by themselves ("'…' ??", "‘…’ 这是啥", "'…' role?"): a job ad only when
# the quote reads as duties (it starts with a duty's verb); a saying quoted so is not one.
_WEAK_FRAME = quick(
    re.compile(
        r"\brole\s*\?+\s*$|(这|這)(是|算)(啥|什么|什麼|咩)?\s*[?？]?\s*$|\?\?\s*$|=\s*\?+\s*$"
        # "「將產品規格轉譯為…」這是哪種企劃"
        r"|[」』”’\"']\s*[，,]?\s*(这|這)(是|算)(哪种|哪種|哪个|哪個|哪类|哪類|什么|什麼)"
        r"[^，,。？?\s]{0,4}\s*[?？]?\s*$"
        # "「負責品牌定位、標語與VI系統」是品牌部嗎"
        r"|^\s*[「『“‘\"'][^」』”’\"']{8,}[」』”’\"']\s*(是|算|係)[^，,。？?]{1,10}(吗|嗎|吧|嘛)\s*[?？]?\s*$"
        r"|\bwhat(?:'| i| )?s (this|that)\s*\??\s*$|\bwhat am i applying (to|for)\b"
        # "'Monitor public sentiment, …' - PR or brand?", "…. Which kind of ops is this?",
        # "what would you call it", "负责…，是活动运营吗"
        r"|[\"'”’」]\s*[-–—:]?\s*[\w ]{1,20} or [\w ]{1,20}\?\s*$"
        r"|\b(which|what) (kind|type|sort) of [\w ]{1,20} is (this|it|that)\b"
        r"|\bwhat would you call (it|this|that)\b"
        r"|[，,]\s*(是|算)[^，,。？?\s]{2,10}(吗|嗎)\s*[?？]?\s*$"
        # "“…”——这个是SEM吗", "“…”这种是产品运营还是产品经理啊", "「…」呢份係咩嚟"
        r"|(这|這)(个|個|种|種)?(明明|其实|其實|根本|应该|應該|不就)?(是|算|係)[^，,。？?\s]{1,12}(吗|嗎|吧|嘛|还是|還是)"
        # "…。這跟小編一樣嗎", "…。这和新媒体差不多吧"
        r"|(这|這|呢)(个|個|份|份工)?\s*(跟|和|同|与|與)[^，,。？?\s]{1,12}(一样|一樣|差不多|差在哪|有咩分别|有咩分別)"
        r"|呢(份|個|个)(係|系|是)?(咩|乜)"
        # "搵工見到：「負責異業合作洽談…」係咪BD？": is the quoted ad a job named after it
        r"|[」』”’\"']\s*(这|這|呢|佢)?(个|個|份工|份)?\s*(係咪|系咪|是咪|是不是|算唔算|算不算)"
        r"[^，,。？?「」]{1,12}[?？]?\s*$"
        # "「…」這是產品營運嗎", "「…」這是不是就是BD？", "「…」這是小編還是別的",
        # "「…」係網站運營定網站推廣？", "「…」這是在做什麼", "「…」呢份工係做乜",
        # "份工寫住「…」，即係做乜？"
        r"|[」』”’\"']\s*[，,]?\s*(这|這|呢|佢)?(个|個|份工|份)?\s*(是|係|系|算)(不是|唔係)?(就是)?"
        r"[^，,。？?「」]{1,14}(吗|嗎|嘛|还是|還是|定)"
        r"|[」』”’\"']\s*[，,]?\s*(这|這|呢)(个|個|份工|份)?\s*(是|係|系)?\s*(在)?(做|幹|干)(什么|什麼|啥|乜|咩)"
        r"|[」』”’\"']\s*[，,]?\s*(即係|即系|即是|就是)\s*(做|幹|干)(什么|什麼|啥|乜|咩)",
        re.I,
    )
)
QUOTED_MIN_WORDS = 4
# "对品牌生意负责，…": a duty said as what the job answers for, then more of them
_OWNS_A_DUTY = re.compile(r"\s*(对|對)[^，,、；;]{1,12}(负责|負責)\s*[，,、；;]")
# "職缺寫：負責…。這是小編嗎？", "岗位职责：1.负责… 请问这算什么岗": the duties after the ad's
# label and a colon, up to the question.
_LABELLED = re.compile(
    r"(?:(?<![a-z])jds?(?![a-z])|职缺|職缺|招聘|职责|職責|工作内容|工作內容|职位描述|職位描述"
    r"|岗位描述|崗位描述|岗位职责|崗位職責|岗位要求|崗位要求|任职要求|任職要求|徵才|征才"
    r"|job ad|ad line|ad text|listing|posting|(?:job )?duties|responsibilities|job description"
    # "104看到的：", "徵：", "recruiter send咗個msg：", "LinkedIn 有人 message 我："
    r"|(?<!\d)104(?!\d)|看到的|(?<![\u4e00-\u9fff])(?:徵|征)(?=\s*[:：])|recruiter|headhunter|猎头|msg|message)"
    r"[^:：「『“\"'。]{0,6}[:：]\s*((?:[^「『“\"'？?]|(?<=[A-Za-z])'(?=[A-Za-z])){12,}?)"
    r"(?=[。？?]|\s[—–-]+\s|请问|請問|这是|這是|这算|這算|呢个|呢個|$)",
    re.I,
)


# A sentence of an ad's duties typed without quotes ("负责淘宝C店日常运营、活动报名、直通车推广，
# 这岗叫啥", "1.负责新品上市节奏规划 2.协同渠道资源"): it opens with a duty's verb (or a number)
# and lists several duties; a question that merely uses 负责 ("负责拉新的岗位叫什么") lists none.
_SENTENCE = re.compile(r"[^。？?！!\n]+")
_LISTED = re.compile(r"[、，,；;]|\s\d{1,2}\s*[.、)）]")
# Verbs an English ad's duties open with, beyond _DUTY_FIRST ("set up Douyin feed campaigns,
# A/B test creatives", "monitor online sentiment, draft press statements").
_DUTY_VERB_EN = re.compile(
    r"\s*(set up|build|run|monitor|buy|create|write|produce|handle|maintain|optimi[sz]e|grow"
    r"|analy[sz]e|coordinate|execute|support|develop|oversee|source|track|launch|brief|research"
    r"|decide|split|negotiate|operate|design|lift|increase|boost|improve|plan|manage|own|drive)\b",
    re.I,
)
# What introduces the ad's lines, up to a colon ("Boss直聘刷到一个：", "the ad reads:", "job post
# for a 'new media specialist':", "呢份工寫住：").
_SAID_BEFORE = re.compile(
    r"\s*(?:[^:：。？?！!\n]{0,24}?(?:(?:刷到|看到|发我|發我|收到)(?:一[个個])?|岗位|崗位|职缺|職缺|徵人|征人"
    r"|写着|寫著|寫住|\b(?:ad|job ad|posting|listing) (?:reads|says)|\bjob post(?:ing)?"
    r"(?: for an? [^:：]{2,30})?)"
    # "公關專員：維繫媒體關係、…", "品牌策划（实习）：1.…", "Campaign Ops Specialist: 1) …": the
    # ad's title, then its duties
    r"|[^:：。？?！!，,\n]{0,14}?(?:专员|專員|经理|經理|主管|总监|總監|助理|实习生|實習生|运营|運營|營運"
    r"|策划|策劃|企划|企劃|编辑|編輯|小编|小編|负责人|負責人|师|師)(?:（[^）]{1,6}）|\([^)]{1,8}\))?"
    r"|[a-z][\w&/ ]{1,30}\b(?:specialist|manager|executive|assistant|lead|officer|coordinator"
    r"|intern|director|ops|operations|planner|editor)(?: \([^)]{1,12}\))?"
    r")\s*[:：]\s*",
    re.I,
)
_NUMBERED_FIRST = re.compile(
    r"\s*(?:(?:岗位职责|崗位職責|工作内容|工作內容|职责|職責|jd)\s*[:：]?\s*)?"
    r"(?:\d{1,2}\s*[.、)）]\s*)?",
    re.I,
)
UNQUOTED_MIN_LISTED = 2
# A bare line of duties neither asks nor tells about the person ("负责…，我能做吗" is a question).
_ASKS_OR_TELLS = re.compile(r"[我吗嗎呢?？]|\b(i|me|my|can|should)\b", re.I)


def _unquoted_duties(text: str, framed: bool) -> str | None:
    """Duties typed as a sentence of their own: taken when the question asks which job this
    is, or when the message is nothing else (a bare line of duties)."""
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text)]
    for sentence in sentences:
        m = _NUMBERED_FIRST.match(sentence)  # matches always (its parts are optional)
        body = sentence[m.end() :]
        # "Boss直聘刷到一个：负责…", "the ad reads: monitor…": the duties after a colon
        said = _SAID_BEFORE.match(body)
        labelled = bool(m.group().strip()) or bool(said)
        if said:
            body = sentence = body[said.end() :]
        # An English verb opens a question as often as an ad ("Research shows…", "Decide
        # between…"): unlabelled, two duties must open with one.
        verbs_en = [c for c in re.split(r"[,;，；]", body) if _DUTY_VERB_EN.match(c)]
        verb = _DUTY_FIRST.match(body) or len(verbs_en) >= 2 or (labelled and verbs_en)
        if not (verb or (framed and (_DUTY_VERB.match(body) or labelled))):
            continue
        if len(_LISTED.findall(sentence)) < (1 if framed and labelled else UNQUOTED_MIN_LISTED):
            continue
        if not (len(_CJK.findall(sentence)) >= 12 or len(re.findall(r"[A-Za-z]+", sentence)) >= 8):
            continue
        if framed or (len(sentences) == 1 and not _ASKS_OR_TELLS.search(sentence)):
            return _without_the_question(sentence)
    return None


# A clause after the duties asks when it has a question word, or asks about the job's future
# ("…，这个岗前景咋样").
def _asks(clause: str) -> bool:
    return clause_asks(clause) or "前景" in clause or "前途" in clause


def _without_the_question(sentence: str) -> str:
    """ "负责…、…，这个岗前景咋样": the duties without the clauses after them that ask."""
    parts = re.split(r"(?<=[a-z0-9)])\.['’\"”]?\s+", sentence, flags=re.I)
    while len(parts) > 1 and (_asks(parts[-1]) or _AD_FRAME.search(parts[-1])):
        parts.pop()  # "…cost per user. what's the career outlook for this kind of job"
    sentence = ". ".join(parts)
    while (cut := max(sentence.rfind("，"), sentence.rfind(","))) > 0 and (
        _asks(sentence[cut:]) or _AD_FRAME.search(sentence[cut:])
    ):
        sentence = sentence[:cut]
    return sentence


def _listed_lines(text: str) -> str | None:
    """ "- grow users of our mini program\n- design referral mechanics\n- track opens\nwhich
    job is this": three or more lines of a list, typed without quotes, are the duties."""
    lines = [m.group(1).strip() for m in _LIST_LINE.finditer(text)]
    if len(lines) < 3 and _INLINE_LIST.match(text):
        # the same list with its line breaks gone (as a question is read): "- a - b - c which…"
        lines = [part.strip() for part in _INLINE_ITEM.split(text) if part.strip()]
    if len(lines) < 3:
        lines = _numbered_inline(text)
    return "\n".join(lines) if len(lines) >= 3 else None


def _numbered_inline(text: str) -> list[str]:
    """ "【誠徵】投放專員 1.操作廣告後台 2.產出報表 3.控管預算 ←這是什麼職位": items numbered 1,
    2, 3… in one line; the last ends where the question begins."""
    marks = [m for m in _INLINE_NUMBER.finditer(text)]
    run: list[re.Match[str]] = []
    for m in marks:
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
        elif int(m.group(1)) == 1:
            run = [m]
    if len(run) < 3:
        return []
    ends = [m.start() for m in run[1:]] + [len(text)]
    items = [text[m.end() : end].strip() for m, end in zip(run, ends, strict=True)]
    items[-1] = _ITEM_END.split(items[-1], maxsplit=1)[0].strip()
    return [item for item in items if len(item) >= 3]


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s】\]：:]))(\d{1,2})\s*[.)、）．]\s*(?=\S)")
_ITEM_END = re.compile(
    r"\s*(?:[←?？]|请问|請問|这是|這是|这个|這個|是什么|是什麼|\bwhich\b|\bwhat\b|\bis (this|it)\b)"
)


# (after a label and what it labels: "Title: 社群运营专员 - build … - plan …")
_INLINE_LIST = re.compile(
    r"\s*(?:[^\s:：]{1,20}\s*[:：]\s*(?:[^-•·・●▪*:：]{1,30}?\s+)?)?[-•·・●▪*]\s+\S"
)
_INLINE_ITEM = re.compile(r"(?:^|\s)[-•·・●▪*]\s+")
_LIST_LINE = re.compile(r"^[ \t]*(?:[-*•·・●▪]|\d{1,2}[.)、）])[ \t]*(\S[^\n]{3,})$", re.M)


def _typed_title(text: str) -> str:
    """The title line of an ad typed above its list ("岗位：新媒体运营"), or the same run
    into one line as a question is read ("…JD: 岗位:新媒体运营 1. 负责…")."""
    inline = _TITLE_INLINE.search(text)
    if inline:
        return inline.group(1)
    return next((ln.strip() for ln in text.splitlines() if _TITLE_LINE.match(ln.strip())), "")


def quoted_job_ad(text: str) -> str | None:
    """The quoted duties of a question about a job ad, when there are enough to read."""
    frame = _AD_FRAME.search(text or "")
    if (frame or _WEAK_FRAME.search(text or "")) and (listed := _listed_lines(text)):
        # ("帮忙看个JD：\n岗位：新媒体运营\n1. …": the title line typed above the list is
        # the ad's, read first)
        title = _typed_title(text)
        return f"{title}\n{listed}" if title else listed
    if not frame and _WEAK_FRAME.search(text or ""):
        duties = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
        if not duties:
            # "负责活动方案策划、资源协调…，是活动运营吗": the duties typed without quotes
            return _unquoted_duties(text, framed=True)
        frame = any(
            _DUTY_FIRST.match(d)
            or _DUTY_VERB.match(d)
            # "“与…合作伙伴共赢，制定产品全渠道销售策略与规划”": a later clause starts the duty
            or any(_DUTY_START.match(c) for c in re.split(r"[，,；;]", d)[1:])
            # "'Monitor public sentiment, draft press releases, …' - PR or brand?"
            or sum(bool(_DUTY_VERB_EN.match(c)) for c in re.split(r"[,;，；]", d)) >= 2
            for d in duties
        )
    if not frame:
        # A message that is only a quoted line of duties ("“负责舆情监测分析、…”") is an ad.
        only = _ONLY_QUOTE.fullmatch(text or "")
        duties = next((g for g in only.groups() if g), "") if only else ""
        # (or duties listed as clauses, one of which starts with a duty: "「專案時程、品質、
        # 成本與風險管理，協調外部供應商，…」")
        clauses_ = re.split(r"[，,；;]", duties)
        listed = (
            _DUTY_FIRST.match(duties)
            or _DUTY_VERB.match(duties)
            or (len(clauses_) >= 3 and any(_DUTY_START.match(c) for c in clauses_[1:]))
        )
        return duties.strip() if listed else _unquoted_duties(text or "", framed=False)
    found = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    found += [_without_the_question(m.group(1)) for m in _LABELLED.finditer(text)]
    for quote in found:
        quote = quote.strip()
        cjk = len(_CJK.findall(quote))
        words = len(re.findall(r"[A-Za-z]+", quote))
        if cjk >= 8 or words >= QUOTED_MIN_WORDS:
            return quote
    return _unquoted_duties(text, framed=True)


# -- reading one ---------------------------------------------------------------------------------

TITLE_WEIGHT = 4.0
TITLE_FLOOR = 0.5  # share of the title's weight kept when the duties do not support it
BODY_NAME_WEIGHT, BODY_NAME_CAP = 0.6, 1.8
TASK_WEIGHT, TASK_CAP = 1.0, 3.0
SKILL_WEIGHT = 5.0
USEFUL_WEIGHT = 0.4
TERM_WEIGHT, TERM_CAP = 0.3, 0.9
# The runner-up is shown when its score is at least this share of the best one.
CLOSE_RUNNER_UP = 0.75
# (read on the ad as typed: "岗位：新媒体运营", "職稱：品牌行銷專員", "Title: 社群运营专员")
# The words that label an ad's title, in the ad as typed
TITLE_LABEL = r"(?:岗位|崗位|职位|職位|职称|職稱|position|job title|title)\s*[:：]"
_TITLE_LINE = re.compile(
    rf"^(?:(?:岗位名称|职位名称|招聘岗位|职务|職務|role)\s*[:：]|{TITLE_LABEL})", re.I
)
_TITLE_INLINE = re.compile(
    rf"(?:^|\s)({TITLE_LABEL}\s*[^:：\n]{{2,30}}?)\s+(?:\d{{1,2}}\s*[.、)）]|[-•·・●▪*]\s)", re.I
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_EDGE = re.compile(r"[a-z0-9]")


@dataclass(frozen=True)
class Candidate:
    job: Job
    score: float


@dataclass(frozen=True)
class JDReading:
    """What a job description says, in the knowledge base's terms."""

    job: Job  # the best match
    score: float
    confidence: float  # 0..1: the best score's share of the top two
    sure: str  # "sure", "likely" or "unsure"
    runner_up: Job | None  # shown when close to the best
    alternatives: tuple[Candidate, ...]  # the next best jobs, best first
    main_work: tuple[Skill, ...]  # skills the ad asks for, the best job's own first
    terms: tuple[str, ...]  # glossary term ids found, in order of appearance
    tasks: tuple[str, ...]  # task phrases of the knowledge base found in the ad
    measured_by: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the job's KPIs
    title: str = ""  # the line read as the ad's title

    def surer(self, confidence: float) -> JDReading:
        """The same reading, as sure as other evidence that agrees with it makes it."""
        confidence = max(self.confidence, confidence)
        return replace(self, confidence=confidence, sure=sureness(confidence))

    def instead(self, job: Job, confidence: float) -> JDReading:
        """The same reading with another job as the answer (found by other means: a few
        quoted duties matched by their words); this reading's pick comes second."""
        mine = Candidate(self.job, self.score)
        others = tuple(c for c in self.alternatives if c.job.id != job.id)
        own = tuple(s for s in self.main_work if s.id in job.skills)
        return replace(
            self,
            job=job,
            confidence=confidence,
            sure=sureness(confidence),
            runner_up=self.job,
            alternatives=(mine, *others),
            main_work=own + tuple(s for s in self.main_work if s not in own),
            measured_by=dict(job.measured_by),
        )


# A reading's share of the top two at or above which it is "sure", or "likely".
SURE, LIKELY = 0.62, 0.55


def sureness(confidence: float) -> str:
    """How a reading's confidence is said: "sure", "likely" or "unsure"."""
    return "sure" if confidence >= SURE else "likely" if confidence >= LIKELY else "unsure"


def _fold_long(text: str) -> str:
    """fold() cuts at a question's length; a job ad is folded a line at a time.

    OpenCC's Taiwan phrases turn 社群 into 社区 in a short alias but not always inside a longer
    line; names are folded alone, so the line is brought to the same form.
    """
    out = []
    for line in (text or "").splitlines():
        while line:
            out.append(fold(line[:380]).replace("社群", "社区"))
            line = line[380:]
        out.append("\n")
    return "".join(out)


@dataclass(frozen=True)
class _Hit:
    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


class _Plain:
    """A Chinese name needs no word boundaries: str.find is enough, and compiling ~2000
    regular expressions would be most of the reader's start-up time."""

    def __init__(self, key: str):
        self.key = key

    def finditer(self, text: str) -> list[_Hit]:
        hits, at = [], text.find(self.key)
        while at >= 0:
            hits.append(_Hit(at, at + len(self.key)))
            at = text.find(self.key, at + len(self.key))
        return hits

    def findall(self, text: str) -> list[_Hit]:
        return self.finditer(text)

    def search(self, text: str) -> _Hit | None:
        at = text.find(self.key)
        return _Hit(at, at + len(self.key)) if at >= 0 else None


_TOKEN = re.compile(r"[a-z0-9+#]+")


def _norm(word: str) -> str:
    """Plural-blind form of an English word, the same for names and ads."""
    if word.endswith("es") and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
        return word[:-1]
    return word


@functools.lru_cache(maxsize=8)
def _index(text: str) -> tuple[list[tuple[str, int, int]], dict[str, list[int]]]:
    tokens = [(_norm(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    where: dict[str, list[int]] = {}
    for i, (tok, _, _) in enumerate(tokens):
        where.setdefault(tok, []).append(i)
    return tokens, where


class _Words(_Plain):
    """An English name as a sequence of words, plurals ignored ("events operations" meets
    "event operations"); the ad is split into words once, not scanned once per name."""

    def __init__(self, key: str):
        super().__init__(key)
        self.words = tuple(_norm(m.group()) for m in _TOKEN.finditer(key))

    def finditer(self, text: str) -> list[_Hit]:
        tokens, where = _index(text)
        n = len(self.words)
        hits: list[_Hit] = []
        if self.words[-1] not in where:
            return hits  # most names woken by one word lack another (a big base: many)
        for i in where.get(self.words[0], ()):
            if tuple(t for t, _, _ in tokens[i : i + n]) == self.words:
                hits.append(_Hit(tokens[i][1], tokens[i + n - 1][2]))
        return hits

    def search(self, text: str) -> _Hit | None:
        hits = self.finditer(text)
        return hits[0] if hits else None


_CJK_PAIR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2}")


def _gate_choices(pat: re.Pattern[str] | _Plain) -> list[tuple[str, str]]:
    """What a text must hold for `pat` to match it, any one of which will do as its gate: the
    character pairs of its Chinese, or its English words (plural-blind); none when nothing
    certain can be said."""
    if isinstance(pat, _Words):
        return [("w", w) for w in pat.words]
    if isinstance(pat, _Plain):
        key = pat.key
        return (
            [("g", key[i : i + 2]) for i in range(len(key) - 1)] if len(key) >= 2 else [("c", key)]
        )
    source = pat.pattern
    return [("g", m.group()) for m in _CJK_PAIR.finditer(source)]


def _gates(
    patterns: list, seen: dict[tuple[str, str], int]
) -> tuple[list[int], dict[tuple[str, str], list[int]]]:
    """The matchers by their rarest gate: a text then wakes few of them."""
    everyone: list[int] = []
    by_gate: dict[tuple[str, str], list[int]] = {}
    for i, pat in enumerate(patterns):
        choices = _gate_choices(pat)
        gate = min(choices, key=lambda g: (seen.get(g, 0), g)) if choices else None
        if gate is None:
            everyone.append(i)
        else:
            by_gate.setdefault(gate, []).append(i)
    return everyone, by_gate


@functools.lru_cache(maxsize=16)
def _text_gates(text: str) -> frozenset[tuple[str, str]]:
    """Every gate a text holds: its character pairs, characters and words."""
    out = {("g", text[i : i + 2]) for i in range(len(text) - 1)}
    out |= {("c", ch) for ch in set(text)}
    out |= {("w", _norm(m.group())) for m in _TOKEN.finditer(text)}
    return frozenset(out)


def _pattern(key: str) -> re.Pattern[str] | _Plain | None:
    key = key.strip()
    if not key or (not _CJK.search(key) and len(key) < 2):
        return None
    if not re.search(r"[a-z0-9]", key):
        return _Plain(key)
    if not _CJK.search(key):
        return _Words(key) if _TOKEN.search(key) else None
    # Each English word may take a plural ("events operations" meets "event operations").
    words = [
        re.escape(w) + ("(?:s|es)?" if w[-1:].isalpha() and w.isascii() else "")
        for w in key.split()
    ]
    body = r"[\s\-_/]*".join(words)
    head = r"(?<![a-z0-9])" if _LATIN_EDGE.match(key[0]) else ""
    tail = r"(?![a-z0-9])" if _LATIN_EDGE.match(key[-1]) else ""
    return re.compile(head + body + tail)


# Sections of an ad that say nothing about the work: benefits, the company, how to apply.
_ASIDE = re.compile(
    r"^\s*[【\[(（]?\s*(福利|薪资福利|薪酬福利|公司福利|福利待遇|福利制度|待遇|"
    r"我们提供|公司介绍|公司简介|关于我们|培养计划|投递方式|招聘流程|"
    r"what we offer|we offer|benefits|perks|about us|who we are|company overview|how to apply)",
    re.I,
)
_WORK = re.compile(
    r"^\s*[【\[(（]?\s*(岗位职责|工作职责|职位描述|岗位描述|工作内容|职责描述|职务说明|"
    r"任职要求|任职资格|岗位要求|职位要求|条件|需求|要求|你要做的|你将负责|我们希望你|"
    r"responsibilities|key responsibilities|requirements|qualifications|what you|"
    r"about the role|about you|the role)",
    re.I,
)


def work_text(folded: str) -> str:
    """The ad without its benefits, company and application sections (folded text in and out)."""
    keep, lines = True, []
    for line in folded.splitlines():
        if _ASIDE.match(line):
            keep = False
        elif _WORK.match(line):
            keep = True
        if keep:
            lines.append(line)
    return "\n".join(lines)


class JDReader:
    """Matchers for one SkillBook, built once: reading an ad then takes a few milliseconds."""

    def __init__(self, book: SkillBook):
        self.book = book
        self.names: list[tuple[re.Pattern[str] | _Plain, str, int]] = []  # job names and aliases
        self.tasks: list[tuple[re.Pattern[str] | _Plain, str, str]] = []
        self.terms: list[tuple[re.Pattern[str] | _Plain, str]] = []
        self.skills: list[tuple[re.Pattern[str] | _Plain, str]] = []
        for key, eid, kind, via in book.entry_names:
            pat = _pattern(key)
            if pat is None:
                continue
            if kind in ("department", "role") and eid in book.jobs:
                if via == "task":
                    self.tasks.append((pat, eid, key))
                else:
                    self.names.append((pat, eid, len(key)))
            elif kind == "term" and via != "task":
                self.terms.append((pat, eid))
        for key, sid in book.skill_names:
            pat = _pattern(key)
            if pat is not None and sid in book.skills:
                self.skills.append((pat, sid))
        # How telling a skill is: one every job lists says little about which job an ad is.
        holders = {sid: 0 for sid in book.skills}
        for job in book.jobs.values():
            for sid in job.skills:
                holders[sid] += 1
        n = max(len(book.jobs), 1)
        self.idf = {sid: math.log(1 + n / (1 + c)) for sid, c in holders.items()}
        # Each job's skills with their weight times idf, and the sum: worked out once, not at
        # every read (the same products, summed in the same order).
        self._weights: dict[str, tuple[list[tuple[str, float]], float]] = {}
        self._listed: dict[str, dict[str, float]] = {}
        for job in book.jobs.values():
            weights = {s: 1.0 for s in job.core} | {s: USEFUL_WEIGHT for s in job.useful}
            weighted = [(s, w * self.idf[s]) for s, w in weights.items()]
            self._weights[job.id] = (weighted, sum(wi for _, wi in weighted))
            self._listed[job.id] = weights
        # Each matcher by what a text must hold for it to match (a character pair of its
        # Chinese, or its first English word): a read looks only at the matchers whose gate the
        # text holds, in their original order, so its cost follows the text, not the names.
        lists = {
            name: [pat for pat, *_ in getattr(self, name)]
            for name in ("names", "tasks", "terms", "skills")
        }
        seen: dict[tuple[str, str], int] = {}
        for pats in lists.values():
            for pat in pats:
                for gate in _gate_choices(pat):
                    seen[gate] = seen.get(gate, 0) + 1
        self._gated = {name: _gates(pats, seen) for name, pats in lists.items()}
        # Each list's gates as a set: a long text's thousands of gates meet it by walking the
        # smaller of the two, not by a look-up per gate of the text.
        self._gate_sets = {name: frozenset(by_gate) for name, (_, by_gate) in self._gated.items()}

    def _only(self, name: str, text: str) -> list:
        """The matchers of one list that can match `text`, in their order."""
        everyone, by_gate = self._gated[name]
        found = set(everyone)
        for gate in self._gate_sets[name] & _text_gates(text):
            found.update(by_gate[gate])
        items = getattr(self, name)
        return [items[i] for i in sorted(found)]

    def _title(self, raw: str) -> str:
        lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
        # A first line that lists duties ("对品牌生意负责，牵头新品开发，统筹洞察和媒介团队") is
        # no title: the teams it works with are not its name.
        picked = [ln for ln in lines[:1] if not (_DUTY_FIRST.match(ln) or _OWNS_A_DUTY.match(ln))]
        picked += [ln for ln in lines[1:] if _TITLE_LINE.match(ln)]
        return _fold_long("\n".join(ln[:100] for ln in picked))

    def read(self, text: str) -> JDReading:
        """The job an ad describes; works on any text (a question gives a weak reading)."""
        body = work_text(_fold_long(text))
        title = self._title(text)
        # Only the jobs something was found for; every other job is at 0.
        scores: dict[str, float] = {}

        # 1. the job's name in the title. Overlapping names: the longest wins, then the one that
        #    comes first ("社群运营专员" is community operations, not "运营专员"). A term that
        #    only one job handles counts as that job's name ("Trade Marketing", "BD").
        found_titles: list[tuple[int, int, str]] = []
        for pat, eid, _ in self._only("names", title):
            found_titles += [(m.start(), m.end(), eid) for m in pat.finditer(title)]
        for pat, tid in self._only("terms", title):
            handlers = self.book.entries.get(tid, {}).get("handled_by") or []
            if len(handlers) == 1 and handlers[0] in self.book.jobs:
                found_titles += [(m.start(), m.end(), handlers[0]) for m in pat.finditer(title)]
        taken: list[tuple[int, int, str]] = []
        for start, end, eid in sorted(found_titles, key=lambda t: (t[0] - t[1], t[0])):
            if all(end <= a or start >= b for a, b, _ in taken):
                taken.append((start, end, eid))
        best_title: dict[str, float] = {}
        if taken:
            longest = max(end - start for start, end, _ in taken)
            for start, end, eid in taken:
                best_title[eid] = max(best_title.get(eid, 0.0), ((end - start) / longest) ** 2)
        else:
            best_title = {}

        # 2. job names elsewhere in the ad (often other teams it works with: weak)
        named: dict[str, int] = {}
        for pat, eid, _ in self._only("names", body):
            hits = len(pat.findall(body))
            if hits:
                named[eid] = named.get(eid, 0) + hits
        for eid, hits in named.items():
            scores[eid] = scores.get(eid, 0.0) + min(BODY_NAME_WEIGHT * hits, BODY_NAME_CAP)

        # 3. task phrases of a job
        tasks_found: list[str] = []
        per_job: dict[str, float] = {}
        for pat, eid, key in self._only("tasks", body):
            if pat.search(body):
                tasks_found.append(key)
                per_job[eid] = per_job.get(eid, 0.0) + TASK_WEIGHT
        for eid, value in per_job.items():
            scores[eid] = scores.get(eid, 0.0) + min(value, TASK_CAP)

        # 4. the skills asked for, against each job's skill set
        found: dict[str, int] = {}
        first_at: dict[str, int] = {}
        for pat, sid in self._only("skills", body):
            hits = list(pat.finditer(body))
            if hits:
                found[sid] = found.get(sid, 0) + len(hits)
                first_at[sid] = min(first_at.get(sid, 10**9), hits[0].start())
        found_weight = sum(self.idf[s] for s in found) or 1.0
        f1: dict[str, float] = {}
        # Only jobs listing a skill the ad asks for can score here (the skill postings).
        credited = self.book.postings.credited
        near = {job_id for s in found for job_id, _ in credited.get(s, ())}
        for job in (self.book.jobs[j] for j in near):
            weighted, whole = self._weights[job.id]
            have = sum(wi for s, wi in weighted if s in found)
            recall = have / whole
            precision = sum(self.idf[s] for s in found if s in self._listed[job.id]) / found_weight
            if recall and precision:
                f1[job.id] = 2 * recall * precision / (recall + precision)
                scores[job.id] = scores.get(job.id, 0.0) + SKILL_WEIGHT * f1[job.id]
        # The title counts fully when the duties agree with it: a generic title ("Marketing
        # Executive", "推广专员") over duties of a specific job gives way to the duties.
        top_f1 = max(f1.values(), default=0.0)
        for eid, share in best_title.items():
            support = f1.get(eid, 0.0) / top_f1 if top_f1 else 1.0
            weight = TITLE_WEIGHT * share * (TITLE_FLOOR + (1 - TITLE_FLOOR) * support)
            scores[eid] = scores.get(eid, 0.0) + weight

        # 5. glossary terms, a little evidence for the jobs that handle them
        terms: dict[str, int] = {}
        for pat, tid in self._only("terms", body):
            m = pat.search(body)
            if m:
                terms[tid] = min(terms.get(tid, 10**9), m.start())
        handled: dict[str, float] = {}
        for tid in terms:
            for eid in self.book.entries.get(tid, {}).get("handled_by") or []:
                if eid in self.book.jobs:
                    handled[eid] = handled.get(eid, 0.0) + TERM_WEIGHT
        for eid, value in handled.items():
            scores[eid] = scores.get(eid, 0.0) + min(value, TERM_CAP)

        ranked = _ranked(scores, self.book.postings.by_id)
        (best_id, best), (second_id, second) = ranked[0], ranked[1]
        confidence = best / (best + second) if best > 0 else 0.0
        sure = sureness(confidence)
        job = self.book.jobs[best_id]
        own = [s for s in job.skills if s in found]
        others = sorted((s for s in found if s not in job.skills), key=lambda s: first_at[s])
        return JDReading(
            job=job,
            score=round(best, 3),
            confidence=round(confidence, 3),
            sure=sure,
            runner_up=self.book.jobs[second_id] if second >= CLOSE_RUNNER_UP * best > 0 else None,
            alternatives=tuple(
                Candidate(self.book.jobs[eid], round(s, 3)) for eid, s in ranked[1:4] if s > 0
            ),
            main_work=tuple(self.book.skills[s] for s in own + others),
            terms=tuple(sorted(terms, key=lambda t: terms[t])),
            tasks=tuple(dict.fromkeys(tasks_found)),
            measured_by=dict(job.measured_by),
            title=next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:100],
        )


def _ranked(scores: dict[str, float], by_id: list[str]) -> list[tuple[str, float]]:
    """Jobs best first, ties by id, as sorting every job would give: those at 0 only as far
    as the top two need them."""
    ranked = sorted(((j, s) for j, s in scores.items() if s > 0), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2:
        seen = {j for j, _ in ranked}
        ranked += [(j, 0.0) for j in by_id if j not in seen][: 2 - len(ranked)]
    return ranked


_READERS: dict[int, tuple[SkillBook, JDReader]] = {}


def read_jd(book: SkillBook, text: str) -> JDReading:
    """Read a job description with a reader cached for this SkillBook."""
    cached = _READERS.get(id(book))
    if cached is None or cached[0] is not book:
        cached = (book, JDReader(book))
        _READERS[id(book)] = cached
    return cached[1].read(text)


# -- plain text (terminal chat, tests); the bot renders the reading itself ----------------------

_SAY = {
    "is": ("This reads like: ", "这份JD对应的岗位："),
    "or": ("or perhaps: ", "也可能是："),
    "work": ("The work is mostly: ", "主要工作："),
    "terms": ("Jargon in it: ", "里面的行话："),
    "kpi": ("Judged by: ", "考核看："),
    "sure": ("sure", "把握较大"),
    "likely": ("likely", "比较可能"),
    "unsure": ("not sure", "不太确定"),
}


def render_jd(book: SkillBook, reading: JDReading, lang: Lang = "en") -> str:
    """The reading as a few lines of plain text, in the reader's language and script."""
    zh = is_zh(lang)
    k = "zh" if zh else "en"
    sep = "、" if zh else ", "

    def say(key: str) -> str:
        return to_script(_SAY[key][1 if zh else 0], lang)

    lines = [
        f"{say('is')}{to_script(reading.job.name[k], lang)} "
        f"({say(reading.sure)}, {round(reading.confidence * 100)}%)"
    ]
    if reading.runner_up:
        lines.append(say("or") + to_script(reading.runner_up.name[k], lang))
    if reading.main_work:
        names = [to_script(s.name[k], lang) for s in reading.main_work[:5]]
        lines.append(say("work") + sep.join(names))
    if reading.terms:
        names = [to_script(book.entries[t]["name"][k], lang) for t in reading.terms]
        lines.append(say("terms") + sep.join(names))
    if reading.measured_by.get(k):
        lines.append(say("kpi") + sep.join(to_script(x, lang) for x in reading.measured_by[k][:3]))
    return "\n".join(lines)
