## Asking about jobs: /start, /help, /about, /lang, /role, /compare, /switch and the buttons

welcome =
    你好，{ $name }！我是 CareerBot，帮你看懂互联网和消费品公司里的市场、运营、品牌、公关和新媒体岗位。

    直接用中文或英文提问就行：某个岗位做什么、某个术语什么意思、某件事归谁负责、两个岗位有什么不同、怎么从一个岗位转到另一个。
# who "Hi { $name }!" greets when Telegram gives no first name
welcome_no_name = 朋友
btn_role = 🔎 了解一个岗位
btn_compare = ⚖️ 对比两个岗位
btn_switch = 🔀 转岗转行
btn_tip = 💡 每日一条
btn_quiz = 🧭 测测适合哪个岗位
btn_sources = 📚 来源
btn_back = « 返回
pick_role = 选一个部门或岗位，也可以直接输入名称：
compare_howto = 输入两个岗位，中间加“和…有什么区别”，或用 /compare A | B。比如：
switch_howto = 告诉我你现在做什么、想转去做什么，或用 /switch 现在 | 目标。大家常问的路径：
help =
    <b>怎么用 CareerBot</b>
    直接提问就行，比如：
    • 媒介岗是做什么的
    • what does KOC mean
    • 品牌部和公关部有什么不同
    • 运营怎么转推广
    • 谁负责ASO

    <b>命令</b>
    /role 名称：查一个岗位或部门
    /compare A | B：对比两个岗位
    /switch 现在 | 目标：怎么转岗
    { $more }/lang：回复语言（English、简体、繁體、自动）
    /about：关于本机器人和知识来源
about =
    <b>关于 CareerBot</b>
    帮看不懂招聘JD的同学、以及想在市场和运营岗位之间转换的人，弄清楚每个岗位到底做什么。

    知识库（{ $entries } 条，另有 { $tips } 条每日知识点）由我们根据 { $articles } 篇讲互联网和消费品公司如何划分市场、品牌、公关、新媒体和运营的文章整理改写而成。每个回答都注明出自哪篇文章哪一节。
lang_prompt = 当前回复语言：{ $current }。请选择：
lang_auto = 自动（跟随你的提问语言）
lang_set = 好的，之后用{ $current }回复。
lang_bad = 可选：en、zh-Hans（简体）、zh-Hant（繁體）、auto（自动）。
role_usage = 哪个岗位？比如：/role 媒介、/role brand department
compare_usage = 用 | 隔开两个岗位，比如：/compare 品牌部 | 公关部
switch_usage = 用 | 隔开现在的岗位和目标岗位，比如：/switch 推广 | 内容运营
not_found_one = 没找到“{ $name }”。换个说法试试，或者直接提问。
stale_button = 这个按钮已经失效了。请重新输入问题，或发送 /start。
unknown_command = 没有这个命令。发送 /help 看看我能做什么。
not_text = 我只能看懂文字，请用文字提问。
error = 抱歉，我这边出了点问题，请稍后再试。
too_long = 消息太长了，我只读了开头的部分。
sources_title = <b>来源</b>

## Command menu (set_my_commands) and the README's command table

cmd_start = 欢迎与菜单
cmd_help = 怎么提问，全部命令
cmd_role = 查一个岗位或部门
cmd_compare = 对比两个岗位：/compare A | B
cmd_switch = 怎么转岗：/switch 现在 | 目标
cmd_lang = 回复语言
cmd_about = 关于本机器人和知识来源

## The bot's profile (set_my_description, set_my_short_description)

bot_description =
    CareerBot 帮你看懂互联网和消费品公司里的市场、运营、品牌、公关和新媒体岗位：岗位做什么、行话什么意思、某件事归谁负责、两个岗位有什么不同、怎么从一个岗位转到另一个。

    用中文或英文提问都行。另有每日知识点，和一个测你适合哪个岗位的小测试。
bot_short_description = 看懂市场、运营、品牌、公关和新媒体岗位，中文英文都能问。
