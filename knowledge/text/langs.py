"""Script detection and folding.

Questions arrive in English, Simplified or Traditional Chinese (Taiwan wording included), often
mixed. Matching happens on one folded form; answers go back in the script of the question.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Literal

import opencc

from .taiwan import FOLD, GLOSSARY

Lang = Literal["en", "zh-Hans", "zh-Hant"]
LANGS: tuple[Lang, ...] = ("en", "zh-Hans", "zh-Hant")

# Questions longer than this are cut before matching: nobody asks a 100 000-character question,
# and the cut keeps every answer fast.
MAX_QUESTION_CHARS = 400
# A message is read to this length at most: a pasted job ad whole, a page pasted by mistake by
# its start (what the readers of a whole message, the job-ad reader and the learnt kinds, see).
MAX_MESSAGE_CHARS = 4 * MAX_QUESTION_CHARS

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CONTROL = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")

# Taiwan and Hong Kong words for the same jobs that OpenCC leaves alone (they are also valid
# mainland words, just with another meaning there). Applied after folding to Simplified.
_DOMAIN_SYNONYMS = {
    **FOLD,
    # Targets are in folded form: tw2sp has already turned 社群 into 社区.
    "经营社区": "社区运营",
    "社区经营": "社区运营",
    "指针": "指标",  # tw2sp reads Taiwan's 指標 (indicator) as 指针 (pointer)
    "公关部门": "公关部",
    "转职": "转行",
    "转换率": "转化率",  # Taiwan's 轉換率 (conversion rate)
    "转换跑道": "转行",  # Taiwan: to change careers
    "换跑道": "转行",
    # Hong Kong: Cantonese question words, after folding to Simplified.
    "系咩": "是什么",
    "系唔系": "是不是",
    "做咩": "做什么",
    "乜嘢": "什么",
    "咩": "什么",
    "点样": "怎样",
    "有冇": "有没有",
    "冇": "没有",
    "边个": "哪个",
    "嘅": "的",
    "唔": "不",
    "转工": "转行",
    "系咪即系": "是不是就是",  # Cantonese: is it just ("ASO 係咪即係 App 版嘅 SEO")
    "系咪": "是不是",
    "系米": "是不是",  # 係咪, typed with the sound-alike 米
    "咩野": "什么",
    "咩嘢": "什么",
    "包埋": "包括",
    "做乜": "做什么",
    # "做BD既人平時做d乜": 既 typed for 嘅, d for 啲; "同一樣野": 野 typed for 嘢
    "d乜": "什么",
    "啲乜": "什么",
    "既人": "的人",
    "同一样野": "同一个东西",
    "同一样嘢": "同一个东西",
    "一样野": "一样的",
    "一样嘢": "一样的",
    "做紧乜": "在做什么",
    "做紧什么": "在做什么",  # 做緊咩, once 咩 is folded
    "佢哋": "他们",
    "𠮶": "那",  # OpenCC writes Cantonese 嗰 (that) so
    "呢队": "这队",
    "呢个": "这个",
    "呢份": "这份",
    "呢种": "这种",
    "啱啱": "刚刚",  # just now (啱啱畢業)
    "边间": "哪间",
    "边度": "哪里",
    "揾工": "找工作",
    "哪个 team": "哪个团队",  # "係 marketing 邊個 team 負責": which team
    "哪个team": "哪个团队",
    "揾": "找",  # Cantonese: to look for (揾场地, 揾KOL)
    "谂": "想",  # Cantonese: to think up (谂流程, 谂点子)
    "倾价": "谈价",  # Cantonese 傾價錢: to bargain over the price
    "倾偈": "聊天",
    "系哪个": "是哪个",  # after 边个 -> 哪个: "係邊個做" asks who does it
    "几时": "什么时候",  # Cantonese: when
    "边啲": "哪些",
    "那啲": "那些",  # 嗰啲, once 嗰 is folded
    "呢啲": "这些",
    "落架": "下架",  # Cantonese: take goods off the shelf
    "点算": "怎么办",  # Cantonese: what should I do (点算好)
    "做耐": "做久",  # Cantonese: 做耐咗, done it a long time
    "咗": "了",  # Cantonese perfective
    "喺": "在",  # Cantonese: at, in ("brand manager喺快消係咩角色")
    "几多种": "几种",
    "边几类": "哪几类",  # Cantonese: which few kinds (推廣可以分做邊幾類)
    "边几种": "哪几种",
    "分做": "分为",
    "点解": "为什么",  # Cantonese: why; "呢句點解" asks what a saying means
    "那间": "那家",  # 嗰間, once 嗰 is folded: that company
    "生仔": "生孩子",  # "產品生仔，運營湊仔": the saying about product and operations
    "凑仔": "带孩子",
    "点样划分": "怎么划分",
    "同埋": "和",  # Cantonese: and ("活動運營同埋內容運營邊個易入行")
    "易入行": "容易入行",
    # Hong Kong and Taiwan say 传媒 for the media a PR team deals with.
    "传媒": "媒体",
    "专访": "采访",  # an interview given to one outlet is an interview the PR team arranges
    # The metro where ads are bought: Taiwan's 捷運 and Hong Kong's 港鐵 (the articles: 地铁).
    "捷运": "地铁",
    "港铁": "地铁",
}


# tw2sp reads every text as Taiwan's, so a Simplified name and its Traditional spelling can fold
# apart: 小程序 becomes 小进程 (Taiwan's 程序 is a process) while 小程式 becomes 小程序; 执行 stays
# while 執行 becomes 运行; 线上 stays while 線上 becomes 在线. Both sides are brought to one form
# here, the same for names and questions (tests/test_kb.py folds every Chinese name of the
# knowledge base in Simplified, Traditional, Taiwan and Hong Kong spelling and wants one form).
_ONE_FORM_OF = {
    "小进程": "小程序",
    "进程": "程序",
    "在线": "线上",
    "运行": "执行",
    "交互": "互动",
    "进阶": "高阶",
    "高级": "高阶",
    "网络": "互联网",
    "网路": "互联网",
    "数位": "数字",
    "发表会": "发布会",
    "社群": "社区",
    "覆盘": "复盘",  # 覆盤, how many in Taiwan and Hong Kong write 復盤
    "专案": "项目",  # Taiwan's 專案 typed in Simplified script; tw2sp turns 專案 into 项目
    "帐号": "账号",  # tw2sp turns 帳號 into 帐号; the mainland writes 账号
    "帐户": "账户",
    "企画": "企划",  # Taiwan's 企畫, tw2sp writes 企画
    # tw2sp reads 多工 as Taiwan's multitasking, inside "多工资", "好多工作", "多工时" too
    "多任务资": "多工资",
    "多任务作": "多工作",
    "多任务时": "多工时",
}
# The same-length spellings each folded form stands for ("社区" is also typed "社群"): a
# homophone typo is of what was typed ("舍群运营" sounds like 社群运营, not 社区运营).
_TYPED_AS: dict[str, tuple[str, ...]] = {}
for _typed, _form in (*_ONE_FORM_OF.items(), *FOLD.items()):
    if len(_typed) == len(_form):
        _TYPED_AS[_form] = (*_TYPED_AS.get(_form, ()), _typed)


def typed_spellings(key: str) -> list[str]:
    """Other spellings a user may type for a folded name, of its length ("社区运营": 社群运营)."""
    return [
        key.replace(form, typed)
        for form, spelt in _TYPED_AS.items()
        if form in key
        for typed in spelt
    ]


# 企划 is Taiwan's 策划, but 企划部 alone is one of the marketing department's own names, and
# 企划 said alone as a job ("做企劃", "品牌、公關、企劃", not "企劃貼文", planning posts) is
# Taiwan's 行銷企劃, marketing planning.
_PLANNING_ALONE = (
    "(?:^|(?<=[^\u4e00-\u9fffa-z0-9]|[做当干搞是跟和与、及或去到转调]))企划"
    "(?=$|[^\u4e00-\u9fff]|[需要是的在有会能可跟和与及或三两怎到都岗职人吗呢]|工作)"
)
_ONE_FORM = re.compile(
    "|".join(sorted(_ONE_FORM_OF, key=len, reverse=True))
    + f"|(?P<alone>{_PLANNING_ALONE})"
    + "|企划(?!部)|(?<=营销|市场)企划"
)

# Cantonese words that are also parts of other words, folded only where they are the word:
# 而家 (now; not 然而家人), 舖頭 (a shop; not 店铺头图, a shop's header image), 做開 (have been
# doing, before a job: 做開會計, 我做開sales; not 做开发, 做开屏).
_CANTONESE_IN_CONTEXT = re.compile(
    r"(?P<now>(?<!然)而家)|(?P<shop>(?<!店)铺头(?!图))"
    r"|(?P<doing>(?<=[我你佢他她])做开(?!发|屏|心|始|会(?!计)|门|业|放|拓|窗|场|车)"
    r"|(?<![\u4e00-\u9fff])做开(?=会计|财务|行政|客服|销售|sales|[a-z]))"
    # Cantonese 點 (how) before a verb, not the 点 of 卖点, 重点, 一点, 痛点…: "點分工", "點入行",
    # "點先可以做到"; 現職 (now) not 現職位; 做緊 (doing) not 做緊急…
    r"|(?<![卖一重要观特亮痛地焦起终优缺难热节触卡差有早晚几两三整])(?P<how>点(?=分工|分|入行|入))"
    r"|(?<![卖一重要观特亮痛地焦起终优缺难热节触卡差有早晚几两三整])(?P<how_can>点先)"
    r"|(?P<holds>现职)(?!位|务|称|员)|(?P<doing_now>做紧)(?!急|张|迫|凑)"
)
_IN_CONTEXT_AS = {
    "now": "现在",
    "shop": "门店",
    "doing": "做",
    "how": "怎么",
    "how_can": "怎么才",
    "holds": "现在",
    "doing_now": "在做",
}

_CONVERTERS: dict[str, opencc.OpenCC] = {}
_CONVERTERS_LOCK = threading.Lock()


def _converter(config: str) -> opencc.OpenCC:
    """One OpenCC converter per configuration, made once even when threads ask together."""
    found = _CONVERTERS.get(config)
    if found is None:
        with _CONVERTERS_LOCK:
            found = _CONVERTERS.get(config)
            if found is None:
                found = _CONVERTERS[config] = opencc.OpenCC(config)
    return found


def load_converters() -> None:
    """Every OpenCC converter the engine uses, made now: the first question in Chinese (or an
    answer in Traditional) would otherwise wait for their dictionaries."""
    for config in ("t2s", "s2t", "tw2sp", "s2twp", "s2tw"):
        _converter(config)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def clean(text: str) -> str:
    """Unicode-normalise, drop control and invisible characters, collapse spaces, cut to size."""
    if len(text or "") > MAX_MESSAGE_CHARS:
        # A pasted page: its start, normalised, holds the question's length and some to spare
        # (the rest would be cut anyway); normalising 4,000 characters cost a millisecond.
        start = _normalise(text[:MAX_MESSAGE_CHARS])
        if len(start) > MAX_QUESTION_CHARS + 8:
            return start[:MAX_QUESTION_CHARS]
    return _normalise(text)[:MAX_QUESTION_CHARS]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    if " 转 " in text or " 轉 " in text:
        text = _LONE_MOVE.sub(r"\1", text)  # "报社记者 转 企业PR": one move, spaced out
    return text


def detect_question(question: str, hint: Lang | None = None) -> Lang:
    """The script a reply to a message should be written in: `detect` of its cleaned text, and
    a job ad pasted as lines ("- 负责…\n- 优化…\nwhat role is this?") read on its lines, which
    cleaning joins."""
    text = clean(question)
    if "\n" in (question or "")[:MAX_MESSAGE_CHARS] and _CJK.search(text):
        said = question[:MAX_MESSAGE_CHARS].splitlines()
        lines = "\n".join(_normalise(line) for line in said)[:MAX_QUESTION_CHARS]
        if _english_frame(lines):
            return "en"
    return detect(text, hint)


def detect(text: str, hint: Lang | None = None) -> Lang:
    """The script a reply should be written in.

    Chinese text is Traditional when converting it to Simplified changes it; text whose
    characters are the same in both scripts follows the hint (the user's Telegram language or
    pinned choice), else Simplified.
    """
    cjk = "".join(_CJK.findall(text))
    if not cjk:
        # People type "KOL" or "SEO" from a Chinese keyboard too, but a question with no Chinese
        # character at all is read and answered as English, unless it is nothing but
        # abbreviations said in a Chinese conversation ("GMV?" after Cantonese turns).
        if hint in ("zh-Hans", "zh-Hant") and _ABBREVIATIONS_ONLY.fullmatch(text):
            return hint
        if _pinyin_sentence(text):
            # "pin pai jing li zhu yao fu ze sha": Chinese typed without a Chinese keyboard
            return "zh-Hant" if hint == "zh-Hant" else "zh-Hans"
        return "en"
    if _english_sentence(text, cjk) or _english_frame(text):
        return "en"
    if hint == "en" and len(cjk) <= 4 and _LATIN_WORD.search(text) and not _ZH_ASKING.search(cjk):
        return "en"  # "and 出圈?" in an English conversation
    simplified = _converter("t2s").convert(cjk)
    if simplified != cjk:
        if len(simplified) == len(cjk):
            # "市场部跟运营部有啥本质区別": one Traditional character typed among Simplified
            # ones is a slip; the script of most of the changed characters is the reader's.
            trad = sum(a != b for a, b in zip(cjk, simplified, strict=True))
            traditional = _converter("s2t").convert(cjk)
            simp = sum(a != b for a, b in zip(cjk, traditional, strict=False))
            if simp > 2 * trad:
                return "zh-Hans"
        return "zh-Hant"
    # (台 is written in both: OpenCC's s2t makes it 臺, but "台北" is how Taiwan writes it)
    written = cjk.replace("台", "")
    traditional = _converter("s2t").convert(written)
    if traditional != written:
        slips = sum(a != b for a, b in zip(written, traditional, strict=False))
        if _CANTONESE.search(cjk) and slips == 1 and len(cjk) >= 8:
            # "媒介岗到底做咩？人工高唔高？": Cantonese, written in Traditional but for one slip
            return "zh-Hant"
        return "zh-Hans"
    if hint in ("zh-Hans", "zh-Hant"):
        return hint
    # Written Cantonese ("KOL同KOC有咩唔同") is Hong Kong's, and Taiwan's turns of phrase
    # ("SEO跟SEM差在哪") are Taiwan's: both read Traditional.
    # A mainland turn of phrase beside Taiwan's ("kol koc到底差在哪 小白求科普") is the
    # mainland's: 差在哪 is said there too, 小白 and 求科普 hardly in Taiwan.
    if _CANTONESE.search(cjk):
        return "zh-Hant"
    taiwan = _TAIWAN_PHRASING.search(cjk) and not _MAINLAND_PHRASING.search(cjk)
    return "zh-Hant" if taiwan else "zh-Hans"


# One or more toneless pinyin syllables (a few impossible ones pass, and so do many short English
# words: "he", "can", "long"; `_PINYIN_ONLY` tells the sentences apart).
_PINYIN_WORD = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|er|a|o|e|i|u|v))+"
)
# Syllables English spelling hardly has: zh-, x-, q- without u, -ao, -iu, -uo, -ui, -ie at the end
_PINYIN_ONLY = re.compile(r"^(zh|x|q(?!u))|ao|iu|uo|ui$|ie$|^(ji|yi|yu|ju|qu|xu)")


def _pinyin_sentence(text: str) -> bool:
    """Whether a message is a Chinese sentence typed in pinyin: four words or more, each made
    of pinyin syllables, two or more of them spelt as no English word is."""
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) < 4 or len(words) != len(text.split()):
        return False
    if not all(_PINYIN_WORD.fullmatch(w) for w in words):
        return False
    return sum(bool(_PINYIN_ONLY.search(w)) for w in words) >= 2


_ABBREVIATIONS_ONLY = re.compile(r"[\s?？!！.,，]*(?:[A-Z][A-Z0-9&+]{1,5}[\s?？!！.,，/]*){1,3}")
_TAIWAN_PHRASING = re.compile(r"差在哪|欸|喔|齁")
_MAINLAND_PHRASING = re.compile(r"小白|科普|靠谱|咋|啥")
_CANTONESE = re.compile(r"[咩唔嘅冇啲咗喺嚟㗎佢嘢乜]|有冇|边个|点样|係")


_EN_FUNCTION = re.compile(
    r"\b(what|whats|who|how|which|why|does|do|is|are|mean|means|meaning|the|a|an|of|in|can|vs|"
    r"difference|between|and|to|for|with|define|explain|pls|plz|please|my|says|said|it|this|that"
    # "people at work keep saying 拉新 促活 留存... explain like im 5"
    r"|at|saying|keep|like|im|me|you|your|we|our|about)\b",
    re.IGNORECASE,
)
# "what's" is two function words.
_EN_CONTRACTION = re.compile(r"\b(?:what|who|that|it|how|where)['’]s\b", re.IGNORECASE)
_ZH_FUNCTION = re.compile(
    r"什么|什麼|怎么|怎麼|哪|谁|誰|吗|嗎|呢|的|是|和|跟|与|與|可以|区别|區別|意思|做|(转|轉)(?!化)|有"
)


def _english_sentence(text: str, cjk: str) -> bool:
    """An English question with a Chinese term in it ("what does 种草 mean") is English."""
    english = len(_EN_FUNCTION.findall(text)) + len(_EN_CONTRACTION.findall(text))
    if (
        len(cjk) <= 4
        and not _ZH_ASKING.search(cjk)
        and len(_EN_ASKING.findall(text)) >= 1
        and len(_LATIN_WORD.findall(text)) >= 2
    ):
        return True  # "拉新 in english?", "wtf is 投流": a Chinese term asked about in English
    chinese = len(_ZH_FUNCTION.findall(cjk))
    if len(cjk) <= 4 and not _ZH_ASKING.search(cjk) and len(_LATIN_WORD.findall(text)) >= 3:
        return True  # "sorry noob q: 转化 zhuanhua = ?": a Chinese word among English ones
    if len(cjk) <= 4 and not _ZH_ASKING.search(cjk) and _EN_WHAT_FIRST.match(text):
        return True  # "whats 投流"
    if len(cjk) <= 8 and not _ZH_ASKING.search(cjk) and _EN_ASKED_AFTER.search(text):
        # "开屏广告 meaning?", "软文 = advertorial?", "diff btwn 市场部 and 营销策划部??"
        return True
    if (
        chinese == 0
        and len(cjk) <= 8
        and len(_LATIN_WORD.findall(text)) >= 5
        and len(_CJK_RUN.findall(text)) == 1  # one Chinese name, not Chinese between the words
    ):
        return True  # "Will AI replace 信息流优化师? the platforms auto-bid everything now"
    if (
        english >= 3
        and (said := _QUOTED_AFTER.search(text))
        and not _CJK.search(text, 0, said.start())
    ):
        # "is promotion just a part of operations? someone on zhihu said 运营就是管理": asked in
        # English, the Chinese only what someone said
        return True
    if (
        chinese == 0
        and not _ZH_ASKING.search(cjk)
        and not _CANTONESE.search(cjk)
        and not _ZH_PARTICLE.search(cjk)  # ("三個點分呀", "定係operations")
        and len(_CJK_RUN.findall(text)) <= 2
        and len(_LATIN_WORD.findall(text)) >= 3
    ):
        return True  # "from 推广 to 内容运营, realistic?": two Chinese names in English words
    # "brand tonality (调性) what does it actually mean, everyone says 有调性": English through
    # and through, a Chinese word quoted twice
    return english >= 2 and (chinese == 0 or (english >= 4 * chinese and len(cjk) <= 8))


_ZH_PARTICLE = re.compile(r"[定点點呀啊吧嘛喔哦囉啦]")
_QUOTED_AFTER = re.compile(
    r"\b(said|says|say|saying|told me|tells me|wrote|writes|put it|puts it|calls? it)\b"
    r"\W{0,3}(?=[\u4e00-\u9fff])"
)


_EN_ASKED_AFTER = re.compile(
    r"^[^a-z]*[\s=]\s*(meaning|means|definition|in english|translation|translated"
    r"|english pls|english please|what|wat|huh)\W*$"
    r"|=\s*[a-z][a-z ]{2,30}\W*$"
    r"|^\s*(diff|difference|differences)\s+(btwn|between|b/w)\b",
    re.IGNORECASE,
)
_CJK_RUN = re.compile(_CJK.pattern + "+")  # (the characters of _CJK, one run)
_EN_WHAT_FIRST = re.compile(r"^\s*(what'?s|whats|wats|wat is|what is|what are|wtf is)\b", re.I)


# Chinese put in brackets or quotes inside an English sentence: a gloss or a quoted line.
_BRACKETED = re.compile(
    r"\([^()]*\)|（[^（）]*）|「[^「」]*」|【[^【】]*】|“[^“”]*”|‘[^‘’]*’|'[^']*'|\"[^\"]*\""
)
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")  # "KOL KOC【…】" names acronyms, in Chinese


def _english_frame(text: str) -> bool:
    """ "sorry noob q: fupan (复盘) = ?", "JD says: '负责…' — what job is this?", a job ad's duties
    pasted as a list then "what role is this? friend sent it to me": the Chinese is all inside
    brackets or quotes or on the list's lines (but for a name or two: "saw it on Boss直聘"), and
    the words around it are English ones; or the message ends asking for English ("…这是啥岗位
    in english pls")."""
    if _ENGLISH_ASKED.search(text):
        return True
    listed = _LISTED_LINE.search(text)
    if not (_BRACKETED.search(text) or listed):
        return False
    outside = _BRACKETED.sub(" ", _LISTED_LINE.sub(" ", text) if listed else text)
    rest = "".join(_CJK.findall(outside))
    if len(rest) > (_NAMES_IN_A_FRAME if listed else 0) or _ZH_ASKING.search(rest):
        return False
    return len(_LOWER_WORD.findall(outside)) >= 3


# A list's line: "- 负责…", "1. 对接…", "• 监控…" (a pasted job ad's duties).
# ("岗位：新媒体小编", the ad's title line, too)
_LISTED_LINE = re.compile(
    r"(?m)^\s*(?:[-•*·▪]|\d{1,2}[.、)）]|[①-⑩]|(?:岗位|崗位|职位|職位|职称|職稱)(?:名称|名稱)?\s*[:：])"
    r"\s*[^\n]*$"
)
# Chinese around a listed ad that is still an English frame: a site's or a title's name.
_NAMES_IN_A_FRAME = 6
# Ending by asking for the answer in English.
_ENGLISH_ASKED = re.compile(r"\b(in (plain )?english|english (pls|please|plz))\W*$", re.IGNORECASE)


# Lower-case words only: "BD vs PR 哪个好" names two acronyms, in a Chinese question.
_LATIN_WORD = re.compile(r"\b[a-z]{2,}\b")
# English asking words ("vs", "and", "to" join names in a Chinese question too), and the Chinese
# asking words that make the question Chinese however short ("in-house 还是 agency").
_EN_ASKING = re.compile(
    r"\b(what|whats|who|how|which|why|does|do|is|are|mean|means|meaning|define|explain|in"
    r"|tips|guide|beginners?|help)\b",
    re.IGNORECASE,
)
_ZH_ASKING = re.compile(
    r"还是|哪|吗|嗎|呢|什么|什麼|啥|咩|区别|區別|差|好|和|跟|与|與|同|或"
    # "user ops 轉 product ops 得唔得": whether one can, asked in Chinese
    r"|唔|冇|能不能|可不可以|行不行|得不得|么|麼|吧"
)


# Chat spellings of everyday words ("wat does a bd do", "diff btwn u and ur boss"): read as
# the words they stand for, so they count neither as names mistyped nor as another subject.
_CHAT_SPELT = {
    "wat": "what", "wut": "what", "whut": "what", "wht": "what", "u": "you", "ur": "your",
    "abt": "about", "btwn": "between", "diff": "difference", "tho": "though", "pls": "please",
    "plz": "please", "thx": "thanks", "ppl": "people", "smth": "something", "sth": "something",
}  # fmt: skip
_CHAT_SPELLING = re.compile(r"(?<![\w'])(?:" + "|".join(_CHAT_SPELT) + r")(?![\w'])")


# A letter typed three times or more: no English word has that.
_HELD_DOWN = re.compile(r"([a-z])\1{2,}")

# "還有未來嗎QQ": QQ right after Chinese is an emoticon (the platform is "QQ群", "QQ空间").
_CRYING = re.compile(r"(?<=[\u4e00-\u9fff])qq(?![a-z\u4e00-\u9fff])")

# Letters written with dots between them ("K.O.L", "p.r."): an acronym.
_DOTTED = re.compile(r"(?<![\w.])[a-z](?:\.[a-z]){1,3}\.?(?!\w)")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The matching form: Simplified, mainland wording, lower case, half-width; cut to a
    question's length."""
    return fold_whole(clean(text))


def fold_whole(text: str) -> str:
    """`fold` without the cut: for an entry's whole text at build time (its search body was
    cut to its first 400 characters, names and the start of a summary, so "谁负责拉高内容的
    浏览量" found nothing in what content operations is measured by)."""
    text = _normalise(text).lower()
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)  # "K.O.L" is KOL
    text = _CHAT_SPELLING.sub(lambda m: _CHAT_SPELT[m.group()], text)
    text = _HELD_DOWN.sub(r"\1\1", text)  # "skillls", "sooo": a key held down
    text = _SPELLED.sub(_spelled_word, text)  # speech-to-text spells "K O C", "f m c g"
    if "qq" in text:
        text = _CRYING.sub(" ", text)  # Taiwan's "QQ" after a sentence is a crying face
    if "ㄇ" in text or "ㄉ" in text or "ㄅ" in text:
        # Taiwan chat writes a particle by its bopomofo: "一樣的ㄇ" (嗎), "好ㄉ" (的), "是ㄅ" (吧)
        text = text.replace("ㄇ", "吗").replace("ㄉ", "的").replace("ㄅ", "吧")
    if has_cjk(text):
        text = _converter("tw2sp").convert(text)
        for variant, canonical in _DOMAIN_SYNONYMS.items():
            text = text.replace(variant, canonical)
        text = _CANTONESE_IN_CONTEXT.sub(lambda m: _IN_CONTEXT_AS[m.lastgroup or ""], text)
        text = _ONE_FORM.sub(_one_form, text)
    return text


