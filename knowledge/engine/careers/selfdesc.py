"""Self-descriptions ("I like writing and talking to people, which department fits me?").

Pure: no Telegram, no YAML. A self-description is scored with the quiz's own weights
(knowledge/quiz.py, data/quiz.yaml), so a person gets the same departments whether they take the
/quiz or describe themselves:

  1. each quiz answer is read as a bag of words: its text (counted twice) and its `why`;
  2. the person's words (with a few everyday synonyms, below) are matched against every answer,
     words shared by many answers counting less (idf);
  3. per question, the best-matching answer is taken if it matches well enough, exactly as if
     the person had picked it in the quiz;
  4. those answers are scored by Quiz.score_partial-like rules: points are the quiz weights,
     the match is the share of the outcome's best possible points over the questions answered.

API:
    looks_like_self_description(text) -> bool   first person + likes/skills + fit question
    fit(quiz, text, top=3) -> list[Fit]           best outcomes with the answers that led there
    render_fits(names, quiz, fits, lang) -> str   plain text (terminal chat, tests)
Each Fit has the outcome id, points, percent, and `reasons`: (question index, choice index) of
the quiz answers matched, so a front end shows their `why` texts and offers the full /quiz.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

from ...quiz import Quiz
from ...text.langs import Lang, fold, is_zh, to_script
from ...text.quick import quick
from ...text.stopwords import EN_STOP, ZH_STOP

# Below this an answer is not taken: one shared common word is not a choice.
MIN_MATCH = 3.0
# ... nor when it is much weaker than the person's clearest answer.
RELATIVE_MATCH = 0.35
# The scaffolding of a self-description says nothing about the person.
_SCAFFOLD_EN = {
    "like",
    "love",
    "enjoy",
    "good",
    "prefer",
    "which",
    "department",
    "fits",
    "fit",
    "suit",
    "suits",
    "job",
    "role",
    "team",
    "work",
    "really",
    "things",
    "thing",
    "want",
    "would",
    "into",
    "what",
    "best",
    "kind",
    # (a figure of speech in the quiz's reasons, "the same family as splash ads": "I love my
    # family" tells nothing of work)
    "family",
}
_SCAFFOLD_ZH = ("喜欢", "适合", "部门", "工作", "岗位", "什么", "哪个", "擅长", "我们", "自己")
_STOP_EN = {w[:7] for w in EN_STOP | _SCAFFOLD_EN}
_STOP_ZH = {w for w in ZH_STOP if len(w) == 2} | set(_SCAFFOLD_ZH)
TOP = 3

_WORD = re.compile(r"[a-z]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")

# Everyday words people use about themselves -> words the quiz answers use.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "writ": ("draft", "copy", "content", "post", "publish"),
    "talk": ("chat", "chatting", "fans", "face", "journalists", "calls"),
    "people": ("fans", "chat", "face", "contacts"),
    "social": ("chat", "fans", "contacts"),
    "number": ("data", "numbers"),
    "data": ("numbers", "dashboards"),
    "analys": ("data", "numbers"),
    "spreadsheet": ("data", "numbers", "dashboards"),
    "gala": ("event", "schedule", "run"),
    "venue": ("event", "schedule"),
    "volunteer": ("event", "run"),
    "pressure": ("crisis",),
    "drama": ("crisis",),
    "follower": ("fans", "post"),
    "literat": ("draft", "copy", "content"),
    "粉丝": ("粉丝", "互动"),
    "热点": ("热点", "抖音"),
    "excel": ("data", "numbers", "dashboards"),
    "statist": ("data", "numbers"),
    "stats": ("data", "numbers"),
    "a/b": ("data", "numbers", "tweaks"),
    "roi": ("numbers", "data"),
    "报表": ("数据", "数字"),
    "表格": ("数据", "数字"),
    "算roi": ("数据", "数字"),
    "negotiat": ("negotiate", "price", "trade"),
    "bargain": ("price", "negotiate"),
    "haggl": ("price", "negotiate"),
    "organis": ("event", "schedule", "run"),
    "organiz": ("event", "schedule", "run"),
    "plan": ("plan", "schedule", "direction"),
    "design": ("visual", "logo", "colours", "brand"),
    "creativ": ("idea", "content", "visual"),
    "idea": ("idea", "direction"),
    "video": ("video", "videos", "scripting"),
    "sell": ("sales", "shop", "dealers"),
    # "不怕出差跑客户", "天天拜访客户": out visiting the dealers and shops that sell
    "跑客户": ("经销商", "门店", "卖货"),
    "拜访客户": ("经销商", "门店", "卖货"),
    "sale": ("sales", "gmv", "shop"),
    "shop": ("shop", "online", "listings"),
    "media": ("media", "journalists"),
    "journalis": ("journalists", "media", "coverage"),
    "trend": ("trend", "douyin"),
    "strateg": ("direction", "brand", "plan"),
    "写": ("草稿", "文案", "内容", "文章"),
    "文字": ("草稿", "文案", "文章"),
    "文笔": ("草稿", "文案", "文章", "内容"),
    "聊天": ("私聊", "社群", "互动"),
    "倾偈": ("私聊", "社群", "互动"),  # Cantonese: chatting
    "识人": ("打交道", "社群", "当面"),  # Cantonese: getting to know people
    "写嘢": ("草稿", "文案", "内容", "文章"),  # Cantonese: writing
    "沟通": ("私聊", "社群", "打交道"),
    "交流": ("私聊", "社群", "互动"),
    "和人打交道": ("打交道", "社群", "互动", "当面"),
    "数据": ("数据", "数字"),
    "分析": ("数据", "查清"),
    "谈判": ("谈", "价格", "合作"),
    "砍价": ("价格", "谈"),
    "讲价": ("价格", "谈"),
    "议价": ("价格", "谈"),
    "组织": ("活动", "流程", "进度"),
    "策划": ("方案", "活动"),
    # "大学一直在学生会，办过好几场晚会和比赛": events run on campus
    "晚会": ("活动", "流程"),
    "学生会": ("活动", "流程"),
    "社团": ("活动", "社群"),
    "比赛": ("活动", "流程"),
    "设计": ("视觉", "标志", "版式"),
    "审美": ("视觉", "品牌"),
    "创意": ("创意", "方向", "内容"),
    "视频": ("视频", "剪辑"),
    "卖": ("销售", "卖货", "网店"),
    "销售": ("销售额", "卖货", "经销商"),
    "媒体": ("媒体", "记者"),
}

_SELF = re.compile(
    r"\b(i|i'm|im|me|my)\b|我"
    # "…熱門梗都第一時間知道，這種人適合做哪種工作": the person, said as "such a person"
    r"|(这种|这样的|这类|呢种)人"
    # "喜欢跟人聊天、组织活动，适合什么岗位": Chinese leaves the person unsaid.
    r"|^\s*(很|超|非常|特别|蛮|挺)?(喜欢|爱|擅长|不喜欢|讨厌|性格|内向|外向|文笔|以前|之前|本人|曾经|做事)"
    # "…大學生適合往哪走": the person said as what they are
    r"|(大学生|学生|应届生|毕业生|新人|新手|小白|社恐|i人|e人)(适合|能|可以|该|应该)"
    # "introvert, good with data, dont like talking to people. which role?": traits first.
    r"|^\s*(introvert|extrovert|introverted|extroverted|good (at|with)|shy|outgoing"
    r"|love|like|enjoy|hate|numbers? (nerd|person|guy|girl))\b"
    # "創意多但是很怕數字，適合行銷還是營運": which of two suits, asked of the person unsaid
    r"|适合(做)?[^，,。？?\s]{1,10}还是|(该|应该|要)往[^，,。？?\s]{1,10}还是"
    # "纯文科生不会编程…还能干啥": what kind of student one is
    r"|(文科|理科|商科|工科)生"
    r"|\bsomeone (who|who's|whos|that|like)\b"
    # "数据敏感、喜欢盯转化漏斗的人适合啥岗位": the person described as "someone who…"
    r"|的人(适合|合适|能做|可以做|该做|做什么|做啥)"
    # "個性內向、喜歡看數據，適合哪種工作", "本身係設計師…應該搵咩工": traits, then which job,
    # with no job named as the subject
    r"|^\s*(个性|本身|平时|平常|自己|数学|文科|理科|社牛|社恐|i人|e人)"
    # "应届生，喜欢写东西，怎么入行": who they are, said first
    r"|^\s*(应届|刚毕业|毕业生|大学生|在校|大[一二三四]|研[一二三]"
    r"|(fresh|new|recent) grad|student)",
)
# Which job, asked with no job named ("適合哪種工作", "有对口岗位吗", "what fits?", "is there
# a job for that"): a person who describes themselves and asks this means themselves.
_OPEN_FIT = re.compile(
    r"适合(做)?(哪种|哪类|什么|哪个|啥|哪些|咩|边)|(哪个|哪种|什么|啥)(岗|岗位|工作|方向|部门|职位)?适合"
    r"|走(哪条|什么|哪个方向的?)路|(能|可以|该|应该)往哪(个方向|边|里)?(走|发展)"
    r"|(该|应该|要)往[^，,。？?\s]{1,10}还是[^，,。？?\s]{1,10}(走|发展)"
    r"|对口(的)?(岗位|工作|职位)|(搵|揾|找)(咩|什么)工|做(咩|什么)好|\bwhat fits\b"
    r"|\bwhat (dept|department|team|job|role)s?\W*$"
    r"|\bis there a (job|role|position) for (that|this|me|people like me|someone like me)\b"
    # "能干什么岗", "还能干啥", "有推荐吗", "any role for me here?", "can that become a job?"
    r"|(能|可以|还能)(干|做)(什么|啥|咩)(岗|工作)?(?!兼职|副业|准备|项目|菜|饭|运动)"
    r"|有(什么|啥)?(推荐|建议)(吗|嘛)"
    r"|\bany (role|job|position)s? (for me|i could do)\b|\bcan (that|this|it) become a job\b"
)
_PREFERENCE = quick(
    re.compile(
        # "能写能拍能剪": what one can do
        r"(能|会)(写|拍|剪|画|设计|说|聊|算)[^，,。？?]{0,3}(能|会)(写|拍|剪|画|设计|说|聊|算)|"
        r"(like|love|enjoy|good at|good with|bad at|not good|prefer|passion|interested|hate|"
        r"can't stand|strength|introvert|extrovert|obsessed|always know|heavy \w+ user|"
        # "I'm into design", ", into logos": not "get into this field"
        r"(\b(i'?m|am|really|so|very|super|totally|big|been) |[,;]\s*|^\s*)into\b|"
        r"\b(lots|plenty|a lot|tons|loads) of (media )?(contacts|connections|friends)|"
        r"\b(great|skilled|strong|decent|solid) (at|with)\b|-minded\b|"
        r"\bcare (a lot |deeply |so much )?about\b|"
        r"\bknow (a lot of|lots of|many) |"
        r"\bi'?d rather\b|\bi would rather\b|"
        r"\borgani[sz]e|\bformer\b|\bex-|\bi (was|used to be|have been|'ve been|worked as) an? |"
        r"认识很多|认识不少|人脉|有兴趣|好有兴趣|敏感|体质|本身是|本身系|以前是|以前在|之前是|之前在|总是在|每天刷|"
        r"\b(numbers?|data|people|details?|creative|words?|spreadsheet)"
        r" (person|people|guy|girl|nerd)\b|"
        r"\bmakes? me happy\b|"
        r"喜欢|爱|擅长|享受|感兴趣|热爱|着迷|痴迷|沉迷|不喜欢|讨厌|强项|性格|内向|外向|怕|文笔|钟意|中意|很会|很烂"
        r"|很有感觉|有感觉|有sense|第一时间知道|成日(谂|想)"
        # "不想被KPI天天追着跑，想做偏战略、偏长线的工作": what one does not want, and leans to
        r"|不想(被|再|天天|每天)|(想做)?偏(战略|长线|创意|数据|策略|执行|技术)"
        r"|\bextremely online\b|\bbig[- ]picture\b"
        # "careful, detail-oriented, good english writing, bit shy", "on douyin 5h a day"
        r"|\bdetail[- ]oriented\b|\b(careful|meticulous|shy|outgoing|curious|patient)\b"
        r"|\b(good|great|strong|decent|solid) (english |chinese |written )?(writing|writer"
        r"|communicator|listener|eye|taste)\b|\bside (hustle|gig|job)\b"
        r"|\bknow (every|all)\b|\b\d+ ?h(rs?|ours?)? a day\b|每天(都)?(在)?(刷|滑|看)|滑到半夜"
        r"|反应(超|很|特别)?快|憎|在意|讲究|完美主义|强迫症|有条理|细心|耐心"
        # "不会编程也不懂数据分析": what one cannot do says who one is, too
        r"|不会(编程|写|画|设计|剪|拍|说|聊|做)|不懂(数据|技术|编程|代码|设计)"
        # "我文案写得不错", "我数据分析很强": said of oneself ("KOL的效果还不错" is not)
        r"|我[^，,。？?]{0,12}(很强|不错|不太会|还行)"
        # "社恐，但写东西还行": a trait, or a strength said of oneself with the person unsaid
        r"|社恐|社牛|(?<![a-z])[ie]人(?![才员力手口群])"
        # "逻辑强", "抗压强", "审美还行", "会点PS": a strength said of oneself, the person unsaid
        r"|(逻辑|抗压|审美|执行力|沟通|表达|文笔|学习能力|动手能力)(能力)?(很|超|贼|特别|也)?"
        r"(强|好|不错|还行|还可以|在线)|会(一)?点[a-z\u4e00-\u9fff]"
        r"|\b(strong|good|great) (visual|writing|data|people|design) (sense|skills?)\b"
        r"|\bknow all the\b|\bspend \d+ (hrs?|hours) a day\b"
        r"|^[^，,。？?]{0,4}(写|说|画|拍|剪|聊|学|做)[^，,。？?]{0,6}(还行|还可以|很强|拿手)[，,。]"
        r")"
    )
)
# Where to look, asked for the person, not who does a task ("…like funnels and A/B tests. what
# role should I look at", "有哪些岗位"): also read by the engine (`_SUITS`).
FOR_THEM = (
    r"\b(what|which) (kind of )?(job|role|position|department)s? (should|would|could|might) i\b"
    r"|\bshould i (look|aim|go) (at|for|into)\b|有哪些岗位|哪些岗位|哪些工作"
)
_FIT = quick(
    re.compile(
        r"(fit|fits|suit|suits|suited|right for me|which (\w+ )?(department|job|role|team|position)"
        r"|what (\w+ )?(job|role)|(job|role|position)s? for (me|that|this)\b|"
        r"适合|合适|哪个部门|什么工作|什么岗位|哪个岗位|该做什么|做什么好|啱|边行|边个部门|边份工|对口|(搵|揾|找)(咩|什么)工"
        r"|哪种工作|哪类工作|哪种岗位|哪种职位|啥岗位|什么方向|哪个方向|哪个岗|做啥|做咩"
        r"|\bapply for\b|\bshould i (apply|do|try|go for|avoid|stay away from|skip)\b"
        # (not a thing done for the asker: "put those two side by side for me", "explain it
        # for me")
        r"|(?<!better )(?<!best )(?<!side by side )(?<!them )(?<!it )(?<!this )(?<!that )"
        r"\bfor me\b\W*$"
        r"|\b(suggestions?|recommendations?|advice|ideas)\W*$|" + FOR_THEM + ")"
    )
)


def without_dislikes(text: str) -> str:
    """The text without what the person dislikes or is bad at ("hate spreadsheets"), nor the
    field the question names as where to look ("which marketing job fits me", "适合行销哪个
    职位"): what remains describes the person."""
    return _WHERE_TO_LOOK.sub(" ", _NEGATED.sub(" ", fold(text)))


_WHERE_TO_LOOK = re.compile(
    r"\b(marketing|mkt|mktg|operations|ops|brand|pr)(?= (job|role|position|team|department|dept|"
    r"career|field|side|work)s?\b)"
    r"|(行销|营销|市场|运营|品牌)(?=(里|中|领域|方面|这块|那边)?的?(哪个|哪一个|哪种|什么|啥|有没有|有))"
)


def asks_which_job(text: str) -> bool:
    """ "…what dept?", "適合哪種工作": which job, asked open, not whether a named one suits."""
    return bool(_OPEN_FIT.search(fold(text)))


# Which job suits the person, asked of themselves with nothing said about them yet ("which
# department fits me?", "我适合做什么工作", "quiz me"): the quiz answers that.
_FOR_ME = quick(
    re.compile(
        r"\b(job|role|department|dept|career|position|team|field)s?\b.{0,30}"
        r"\b(fits?|suits?|suited to|right for) me\b"
        r"|(我|自己)(适合|合适|啱)(做|干)?(什么|啥|哪|咩|边)"
        r"|适合(我|自己)的(工作|岗位|职位|方向|部门)|我(该|应该|能|可以)做(什么|啥|哪)(种|类|个)?"
        r"(工作|岗位|职位|方向|部门|行)"
    )
)


# Whether there is a job for what the person told of themselves; said with the person described,
# it asks what suits them.
_JOB_FOR_IT = (
    r"有(没有|冇|无)?(这种|这样的?|这类|对应的?|对口的?)[^，,。？?\s]{0,6}(职位|岗位|工作|职缺|工)"
    r"|有(没有|冇|无)(什么|啥|咩)?(职位|岗位|工作|职缺)是?专门(做|干|负责)"
    r"|有(没有|冇|无)(什么|啥|咩)?(偏|比较|专门)[^，,。？?\s]{1,16}的(职位|岗位|工作|职缺)"
    r"|(能|可以|可不可以|能不能)当饭吃|当(得了|得成)饭吃|(能|可以)当(工作|职业|饭碗)"
    # "這種經歷比較適合去做什麼職位", "哪個位置比較合", "畢業要投什麼", "想做行銷 可以嗎"
    r"|适合(去|来)?(做|当|干)(什么|啥|哪|咩)|哪个(位置|位)(比较|最)?(合|适合|合适)"
    r"|(要|该|应该)投(什么|啥|哪个|哪些|哪种)(岗|职位|工作|方向|\s*$)|想做[^，,。？?\s]{1,12}\s*(可以|可不可以|行不行)(吗|嘛)"
    # "有冇啲位兩樣都唔使做", "行銷圈有這種嗎", "這種經驗可以轉成哪種行銷或運營工作"
    r"|有(冇|没有|无)(啲|些)?(位|份工|工(?![作资程]))|有(这种|这样的)(吗|嘛)"
    # "what kind of job does that experience fit", "where would i fit in a marketing center?",
    # "is there a marketing or ops job where that…", "这能对应什么岗吗", "有啥合适的岗"
    r"|\b(job|role|position)s? (does|would|could) (that|this|my) [\w ]{0,20}(fit|suit|match)\b"
    r"|\bwhere would i fit\b|\bis there an? [\w ]{0,30}(job|role|position) where\b"
    r"|(对应|对得上)(什么|哪个|啥)(岗|岗位|职位|工作)|有(啥|什么|咩)(合适|适合)的(岗|岗位|职位|工作)"
    r"|往哪个方向\s*[?？]?\s*$"
    # "Is there a job that is basically that?", "Is there an actual job like that in China?",
    # "Which department would make the most use of that?", "where do people like me usually
    # start?"
    r"|\bis there an? (actual |real )?(job|role|position)( that is| that's)? (basically |just )?"
    r"(like )?(that|this)\b"
    r"|\b(which|what) (department|team|job|role)s? would (make (the most |good |best )?use of"
    r"|use|value) (that|this|it)\b"
    r"|\bwhere do people like me\b"
    # "什么岗位比较对口", "有没有适合我这种背景的", "推荐个方向", "该怎么找方向",
    # "比较接近哪种职位", "從哪種工作入門", "搵 marketing 定 operations 嘅 role"
    r"|(什么|哪个|哪些|哪种)(岗位|职位|工作)(比较|更)?对口|适合我(这种|这样的?)?(背景|情况|人)?的"
    r"|推荐(个|一个|几个)方向|(怎么|如何)找方向|接近哪(种|个|类)(职位|岗位|工作)"
    r"|(从|由)哪(种|类|个)(工作|岗位|职位)(入门|开始|切入|入手)"
    r"|(搵|找)[^，,。？?]{1,30}(定|还是)[^，,。？?]{1,30}(的|嘅)?\s*(role|工|职位|岗位)"
    # "有没有能用上这本事的岗位", "求推荐岗位："
    r"|(能|可以)用(上|得上)[^，,。？?]{0,6}的(岗位|职位|工作)|求推荐(岗位|职位|工作|方向)"
    r"|(可以|能)转(成|去|做)?(哪种|哪类|什么|哪个)[^，,。？?]{0,8}(工作|岗位|职位)"
    r"|(这样|这种|像我这样)(的人)?(能|可以)(做|当|去)[^，,。？?]{1,10}(吗|嘛)"
    r"|(哪些|哪个|什么|哪种|哪类|啥)(岗|岗位|工作|职位|方向|部门)(比较|更)?(合适|适合)"
    r"|推荐我(做|去|干|投)(什么|啥|哪|咩)|往哪(个)?方向投"
    r"|(做|揀|拣|选)(边|哪)(个|种|类)(位|职位|岗位)"
    # "适合做BD还是做销售", "does that make me a BD person", "品牌部要我这种人吗", "any
    # marketing-ish job where I don't have to…"
    r"|适合(做|当|去)?[^，,。？?\s]{1,10}还是|\bdoes (that|this|it) make me an?\b"
    r"|要(我)?(这种|这样的?)人(吗|嘛|么)"
    r"|\bany [\w-]{0,20} ?(job|role|position)s? (where|that|which)\b"
    r"|\bmade for me\b|\bcan (this|that|it) (feed me|pay (the|my) bills)\b"
    r"|\bmake a living (from|out of|doing|off) (this|that|it)\b"
    r"|\b(jobs?|roles?|positions?) (would |could |might )?(match|matches|fit|suit|use)"
    r" (that|this|my|it)\b"
)


# What suits the person, asked outright after they say who they are ("…像我這樣適合往哪走",
# "…这种能干嘛", "content ops or user ops for someone who's good with words", "which job would
# use that"): the question is the person's fit, whatever jobs or moves are named beside it.
_ASKS_FIT = quick(
    re.compile(
        r"适合(我|自己)|(像我|我这样|我这种)(这样|这种)?(的人|的情况|情况)?[^，,。？?]{0,6}"
        r"(适合|合适|能做|可以做|该做|往哪|做什么|做啥)"
        r"|适合(往|做|干|去|投|走|找|当|入|进)?(去)?(哪|什么|啥|咩|边)|(能|可以|该|应该)?往哪(个方向|边|里)?(走|发展|切入)"
        # "想要钱多，抗压，能说会道…这种性格做啥": the person told, then what to do
        r"|(这种|这样的?|我这)(性格|个性|脾气)[^，,。？?]{0,4}(做|干|当|适合)(啥|什么|咩|哪)"
        # "I moderate a 2000-member fan group… is there a job for that?", "what job matches?",
        # "what job should I look for?"
        r"|\bis there (a|any) (real )?(job|role|position|career) (for|in) (that|this|it)\b"
        r"|\b(what|which) (job|role|position)s? (matches|match|suits|suit|fits|fit)\b"
        # "what job in a chinese company would pay me for that"
        r"|\b(what|which) (job|role|position)s?\b[^?]{0,30}\b(would|will|could) pay me (for|to)\b"
        r"|\b(what|which) (job|role|position)s? should i"
        r" (look for|look at|apply (for|to)|aim for|go for|target|consider)\b"
        # "what job lets me do more of that", "what job is like that?", "which job is closest?",
        # "are there marketing jobs for that"
        r"|\b(what|which) (job|role|position)s? (lets|let|allows?) (me|you|someone)\b"
        r"|\b(what|which) (job|role|position)s? (is|are)"
        r" (like (that|this)|(the )?(closest|nearest))\b"
        r"|\bare there ([\w-]+ ){0,2}(jobs|roles|positions) for (that|this|it)\b"
        # "應該往哪個部門", "這種經驗可以做什麼", "这经历能找啥工作"
        r"|(应该|该|可以|要)往哪(个|一个)?(部门|岗位|职位)"
        r"|(这种|这个|这些|这段|这样的|这)(经验|经历|背景)[^，,。？?]{0,4}(可以|能)(做|找|干|投)(什么|啥|哪些|哪种)"
        r"|能找(啥|什么|哪种|哪些)(样的)?(工作|岗位|职位)"
        # "这算什么岗位的经验", "适合公司哪个部门"
        r"|算(是)?(什么|啥|哪种|哪个|咩)(岗位|工作|职位)?的?经验|适合(公司|企业|营销|市场)(里)?的?(哪|什么|啥)"
        # "哪種工作比較適合", "有什麼行銷工作用得到這個", "想找个不用天天开会的岗"
        r"|(什么|哪些|哪种)[^，,。？?\s]{0,6}(工作|岗位|职位)用得(到|上|着)"
        r"|想找(个|一个|份|一份)[^，,。？?]{1,30}的(岗|岗位|工作|职位)"
        r"|想找[^，,。？?]{0,4}(不用|不要|不想|不必)[^，,。？?]{1,26}的(岗|岗位|工作|职位)"
        r"|往哪个方向(好|走|发展)|从哪个岗(位)?切入"
        r"|我(该|应该)(干|做)(啥|什么|嘛|咩)|(这种|这样)(的)?(人)?(能|可以)(干|做)(嘛|啥|什么|咩)"
        r"|(推荐|建议)(啥|什么|哪个|哪种)(岗|工作|方向|职位)|(拣|揀|选|挑)(边个|哪个|哪种)(岗|职位|方向)"
        r"|(这样|这种)[^，,。？?]{0,4}适合吗|啱唔啱我|我啱(做|唔啱)|啱我"
        r"|我(该|应该)?(选|拣|揀|挑)(哪个|哪一个|边个|邊個)"
        r"|\b(fits?|suits?) me\b|\b(for|to) (someone|a person|people) like me\b"
        # "would BD make sense for me"
        r"|\bmakes? (any )?sense for (me|someone like me)\b"
        # (not "could someone like me move into paid ad placement?": a move)
        r"|\bsomeone like me\b"
        r"(?! (to |actually |really |even |ever )*"
        r"(move|switch|get|go|transition|break|pivot|jump)\b)"
        r"|\b(which|what) (job|role|position)s? (would |could |might |will )?(actually |really )?"
        r"(uses?|fits?|suits?|needs?)\b"
        # "which entry level roles are the easiest way in?", "any job like that?", "what fits?",
        # "does that point me to any particular job?"
        r"|\bwhich ([\w-]+ ){0,2}(roles|jobs|positions) (are|is) (the )?"
        r"(easiest|best|most realistic)\b"
        r"|\bany (job|role|position)s? like (that|this)\b|\bwhat fits\W*$"
        r"|\bpoint(s)? me (to|towards) (any|a|some)\b"
        r"|有(什么|啥)?推荐(吗|嘛)?\s*[?？]?\s*$"
        r"|\b(what|which) (job|role|position)s? fits? (that|this)\b"
        r"|\bwhere (in [\w ]{1,24} )?should (i|someone like me) (go|start|be|look|aim)\b"
        r"|[a-z]\?\s*(or )?something else\W*$"
        # "is there something in marketing for a person like that?"
        r"|\b(is there|are there|any) (something|anything|a place|a spot|an? (job|role|position)"
        r"|roles|jobs) ([\w ]{1,24} )?for (a person|someone|somebody|people|me|a guy|a girl)"
        r" like (that|this|me)\b"
        r"|\b(job|role|career) for me\b|\bcould (that|this|it) (turn|become) into a (career|job)\b"
        r"|\bfor someone who('?s| is)?\b"
        # "which of these roles fits?", "有啥岗位推荐", "应该从哪个职位开始投", "应该搵边类工"
        r"|\b(which|what) (one )?of (these|those|the|your)"
        r" (roles|jobs|departments|teams|positions)\b"
        r"|(有|给)?(什么|啥|哪些)(岗位|工作|职位|方向)推荐"
        r"|(从|由)(哪|什么|边)(个|种|类|一类)?(职位|岗位|岗|方向|职缺)(开始|切入|入手|投)"
        r"|(应该|该|可以)?(投|申请|揀|拣)(哪个|哪些|什么|哪种|哪一类|哪类|边类|边个)(职位|岗位|岗|职缺|工作)"
        # "有適合的職位嗎", "唔知自己啱做邊類工", "比較適合投哪一類"
        r"|有(没有)?(适合|对应|对口)(我)?的[^，,。？?]{0,4}(职位|工作|岗位|职缺|岗)|有(没有)?(对口|对应)的(吗|嘛|么)|(可以|能)找(什么|啥|咩)\s*[?？]?\s*$|(啱|适合)(做|投)(边|哪)(类|种|个|一类)"
        r"|(搵|揾|找)(咩|什么|边|哪)(类|种|份|个)?(工|工作|职位|岗位|职缺)"
        # on behalf of someone: "适合安排什么岗位", "我应该招什么岗位的人", "哪个岗位能发挥我的
        # 优势", "is there a job that matches that", "which kind of role should we move her into"
        r"|适合(安排|放|调|让)(她|他|ta)?(去|到|做)?(什么|哪个|哪种|哪类)"
        r"|(应该|该)?招(什么|哪个|哪种|哪类)(岗位|职位)?的?人"
        r"|(哪个|什么|哪种|哪类|边个|边类|咩)(岗位|工作|职位|方向)(能|可以|最能)?(发挥|用上|用得上|用得着|用得到)"
        r"|\bis there an? (job|role|position|career) (that|which) (matches|fits|suits|uses)\b"
        r"|\b(which|what) (kind|sort|type) of (role|job|position) (should|could|would) (we|i|they)"
        r" (move|put|give|hire|assign)\b"
        r"|\b(which|what) [\w ]{0,20}(role|job|position)s? (would |could |might |will )?"
        r"(actually |really )?(use|fit|suit|need)s?\b"
        # "推薦哪種", "有推薦的職缺嗎", "做咩marketing嘅工好", "有咩方向"
        r"|推荐(哪种|哪个|哪类)\s*[?？]?\s*$|有(什么|啥)?推荐的(职缺|职位|工作|岗位|方向)"
        r"|做(什么|咩|哪种|哪类)[^，,。？?]{0,12}的?(工|工作)好|有(什么|啥|咩|哪些)方向(可以|可)?"
        # "應該揀咩position", "唔知自己啱邊個位"
        r"|(揀|拣|选|挑)(咩|什么|哪个|哪种|边个)\s*(position|role|job|职位|岗位|工)"
        r"|啱(边|哪)(个|种|类)?(位|职位|岗位|工)"
        # "有咩崗位啱佢", "这种去公司能干点啥"
        r"|有(咩|什么|哪些|啥)(岗位|工作|职位)(啱|适合)(佢|他|她|我)"
        r"|(这种|这样的?)(人)?[^，,。？?]{0,6}能(干|做)(点)?(啥|什么|嘛|咩)"
        # whether a job exists for what was told: "有這種職位嗎", "有没有职位是专门做这个的",
        # "这能当饭吃吗", "what job is made for me", "what kind of jobs match that experience"
        rf"|{_JOB_FOR_IT}"
    )
)


def asks_fit(text: str) -> bool:
    """The person says something of themselves and asks what suits them, as the message's
    first question ("推广分哪几种？以及我适合哪种" asks the kinds first)."""
    low = fold(text)
    ask = _ASKS_FIT.search(low)
    if not ask or re.search(r"[?？]", low[: ask.start()]):
        return False
    # "哪个更适合我？", "quiz me: which department fits me?": the ask alone tells nothing
    told = low[: ask.start()] + " " + low[ask.end() :]
    if ask.group().startswith("想找"):
        told = low  # "想找…但要很有條理的工作": the work wished for says who they are
    return bool(
        _PREFERENCE.search(told)
        or _BACKGROUND.search(told)
        or (_SELF.search(told) and len(_tokens(told)) >= 3)
    )


# What a person tells of their past, studies and abilities ("english lit major", "全职妈妈三年，
# 之前做过微商", "数据分析一窍不通").
_BACKGROUND = re.compile(
    r"\b(major|degree|student|grad|graduat\w*|years?|yrs|fluent|experience|background|worked"
    r"|used to|ex-\w+)\b"
    r"|专业|毕业|应届|\d+年(?!以后|之后|后|内)|[一二三四五六七八九十两几半]年(?!以后|之后|后|内)|做过|做了|干了|之前|以前|擅长"
    r"|会[^，,。？?\s]{1,6}|还行|一窍不通|懒得|不会|妈妈|宝妈|经验|学历|本科|硕士|研究生|大专|大[一二三四]|实习"
    r"|研究所|毕业|退伍|主修|系毕业|读完|开过|做过|帮手"
    r"|\bcareer changer\b|\b(changing|switching) careers?\b|\bhobby\b|\bfollowers\b"
    # "帮朋友的店投抖音信息流…", "给老妈的烘焙店做了个小程序", "for my uncle's site I…": work done
    # for family or friends, told as the person's experience
    r"|(帮|给|替)(朋友|亲戚|家里|老妈|我妈|老爸|我爸|表哥|表姐|表弟|表妹|同学|屋企|家人|舅舅|叔叔|姑姑|阿姨)"
    r"|\bfor (my|a) (friend|uncle|aunt|cousin|mum|mom|dad|parents|family|brother|sister)"
    r"|\bon the side\b|\bside hustle\b"
)


def asks_what_fits_me(text: str) -> bool:
    """Which job suits the person, asked open (no job named is weighed here)."""
    low = fold(text)
    return bool(_FOR_ME.search(low) or (_SELF.search(low) and _OPEN_FIT.search(low)))


def describes_self(text: str) -> bool:
    """The person says what they like or are good at (asked what fits or not)."""
    low = fold(text)
    return bool((_SELF.search(low) or _OPEN_FIT.search(low)) and _PREFERENCE.search(low))


def looks_like_self_description(text: str) -> bool:
    """First person, a like or a strength, and a question about what fits."""
    low = fold(text)
    return describes_self(text) and bool(_FIT.search(low) or _OPEN_FIT.search(low))


@dataclass(frozen=True)
class Fit:
    outcome: str  # a department or role id
    points: Fraction
    percent: int  # share of the outcome's best points over the questions matched, 0..100
    reasons: tuple[tuple[int, int], ...]  # (question, choice) matched that point here


def _tokens(text: str) -> list[str]:
    low = fold(text)
    words = [w[:7] for w in _WORD.findall(low) if len(w) > 2]  # crude stem: a prefix
    grams: list[str] = []
    for run in _CJK_RUN.findall(low):
        grams += [run[i : i + 2] for i in range(len(run) - 1)] or [run]
    return [w for w in words if w not in _STOP_EN] + [g for g in grams if g not in _STOP_ZH]


# What a person says they are bad at or dislike is no sign of what fits: "bad at small talk",
# "很怕数据" must not count as talking or data.
_NEGATED = re.compile(
    r"(bad at|not good at|not great at|hate|can't stand|cannot stand|don't like|do not like|dislike"
    r"|dont like|don't enjoy|dont enjoy|not a people person|drained by|\bnot (very|that|so|really) "
    # "don't really like cold calls", "not a fan of writing", "can't write to save my life"
    r"|\bdon'?t (really |much |particularly )(like|enjoy|love)\b|\bnot a (big )?fan of\b"
    r"|\bcan'?t (write|talk|sell|draw|design|code|stand)\b"
    r"|\bmeh at|\bnot into|\bterrible at|\bawful at|\bweak at|\bsuck at"
    # "clear numbers, not vague 'brand awareness' stuff": what is set aside
    r"|\bnot\b(?! (only|just|bad|too|afraid|mind|sure)\b)"
    r"|(?<![不没])怕|不(太|怎么|是很|大|很)?喜欢|(?<!不)讨厌|不(太|是很)?擅长|不太会|不会|不爱|不太爱|不懂"
    r"|没(什么|啥)?兴趣|不感兴趣)[^,，。.;；、!！?？]*"
    # "对谈合作没什么兴趣": what one has no interest in, said before it
    r"|对[^,，。.;；、!！?？]{1,12}(没(什么|啥)?兴趣|不感兴趣|无感)"
    # what is liked less: "organising events more than writing", "rather than coding"
    r"|\b(more than|rather than|instead of)( [\w'-]+){1,2}"
    # "比起写东西，更喜欢办活动": what is compared away
    r"|比起[^,，。.;；、!！?？]{1,12}(?=[,，]?\s*(我)?(更|还是))"
    # said after what it is: "文笔一般", "口才不行", "写东西很差"
    r"|[^,，。.;；、!！?？\s]{1,6}(一般般|一般|不行|很差|不好|很烂|麻麻地|麻麻)(?=[,，。.;；、!！?？\s]|$)"
)


_WHOLE_WORDS = {"excel", "roi", "stats", "a/b"}
_CUE_AT = {
    cue: re.compile(rf"\b{re.escape(cue)}\b" if cue in _WHOLE_WORDS else rf"\b{re.escape(cue)}")
    for cue in SYNONYMS
    if cue.isascii()
}


def _expand(text: str) -> set[str]:
    text = _NEGATED.sub(" ", fold(text))
    low = text
    tokens = set(_tokens(text))
    for cue, extra in SYNONYMS.items():
        # a Latin cue at a word's start ("venue" is not in "revenue"), a short one a whole
        # word ("excel" is not "excellent", "roi" not "android")
        if cue in low and (not cue.isascii() or _CUE_AT[cue].search(low)):
            for word in extra:
                tokens.update(_tokens(word))
    return tokens


class SelfDescriber:
    """Answer bags built once per quiz."""

    def __init__(self, quiz: Quiz):
        self.quiz = quiz
        self.bags: list[list[dict[str, float]]] = []
        df: dict[str, int] = {}
        for question in quiz.questions:
            row = []
            for choice in question.choices:
                bag: dict[str, float] = {}
                for lang in ("en", "zh"):
                    for tok in _tokens(choice.text.get(lang, "")):
                        bag[tok] = 2.0
                    for tok in _tokens(choice.why.get(lang, "")):
                        bag.setdefault(tok, 1.0)
                for tok in bag:
                    df[tok] = df.get(tok, 0) + 1
                row.append(bag)
            self.bags.append(row)
        n = sum(len(row) for row in self.bags) or 1
        self.idf = {tok: math.log(1 + n / c) for tok, c in df.items()}

    def answers(self, text: str) -> list[tuple[int, int, float]]:
        """(question, choice, strength) of the quiz answers the text amounts to."""
        tokens = _expand(text)
        picked: list[tuple[int, int, float]] = []
        for qi, row in enumerate(self.bags):
            scores = [
                sum(weight * self.idf[tok] for tok, weight in bag.items() if tok in tokens)
                for bag in row
            ]
            best = max(range(len(scores)), key=lambda i: scores[i])
            if scores[best] >= MIN_MATCH and scores.count(scores[best]) == 1:
                picked.append((qi, best, scores[best]))
        strongest = max((s for _, _, s in picked), default=0.0)
        return [p for p in picked if p[2] >= RELATIVE_MATCH * strongest]

    def fit(self, text: str, top: int = TOP) -> list[Fit]:
        picked = self.answers(text)
        if not picked:
            return []
        points: dict[str, Fraction] = {}
        best: dict[str, Fraction] = {}
        reasons: dict[str, list[tuple[int, int]]] = {}
        for qi, ci, _ in picked:
            question = self.quiz.questions[qi]
            for outcome in self.quiz.outcomes:
                best[outcome] = best.get(outcome, Fraction(0)) + max(
                    c.weights.get(outcome, Fraction(0)) for c in question.choices
                )
            for outcome, weight in question.choices[ci].weights.items():
                points[outcome] = points.get(outcome, Fraction(0)) + weight
                reasons.setdefault(outcome, []).append((qi, ci))
        fits = [
            Fit(o, p, _percent(p, best[o]), tuple(reasons[o])) for o, p in points.items() if p > 0
        ]
        order = {o: i for i, o in enumerate(self.quiz.outcomes)}
        fits.sort(key=lambda f: (-f.points, -f.percent, order.get(f.outcome, 0)))
        return fits[:top]


def _percent(points: Fraction, best: Fraction) -> int:
    return math.floor(points * 100 / best + Fraction(1, 2)) if best else 0


_DESCRIBERS: dict[int, tuple[Quiz, SelfDescriber]] = {}


def fit(quiz: Quiz, text: str, top: int = TOP) -> list[Fit]:
    """The `top` departments/roles a self-description points to (empty: suggest the /quiz)."""
    cached = _DESCRIBERS.get(id(quiz))
    if cached is None or cached[0] is not quiz:
        cached = (quiz, SelfDescriber(quiz))
        _DESCRIBERS[id(quiz)] = cached
    return cached[1].fit(text, top)


def render_fits(names: dict[str, dict[str, str]], quiz: Quiz, fits: list[Fit], lang: Lang) -> str:
    """Plain text: each outcome (names: id -> {en, zh}) with its match and the quiz's reasons."""
    k = "zh" if is_zh(lang) else "en"
    if not fits:
        text = ("还看不出来：做一下 /quiz 吧。", "Hard to tell yet: try the /quiz.")
        return to_script(text[0], lang) if k == "zh" else text[1]
    lines = []
    for f in fits:
        lines.append(f"{to_script(names[f.outcome][k], lang)}: {f.percent}%")
        for qi, ci in f.reasons[:2]:
            lines.append("  - " + to_script(quiz.choice(qi, ci).why[k], lang))
    return "\n".join(lines)
