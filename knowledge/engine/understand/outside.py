"""Jobs the articles do not cover, recognised by name: "产品经理是做什么的", "data analyst vs user
operations", "what's the salary of a UX designer". Named on purpose, they are neither words of
another subject nor a reason to guess the nearest entry: the answer says first that the
articles do not cover them, then what they do say (or the closest topics)."""

from __future__ import annotations

import functools
import re

from ...text.langs import fold
from ...text.quick import quick
from .words import YEARS_ZH

# In the matching form (lower case, Simplified, mainland wording). Jobs of our field the
# knowledge base covers (editor, sales, media buyer...) are not here; nor are words that also
# name one of ours ("运营", "marketing").
# How long, in years ("三年", "4年"): told beside a job held.

_OUTSIDE = quick(
    re.compile(
        r"(?<![a-z])(?:senior |junior |lead )?(?:product (?:manager|owner|designer)s?"
        r"|(?:ux|ui|ux/ui|ui/ux|graphic|visual|interaction|game|interior|fashion) designers?|designers?"
        r"|ux researchers?|market researchers?|(?:wedding|event|party) (?:planners?|coordinators?)|data (?:analysts?|scientists?|engineers?)|business analysts?|analysts?"
        r"|(?:software|front[- ]?end|back[- ]?end|full[- ]?stack|qa|test|mechanical|civil) (?:engineers?|developers?)"
        r"|software developers?|programmers?|developers?|engineers?|coders?"
        # "Backend dev here (Java, 4 yrs)"
        r"|(?:back[- ]?end|front[- ]?end|full[- ]?stack|java|python|ios|android|web|game) devs?(?![a-z])"
        r"|accountants?|auditors?|(?<=years in )(?:audit|accounting|tax|nursing|teaching)|bank(?:er|ers| tellers?)|tellers?|investment bankers?|consultants?|lawyers?"
        # a field one comes from: "could I go from banking into BD", "someone from hospitality"
        r"|(?<=from )(?:teaching|banking|nursing|accounting|hospitality|finance|law|medicine|healthcare|logistics|consulting|engineering|manufacturing|insurance)(?= (?:in)?to\b| move\b| switch\b| get\b| go\b|\W*$|\s*[,?.])"
        r"|(?<=out of )(?:teaching|nursing|accounting|banking|law|medicine|retail|hospitality)\b"
        r"|(?:personal|fitness|gym) (?:trainers?|coach(?:es)?|instructors?)|(?:real estate|estate|property|housing) agents?|realtors?"
        r"|(?:shop|store|sales|retail) (?:assistants?|clerks?)|salesclerks?|(?:area|store|shop) supervisors?"
        r"|(?:delivery |truck |taxi |van )?drivers?|(?<=\bi )wait tables"
        r"|driv(?:e|en|ing) (?:a )?(?:delivery |taxi )?(?:van|truck|taxi|lorry)s?"
        r"|(?:project|event) coordinators?|(?<=\bi )sell(?:s|ing)? phones|(?<![a-z])sells (?:phones|cars|insurance|houses|flats)"
        r"|doctors?|nurses?|(?:high school |primary school |english |math )?teachers?|professors?|tutors?"
        # "hospital pharmacist", "physio by training", "school librarian", "been teaching for 6 yrs"
        r"|pharmacists?|physio(?:therapist)?s?|librarians?|(?<=been )teaching(?= |$)"
        r"|(?<!\d )hr|human resources|recruiters?|headhunters?|customer (?:service|support)(?: reps?)?"
        r"|(?:it|tech|technical|desktop) support(?: (?:engineers?|staff|specialists?))?|help ?desk"
        r"|secretar(?:y|ies)|admin(?:istrative)? assistants?|project managers?|civil servants?"
        r"|account (?:managers?|executives?|execs?)|(?:freelance |agency |4a )?copywriters?|journalists?|reporters?|architects?|photographers?|pilots?|chefs?"
        r"|(?:retail |shop |store |restaurant )?(?:store|shop|restaurant) managers?|waiters?|waitress(?:es)?|cashiers?"
        r"|baristas?|flight attendants?|(?:hotel )?receptionists?|call cent(?:re|er)(?: agents?| staff| reps?)?"
        # "hotel front desk for 5 yrs", "front desk at a clinic"
        r"|(?:hotel |clinic )?front desk(?: (?:agents?|staff|clerks?))?"
        r"|(?:bank|banking|pharma|pharmaceutical|insurance|real estate|car|auto|property)(?: \w+)? (?:sales(?: ?(?:reps?|people|person|man|woman))?|salespeople|salesperson)"
        r"|(?:in )?sales (?:rep |person )?at an? (?:car|bank|insurance|pharma|property|real estate)\w*(?: \w+)?"
        r"|(?<=i )sell(?:s|ing)? (?:insurance|cars|houses|flats|property|real estate)"
        # a media owner's seller of ad space ("I sell ad space for an outdoor ad company",
        # "在分众卖广告位"): the other side of what a media buyer buys (an internet firm's own
        # ad sales is its sales department: company C)
        r"|(?<=i )sell(?:s|ing)? (?:ad|advertising|billboard) (?:space|slots|inventory)"
        r"|卖(?:了|过)?(?:\d+|[一二三四五六七八九十两几]+)?年?(?:的)?广告位"
        # "sold cars for 5 years", "I sold insurance before"
        r"|(?<![a-z])sold (?:insurance|cars|houses|flats|property|real estate|phones)"
        r"|(?:logistics|supply[- ]chain|warehouse|procurement|purchasing|dispatch|shipping) (?:coordinators?|managers?|specialists?|planners?|clerks?|officers?)"
        r"|(?:video|film) editors?|videographers?|growth (?:marketers?|marketing|hack(?:ing|ers?)|leads?|managers?|directors?|roles?|jobs?|positions?)|head of growth)(?![a-z])"
        r"|产品经理|产品助理|产品总监|交互设计师?|(?:ui|ux)设计师?|视觉设计师?|平面设计师?|设计师"
        r"|数据分析师|数据科学家|分析师|程序员|码农|(?:前端|后端|测试|开发|软件)工程师|工程师"
        r"|会计|审计|出纳|财务(?!部|报表|数据|指标|分析)|银行柜员|柜员|投行|咨询顾问|律师|法务|医生|护士|护理师|(?<!各位)老师(?!们|好)|教师"
        r"|人事专员|人力资源|人资|招聘专员|猎头|客服|行政专员|(?<=[做干当搞])行政(?!区|部门|管理)|(?<=年)行政(?!区|部门|管理|工作)|前台|秘书|项目经理|公务员|记者(?!会|招待)|跑新闻|(?<=在)报社(?=跑|当|做|上班|工作)|跑(?:社会|财经|政治|娱乐|体育|突发|地方)线|互动设计师?"
        # a civil servant told as the exam passed or the system one works in ("考公上岸三年了")
        r"|考公(?:上岸)?|体制内|事业编|事业单位"
        r"|(?:物流|仓储|采购|供应链)(?:专员|经理|主管|协调员|调度)|剪辑师|视频剪辑|增长黑客|管培生|管理培训生|(?<!用户)研究员|客户执行|店长|店员|(?<!门市)(?<!门店)(?<!培训)导购(?:员)?(?!的?培训)|柜姐|收银员|服务员|咖啡师"
        # teaching told by the verb ("在中学教了五年语文", "教书三年")
        rf"|教(?:了)?{YEARS_ZH}(?:的)?(?:书|语文|数学|英语|物理|化学|历史|美术|音乐)?"
        r"|教(?:过|了)?(?:\d+|[一二三四五六七八九十两几半]+)?年?(?:的)?书"
        r"|教(?:语文|国文|国语|数学|英语|英文|中文|物理|化学|生物|历史|地理|美术|音乐|体育)"
        # live-streaming commerce: no article covers it ("直播带货运营是做什么的")
        r"|直播(?:带货)?运营|带货主播|主播|直播带货|\blive[- ]?stream(?:ing)? (?:operators?|operations|ops|hosts?)\b"
        r"|\blive[- ]?streamers?\b"
        # sales of another trade is no sales department of ours ("銀行業務", "药厂的销售")
        r"|(?:银行|药厂|医药|保险|房产|地产|汽车|4s店|车行|车厂)(?:的|做|当)?\s?(?:业务|销售|sales|客户经理)(?:员|代表)?"
        # "Insurance agent here", "我做 IT support"
        r"|insurance (?:agents?|brokers?)|(?<=做)it support|(?<=做 )it support|\bin it support\b|\bit (?:support|helpdesk) (?:engineers?|staff|technicians?)\b"
        r"|医药代表|药代|空姐|空乘|空服员|酒店前台|卖车|卖保险|卖房子?"
        # a pharmacist, a librarian, a cashier, a factory's buyer, a developer or tester told by
        # the work ("药房药剂师", "图书馆管理员", "在超市做了十几年收银", "在工厂做采购",
        # "本人后端开发", "干了五年软件测试")
        r"|药剂师|药师|图书管理员|图书馆管理员|收银|(?<=[做当干])采购|(?:后端|前端|全栈|客户端)开发|软件测试|测试开发"
        # an agency's copywriter or creative ("我在乙方广告公司做了三年文案", "在4A做了四年创意")
        rf"|(?:广告公司|4a公司|4a|乙方公司|乙方)(?:里|的)?(?:做|当|干)(?:了|过)?(?:{YEARS_ZH})?(?:的)?(?:文案|创意)"
        # telemarketing, whose 行销 is no marketing of ours ("做電話行銷的每天打一百通電話"),
        # and an education firm's course adviser; a company's own phone sales (电话销售, 电销)
        # is its sales department
        r"|电话(?:行销|营销)|课程顾问|\btelemarket(?:ing|ers?)\b"
        # with the years between: "我卖了四年保险"
        rf"|卖(?:了|咗|过)?{YEARS_ZH}(?:的)?(?:保险|车|房子?)"
        # a bank's counter, IT told as the trade ("喺銀行做櫃位", "我個仔做IT")
        r"|(?<=银行)(?:做|当)?\s?(?:柜位|柜台)|(?<=[做当干])\s?it(?![a-z])(?!\s?support)"
        # a shop's sales floor ("我喺商場做sales 日日企舖招呼客人"): a shop assistant
        r"|(?<=商场)(?:做|当)\s?(?:sales|销售|售货员)|(?<=门市)(?:做|当)\s?(?:sales|销售)"
        r"|健身教练|私教|房产中介|地产中介|房屋中介|(?<=[做当干])中介|柜姐|专柜|导购员"
        # a shop's floor staff ("當門市人員兩年", "retail 店員", "商場舖頭retail sales")
        r"|门市(?:人员|店员|销售)|(?<=[铺场市店])\s?retail sales|retail sales ?(?:assistants?|associates?|staff|persons?|reps?)(?![a-z])"
        # construction, told as the firm or the site ("毕业在营造厂两年", "在工地做了三年")
        r"|营造厂|建筑公司|工地|土木工程师?"
        # Taiwan: an estate agent ("我做房仲業務三年", "我在房仲當業務")
        r"|房仲(?:(?:当|做)\s?)?(?:业务)?"
        # a shop or café of one's own ("开了四年奶茶店"; not an online shop, 网店, which is ours)
        rf"|(?<=开)(?:了|过|咗)?(?:{YEARS_ZH})?(?:的)?(?:一家|一间|间|家)?"
        r"(?:奶茶店|咖啡店|咖啡馆|餐厅|饭店|小吃店|花店|服装店|面包店|甜品店|早餐店|便利店|小店|实体店)"
        # sales told with where it is done, a dealer's, an insurer's or a shop's floor ("我在
        # 車商當業務", "在保险公司跑业务三年", "我喺鋪頭做 sales", "我喺商場做咗四年sales")
        r"|车商(?:当|做)\s?(?:业务|销售|sales)|保险公司(?:在|正在)?(?:跑|做|当)\s?(?:业务|销售|sales)"
        # "在外商當業務，每天跑醫院推產品": a drug company's rep, told by the hospital rounds
        r"|(?:当|做)\s?(?:业务|销售|sales)(?:代表)?(?=[^。？?]{0,10}跑医院)"
        # "我之前在保险公司做了两年销售"
        rf"|保险公司(?:跑|做|当)(?:了|咗|过)?{YEARS_ZH}(?:的)?\s?(?:业务|销售|sales)"
        r"|(?:零售)?店铺(?:的|嘅)\s?(?:sales|销售)|(?:铺头|门店|门市)(?:做|当)\s?(?:sales|销售)|(?<=i m a )导购|(?<=i am a )导购|(?<=我是)导购|(?<=[做当])导购"
        rf"|(?<=商场)(?:做|当)(?:咗|了)?{YEARS_ZH}\s?(?:sales|销售)"
        # a tutor at a cram school, a clinic's front desk, a shop's floor, teaching told as
        # the verb in English ("我在補習班當導師", "我在診所當櫃台", "i teach english at…")
        r"|(?<=补习班)(?:当|做)(?:导师|老师)|(?<=补习社)(?:当|做)(?:导师|老师)"
        r"|(?<=[诊所院店])(?:当|做)柜台|(?<=\bi )teach(?= (?:english|maths?|math|chinese|kids|children|at|in|online|middle|high|primary|elementary|secondary|school|science|physics|chemistry|history|art|music|piano|yoga)\b)"
        r"|(?<=\bi ve )taught(?= (?:primary|middle|high) school\b)|(?<=\bi )taught(?= (?:primary|middle|high) school\b)"
        r"|(?<=\bon the )shop floor|(?:cosmetics|beauty|makeup|perfume|skincare) counter"
        # a shop's floor told by where one works ("I work in a phone store", "been working in
        # a phone shop", "I work on the floor at Uniqlo"; not an online shop, which is ours)
        r"|(?:(?<=\bwork in a )|(?<=\bwork at a )|(?<=\bworking in a )|(?<=\bworking at a )"
        r"|(?<=\bworked in a )|(?<=\bworked at a ))"
        r"(?!(?:taobao|tmall|online|jd|e-?commerce|wechat|douyin|tiktok|pdd|app)\b)"
        r"(?:[a-z'-]+ ){0,2}?(?:store|shop|boutique|supermarket|restaurant|cafe|café)\b"
        r"|(?<=\bon the )floor at [a-z'&-]+|(?<=\bi manage a )(?:restaurant|cafe|café|bakery|bar)\b"
        r"|(?:(?<=\bbeen a )|(?<=\bas a ))导购"
        r"|(?<=年)(?:手机|化妆品|专柜|门店|商场|服装)?导购"
        # an agency's AE (account executive), also before Chinese ("AE是做什么的"); not After
        # Effects, the video tool, written "(AE)" after its name
        r"|(?<![a-z(])(?<!effects )ae(?![a-z)])"
        # HR before Chinese ("HR是做什么的", "HR转品牌经理"): \b does not part it from 是
        r"|(?<![a-z])hr(?=[\u4e00-\u9fff])"
    )
)


