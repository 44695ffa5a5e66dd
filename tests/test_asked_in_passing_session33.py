"""Session 33: what a message asks when it also claims, names a field or offers places; and
where a person is, held while the chat moves on (dev52, dev53, fresh35 as tuning material)."""

import pytest

from tests.talk import chat


def test_a_rhetorical_isnt_it_is_no_question_of_its_own(engine):
    answer = engine.answer(
        "想問各位 我中文系大四 最近在104一直看到「內容運營」這種職缺 可是台灣不是都叫內容行銷或"
        "編輯嗎？內容運營到底每天在做什麼啊"
    )
    assert answer.topics[0] == "content_ops" and answer.aspect == "does"


def test_a_field_named_around_which_job_is_where_to_look_not_two_sides(engine):
    answer = engine.answer(
        "I love writing, I'm always the one making memes in the group chat, but I'm terrible "
        "with numbers. which marketing or ops job fits me"
    )
    assert answer.kind == "fit"
    assert answer.topics[0] not in ("marketing_dept", "operations_dept")
    assert "content_ops" in answer.topics[:3]


def test_two_sides_weighed_for_the_person_still_lead_the_reading(engine):
    answer = engine.answer("I like writing. promotion or operations, which one fits me?")
    assert answer.kind == "fit" and answer.topics[0] in ("promotion", "operations_dept")


def test_a_skill_two_jobs_hold_alike_does_not_pick_one_of_them(engine):
    answer = engine.answer(
        "I've been teaching middle school English for 8 years. Besides classes I write most of "
        "the school's WeChat official account posts and I edit the parents' newsletter every "
        "month. I'm burnt out. Which marketing or ops job would fit me?"
    )
    assert answer.kind == "fit" and answer.topics[0] != "mini_program_ops"


def test_whats_her_job_called_after_her_duties_asks_which_job(engine):
    answer = engine.answer(
        "my wife runs the company's online mall for a snack brand: listings, product photos and "
        "copy, promos, chatting with customers. what's her job called in your term"
    )
    assert answer.topics[0] == "store_ops"


def test_two_departments_offered_as_the_place_of_the_job_talked_of(engine):
    answer = chat(
        engine,
        "my wife runs the company's online mall for a snack brand: listings, product photos and "
        "copy, promos, chatting with customers. what's her job called in your term",
        "is that ops or is it e-commerce?",
    )
    assert answer.topics[0] == "store_ops" and answer.aspect == "sits"
    chinese = chat(engine, "what does a media buyer do", "是市场部还是运营部的")
    assert chinese.topics[0] == "media_buyer" and chinese.aspect == "sits"


def test_a_word_offered_for_a_word_is_not_a_place(engine):
    answer = chat(engine, "what does a KOC do", "is that a KOL or a blogger?")
    assert answer.aspect != "sits"


@pytest.mark.parametrize(
    "asked, job",
    [
        (
            "我在保養品牌做業務三年了，每天跑經銷商、談鋪貨、追回款。想問業務部在公司裡算是行銷的"
            "一環嗎？",
            "sales_dept",
        ),
        ("PR算是品牌的一环吗", "pr_dept"),
    ],
)
def test_one_link_of_another_asks_where_it_sits(engine, asked, job):
    answer = engine.answer(asked)
    assert answer.topics[0] == job and answer.aspect == "sits"


def test_ones_own_job_holds_through_a_comparison_for_the_move_asked_next(engine):
    answer = chat(
        engine,
        "我在保養品牌做業務三年了，每天跑經銷商、談鋪貨、追回款。想問業務部在公司裡算是行銷的一環嗎？",
        "那行銷部跟我們業務平常到底怎麼分工",
        "我想轉職去做行銷企劃，有機會嗎",
    )
    assert answer.kind == "transition"
    assert (answer.from_id, answer.to_id) == ("sales_dept", "marketing_planning_dept")


def test_the_other_side_weighed_is_still_the_start_when_it_is_the_job_held(engine):
    answer = chat(
        engine,
        "My wife works in 'trade marketing' at a phone company and I honestly have no idea what "
        "she does. She talks about dealers and store displays a lot.",
        "ok and how is that different from her colleagues in the marketing centre?",
        "she wants to move over to the marketing centre side eventually. how would she go about "
        "that",
    )
    assert (answer.from_id, answer.to_id) == ("trade_marketing", "marketing_center")


