"""What the bot itself says, in English and Simplified Chinese; Traditional by conversion."""

from __future__ import annotations

from knowledge.langs import Lang, is_zh, to_script

TEXTS: dict[str, tuple[str, str]] = {
    "welcome": (
        "Hi {name}! I'm CareerBot, a guide to marketing, operations, brand, PR and new-media jobs "
        "as Chinese internet and consumer companies organise them.\n\n"
        "Ask me anything in your own words, in English or Chinese: what a role does, what a term "
        "means, who handles a task, how two jobs differ, or how to move from one to another.",
        "你好，{name}！我是 CareerBot，帮你看懂互联网和消费品公司里的市场、运营、品牌、公关和新媒体岗位。\n\n"
        "直接用中文或英文提问就行：某个岗位做什么、某个术语什么意思、某件事归谁负责、两个岗位有什么不同、"
        "怎么从一个岗位转到另一个。",
    ),
    "btn_role": ("🔎 Ask about a role", "🔎 了解一个岗位"),
    "btn_compare": ("⚖️ Compare two", "⚖️ 对比两个岗位"),
    "btn_switch": ("🔀 Change career", "🔀 转岗转行"),
    "btn_tip": ("💡 Daily tip", "💡 每日一条"),
    "btn_quiz": ("🧭 Which job fits me?", "🧭 测测适合哪个岗位"),
    "btn_sources": ("📚 Sources", "📚 来源"),
    "btn_back": ("« Back", "« 返回"),
    "pick_role": (
        "Pick a department or role, or just type its name:",
        "选一个部门或岗位，也可以直接输入名称：",
    ),
    "compare_howto": (
        "Type two things with \"vs\" between them, or use /compare A | B. For example:",
        "输入两个岗位，中间加“和…有什么区别”，或用 /compare A | B。比如：",
    ),
    "switch_howto": (
        "Tell me where you are and where you want to go, or use /switch FROM | TO. Routes people "
        "often ask about:",
        "告诉我你现在做什么、想转去做什么，或用 /switch 现在 | 目标。大家常问的路径：",
    ),
    "help": (
        "<b>How to use CareerBot</b>\n"
        "Just type a question, for example:\n"
        "• what does a media buyer do\n• 种草是什么意思\n• 品牌部和公關部差在哪\n"
        "• can promotion move into operations\n• who handles crisis PR\n\n"
        "<b>Commands</b>\n"
        "/role NAME: one role or department\n"
        "/compare A | B: two jobs side by side\n"
        "/switch FROM | TO: how to move between jobs\n"
        "{more}"
        "/lang: reply language (English, 简体, 繁體, automatic)\n"
        "/about: what this bot is and where its knowledge comes from",
        "<b>怎么用 CareerBot</b>\n"
        "直接提问就行，比如：\n"
        "• 媒介岗是做什么的\n• what does KOC mean\n• 品牌部和公关部有什么不同\n"
        "• 运营怎么转推广\n• 谁负责ASO\n\n"
        "<b>命令</b>\n"
        "/role 名称：查一个岗位或部门\n"
        "/compare A | B：对比两个岗位\n"
        "/switch 现在 | 目标：怎么转岗\n"
        "{more}"
        "/lang：回复语言（English、简体、繁體、自动）\n"
        "/about：关于本机器人和知识来源",
    ),
    "about": (
        "<b>About CareerBot</b>\n"
        "A guide for students reading job descriptions full of jargon, and for people moving "
        "between marketing and operations jobs.\n\n"
        "Its knowledge base ({entries} entries, {tips} tips) is curated by hand from {articles} "
        "articles on how Chinese internet and consumer companies organise marketing, brand, PR, "
        "new media and operations. Every answer names the article and section it comes from; "
        "the wording is our own.",
        "<b>关于 CareerBot</b>\n"
        "帮看不懂招聘JD的同学、以及想在市场和运营岗位之间转换的人，弄清楚每个岗位到底做什么。\n\n"
        "知识库（{entries} 条，另有 {tips} 条每日知识点）由我们根据 {articles} 篇讲互联网和消费品公司"
        "如何划分市场、品牌、公关、新媒体和运营的文章整理改写而成。每个回答都注明出自哪篇文章哪一节。",
    ),
    "lang_prompt": ("Reply language: {current}. Choose:", "当前回复语言：{current}。请选择："),
    "lang_auto": ("automatic (the language of your message)", "自动（跟随你的提问语言）"),
    "lang_set": ("Done: I'll reply in {current}.", "好的，之后用{current}回复。"),
    "lang_bad": (
        "I know these: en, zh-Hans (简体), zh-Hant (繁體), auto.",
        "可选：en、zh-Hans（简体）、zh-Hant（繁體）、auto（自动）。",
    ),
    "role_usage": (
        "Which role? For example: /role media buyer, /role 品牌部",
        "哪个岗位？比如：/role 媒介、/role brand department",
    ),
    "compare_usage": (
        "Give me two things separated by |, for example: /compare brand department | PR department",
        "用 | 隔开两个岗位，比如：/compare 品牌部 | 公关部",
    ),
    "switch_usage": (
        "Give me where you are and where you want to go, separated by |, for example: "
        "/switch promotion | content operations",
        "用 | 隔开现在的岗位和目标岗位，比如：/switch 推广 | 内容运营",
    ),
    "not_found_one": (
        "I couldn't find \"{name}\". Try another name, or type a question.",
        "没找到“{name}”。换个说法试试，或者直接提问。",
    ),
    "stale_button": (
        "That button is from an older message and no longer works. Type your question again, "
        "or send /start.",
        "这个按钮已经失效了。请重新输入问题，或发送 /start。",
    ),
    "unknown_command": (
        "I don't know that command. /help lists what I can do.",
        "没有这个命令。发送 /help 看看我能做什么。",
    ),
    "not_text": (
        "I can only read text. Type your question in words, please.",
        "我只能看懂文字，请用文字提问。",
    ),
    "error": (
        "Sorry, something went wrong on my side. Please try again in a moment.",
        "抱歉，我这边出了点问题，请稍后再试。",
    ),
    "too_long": (
        "That's a very long message; I read the first part of it.",
        "消息太长了，我只读了开头的部分。",
    ),
    "sources_title": ("<b>Sources</b>", "<b>来源</b>"),
    "coming_back": ("Welcome back! ", "欢迎回来！"),
}

LANG_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


def t(key: str, lang: Lang, **values) -> str:
    en, zh = TEXTS[key]
    return to_script((zh if is_zh(lang) else en).format(**values), lang)
