"""The kind of question learnt from the labelled sets (knowledge/compiler/kinds.py) and heard
as a second opinion (knowledge/engine/understand/kinds.py)."""

from __future__ import annotations

import threading

import pytest

from knowledge.compiler import kinds
from knowledge.engine.understand import kinds as heard
from knowledge.engine.understand.kinds import KindGuess, LearntWeights
from knowledge.text.grams import shape_features


def test_the_weights_in_the_repository_are_what_the_sets_teach_today():
    """Edit a set, then run `careerbot kb learn`: the weights are generated, like the docs."""
    assert kinds.learn(kinds.labelled_questions()) == kinds.read(), "run: careerbot kb learn"
    jobs = kinds.learn(kinds.labelled_jobs(), features=kinds.JOB_FEATURES)
    assert jobs == kinds.read(kinds.JOB_WEIGHTS), "run: careerbot kb learn"
    aspects = kinds.learn(kinds.labelled_aspects())
    assert aspects == kinds.read(kinds.ASPECT_WEIGHTS), "run: careerbot kb learn"
    topics = kinds.learn(kinds.labelled_topics())
    assert topics == kinds.read(kinds.TOPIC_WEIGHTS), "run: careerbot kb learn"


def _told_without_the_last_blind_sets(labelled, features=shape_features) -> tuple[int, int]:
    """Learnt without fresh16 and fresh17: how many of their labels are told right, of how
    many."""
    left_out = [kinds.LABELLED / "fresh16.yaml", kinds.LABELLED / "fresh17.yaml"]
    taught = [
        item for path in kinds.learnt_sets() if path not in left_out for item in labelled(path)
    ]
    weights = LearntWeights(kinds.by_label(kinds.learn(taught, features=features)), features)
    asked = [item for path in left_out for item in labelled(path)]
    return sum(weights.best(q)[0] == label for q, label in asked), len(asked)  # type: ignore[index]


def test_kinds_are_told_right_on_sets_the_weights_never_saw():
    right, asked = _told_without_the_last_blind_sets(kinds.labelled_in)
    assert asked > 900
    assert right / asked >= 0.95


def test_the_job_of_a_job_ad_is_told_right_on_sets_the_weights_never_saw():
    right, asked = _told_without_the_last_blind_sets(kinds.labelled_jobs_in, kinds.JOB_FEATURES)
    assert asked > 100
    assert right / asked >= 0.93


def test_aspects_are_told_right_on_sets_the_weights_never_saw():
    right, asked = _told_without_the_last_blind_sets(kinds.labelled_aspects_in)
    assert asked > 400
    assert right / asked >= 0.9


def test_ideas_and_kinds_of_company_are_told_right_on_sets_the_weights_never_saw():
    right, asked = _told_without_the_last_blind_sets(kinds.labelled_topics_in)
    assert asked > 60
    assert right / asked >= 0.9


def test_topics_are_learnt_from_questions_standing_alone_about_an_idea_or_a_company(tmp_path):
    labelled = tmp_path / "set.yaml"
    labelled.write_text(
        "- {q: 高阶营销人要会啥, lang: zh-Hans, kind: concept, topics: [senior_marketer], session: a}\n"
        "- {q: 那运营人呢, lang: zh-Hans, kind: concept, topics: [senior_marketer], session: a}\n"
        "- {q: 卖洗发水的公司怎么分工, lang: zh-Hans, kind: org, topics: [fmcg_company]}\n"
        "- {q: 品牌经理干啥, lang: zh-Hans, kind: role, topics: [brand_manager]}\n",
        encoding="utf-8",
    )
    assert list(kinds.labelled_topics_in(labelled)) == [
        ("高阶营销人要会啥", "senior_marketer"),
        ("卖洗发水的公司怎么分工", "fmcg_company"),
    ]


def test_aspects_are_learnt_from_every_turn_but_doubts_and_untold_aspects(tmp_path):
    (tmp_path / "set.yaml").write_text(
        "- {q: 'what does a media buyer do', lang: en, kind: role, topics: [media_buyer], session: a}\n"
        "- {q: 'and what would it pay?', lang: en, kind: role, topics: [media_buyer], aspect: pay, gap: true, session: a}\n"
        "- {q: 'are you sure?', lang: en, kind: role, topics: [media_buyer], aspect: pay, tags: [argue], session: a}\n"
        "- {q: 'what is it and is it dying', lang: en, kind: role, topics: [media_buyer], gap: true}\n"
        "- {q: 'what is SEO', lang: en, kind: term, topics: [seo]}\n",
        encoding="utf-8",
    )
    assert list(kinds.labelled_aspects(tmp_path)) == [
        ("what does a media buyer do", "does"),
        ("and what would it pay?", "pay"),
    ]