def test_the_words_own_job_said_again_as_a_team_is_the_subject(engine):
    answer = engine.answer(
        "hey so at my new job (consumer electronics) they put me in 'GTM'. I nodded in the "
        "meeting but what is a GTM team actually supposed to do lol"
    )
    assert answer.topics[0] == "gtm_team" and answer.aspect == "does"
    asked = engine.answer("BD啥意思，招聘上写BD专员")
    assert asked.kind == "term" and asked.topics[0] == "bd_term"


@pytest.mark.parametrize(
    "asked", ["so trade marketing counts as army too?", "is PR air force or army?"]
)
def test_a_side_of_air_force_and_army_asks_where_it_sits(engine, asked):
    answer = chat(engine, "what's the air force thing anyway, my boss keeps saying it", asked)
    assert answer.kind == "role" and answer.aspect == "sits"


@pytest.mark.parametrize(
    "first, then, words",
    [
        ("ASO?", "is that just SEO for apps", {"aso", "seo"}),
        ("what's a KOC", "so it's basically a KOL?", {"koc", "kol"}),
        ("ASO是什麼的縮寫", "跟SEO是同一件事嗎 只是換成app版？", {"aso", "seo"}),
    ],
)
def test_the_word_before_held_up_against_another_weighs_both(engine, first, then, words):
    answer = chat(engine, first, then)
    assert answer.kind in ("term", "compare") and words <= set(answer.topics[:2])


def test_a_move_said_with_huancheng_is_still_a_move(engine):
    answer = engine.answer("我做推广的，想换成运营")
    assert (answer.from_id, answer.to_id) == ("promotion", "operations_dept")


def test_a_teams_days_guessed_at_are_asked_of_the_team(engine):
    answer = engine.answer("品牌部是不是整天都在想slogan跟拍廣告而已")
    assert answer.topics[0] == "brand_dept" and answer.aspect == "does"


def test_two_words_said_to_be_the_same_kind_of_thing_are_weighed(engine):
    answer = engine.answer("百度竞价 and 直通车 are the same kind of thing right?")
    assert answer.kind == "compare"
    assert {"baidu_bidding", "zhitongche"} <= set(answer.topics[:2])


def test_jargon_asked_to_be_translated_is_each_word_explained(engine):
    answer = engine.answer("老板天天把拉新促活挂嘴边 我一个做行政的听得一脸懵 能翻译翻译吗")
    assert answer.kind == "term" and {"laxin", "cuhuo"} <= set(answer.topics[:2])
    plain = engine.answer(
        "A recruiter pinged me about a role on the GTM team at a consumer electronics maker. "
        "What does that team do, in plain English?"
    )
    assert plain.topics[0] == "gtm_team" and plain.aspect == "does"


def test_work_in_a_department_named_after_it_is_that_job(engine):
    answer = engine.answer("在公司销售部跑了三年客户 想调去市场部做策划 内部转岗难吗")
    assert (answer.from_id, answer.to_id) == ("sales_dept", "marketing_planning_dept")
    user_ops = engine.answer("我做销售，想去运营部做用户运营")
    assert user_ops.to_id == "user_ops"


def test_a_word_of_a_quoted_duty_asked_short_is_the_word(engine):
    answer = chat(engine, "saw 'find KOCs for us' in a job post for a skincare brand. what's a KOC")
    assert answer.kind == "term" and answer.topics[0] == "koc"
    then = chat(
        engine,
        "saw 'find KOCs for us' in a job post for a skincare brand. what's a KOC",
        "and KOL?",
    )
    assert then.kind == "term" and then.topics[0] == "kol"


def test_the_next_step_after_a_job_is_where_it_leads(engine):
    answer = engine.answer(
        "what's the usual next step after user ops, like 3-5 years down the line"
    )
    assert answer.kind == "role" and answer.topics[0] == "user_ops"
    assert answer.aspect == "leads_to"


def test_whether_the_road_is_easy_asks_the_way_in_unless_a_move_is_told(engine):
    answer = engine.answer(
        "我闺女文科生 也没实习过 非说毕业要去做品牌 这条路好走吗 我们当家长的也不懂"
    )
    assert answer.kind == "role" and answer.aspect == "get_in"
    move = engine.answer("想去做使用者營運，但我現在是做SEO的，這條路走得通嗎")
    assert (move.from_id, move.to_id) == ("seo_sem_ops", "user_ops")