@functools.lru_cache(maxsize=1024)
def outside_jobs(q: str) -> tuple[tuple[int, int, str], ...]:
    """Where jobs we do not cover are named in the matching form `q`: (start, end, words).
    Asked of one question by several rules: read once."""
    return tuple((m.start(), m.end(), m.group()) for m in _OUTSIDE.finditer(q))


def held_outside_jobs(q: str) -> tuple[tuple[int, int, str], ...]:
    """The outside jobs of `q` said as someone's own ("我现在做汽车销售", "Personal trainer at a
    gym.", "my brother sells phones"), not as people dealt with ("每天跟记者约访", "回客服消息")."""
    return tuple(
        (a, b, w)
        for a, b, w in outside_jobs(q)
        if (said_as_held(q, a) or _MOVING_ON.match(q, b) or _HELD_AFTER.match(q, b))
        # (people who hire speak for others: "HR again: our sales lead wants a transfer", "我是
        # HR，老闆要招…"; not when said as one's own job, with its years: "I'm an in-house
        # recruiter, 3 yrs")
        and (
            w not in _ASKING_FOR_OTHERS
            or (
                _SELF_BEFORE.search(q, max(0, a - 24), a)
                and (_HELD_AFTER.match(q, b) or _OWN_MOVE_AFTER.search(q, b))
            )
        )
        # (an account executive at a PR agency is PR's: "我在公关公司当AE")
        and not (w in ("ae", "account executive") and _PR_AGENCY.search(q, max(0, a - 24), a))
    )


