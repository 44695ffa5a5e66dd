"""What a chat was about, so that "how do I get into it?" and "那公关呢？" can be understood.

A `Conversation` is a value: the engine reads it and the front end keeps the one that comes
back with each answer (per chat, in memory or in the state store). It expires after
`TTL_SECONDS`; a new subject replaces the old one.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

TTL_SECONDS = 30 * 60

# "it", "this job", "这个岗位": the question points back at the last subject.
_POINTS_BACK = re.compile(
    r"\b(it|its|it's|this|that|they|them|this job|that job|this role|that role|the job|the role|there"
    # ("at the same company": where one works, no subject pointed at)
    r"|the same(?! (?:company|firm|employer|place|brand)\b))\b"
    # "whose job is writing those?": a pronoun at the end of the question
    r"|\b(those|these)\s*$"
    # ... or right after the verb of the work: "who normally writes those in a big company"
    r"|\b(writes?|writing|does|doing|handles?|handling|runs?|running|makes?|owns?|plans?"
    r"|manages?|takes care of) (those|these)\b"
    r"|这(?=也|算|都算|是不是|属于|归|跟|和|与|同)|(?<=[转跳换调跨])过去|(?<=[转跳换调跨]得)过去|这队|那队|这班人|那班人|它|这个岗|这个职位|这个工作|这份工作|这个部门|这岗|这行|该岗位|他们|这个|那个岗|这种岗|呢个"
    # Hong Kong: "呢份工係咪屬 marketing", "嗰份工", "呢行", "呢啲工"
    r"|(呢|嗰|这|那)份工|呢行|呢(种|类|啲)工|呢个(岗|职位)"
    # "我喺酒店做event coordinator，轉去做呢份得唔得": to do this one, the job before
    r"|(?<=[做当干])(这|那|嗰)份(?=[得能可行好]|\s*[?？,，]|\s*$)"
    # "咁佢同品牌部邊個大？": 佢 (it, they) after 咁 (then), as a follow-up opens
    r"|^\s*(咁|那|那么)\s*佢(哋|们)?"
    # "佢係咪屬於marketing team？": it, where it belongs, as a follow-up opens
    r"|^\s*佢(?=(是不是|系咪|是咪)?\s*(属|算|归))"
    # "这些人一般是哪个部门去对接", "这两类人", "呢啲人": the people the last answer was about
    r"|(这|那|呢|嗰)(些|啲|(两|几)?(类|种))人"
    # "who is in charge of finding those people", "专门做这块": the people or the field of
    # the last answer
    r"|\b(those|these) (people|guys|folks|ones|creators|influencers|accounts)\b"
    r"|(这|那|呢|嗰)一?块(?!钱|地|板|屏)"
)
# "and KOL?", "那公关呢？", "what about in FMCG?": the question continues the last one.
_CONTINUES = re.compile(
    r"^\s*((ok|okay|right|cool|got it|thanks|thx)\W*\s*)?(and|also|plus|so|then|and what about|what about|how about|same for|and for|and the"
    # "or community ops? the parent group thing is basically that": another of the same
    r"|or|or maybe|or else"
    r"|same (question|thing|q) (for|about|with)"
    r"|specifically|more specifically|in particular)\b"
    r"|^\s*(那|还有|那么|然后|再问|另外|顺便问|具体(来说|一点|点|想|呢)|或者|还是说)|呢\s*[?？]?\s*$"
    # Hong Kong "咁做媒介採購呢？成日都要睇budget": the same
    r"|^\s*(咁|噉)(?!多|样|樣|大|细|少|快|慢|耐|难|易|好|都)"
    # Taiwan "產品營運咧", Hong Kong "產品運營又點": the same, said their way
    r"|(?<=[\u4e00-\u9fffa-z])\s*咧\s*[?？]?\s*$|又(点|点样|如何|怎样|怎么样)\s*[?？]?\s*$"
    # "what if i went for user ops instead?", "如果改成運營", "換成用戶運營的話"
    r"|\binstead\W*$|^\s*what if\b|^\s*(如果|假如|要是)?(改成|换成|改做|换做)"
    # "in fmcg specifically": the same asked more narrowly
    # (and said before the next question: "user ops specifically. what would i be missing")
    r"|\b(specifically|specificall?y|in particular)(\W*$|\s*[.,;!?]|\s+(what|how|which|where|do|does|is|can|could|would|should)\b)"
)


@dataclass(frozen=True)
class Conversation:
    """The subject of the last answer that was about something."""

    subjects: tuple[str, ...] = ()
    earlier: tuple[str, ...] = ()  # the subject before, for "how do they differ?"
    kind: str = ""
    aspect: str | None = None
    at: float = field(default_factory=time.time)
    lang: str | None = None  # the script of the last answer: "那零售呢" is in either script
    start: str | None = None  # where the person said they are now, in the last move asked
    start_words: str = ""  # ...in their own words, when that is a job we do not cover
    # The two sides of the last comparison, kept while the chat stays on one of them: "the
    # second one", then "and the first?"
    sides: tuple[str, ...] = ()
    # The question that was answered so, for "really? I think you're wrong": asked again.
    asked: str = ""

    def fresh(self, now: float | None = None) -> bool:
        return bool(self.subjects) and (now or time.time()) - self.at < TTL_SECONDS


# "they", "它们", "这两个": the last two subjects together.
_BOTH = re.compile(
    r"\b(they|them|these two|those two|the two|both)\b|它们|他们|两者|两个|这俩|二者|兩者|两边"
)


def points_to_both(folded: str) -> bool:
    return bool(_BOTH.search(folded))


# "what does each do", "它们各自做什么", "两个分别负责啥": each of the two talked of.
_EACH = re.compile(
    r"\beach( one| of them| of the two| of those| of these)?\b"
    r"(?! (month|day|week|year|time|quarter|campaign|post|team member))"
    r"|各自|分别(?!是什么意思)|各(?=是|做|负责|管|干)"
)


def points_to_each(folded: str) -> bool:
    return bool(_EACH.search(folded))


def points_back(folded: str) -> bool:
    return bool(_POINTS_BACK.search(folded))


def pointer(folded: str) -> tuple[int, int] | None:
    """Where the question points back at the last subject ("into that", "转这个")."""
    found = _POINTS_BACK.search(folded)
    return found.span() if found else None


# "那这个团队在做什么" after a term: the team the term names, not the word.
_THE_TEAM = re.compile(
    r"\b(this|that|the|their) (team|department|dept|job|role)\b"
    r"|(这个|那个|这|那)(团队|部门|岗位|岗|职位|队|队人|班人)|做这个的|做这个工作的|做这行的"
    # "SEO是啥" then "做SEO的岗位每天都干啥", "what's SEM" then "is there a job that's just
    # that?", "GTM?" then "is that a team or just a plan": the job that does the word's work
    r"|做[^，,。？?\s]{1,12}的(岗位|岗|职位|团队|部门)"
    r"|\b(a|any) (job|role|position|team)s? (that|which|who|doing|for)\b"
    r"|\bis (that|it|this) a (team|department|dept|job|role|position)\b"
)


def means_the_team(folded: str) -> bool:
    return bool(_THE_TEAM.search(folded))


def continues(folded: str) -> bool:
    return bool(_CONTINUES.search(folded))


# "and hotpot?", "what about finance?", "那火锅呢": the last question's frame, with a bare thing
# named in place of its subject.
_A_THING_BARE = re.compile(
    r"^\s*(and|also|so|what about|how about|and what about)\s+"
    r"(the |a |an )?[\w&'.-]+( [\w&'.-]+)?\s*$"
    r"|^\s*(那|那么|还有)?[^我你他她它\s]{1,6}呢\s*$"
)
# After who does a task, the next thing said bare: "and getting journalists to show up?", "那找
# 記者來報導呢", "买地铁和机场广告位呢，也是他们？" (lower-cased, as written: its words are asked).
_NEXT_THING = re.compile(
    r"^(?:ok(?:ay)?|so|also|then)?[\s,]*(?:and |what about |how about |and what about )+"
    # (a thing, not a question of its own: "and how does her boss judge her?")
    r"(?!(?:how|what|who|whom|whose|which|where|when|why|is|are|do|does|did|can|could|should"
    r"|would|will|was|were|has|have|i|you|we|they|he|she|it|if|that|this)\b)"
    r"(?:the (?:part|bit) (?:about |where )?)?(.{2,120}?)[\s?？!！.]*$"
    r"|^(?:那|那么|那麼|那如果|还有|還有|另外|咁|噉)?[，,\s]*([^？?。，,]{2,40}?)(?:呢|咧|嘞)"
    r"(?:[？?，,]*\s*(?:也是|也归|也歸|也係|都係|都是)(?:他们|他們|佢哋|她们|她們)(?:吗|嗎|呀|啊|嘅)?)?[\s？?!！]*$"
    # "那平常盯網路負評的也是他們？": the one doing the next thing, asked whether it is them too
    r"|^(?:那|那么|那麼|那如果|还有|還有|另外|咁|噉)[，,\s]*([^？?。，,]{2,40}?)的?(?:也是|也归|也歸|也係|都係|都是)"
    r"(?:他们|他們|佢哋|她们|她們)(?:吗|嗎|呀|啊|嘅|的)?[\s？?!！]*$"
)


def names_a_thing_bare(folded: str) -> bool:
    return bool(_A_THING_BARE.match(folded))


def next_thing(lowered: str) -> str | None:
    """The thing said bare after a who-question, as written (its words are asked)."""
    thing = _NEXT_THING.match(lowered)
    if thing is None:
        return None
    return next(t for t in thing.groups() if t is not None).strip(" ,，、")


# "how", "how so?", "怎么做", "點做": the way, asked bare.
_BARE_HOW = re.compile(
    r"\s*(and |but |ok |so )?(how|how so|how exactly|how tho|how though)\s*[?？!.]*\s*"
    r"|\s*(那|咁)?(要)?(怎么|怎样|如何|点样|点)(做|办|弄|转|走|入手|开始)?(呢|啊|嘞|先)?\s*[?？]*\s*"
)


def asks_how_bare(folded: str) -> bool:
    """After a move, "how" alone asks the way there."""
    return bool(_BARE_HOW.fullmatch(folded))


# "顺便问下成都哪家火锅好吃", "btw what's the weather tomorrow": the talk turned elsewhere on purpose.
_BY_THE_WAY = re.compile(
    r"顺便|\bby the way\b|\bbtw\b|\boff[- ]topic\b|\bunrelated\b|题外话|另外问|换个话题|讲开又讲"
)


def turns_away(folded: str) -> bool:
    """Whether the message says it leaves the subject ("by the way", 顺便问下)."""
    return bool(_BY_THE_WAY.search(folded))


_REVERSED = re.compile(
    r"^\s*(and |what about |how about )?(the )?(other way (round|around)|vice versa|in reverse)\b"
    r"|^\s*(那|那么)?(反过来|倒过来|反过嚟)(呢|的话|会怎样|行吗|可以吗)?\s*$"
)


def reversed_move(folded: str) -> bool:
    """ "and the other way round?", "反过来呢": the last move asked, the other way."""
    return bool(_REVERSED.search(folded))


# Taking back the last question: "不对 我问的是…", "no wait, I meant…"
_CORRECTION = re.compile(
    r"^\s*(不对|不是啦|不是|错了|搞错)|我(问|说|要问|想问)的是|我是(问|说)"
    r"|\bi meant\b|\bi mean\b|\bnot that one\b|\bno,? (wait|sorry)\b"
)

# ... said first: the whole message is read, not only its last question
_TAKING_BACK = re.compile(r"\s*(不对|不是啦|错了|搞错|no,? (wait|sorry)|sorry,? i meant|i meant)\b")

# ... and the one it is not: "不是新媒体运营", "not user ops"
_DENIED = re.compile(r"(不是|并非|而不是|\bnot( the)?)\s*$")


def corrects(folded: str) -> bool:
    """ "不对 我问的是新媒体部", "no wait, I meant community ops": the last question taken back."""
    return bool(_CORRECTION.search(folded))


def takes_back(form: str) -> bool:
    """A message that opens by taking back the last question: read whole, not by its last part."""
    return bool(_TAKING_BACK.match(form))


def denied_before(q: str, at: int) -> bool:
    """Whether the name at `at` of `q` is the one denied ("不是新媒体运营", "not user ops")."""
    return bool(_DENIED.search(q, 0, at))


# Asked at the start whether the bot is sure: "你确定…", "are you sure…" (a doubt that may go
# on to name what is doubted: the engine reads that as asked again).
_ASKS_IF_SURE = re.compile(r"\s*(你|您)?(确定|真的确定)|\s*are you sure\b|\s*you sure\b")


def asks_if_sure(folded: str) -> bool:
    """Whether a (folded) message opens by asking if the bot is sure."""
    return bool(_ASKS_IF_SURE.match(folded))


# Doubting the last answer, with the person's own experience as the reason: "really? I think
# you're wrong", "That doesn't sound right. At my company…", "你确定？", "这不扯吗", "唔係啩，
# 我哋公司…" (searched in the folded form: 唔 is 不, 係 is 系).
_DOUBT = re.compile(
    r"^\W*((hm+|um+|uh+)\W*)?(really\s*\?|are you sure|you sure|r u sure|hmm+,? no\b|nah\b|nope\b|not true\b|that'?s (not (right|true)|wrong)"
    r"|no,? i don'?t think|i don'?t think (that'?s|thats|so)\b)"
    r"|\b(i think )?you'?re (wrong|mistaken)\b|\bthat (doesn'?t|does not|can'?t) (sound|seem|be|look) right\b"
    r"|\bi don'?t (buy|believe) (it|that)\b|\btoo theoretical\b|\bthat doesn'?t match\b|\bi disagree\b"
    r"|\b(that'?s|thats|that is) not what\b|\b(you'?re|ur|you are) overselling\b|\bi doubt (it|that)\b"
    r"|你(说|讲)的?(不对|有问题)|(说|讲)得?不对吧?|不系喎|不是这样的|哪有这回事|说法不对|说法有问题|你(是不是)?搞错了"
    r"|你确定|确定吗|^\W*(不可能吧|真的假的|怎么可能)|这不扯|有点扯|扯吧|瞎说|胡说|乱讲|你说的不对|你说得不对"
    r"|(说|讲)错了吧|(说|讲)得太理论|太理论了吧|我不信|骗人吧|不系啩|不系咩|你肯定咩|才不是|我不同意|不认同|离谱吧"
    # "that's not how it works at my place", "不对吧，SEM明明…", "你係咪講錯咗", "站不住吧"
    r"|\b(that'?s|thats|it'?s) not how it works\b|\bso which is it\b"
    r"|^\W*不对(吧|啊|呀|喔|哦)?([，,\s!！?？。]|$)|(讲|说)错了|站不住|太理想化|说法太老|这说法太"
    # "doesn't sound right, our 网推 guys…", "not convinced", "too abstract, I still don't get
    # it", "come on you must know roughly", "我还是觉得不对", "说得太虚了", "你这说了跟没说一样"
    r"|\bdoesn'?t (sound|seem|look) right\b|\b(are|r) (you|u) sure\b|\bnot convinced\b|\bi still think\b"
    # "…she said promo people make more than ops people. you sure it depends on the company?"
    r"|[.!?]\s*(you|u) sure\b"
    r"|\btoo (abstract|vague|theoretical|general)\b|\bi still don'?t get it\b|^\W*come on\b"
    # "idk that sounds too neat. at my company…", "bit oversimplified no?"
    r"|\b(sounds|seems|that'?s|thats|is) (a bit |way |far |kinda |too )*(too )(neat|simple|clean|tidy|simplistic)\b"
    r"|\b(over-?simplif|black and white\b)"
    r"|还是觉得(不对|不是)|你肯定|太虚|说人话|(说|讲)了(跟|和|等于)没(说|讲)|太乐观|(这样|这么)(分|切|说)(不对|不太对)"
    r"|^\W*真的(吗|嘛|么)\W"
    # "聽起來不就是客服嗎", "that sounds like a product manager tbh"
    r"|听起来(不就是|就是|跟|和)[^，,。？?]{1,12}(吗|嘛|一样|一模一样|差不多)"
    r"|^\W*(that |this |it )?sounds like (just )?(a |an )?[\w ]{1,25}\b(tbh|to me|lol)\b"
    # "\"it depends\"?? useless answer", "ugh you're dodging", "说得好听", "哪有你说的那么高级"
    r"|\b(useless|non-?)\s?answer\b|\b(you'?re|ur|you are) dodging\b|^\W*it depends\W*\?"
    r"|说得好听|讲得好听|哪有你说的那么|没你说的那么|冇你讲得咁"
    # "disagree. our marketing team is obsessed with data", "唔係掛", "你是不是講錯"
    r"|^\W*disagree\b|\btextbook (stuff|answer)\b|不系挂|你是不是(讲|说|搞)错"
    # "你講嘅唔啱喎", "你講到好似好容易咁", "你這樣講等於沒講", "還是你只是安慰我", "跟我們公司根
    # 本不一樣", "so who's right, me or your article??", "sounds made up tbh", "that doesn't
    # sound measurable at all"
    r"|你(讲|说)的不啱|不啱(㖞|喎|啊|呀)|(讲|说)(到|得)好似好(容易|简单|轻松)|(讲|说)得(太|好)(容易|简单|轻松)"
    r"|(说|讲)(了)?(跟|和|等于)没(说|讲)|(只是|就是|是不是)(在)?安慰我"
    r"|(跟|和|同)我们(公司|这边)(根本|完全)?(不一样|不同|两回事)"
    r"|\bwho'?s right\b|\bsounds? (made up|fake|like bs|like nonsense)\b"
    r"|\b(doesn'?t|does not) (sound|seem|look) \w+ at all\b|\byou make it sound\b"
    # "你说市场偏务虚、不落在具体数据上？我们市场部天天…": what the bot said, echoed as a question
    r"|^\W*你(说|讲)[^，,。？?]{2,30}[?？]\s*(我们|我|可|但)"
    # (session 43) "唔係喎，我間公司…" (喎 folds to 㖞), "我唔覺喎", "ur overselling it" ("ur"
    # folds to "your"), "sounds way too optimistic", "you're guessing", "我覺得你講太簡化了吧",
    # "你刚才说的我觉得不对", "你是不是看錯", "講得那麼玄", "你是不是講太絕對了"
    r"|不系(喎|㖞)|^\W*我?不觉(喎|㖞)|\b(your|you are) overselling\b"
    r"|\btoo (optimistic|rosy)\b|\btoo good to be true\b|\b(you'?re|your|you are) (just )?guessing\b"
    r"|我觉得你(刚才)?(说|讲)(的|得)?(不太?对|反了|太|有问题)|你(刚才)?(说|讲)的我觉得不对|(说|讲)反了"
    r"|你是不是(看|讲|说|搞|弄)(错|太|反)|(说|讲)得(那么|这么|太)(玄|虚|绝对|简单)|太绝对|太简化"
    # "可是我們公司營運也在拉新啊", "可是職稱寫的是「品牌專員」", "but at my company PR reports to
    # the CEO": what the person has seen, set against the answer
    r"|^\W*(可是|但是)(我们(公司|这边|这里|部门|团队)|我(上一?(间|家|份)|之前的?公司|朋友|同事|老板|主管)"
    r"|职称|标题|职缺)"
    r"|^\W*((hmm+|um+)\W+)?but (at )?(my|our) (company|team|place|boss|manager|last (job|company))\b"
)


# Asking the last answer again, at more length or in plainer words: "tell me more", "give me
# an example", "explain like i'm five", "可以舉個例子嗎", "詳細一點", "再解释一下", "唔明". The
# whole message is the request (with a please or a particle): "举个例子，SEO是什么" asks SEO.
_MORE = re.compile(
    r"^\W*(ok\W+|okay\W+|hmm+\W+|um+\W+|sorry\W+)?(can you |could you |would you |pls |please |plz )?"
    r"(tell me more|more (details?|info)|go on|elaborate|expand( on (that|it|this))?"
    r"|(give|show) (me )?(an |some |a real |a concrete |a real-life )?examples?( of (that|it|this))?"
    r"|(any|an|some) (real |concrete )?examples?|for (example|instance)|example"
    r"|explain (that |it |this )?(again|more|simpler|more simply|in simpler terms|like i'?m (5|five))"
    r"|eli5|in plain (english|words)|(say it |put it )?(simpler|more simply)|dumb it down"
    r"|(i )?(still )?don'?t (get|understand) (it|that)|what do you mean)"
    r"(\s+(please|pls|plz|lol|thx|thanks))?\W*$"
    r"|^\W*((还是)?(听不懂|看不懂|不懂|没懂|不明白)\W*"
    # "你講得太抽象了啦 可以舉個實際例子嗎"
    r"|(你)?(讲|说)?得?(太|有点|好|too)(抽象|笼统|虚|空泛|理论|abstract|vague)(了)?(啦|吧|啊|喔|咯)?\W*)?"
    r"(可以|可不可以|能不能|能|请|麻烦|再)?"
    r"(举|讲|说|给|来)?(个|一个|几个|些|点|啲|一些)?(具体的?|实际的?|真实的?)?(例子|例|案例)"
    r"(来|来看看|看看|说说|讲讲|听听)?(吗|么|嘛|呢|吧|啊|呀|不|唔该|好吗|可以吗)?\W*$"
    r"|^\W*(有|有没有|有冇|有无)(啲|些|什么|咩|具体的?|实际的?|真实的?)?(例子|案例)(吗|么|嘛|呢|吧|啊|呀)?\W*$"
    # ("唔係好明，可唔可以講簡單啲？": not understood, then asked plainer)
    r"|^\W*((还是)?(不是好明|不系好明|唔系好明|不是很明白?|不太明白?|不明白?|不懂|听不懂|看不懂)\W*)?"
    r"(可以|可不可以|能不能|能|请|麻烦)?(再)?((说|讲|解释)得?)?(详细|具体|展开|多|简单|通俗|白话)(一)?(点|些|啲|下|一下)?"
    r"(说|讲|解释|讲讲|说说|讲下|解释下|解释一下)?(一下|下|吓)?(吗|么|嘛|呢|吧|啊|呀|好吗|可以吗)?\W*$"
    r"|^\W*(可以|可不可以|能不能|能|请|麻烦)?再(说|讲|解释)(一)?(下|次|遍|吓)(吗|么|嘛|呢|吧|啊|呀)?\W*$"
    r"|^\W*(还是)?(不懂|不明|看不懂|听不懂|没听懂|没看懂|不明白|不太懂|不太明白)(诶|欸|耶|啊|呀|喔|哦)?\W*$"
    # "可以一句話講完嗎", "行吧 能一句话总结一下吗 面试要背", "tl;dr?", "sum it up in one line"
    r"|^\W*(行吧|好吧|ok|okay|那)?\W*(可以|可不可以|能不能|能|请|麻烦)?(用)?一句话(讲|说|总结|概括|讲完|说完|讲清楚|说清楚)"
    r"(一下|完)?(吗|么|嘛|呢|吧|啊|呀|好吗|可以吗)?\W*[^，,。？?]{0,8}$"
    r"|^\W*(tl;? ?dr|too long didn'?t read|(can you |could you )?(sum (it|that) up|summari[sz]e (it|that))"
    r"( in one (line|sentence))?|in one (line|sentence)( please| pls)?)\W*$"
)


def asks_more(folded: str) -> bool:
    """ "tell me more", "举个例子": the last question asked again, at more length."""
    return bool(_MORE.search(folded)) and not _DOUBT.search(folded)


# ... unless it says what was meant instead: "你说的不对吧，我问的是整个品牌部" takes the question back.
_MEANT = re.compile(
    r"我(问|说|要问|想问)的是|我是(问|说)|\bi meant?\b|\bnot that one\b|\bno,? (wait|sorry)\b"
)


def doubts(folded: str) -> bool:
    """Whether the message doubts the last answer (not a question of its own about it)."""
    return bool(_DOUBT.search(folded)) and not _MEANT.search(folded)