def test_whose_problem_a_thing_told_is_asks_who_handles_it(engine):
    answer = engine.answer(
        "we keep losing people after day 1, like 70% never open the app again. whose problem "
        "is that in a normal org? product keeps pointing at marketing"
    )
    assert answer.kind == "who" and answer.topics[0] == "user_ops"
    offered = engine.answer(
        "Dealers aren't pushing our new model in their stores at all. Whose problem is this, "
        "marketing or sales?"
    )
    assert offered.kind == "who" and offered.topics[0] == "sales_dept"


def test_a_pivot_table_is_no_career_pivot(engine):
    answer = engine.answer("how do I make a pivot table in excel, the dates keep grouping weird")
    assert answer.kind == "unknown"
    move = engine.answer("how do I pivot into brand from PR")
    assert (move.from_id, move.to_id) == ("pr_dept", "brand_dept")


@pytest.mark.parametrize(
    "pasted, lang",
    [
        (
            "- 负责APP在各大应用商店的上架、版本更新\n- 优化关键词排名\n- 维护商店渠道关系，争取首发、"
            "专题资源\nwhat role is this? friend sent it to me",
            "en",
        ),
        ("招聘：\n- 负责公众号\n- 写推文\n这是什么岗位", "zh-Hans"),
    ],
)
def test_a_job_ad_pasted_as_lines_is_answered_in_the_words_around_it(engine, pasted, lang):
    assert engine.answer(pasted).lang == lang


def test_a_name_mistyped_at_the_start_of_a_message_is_still_read(engine):
    answer = engine.answer("與情點解 係咪即係網上啲人點講我哋公司")
    assert answer.kind == "term" and answer.topics[0] == "yuqing"
    assert engine.answer("优化是什么").kind == "unknown"  # 是 is the sentence's own word


def test_what_is_liked_less_is_no_sign_of_what_fits(engine):
    answer = engine.answer(
        "which job would suit someone like me who likes organising events and meeting people "
        "more than writing"
    )
    assert answer.kind == "fit" and answer.topics[0] == "activity_ops"


def test_what_is_set_aside_with_not_is_no_sign_of_what_fits(engine):
    answer = engine.answer(
        "which would suit me: I want clear numbers that tell me I'm doing well, not vague "
        "'brand awareness' stuff nobody can measure"
    )
    assert answer.kind == "fit" and "brand_dept" not in answer.topics


def test_too_neat_doubts_the_last_answer(engine):
    answer = chat(
        engine,
        "In an internet company what's actually the difference between marketing and operations",
        "idk that sounds too neat. at my company the marketing team literally owns the "
        "registration numbers",
    )
    assert answer.topics[0] == "marketing_vs_operations"


def test_too_abstract_then_an_example_asks_the_last_question_again(engine):
    answer = chat(
        engine,
        "行銷跟營運到底差在哪？我們老闆開會都混在一起講",
        "你講得太抽象了啦 可以舉個實際例子嗎",
    )
    assert answer.kind != "unknown" and answer.topics[0] == "marketing_vs_operations"


@pytest.mark.parametrize("asked", ["做social media manager係咪好辛苦", "做PR係咪好辛苦"])
def test_whether_it_is_very_hard_asks_the_workload(engine, asked):
    answer = engine.answer(asked)
    assert answer.aspect == "workload" and answer.gaps == ["workload"]


def test_which_of_the_two_after_a_comparison_weighs_both_again(engine):
    answer = chat(engine, "community ops vs user ops", "which is easier to get into as a new grad")
    assert answer.kind == "compare" and answer.aspect == "better" and answer.gaps
    assert {"community_ops", "user_ops"} <= set(answer.topics[:2])
    city = chat(engine, "community ops vs user ops", "which city would give me the most openings")
    assert city.aspect == "market" and city.gaps == ["market"]


@pytest.mark.parametrize("then, aspect", [("那工资呢", "pay"), ("那前景呢", "prospects")])
def test_pay_or_prospects_asked_on_after_two_jobs_compared_weighs_both(engine, then, aspect):
    answer = chat(engine, "用户运营和内容运营有啥区别", then)
    assert answer.kind == "compare" and answer.aspect == aspect and answer.gaps == [aspect]
    assert {"user_ops", "content_ops"} <= set(answer.topics[:2])


def test_a_pair_named_before_job_is_the_field_not_the_idea_weighing_them(engine):
    answer = engine.answer("what did the article say about pay for promotion vs ops roles")
    assert "pay" in answer.topics
    named = engine.answer("strategy and insight role, what is it")
    assert named.topics[0] == "strategy_insight"