def said_as_held(q: str, at: int) -> bool:
    """Whether the words at `at` in `q` (matching form) are said as a job one holds: "做了八年"
    before 编辑, "I'm a" before "nurse"."""
    return bool(_HOLDER_BEFORE.search(q, max(0, at - 24), at))


def held_job_saying(q: str, words: str) -> str | None:
    """The job outside ours held in `q` (matching form) that the person's own words for their
    work are part of, as said: "我在車商當業務" holds 业务 in a car dealer's sales, no sales
    department of ours."""
    said = fold(words)
    held = [w for _, _, w in held_outside_jobs(q) if said in w]
    return as_said(held[0]) if held else None


# Said right after a job, it says the job is one's own: "account exec here", "recruiter for 3
# years", "recruiter, 3 yrs".
_HELD_AFTER = re.compile(
    r" here\b| for (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many) "
    r"(?:\w+ )?(?:years?|yrs?)\b|,? (?:\d+|a few) ?(?:years?|yrs?)\b"
)
# A job said as one's own in the first person, even one whose holders mostly ask for others.
_SELF_BEFORE = re.compile(
    r"(?:\bi(?:'|\s)?m\b|\bi am|\bi was|\bi(?:'|\s)?ve\b been|\bi work as|\bworked as|\bworking as) (?:an? )?"
    r"(?:[a-z-]+ ){0,2}$|我(?:是|做|当)(?:了|过)?(?:一名|一个|个)?$"
    # "本人招聘HR，…想正式转去做新媒体"
    r"|本人(?:是|做|当)?(?:招聘|人事|企业|公司)?$"
)
# A move the person asks for themselves, later: "本人招聘HR…想正式转去做新媒体", "I'm a
# recruiter… I want to switch into PR myself" (not "我是HR，老闆要招…").
_OWN_MOVE_AFTER = re.compile(
    r"我(?:也|自己)?想(?:正式|慢慢)?(?:转|跳|换)|想(?:正式|自己)?转(?:行|岗|去|做|到)"
    r"|\bi (?:want|would like|d like|'d like|hope) to (?:switch|move|transition|pivot|get)\b"
)

