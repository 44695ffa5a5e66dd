## Asking about jobs: /start, /help, /about, /lang, /role, /compare, /switch and the buttons

welcome =
    Hi { $name }! I'm CareerBot, a guide to marketing, operations, brand, PR and new-media jobs as Chinese internet and consumer companies organise them.

    Ask me anything in your own words, in English or Chinese: what a role does, what a term means, who handles a task, how two jobs differ, or how to move from one to another.
# who "Hi { $name }!" greets when Telegram gives no first name
welcome_no_name = there
btn_role = 🔎 Ask about a role
btn_compare = ⚖️ Compare two
btn_switch = 🔀 Change career
btn_tip = 💡 Daily tip
btn_quiz = 🧭 Which job fits me?
btn_sources = 📚 Sources
btn_back = « Back
pick_role = Pick a department or role, or just type its name:
compare_howto = Type two things with "vs" between them, or use /compare A | B. For example:
switch_howto = Tell me where you are and where you want to go, or use /switch FROM | TO. Routes people often ask about:
help =
    <b>How to use CareerBot</b>
    Just type a question, for example:
    • what does a media buyer do
    • 种草是什么意思
    • 品牌部和公關部差在哪
    • can promotion move into operations
    • who handles crisis PR

    <b>Commands</b>
    /role NAME: one role or department
    /compare A | B: two jobs side by side
    /switch FROM | TO: how to move between jobs
    { $more }/lang: reply language (English, 简体, 繁體, automatic)
    /about: what this bot is and where its knowledge comes from
about =
    <b>About CareerBot</b>
    A guide for students reading job descriptions full of jargon, and for people moving between marketing and operations jobs.

    Its knowledge base ({ $entries } entries, { $tips } tips) is curated by hand from { $articles } articles on how Chinese internet and consumer companies organise marketing, brand, PR, new media and operations. Every answer names the article and section it comes from; the wording is our own.
lang_prompt = Reply language: { $current }. Choose:
lang_auto = automatic (the language of your message)
lang_set = Done: I'll reply in { $current }.
lang_bad = I know these: en, zh-Hans (简体), zh-Hant (繁體), auto.
role_usage = Which role? For example: /role media buyer, /role 品牌部
compare_usage = Give me two things separated by |, for example: /compare brand department | PR department
switch_usage = Give me where you are and where you want to go, separated by |, for example: /switch promotion | content operations
not_found_one = I couldn't find "{ $name }". Try another name, or type a question.
stale_button = That button is from an older message and no longer works. Type your question again, or send /start.
unknown_command = I don't know that command. /help lists what I can do.
not_text = I can only read text. Type your question in words, please.
error = Sorry, something went wrong on my side. Please try again in a moment.
too_long = That's a very long message; I read the first part of it.
sources_title = <b>Sources</b>

## Command menu (set_my_commands) and the README's command table

cmd_start = Welcome and menu
cmd_help = How to ask, and all commands
cmd_role = What a role or department does
cmd_compare = Compare two jobs: /compare A | B
cmd_switch = Move between jobs: /switch FROM | TO
cmd_lang = Reply language
cmd_about = About this bot and its sources

## The bot's profile (set_my_description, set_my_short_description)

bot_description =
    CareerBot explains marketing, operations, brand, PR and new-media jobs as Chinese internet and consumer companies organise them: what a role does, what the jargon means, who handles a task, how two jobs differ and how to move between them.

    Ask in English or Chinese. There is also a daily tip and a quiz on which job fits you.
bot_short_description = Marketing, operations, brand, PR and new-media jobs explained, in English and Chinese.