def test_a_quoted_word_of_nobodys_asked_is_said_to_be_uncovered_first(engine):
    answer = engine.answer("my son says he works in 'growth' at a startup. what does that mean?")
    assert answer.kind == "unknown" and "growth" in answer.lead
    assert "small_company" in [link.ids[0] for link in answer.alternatives]
    ours = engine.answer(
        "my cousin just told me she's a 'media buyer' at a phone brand in shenzhen. what does "
        "that even mean"
    )
    assert ours.topics[0] == "media_buyer"


@pytest.mark.parametrize(
    "first, then",
    [("PR同brand有咩唔同", "咁我應該揀邊個"), ("SEO vs SEM", "so which should I pick")],
)
def test_which_to_pick_after_a_comparison_weighs_the_two(engine, first, then):
    answer = chat(engine, first, then)
    assert answer.kind == "compare" and answer.aspect == "better" and answer.gaps == ["better"]


def test_whether_the_role_is_safe_asks_its_prospects_of_the_job_before(engine):
    answer = chat(
        engine,
        "what are product ops people measured on",
        "is that role safe though? feels like ops is the first thing cut in layoffs",
    )
    assert answer.topics[0] == "product_ops" and answer.aspect == "prospects"
    assert answer.gaps == ["prospects"]
    assert engine.answer("这个岗位稳不稳，新媒体运营").aspect == "prospects"


def test_whether_a_job_makes_sense_for_me_weighs_it_for_the_person(engine):
    move = engine.answer(
        "I sell cars at a 4S dealership, 6 yrs. good at closing and chatting up strangers. want "
        "to get into an internet company. would BD make sense for me"
    )
    assert move.kind == "transition" and (move.from_id, move.to_id) == (None, "bd")
    fit = engine.answer("would BD make sense for me")
    assert fit.kind == "fit" and fit.topics[0] == "bd"


@pytest.mark.parametrize(
    "asked, start, goal",
    [
        (
            "I work in the sales department of a snack brand, 3 years. I want to move to the brand "
            "side, doing brand management. how?",
            "sales_dept",
            "brand_manager",
        ),
        (
            "I do SEO. I want to move to the ops side, doing user operations. how?",
            "seo_sem_ops",
            "user_ops",
        ),
    ],
)
def test_the_job_said_after_the_side_moved_to_is_the_goal(engine, asked, start, goal):
    answer = engine.answer(asked)
    assert (answer.from_id, answer.to_id) == (start, goal)


def test_teams_offered_as_a_pair_are_guesses_at_whose_job_it_is(engine):
    answer = engine.answer(
        "our app got review-bombed after a payment bug and now it's trending on weibo. whose job "
        "is it to handle this, marketing or ops??"
    )
    assert answer.kind == "who" and answer.topics[0] == "pr_dept"
    weighed = engine.answer("which one is more about data, marketing or ops?")
    assert weighed.kind == "compare"


def test_a_word_then_whether_it_is_just_another_weighs_the_two(engine):
    answer = engine.answer("KOC, is it just a small KOL?")
    assert answer.kind == "compare" and {"koc", "kol"} <= set(answer.topics[:2])


def test_words_listed_in_an_english_question_are_each_explained(engine):
    answer = engine.answer("what does 拉新 促活 留存 mean? they're in every ops JD")
    assert answer.kind == "term" and answer.topics[:3] == ["laxin", "cuhuo", "liucun"]
    two = engine.answer("What does 种草 mean and who usually does it in a company?")
    assert two.topics[0] == "zhongcao"


def test_you_sure_after_a_story_doubts_the_last_answer(engine):
    first = chat(engine, "promotion vs operations, whats the diff", "and who gets paid more")
    doubted = chat(
        engine,
        "promotion vs operations, whats the diff",
        "and who gets paid more",
        "hmm. i asked my friend at a tech company and she said promo people make more than ops "
        "people. you sure it depends on the company?",
    )
    assert (doubted.kind, doubted.topics, doubted.aspect) == (
        first.kind,
        first.topics,
        first.aspect,
    )


def test_not_afraid_of_something_is_no_dislike_of_it(engine):
    answer = engine.answer("想要钱多，抗压，能说会道，不怕出差跑客户，这种性格做啥")
    assert answer.kind == "fit" and "sales_dept" in answer.topics[:3]


def test_the_name_of_a_comparison_with_vs_in_it_is_the_comparison_asked(engine):
    answer = engine.answer(
        "marketing dept vs operations dept at an internet company, explain it like I'm five"
    )
    assert answer.kind == "compare"
    assert {"marketing_dept", "operations_dept"} <= set(answer.topics)