def test_conversations_teach_only_their_first_turn(tmp_path):
    (tmp_path / "set.yaml").write_text(
        "- {q: 'what is SEO', lang: en, kind: term, topics: [seo], session: a}\n"
        "- {q: 'and SEM?', lang: en, kind: term, topics: [sem], session: a}\n"
        "- {q: 'can promotion move into ops', lang: en, kind: transition, topics: []}\n",
        encoding="utf-8",
    )
    assert list(kinds.labelled_questions(tmp_path)) == [
        ("what is SEO", "term"),
        ("can promotion move into ops", "transition"),
    ]


def test_learning_gives_the_same_weights_every_time():
    questions = [(q, k) for q, k in kinds.labelled_in(kinds.LABELLED / "fresh17.yaml")] * 5
    assert kinds.learn(questions, passes=2) == kinds.learn(questions, passes=2)


@pytest.mark.parametrize(
    "guess, read, heard_instead",
    [
        (KindGuess("fit", heard.SURE), "role", True),  # a self-description read as its job
        (KindGuess("transition", heard.SURE), "term", True),
        (KindGuess("jd", heard.SURE), "term", True),  # a pasted duty read as its term
        (KindGuess("fit", heard.SURE - 1), "role", False),  # not sure enough
        # a move stays a move, unless the card is certain ("Is media buying worth getting into
        # as a career?" is no move)
        (KindGuess("role", heard.OVERRULES_ANY - 1), "transition", False),
        (KindGuess("role", heard.OVERRULES_ANY), "transition", True),
        (KindGuess("role", heard.OVERRULES_ANY - 1), "compare", False),
        (KindGuess("role", 10 * heard.SURE), "compare", False),  # a comparison stays
        (KindGuess("who", heard.OVERRULES_ANY), "compare", True),  # teams offered
        (KindGuess("jd", 10 * heard.SURE), "transition", False),
        (KindGuess("who", 10 * heard.SURE), "role", False),  # the same card either way
    ],
)
def test_the_learnt_kind_is_heard_only_when_sure_and_more_particular(guess, read, heard_instead):
    assert guess.outweighs(read) is heard_instead


def test_without_learnt_weights_there_is_no_second_opinion():
    assert LearntWeights({}).guess("can promotion move into operations") is None


class _Always(LearntWeights):
    """A second opinion that is always the same, to see what the engine does with it."""

    def __init__(self, kind: str):
        super().__init__({kind: {}, "role": {}})
        object.__setattr__(self, "kind", kind)

    def guess(self, text: str) -> KindGuess:
        return KindGuess(self.kind, 10 * heard.SURE)  # type: ignore[attr-defined]


@pytest.fixture
def always(engine):
    """Replace the engine's learnt weights for one test."""
    saved = engine.kb.kind_weights(), engine.kb.job_weights()

    def use(kind: str, job: str | None = None) -> None:
        engine.kb._kinds = _Always(kind)
        if job:
            engine.kb._jobs = LearntWeights(
                {job: dict.fromkeys(("w:the", "c1:是"), 10 * heard.JOB_SURE), "bd": {}}
            )

    yield use
    engine.kb._kinds, engine.kb._jobs = saved


def test_a_sure_second_opinion_reads_the_question_as_its_kind(engine, always):
    always("compare")
    answer = engine.answer("品牌和公关")
    assert answer.kind == "compare"
    assert {"brand_dept", "pr_dept"} <= set(answer.topics)


def test_a_second_opinion_the_question_cannot_be_read_as_is_not_heard(engine, always):
    always("transition")
    answer = engine.answer("明天北京天气怎么样")  # nothing to move between
    assert answer.kind == "unknown"


def test_a_job_ad_whose_job_is_learnt_surely_is_answered_as_that_job(engine, always):
    always("jd", job="trade_marketing")
    answer = engine.answer("the ad: run promotions for our distributors and dealers")
    assert (answer.kind, answer.topic) == ("jd", "trade_marketing")


def test_a_card_on_a_job_the_learnt_job_ad_names_otherwise_offers_the_card_too(engine, always):
    always("jd", job="trade_marketing")  # (the names read a card on the marketing department)
    answer = engine.answer(
        "看到一个岗：对接代理商和经销商，策划渠道促销，让经销商愿意进货。这是市场部吗"
    )
    assert (answer.kind, answer.topic) == ("jd", "trade_marketing")
    assert "marketing_dept" in [i for link in answer.alternatives for i in link.ids]


