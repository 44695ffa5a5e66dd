"""Session 15: wordings from the tuning sets dev22 and dev23 (forum and chat questions written
apart from the code) that earlier versions misread."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, job, gap",
    [
        ("3 years into activity ops. where does this path usually go next?", "activity_ops", True),
        ("活动运赢干三五年之后一般往哪走？天天搞活动看不到头", "activity_ops", True),
        (
            "people who start out in promotion (SEO, paid ads etc) - what do they end up "
            "becoming later in their careers?",
            "promotion",
            False,
        ),
    ],
)
def test_where_a_job_leads(engine, question, job, gap):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", job, "leads_to")
    assert ("leads_to" in a.gaps) is gap


def test_the_moves_the_articles_describe_lead_where_a_job_leads(engine):
    a = engine.answer("3 years into promotion. where does this path usually go next?")
    assert "The articles describe moves from promotion to" in a.lead
    assert "operations" in a.lead.lower()


@pytest.mark.parametrize(
    "question, start, goal",
    [
        (
            "PR is where I wanna end up. currently an editor at a lifestyle content site. "
            "whats the path",
            "editor",
            "pr_dept",
        ),
        (
            "Product ops is what I want. I'm doing taobao store ops now (listings, promos, "
            "customer chat). is there a bridge?",
            "taobao_store_ops",
            "product_ops",
        ),
        (
            "PhD dropout (chemistry) trying to get into marketing. where do I even begin switching over?",
            None,
            "marketing_dept",
        ),
        ("律所行政，想转公关，有没有路子", None, "pr_dept"),
        (
            "小弟目前在做網路推廣快兩年，主要就是下廣告、到處發文，最近想轉去做運營，有機會嗎？",
            "online_promotion_dept",
            "operations_dept",
        ),
        ("IT support轉做social media運營，會唔會好難", None, "new_media_ops"),
        ("social media運營想升做營銷策劃，要學咩", "new_media_ops", "marketing_planning_dept"),
        ("做content嘅想轉去做推廣 係咪搞錯方向", "content_ops", "promotion"),
        ("在官網商城做營運，想往用戶運營發展，怎麼轉比較順", "store_ops", "user_ops"),
        (
            "目标是做用户运营。现在每天的工作：在巨量引擎上建计划、盯消耗、换素材、算ROI。这种背景转过去难吗",
            "ad_ops",
            "user_ops",
        ),
        (
            "PR is where I want to end up. Right now my days are: write Baidu ad copy, tweak keyword "
            "bids, send CPC reports to my boss. Is that a realistic jump?",
            "promotion",
            "pr_dept",
        ),
        (
            "Product ops is the goal. What I do now: running 投放 on Douyin for a skincare brand, "
            "budgets and creatives all day.",
            "paid_ads",
            "product_ops",
        ),
        (
            "Content ops — that's where I'd like to be. I currently run about 40 WeChat groups for a "
            "course company, keeping them active.",
            "community_ops",
            "content_ops",
        ),
        (
            "活动运营是我想去的方向，现在干的是百度竞价，两年了，能转吗",
            "seo_sem_ops",
            "activity_ops",
        ),
        ("内容运营，这是我想去的。我现在是编辑，天天改稿排版校对", "editor", "content_ops"),
        ("editor at a content site, thinking PR next. normal path?", "editor", "pr_dept"),
        (
            "3 yrs doing baidu SEM at an edu company, want content ops. doable?",
            "seo_sem_ops",
            "content_ops",
        ),
        (
            "leaving agency-side media buying for an in-house brand team, what changes and what do i need",
            "media_buyer",
            "brand_dept",
        ),
        (
            "Two years running a Taobao shop (listings, zhitongche, customer service chats). Want user "
            "ops at a proper internet company next.",
            "taobao_store_ops",
            "user_ops",
        ),
        (
            "I teach high school English in Chengdu and I'd like to do user operations at an app "
            "company. Where would I even start?",
            None,
            "user_ops",
        ),
        (
            "lawyer (litigation) thinking about PR, mostly the crisis side. can I switch?",
            None,
            "pr_dept",
        ),
        (
            "想進品牌部。現在的工作是每天剪短影音、經營公司IG跟FB、回粉絲留言",
            "new_media_ops",
            "brand_dept",
        ),
        ("想入brand team，而家喺agency做media buying", "media_buyer", "brand_dept"),
        ("product ops，我下一步想做嘅就係佢。現職做緊內容運營", "content_ops", "product_ops"),
    ],
)
def test_a_goal_said_first_and_the_way_asked_is_a_move(engine, question, start, goal):
    a = engine.answer(question)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


@pytest.mark.parametrize(
    "question",
    [
        "I literally haggle at every market lol and I'm good with numbers. is there something "
        "in marketing for a person like that?",
        "psych major, obsessed with why people buy things. what role would actually use that?",
        "fresh grad, business major, no clue where to start in marketing or ops. how do I get "
        "in at all?",
        "文筆還不錯 以前是校刊主編 想找跟寫作有關的行銷工作 推薦哪種",
        "社恐+喜歡分析 有推薦的職缺嗎 不想每天開會跟人溝通",
        "我好鍾意睇數據 但好怕同人講嘢 做咩marketing嘅工好",
        "我係IG重度用家，日日睇KOL，想做同social media有關嘅嘢，應該搵咩職位",
        "好鍾意寫嘢 又鍾意打機，想入遊戲公司做marketing相關，有咩方向",
        "HR here at a small trading company. One of our admin staff loves organising events and "
        "chatting with customers. Which kind of role should we move her into?",
        "10 yrs as a construction project manager — very organised, great at managing vendors and "
        "deadlines. which marketing role would actually use that?",
        "my son (19) is obsessed with xiaohongshu and memes, is there a job that matches that or is "
        "it a waste of time",
        "我是HR，我们老板让我从门店调一个小姑娘去做线上，她特别会跟顾客聊天、拉群，适合安排什么岗位",
        "开了家小烘焙店，老板兼店员，想招一个人帮我把线上做起来，我应该招什么岗位的人",
        "工作十年的销售，谈判能力强，资源多，想往市场这边靠，哪个岗位能发挥我的优势",
        "fresh grad，讀BBA marketing，完全唔知應該揀咩position",
        "我個仔讀緊Year 3，成日話想做marketing，佢好鍾意玩data，有咩方向可以畀佢參考",
        "本身做補習老師，口才好，寫嘢快，想轉去marketing，但唔知自己啱邊個位，有冇建議",
        "很愛研究品牌故事、logo設計，對想策略比動手執行更有興趣，大學生適合往哪走",
    ],
)
def test_what_suits_me_in_the_tuning_sets_words(engine, question):
    assert engine.answer(question).kind == "fit"


@pytest.mark.parametrize(
    "question, job, aspect, gap",
    [
        ("销售部在整个营销体系里算哪一块，上面是谁", "sales_dept", "sits", False),
        ("非科班，想进大厂做产品运营有啥门路吗，求指路🙏", "product_ops", "get_in", False),
        ("非科班想进运营岗，有什么路子吗", "operations_dept", "get_in", False),
        ("在上海做BD怎么样，岗位多不多", "bd", "market", True),
        (
            "运营这行还有钱途吗，35岁危机是不是真的很严重 家人们",
            "operations_dept",
            "prospects",
            True,
        ),
        (
            "Honest q: is ops even going to exist as a job in 5 yrs with all the AI tools? kinda "
            "worried about the future of operations",
            "operations_dept",
            "prospects",
            True,
        ),
        ("品牌部累不累", "brand_dept", "workload", True),
        ("用戶運營做到後面會變成什麼職位？升遷路線大概怎樣", "user_ops", "leads_to", True),
        ("做ops做到後尾可以去邊？", "operations_dept", "leads_to", False),
        ("content ops做幾年之後通常會轉去咩位", "content_ops", "leads_to", True),
        ("小編這工做還有未來嗎QQ 覺得隨時會被取代", "new_media_ops", "prospects", True),
        ("[問題] 在行銷部工作值得嗎？還是去別的部門比較好", "marketing_dept", "better", True),
        ("做ops好唔好㗎？成日聽人講好辛苦", "operations_dept", "better", True),
        (
            "行銷企畫需要什麼技能？Excel 跟簡報要到什麼程度",
            "marketing_planning_dept",
            "skills",
            False,
        ),
        ("FMCG brand manager嘅perfomance點評？睇sales定睇咩", "brand_manager", "measured", False),
        ("大學辦過很多系學會活動，想走活動運營，要怎麼入行？", "activity_ops", "get_in", True),
        ("網推部點入？我讀IT嘅", "online_promotion_dept", "get_in", False),
        ("新媒體運營一個月大概領多少？想知道合不合理", "new_media_ops", "pay", True),
        ("SEO專員剛入行大概能領多少", "seo_sem_ops", "pay", False),
        ("淘寶店鋪運營這種職缺在台灣找得到嗎", "taobao_store_ops", "market", True),
        ("編輯做久了可以往哪邊走", "editor", "leads_to", False),
        ("promotion做耐咗會去到邊", "promotion", "leads_to", False),
        ("想入公關行，有咩路可以行？讀緊journalism", "pr_dept", "get_in", False),
        ("活動運營 (即係event ops?) 點入行", "activity_ops", "get_in", True),
    ],
)
def test_aspects_in_the_tuning_sets_words(engine, question, job, aspect, gap):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", job, aspect)
    assert bool(a.gaps) is gap


def test_a_not_a_asks_a_second_question(engine):
    # "涨粉算不算" asks of the job named first; 涨粉 is no new subject of the answer
    a = engine.answer("新媒体运营具体负责哪些，涨粉算不算")
    assert (a.kind, a.topic, a.aspect) == ("role", "new_media_ops", "does")


@pytest.mark.parametrize(
    "question",
    [
        "who's in charge of getting dealers to actually stock and push our new phone?",
        "谁负责让经销商进货",
    ],
)
def test_who_gets_dealers_to_stock(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("who", "sales_dept")


def test_a_homophone_typo_of_what_was_typed_before_folding(engine):
    # 舍群 sounds like 社群, which folds to 社区: the typo is of 社群运营
    a = engine.answer("用户运营跟舍群运营到底有啥区别，我们公司混着叫")
    assert a.kind == "compare" and set(a.topics[:2]) == {"user_ops", "community_ops"}


@pytest.mark.parametrize(
    "question",
    ["乙方媒介，做了三年采买，想去做公关，能转吗", "agency media buyer wanting to move into PR"],
)
def test_a_term_right_before_a_job_says_where_the_job_is(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.from_id, a.to_id) == ("transition", "media_buyer", "pr_dept")


@pytest.mark.parametrize(
    "question, lead",
    [
        ("我们公司的微博账号一般是哪个团队在管", "新媒体部，具体由新媒体运营负责"),
        ("our Weibo account, which team runs it?", "The new media department; within it"),
    ],
)
def test_which_team_is_answered_with_the_department_and_its_role(engine, question, lead):
    a = engine.answer(question)
    assert a.kind == "who" and a.topics[:2] == ["new_media_dept", "new_media_ops"]
    assert a.lead.startswith(lead)


def test_quoted_duties_whose_second_clause_is_the_duty(engine):
    a = engine.answer(
        "“与运营商、连锁经销商等合作伙伴共赢，制定产品全渠道销售策略与规划”这是销售还是市场"
    )
    assert (a.kind, a.topic) == ("who", "sales_dept")


def test_a_mother_back_to_work_who_ran_wechat_groups_is_asked_what_fits(engine):
    a = engine.answer(
        "宝妈一枚，孩子上幼儿园了想重回职场，时间不太自由，之前帮朋友管过几个卖水果的微信群，"
        "群里挺活跃的，这种适合找啥工作"
    )
    assert a.kind == "fit" and a.topics[0] == "community_ops"


@pytest.mark.parametrize(
    "question",
    ["传统企业里说的运营是指啥？和互联网运营是一回事吗", "傳統產業的營運跟網路公司的營運一樣嗎"],
)
def test_operations_said_of_a_kind_of_company_is_its_sense(engine, question):
    a = engine.answer(question)
    assert a.kind == "compare"
    assert set(a.topics[:2]) == {"traditional_operations", "narrow_operations"}


@pytest.mark.parametrize(
    "question, side",
    [
        ("trade marketing vs brand manager at an FMCG", "brand_manager"),
        ("FMCG嘅brand manager同brand team有咩分別", "brand_manager"),
        ("網路公司跟快消公司的行銷有什麼不同", "fmcg_company"),
    ],
)
def test_a_job_at_a_company_keeps_its_own_sense(engine, question, side):
    a = engine.answer(question)
    assert a.kind == "compare" and side in a.topics


@pytest.mark.parametrize(
    "question, job",
    [
        ("「撰寫新聞稿、維繫媒體關係、處理負面輿情與危機事件」這是公關的缺吧？", "pr_dept"),
        ("「負責App於各應用程式商店上架、ASO優化、維繫商店窗口關係」這是哪類工作", "aso_ops"),
        ("「每日撰寫及編排網站文章、校對稿件」呢份工叫咩", "editor"),
        ("Job duties: 制定新品上市策略，決定幾時、邊啲渠道、出幾多貨 — 呢個係咩role", "gtm_team"),
        ("機場廣告、劇集中插嗰啲位係邊個去買", "media_buyer"),
        ("新品幾時上市、邊啲渠道先出貨，邊個team決定", "gtm_team"),
        ("網店啲貨上架落架係邊個做", "store_ops"),
        ("'制定產品上市策略：幾時上、邊啲渠道、上幾多貨' 呢個係咩team", "gtm_team"),
        (
            "'負責每次campaign後寫復盤報告，管理時間、成本、風險同外部供應商' 係乜工",
            "campaign_execution",
        ),
    ],
)
def test_job_ad_frames_of_taiwan_and_hong_kong(engine, question, job):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("who", job)


def test_how_well_a_job_is_done_is_how_it_is_measured_not_which_is_better(engine):
    a = engine.answer("media buyer做得好唔好係點衡量嘅")
    assert (a.topic, a.aspect, a.gaps) == ("media_buyer", "measured", [])


def test_a_narrower_role_says_the_gap_then_the_ways_into_the_wider_job(engine):
    a = engine.answer("how do I get into SEO/SEM?")
    assert a.aspect == "get_in" and "get_in" in a.gaps
    assert any(
        b.startswith("Routes the articles describe into promotion as a whole") for b in a.bullets
    )


def test_the_articles_move_into_promotion_answers_a_move_from_online_promotion(engine):
    a = engine.answer(
        "小弟目前在做網路推廣快兩年，主要就是下廣告、到處發文，最近想轉去做運營，有機會嗎？"
    )
    assert "promotion_to_operations" in a.topics


@pytest.mark.parametrize(
    "question, job, aspect",
    [
        ("行消企劃需要具備哪些能力，文筆好就夠了嗎", "marketing_planning_dept", "skills"),
        ("用戶營云需要具備什麼能力", "user_ops", "skills"),
        ("想入PR行，冇相關經驗點算好", "pr_dept", "get_in"),
        ("做商务拓展几年之后一般都去干啥了", "bd", "leads_to"),
        ("社群运营干满三年，后面一般都去做什么了？", "community_ops", "leads_to"),
        ("社群运营怎么算做的好？看群活越吗", "community_ops", "measured"),
    ],
)
def test_typos_of_taiwan_spellings_and_cantonese_ways_in(engine, question, job, aspect):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", job, aspect)


@pytest.mark.parametrize(
    "question, term",
    [
        ("漲粉就是增加粉絲數的意思嗎", "zhangfen"),
        ("does KOC mean a normal user who posts reviews?", "koc"),
    ],
)
def test_a_guessed_meaning_is_no_other_subject(engine, question, term):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("term", term)


def test_a_fact_of_a_job_then_a_move_answers_the_fact_and_offers_the_move(engine):
    a = engine.answer("编辑工资多少？能转公关吗？")
    assert (a.kind, a.topic, a.aspect, a.gaps) == ("role", "editor", "pay", [])
    assert a.followups[0].ids == ("media_to_pr",)
    b = engine.answer("用户运营考核看什么？能转产品运营吗")
    assert b.topic == "user_ops" and b.followups[0].ids == ("product_ops",)
    assert b.followups[0].action == "into"


@pytest.mark.parametrize(
    "question, sides",
    [
        ("商务拓展（BD）是不是就是销售换了个洋名", {"bd", "sales_dept"}),
        ("渠道市场是不是就是销售啊", {"trade_marketing", "sales_dept"}),
        (
            "store operations and taobao store operations - same job?",
            {"store_ops", "taobao_store_ops"},
        ),
        ("投放和信息流优化师是不是一个岗", {"paid_ads", "feed_ads_optimizer"}),
        ("媒介和投放是一个岗吗", {"media_buyer", "paid_ads"}),
    ],
)
def test_is_one_just_the_other(engine, question, sides):
    a = engine.answer(question)
    assert a.kind == "compare" and set(a.topics[:2]) == sides


def test_who_makes_more_weighs_pay(engine):
    a = engine.answer("who makes more, a media buyer or a PR person?")
    assert (a.kind, a.aspect) == ("compare", "pay") and "pay" in a.gaps


def test_what_one_can_do_is_a_self_description(engine):
    assert engine.answer("能写能拍能剪，啥都想试试，适合去哪类岗位啊").kind == "fit"


@pytest.mark.parametrize(
    "question",
    [
        "how do ppl break into PR in china if they didnt study journalsim",
        "非新闻专业想进公关，有门路吗",
    ],
)
def test_what_one_studied_is_who_asks(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", "pr_dept", "get_in")


@pytest.mark.parametrize(
    "question, sides",
    [
        (
            "Is being a brand manager at an FMCG the same as working in the brand department of an "
            "internet company?",
            ["brand_manager", "brand_dept"],
        ),
        (
            "brand, PR, new media — three teams, all 'marketing'. how do they divide things?",
            ["brand_dept", "pr_dept", "new_media_dept"],
        ),
        ("媒介崗跟公關崗做的事情好像？都在跟媒體打交道", ["media_buyer", "pr_dept"]),
        ("brand team、PR team、新媒體部 三個點分呀", ["brand_dept", "pr_dept", "new_media_dept"]),
        ("拉新 留存 轉化 這三個詞差在哪", ["laxin", "liucun", "zhuanhua"]),
    ],
)
def test_jobs_weighed_each_at_its_company_or_pointed_at_as_they(engine, question, sides):
    a = engine.answer(question)
    assert a.kind == "compare" and a.topics[: len(sides)] == sides


def test_a_two_word_task_half_read_as_another_name_is_no_task(engine):
    # "user operations at an app company": not the task "app operations"
    a = engine.answer("what does user operations at an app company do")
    assert a.topic == "user_ops" and "operations_dept" not in a.topics[:1]


def test_an_aspect_of_the_goal_after_a_move_told_stays_the_aspect(engine):
    a = engine.answer("我現在在做業務，想轉職去做品牌，品牌部通常怎麼考核？怕轉過去不知道目標")
    assert (a.kind, a.topic, a.aspect) == ("role", "brand_dept", "measured")


@pytest.mark.parametrize(
    "question, term",
    [("出圈是什麼意思XD 感覺是對岸用語", "chuquan"), ("推廣有幾多種？", "promotion_types")],
)
def test_asides_about_a_word_are_no_other_subject(engine, question, term):
    assert engine.answer(question).topic == term


# The review of session 15's change: wordings the new rules must not catch.
@pytest.mark.parametrize(
    "question, kind, topic",
    [
        ("Lower CAC is the goal. My day is mostly running Baidu SEM campaigns.", "term", "sem"),
        ("涨粉是我的目标，现在每天的工作：写小红书笔记、回评论", "term", "zhangfen"),
        (
            "内容运营是我想去的方向，现在每天的工作是维护社群。内容运营具体是做什么的？",
            "role",
            "content_ops",
        ),
        (
            "Content ops – that's where I'd like to be. I run WeChat groups now. What is content ops?",
            "role",
            "content_ops",
        ),
    ],
)
def test_a_goal_and_duties_do_not_make_a_move_of_another_question(engine, question, kind, topic):
    a = engine.answer(question)
    assert (a.kind, a.topic) == (kind, topic)


@pytest.mark.parametrize(
    "question, aspect",
    [
        ("做新媒体运营好不好入门", "get_in"),
        ("我想入职银行做新媒体运营，新媒体运营平时做什么", "does"),
        ("在台湾做行销有没有必要会设计", "skills"),
        ("做运营动不动就加班。运营部是做什么的", "does"),
    ],
)
def test_new_wordings_do_not_catch_ordinary_questions(engine, question, aspect):
    assert engine.answer(question).aspect == aspect


def test_cantonese_folds_leave_mandarin_words_alone():
    from knowledge.text.langs import fold

    assert fold("产品卖点分享会") == "产品卖点分享会"
    assert fold("做緊急公關") == "做紧急公关"
    assert fold("現職位") == "现职位"
    assert fold("點分工") == "怎么分工" and fold("現職做緊內容運營") == "现在在做内容运营"
    assert fold("還有未來嗎QQ") == "还有未来吗 " and "qq" in fold("QQ群运营")


def test_the_job_first_in_a_who_answer_is_the_one_its_lead_names(engine):
    a = engine.answer("活动策划是哪个组负责")
    assert (a.kind, a.topics[0]) == ("who", "activity_ops") and "活动运营" in a.lead
