"""Wordings from the tuning sets read in session 16 (fresh14 after its measurement, dev27-dev30,
all written apart from the code) that earlier versions misread: what a user sees for each."""

from __future__ import annotations

import pytest


def _last_answer(engine, turns):
    """The answer to a conversation's last turn, each turn asked with the one before."""
    context = None
    for turn in turns:
        answer = engine.answer(turn, conversation=context)
        context = answer.context
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "careful, detail-oriented, good english writing, bit shy. what would suit me here",
        "i know every meme and every weibo 热搜 before my friends do, im on douyin 5h a day. "
        "what job is made for me lmao",
        "每天滑抖音小紅書滑到半夜，對熱點超敏感也會自己剪片，這樣可以當飯吃嗎",
        "我好憎 cold call，但又唔想成日坐喺度寫 report，有冇啲位兩樣都唔使做？",
        "想找不用一直生創意、但要很有條理會控進度的工作，行銷圈有這種嗎",
        "剛畢業半年還在待業，讀企管的，沒什麼特別專長，想進行銷或營運該怎麼開始？有點焦慮",
        "fresh grad, no idea what I want, just want a job in marketing or ops. how do I start",
    ],
)
def test_a_person_asking_whether_any_job_suits_them_is_asked_what_fits(engine, question):
    assert engine.answer(question).kind == "fit"


@pytest.mark.parametrize(
    "question, job",
    [
        ("我平常超愛研究App在商店的排名、關鍵字跟評分，有這種職位嗎", "aso_ops"),
        (
            "朋友都說我很會把很專業的手機規格講成一般人聽得懂的話 哈哈，這能當飯吃嗎？有對應的職位嗎",
            "product_planning",
        ),
        ("我很喜歡觀察人、做訪談、挖掘大家真正的痛點，有沒有職位是專門做這個的", "user_insight"),
    ],
)
def test_the_work_a_person_describes_names_the_job_that_fits(engine, question, job):
    a = engine.answer(question)
    assert a.kind == "fit" and job in a.topics[:2]


def test_two_jobs_weighed_by_a_person_are_both_answered(engine):
    a = engine.answer("我特别能聊，砍价一流，亲戚都说我天生做生意的料，适合做BD还是做销售？")
    assert a.kind == "fit" and {"bd", "sales_dept"} <= set(a.topics[:2])


def test_two_jobs_the_quiz_scores_neither_say_what_each_takes(engine):
    a = engine.answer(
        "psych major, obsessed with why people buy stuff. user insight or strategy & insight, "
        "which one fits me better?"
    )
    assert a.kind == "fit" and a.topics[:2] == ["user_insight", "strategy_insight"]
    assert "what each takes" in a.lead and "rate nobody" in a.lead
    assert a.bullets[0].startswith("User insight: ")


def test_a_job_named_outright_for_a_person_keeps_its_card(engine):
    a = engine.answer(
        "I can talk to anyone, I love haggling, I'm the friend who always gets the discount. "
        "Does that make me a BD person?"
    )
    assert (a.kind, a.topic) == ("fit", "bd")
    assert "Is Business development (BD) for you?" in a.title


