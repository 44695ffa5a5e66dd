"""The engine's own sentences, in English and Simplified Chinese (Traditional by conversion)."""

from __future__ import annotations

from ..text.langs import Lang, is_zh, to_script

PHRASES: dict[str, tuple[str, str]] = {
    "sources": ("Sources", "来源"),
    "does": ("What it does", "主要工作"),
    "measured_by": ("Measured by", "考核看"),
    "sits_in": ("Where it sits", "组织位置"),
    "skills": ("Skills", "需要的能力"),
    "handled_by": ("Who deals with it", "由谁负责"),
    "who_title": ("Who does this: {task}?", "谁负责{task}？"),
    "who_lead_one": ("Mainly the {owner}.", "主要是{owner}。"),
    "who_lead_many": (
        "Mainly the {owner}; {others} also take part.",
        "主要是{owner}，{others}也会参与。",
    ),
    "compare_title": ("{a} vs {b}", "{a}与{b}的区别"),
    "compare_lead": (
        "They are different jobs; here they are side by side.",
        "两者分工不同，下面把它们放在一起对比。",
    ),
    "compare_same_kind_terms": (
        "Two terms that are easy to mix up; here is what each means.",
        "这两个词容易混淆，分别是这个意思。",
    ),
    "transition_title": ("From {a} to {b}", "从{a}转到{b}"),
    "into_title": ("How to move into {b}", "怎么转到{b}"),
    "transition_derived_lead": (
        "Yes, people make this move; the articles do not describe it step by step, "
        "so here is what carries over and what to learn.",
        "可以转，但文章没有专门讲这条路径。下面是能带过去的经验和需要补的能力。",
    ),
    "into_derived_lead": (
        "Here is what {b} involves and what it takes, so you can see what to build up.",
        "下面是{b}的工作内容和要求，可以对照着补齐。",
    ),
    "carries_over": ("What carries over from {a}", "{a}能带过去的"),
    "to_learn": ("What to learn for {b}", "转{b}要补的"),
    "judged_by_there": ("In {b} you are judged by", "{b}考核看"),
    "curated_routes": ("Routes the articles describe", "文章讲到的转型路径"),
    "unknown_title": ("I'm not sure about that one", "这个问题我答不上来"),
    "unknown_lead": (
        "I answer questions about marketing, operations, brand, PR and new-media jobs: what a role "
        "does, what a term means, who handles a task, how two jobs differ and how to move between "
        "them.",
        "我能回答市场、运营、品牌、公关、新媒体相关岗位的问题：岗位做什么、术语什么意思、"
        "某件事归谁负责、两个岗位有什么不同、怎么从一个岗位转到另一个。",
    ),
    "unknown_close": ("Did you mean one of these?", "你想问的是不是这些？"),
    "empty_lead": (
        'Ask me about a job or a term, for example "what does a media buyer do" or "KOC".',
        "问我一个岗位或术语吧，比如“媒介是做什么的”或者“什么是种草”。",
    ),
    "hello": ("Hi! 👋", "你好！👋"),
    "thanks": ("You're welcome!", "不客气！"),
    "follow_into": ("How to move into {b}", "怎么转到{b}"),
    "follow_compare": ("{a} vs {b}", "{a} vs {b}"),
    "also": ("Also see", "相关"),
}


def say(key: str, lang: Lang, **values: str) -> str:
    en, zh = PHRASES[key]
    text = (zh if is_zh(lang) else en).format(**values)
    return to_script(text, lang)