# Said right after a job, it starts a move from that job: "记者转公关", "护士去互联网公司做运营".
_MOVING_ON = re.compile(r"\s*(想|能|可以|要)?\s*(转|跳|去(?!年|过|世))")
_ASKING_FOR_OTHERS = frozenset(
    {
        "hr",
        "human resources",
        "recruiter",
        "recruiters",
        "headhunter",
        "headhunters",
        "猎头",
        "人力资源",
        "人资",
    }
)
_PR_AGENCY = re.compile(r"公关公司|\bpr (agency|firm)")


# What comes before a job one holds, in its sentence: nothing, or the holder and a verb of being.
_HOLDER_BEFORE = re.compile(
    r"(?:^|[.!?。！？;；\n]\s*)(?:former |ex-|an? )?"
    # "agency account exec here", "In-house recruiter, 3 yrs": where the job is held, first
    r"(?:(?:agency|in[- ]house|freelance|hospital|school|retail|bank|4a|former) )?$"
    # "I'm a kindergarten teacher", "as a senior graphic designer": a word or two of what kind
    r"|(?:\bi'?m|\bi am|\bi was|\bi've been|\bas|\bformer|\bworked as|\bworking as) (?:an? |the )?(?:[a-z-]+ ){1,2}$"
    r"|\bi $|\bi've (?:been )?$"
    # "I work in a phone store", "been working in a phone shop", "I work on the floor at Uniqlo"
    r"|\b(?:i|i've been|been|i was|i'm) (?:work|worked|working) (?:(?:in|at) (?:an? |the )?|on the )$"
    r"|\bi manage (?:an? |the )?$"
    # "在保险公司跑业务两年": the workplace told first, then the work
    # ("我在4S店卖了五年车", "他在車廠當業務": the holder, then the workplace)
    r"|(?:^|[，,。\s我他她])(?:现在|之前|以前|目前)?(?:在|喺)[^，,。.!?]{1,12}(?:公司|银行|医院|学校|门店|门市|工厂|厂|店"
    r"|国中|国小|高中|中学|小学|初中|幼儿园|补习班)(?:里)?$"
    r"|(?:\bi'?m|\bi am|\bi was|\bi work as|\bworked as|\bworking as|\bas|\bformer|\bex-|my job is"
    r"|\b(?:is|was|am|are) an?|\b(?:brother|sister|son|daughter|wife|husband|friend|cousin|mum|mom|dad)"
    r"|\bout of|我(?:是|系|在|喺)[^，,。.!?]{0,14}的|本人[^，,。.!?]{0,8}"
    # "我现在在做电商的客服", "他以前当银行的柜员": the job held, with where it is done
    r"|[我他她](?:现在|之前|以前|目前|一直)?(?:在|喺)?(?:做|当|干)(?:了|过)?[^，,。.!?\s]{1,8}的"
    rf"|[我他她](?:现在|之前|以前|曾经|原来|原本|目前)?(?:在|喺)|我是[^，,。.!?\s是]{{1,6}}|\bi work (?:at|in) (?:[\w'&-]+ ){{1,3}}on the|我|本人|(?<![跟和与同给帮回找约向对])(?:做|当|干)(?:了|过)?(?:{YEARS_ZH})?|(?:是|(?<![联关维体世派])系)一?(?:名|个)?)\s*(?:an?|the|一名|一个|个)?\s*$"
)