@pytest.mark.parametrize(
    "question, start, goal",
    [
        ("從公關跳去當社群小編一年，現在想回公關", "new_media_ops", "pr_dept"),
        (
            "由 ops 轉咗去 marketing 一年，而家想返轉頭做 ops，會唔會好難返去？",
            "marketing_dept",
            "operations_dept",
        ),
        (
            "I moved from PR to brand last year, now I want to go back to PR",
            "brand_dept",
            "pr_dept",
        ),
        ("magazine editor here (6 yrs), would PR take me?", "editor", "pr_dept"),
        ("产品运营想转回推广，会不会越走越窄", "product_ops", "promotion"),
        (
            "I'm in trade marketing at an FMCG and want to move into internet operations. "
            "transferable or not?",
            "trade_marketing",
            "operations_dept",
        ),
        (
            "Three years as a media buyer at an agency. I'd like to go client side as a brand "
            "manager. What's the path?",
            "media_buyer",
            "brand_manager",
        ),
        ("运营转推广可以吗 我做运营两年了 感觉天花板好低", "operations_dept", "promotion"),
        (
            "我每天都在調Google關鍵字出價、寫廣告文案，做了兩年，想轉去做內容運營，行得通嗎",
            ("promotion", "seo_sem_ops"),  # paid search, the kind of promotion named
            "content_ops",
        ),
        (
            "going from the retail team (store promos, training 导购) over to the GTM team, "
            "what do i need",
            "retail",
            "gtm_team",
        ),
        (
            "I run a brand's online mall: listing products, setting up promos, answering "
            "customer chat. How would I switch to user ops?",
            "store_ops",
            "user_ops",
        ),
    ],
)
def test_moves_in_forum_words_go_the_way_they_are_told(engine, question, start, goal):
    a = engine.answer(question)
    starts = start if isinstance(start, tuple) else (start,)
    assert (a.kind, a.to_id) == ("transition", goal) and a.from_id in starts


@pytest.mark.parametrize(
    "question, goal, said",
    [
        ("报社记者 转 企业PR，需要准备点啥", "pr_dept", "记者"),
        ("考公上岸三年了，体制内太闷，想出来去企业做品牌，是不是想太多", "brand_dept", "考公"),
        (
            "flight attendant, grounded since my airline cut routes. could I get into promotion "
            "work? zero marketing background",
            "promotion",
            "flight attendant",
        ),
    ],
)
def test_a_start_we_do_not_cover_is_named_as_such(engine, question, goal, said):
    a = engine.answer(question)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert said in a.from_words


@pytest.mark.parametrize(
    "question",
    [
        "Goal: user ops. Current job: SEO link building (外链) at a small site. "
        "How do I get from here to there?",
        "target role: user operations | current role: SEM specialist | yrs: 2 | how to switch?",
    ],
)
def test_a_goal_and_a_current_job_labelled_are_a_move(engine, question):
    a = engine.answer(question)
    assert (a.kind, a.to_id) == ("transition", "user_ops")
    assert a.from_id in ("promotion", "seo_sem_ops")


def test_a_goal_changed_in_a_follow_up_keeps_the_start(engine):
    first = engine.answer("我是老師，想轉行銷")
    a = engine.answer("如果改成運營呢", conversation=first.context)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, "operations_dept")
    assert "老师" in a.from_words or "老師" in a.from_words


def test_time_spans_are_no_task(engine):
    # "two years ago" is not the task "plan two launches a year" (marketing planning)
    a = engine.answer(
        "Two years ago I left ops for an SEM job because it paid more. I regret it. "
        "How do I get back into operations?"
    )
    assert a.kind == "transition" and a.to_id == "operations_dept"
    assert "marketing_planning_dept" not in a.topics


@pytest.mark.parametrize(
    "question, job, aspect",
    [
        (
            "if i want to do community ops, should i go for tencent or some small startup?",
            "community_ops",
            "company",
        ),
        ("想去大厂做内容运营 哪家比较好", "content_ops", "company"),
        ("想做 brand，應該入邊間公司好？外資定本地？", "brand_dept", "company"),
        ("怎樣才能進品牌部？感覺都要名校加海外經驗", "brand_dept", "get_in"),
        ("Any advice on getting hired into a GTM team?", "gtm_team", "get_in"),
        ("BD这工作到底好不好，靠谱吗，家里人说就是跑业务", "bd", "better"),
        ("深圳现在SEO岗位好找吗，行情怎么样", "seo_sem_ops", "market"),
        ("is online store ops a decent job or is it a trap", "store_ops", "better"),
        ("my boss says SEO died the day douyin took off. future??", "seo_sem_ops", "prospects"),
        ("社群小編的下一步是什麼？總不會三十歲還在排貼文吧😂", "new_media_ops", "leads_to"),
        ("做 sales 係咪份好工？", "sales_dept", "better"),
    ],
)
def test_uncovered_aspects_in_forum_words_are_said_missing_first(engine, question, job, aspect):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == ("role", job, aspect)
    assert aspect in a.gaps


