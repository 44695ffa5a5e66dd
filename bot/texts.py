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
        'Type two things with "vs" between them, or use /compare A | B. For example:',
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
        'I couldn\'t find "{name}". Try another name, or type a question.',
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
    # == daily tips (bot/tips.py) ==============================================================
    "tip_heading_today": ("Tip of the day", "今日知识点"),
    "tip_heading_daily": ("Your daily tip", "每日一条"),
    "tip_heading_another": ("Another tip", "再来一条"),
    "tip_source": ("Source: {source}", "来源：{source}"),
    "tip_footer": ("/settings · /unsubscribe", "/settings 设置 · /unsubscribe 退订"),
    "tip_btn_another": ("💡 Another tip", "💡 再来一条"),
    "tip_btn_more": ("📖 More: {name}", "📖 延伸：{name}"),
    "tip_btn_subscribe": ("🔔 A tip every day", "🔔 每天推送一条"),
    "tip_subscribed": (
        "🔔 Subscribed: one tip every day at {time} ({zone}). The first one comes {when}.\n"
        "Change it: /subscribe 21:30 Europe/Berlin · stop: /unsubscribe",
        "🔔 订阅成功：每天 {time}（{zone}）推送一条，第一条{when}送到。\n"
        "修改：/subscribe 21:30 Asia/Shanghai · 退订：/unsubscribe",
    ),
    "tip_already": (
        "You're already subscribed: every day at {time} ({zone}).\n"
        "Change it: /subscribe 21:30 Europe/Berlin · stop: /unsubscribe",
        "你已经订阅了：每天 {time}（{zone}）。\n"
        "修改：/subscribe 21:30 Asia/Shanghai · 退订：/unsubscribe",
    ),
    "tip_when_today": ("today at {time}", "今天 {time}"),
    "tip_when_tomorrow": ("tomorrow at {time}", "明天 {time}"),
    "tip_subscribe_bad": (
        "I couldn't read \"{text}\" as a time or a time zone.\n"
        "Times: 21:30, 07:00, 8am, 8:30pm.\n"
        "Zones: Europe/Berlin, Asia/Shanghai, a city (berlin, new york), UTC, UTC+8, GMT-5, "
        "+08:00.\n"
        "For example: /subscribe 8am Europe/Berlin",
        "没看懂“{text}”这个时间或时区。\n"
        "时间：21:30、07:00、8am、8:30pm、晚上9点。\n"
        "时区：Asia/Shanghai、Europe/Berlin、城市名（北京、香港、berlin）、UTC、UTC+8、GMT-5、+08:00。\n"
        "例如：/subscribe 21:30 Asia/Shanghai",
    ),
    "tip_unsubscribed": (
        "Done: no more daily tips. /subscribe brings them back, and /tip shows today's any time.",
        "已退订，不再推送。想恢复就发 /subscribe；随时可以用 /tip 看今天的知识点。",
    ),
    "tip_not_subscribed": (
        "You're not subscribed. /subscribe sends you one tip every day.",
        "你还没有订阅。发送 /subscribe，每天收到一条。",
    ),
    "tip_private_only": (
        "Daily tips come in a private chat: open a chat with me and send /subscribe there.",
        "每日推送要在私聊里订阅：请私聊我并发送 /subscribe。",
    ),
    "tip_settings": (
        "<b>Your settings</b>\n"
        "Daily tip: {status}\n"
        "Time: {time}\n"
        "Time zone: {zone}\n"
        "Language: {language}\n"
        "Tips received: {count}\n\n"
        "Change: /subscribe TIME ZONE · /lang · /unsubscribe",
        "<b>你的设置</b>\n"
        "每日推送：{status}\n"
        "时间：{time}\n"
        "时区：{zone}\n"
        "语言：{language}\n"
        "已收到：{count} 条\n\n"
        "修改：/subscribe 时间 时区 · /lang · /unsubscribe",
    ),
    "tip_status_on": ("on", "已订阅"),
    "tip_status_off": ("off (/subscribe)", "未订阅（/subscribe）"),
    "tip_default_mark": (" (default)", "（默认）"),
    # == end of daily tips =====================================================================
}

