"""Which aspect of a subject is asked: what it does, how it is judged, pay, prospects ...

Read from the folded (Simplified, lower-case) question. An aspect the articles cannot answer for
a subject is a *gap*: the answer says so in its first line, then gives what the articles do say.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from ...text.places import ANY_CITY, CITIES, EN_CITIES
from ...text.quick import Quick, quick
from .asked import clause_asks
from .intents import A_OR_B_BETTER, DOES_IT_ALL, WHICH_AM_I
from .words import PART_OF_THE_JOB, WHERE_TO_BEGIN_ZH, WHERE_TO_START_EN

# Which of two places a job is in ("which one would the media buyer be in")
_IN_WHICH_ONE = (
    r"\bwhich (one|of (them|the two|those|these)) (would|does|is|do|should) (the|a|an|my|our) "
    r"[\w ]{2,30} (be|sit|go|belong|fall) (in|under|into)\s*$"
)
_IN_WHICH_ONE_RE = re.compile(_IN_WHICH_ONE)

Aspect = Literal[
    "does",
    "measured",
    "sits",
    "skills",
    "get_in",
    "leads_to",
    "pay",
    "prospects",
    "better",
    "company",
    "market",
    "resources",
    "size",
    "duration",
    "workload",
    "kinds",
]

# Employers people name when they ask which to join: the articles rate none of them, but
# describe the kind of company each is ("should I join ByteDance or Alibaba"). Latin names are
# bounded by letters, not by \b: "去shopee好还是去momo好" has Chinese around them.
_EMPLOYERS_BY_KIND = {
    "internet_company": (
        "bytedance|tencent|alibaba|meituan|pinduoduo|baidu|netease|kuaishou|shopee|momo|jd\\.com",
        # not their ad products, which are terms of ours ("直通车和百度竞价哪个好")
        "字节|腾讯(?!广告)|阿里(?!妈妈)|美团|拼多多|百度(?!竞价|推广|凤巢|sem|seo)|网易|快手"
        "|京东(?!快车)|虾皮"
        # their nicknames: Tencent's penguin, NetEase's pig farm, JD's dog
        "|鹅厂|猪厂|狗东",
    ),
    "hardware_company": (
        "xiaomi|huawei|oppo|vivo|honor|oneplus|ov",
        "小米|华为|荣耀|魅族|一加|菊厂",
    ),
    "fmcg_company": ("p\\s?&?\\s?g|unilever", "宝洁|联合利华"),
}


def _employers(latin: str, chinese: str) -> str:
    return rf"(?<![a-z])(?:{latin})(?![a-z])|{chinese}"


EMPLOYERS = "|".join(_employers(*names) for names in _EMPLOYERS_BY_KIND.values())

_EMPLOYER_KINDS = tuple(
    (re.compile(_employers(*names)), kind) for kind, names in _EMPLOYERS_BY_KIND.items()
)


def employer_kind(folded: str) -> tuple[str, int, int] | None:
    """The kind of company (an org id) of the first employer the question names, and where."""
    found = [(m.start(), m.end(), kind) for p, kind in _EMPLOYER_KINDS if (m := p.search(folded))]
    if not found:
        return None
    start, end, kind = min(found)
    return kind, start, end


# Work easy or hard to find, in so many words ("好不好找", "難搵", "職缺多嗎"): the market, with
# or without a city; one list read by _FINDING_WORK, _MARKET_WORDS and _WORK_SOUGHT alike.
# (Taiwan's 缺 is an opening: "台北行銷的缺多嗎".)
_EASE_OF_FINDING = r"好不好找|好找|难找|好不好搵|好搵|难搵|机会多|职缺|工多|(?<![欠短紧空])缺多"

# Words of finding work beside a city ("香港而家新媒體運營啲工多唔多", "北京这个岗位多吗").
_FINDING_WORK = (
    "行情|机会|职位|工作|就业|招聘|招人|在招|岗位|岗多|啲工|嘅工|薪|工资|收入|发展|待遇|前景"
    "|市场|搵|揾|多唔多|易唔易|难唔难|多不多|易不易|难不难|多还是|" + _EASE_OF_FINDING
)

# What one must know or be able to do, asked: "需要提前会点什么", "入行要識啲咩" (folded 啲什么):
# read as the skills, and as leading the way in when both are read (_SKILLS_NAMED).
_MUST_KNOW = r"(需要|要|得)(提前|先)?(识|会|懂)(啲|些|点)?(什么|啥|咩|乜嘢|乜|哪些)"

# Openings or a job told as going away: a decline said, which is the job's future.
_SHRINKING = (
    r"(职缺|岗位|缺|机会|hc)[^，,。？?]{0,4}越来越少|(砍|裁)光|都被砍|被砍掉"
    r"|(都)?没(几|多少)个(在招|招人|岗位|职缺|公司)?(?=[了吧啊呀，,。？?\s]|$)"
    r"|做(几|两|三|五)年(就)?(没了|不在了|消失)|裁员[^，,。？?]{0,4}(第一批|第一个|最先|先)"
    r"|\b(openings|jobs|roles|positions|postings|vacancies) (keep |are )?(shrinking|drying up|disappearing)\b"
    r"|\bfewer and fewer (openings|jobs|roles|positions|postings)\b"
    r"|\b(is it|it's|its) all (chatgpt|ai|gpt)( now)?\b|\b(chatgpt|ai) (does|is doing) (it|that) now\b"
)

_SHRUNK = re.compile(_SHRINKING)

# Most specific first: "how is a media buyer's pay judged" is about pay, not measurement.
_WRITTEN: tuple[tuple[Aspect, re.Pattern[str]], ...] = (
    (
        "pay",
        re.compile(
            # "PR份人工係咪真係好低": 人工 is the wage in Hong Kong
            r"份人工|人工(好|几|咁|太|真系)?(低|高|多|少|几多)|"
            r"\bsalar|\bget paid\b|\bhow much (should|can|do|could) i (ask|negotiate|expect|ask for)\b|\bthe pay (for|of|in|at)\b|\bpaid (well|more|less|better)\b|\b(better|best|well|badly|higher|lower)[- ]paid\b|\bpays?\b(?! for\b)(?! (double|twice|triple|extra|more|a premium) for\b)|^\W*(the )?pay for (an?|the) (?!ads?\b|ad\b|traffic\b|clicks?\b)|\bearn|\bincome|\bwage|\bcompensation|\bmoney\b|\bhow much (do|does|can|will)\b|\bwhat (does|do|would|will|could|can) (an? |the )?[\w -]{1,40}(?<! to) make\b(?! of)"
            r"|\b(entry[- ]level|entry|starting|average|typical|base) pay\b|\brmb\b|\bk a month|\bper month|\bbonus|\brough numbers\b|\bballpark\b"
            r"|\bwho makes (more|less|the most)\b|\bmakes? (more|less) money\b|\btake[- ]home\b"
            # "my friend does promotion and makes more than me in operations"
            r"|\b(makes?|making|made|earns?|earning) (a lot |way |much |far )?(more|less) than (me|him|her|them|us|you)\b"
            # "一個月大概領多少", "剛入行大概能領多少"
            r"|(能|可以|大概|一个月|月)?领(多少|几多|几钱)|领得(多|少)"
            r"|\b(is|are|be|being|get|gets|getting) paid\b(?! (ads?|advertising|media|placement|search|acquisition|campaigns?|traffic|social|promotion)\b)|\bpaid in (china|shanghai|beijing|shenzhen|rmb|hk|taiwan)\b"
            r"|(挣|赚)(得|的)(更|比较)?(多|少)|"
            r"薪|工资|收入|待遇|月薪|年薪|底薪|起薪|赚钱|赚得|赚多少|挣多少|挣钱|钱多|钱少|钱(比较|更)(多|少)|(?<![a-z])base(?=\s*(大概|多少|什么水平|有多少|几k|几千))|人工(点|点样|如何)\s*$|人工.{0,3}(多少|高|低|几多|多不多|高不高|点样|怎样|如何|几钱)|人工(?!智能).{0,5}(跌|降|减|涨|加)|人工够|^\s*人工(?!智能)|人工呢|好赚|比较赚|赚得多|更赚|赚(得)?(比较|更)多|哪个赚|给多少|开多少|拿多少|(一个月|一年|每月|每个月)(能拿|能赚|有)?多少钱|(几多|多少)钱(一|每)个?(月|年)|(一般|大概|大约|能拿|能有|能赚)多少钱?|多少k|几k\b|月入|到手|提成|佣金|\bcommission|(揾|搵)(得)?(多|钱)|揾到几多"
            # pay told as a figure ("一个月5k正常吗", "月薪8千算低吗"), or earned in Cantonese
            # ("搵幾多錢先算正常")
            r"|(一个月|月薪|月入|底薪|起薪)\s?\d+(\.\d+)?\s?(k|w|千|万|块|元)?"
            # (not a count of followers or reads: "涨了5k粉正常吗")
            r"|\d+(\.\d+)?\s?(k|w|千|万)(?![a-z0-9])"
            r"(?!\s?(粉|阅读|播放|赞|点赞|关注|人|单|条|次|个|篇|曝光|浏览|销量|订单|用户|下载|日活|活跃))"
            r"[^，,。？?]{0,4}(正常|合理|算高|算低|算多|算少|多吗|少吗|低吗|高吗|够吗|够不够)"
            r"|(搵|揾|找)(几多|多少)(钱|银)"
        ),
    ),
    # Where a job leads, in words that outweigh "long term" ("where can promotion take me long
    # term? what's next after a few years").
    (
        "leads_to",
        re.compile(
            r"\bwhere (can|could|will|would|does|do) [\w ]{1,30} take (me|you|someone|people)\b"
            # "新媒体部一般做几年能升主管": the step up, however long it takes
            r"|(能|可以|才能|才可以)?升(到|上)?(主管|经理|总监|组长|leader|管理层)"
            # "what roles does that open up afterwards", "where does that usually take people next"
            r"|\bopen(s)? up\b.{0,20}\b(afterwards|after|later|next|down the line)\b"
            r"|\btake (people|you|them|someone|me) next\b"
            # "what could she grow into after two or three years of it?"
            r"|\b(grow|develop|progress|evolve) into\b"
            # "how fast do user ops people get a promotion", "when do you get promoted"
            r"|\b(get|gets|got|getting) (a |their |your )?(promotion|promoted)\b|\bpromotion (path|track|ladder)\b"
            # "当编辑以后能转去干点啥", "品牌经理干好了以后能当上CMO吗"
            r"|(以后|之后|将来|往后)(能|可以)?转(去|到)?(干|做)(点|些)?(啥|什么|咩)"
            r"|(以后|之后|将来|往后)(能|可以)(当上|升到|升上|做到)"
            # "where the role goes after three or four years"
            r"|\bwhere (does |do |will |would |could )?(the |this |that |a |my )?[\w ]{0,20}(role|job|position|career|path) (goes|go|leads?)\b"
            # "people who start in promotion, what do they usually become"
            r"|\bwhat do (they|people|you|most) (usually |normally |typically |often )?(become|turn into|end up (as|doing|in))\b"
            # "推廣做到頂，會變成什麼職位", "做到最后会通往哪里", "下一步是什麼", "做到咩位"
            r"|做到(顶|头|最后)[^，,。？?]{0,8}(变成|通往|去|做|当)|(会|能)?变成什么(职位|岗位)"
            r"|(可以|能)转(到|去)哪|(career|growth|progression) path(?![a-z])|走向(哪|什么)|干到后面|通往哪|(的)?下一步是(什么|啥|咩)|做到(咩|什么|哪个|边个)位|发展成(啥|什么|咩|哪)"
            # "what do BD people usually move into later", "社群运营做久了能转去做什么": the
            # move's goal is what is asked
            r"|\bwhat (do|does|can|could|would|will) [\w ]{1,40}?\b(move|go|switch|transition|pivot|jump|progress)"
            r"( on)? (in)?to( later| next| after( that)?| afterwards| eventually)?\s*$"
            r"|(做|干)久了[^，,。？?\s]{0,4}(能|可以)?(转|跳|去)(去|到)?(做|干)?(什么|啥|哪)"
            r"|(能|可以)(转|跳)(去|到)(做|干)?(什么|啥|哪些|哪里)"
            r"|\bwhere (does|can|will) (it|this|that|this job|that job) lead\b"
            r"|\bwhere (can|could|will|would|does|do|might) [\w ]{1,30} lead (me|you|someone|people|them)\b"
            r"|(做|干)了?[几两三四五一十\d]+年[^，,。？?\s]{0,8}?(以后|之后)(干嘛|干啥|做什么|干什么|做啥|去哪|能干嘛|能做什么)"
            r"|(做|干)(了)?(几|两|三|四|五|一|十)年.{0,4}(能|可以|会|以后|之后)?.{0,2}(去|转|做|干)(干嘛|干啥|做什么|干什么|做啥|哪)"
            r"|(能|可以)转(到|去)(什么|哪个|哪些)(方向|岗位|地方)|(能|可以)升到(什么|哪个)(位置|职位|级别)"
            r"|\bwhat(?:'| )?s next after\b|\bwhat happens after (being|a few years|working)\b"
            # "media buyer after 5yrs -> what next", "3 years in, what's next"
            r"|\bafter \d+\s*(yrs?|years?)\b.{0,12}\bwhat(?:'| )?s? next\b"
            r"|\bwhere do [\w ]{1,30} go( next| after| from there| later)?\b(?! to\b| for\b)"
            r"|\b\w+ s next (step|move|role)\b|\bwhat (role|job) (comes )?after\b"
            # "what's the usual next step after user ops, like 3-5 years down the line"
            r"|\bnext (step|move|role)s? (after|up from|in) (a |an |the )?(?!me\b)\w"
            # "where does a career in promotion lead long-term?", "策略與洞察做久了會往哪升"
            r"|\bwhere (does|do|can|will|would) [\w ]{1,40} lead\b|往哪(里|边)?升|升(去|到)(哪|边)"
            r"|\bwhere (does|do) (a |the )?career in [\w ]{1,30} (usually |typically |normally )?go\b"
            # "之後的路可以怎麼走", "下一步通常去哪"
            r"|(之后|以后|后面|往后)的路|下一步(通常|一般|多半|大多)(会)?(去|往|转)(哪|什么)"
            # "做到後面會變成什麼職位", "做到後尾可以去邊", "通常會轉去咩位"
            r"|(做|干)到(后面|后尾|最后|后来)[^，,。？?\s]{0,6}(变成|去|转|做)(什么|哪|咩|边)"
            r"|(转|升|跳)(去|到)(什么|咩|哪个|边个)(位|职位)|升迁(路线|路径)"
            # "做商务拓展几年之后一般都去干啥了", "干满三年，后面一般都去做什么了"
            r"|(几|两|三|四|五|\d)年(以后|之后)[^，,。？?]{0,6}(去|转)(干嘛|干啥|做什么|干什么|做啥|哪)"
            r"|(后面|之后|以后)(一般|通常|大多)?(都)?(去|转)(做|干)?(什么|啥|哪)"
            # "做久了可以往哪邊走", "做久了會去到邊"
            r"|往哪(边|个方向|些方向)?(走|去|发展)|(做|干)久了[^，,。？?]{0,6}(去|转)到?(边|哪)"
            # "exit opps from an operations job?", "what do I turn into", "does it lead anywhere"
            r"|\bexit (opps?|opportunities|options)\b|\bwhat (do|would|will) (i|you|we) (turn|grow) into\b"
            r"|\blead (any ?where|some ?where)\b"
            # "做推广以后能往那发展" (那 typed for 哪), "做久了會升成什麼"
            r"|(以后|之后|将来|后面)(能|可以|会)?往那(里|边)?(发展|走|升)|升(成|做)(什么|啥|咩|哪)"
        ),
    ),
    (
        "resources",
        re.compile(
            r"\bbooks?\b(?! (ads?|slots?|media|space|airtime|placements?|the)\b)|\bcourses?\b(?! (company|companies|platform|business|firm))|\bcertificat|\bcerts?\b|\bbootcamp|\bclasses\b|\breading list|\bwhat to read\b"
            r"|\bmba\b|\bmaster'?s (degree|program)|\bdegree (in|for)\b"
            r"|书单|什么书|哪本书|看什么书|推荐的?书|课程|网课|证书|考证|培训班"
        ),
    ),
    # How big a team is, how long a move or a rise takes: the articles give neither.
    (
        "size",
        re.compile(
            r"\bhow (many|big|large) (people|staff|employees|members|persons)\b(?=.{0,40}\b(team|department|dept|group|in it|work (in|on|there)|there)\b)"
            r"|\bteam size\b|\bheadcount\b"
            r"|\bhow (big|large) (is |are )?(a |the |an )?[\w ]{0,30}\b(team|department|dept)s?\b"
            r"|(团队|部门|部|组|小组|team)(一般|通常|大概)?(会|要)?(有)?(多少|几)(个)?人|(多少|几)个?人一个(团队|部门|组|team)|多少人的(团队|部门)|团队规模|部门规模|编制(多大|多少|是多少)|几个人(的团队|负责)?(够|合适)?吗?$"
        ),
    ),
    (
        "duration",
        re.compile(
            r"\bhow (long|many years|many months) (does|will|would|did|do|should) (it|that|this|one|i|you|someone|a person|people) (usually |typically |normally )?(take|need|have to|be)\b"
            r"|\bhow long (until|before|to (become|get|reach|make|switch|move|transition))\b|\bhow (fast|quickly) can (i|you|one|someone)\b"
            r"|(需要|要|得|大概|一般|通常|至少)(多久|多长时间|几年)|多久(才|能|可以)|几年(才|能|可以)(当上|做到|升|成为|转)"
        ),
    ),
    # A job's chances in a city named: "在深圳好找工作吗" asks about Shenzhen's market.
    (
        "market",
        re.compile(
            rf"(?:{CITIES})(有没有|有冇)[^，,。？?]{{0,10}}的?(工|岗位|职位|职缺)"
            # "而家搵工易唔易", "在台灣有需求嗎", "香港啲公司仲請唔請人"
            r"|(找|搵|揾)工(作)?(易|容易|难)(不|唔)(易|容易|难)|有需求(吗|嘛|么)"
            # "這種職位在台灣有市場嗎" (a market for the job, not 市场部)
            r"|有(没有|冇)?市场(吗|嘛|么|不|\s*[?？]|\s*$)|(有没有|有冇)市场"
            r"|(还|仲)?(请|招)(不|唔)(请|招)人|需求(大|多)(不|唔)(大|多)"
            # "這種職缺現在在台灣還多嗎": openings now, counted
            r"|(职缺|岗位|职位|工作机会)(现在)?(在[^，,。？?]{1,6})?(还|仍然|仲)(多|有很多|好多)(吗|嘛|么|不|唔)"
            rf"|(?:{CITIES}).{{0,20}}(好找|找工作|职缺|工作机会|岗位多|机会多|搵工|揾工|易唔易|难唔难|易不易|难不难|岗位多吗|这个岗位多)"
            rf"|(?<!companies in )(?<!company in )\b({EN_CITIES})\b.{{0,40}}\b(openings|vacancies)\b"
            # "is Shanghai a decent market for brand manager jobs right now"
            r"|\b(decent|good|big|hot|strong|tough|weak|bad|saturated) (job )?market for\b"
            # "between brand and content ops, which has more openings?": the job market, anywhere
            r"|\b(more|most|fewer|less) (openings|vacancies|job openings|hiring|demand)\b"
            # "…in Shanghai, are there openings"
            r"|\b(are there|any|got) (many |much |any |enough )?(openings|vacancies|jobs)( there| out there)?\s*$"
            r"|\bjob market\b|(岗位|职位|职缺|招聘|需求)(更多|比较多|多一些|多一点)"
            # "hk market for new media ops how ar, got many opening?", "香港有冇公司請 ASO 嘅人"
            r"|\b(hk|hong kong|taiwan|singapore) market\b|\bgot (many|much|any) (openings?|jobs?|vacanc\w+)\b"
            r"|(香港|台湾|大陆|内地|hk)[^，,。？?\s]{0,4}(有冇|有没有)(公司|人)?(请|招)"
            r"|(岗位|职位|职缺|机会|坑位?|hc)(还)?(多不多|多吗|多么|多嘛|够不够|少不少|少吗)"
            # "這種職缺在台灣找得到嗎"
            # whether jobs are still being offered, no city needed: "is shenzhen hiring a lot of
            # new media people", "is the FMCG industry still hiring brand managers", "快消行业现在
            # 还招品牌经理吗", "電商這幾年還有在缺人嗎", "新竹有沒有行銷相關的缺啊"
            r"|\bstill hiring\b|\b(is|are) (?!(we|you|they|i|he|she)\b)[\w-]+( [\w-]+){0,3} (still )?hiring\b"
            r"|\b(is|are) (anyone|anybody) (still )?hiring\b"
            # (not "ASO现在还有人招吗": whether anyone still wants the job, its future)
            r"|(还|仍然|仍|仲)(有)?(公司)?(在)?(招|请|征)(?!聘|商|标|生|牌|收|求|文|兆)[^，,。？?]{0,10}(吗|嘛|么|不|唔|没|冇)"
            r"|(还)?有(没有)?(在)?缺人(吗|嘛|么|不|没)|有(没有)[^，,。？?]{0,8}的缺"
            # whether there is still work in a city ("新媒體喺香港仲有冇得做")
            rf"|(?:{CITIES})[^，,。？?]{{0,12}}(仲|还)有(冇|没有|没)得(做|捞|混)"
            # a small town's chances ("在我们小县城能做新媒体运营吗")
            r"|(小县城|县城|小城市|三四线城市|十八线)[^，,。？?]{0,8}(能|可以|有)?(做|找|工作|岗位|机会)"
            r"|(在|喺)(台湾|香港|大陆|内地|海外|国外|新加坡|马来西亚)[^，,。？?]{0,6}(找得到|好找|难找"
            r"|(工作|职缺|职位|机会|岗位)(多不多|有没有))"
            # "is there demand for PR people in Hangzhou?" (not "which companies in Shenzhen…")
            rf"|(?<!companies )(?<!company )\b(in|at) ({EN_CITIES})\b"
            # two cities weighed: "is shenzhen or hangzhou better for ecommerce ops jobs"
            rf"|\b({EN_CITIES}) (or|vs\.?|versus) ({EN_CITIES})\b|(?:{CITIES})(还是|或者?|和|跟|定)(?:{CITIES})"
        ),
    ),
    # Two jobs weighed by one yardstick ("哪个更值得做", "which is more stressful") ask which
    # is better by it: the person's call, said first. Pay is read above (the articles do weigh
    # two jobs' pay), and so is the future ("哪个更有前途" is told that the articles do not
    # discuss either job's prospects, the more precise thing to say).
    # Two weighed by their workload ("哪个比较累", "which one is more stressful"): before
    # "better", which would read them as which is the better job.
    (
        "workload",
        re.compile(
            r"(哪个|边个|哪一个)(比较|更|会|最)?(累|辛苦|轻松(?!地|找|学|入|进|拿|上手)|忙|压力大)"
            # "邊個冇咁辛苦": which one is less hard
            r"|(哪个|边个|哪一个)(冇|没有|没)(咁|那么|这么)?(累|辛苦|忙|攰)"
            r"|\bwhich\b[^?]{0,40}\b(more|less|most|least) (stressful|tiring|demanding|hectic)\b"
        ),
    ),
    (
        "better",
        re.compile(
            # (not "哪个更有前途": the future of each, prospects, as most people label it)
            r"(哪个|哪一个|哪种|哪样|边个|哪边)(更|比较|会)?(有发展|有未来"
            # ("哪個比較重要": which to put first)
            r"|值得|吃香|稳定|累|辛苦|轻松|难|容易|卷|好做|好学|有意思|有趣|重要|关键"
            # whom it suits is part of the yardstick ("哪个更适合文科生"), not another subject;
            # a name in it is still read (aspect words set aside only what no name took)
            r"|适合[^，,。？?！!\s]{0,6}|合适)"
            # "哪个对新手更友好一点": the yardstick after whom it is weighed for
            r"|(哪个|哪一个|哪种|边个)(对|对于)[^，,。？?！!\s]{1,6}(更|比较)?(友好|容易|好上手|好入门|好进)"
            r"|(哪个|哪一个|哪种|边个)(更|比较)?(好上手|好入门|好进|门槛低|上手快)"
            # "BD同投放 邊個對新人嚟講比較易上手"
            r"|(哪个|哪一个|哪种|边个)[^，,。？?！!]{0,10}(易上手|易入门|容易上手|容易入门)"
            # "邊個最易入行", "內容運營同新媒體運營邊個易入" (folded: 哪个易入, 哪个最容易入)
            r"|(哪个|哪一个|边个)(最|更|比较)?(容易|易|好)(入|进)"
            # "is ops easier to get into than marketing?", "运营比市场好进吗": one weighed against
            # the other by the way in
            r"|\b(easier|harder|tougher) to (get|break|land a job|move|switch|jump) ?(in|into|in to)\b"
            r"[^?]{1,30}\bthan\b|比(?!较)[^，,。？?\s]{1,8}(好进|难进|容易进|更好进|好入|难入|容易入)"
            # "which one's easier to get into", "which one should I pick"
            r"|\bwhich (one|of (them|these|the two))?\s*(is|'s|s|would be|will be)? (the )?"
            r"(better|easier|harder|safer|smarter|quicker|faster) (job |role |path |one )?(to|for|as|if)\b"
            r"|\bwhich (one )?(should|would|do) (i|we|he|she|you) (pick|choose|go for|take|recommend)\b"
            r"|\bwhich (one |of (the|these|them) (two|both) )?(is|has|seems|sounds|would be|will be) (more|less|the more|the less|a (better|brighter)|the (better|brighter)) (\w+ )?(worth|stressful|stable|fun|interesting|secure|valuable|useful|chill|relaxed|demanding|competitive)"
            r"|\bwhich (one )?(is|are) (more|less) worth\b|\bmore worth (learning|doing|it|getting into)\b"
            # "is it better to start out in the brand department or in marketing planning?"
            r"|\b(is it|would it be) (better|smarter|wiser) to\b|\b(smarter|safer|better|best) bet\b"
            # "推广值得去吗，还是换个方向好", "worth it or should I look elsewhere", "a better pick than"
            r"|值得(去|做)吗?[^。？?]{0,4}还是|值得去吗|值不值得去|工作值得吗|值得吗[？?\s]*还是"
            # one job weighed as worth it or not: the person's call ("值得做吗", "worth doing?")
            r"|(?<!还)值得(做|干|入|进|投入|去)?(吗|嘛|么)|值不值得|好不好做|是个好工作|好的职业"
            # whether it suits a beginner is the person's call ("产品运营适合新人入门吗", "品牌部对
            # 新人友好吗", "a good place for a fresh grad")
            r"|(适合|适不适合)(新人|新手|小白|应届生?|毕业生|新鲜人|零基础)|对(新人|新手|小白|应届生?"
            r"|毕业生|新鲜人)(友好|友善)|\ba good (first )?(place|job|choice|fit|start|gig) for (a |an )?"
            r"(fresh grad|new grad|newbie|beginner|graduate|fresher)"
            # "做公关值不值啊", Hong Kong "活動運營抵唔抵做" (folded: 抵不抵)
            r"|值不值(?!钱)|抵不抵(做|入|去)?|抵唔抵(做|入|去)?"
            r"|(?<!still )\bworth (doing|it|getting into|going into)\b"
            # "做ops好唔好㗎" (folded: 好不好)
            r"|(做|干|读|去)[^，,。？?得]{1,12}好不好(?=\s*([?？。！!，,]|$|啊|呢|呀|㗎|嘅))|\bworth it,? or (should i|do i)\b|\b(better|worse|safer) (pick|choice|option|bet) than\b"
            # "which of them is best for a beginner", "哪一組最適合完全沒經驗的人": which one a
            # newcomer should pick
            r"|\b(best|better|easiest|easier) (one )?for (a |an )?(complete |total )?(beginner|newbie|newcomer|fresh grad|starter|noob)s?\b"
            r"|(哪|边)(一)?(个|组|种|块|边)(最|比较|更)?适合(完全)?(没有?经验|零经验|新人|新手|小白|刚毕业)"
            # "用户运营和内容运营哪个更好找工作": which of them is the easier to be hired into
            r"|(哪个|哪一个|边个|哪边|哪一边)(更|比较|会)?(好找|容易找|好搵|易搵)(工作|工)?"
            # "那哪一個比較好轉職", "哪个更容易上手"
            r"|(哪个|哪一个|边个|哪边|哪一边)(更|比较|会)?(好|容易|易)(转职|转行|转过去|上手)"
            # "is user ops a better job than content ops?", "推廣定營運好啲？"
            r"|\b(better|worse|safer|smarter|easier|harder) (job|career|role|path|move|field|gig|place to start) than\b"
            # "is the brand team a better place to start a career…", "is product ops better than
            # user ops for a first job?"
            r"|\ba (better|worse|safer|smarter) place to (start|begin|work)\b"
            r"|\b(is|are) (?!there\b)(?![\w ]*\b(pay|paid|salary|money)\b)[\w ]{1,30}\b(better|worse) than\b"
            r"|定[^，,。？?\s]{1,10}好啲|(?<!前途)(?<!前景)(?<!发展)好啲(呀|啊)?\s*[?？]?$"
            # "is PR actually a good career?", "a decent job or a trap", "靠谱吗", "係咪份好工"
            # (not "…doing a good job", nor "a good career long term": its prospects)
            r"|\b(is|are) (?!there\b)(?![\w ]*\b(doing|still)\b)[\w ]{1,30}\b(a )?(good|decent|bad|great|solid)"
            r" (job|career|choice|gig)\b(?![\w ]{0,24}\b(long[- ]?term|future|in 20\d\d|will|saturat|automat))"
            r"|\bor (is it )?a trap\b|靠谱(吗|嘛|不)|(是|系)(不是|咪)?(一)?份好工"
            # "在新媒體部工作好嗎"
            r"|(?<![现正实])(在|去|进)[^，,。？?]{1,12}(工作|做|上班)好(吗|嘛|不好(?!找))"
            # "做PR值得嗎"
            r"|(做|当|去)[^，,。？?]{1,10}值得(吗|嘛|么)"
            # "公關這條路值得走嗎", "從品牌部跳去公關部 算不算降級", "an offer… is it a good one to
            # take?", "a decent job to take this year"
            r"|(这条路|这行|这个方向)值得(走|入|做|去)?(吗|嘛|么)|算不算(降级|升级|倒退|往下走)"
            r"|\b(is it|it s|is that|a) (a )?(good|decent|bad|great|solid) (one|offer|job|role) to (take|accept)\b"
        ),
    ),
    (
        "prospects",
        re.compile(
            # "is content operation going to die because of chatgpt"
            r"\b(going to|gonna|about to|will) (die|disappear|vanish|be replaced|be automated)\b|"
            r"\bfuture\b|\bprospect|\boutlook|\bpromising|\bdead[- ]end|\bin demand\b|\bdemand for\b|\bsaturat"
            r"|\bstill worth\b|\breplace[sd]? by ai\b|\bai (will |just |really |eventually |soon )?(just )?(replace|take)|\bgrowth potential"
            # "which has more growth later though", "does PR have room to grow"
            r"|\b(has|have|offers?|gives?|is there|there's|there is|any|with) (the )?(more|much|any|a lot of|lots of|less|little|enough|real|better) (career )?growth\b(?! (team|department|dept|ops|operations|hacking|marketing|manager))"
            r"|\bgrowth later\b"
            # "will user ops still exist when I graduate"
            r"|\bstill (exist|be around|be a thing|be needed|be in demand)\b"
            r"|\broom (for growth|to grow)\b"
            r"|(还有|有没有|有冇)搞头|搞头|还有得做|还值得(做|入)"
            # "新媒体部和公关部以后谁发展更好": how well each grows later on
            r"|(以后|将来|往后|未来)[^，,。？?]{0,6}发展(得)?(更|比较|会)?好"
            r"|(?<!lead )(?<!leads )(?<!go )(?<!take me )(?<!take you )\blong[- ]term\b(?!,? (where|what|how)\b)|\bsunset\b|\bjob security|\bdying\b|\bobsolete\b|\bgoing away\b|\bdisappear"
            r"|\bget replaced\b|\bbe replaced\b|\bautomated away\b|\bshould i avoid\b|\bdie out\b|\bdying out\b"
            # "is SEO dead in 2026", "is brand manager a stable job"
            r"|\b(is|are) [\w ]{1,24} dead\b|\b(is|'s) (already )?dead\b|\bstable (job|career|path|field)\b"
            # "品牌和公关哪个发展好一点"
            r"|(哪个|哪一个|边个)[^，,。？?\s]{0,3}发展(得)?(更|比较)?好"
            # "Is that a proper career? …I worry it's not stable.", "是个铁饭碗吗"
            r"|\b(a )?(proper|real|serious|stable) (career|profession)\b|\b(it'?s|is it|not) (very )?stable\b"
            r"|长久(之计|吗)|铁饭碗"
            # "is that role safe though?", "is PR a safe career", "这个岗位稳不稳"
            r"|\b(is|are) (that|this|it|the) (role|job|career|position) (safe|stable)\b|\ba safe (job|career|bet)\b"
            r"|稳不稳"
            r"|稳定(不|吗|嘛|么)|(过几年|以后|将来)(就)?(没了|不在了)|会不会(消失|没了)|快(要)?消失|抢饭碗|\btake (their|our|my|his|her) jobs?\b"
            r"|\b(get|gets|be|getting) killed (off )?by\b|\bstill be a thing\b"
            r"|\bstill (gonna|going to) be a (job|thing|career)\b|\bwill ai\b|\bai (bots? )?(eat|kill|take over)"
            r"|\b(still )?(exist|be around|be needed|be relevant)( as an? (job|role|career|thing))?"
            r" in (\d+|ten|five|a few) (years|yrs)\b"
            # "is trade marketing a growing area or shrinking", "现在还有人做ASO吗"
            r"|\b(growing|shrinking|declining|booming) (area|field|industry|career|role|job|sector)s?\b"
            r"|\bgrowing or (shrinking|dying|declining)\b|\bon the rise\b"
            r"|萎缩|走下坡|死胡同|死路|越来越少人|(现在)?还有人(做|干)[^，,。？?]{0,12}(吗|嘛|不)"
            r"|将来(的)?发展|前途|钱途|钱景|前景|前境|前图|(?<!什么)(?<!哪些)(?<!啥)出路(?!在哪|是什么|有哪些|(在|喺)边)|未来|(以后|将来|几年后)还(有|在|存在|需要)吗|还会(有|存在)吗|没落|淘汰|会消失|被取代|凉了|要凉|发展空间|发展前景|吃香|饱和|夕阳|会不会(被|俾|畀).{0,6}取代|(ai|人工智能)(会|会不会|将|要)?(取代|替代)|(第一个|第一批|最先|首先|先)被(裁|优化)|(会|会不会|容易)被裁|(被|俾|畀)ai|长远|稳定吗|青春饭|35岁以后|三十五岁以后|好找工作|好不好找|(?<!公司)(?<!公司很)(?<!在)(?<!边)(?<!部)(?<!部门)(?<!团队)(?<!组里)缺人|有没有发展|有发展吗|发展性"
            # "ASO還值得學嗎 現在大家不都去投流了": whether it is still worth it, said of the future
            r"|(还|仲)(值得|值唔值得|值不值得)(学|做|入行|入|进|投入|读)"
            # "SEO仲有冇得做", "no one over 35 gets hired", "a young person's job"
            r"|(仲|还)有(冇|没有|没)得(做|捞|混)|\bover (35|thirty[- ]five)\b"
            r"|\b(young|younger) (person|people)(?:'|\s)?s? (job|game|career)\b"
            # "公關還有人在招嗎？感覺職缺越來越少", "還是都被砍光了", "or is it all ChatGPT now",
            # "會不會做幾年就沒了", "市场部是不是每次裁员都第一批": openings told as shrinking
            rf"|{_SHRINKING}"
        ),
    ),
    # Which employer to join: before a city, "which companies in Shenzhen are hiring" asks
    # which employer.
    (
        "company",
        re.compile(
            r"\bwhich (company|companies|firm|employer)\b"
            r"|\bwhich (\w+ ){0,2}(company|companies|firms?|employers?|brands)\b(?=.{0,40}\b(best|strongest|strong|good|great|top|join|apply|work (at|for)|hiring|hire|learn from)\b)"
            r"|哪家[^，,。？?\s]{0,6}(公司|企业|品牌)"
            r"|\b(best|top|good|great) (\w+ ){0,2}(companies|firms|employers|places|brands) (in [\w ]{1,20} )?(to|for)\b|\b(best|better|right|good) (company|companies|firm|employer)s? (to|for)\b|\bwhat (kind of )?compan(y|ies) (should|to)\b|\b(big|large) (company|tech|firm|corp\w*)s? or (a )?(small|startup)"
            r"|\bwhat compan(y|ies) (hire|hires|are hiring|recruit)|\bwho hires\b|\bwhere (should|can|could|do) i apply\b|哪些公司(在)?(招|开)|哪家公司(在)?(招|开)"
            r"|\b(what|which) (kinds?|kinda|types?|sorts?)( of)? (compan(y|ies)|firms?|employers?)\b(?=.{0,30}\b(should|best|better|good|recommend|suit|hire|hires|hiring|most|more|apply))"
            # "哪类公司投放岗多", "這種工作都在什麼樣的公司比較多": where the openings are
            r"|(哪种|哪类|哪一类|什么样的?|什么类型的?|啥样的?|边类|边种)(的)?(公司|企业)[^，,。？?]{0,10}(多|机会|在招|招)"
            r"|\bstartup or\b|\bcompany or (an? )?[\w ]{0,24}\bcompany\b"
            # "should he join a food company or hold out for a tech firm"
            r"|\bjoin (an? )?[\w ]{1,20}(company|firm|brand|startup) or\b"
            # "tencent or some small startup?", "哪家比较好", "哪幾家快消比較推"
            r"|\bor (some |a |an )?(small |tiny |big |large )?(startup|start-up|small company|big tech)\b"
            r"|哪(几|些)?家(?!人|里|长|庭|乡)|哪(个|间|一个)大厂"
            # "那一般去什么公司做社群运营比较好": the employer one goes to
            r"|(去|进|投)(什么|啥|哪种|哪类|什么样的?)(公司|企业)"
            r"|(大公司|大厂|外企|外商|外资|国企|新创|创业公司|小公司)(还是|定|或者?)"
            # "去代运营公司还是去品牌方自己的电商团队好"
            r"|(去|进|入)[^，,。？?]{1,10}(公司|方|厂)还是(去|进|入)"
            # "做社群运营去大厂好还是去创业公司好": two kinds of employer, the second said as one
            r"|(去|进|入)[^，,。？?]{1,10}?(好|比较好|更好)?(还是|定)(去|进|入)[^，,。？?]{0,6}"
            r"(公司|厂|外企|国企|快消|互联网|甲方|乙方|agency|新创)"
            # "想做投放的话 哪种公司比较能学到东西"
            r"|(哪种|哪类|什么样的?|什么类型的?|啥样的?)(的)?(公司|企业)[^，,。？?]{0,10}"
            r"(学到|学东西|能学|成长|锻炼|积累)"
            rf"|\b(join|apply (to|at|for)|work (at|for)|go (to|with))\s(?:{EMPLOYERS})\b"
            # "字节的运营值得去吗", "is bytedance worth joining as a brand manager": that employer
            rf"|(?:{EMPLOYERS})[^，,。？?\s]{{0,10}}值(得|唔值得|不值得)(去|进|加入|入)"
            rf"|(?:{EMPLOYERS})\b.{{0,30}}\bworth (joining|it|going (to|for))\b"
            rf"|\bworth (joining|working (at|for)|going to)\s(?:{EMPLOYERS})\b"
            rf"|(什么样|哪种|哪类|边类|边种|啥类型|什么类型)的?(公司|企业).{{0,10}}(好|值得|推荐|适合|合适)|去哪家|哪家公司|哪间公司|哪几间公司|target\s*(边|哪)(几|一)?(间|家)|(边|哪)几间(公司)?|哪几家公司|边间公司|哪间(比较|更|最)?(好|推|值得)|边间(比较|更|最)?好|边一间|哪些公司|哪几家公司|有在招|(?<![现現存实實])在招|\bwho(?:'s| is) hiring\b|\bcompanies (are )?hiring\b|推荐.{{0,4}}公司|外商还是|什么公司好|大厂还是|大公司还是小公司|大公司(定|或者?)|进大厂(?!(做|当|干|搞))|外企还是|(?:{EMPLOYERS}).{{0,12}}(还是|哪个|哪家|\bvs\b|定)|(?:{EMPLOYERS}).{{0,12}}\bor\b(?=.{{0,40}}(\?|\bwhich\b|\bbetter\b|\bshould\b|\bjoin\b|\bpick\b|\bchoose\b))"
            rf"|(进|去|加入)[^做当干部\s]{{1,10}}(还是|(?<![决确规约])定)[^做当干部\s]{{1,10}}(做|当|干)"
            r"|(入|进|去)\s?(4a|agency|乙方|甲方|inhouse|in-house)[^，,。？?\s]{0,4}(还是|定|或)"
            # "better to join a 4A agency or go in-house", "去4A agency定係in-house好啲",
            # "公關公司跟企業內的公關部，新人先去哪一種", "platform side or brand side"
            r"|\b(agency|agencies)\b[^?]{0,20}\bor\b[^?]{0,12}\bin-?house\b|\bin-?house\b[^?]{0,20}\bor\b[^?]{0,12}\bagenc"
            r"|(4a|agency|乙方|公关公司|广告公司)[^，,。？?]{0,8}(定|还是|或者?|跟|和)[^，,。？?]{0,8}(in-?house|甲方|企业|品牌方)"
            r"|\b(platform|agency|client|brand) side or (the )?(platform|agency|client|brand) side\b"
        ),
    ),
    # What kind of company a job is found at ("那一般在哪种公司", "what kind of companies have
    # brand managers"): the kinds the articles describe, not an employer to join.
    (
        "kinds",
        re.compile(
            r"(哪种|哪类|哪一类|哪些类型的?|什么样的|什么类型的?|啥样的)(的)?(公司|企业)"
            r"(?!.{0,10}(好|值得|推荐|适合|合适|多|机会|在招|招))"
            r"|\bwhat (kinds?|types?|sorts?) of (compan(y|ies)|firms?|employers?|businesses)\b"
            r"(?!.{0,30}\b(should|best|better|good|recommend|suit|hire|hires|hiring|most|more|apply))"
            r"|\bwhich (kinds?|types?) of (compan|firm)"
        ),
    ),
    (
        "market",
        re.compile(
            rf"\bin ({EN_CITIES}|hk|tier[- ]\w+ cit)"
            rf"|\b({EN_CITIES}) market\b"
            # "is shenzhen a good place to look for that kind of job"
            rf"|\b({EN_CITIES}) (a )?(good|bad|great|decent|better|the best) (place|city|spot)\b"
            r"|\bjob market\b|\bhiring market\b|\b(is|are|how is|how'?s|how s) (that|this|the) market\b(?! (function|team|dept|department|side|people|ops))|\b(good|best|better|bad|right|which) cit(y|ies)\b"
            # "beijing or shanghai, which has more operations jobs right now"
            rf"|\b({EN_CITIES}) or ({EN_CITIES})\b(?=.{{0,40}}\b(jobs?|openings|hiring|vacancies|positions)\b)"
            # a city with words of finding work ("上海做运营的行情", "北京这个岗位多吗"); not a
            # city's brands ("重庆火锅品牌是怎么做营销的")
            rf"|(?:{CITIES}).{{0,25}}({_FINDING_WORK})|({_FINDING_WORK}).{{0,25}}(?:{CITIES})"
            # (行情 of pay is the going rate: "SEO專員起薪行情" asks the pay)
            r"|市道|一线城市|二线城市|三线城市|就业市场|招聘市场|(?<!薪)(?<!薪资)(?<!薪水)(?<!工资)行情|哪个城市|哪座城市"
            # "想知香港而家brand manager個market點"
            r"|(?<![a-z])market\s*(点|点样|怎样|如何|好唔好|好不好|怎么样)"
        ),
    ),
    # A job called a good one, after the city: "is it a good job in Shenzhen?" asks about
    # Shenzhen's market first.
    (
        "prospects",
        re.compile(
            r"(?<!doing a )(?<!does a )(?<!do a )(?<!did a )\bgood (career|job|choice|path|field)\b(?! market)"
            r"|\b(a )?real (career|profession)\b"
        ),
    ),
    (
        "better",
        re.compile(
            r"\bwhich (is|one is|would be) (smarter|wiser|safer)\b|"
            r"\bwhich (one |of (the|these|those|them) (two|three|both) )?(is |one's |job is |role is |path is |would be )?(the )?(better|best|easier|harder)\b|\bbetter (choice|option|path|for me)\b"
            r"|\bwhat(?: i| )?s (better|the better (choice|option|pick))\b(?=[^?]{0,60}\bor\b)"
            r"|\bwhich (one )?(has|gives|offers|makes) (the |a )?(better|best)\b"
            # "trade marketing vs brand marketing, which one for a fresh grad?"
            r"|\bwhich (one )?for (a |an |me as a |someone )?(fresh grad|new grad|beginner|newbie|"
            r"graduate|student|career changer|introvert|extrovert)s?\b"
            # "content ops or new media ops, which suits a beginner better"
            r"|\bwhich (one )?(suits|fits) [\w ]{1,30}\b(better|best|more)\b"
            r"|\bor [\w ]{1,30}\b(better|easier|harder)\b"
            # "is user ops harder than content ops?", "is ops more stable than marketing?"
            r"|\b(easier|harder|tougher|simpler|safer|more stable|more secure|more creative|more fun|more interesting)\b[^?.]{1,30}\bthan\b"
            r"|比(?!如|方|例|赛|较)[^，,。？?]{1,8}(难|容易|稳定|稳|吃香)(吗|嘛|么|不|呢|吧|[?？]|\s*$)"
            r"|^\W*[\w ]{1,30} or [\w ]{1,30}\bfor (someone|somebody|a person|people|me|an? \w+) (who|that|like)\b"
            r"|\bif (you|u) were me\b|\bin my shoes\b|\bwhat would you (do|pick|choose)\b"
            r"|\bshould i (choose|pick(?! up)|go for|take)\b|\bwhich (one )?(should|would)\b|\bwhich to choose\b|\bor should i\b|\bbetter off\b"
            rf"|{A_OR_B_BETTER}"
            r"|哪个好(?![进入找做])|哪个更好(?![进入找做])|哪个比较好(?![进入找做])|哪个比较适合|还是[^，,。？?\s]{1,10}(?<!得)(比较|更)?好|还是[^，,。？?]{1,10}(比较|更)(合适|适合)|(?<!怎么)选[^，,。？?]{1,8}还是(?!算了|不|别|放弃)|哪一个好|哪个适合|选哪个|选哪|哪个更适合|更适合我|怎么选|如何选择|该选|好还是|哪条路|边个好|哪个啱|哪个更有|哪个有|(边个|边样|哪样)[^，,。？?\s]{0,3}(易|难)(学|做|入|上手)"
        ),
    ),
    (
        "get_in",
        re.compile(
            # "想进大厂做产品运营有啥门路吗", "有什么路子吗", "想入PR行，冇經驗點算好"
            r"(有|有没有|有什么|有啥|什么|啥|咩)(门路|路子)|求指路|想入(?!职)[^，,。？?\s]{1,6}行"
            # "…once I graduate. where do I even begin"
            rf"|{WHERE_TO_START_EN}"
            # "點樣先可以做到media buyer", "面试一般问啥 要准备作品集吗"
            r"|(怎样|怎么|点样|如何)(先|才)?(可以|能|能够)?(做到|当上|做上)|面试(一般|通常|都)?(会)?问(啥|什么|些什么|咩)"
            r"|(要|需要|用不用|使唔使)(准备|交|带)?作品集|\b(do|would) i need a portfolio\b"
            # "想进公关部 需要什么敲门砖", "用戶運營想入門 第一步應該做什麼"
            r"|敲门砖|想入门[^，,。？?]{0,4}第一步"
            # "现在第一步该干嘛", "第一步做咩好", "第一步應該點行"
            r"|第一步(该|应该|要|可以)?(干嘛|干什么|做什么|做啥|做咩|点行|怎么走|怎么做|从哪)"
            # "应届生想做品牌，第一步该干嘛": the first step towards a job wished for
            r"|(想|要)(做|当|进|入)[^，,。？?]{1,8}[，,\s]*(的话)?[，,\s]*第一步"
            # Taiwan's 卡位 / 卡到位: getting a seat ("產品營運要怎麼先卡到位")
            r"|(怎么|如何|怎样)(先|才)?(能)?卡(到|个)?位"
            r"|有(什么|咩|啥)路(可以)?(行|走)|有(没有|冇)?捷径|\bshort ?cuts?\b|"
            r"\bhow (would|do|can|should) i go about (getting|landing|finding)\b|(找|拿)到?第一份|"
            r"(怎么|如何)开始做|(有|有什么|有啥|有咩|什么)途径|"
            r"\bget(ting)? (in|into|hired|started)\b|\bget (their|my|a|your|the) first (job|role|gig)\b|\bbreak in|\bbreak(ing)? into|(?<!who )(?<!that )(?<!if i )\bstart out\b"
            r"|\bhow (do|can|would|should) i (even |actually )?(get|become|land|start|begin)\b|\bhow to (become|get|land|start)\b"
            r"|\bwhat do i need to (do|learn) to\b|\bprepare for\b|\bfirst step"
            r"|\bhow (do|did|does) [\w ]{1,20} (usually |typically |normally )?end up (in|as)\b"
            r"|\bhow (do|can|would|does) (someone|one|a person|people|you|a fresh grad)( like (him|her|me|them|us|my \w+))? (get|land|start|break)\b"
            r"|(?<!刚)入行(?!的)|怎么进(?!行)|点(样)?(先|才)(可以|能)?入|(想|要)(做|当)[^，,。？?]{1,10}[，,]\s*(要|该|应该)?怎么(开始|起步)|(怎么|怎样|怎么样|如何)(才|先)?(能|可以|要)?(踏|挤|混)(进|入)|(怎么|怎样|怎么样|如何)(才|先)(能|可以)?(进(?!步|一步|展|度|化)|入|当上|当得上|做上)|才(能|可以)?当得上|(比较|更)?(好进|容易进|易入|易进|容易入)|才进得了|如何进入|点先入|点样入|点先可以入|怎么入|怎样入|怎么才(可以|能)?(入|进|做到|当上)|零基础|门槛|怎么当|如何成为|怎么成为|怎么才能做|怎么找.{0,4}工作|点样入行|要准备什么|需要准备"
            r"|(进|入|转|去|面试|应聘)[^。？?]{0,30}(要|该|应该)?(怎么|如何|怎样)准备"
            r"|(^|[，,。\s]|咁|那)(我|他|她|佢|他们|佢哋)?(该|应该|要|需要)(怎么|如何|怎样)准备"
            r"|(?<![一有差])点(样)?入(?!门|口|面)"
            r"|(怎么|如何|怎样)开始(累积|积累|准备|入门|学起)"
            rf"|{WHERE_TO_BEGIN_ZH}|(怎样|怎么|如何)才(可以|能)(做到|当上|成为)"
        ),
    ),
    (
        "leads_to",
        re.compile(
            # "做几年之后通常会去咗边"
            r"(之后|以后|将来)[^，,。？?]{0,6}(去|转)(了|咗)(边|哪)|"
            # "做BD的最后都去哪了", "做编辑的后面一般都转去做什么了"
            r"(最后|后来|后面|到头来)[^，,。？?]{0,6}(都)?(去|转去|转)(做|干)?(了)?(哪|边|什么|啥)|"
            # "what's the path up", "where do traffic ops people end up", "社群运营的下一站"
            r"\bnext step up\b|\bpath up\b|"
            # "can user ops become a manager eventually": a rank above, not a job of ours
            r"\b(become|becoming|be promoted to|get promoted to|make it to|rise to|move up to) (an? |the )?(manager|director|team lead|head|boss|supervisor|vp|senior)\b(?! (of|in|at) )|\bclimb(s|ing)?\b|\bwhere (do|does|did|will|would) [\w' -]{1,40} end up\b|下一站|"
            r"\bcareer path\b|\bcareer ladder\b|\bwhere (does|can) (it|this|that|.{2,30}) lead\b|\bwhat comes next\b|\bnext step in (my|the) career"
            r"|\bpromot(ed|ion path)\b|\bmove up\b|\blevel up\b|\bwhat can i become\b|\bexit opportunit|\bafter (a few|some|\d+) years\b|\blater on\b|\bceiling\b"
            r"|\bcareers? leads? to\b|\bleads? to (what|where)\b|\bcareer[- ]wise\b|晋升(路线|路径|通道|空间|机制)?|升职|往上走|往哪走|往哪里走|往哪发展|往哪里发展|能往哪|可以往哪|发展去边|发展去哪|去边度发展|往哪个方向|发展方向|职业发展(路径|路线|方向|规划)?|发展路径|职业路径|以后能做|以后可以做|之后能做|之后可以转|能转去哪|可以转去哪|(可以|能)转什么|几年后|天花板|上升空间|出口|出路(在哪|是什么|有哪些|(在|喺)边)|往(什么|啥|哪个|哪些)方向(发展|走|转)|(有|还有)(什么|哪些|啥)出路|升去|可以升|能升到|(往上|还能|能)升(到|去)?(什么|啥|哪|多高)|职业路径|职业发展路径|(职业)?发展路线|晋升路线|职业路线"
            r"|(能|可以)(干|做|升|爬|走)到(什么|哪)|(能|可以)升(成|做)(什么|啥|哪)|(?<!want to )(?<!wanna )(?<!hope to )(?<!like to )(?<!plan to )\bend up (in|as)\b|\blead in (\d+|a few|five|ten)"
            r"|(之后|以后|将来).{0,6}(点发展|会去哪|去哪(?!个城市|座城|个地方)|去边)|点样发展"
            r"|\bmove on to\b|\blater in (their|my|your|the|one's) careers?\b"
            r"|\bwhat (do|does|did|will|would|can) [\w ]{1,30}?\bend up (doing|becoming|working as)\b"
            r"|\blead (on )?(to|into) (some ?thing|any ?thing) (bigger|better|else|more)\b"
            r"|\bcareer (go|goes|progression|progress)\b|\bwhere can (this|that|it|the) (job|role) take\b"
            r"|\bwhat(?:'| )?s next after\b|\bwhat comes after\b|\bgo (next|from there|from here)\b|\bwhat(?:'| )?s? (is )?(the )?next step\b(?! (to|for|in getting) )"
            r"|(以后|之后|将来)(能|可以)去?(干|做)(啥|什么|嘛|些什么)|再往上|往上(是|还有|能)|职涯"
            r"|下一步(可以|能|该|要)?(去哪|往哪|(去|转)(做|干)?(什么|啥|嘛|哪))"
            # "what can it lead to", "exit path", "运营干到头是啥", "做几年以后的后路"
            r"|\bwhat (can|could|does|will) (it|this|that) lead to\b|\bexit (path|route|option)s?\b"
            r"|(干|做)到头|后路|(能|可以)转(去)?(做|干)(啥|什么|咩|乜)"
            # "做编辑之后通常会转去什么岗位": what one moves on to, no goal named
            r"|(之后|以后|将来)[^，,。？?]{0,8}(转|跳|去)(去|到)?(什么|啥|哪个|哪些|哪种)(岗位|职位|工作|方向|位置)"
        ),
    ),
    (
        "measured",
        re.compile(
            # "what would I be looking at every day numbers-wise", "metrics-wise"
            r"\b(numbers|metrics|kpis?|data)[- ]wise\b|"
            # "做商城運營，老細會睇啲咩數？": which numbers the boss looks at
            r"(老板|老细|上司|主管|领导)[^，,。？?]{0,4}(会)?(睇|看)(啲|些)?(什么|咩|啥|哪些)(数|数字|数据)|"
            # "主管每个月看的是哪几个数字", "睇的数字一不一样", "表现好不好，是怎么被看出来的",
            # "交出什么成绩", "市场部的人怎样证明自己有用", "表现是用什么来评估的"
            # "天天都要盯留存、活跃这些数据", "都要睇埋sales数字", "老板要怎么知道行销有没有用"
            r"(是不是|是否|系咪)[^，,。？?]{0,6}要(看|睇|盯)(埋)?[^，,。？?]{0,10}(数字|数据|指标|kpi|销量)"
            r"|都要(看|睇)埋[^，,。？?]{0,10}(数字|数据|指标|kpi|销量)|怎么知道[^，,。？?]{0,10}(有没有用|有没有效|做得好)|"
            r"(看|睇)的?(是)?(哪几个|哪些|什么|啥|哪个)(数字|数据|数|指标|kpi|表现|成绩)|(看|睇)的(数字|数据|指标)|表现(好不好|好坏|点样|怎么样)|表现(是|系)?(怎么|怎样|如何)(评|算|衡量|考核|看)|交出?(什么|啥|哪些)(成绩|结果)|证明(自己|他|她|佢)?(有用|的价值|有价值)|什么来(评估|衡量|考核|评价|判断)|(用|以|按)(什么|哪些|啥)(标准|指标)|"
            # "how is a feed ads optimizer scored", "what would make her look good at year-end", "老板拿什么
            # 数据来问我", "年底述职要讲哪些成绩"
            r"\bscored\b|\bwhat gets tracked\b|\b(had|has|have) a (good|bad|great) year\b|\blooks? good at (year[- ]end|review|the end)|\bwhether [\w' -]{1,40} did (well|its job|their job|a good job|ok)\b|\bjudge[sd]? (her|him|them|you|me|people|us) on\b|(拿|用)(什么|啥|哪些)(数据|数字|指标|成绩)|述职|年终(总结|考评)|年底(考评|评估|考核)|"
            # "brand manager嘅perfomance點評？睇sales定睇咩", "怎麼評斷他做得好不好"
            # "產品運營要對哪些數字負責", "怎么评价一个产品运营干得好不好", "KIP" (a typo of KPI)
            r"(怎么|如何)评价[^，,。？?]{0,12}(好不好|好坏)|\bkip\b|(怎么|如何)算(业绩|绩效|kpi)|"
            # "老板看啥数来判断他干得好不好"
            # "PR 通常俾人點評核？": Hong Kong's 評核 (appraisal)
            r"(点|点样|怎么|如何|怎样)(去)?评核|评核(标准|指标|准则)|"
            r"(干|做)(得|的)(好不好|好坏|怎么样|咋样)|判断[^，,。？?]{0,8}(好不好|好坏)|"
            r"对(哪些|什么|啥)(数字|数据|指标|结果)负责|"
            # "成效是怎麼被評估的", "點計表現好唔好"
            r"(成效|表现|绩效|效果)[^，,。？?]{0,4}(怎么|如何|怎样|点样|点)[^，,。？?]{0,4}(评估|计|算|衡量)"
            # "用戶營運是看數據的？": judged by the numbers
            r"|(是|要|都|就)看数据(的|吗|嘛)"
            # "她的表現平常是看什麼在算的", "绩效靠啥"
            r"|(成效|表现|绩效)[^，,。？?]{0,6}(看|睇|用|靠|拿)(什么|啥|咩|哪些|乜)"
            r"|(点|怎么|如何)计(表现|成效|绩效)|(点样|点|怎么|如何|怎样)计\s*(performance|kpi)|"
            r"(?<![a-z])perf[a-z]{0,2}mance\s*(点评|点计|怎么评|如何评|怎么看)|(看|睇)(sales|销量|业绩|数字)(定|还是)"
            r"|(怎么|如何|怎样|点样|点)(评断|判断)[^，,。？?]{0,8}(好不好|好坏|成败)|"
            r"\bkpis?\b|\bmeasured\b|\bmeasure[sd]?\b|\bjudged\b|\bevaluated\b|\bassessed\b|\bmetrics?\b|\bperformance review\b|\bperformance (is |gets |get )?(reviewed|rated|evaluated|assessed|judged)\b|\bsuccess (look|mean)"
            r"|\bjudged? (you |them |people |us )?on\b|\bjudged? (if|whether|how)\b|\bdoing (a good job|well)\b|\b(what|which) (numbers|figures|metrics|data)\b|\bgoals? (are|is)\b|\bokrs?\b|(?<!realistic )(?<!reasonable )(?<!good )(?<!my )(?<!smarter )(?<!better )(?<!safer )(?<!easier )\btargets?\b"
            r"|\bhow (do|does|would|will) (they|you|companies|bosses|managers|people|the company) (judge|evaluate|assess)\b"
            r"|\baccountable for\b|\bknow (whether|if) [\w ]{1,40} (worked|works|succeeded|went well|is working)\b"
            r"|\bknow (whether|if) [\w ]{1,30} (did|does|do|is doing|are doing) (well|a good job|good)\b"
            r"|\bwhat will (my|the|their) (boss|manager|lead) look at\b"
            r"|\b(i'?m|i am|am i|if i'?m|you'?re|they'?re) doing (ok|okay|fine|alright|well)\b"
            r"|(怎么|怎样|如何|点样|点先)(才)?(算|叫)(是)?(做得|做的)?(好|成功|合格|达标|做得好|做得出色)|(看|负责|背|追|冲|盯)[^，,。？?\s]{1,6}(量|数|率)(还是|定|或者?|和|跟)[^，,。？?\s]{1,6}(量|数|率)"
            r"|怎么判断(做得)?(好不好|好坏|成不成功|成功)|(怎么|如何|怎样|点)知道[^，,。？?]{0,10}(有没有|有冇)(在)?(做事|干活|做嘢|认真)|做得好不好|做得怎么样|考核|考绩|指标|kpi|衡量|(盯|看|关注)(哪些|什么|啲咩|咩|啥)(数据|数字|数|成效|效果|结果)|绩效|看什么数据|背什么指标|背什么数|背kpi|怎么评估|评价标准|目标是什么"
        ),
    ),
    (
        "sits",
        re.compile(
            # "is PR usually inside the marketing department or separate", "trade marketing系属边边"
            r"\b(inside|within|under|in) (the )?[\w ]{1,25}\b(department|dept|team)s? or (is it |are they |it's |its )?(a )?separate\b|属(于)?(边|哪)(边|一边)|"
            # "咁GTM屬於邊隊", "a sub-team of brand or its own department?", "which team am I
            # actually in?", "is SEO marketing or ops"
            r"(属于|归)(边|哪)(个|一)?(队|组|部)|\bsub-?teams? of\b|\bits own (department|dept|team)\b|"
            r"\bwhich (team|department|dept) (am i|are we|are you|is (he|she|it|this|that)|are they) (actually |really |even )?(in|under)\b|"
            r"^\W*(is|are) (?![\w/ ]*\b(part|under|inside|within|in)\b)[\w/ ]{2,20} (marketing|ops|operations|brand|sales|pr) or (marketing|ops|operations|brand|sales|pr)\W*$|"
            # "is it more of an ops role or a marketing one?"
            r"\b(is|are) (it|that|this|they|the job) (more of )?an? (ops|operations|marketing|brand"
            r"|sales|pr|product|tech|growth|content|business) (role|job|thing|position) or an? \w+|"
            # "so which side is trade marketing on"
            r"\bwhich side (is|are) [\w ]{1,30} on\b|"
            # "品牌部是不是市场部下面的", "品牌部係咪市場部底下嘅？", "新媒体部是市场部旗下的吗"
            r"(是不是|系咪|是否|是)[^，,。？?]{1,10}(下面|底下|旗下|之下)的?\s*(吗|嘛|么|吧)?\s*[?？]?\s*$|"
            # "佢份工算系市场部定销售部", "是不是属于销售那边"
            r"属于[^，,。？?\s]{1,8}(吗|嘛|么)|属于\s?[a-z][a-z ]{1,20}\s?(吗|嘛|么|㗎|架|嘅)|(?<![活事我己])算(是|系)\s?[a-z\u4e00-\u9fff]{1,10}\s?(定|还是)\s?[a-z\u4e00-\u9fff]{1,10}\s*($|[?？])|(系咪|是不是|是否)属(于)?\s?[^，,。？?]{1,12}($|[?？])|"
            # "new media dept under marketing or ops ga"
            r"\bunder (the )?[\w ]{1,20} or (the )?[\w ]{1,20}\b|算(是|系)?[^，,。？?\s]{1,8}(部|团队|那边)定[^，,。？?\s]{1,8}(部|团队|那边)|属于[^，,。？?\s]{1,8}那边|"
            # "is it on the marketing side or the operations side", "算哪个部门的"
            r"\bon the [\w ]{2,20} side or (on )?the [\w ]{2,20} side\b|算(是)?(哪个|什么)部门|\breporting (in)?to\b|\breports? (straight |directly )?(in)?to\b|"
            # "上司通常系边个", "跟边个report", "属边层", "属于推广嗰边定运营嗰边"
            r"(上司|主管|领导)(通常|一般)?(是|系)?(哪个|谁|边个)|(跟|向|对)(哪个|谁|边个)\s*report|属(边|哪)(层|一层)|上面(仲|还)?有(没有|冇)?人管|(那边|嗰边)(定|还是)[^，,。？?]{1,10}(那边|嗰边)|"
            # "who's usually their manager", "does it hang under marketing planning", "结果交给谁",
            # "在市场部里面还是销售部里面"
            r"\bwho(?:'s| is) (usually |normally |typically )?(their|his|her|its) (manager|boss|lead|supervisor)\b|\bhangs? under\b|\b(sits|sitting|belongs) (under|inside|within)\b|(结果|成果|报告)(交|给|报)给?谁|给谁干活|在[^，,。？?\s]{1,8}(里面|里)还是|"
            r"\bwhere (would|should|will|might|could) (an? |the )?[\w' -]{1,30} (sit|belong|fit|report)\b"
            # "where does the new media department usually report?"
            r"|\bwhere (does|do|did) (an? |the )?[\w' -]{1,30} (usually |normally |typically )?report\b"
            # "公关不就是品牌部的一部分吗", "是推广的一种吗", "是市场部底下的吗", "isn't PR just a
            # branch of the brand team"
            r"|(是|算)[^，,。？?\s]{1,10}的(一部分|一环|一種|一种|一个分支|分支|下属)(吗|嘛|么|吧)?"
            r"|(是|在|算)[^，,。？?\s]{1,10}(底下|下面|之下)的?(吗|嘛|么|吧)"
            # "点解有啲公司会摆落运营嗰边": why it is put on one side (the folded form)
            r"|(摆|放|挂|划)(落|喺|在|到)[^，,。？?\s]{1,10}(那边|这边|嗰边|呢边|下面|底下|之下)"
            # "at my place the ASO guy sits in marketing though"
            r"|\b(sits?|sitting|is|are) (in|under|with) (the )?(marketing|ops|operations|brand|sales"
            r"|pr|product|growth|tech)( (team|department|dept|side))?\b(?! (and|or)\b)[^?]{0,20}"
            r"\b(though|not|instead|rather)\b"
            r"|\b(just )?(a|one) (branch|part|subset|sub-team|arm|division|wing) of (the |a |an )?\w"
            # "so trade marketing is part of the army side?", "trade marketing 不是市場部的嗎",
            # "怎麼會算陸軍"
            r"|\bpart of the [\w ]{2,20} side\b|不是[^，,。？?\s]{1,8}(部|部门|团队)的(吗|嘛|么|咩)"
            # "那网推部归市场部？", "咁呢個位應該放喺marketing定operations底下？"
            r"|(?<![这那])归[^，,。？?谁\s]{1,10}(吗|吧|嘛|么|呀|啊|咩)?\s*[？?]?\s*$"
            r"|(放|摆)(喺|系|在)[^，,。？?]{1,24}(底下|下面|之下)"
            r"|(怎么|为什么|为啥|点解)(会)?(算|是|属于)(陆军|空军)"
            # "so trade marketing counts as army too?", "is PR air force or army?"
            r"|\bcounts? as (the )?(army|air force|ground force)\b"
            # (from the side's word on, which is where the choice offered starts)
            r"|(?<=\s)(the )?(air force|army)( side)? or\b|(算|是|属于)(陆军|空军)(吗|吧|嘛|还是)"
            # "does that live under marketing or under operations", "does SEO sit in marketing or
            # ops", "is community operations under user operations"
            r"|\b(sits?|lives?|belongs?|falls?) (in|under|within|inside) [\w ]{1,25} or\b|\blives? under\b"
            # "被放在行銷部，還是自己一個部門", "GTM團隊…擺喺邊"
            r"|(还是|或是|或者)(自己|独立|单独)(一个|成)?(部门|团队|单位)|(摆|放)(在)?(边|边度)(?![a-z\u4e00-\u9fff])"
            # "does the brand manager sit above the media team", "sitting off to the side"
            r"|\bsits? (above|below|next to|beside|alongside)\b|\b(sitting|sits?) (off )?(to|on) the side\b"
            # "社群运营算不算用户运营的一部分", "划给新媒体部还是运营部", "是不是归品牌部管的"
            r"|(算不算|是不是|算是)[^，,。？?]{1,20}的(一部分|一环)|划(给|到|归)[^，,。？?\s]{1,10}还是"
            r"|(也|都)?算[^，,。？?]{1,12}的一种|是(?!哪|谁|什么|边个)[^，,。？?\s]{1,8}在管|算[^，,。？?\s]{1,6}不算"
            r"|归[^，,？? ]{1,8}管的"
            # "那公关部算哪边的"
            r"|(算|属于|归|是)哪(一)?边"
            r"|^\W*(is|are) [\w -]{2,40} under (the )?[\w -]{2,30}\W*$"
            # "so trade marketing is on the army side?"
            r"|\b(is|are) (on|in) the [\w -]{2,20} side\W*$"
            # "通常擺喺邊個部門下面", "直接跟CEO報告，還是在行銷部底下"
            r"|(摆|放|归)(喺|在)?(哪个|哪|什么)(部门|团队)|(跟|向|对)\s*(ceo|老板|总经理|cmo|vp)\s*(报告|汇报)"
            r"|在[^，,。？?]{1,8}(底下|之下)(吗|嘛|么)?\s*[?？]?\s*$"
            # "定係獨立一個部門"
            r"|(独立|单独)(一个|的)?(部门|团队)"
            # "SEO/SEM運營係咪屬於市場部", "這個崗在組織裡的哪裡"
            r"|(是不是|是否|系咪)属于[^，,。？?]{1,8}(部|部门|团队)|在(组织|公司|架构)(里|中)的?(哪里|哪|什么位置)"
            # "媒介这个岗在整个营销中心里算什么位置"
            # (in a company, not "在搜索结果中处于什么位置")
            r"|在[^，,。？?]{0,8}(部|中心|公司|团队|体系|架构|组织|集团|厂)(里|中|里面)"
            r"(算|是|处于|属于)(个|一个)?(什么|啥|哪个)(位置|层级|级别)"
            r"|\bwho(?: ?'?s| is| sits) (right )?(above|over) (a |an |the )?\w"
            r"|\b(its|their) own (dept|department|unit) or\b|\bpart of something bigger\b"
            r"|\bor (its|their) own (thing|team|unit|department|dept)\b"
            r"|\b(usually|normally|typically) under (the )?(marketing|operations|ops|brand|pr|sales|product)\b"
            r"|\b(is|are) (it|that|this|they|[\w ]{1,30}) (a )?(separate|standalone|independent)"
            r" (department|dept|unit)\b"
            r"|(是|算|是不是|算不算)(一个)?(独立|单独)(的|出来的)?(部门|团队|单位)|自成一个?(部门|团队)"
            r"|\b(is|are) (that|it|this|they|those) (an? )?[\w ]{1,20} (job|role|position|thing)s? or (an? )?(marketing|operations|ops|brand|pr|sales|product|tech|engineering) (job|role|position|thing)s?\b"
            r"|是[^，,。？?\s]{1,10}还是[^，,。？?\s]{0,3}(市场|运营|品牌|公关|营销|销售|产品|技术|mkt|ops|pr)[^，,。？?\s]{0,3}的(岗|职位|工作|部门|人)|往哪放|放哪个部门|"
            r"\b(sits?|reports?|belongs?|placed|located) where\b"
            r"|\bwhere(?:'s| is| are| does| do)? (an? |the )?[\w -]{1,30} (sit |go |fit )?in (the |an? |a big |a typical |a large |the big )?([\w-]+ ){0,2}(org|orgs|organi[sz]ation|structure|hierarchy|org chart|company)\b"
            r"|\bwhich (dept|department|team|unit|division)s? (is|are|does|do) .{1,30}\b(part of|in|under|belong)\b"
            r"|\bpart of (ops|operations|marketing|brand|pr|sales|product) or\b"
            # "we have a marketing center and a sales department. which one would the media
            # buyer be in?"
            rf"|{_IN_WHICH_ONE}"
            # "so trade marketing counts as army too?"
            r"|\bcounts? as (the )?(air force|army)\b"
            # (any two names of one or two words, mistyped ones too: "is the new media team part
            # of markting or ops", "is SEO/SEM part of new media or promotion")
            r"|\bpart of (the )?[a-z]{3,15}( [a-z]{2,15})? or (the )?(?!not\b)[a-z]{3,15}"
            r"( [a-z]{2,15})?"
            r"\s*\??\s*$"
            r"|\bwhich (teams?|departments?|depts?|groups?|roles?) (sit|are|fall) (under|in|inside|within) (it|them|this|that|there)\b"
            r"|\bwhich (department|dept|team) owns\b[^?]{0,30}\?\s*(\w+, )+"
            r"|\b(is|are) (it|that|this|they|(that|this|the) (team|dept|department|role|job)) (in|under|part of) [\w ]{1,20} or (in |under )?[\w ]{1,20}\s*\??\s*$"
            r"|\bunder (the )?(brand|marketing|ops|operations|pr|sales|product)( (team|dept|department))?\s*\?"
            r"|(?<!投)放在?哪(?!些)|放在[^，,。？?\s]{1,10}(还是|下面|底下|里面|下)|(归|在)[^，,。？?\s]{1,8}还是[^，,。？?\s]{1,8}(下面|底下|下)|(下面|底下)(吗|嘛|么)"
            r"|\breports? to\b|\breports? (up|into)\b|\bplaced in (the |an? )?(org|organi[sz]ation|company|structure|hierarchy)\b|\banswers? to\b(?! (the|a|this|that|my|your) (question|email))|\breporting line\b|\bwhere (does|do) .{1,30} report\b|\bwho(?:'s| is) .{0,25}boss\b|\bunder which\b|\bwhere (does|do|is) .{0,40}\b(sit|belong|fit)\b"
            r"|\b(teams?|departments?|depts?|groups?|what|who) (usually |normally |typically )?(sit|are|belong) (usually |normally |typically )?(inside|under|within) (a |an |the )?[\w ]{0,20}\b(department|dept|team)s?\b"
            r"|下面(一般|通常)?(分|有|包括)(哪|几|什么)|下设(哪|几|什么)"
            # "销售部在整个营销体系里算哪一块，上面是谁"
            r"|(上面|上头|头上)(是|归)谁|(算|属于|是)(哪一块|哪块|哪个板块|哪一部分)"
            r"|\bwhich department (is|are) .{0,30}\b(in|under)\b|\bpart of (the )?(marketing|operations|brand)\b|\borg chart\b|\bbelongs? to\b"
            r"|\b(is|are) (the |a |an )?[\w ]{0,20}\b(team|department|dept)s? (normally |usually |typically |always )?under (the )?(marketing|operations|brand|pr|sales|product)\b"
            r"|归[^，,？? ]{1,8}(吗|嘛|么)|属于[^，,。？?\s]{1,8}管|(是|由)(谁|哪个)(来)?管(?!理)|(该|应该|到底)归谁|(属|属于)(哪个|哪一个|哪)(部门|单位|团队)(管)?|report\s*(俾|畀|给)|(报告|汇报)(俾|畀|给)|汇报|归属|属于哪|隶属|归哪|在哪个部门|(在|放在)(组织|架构|公司)(里|中|内)?(放)?在?哪|(在)?(组织|架构|公司)(里|中|内)的?位置|(在|处于)[^，,。？?\s]{0,4}(公司|组织|架构|部门)[^，,。？?\s]{0,6}(什么|哪个)位置|(公司|组织|架构|部门)(里|中|内)?(处于|在)(什么|哪个)位置|挂在|上级|老板是谁|向谁|组织架构|架构里|在公司里的位置|放在哪个部门"
            r"|\b(counted|considered|classed|classified|count|seen) as\b[^?]{1,30}\bor\b"
            # "is BD part of the sales department" (not "the GR part of PR": a part of it)
            r"|(?<!the \w\w )(?<!the \w\w\w )(?<!the \w\w\w\w )(?<!which )"
            r"\bpart of (the )?(ops|pr|sales|promotion|new media)\b"
            # "who would her boss be, which department?", "which dept should this person sit in",
            # "PR通常係邊個部門管", "其實佢係邊個部門㗎", "歸市場部管，正常嗎", "算不算銷售",
            # "活動營運是營運部的還是行銷部的"
            r"|\bwho (would|will|is|s) (be )?(their|his|her|its|the) (boss|manager|supervisor)\b|\bwho would (their|his|her|its) (boss|manager|supervisor) be\b"
            r"|\bwhich (dept|department|team)s? (should|would|does|do|will|could) [\w ]{1,30} (sit|be|go|belong|report)\b"
            r"|(哪个|哪一个|边个|什么)部门(来)?管(?!理)|(是|系|属)(哪个|边个|哪一个)部门(?!(做|负责|干|来|在|去|搞|处理|管理|对接|的人))"
            r"|归[^，,？?\s]{1,8}管(?!理|的)|算不算(是)?(销售|市场|运营|营销|品牌|公关|推广|产品|技术|sales|marketing)"
            # "编辑这个岗位在互联网公司算运营吗"
            r"|算(是)?(销售|市场|运营|营销|品牌|公关|推广|产品|技术)(部|的)?(吗|嘛|么)"
            r"|(是|属|归)[^，,。？?\s]{1,8}(部|团队|中心)的?还是[^，,。？?\s]{1,8}(部|团队|中心)"
            r"|\b(is|are|sits?|falls?|goes|go) .{0,30}\bunder (the )?(marketing|operations|brand|pr|sales|product)\b[^?]{0,12} or\b"
            r"|向.{1,12}(报告|汇报)|(跟|向|给)谁(报告|汇报)|(报告|汇报)给谁|报给谁|什么层级|哪个层级|地位|话语权|(多大|有没有|有多少|多少)的?(权力|权限|决定权)|上下级|谁管谁|归谁管|下属|平级|(属于|归|隶属于?|挂在|算是?|报给)[^，,？?]{1,10}还是"
            # "那產品營運是站哪一邊", "does that usually sit with marketing or with ops?", "then PR
            # sit inside which one?", "wher does PR sit in the org chrt"
            r"|站(在)?(哪一边|哪边|哪一方|边一边|边边)|\bsits? (with|inside|within)\b"
            # "媒介岗同公關岗 其實係咪都屬於營銷中心"
            r"|(是不是|是否|系咪)(都|也)?属于"
            r"|\bsits? in (the |an? |our |their )?(org|organi[sz]ation|company)\b"
        ),
    ),
    (
        "skills",
        re.compile(
            # "做BD要乜嘢底？靠口才定靠人脉？"
            r"要(什么|乜嘢|咩|啥)底|(靠|要)口才|"
            # "想做新媒體，一定要會剪片嗎"
            r"(一定|必须|必需|非得)(要)?(会|懂|识)[^，,。？?]{1,8}(吗|嘛|么|不)|"
            # "要先會畫原型圖嗎？", "需要懂数据分析吗": a skill named, asked whether it is needed
            r"(需要|要|得)(提前|先)(会|懂|识|学会?)[^，,。？?]{1,10}(吗|嘛|么|不)|(需要|得)(会|懂|识)[^，,。？?]{1,10}(吗|嘛|么)|(提前|先|需要|得)学(点|些)?(啥|什么|哪些|咩)|"
            # "會寫代碼有優勢嗎", "what background should I screen CVs for?"
            r"(会|懂|识)[^，,。？?]{1,8}(有|有没有|算不算)(优势|加分)|"
            # "我写文章其实还可以 这算优势吗": what one is good at, weighed as an asset
            r"(这|这个|这些|那|那个)(也)?(算|算不算|算是)(一个|个)?(优势|加分项?)|\b(what|which) (kind of )?background\b|"
            # "what's he expected to be able to do", "得先把什么练熟"
            # "要讀啲咩先追得上", "那我该读点什么" (not a major or a school, 读什么专业, nor the way
            # in: "要讀咩先入到去")
            # "需要提前会点什么", "入行要識啲咩"
            rf"{_MUST_KNOW}|"
            r"(要|该|需要|得|应该)(先)?读(啲|些|点)?(什么|啥|哪些)(?!专业|学校|大学|研)(?![^，,。？?]{0,3}(入|进))|"
            # "what would i be missing", "要转的话我最缺的是啥": what the person lacks
            r"\bwhat (would|will|do|am) i (be )?(missing|lacking|lack)\b|(最|还)缺(的是)?(什么|啥|哪些|咩)|"
            # "缺啥", "那我缺什么": said bare, what the person lacks
            r"(^|我|自己|那)\s*缺(点|些)?(什么|啥|哪些|咩|乜)|"
            # "市场部一般招人看重什么", "面试最看重啥": what those hiring look for
            r"(招人|招聘|面试|用人|hr|老板)[^，,。？?]{0,6}(最)?看重(什么|啥|哪些|咩|乜)|"
            # "what do recruiters look for", "what are hiring managers looking for"
            r"\bwhat (do|does|would|will|are|is) (the )?(recruiters?|hiring managers?|employers?|hr|interviewers?"
            r"|companies|they|bosses) (usually |really |actually )?(look|looking|screen|screening) for\b|"
            r"\bexpected to be able to\b|练熟|(先|要|得)练(什么|啥|哪些)|"
            r"\bwhat (should|do|would|must) i (need to )?pick up\b|\bpick up first\b|"
            r"\bdo (i|you|we) need (coding|programming|a degree|[\w]+ skills|experience) for\b|(?<![a-z])skills?\b"
            r"|\babilities\b|\bneed to have\b"
            # "do I need photoshop for that?", "咁要讀咩course好？", "要先去上什麼課嗎"
            r"|\bdo (i|you|we|they|he|she) (really |even |also |still )?need (?!to )(an? )?[\w+#.-]+( [\w+#.-]+)? (for|to do|in) (that|it|this|the job|the role|them|those)\b"
            r"|(读|上|修|报|考)(什么|咩|乜|哪些|啲咩|乜嘢|啥|哪种|边种|边啲)(课|课程|course|证|证书|cert)|要不要(先)?(去)?(上|读|报)(课|班|course)"
            # "ASO运营得懂哪些东西"
            r"|(得|要|需要|必须)懂(哪些|什么|啥|些什么|点什么|点啥)"
            # "那要先学点啥", "要先學會什麼"
            r"|(要|该|需要|得)(先)?学(点|些|会|一下|啲)?(啥|什么|哪些)|\bskill ?sets?\b|\bexpect (me|you|us|candidates|applicants|people|someone) to (know|have|bring)\b|\b(do|does|would|will|should) (i|you|we|they|he|she) (need|have) to (learn|know|study|draw|write|master|be (good|able|fluent))\b|\bwhat makes (a|an) (good|great|strong)\b|\bneed to know\b|\bwhat do i need\b|\bneed to (learn|study|pick up)\b|\blearn first\b|\brequirements?\b|\bqualif|(?<!look )(?<!looks )(?<!'d be )(?<!i'm )(?<!i am )(?<!im )\bgood at\b|\bwhat to learn\b|\b(should|must|do|can) (i|you|we) (learn|study|brush up on|practi[sc]e)\b(?! (abroad|a lot|overseas|in ))|\blearn (before|ahead of) (applying|interviewing|i apply)\b|\bcompetenc|\btraits?\b|\bsuited\b|\bsuit me\b|\bpersonality\b"
            r"|\bintroverts?\b|\bextroverts?\b|\bintroverted\b|\bextroverted\b"
            # "what tools does user ops use", "is brand manager more creative or analytical",
            # "what kind of person does well in PR"
            r"|\b(what|which) (tools|software|softwares|programs)\b|\b(creative|analytical) or (creative|analytical)\b"
            r"|\b(what|which) (kind|sort|type) of (person|people)( \w+)? (does|do) well\b"
            # "what should a product ops person know?", "skillz", "得会哪些后台", "需要很会砍价吗"
            r"|\bwhat should (a|an|the) [\w ]{1,30}\bknow\b|\bskillz\b"
            # "what should I start learning first for that switch", "想去用户运营的话要补啥"
            r"|\b(start|begin) (learning|studying)\b|\bwhat should i (start |begin )?(learning|studying)\b"
            r"|要补(?!贴|助|偿|票|课|货|充|交|办|发|考|录)|补(什么|啥|点啥|些啥|哪些|哪方面)"
            # "咁我要先補啲咩？", "那她要先補強什麼？"
            r"|(要|得|需要)先补(?!贴|助|偿|票|课|货|充|交|办|发|考|录)|补(啲咩|啲乜|乜嘢|咩)|补强"
            r"|得会|要会哪些|会哪些(工具|软件|后台)|需要很会|要很会"
            r"|能力|技能|本事|本领|使不使识|要不要识|需不需要识|(?<!招聘)要求(?![里上中]写)|需要会|要会|要懂|需要懂|要掌握|需要掌握|掌握什么|掌握哪些|要识|识啲咩|识咩|要学|学什么|学点什么|学些什么|学哪些|素质|特质|适合什么人|什么样的人|需要什么|要具备|擅长"
            r"|适合.{0,8}(的人|性格)|内向|外向|i人|e人"
        ),
    ),
    (
        "does",
        re.compile(
            r"\bwhat(?:'s| is| are) (the |a |an )?[\w' -]{1,40}(focus|main job|core job|purpose|mission)\b|"
            # "sales department at a consumer electronics company, is it just selling to shops?":
            # what it does, guessed at
            r"\b(is it|are they|is that team|is that department) (just|only|mostly|basically|all) "
            r"(about )?(?!(marketing|branding|advertising|planning|pricing|merchandising)\b)"
            r"[a-z]+ing\b|"
            # "she haggles with suppliers all day… is that really part of it?": work told, asked
            # whether it is the job's
            r"\b(is|are) (that|this|those|these) (really |actually |also |even |normally )?(a )?"
            rf"(normal |usual )?{PART_OF_THE_JOB}\b|"
            r"\bwhat (exactly |actually |really |even |precisely |else )?(does|do|did) .{1,60}\b(do(?! (my|i|you|we|they|the|it|people)\b)|handle|involve|produce|deliver)\b|\bday[- ]to[- ]day\b|\bdaily\b|\bresponsib|\bduties\b|\bwhat is .{1,30} (job|role) like\b|\bday in the life\b|\b(job|work|role) scope\b|\bscope of (the |this |that |a )?(job|work|role)\b"
            r"|做什么|干什么|干嘛|负责什么|做些什么|是做什么|工作内容|职责|负责哪些|日常|每天|做咩|做乜|负责啥|干啥|做啥|干些(什么|啥)|做些啥|(干|做)点(啥|什么|啥子)(?!准备|来|吧)|忙些(什么|啥)|在忙[^，,。？?]{0,6}(什么|啥|哪些)"
            r"|一天到晚(都)?在?(干|做|忙)"
            # "品牌部是不是整天都在想slogan跟拍廣告而已": its days, guessed at
            r"|(整天|天天|成日)(都)?(在|喺)(想|做|搞|写|拍|跑|陪|忙|弄|聊|回)[^，,。？?]{1,24}(而已|就好|咩|吗|嘛)"
            # Cantonese "做啲咩" (what does it do); "what will she actually be doing there?"
            r"|(做|干)啲(什么|乜|咩|嘢)"
            r"|\bwhat (will|would|does|do|is|are) (she|he|they|i|you|we) (actually |really |even )?"
            r"(be )?doing\b"
            # "what would she do all day", "what's a typical day", "so what's her day like"
            r"|\bwhat (exactly |actually |really )?(would|will) (?!you\b)[\w' ]{1,40}\bdo\b(?! (if|to|about|next|now|instead)\b)"
            r"|\btypical (day|week|workday)\b|\b(their|her|his|my|your|a) (typical |normal |usual )?(work ?)?day (look |looks |is )?like\b"
            # "what is a GTM team actually supposed to do"
            r"|\bwhat (is|are|was|were) .{1,60}\b(supposed|meant|expected) to (do|be doing)\b"
            r"|(主要|的)产出|产出(些|一些)?(什么|啥|咩)"
            # "品牌經理在快消公司裡是什麼角色": the part a job plays
            # (not "互联网公司的市场部是什么角色": how a kind of company is arranged)
            r"|(在|喺)(?!公司(里|中|内))[^，,。？?]{1,12}(里|中|里面|内|入面)?(是|扮演|担任|算)(一个)?(什么|啥|咩|怎样的|怎么样的)(样的)?角色"
            r"|\bwhat (part|role) does .{1,40} play\b"
            # "the sales dept at hardware companies, what's their actual job?"
            r"|\bwhat(?:'| i| )?s (their|its|his|her) (actual |real |main |day )?job\b"
            # "社群运营系咪即系管WhatsApp group咁简单": is the job only that
            r"|(是|系)[^，,。？?]{1,24}(这么|那么|咁)简单"
            # "说白了是不是就是打杂跑腿的": is the job only that, said as what one does
            r"|(是不是|是否|系咪)(就|只|即)是[^，,。？?\s]{1,8}(的|而已)\s*[?？]?\s*$"
            rf"|{DOES_IT_ALL}"
            # "那底下一般會再分成哪幾組？": the teams it holds, what it is made of
            r"|(底下|下头|旗下)[^，,。？?\s]{0,6}(分|有|包括|设)(成|为)?(哪|几|什么)"
        ),
    ),
    (
        # Who is asking, more than what: only when nothing else is asked ("新人一枚，品牌经理平常
        # 都在干嘛" asks what the job does).
        "get_in",
        re.compile(
            # "大二学生…现在能做点什么准备"
            r"(做|准备)(点|些|一些)?(什么|啥|哪些)准备|提前准备|(该|要|需要|应该)准备(些|点)?(什么|啥|哪些|咩)|"
            # "那我现在就能开始准备点啥"
            r"(开始|先)准备(些|点|啲)?(什么|啥|哪些|咩)|(该|要|需要|应该)准备啲(什么|啥|哪些|咩)|"
            # "投這個會不會直接被刷掉": screened out at the door
            r"(会不会|会)(直接)?被刷|"
            r"\bhow (does one|do i|do you|can i|can one|would i|to) (become|get to be) (an? )?\w"
            r"|\bway in(to)?\b|\bentry (path|point|route)s?\b|\bfoot in the door\b|\bcoming from zero\b"
            r"|\bentry[- ]level\b|\bfresh grad|\bnew grad|\bno experience\b|\bintern(ship)?\b|\bgraduate\b|\bjunior\b"
            r"|\bland(ing)? (their|my|your|a|the|one's) (first )?[\w ]{0,24}\b(job|role|position|gig)\b"
            r"|应届|没经验|没有经验|新人|入门|实习|校招|毕业|新鲜人|应征|应聘|投履历|投简历|履历"
            r"|怎么入行|怎样入行|如何入行|要怎么入行|踏入|零经验|怎么开始学|从哪(里)?开始"
            # "咁佢而家應該點準備先入到行"
            r"|入到行|(点|点样)准备"
            # "大學讀緊傳理…而家可以準備啲咩", "沒實習經驗 有辦法當小編嗎"
            r"|(现在|而家|目前|在学|在校)[^，,。？?]{0,4}(可以|能|应该|要)(先)?准备(啲|些|点)?(什么|啥|咩|乜|哪些)"
            r"|有办法(当|做|进|入|去)[^，,。？?]{1,10}(吗|嘛|么|不)"
            # "非说毕业要去做品牌 这条路好走吗": the way there, weighed by how hard it is
            r"|(这条|这个)路(好走|难走|好不好走|难不难走)"
        ),
    ),
    # Hours, overtime and stress: "做公关会不会很累", "is PR stressful", "how many hours do ops
    # people work". The articles say nothing of them. Last: in "大家说做信息流很累，优化师每天
    # 干什么" what the job does leads.
    (
        "workload",
        re.compile(
            # (glued to Chinese, where \b finds no edge: "好易burn out？成日要OT？")
            r"\bgets? home at\b|\b(work|working|works) (a lot of |on |most |every )?weekends\b|\blate nights\b|"
            r"\b(work|working|works|stay|staying|stays) (so |very |really )?late\b|\b(home|off) late\b|"
            r"(?<![a-z])burn ?out(?![a-z])|(?<![a-z])ot(?![a-z])|\bstressful\b|\bburn ?out\b|\bovertime\b|\bwork[- ]life balance\b|\bworkload\b"
            r"|\boverwork(ed|ing)?\b|\bhow (many|long) hours\b|\bhours (a|per) (day|week)\b|\blong hours\b|\b996\b"
            # "do they really work nine nine six", "do taobao store operators basically not sleep"
            r"|\bnine nine six\b|\b(not|never|barely|don'?t|doesn'?t|do not|does not|hardly) (get to )?sleep\b"
            # "is a media buyer busier than a brand manager?", "用户运营比内容运营轻松吗"
            r"|\bbusier\b|\b(more|less) (stressful|tiring|hectic|demanding|chill|relaxed|intense|busy)\b"
            # "do user ops people get to go home on time", "is brand manager chill"
            r"|\b(go|get|leave|be) (home )?on time\b|\b(is|are) [\w ]{1,25} (really |very |super |too |pretty )?(intense|chill|relaxed|laid[- ]back|cushy)\b"
            r"|比(?!如|方|例|赛|较)[^，,。？?]{1,8}(轻松|清闲|闲|忙)"
            # "are the hours always so long in this job?"
            r"|\bhours\b[^?.]{0,20}\b(so|too|that|really|very|always) long\b"
            r"|\b(is|are) (it|they|the job|this job|that job|[\w ]{1,20}) (very |really |super |too )?(tiring|exhausting|demanding|hectic)\b"
            r"|(会不会|会|是不是|累不累|很|太|好|非常)(很)?累|(都)?(这么|那么|咁)(累|辛苦|攰)|累不累|累吗|辛苦吗|辛不辛苦|(很|太|好|超|非常|几|咁|是不是)辛苦|加班|压力(大|很大|大不大|大吗)|压力(好|很|超|几|咁|非常|特别)大|(好|很|超|几|咁)大压力|工作强度|作息|996|过劳"
            r"|应酬|工作量|半夜(还|都)?在|日夜(盯|做|干)|熬夜|通宵"
            # "社群运营强度大不大", "做投放是不是很卷…顶不住", "公關是不是很爆肝", "哪個比較操"
            # (Taiwan: 操 is worn out; not 操作, 操盘), "盯到半夜", "能准点下班吗"
            r"|强度(大|高|很大|大不大|高不高|如何|怎么样)|(这|这个|这种|那种)强度|(很|太|好|超|更|最|比较|卷不|巨|特别|贼|超级)卷|卷(吗|不卷)|内卷|爆肝|\bcut-?throat\b|(很|太|好|超)肝"
            r"|(很|比较|超|好|太|会不会|是不是|这么|那么|咁)操(?!作|盘|心|刀|控|办|练|场|守|纵)|操不操"
            r"|(顶|扛|撑|熬)不住|吃不消|(到|盯到|忙到|干到|做到)半夜|半夜(也|还|都)?(得|要)"
            # "品牌部使唔使成日做到好夜": working till late at night (Cantonese 夜 is late)
            r"|(做|返|忙|搞|加班|开会)到(好|很|咁|几|超|这么|那么)?(夜|晚|凌晨)"
            r"|(周末|假日|假期|节假日|放假)[^，,。？?]{0,3}(要|需要|得|会|使唔使|用不用)?(上班|加班|返工|工作|开工)|轮班|倒班|值夜班|排班"
            r"|准点下班|准时下班|下班(晚|很晚|时间)|朝九晚五|双休|单休|大小周|(?<!帮)忙(不忙|吗|嘛)|(很|超|太|好)忙"
            # "產品運營係咪放咗工都要on call"
            r"|(?<![a-z])on[- ]?call(?![a-z])|随叫随到|(放(咗|了)?工|下(咗|了)?班)(都|也|还)(要|得)"
            r"|\bcrazy hours\b|\b(nights|evenings) and weekends\b|\b(spend|work|working) (their |my )?nights\b"
            # "which one has crazier hours?", "replying to comments at 11pm every night", "压力
            # 是不是特别大"
            r"|\b(crazier|worse|longer|saner|nicer|better) hours\b|\b(at|till|until) (1[0-2]|[89])\s?pm\b"
            r"|压力(是不是|会不会|会)(特别|很|超|好|非常)?大"
            # "insane hours before a launch", "brutal hours"
            r"|\b(insane|brutal|ridiculous|terrible|awful|killer|inhumane|long-ass) hours\b"
            # "lots of weekend work or pretty chill?", "媒介是不是很輕鬆": hard or easy, asked
            r"|\b(lots of|a lot of|much|any|more) weekend work\b|\bor (pretty |super |fairly |quite |more )?chill\b"
            r"|(是不是|会不会|是否)(很|比较|挺|蛮|超|都)?(轻松|清闲)(?!地|找|学|入|进|拿|上手)"
            r"|轻松(吗|嘛|么)|轻不轻松|清闲(吗|嘛|么)"
            r"|\b(insanely|crazy|crazily|ridiculously|super|so|too|always|extremely) busy\b"
            # "是不是下班後還要一直回群組訊息": work after hours
            r"|下班(后|以后|之后)(还|也|都)?(要|得|在)"
            # "行銷工時是不是很爆", "品牌部好像很涼" (Taiwan: an easy job; not 凉了, dying)
            r"|工时|(很|好|超|蛮|满|比较)凉(?!了|快)|凉缺|爽缺|\bon[- ]call\b|24\s*(小时|hours?)\s*(待命|on|standby)|\bstandby\b|不得闲|(特别|超级|巨)累|几点(下班|收工|放工)|\bwhat time do [\w ]{1,30} (leave|finish|get off)\b"
            r"|\b9[- ]?(to|-)[- ]?5\b|\bchill (job|role|gig)\b|\bhow busy\b|\bexhausting\b|\bburnt out\b"
            # "she works till 11 most nights", "never home before ten", "sleeping-in-the-office
            # crazy", "pulling all-nighters"
            r"|\b(work|works|working|worked|stay|stays|there) (till|until) (\d|late|midnight|ten|eleven|twelve)"
            # "he's at the office until 10pm most nights"
            r"|\b(at|in) (the )?(office|work) (till|until) (\d|late|midnight|ten|eleven|twelve)"
            r"|\bnever home (before|until|till)\b|\bsleep(ing)?[- ]in[- ]the[- ]office\b|\ball[- ]nighters?\b"
            r"|\b(crazy|insane|brutal) (during|around|before|in) (618|double 11|11\.11|launch|peak)"
        ),
    ),
)

# Searched only when one of their words is in the text (knowledge/text/quick.py).
_PATTERNS: tuple[tuple[Aspect, Quick], ...] = tuple((name, quick(p)) for name, p in _WRITTEN)

# Aspects the articles cover for no subject: the future of a job, a city's market, books and
# courses, a team's size, how long a move or a rise takes, hours and stress.
ALWAYS_GAPS: frozenset[Aspect] = frozenset(
    {"prospects", "market", "resources", "size", "duration", "workload"}
)
NAMED_EMPLOYER = re.compile(rf"(?:{EMPLOYERS})")


# Money paid out to others, not a job's pay: "who picks which KOLs we pay", "who pays the
# agencies".
_PAID_OUT = re.compile(
    r"\b(kols?|kocs?|influencers?|bloggers?|creators?|celebrit(y|ies)|agenc(y|ies)|vendors?"
    r"|suppliers?|platforms?|media|stars?) (that |which |who |whom )?(we|you|they|i|the company|"
    r"the brand|brands|companies) (pay|paid|pays)\b"
    r"|\b(pay|pays|paid|paying) (the |our |these |those |for )?(kols?|kocs?|influencers?|bloggers?"
    r"|creators?|celebrit(y|ies)|agenc(y|ies)|vendors?|suppliers?|platforms?|media)\b"
)


_MARKET_WORDS = re.compile(
    r"\b(openings?|vacanc\w+|job market|market|demand|hiring|jobs? (there|out there))\b"
    r"|工作机会|岗位|职位|行情|市场(大|好|如何|怎么样)|需求|请人|招|搵工|找工作|" + _EASE_OF_FINDING
)
_PLACE_WEIGHED = re.compile(
    r"(放在|放到|归|属于|挂在|挂到)[^，,。？?]{0,12}(还是|或者|或)[^，,。？?]{0,12}(好|合适)"
    r"|\b(sit|sits|go|goes|belong|belongs|report|reports)( under| in| to| with)?\b[^?]{0,30}\bor\b"
    r"[^?]{0,30}\b(which|what) (is|'s|would be) (better|best)\b"
)


# Work sought in a place, said outright: the market is asked even in a clause that names no city
# ("job market for new media in chengdu, how is it", "台北行銷的缺多嗎 好不好找"). Narrower than
# _MARKET_WORDS: 岗位, 招 or "hiring" say nothing of a market beside a city one lives in.
_WORK_SOUGHT = re.compile(
    r"\b(job|hiring) market\b|\bhow'?s the market\b|\bhow s the market\b|\bopenings\b"
    r"|就业市场|招聘市场|市道|(?<!薪)(?<!薪资)(?<!薪水)(?<!工资)行情|" + _EASE_OF_FINDING
)


def seeks_work(folded: str) -> bool:
    """Whether finding work, or the market for it, is said in so many words."""
    return bool(_WORK_SOUGHT.search(folded))


def aspects_of(folded: str) -> list[Aspect]:
    """Every aspect the question asks about, most specific first."""
    return list(_aspects(folded))


@functools.lru_cache(maxsize=2048)
def _aspects(folded: str) -> tuple[Aspect, ...]:
    # A message's clauses are read more than once (whole, then each question in it).
    # ("ok forget the future. how do I get into PR": the aspect put aside is not asked)
    folded = _PUT_ASIDE.sub(" ", folded)
    if "pa" in folded:
        folded = _PAID_OUT.sub(" ", folded)
    found = tuple(dict.fromkeys(name for name, pattern in _PATTERNS if pattern.search(folded)))
    if "sits" in found and _A_TASK_PLACED.search(folded):
        # "这事归哪个部门管", "这活正常应该归谁": whom a task comes under is who does it, not
        # where a job sits
        found = tuple(a for a in found if a != "sits")
    if "market" in found and "get_in" in found and not _MARKET_WORDS.search(folded):
        # "how do i even get into a PR department in shanghai": the city is where, the way in
        # is asked
        found = tuple(a for a in found if a != "market")
    if "better" in found and "sits" in found and _PLACE_WEIGHED.search(folded):
        # "这个人应该放在市场部下面还是运营部下面比较好": which place is better for a job is
        # where it sits
        found = tuple(a for a in found if a != "better")
    if "better" in found and _IN_WHICH_ONE_RE.search(folded):
        # "which one would the media buyer be in": which of two places, nothing weighed
        found = tuple(a for a in found if a != "better")
    if "sits" in found and _WHICH_AM_I.search(folded):
        # "我算推广还是运营", "do I count as ops or promotion": which of two the person is (a
        # comparison of both), not where a job sits
        found = tuple(a for a in found if a != "sits")
    if "pay" in found and "better" in found and _PAYS_BETTER.search(folded):
        # "promotion or operations, which pays better": "better" is how the pay is weighed
        rest = _PAYS_BETTER.sub(" ", folded)
        if not any(p.search(rest) for name, p in _PATTERNS if name == "better"):
            found = tuple(a for a in found if a != "better")
    for lead, beside, said in _LEADS_WHEN:
        if lead in found and beside in found and said.search(folded):
            return (lead, *(a for a in found if a != lead))
    return found


_PAYS_BETTER = re.compile(r"\b(pays?|paid|earns?|makes?|earning) (better|more|the most|best)\b")


_PUT_ASIDE = re.compile(
    r"\b(forget|never ?mind|nvm|screw|leave aside|skip) (about )?(the |that |all that )?"
    r"(future|prospects|pay|salary|money|market|workload)( stuff| part| question| thing)?\b"
    r"|(先)?(不管|不说|不谈|别管|不理)(什么)?(前途|前景|工资|薪水|薪资|钱|未来|待遇)(了)?"
    r"|(前途|前景|工资|薪水|薪资|钱|未来|待遇)(什么的)?(先)?(不管|不说|不谈|放一边)(了)?"
)
# The work one has felt to lead nowhere (a reason to move, not the future asked of a job): "feels like a dead end", "感觉没前途", "看不到未来".
_FELT_STUCK = re.compile(
    r"\b(feels?|feeling|felt) (like )?(a )?dead[- ]end\b"
    r"|感觉(很|有点)?(没|没有)(前途|前景|出路|未来)|看不到(前途|前景|出路|未来|希望)"
)


def felt_stuck(folded: str) -> bool:
    return bool(_FELT_STUCK.search(folded))


_WHICH_AM_I = re.compile(WHICH_AM_I)
_A_TASK_PLACED = re.compile(
    r"(这事|这件事|这种事|这些事|这摊事)(儿)?[^，,。？?还]{0,6}(归|由|该|应该|算)(?![^，,。？?]{0,12}还是)"
    # (这活 is also "this job": "这活在公司一般归哪个部门" asks where it sits)
    r"|(这活|这个活|这些活|这种活)(儿)?[^，,。？?]{0,6}(归|由|该)谁"
    r"|(呢样嘢|呢件事|呢啲嘢|呢种嘢)[^，,。？?还]{0,6}(归|由|应该)(?![^，,。？?]{0,12}(还是|定))"
    # "…去哪些平台讲、找谁来测评，这又是谁管": the work just told, whose it is
    r"|(这|那)(又|还|个)?是谁(在)?(管|负责|干|做|的活|的事)\W*$"
)
_EASIER_THAN = re.compile(
    r"\b(easier|harder|tougher) to [\w ]{2,20}\bthan\b|比(?!较)[^，,。？?\s]{1,8}(好进|难进|容易进|更好进|好入|难入)"
    # "邊個最易入行", "哪个比较容易入门": which of them is easier to get into
    r"|(边个|哪个|哪一个)(最|比较|更)?(易|容易|好)(入|进|转职|转行|转过去|上手)"
)
_HARD_SAID = re.compile(
    r"卷|累|辛苦|加班|压力|\bcut-?throat\b|\bstressful\b|\btiring\b|\bovertime\b|\bhours\b"
)
# (and "…jobs in Hangzhou, is that market saturated already": the market named with its city)
_WORK_IN_A_CITY = re.compile(
    rf"(?:{CITIES})[^。？?]{{0,40}}(好不好找|好找|难找|好不好搵|好搵|难搵|搵工|找工作|机会多|工多)"
)
_SKILLS_NAMED = re.compile(
    r"\b(what|which) skills\b|(需要|要)(准备|补|学|具备|加强|提升|培养)?(什么|哪些|啥|咩)(技能|能力)"
    # "入行要識啲咩": what one must know, named (folded: 啲什么)
    rf"|{_MUST_KNOW}"
)
_PATH_SAID = re.compile(
    r"\b(growth|career|promotion|progression) path\b|\bcareer ladder\b|晋升路径|发展路径|晋升通道|晋升路线"
)
_A_MARKET_FOR = re.compile(r"\bmarket for\b|\b(that|this|the) (job )?market\b")
_HARD_EVERY_DAY = re.compile(
    r"(每天|天天|日日)[^，,。？?]{0,10}(爆肝|半夜|加班|熬夜|通宵|很累|好累|累死)"
)
_FUTURE_SAID = re.compile(
    r"\bfuture\b|\boutlook\b|\bdying\b|\bprospects?\b|前景|前途|前境|前图|未来"
    # "哪個比較有發展性", "邊個出路好啲"
    r"|发展性|发展空间|有发展|出路"
    # "ASO现在还有人招吗 感觉是夕阳岗位了", "…是不是没落了": a decline said is the future
    r"|夕阳|没落|萎缩|淘汰|被取代"
    # "a good job to be in for the next 5 years"
    r"|\b(next|coming) (few|couple of|\d+|two|three|five|ten) years\b|\bin (a few|\d+|five|ten) years\b"
)
_COMPANIES_ASKED = re.compile(
    r"\b(which|what|specific|particular) (\w+ )?(compan|firms?\b|employers?\b)|哪些公司|哪家|哪几家|哪间"
)
# An aspect that leads another read beside it, when the words say so (the first that applies):
# "值唔值得入…前景点样", "worth getting into or is that job dying?": the future, named, is what
# is weighed; "alibaba or bytedance, which one should i pick": which employer; "社群运营未来几年
# 还有市场吗": a market in years to come is the job's future.
_LEADS_WHEN: tuple[tuple[Aspect, Aspect, re.Pattern[str]], ...] = (
    ("prospects", "better", _FUTURE_SAID),
    ("company", "better", NAMED_EMPLOYER),
    ("prospects", "market", _FUTURE_SAID),
    # "公關還有人在招嗎？感覺職缺越來越少": who still hires, asked of a decline
    ("prospects", "company", _FUTURE_SAID),
    # "which companies are actually hiring activity ops people", "are there specific companies
    # hiring for it": the employers are what is asked
    ("company", "market", _COMPANIES_ASKED),
    # "is Shanghai a decent market for brand manager jobs right now or is it saturated"
    ("market", "prospects", _A_MARKET_FOR),
    # "香港而家 digital marketing 啲工好唔好搵？": work found in a city named, no future said
    ("market", "prospects", _WORK_IN_A_CITY),
    # "品牌和公关哪个更卷", "which is more stressful, PR or brand": the hours are what is weighed
    ("workload", "better", _HARD_SAID),
    # "is ops easier to get into than marketing?": which is easier, not the way into each
    ("better", "get_in", _EASIER_THAN),
    # "營運部是不是每天都在爆肝", "是不是每天盯数据盯到半夜": the hours every day, not the work
    ("workload", "does", _HARD_EVERY_DAY),
    # "what skills do I need to get hired": the skills, named, are what is asked
    ("skills", "get_in", _SKILLS_NAMED),
    # "那如果想升主管，要加强哪些能力": the skills for the step up
    ("skills", "leads_to", _SKILLS_NAMED),
    # "what's the growth path from an SEO/SEM specialist? feels like a dead end": the path, named
    ("leads_to", "prospects", _PATH_SAID),
)


aspects_cache = _aspects  # emptied by Engine.forget_questions


def asking_clauses(clauses: list[str]) -> list[tuple[Aspect, ...]]:
    """The aspects each of the message's (folded) `clauses` asks, for the clauses that ask
    ("刚毕业做推广和做运营，起薪差多少" asks pay, not the way in)."""
    return [_aspects(clause) for clause in clauses if clause_asks(clause)]


def tells_a_decline(folded: str) -> bool:
    """Openings or a job told as going away ("職缺越來越少", "or is it all ChatGPT now"), with
    no city named ("any demand for that in chengdu or is it all AI now" asks that market)."""
    return bool(_SHRUNK.search(folded)) and not ANY_CITY.search(folded)


def aspects_in_order(folded: str, asked: list[tuple[Aspect, ...]]) -> list[Aspect]:
    """The aspects `folded` asks, in the order of the clauses they are asked in (`asked`, from
    asking_clauses: "媒介岗怎么入行，工资高吗": the way in, then pay); within one clause the most
    specific first, and those asked in no clause of their own keep their place."""
    found = aspects_of(folded)
    at: dict[Aspect, int] = {}
    for n, aspects in enumerate(asked):
        for a in aspects:
            at.setdefault(a, n)
    placed = iter(sorted((a for a in found if a in at), key=at.__getitem__))
    return [next(placed) if a in at else a for a in found]


def asked_apart(aspects: list[Aspect], asked: list[tuple[Aspect, ...]]) -> frozenset[Aspect]:
    """Those of `aspects` after the first asked in a clause of their own ("媒介岗工资高吗，怎么
    入行": the way in is asked; in "新人大概拿多少" it only says whose pay)."""
    if not aspects or not any(aspects[0] in clause for clause in asked):
        return frozenset()
    return frozenset(
        a
        for a in aspects[1:]
        if any(a in clause for clause in asked)
        and not any(a in clause and aspects[0] in clause for clause in asked)
    )


def aspect_words(text: str) -> list[re.Match[str]]:
    """Where the question says how it asks ("salary", "要看哪些指标"): not words of another
    subject, so they must not count against the confidence. Only the patterns of the aspects
    the text asks are run again (one pattern of them all, tried at every position, took 0.7 ms
    on a long message). "What does X do" names its subject inside the pattern: not set aside;
    the Chinese wordings ("干嘛", "是…这么简单") are."""
    asked = set(_aspects(text))
    found: list[re.Match[str]] = []
    for name, pattern in _PATTERNS:
        if name == "does" and name in asked:
            found += (m for m in pattern.finditer(text) if not m.group()[:1].isascii())
        elif name in asked:
            found += pattern.finditer(text)
    return sorted(found, key=lambda m: m.start())


def aspect_end(folded: str, aspect: Aspect) -> int | None:
    """Where the words that ask the aspect end ("职业发展路径|是啥")."""
    for name, pattern in _PATTERNS:
        if name == aspect and (found := pattern.search(folded)):
            return found.end()
    return None


def aspect_of(folded: str) -> Aspect | None:
    found = aspects_of(folded)
    return found[0] if found else None


def aspect_start(folded: str, aspect: Aspect) -> int | None:
    """Where the question first says it asks `aspect` ("属于", "part of"), or None."""
    for name, pattern in _PATTERNS:
        if name == aspect and (found := pattern.search(folded)):
            return found.start()
    return None