# Asked about something of another field entirely, whatever word of ours is beside it: buying
# shares ("is KOL stock a good buy", "Xiaomi stock… their marketing is strong"), trading
# (炒股, 股票运营), a course in operations research, property, a product, gossip. Matched in the
# matching form.
_OTHER_FIELD = quick(
    re.compile(
        r"\b(buy|sell|short|invest in)\b.{0,30}\b(stocks?|shares)\b"
        r"|\b(stocks?|shares)\b.{0,30}\b(good buy|buy|sell|worth buying|undervalued|overvalued)\b"
        r"|\boperations research\b.{0,30}\b(homework|course|class|exam|assignment|problems?)\b"
        r"|\b(homework|course|class|exam|assignment)\b.{0,30}\boperations research\b|\bsimplex method\b"
        r"|炒股|股票.{0,4}(运营|怎么|能不能|值得|买|卖|推荐)|(买|卖|推荐).{0,6}股票|基金.{0,4}(买|定投)"
        # Property, a product to buy, gossip: "the ROI of buying a rental flat", "有推薦的咖啡品牌嗎",
        # "熱搜上那個明星的新聞是真的嗎".
        r"|\b(buy|buying|rent|renting) an? (rental )?(flat|apartment|house|property)\b|买房|房贷"
        r"|租房(?!平台|app|网站|软件)"
        r"|(推荐|好用|好喝|好吃|值得买)(?!做|当|进|去|学|入)[^ ]{0,8}(品牌|牌子)(吗|呢|$)"
        # "who's the best stock KOL to follow", "股票KOL邊個準", "is the campaign mode worth playing"
        r"|\bstock (kols?|influencers?|tips?|picks?|gurus?) to (follow|buy|trust)\b|\btrading tips\b"
        r"|(股票|股市)\s*kol\s*(边个|哪个|谁|准|推荐|值得)|\bworth playing\b"
        # "brand of shoes that's good for running?", "best brand of coffee": shopping
        r"|\bbrands? of [a-z]+( [a-z]+)? (that|which)( s| is| are)? (good|best|cheap|worth|comfortable|durable)\b"
        r"|\b(best|good|cheap|recommend\w*) brands? of (running shoes|shoes|sneakers|coffee|tea"
        r"|clothes|jeans|phones?|laptops?|cars?|snacks|beer|wine|makeup|skincare)\b"
        r"|(明星|艺人|八卦).{0,10}(是真的|是假的|真的吗)"
        # The paperwork of changing jobs, not a job: "轉工嗰陣 MPF 要點處理", "勞健保怎麼辦",
        # "IANG 簽證可以留幾耐", "what happens to my pension"
        r"|(?<![a-z])(mpf|iang)(?![a-z])|强积金|劳健保|劳保|健保|社保|公积金|五险一金"
        r"|签证|工作签|户口|离职证明|竞业协议|劳动仲裁|遣散费|\b(visas?|pension|401k|severance pay)\b"
        r"|\b(hukou|residence permit|social security|points system|settle(ment)? points)\b|落户|积分入户"
        r"|\bhsk\b|\bwork permits?\b|工作许可|汉语水平考试"
        # What to wear to an interview: "去互联网公司面试穿什么比较好"
        r"|面试[^，,。？?]{0,6}(穿什么|穿啥|穿咩|怎么穿|点着)|\b(what to wear|dress code)\b"
        # Banking, tax and the law: "how do I open a bank account in China as a foreigner", "how
        # do I file individual income tax", "is 996 even legal", "个税怎么报"
        r"|\b(open|opening) (a |an )?bank accounts?\b|银行(账户|卡)(怎么|怎样|如何)?(开|办)|开银行(账户|卡)"
        r"|\b(file|pay|filing) (my |your |individual )?(income )?tax(es)?\b|(个税|个人所得税)(怎么|怎样|如何|要)"
        # "what's the tax on a 20k RMB monthly salary", "月薪两万交多少税"
        r"|\b(the )?(income )?tax (on|for) (a|an|my|the)\b|\bhow much (income )?tax\b|\btax (rate|bracket)s?\b"
        r"|(交|扣|缴)多少(个)?税|个税(多少|是多少)"
        # (not a legal background or team: "Is a legal background any use there?")
        r"|\b(is|are) [\w ]{1,20}\b(even |actually |really )?(legal|illegal|against the law)\b"
        r"(?!\s+(background|team|department|dept|counsel|side|knowledge|experience|work|affairs|degree))"
        r"|合法吗|违法吗|犯法吗"
        # Writing the person's papers for them: "write me a cover letter for an operations job",
        # "帮我写一份运营岗的简历", "幫我寫一封辭職信" (what the job takes is asked otherwise)
        r"|\b(write|draft|make|do)( me| us)? (a|an|my|the|our) (cover letter|resume|cv"
        r"|resignation (letter|email)|personal statement|thank[- ]you (note|email))\b"
        r"|(帮|替|给)我(写|改|润色|弄)(一|1)?(封|份|篇|个)?[^，,。？?]{0,8}(简历|求职信|辞职信|离职信"
        r"|自荐信|推荐信|自我介绍|邮件|cover letter|cv|自传|年终总结|周报|日报|月报|述职报告|论文|作业)"
        r"|\b(do|file|fill in) (my|our) tax return\b"
        # a thing to buy or a file to use: "推荐一款入门相机", "有推荐的简报模板吗"
        r"|推荐(一|1)?(款|台|个|部)?(入门|好用的?)?(相机|单反|手机|电脑|笔记本)|(推荐|有推荐)的?[^，,。？?]{0,8}模板"
    )
)