@pytest.mark.parametrize(
    "question, job, aspect",
    [
        ("業務部在做什麼我大概知道啦，但大公司業務部的績效是怎麼算的？", "sales_dept", "measured"),
        ("品牌經理在快消公司裡是什麼角色？聽說很有話語權", "brand_manager", "does"),
        ("推廣做到頂，會變成什麼職位？", "promotion", "leads_to"),
        ("做廣告投放的人 成效是怎麼被評估的", "paid_ads", "measured"),
        ("SEO/SEM運營係咪屬於市場部", "seo_sem_ops", "sits"),
    ],
)
def test_covered_aspects_in_forum_words(engine, question, job, aspect):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect, a.gaps) == ("role", job, aspect, [])


def test_which_company_after_a_job_asks_it_of_that_job(engine):
    first = engine.answer("品牌經理在快消公司裡是什麼角色？")
    a = engine.answer("哪幾家快消比較推", conversation=first.context)
    assert (a.kind, a.topic, a.aspect) == ("role", "brand_manager", "company")
    assert "company" in a.gaps


@pytest.mark.parametrize(
    "question, job",
    [
        ("同媒體供應商講價、爭取買一送一嗰啲，係邊個做？", "media_buyer"),
        ("教 promoter 點樣介紹新產品、搞舖面陳列，係邊個 team？", "retail"),
        ("把手機規格寫成「打遊戲神器」這種話的人是什麼職位？", "product_planning"),
    ],
)
def test_who_does_an_everyday_task(engine, question, job):
    a = engine.answer(question)
    assert (a.kind, a.topic) == ("who", job)


@pytest.mark.parametrize(
    "question, job",
    [
        (
            "「專案時程、品質、成本與風險管理，協調外部供應商，活動結束後撰寫復盤報告」",
            "campaign_execution",
        ),
        (
            "「將產品規格轉譯為消費者聽得懂的賣點，產出產品包裝策略」這是哪種企劃",
            "product_planning",
        ),
    ],
)
def test_quoted_duties_alone_or_framed_are_a_job_ad(engine, question, job):
    assert engine.answer(question).topic == job


@pytest.mark.parametrize(
    "question, sides",
    [
        ("大運營同小運營係咪兩樣嘢？", ["broad_operations", "narrow_operations"]),
        ("Is BD basically just sales with a fancier title?", ["bd", "sales_dept"]),
        (
            "Is it better to start out in the brand department or in marketing planning?",
            ["brand_dept", "marketing_planning_dept"],
        ),
        (
            "背景：在一間做App的新創當行銷兩年，最近公司成立營運部，結果兩邊的工作一直重疊，主管也說不清楚"
            "誰該負責什麼，面試新人時我也被問倒。所以想認真搞懂：行銷跟營運到底差在哪裡？",
            ["marketing_dept", "operations_dept"],
        ),
    ],
)
def test_comparisons_in_forum_words(engine, question, sides):
    a = engine.answer(question)
    assert a.kind == "compare" and set(sides) <= set(a.topics)


def test_how_a_kind_of_company_arranges_its_teams_is_that_company(engine):
    a = engine.answer("像手機這種大型硬體消費公司，行銷部門是怎麼組織的？預算上億那種")
    assert (a.kind, a.topic) == ("org", "hardware_company")


@pytest.mark.parametrize(
    "question, kind, topic",
    [
        # what a job does in a kind of company is still the department's (the sets' labels)
        ("互联网公司的市场部是什么角色", "org", "internet_company"),
        # asked in an interview, not wished for: what the brand team does
        (
            "想問一下板上大大，品牌部到底每天在忙什麼？面試被問想做品牌的哪一塊，我整個卡住",
            "role",
            "brand_dept",
        ),
        # a wish that is no job: 还是我想多了 weighs nothing
        ("体制内公务员，想辞职去互联网公司做品牌，现实吗还是我想多了", "transition", "brand_dept"),
    ],
)
def test_new_wordings_leave_neighbouring_questions_alone(engine, question, kind, topic):
    a = engine.answer(question)
    assert (a.kind, a.topic) == (kind, topic)