# Three or more letters standing alone, or two after "the"/"do"...: a word spelt out letter by
# letter ("what does k o c mean", "i did s e m", "chat g p t"); "a" or "i" before them is the
# article or the pronoun ("does a k o l", "i s e o": the first stays apart).
_SPELLED = re.compile(r"(?<![a-z0-9'])(?:[a-z] ){1,6}[a-z](?![a-z0-9'])")


def _spelled_word(m: re.Match[str]) -> str:
    letters = m.group().split()
    if letters[0] in ("a", "i"):
        if len(letters) < 4:
            return m.group() if len(letters) < 3 else f"{letters[0]} {''.join(letters[1:])}"
        return f"{letters[0]} {''.join(letters[1:])}"
    return "".join(letters)


_LONE_MOVE = re.compile(r"(?<=[\u4e00-\u9fff]) +(转|轉) +(?=[\u4e00-\u9fffA-Za-z])")


def _one_form(m: re.Match[str]) -> str:
    if m.group("alone"):
        return "营销策划"
    return _ONE_FORM_OF.get(m.group(), "策划")


def to_script(text: str, lang: Lang) -> str:
    """Render Simplified source text in the script the user reads (Taiwan wording)."""
    if lang == "zh-Hant" and text:
        return _to_taiwan(text)
    return text