def other_field(q: str) -> bool:
    """Whether the question asks about a thing of another field (shares, trading, a course);
    not what someone mistook our subject for ("我爸…以为我在炒股，投流到底咋解释给他听")."""
    found = _OTHER_FIELD.search(q)
    return (
        bool(found)
        and not _MISTAKEN.search(q[max(0, found.start() - 12) : found.start()])
        # (the pay weighed after it: "我怕他在台北租房子會不夠")
        and not _NOT_ENOUGH.search(q[found.end() : found.end() + 10])
    )


_NOT_ENOUGH = re.compile(r"不够|够不够|够吗|够不|\b(enough|afford)\b")


_MISTAKEN = re.compile(
    r"以为|当成|当作|\bthought\b|\bthinks\b|\bassumed?\b|\bconfused it with\b"
    # what the pay is weighed against: "一个月能挣多少钱啊，够不够在城里租房"
    r"|够不够|够(?:她|他|我|你|自己)?|足够|付得起|交得起|负担得起|养得起|\bafford\b|\benough\b"
)


_ACRONYM = re.compile(
    r"(?<![a-z])(ux|ui|hr|qa|ae|pm|seo|sem|kol|koc|it(?=$| support| helpdesk))(?![a-z])"
)


# Chat noise after a job's name ("i'm a nurse lol can i…"): not part of the job.
_CHAT_TAIL = re.compile(r"(\s+(lol|lmao|haha+|hehe|tbh|btw|ngl|imo|lmfao|xd|哈哈+))+\s*$")