# == quiz and challenge (bot/quiz.py) =======================================================
TEXTS.update({
    "quiz_cmd": ("Which job fits you? A short quiz", "测测你适合哪个岗位"),
    "challenge_cmd": ("Five questions: who does what", "五道题测测你懂多少"),
    "quiz_help": (
        "/quiz: a short quiz on which department or role fits you\n"
        "/challenge: five quick questions on who does what\n",
        "/quiz：小测试，看看你适合哪个部门或岗位\n"
        "/challenge：五道小题，考考你谁负责什么\n",
    ),
    "quiz_title": ("🧭 <b>Which job fits you?</b>", "🧭 <b>你适合哪个岗位？</b>"),
    "quiz_intro": (
        "{n} quick questions about what you enjoy. There are no wrong answers: pick what feels "
        "closest to you.",
        "{n}道小题，说说你喜欢做什么。没有标准答案，选最像你的那个就好。",
    ),
    "quiz_resume": (
        "Welcome back! You were on question {i} of {n}.",
        "欢迎回来！你上次答到第{i}题（共{n}题）。",
    ),
    "quiz_back": ("« Back", "« 上一题"),
    "quiz_restart": ("↺ Start over", "↺ 重新开始"),
    "quiz_result_title": ("🧭 <b>Your best matches</b>", "🧭 <b>最适合你的岗位</b>"),
    "quiz_because_one": ("You chose “{a}”.", "你选了“{a}”。"),
    "quiz_because_two": ("You chose “{a}” and “{b}”.", "你选了“{a}”和“{b}”。"),
    "quiz_measured": ("Judged by", "考核看"),
    "quiz_result_footer": (
        "Tap a job to read about it or to see how people get into it.",
        "点下面的按钮，看看岗位详情，或者怎么入行。",
    ),
    "quiz_btn_into": ("🚪 How to get in", "🚪 怎么入行"),
    "quiz_btn_retake": ("🔁 Take the quiz again", "🔁 再测一次"),
    "quiz_last": (
        "Your last result:\n{lines}\n\nSee it in full, or start a new round?",
        "你上次的结果：\n{lines}\n\n查看完整结果，还是重新测一次？",
    ),
    "quiz_btn_show": ("📋 Show my result", "📋 查看上次结果"),
    "quiz_btn_new": ("🆕 New round", "🆕 重新测一次"),
    "quiz_not_yours": (
        "That quiz belongs to someone else, so I left it alone. Send /quiz to take your own.",
        "这是别人的测试，我没有动它。发送 /quiz 开始你自己的测试吧。",
    ),
    "quiz_stale": (
        "That button is from an earlier question or round, so I ignored it. Your quiz goes on "
        "in its latest message; /quiz brings it back.",
        "这个按钮来自之前的题目或上一轮，我没有处理。你的测试在最新那条消息里继续，发送 /quiz 可以找回。",
    ),
    "quiz_unavailable": (
        "The quiz isn't available right now. Please try again later.",
        "测试暂时不可用，请稍后再试。",
    ),
    "challenge_intro": (
        "🎯 <b>Challenge</b>: {n} questions on who does what and what the jargon means. Answer "
        "each poll and the next one follows.",
        "🎯 <b>小挑战</b>：{n}道题，考考你谁负责什么、行话是什么意思。答完一题，下一题马上就来。",
    ),
    "challenge_score": ("🎯 <b>Challenge done: {right}/{total} right</b>",
                        "🎯 <b>挑战完成：答对{right}/{total}题</b>"),
    "challenge_closed": (
        "🎯 <b>Your previous challenge: {right}/{total} right</b> ({left} not answered)",
        "🎯 <b>上一轮挑战：答对{right}/{total}题</b>（{left}题没答）",
    ),
    "challenge_perfect": ("All correct, well done!", "全部答对，太厉害了！"),
    "challenge_read": ("Worth a read, for the ones you missed:", "没答对的题，可以看看这些："),
    "challenge_again": ("Send /challenge for another round.", "发送 /challenge 再来一轮。"),
    "challenge_unavailable": (
        "There isn't enough in the knowledge base for a challenge right now.",
        "知识库里的内容暂时不够出一轮挑战题。",
    ),
})
# == end of quiz and challenge ==============================================================

# == faults and load (bot/flood.py, bot/guards.py, bot/statedb.py) ============================
TEXTS.update({
    "flood_note": (
        "You're sending messages faster than I can read them. I'll take a short break from your "
        "messages and answer again in about a minute.",
        "你发消息太快了，我先歇一会儿，大约一分钟后再回复你。",
    ),
    "state_unavailable": (
        "I can't save settings right now (my storage is unavailable), so subscriptions, language "
        "choices and quiz progress may not stick. Answers to questions still work.",
        "我暂时无法保存设置（存储不可用），订阅、语言选择和测试进度可能不会保留。提问照常可以回答。",
    ),
})
# == end of faults and load ===================================================================

LANG_NAMES = {"en": "English", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}


def t(key: str, lang: Lang, **values) -> str:
    en, zh = TEXTS[key]
    return to_script((zh if is_zh(lang) else en).format(**values), lang)