def test_a_job_one_does_not_want_is_no_goal(engine):
    a = engine.answer(
        "背景：讀 sociology，做過 NGO 嘅 program assistant，主要搞 workshop 同 stakeholders 溝通。"
        "我鍾意做 research，尤其係訪問人、分析佢哋點諗。唔太想做 sales，有咩位啱我？"
    )
    assert a.kind == "fit" and a.topics[0] == "user_insight" and a.to_id != "sales_dept"


@pytest.mark.parametrize(
    "turns, job, aspect",
    [
        (
            ["内容运营怎么入行", "那新媒体运营呢", "不对 我问的是新媒体部 不是新媒体运营"],
            "new_media_dept",
            "get_in",
        ),
        (
            [
                "what does an activity ops person do all day",
                "no wait, I meant community ops the whole time, the wechat group one. "
                "what do THEY do",
            ],
            "community_ops",
            "does",
        ),
    ],
)
def test_the_job_meant_replaces_the_one_answered(engine, turns, job, aspect):
    a = _last_answer(engine, turns)
    assert (a.kind, a.topic, a.aspect) == ("role", job, aspect)


def test_what_one_asks_plainly_in_a_long_story_is_not_a_correction(engine):
    a = engine.answer(
        "28岁，做了三年SEM，百度竞价那套玩得很熟了，但天花板感觉很明显，身边人不是转产品就是转运营。"
        "我想问的是：做推广的以后一般能往哪些方向发展？"
    )
    assert (a.kind, a.topic, a.aspect) == ("role", "promotion", "leads_to")


@pytest.mark.parametrize(
    "question, kind, topic, aspect",
    [
        # the review's cases: each new wording must leave these as they were
        ("用户运营每天都在忙些什么具体事情？", "role", "user_ops", "does"),
        ("我平时很好奇品牌经理每天都在忙些什么工作呀？", "role", "brand_manager", "does"),
        ("我每天都在写公众号文章，品牌经理每天做什么？", "role", "brand_manager", "does"),
        ("品牌经理有没有工作经验要求？", "role", "brand_manager", "skills"),
        ("我是应届生，深圳有没有岗位招新媒体运营？", "role", "new_media_ops", "market"),
        ("SEO工作原理是什么？", "term", "seo", None),
        ("现在做推广工作好不好找？", "role", "promotion", "prospects"),
    ],
)
def test_ordinary_questions_keep_their_reading(engine, question, kind, topic, aspect):
    a = engine.answer(question)
    assert (a.kind, a.topic, a.aspect) == (kind, topic, aspect)


@pytest.mark.parametrize(
    "question, sides",
    [
        ("应该先做运营还是先做推广？", {"promotion", "operations_dept"}),
        ("应该先学SEO还是先学SEM？", {"seo", "sem"}),
        ("做品牌还是要做运营？", {"brand_dept", "operations_dept"}),
    ],
)
def test_a_or_b_first_is_still_a_comparison(engine, question, sides):
    a = engine.answer(question)
    assert a.kind == "compare" and sides <= set(a.topics)


@pytest.mark.parametrize(
    "question, start, goal",
    [
        (
            "I had to work as a sales rep for 3 years, now I want to move into brand. Possible?",
            "sales_dept",
            "brand_dept",
        ),
        (
            "I used to work as a PR specialist, now I want to get into brand. Is that doable?",
            "pr_dept",
            "brand_dept",
        ),
    ],
)
def test_a_job_one_used_to_do_is_the_start(engine, question, start, goal):
    a = engine.answer(question)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


def test_the_goal_said_as_where_one_would_go_is_not_read_as_ones_job(engine):
    a = engine.answer(
        "Three years as a media buyer at an agency. I'd like to go client side as a brand "
        "manager. What's the path?"
    )
    assert "starting point" not in a.lead


