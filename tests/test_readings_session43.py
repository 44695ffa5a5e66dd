"""Session 43: a follow-up that names nothing and is otherwise not understood is asked of the
chat's subject, unless it turns away, asks what a new thing is, or is mostly words of another
matter."""

from __future__ import annotations

import pytest

from knowledge.engine.understand import conversation as talk
from knowledge.text.langs import fold
from tests.talk import chat


@pytest.mark.parametrize(
    "first, then, subject, lang",
    [
        (
            "what does an activity operations person do",
            "how does one event usually go, step by step?",
            "activity_ops",
            "en",
        ),
        ("活动运营是做什么的", "一个活动从头到尾是怎么推进的", "activity_ops", "zh-Hans"),
        ("品牌部係做咩", "佢哋會唔會全部自己搞掂，定係搵外面公司做？", "brand_dept", "zh-Hant"),
        ("what's the 9+1 brand framework", "who invented this thing", "brand_9plus1", "en"),
    ],
)
def test_a_follow_up_naming_nothing_is_asked_of_the_subject(engine, first, then, subject, lang):
    assert engine.answer(then).kind == "unknown"  # (alone, it says nothing we know)
    a = chat(engine, first, then)
    assert (a.topic, a.lang) == (subject, lang) and a.kind != "unknown"
    assert a.question == then  # (the message as sent, for a doubt that asks it again)
    assert a.context is not None and a.context.subjects[:1] == (subject,)


@pytest.mark.parametrize(
    "first, then",
    [
        ("市场部是做什么的", "顺便问下成都哪家火锅好吃"),  # turned away on purpose
        ("what does a media buyer do", "ok and what's the weather in shanghai tomorrow"),
        ("what does a media buyer do", "what is a kay vee, they keep saying it"),  # a new thing
        ("品牌部负责什么", "帮我写一封辞职信"),  # another field
    ],
)
def test_another_matter_is_not_answered_as_the_subject(engine, first, then):
    a = chat(engine, first, then)
    assert a.kind == "unknown" and a.topic not in ("marketing_dept", "media_buyer", "brand_dept")


@pytest.mark.parametrize(
    "said",
    [
        "唔係喎，我哋公司品牌係老闆自己管",  # (喎 folds to 㖞)
        "我唔覺喎，我哋嗰邊係運營做",
        "可是我们公司运营也要写方案啊",
        "可是職缺上寫的是行銷專員",
        "我觉得你说反了吧",
        "你刚才说的我觉得不对",
        "你是不是搞反了",
        "講得那麼玄，不就是開會嗎",
        "but at my company the PR team reports to the CEO",
        "sounds way too optimistic to me",
        "ur overselling it",  # ("ur" folds to "your")
        "honestly you're just guessing",
    ],
)
def test_a_claim_of_ones_own_set_against_the_answer_doubts_it(said):
    assert talk.doubts(fold(said))


@pytest.mark.parametrize(
    "asked", ["可是我不会写代码，能转运营吗", "but what does a PR team do", "我觉得品牌部更适合我"]
)
def test_a_question_opened_with_but_is_no_doubt(asked):
    assert not talk.doubts(fold(asked))


def test_a_doubt_from_ones_own_company_answers_the_question_again(engine):
    a = chat(engine, "社群运营是做什么的", "我觉得你说反了吧，我们这边社群是拉新为主")
    assert (a.kind, a.topic) == ("role", "community_ops")
    assert a.lead.startswith("可以理解")  # (said to be what the articles hold)


def test_a_name_found_exactly_and_a_common_word_beside_it_are_two_words(engine):
    linked = engine.linker.link_full("想往推广方向走")
    assert [m.entry_id for m in linked.mentions] == ["promotion"]  # (not 推广方式 mistyped)
    assert chat(engine, "我是做社群的 想往推广方向发展").to_id == "promotion"
    # (still typos: a half that is no name found, or no common word)
    assert engine.linker.link_full("媒體企劃").mentions[0].entry_id == "media_buyer"
    assert engine.linker.link_full("品牌调行").mentions[0].entry_id == "brand_tonality"


def test_a_name_put_in_quotes_is_what_is_asked(engine):
    assert engine._quoted_by_name("老板总说「用户运营」，那是哪个岗位的活", "user_ops")
    assert not engine._quoted_by_name("老板总说用户运营，那是哪个岗位的活", "user_ops")
    assert not engine._quoted_by_name('she said "user ops is dying", which job is that', "user_ops")
    a = engine.answer('The translated report keeps using "active operation". What job is that, really?')
    assert a.kind == "who" and a.topics[:1] == ["activity_ops"]


def test_a_wish_told_later_keeps_the_start_the_talk_supplied(engine):
    first = (
        "My husband runs his company's Douyin account and edits the short videos. What is his"
        " job called?"
    )
    # (whether his day reads as the new media team or its role is the learnt weights' call,
    # relearnt each session; the start the talk supplied is whichever the answer named)
    told = engine.answer(first).topic
    assert told in ("new_media_ops", "new_media_dept")
    a = chat(engine, first, "he wants to move into brand next year, realistic?")
    assert (a.kind, a.from_id, a.to_id) == ("transition", told, "brand_dept")


def test_a_message_that_turns_away_is_not_asked_of_the_subject_by_its_aspect(engine):
    # (哪家 is the aspect "which company", learnt; the message says it is about something else)
    a = chat(engine, "市场部是做什么的", "顺便问下成都哪家火锅好吃")
    assert a.kind == "unknown" and not a.topics