def test_a_follow_up_keeps_the_conversations_reading(engine, always):
    first = engine.answer("KOL vs KOC")
    always("transition")
    answer = engine.answer("and KOL?", conversation=first.context)
    assert answer.kind != "transition"
    assert "kol" in answer.topics


@pytest.mark.parametrize(
    "question, kind, topics",
    [
        # Wordings written for this test, in no set: what a user sees.
        (
            "I studied biology, love data and spreadsheets, hate cold calling. "
            "where do I start in marketing?",
            "fit",
            [],
        ),
        (
            "hiring: manage app store listings, keyword optimization, ratings and reviews. "
            "what is this role called?",
            "jd",
            ["aso_ops"],
        ),
        ("品牌和公关到底能不能分开，感觉都在搞形象", "compare", ["brand_dept", "pr_dept"]),
        ("广告投放和信息流优化师分得清吗", "compare", ["paid_ads", "feed_ads_optimizer"]),
    ],
)
def test_new_wordings_get_the_answer_their_kind_asks_for(engine, question, kind, topics):
    answer = engine.answer(question)
    assert answer.kind == kind
    assert set(topics) <= set(answer.topics)


def test_the_weights_are_read_once_when_questions_arrive_together(kb_dir):
    from knowledge.engine.kb import KnowledgeBase

    kb = KnowledgeBase(kb_dir / "knowledge.db")
    got: list[LearntWeights] = []
    threads = [threading.Thread(target=lambda: got.append(kb.kind_weights())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(w) for w in got}) == 1
    assert len(got[0].by_label) >= 10


def test_a_half_recognised_question_the_learnt_kind_vouches_for_is_answered(engine, always):
    # Cantonese chat around the subject: the patterns alone are not sure enough to answer...
    question = "搞用戶營運嘅人平時點樣畀老細睇成績？"
    always("compare")
    assert engine.answer(question).kind == "unknown"
    # ... and a learnt kind sure that it asks for a card on the job they read vouches for it.
    always("role")
    answer = engine.answer(question)
    assert answer.kind == "role" and answer.topic == "user_ops"


@pytest.mark.parametrize(
    "question", ["tell me a joke about cats", "今日天氣點呀", "帮我写一份周报"]
)
def test_what_no_article_covers_is_still_not_answered(engine, question):
    assert engine.answer(question).kind == "unknown"


class _AlwaysAspect(LearntWeights):
    """Learnt aspects that always say the same, surely."""

    def __init__(self, aspect: str):
        super().__init__({aspect: {}, "does": {}})
        object.__setattr__(self, "aspect", aspect)

    def best(self, text: str) -> tuple[str, int]:
        return self.aspect, 10 * heard.ASPECT_SURE_UNANSWERED  # type: ignore[attr-defined]


@pytest.fixture
def aspect_learnt(engine):
    saved = engine.kb.aspect_weights()

    def use(aspect: str) -> None:
        engine.kb._aspects = _AlwaysAspect(aspect)

    yield use
    engine.kb._aspects = saved


def test_a_sure_learnt_aspect_leads_an_answer_whose_wording_the_patterns_miss(
    engine, aspect_learnt
):
    aspect_learnt("prospects")
    answer = engine.answer("媒介岗，呢行仲有冇得做")
    assert answer.topic == "media_buyer"
    assert answer.aspect == "prospects"
    assert answer.gaps == ["prospects"]  # the articles do not say: said first


def test_an_aspect_the_patterns_read_is_not_replaced_by_a_learnt_one(engine, aspect_learnt):
    aspect_learnt("prospects")
    answer = engine.answer("how is a media buyer measured")
    assert answer.aspect == "measured"
    assert not answer.gaps


def test_a_follow_up_not_understood_asks_the_learnt_aspect_of_the_subject(engine, aspect_learnt):
    first = engine.answer("what does a user operations person do")
    assert first.topic == "user_ops"
    aspect_learnt("skills")
    answer = engine.answer("would a stats degree help at all", conversation=first.context)
    assert answer.kind == "role" and answer.topic == "user_ops"
    assert answer.aspect == "skills"


def test_a_message_not_understood_without_a_conversation_stays_so(engine, aspect_learnt):
    aspect_learnt("skills")
    assert engine.answer("would a stats degree help at all").kind == "unknown"


def test_a_kind_of_company_surely_asked_how_it_organises_answers_with_its_card(engine, always):
    always("org")
    answer = engine.answer("像小米、華為這種做手機的大公司，行銷部門是怎麼分工的？")
    assert answer.kind == "org" and answer.topic == "hardware_company"
    assert "marketing_dept" in {t for link in answer.alternatives for t in link.ids}