@pytest.mark.parametrize(
    "question",
    [
        "我做了两年投放，信息流广告应该投哪些渠道？",
        "我做了三年运营，想找品牌相关的工作，怎么准备简历？",
        "用户画像的特征：25到35岁女性、一二线城市、喜欢美妆、消费习惯，这是什么岗位做的？",
    ],
)
def test_questions_near_the_new_wordings_are_no_fit_and_no_job_ad(engine, question):
    a = engine.answer(question)
    assert a.kind != "fit" and "招聘" not in a.title


@pytest.mark.parametrize(
    "turns, start, goal",
    [
        (
            ["我做了三年销售 话多 能喝 想换个不那么卷业绩的 适合干啥", "市场部呢 我能去吗"],
            "sales_dept",
            "marketing_dept",
        ),
        (
            [
                "我做了三年销售 话多 能喝 想换个不那么卷业绩的 适合干啥",
                "市场部呢 我能去吗",
                "那要先学点啥",
            ],
            "sales_dept",
            "marketing_dept",
        ),
        (["請問SEO專員是在做什麼的？", "做久了之後可以轉運營嗎"], "seo_sem_ops", "operations_dept"),
    ],
)
def test_a_move_asked_later_starts_from_the_job_told_or_asked_about(engine, turns, start, goal):
    a = _last_answer(engine, turns)
    assert (a.kind, a.from_id, a.to_id) == ("transition", start, goal)


@pytest.mark.parametrize(
    "turns, goal, said",
    [
        (
            ["PR部門是做什麼的？跟記者很熟的那種人嗎", "我本身是地方報的記者耶，可以轉嗎"],
            "pr_dept",
            "记者",
        ),
        (
            [
                "what's content ops like day to day?",
                "could I realistically move into that from teaching?",
            ],
            "content_ops",
            "teaching",
        ),
    ],
)
def test_ones_own_job_told_after_a_job_asks_the_move_into_it(engine, turns, goal, said):
    a = _last_answer(engine, turns)
    assert (a.kind, a.from_id, a.to_id) == ("transition", None, goal)
    assert said in a.from_words


@pytest.mark.parametrize(
    "question, kind, topic",
    [
        # fresh15's misses, read after its measurement
        ("我很擅长砍价谈判，买东西从来不吃亏😂 有没有能用上这本事的岗位", "fit", None),
        ("求推荐岗位：逻辑强，喜欢写方案做PPT，但执行力一般般", "fit", None),
        # (session 44: a likeness the operations department's own summary draws is answered
        # by its card, which says it; thirteen other registered questions were labelled so)
        ("运营部是不是就相当于传统公司的销售部？", "role", "operations_dept"),
        ("website promotion and website operations - same job with two titles?", "compare", None),
        ("运营干到后面一般会走向哪些方向", "role", "operations_dept"),
    ],
)
def test_fresh15_wordings(engine, question, kind, topic):
    a = engine.answer(question)
    assert a.kind == kind and (topic is None or a.topic == topic)


@pytest.mark.parametrize(
    "question, start, goal",
    [
        ("公关部会要内容运营背景的人吗？我想转过去", "content_ops", "pr_dept"),
        ("社群运营怎么升级成用户运营", "community_ops", "user_ops"),
    ],
)
def test_fresh15_moves(engine, question, start, goal):
    a = engine.answer(question)
    starts = start if isinstance(start, tuple) else (start,)
    assert (a.kind, a.to_id) == ("transition", goal) and a.from_id in starts


@pytest.mark.parametrize(
    "question",
    [
        # fresh17's misses, read after its measurement
        "I love figuring out why people buy things. I read reviews and forum complaints for fun "
        "and I'm weirdly good at spotting what annoys people about a product. Is there a job that "
        "is basically that?",
        "So I studied journalism, worked 2 years at a TV station, have a ton of media contacts and "
        "can write a press release in my sleep. Which department would make the most use of that?",
        "学设计的，会PS和AE，剪过几个短视频，想往市场这块靠，什么岗位比较对口",
        "理工科，逻辑还行，喜欢琢磨用户为啥买东西，不喜欢写长文案，推荐个方向",
    ],
)
def test_fresh17_fit_wordings(engine, question):
    assert engine.answer(question).kind == "fit"