# Teaching told by the verb is named by the job in the answer ("从老师出发", not "从教了五年语文").
_TAUGHT = re.compile(r"^教")
_TEACHES = re.compile(r"^(teach|taught)$")


# Selling told by the verb is named by the job ("I sell insurance": insurance sales; "I sell
# cars": car sales).
_SELLS = re.compile(r"^sell(?:s|ing)? (.+?)(?<!s)s?$")


# Where the job is done, said with the verb of holding it: named without the verb ("车商业务").
_PLACE_HELD = re.compile(
    r"^(车商|车行|铺头|门店|门市|商场|保险公司|补习班|补习社)(?:的|当|做|跑)(?:了|咗)?"
)


# Sales at an insurer told with the years ("保险公司做了三年销售"): said as the job.
_INSURER_SALES = re.compile(r"^保险公司\S*?(业务|销售|sales)$")
# A shop's floor told by where one works ("I work in a phone store"): said as working there.
_WORKS_IN_A_SHOP = re.compile(
    r"^(?:[a-z'-]+ ){0,2}?(?:store|shop|boutique|supermarket|restaurant|cafe|café)$"
)
_ON_A_FLOOR = re.compile(r"^floor at ")
# A shop of one's own, found after 开 ("开了四年奶茶店"): said as running it ("开奶茶店").
_SHOP_RUN = re.compile(
    rf"^(?:了|过|咗)?(?:{YEARS_ZH})?(?:的)?(?:一家|一间|间|家)?"
    r"(?=\S*(?:店|馆|厅)$)"
)


def as_said(words: str) -> str:
    """Words read in lower case, with the acronyms people write in capitals put back."""
    if _TAUGHT.match(words):
        return "老师"
    if _TEACHES.match(words):
        return "teaching"  # "I teach Chinese online", "I've taught primary school"
    words = _INSURER_SALES.sub(r"保险\1", _PLACE_HELD.sub(r"\1", words))
    if _WORKS_IN_A_SHOP.match(words):
        words = f"working in a {words}"
    words = _ON_A_FLOOR.sub("the shop floor at ", words)
    if words != (run := _SHOP_RUN.sub("", words, count=1)):
        words = "开" + run
    words = _SELLS.sub(r"\1 sales", words)
    return _ACRONYM.sub(lambda m: m.group().upper(), _CHAT_TAIL.sub("", words))