def test_two_kinds_of_company_asked_how_they_organise_are_set_side_by_side(engine, always):
    always("org")
    answer = engine.answer("传统企业的市场部和互联网公司的市场部有啥不同")
    assert answer.kind == "org"
    assert answer.topics[:2] == ["traditional_company", "internet_company"]
    assert "传统企业" in answer.text and "互联网公司" in answer.text


def test_a_follow_up_about_a_kind_of_company_keeps_the_conversations_job(engine, always):
    first = engine.answer("品牌经理是做什么的")
    always("org")
    answer = engine.answer("快消的呢", conversation=first.context)
    assert answer.topic == "brand_manager"


def test_no_kind_of_company_named_no_company_card(engine, always):
    always("org")
    assert engine.answer("品牌部和公关部怎么分工").kind != "org"


def test_days_told_with_nothing_else_read_are_answered_by_the_job_they_are_learnt_to_be(
    engine, always
):
    """Less sure than a job told beside a like needs, but better than "tell me more"."""
    always("fit")
    engine.kb._jobs = LearntWeights(
        {"community_ops": {"w:the": heard.JOB_SURE + 300}, "bd": {}}  # a lead of 1,000
    )
    answer = engine.answer("the cycling club group chat, every day, all day")
    assert answer.kind == "fit"
    assert answer.topics[:1] == ["community_ops"]


def test_a_certain_guess_outweighs_a_reading_settled_by_its_own_parts(engine, always):
    """Read by its last part, the card of the job it names; surely a self-description."""
    question = (
        "I'm a visual person. I care how a brand feels, its logo, its slogan, the story behind "
        "it. Daily sales numbers bore me to death. Where do I belong?"
    )
    always("fit")
    assert engine.answer(question).kind == "fit"


def test_a_certain_guess_outweighs_a_comparison_read_for_teams_offered(engine, always):
    always("who")
    answer = engine.answer("公司的使命愿景价值观这一套，是HR写还是品牌部写")
    assert answer.kind in ("who", "role") and answer.topic == "brand_dept"  # (the same card)


def test_a_follow_up_settled_by_the_conversation_stays_so(engine, always):
    first = engine.answer("品牌经理是做什么的")
    always("fit")
    answer = engine.answer("那公关呢", conversation=first.context)
    assert answer.kind != "fit"


def test_a_certain_comparison_is_no_reason_to_read_again(engine, always):
    always("compare")
    assert engine.answer("what does a media buyer do").kind == "role"


class _AlwaysTopic(LearntWeights):
    """A learnt topic (an idea or a kind of company) that is always the same, by `lead`."""

    def __init__(self, topic: str, lead: int):
        super().__init__({topic: {}, "pay": {}})
        object.__setattr__(self, "topic", topic)
        object.__setattr__(self, "lead", lead)

    def best(self, text: str) -> tuple[str, int]:
        return self.topic, self.lead  # type: ignore[attr-defined]


@pytest.fixture
def topic_learnt(engine):
    saved = engine.kb.topic_weights()

    def use(topic: str, lead: int = 10 * heard.TOPIC_SURE) -> None:
        engine.kb._topics = _AlwaysTopic(topic, lead)

    yield use
    engine.kb._topics = saved


_UPWARD = "做了五六年运营了想往上走，高阶的运营或者营销人到底需要什么能力"


def test_an_idea_surely_learnt_answers_over_an_aspect_of_a_job_read(engine, always, topic_learnt):
    always("concept")
    topic_learnt("senior_marketer")
    answer = engine.answer(_UPWARD)
    assert (answer.kind, answer.topic) == ("concept", "senior_marketer")


def test_an_idea_learnt_without_enough_lead_leaves_the_job_read(engine, always, topic_learnt):
    always("concept")
    topic_learnt("senior_marketer", heard.TOPIC_SURE - 1)
    assert engine.answer(_UPWARD).kind == "role"


_SHAMPOO = "How do companies that sell shampoo and instant noodles organise their marketing people?"


def test_a_kind_of_company_told_by_what_it_sells_answers_with_its_card(
    engine, always, topic_learnt
):
    always("org")
    topic_learnt("fmcg_company")
    answer = engine.answer(_SHAMPOO)
    assert (answer.kind, answer.topic) == ("org", "fmcg_company")
    assert "FMCG" in answer.text


def test_a_learnt_idea_is_no_kind_of_company(engine, always, topic_learnt):
    always("org")
    topic_learnt("senior_marketer")
    assert engine.answer(_SHAMPOO).kind != "org"