# The Taiwan forms are held too, so text already converted (a name put into a phrase) comes
# through a second conversion unchanged: 用戶營運 stays, not 使用者營運. Longest first, so that
# 短视频 is protected before 视频 could be.
_PROTECTED = {**{v: v for v in GLOSSARY.values()}, **GLOSSARY}
_GLOSSARY_KEYS = re.compile(
    "|".join(re.escape(k) for k in sorted(_PROTECTED, key=len, reverse=True))
)
_HELD = "\ue000"  # a private-use character marks a protected term while OpenCC runs


@lru_cache(maxsize=4096)
def _to_taiwan(text: str) -> str:
    """s2twp with the field's glossary held out of it."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(_PROTECTED[match.group()])
        return _HELD

    converted = _converter("s2twp").convert(_GLOSSARY_KEYS.sub(hold, text))
    parts = converted.split(_HELD)
    if len(parts) != len(held) + 1:  # OpenCC touched a marker: fall back to plain conversion
        return _converter("s2tw").convert(text)
    return "".join(p + (held[i] if i < len(held) else "") for i, p in enumerate(parts))


@lru_cache(maxsize=1024)
def in_script(text: str, lang: Lang) -> str:
    """Chinese text of either script in the reader's script (section names of the articles: a
    few hundred, converted once each)."""
    if lang == "zh-Hans" and has_cjk(text):
        return _converter("t2s").convert(text)
    if lang == "zh-Hant" and has_cjk(text):
        return _converter("s2tw").convert(text)  # a citation: characters only, wording kept
    return text


def is_zh(lang: str) -> bool:
    return lang.startswith("zh")


def from_telegram_code(code: str | None) -> Lang | None:
    """Map Telegram's IETF language_code to a reply language, when it says anything."""
    if not code:
        return None
    code = code.lower()
    if code in ("zh-tw", "zh-hk", "zh-mo", "zh-hant"):
        return "zh-Hant"
    if code.startswith("zh"):
        return "zh-Hans"
    return "en"
