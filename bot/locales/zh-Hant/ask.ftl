## Asking about jobs: /start, /help, /about, /lang, /role, /compare, /switch and the buttons
## Written for Taiwan readers (reviewed, not converted): 網路公司, 職位, 營運, 選單, 訊息, 指令.

welcome =
    你好，{ $name }！我是 CareerBot，幫你看懂網路公司和消費品公司裡的行銷、營運、品牌、公關和新媒體職位。

    用中文或英文直接問就好：某個職位做什麼、某個術語是什麼意思、某件事歸誰負責、兩個職位有什麼不同、怎麼從一個職位轉到另一個。
# who "Hi { $name }!" greets when Telegram gives no first name
welcome_no_name = 朋友
btn_role = 🔎 認識一個職位
btn_compare = ⚖️ 比較兩個職位
btn_switch = 🔀 轉職換跑道
btn_tip = 💡 每日一則
btn_quiz = 🧭 測測適合哪個職位
btn_sources = 📚 來源
btn_back = « 返回
pick_role = 選一個部門或職位，也可以直接輸入名稱：
compare_howto = 輸入兩個職位，中間加「和…差在哪」，或用 /compare A | B。例如：
switch_howto = 告訴我你現在做什麼、想轉去做什麼，或用 /switch 現在 | 目標。大家常問的路線：
help =
    <b>CareerBot 怎麼用</b>
    直接提問就好，例如：
    • 媒介是做什麼的
    • what does KOC mean
    • 品牌部和公關部差在哪
    • 營運怎麼轉推廣
    • 誰負責ASO

    <b>指令</b>
    /role 名稱：查一個職位或部門
    /compare A | B：比較兩個職位
    /switch 現在 | 目標：怎麼轉職
    { $more }/lang：回覆語言（English、简体、繁體、自動）
    /about：關於這個機器人和知識來源
about =
    <b>關於 CareerBot</b>
    幫看不懂徵才 JD 的同學，以及想在行銷和營運職位之間轉換的人，弄清楚每個職位到底在做什麼。

    知識庫（{ $entries } 筆，另有 { $tips } 則每日小知識）是我們根據 { $articles } 篇文章整理、改寫而成，這些文章談的是網路公司和消費品公司怎麼劃分行銷、品牌、公關、新媒體和營運。每個回答都註明出自哪篇文章的哪一節。
lang_prompt = 目前回覆語言：{ $current }。請選擇：
lang_auto = 自動（跟著你提問的語言）
lang_set = 好的，之後用{ $current }回覆。
lang_bad = 可選：en、zh-Hans（简体）、zh-Hant（繁體）、auto（自動）。
role_usage = 哪個職位？例如：/role 媒介、/role brand department
compare_usage = 用 | 隔開兩個職位，例如：/compare 品牌部 | 公關部
switch_usage = 用 | 隔開現在的職位和目標職位，例如：/switch 推廣 | 內容營運
not_found_one = 找不到「{ $name }」。換個說法試試，或直接提問。
stale_button = 這個按鈕已經失效了。請重新輸入問題，或傳送 /start。
unknown_command = 沒有這個指令。傳送 /help 看看我能做什麼。
not_text = 我只看得懂文字，請用文字提問。
error = 抱歉，我這邊出了點問題，請稍後再試。
too_long = 訊息太長了，我只讀了開頭的部分。
sources_title = <b>來源</b>

## Command menu (set_my_commands) and the README's command table

cmd_start = 歡迎與選單
cmd_help = 怎麼提問，所有指令
cmd_role = 查一個職位或部門
cmd_compare = 比較兩個職位：/compare A | B
cmd_switch = 怎麼轉職：/switch 現在 | 目標
cmd_lang = 回覆語言
cmd_about = 關於這個機器人和知識來源

## The bot's profile (set_my_description, set_my_short_description)

bot_description =
    CareerBot 幫你看懂網路公司和消費品公司裡的行銷、營運、品牌、公關和新媒體職位：職位做什麼、行話是什麼意思、某件事歸誰負責、兩個職位有什麼不同、怎麼從一個職位轉到另一個。

    用中文或英文提問都可以。另有每日小知識，和一個測你適合哪個職位的小測驗。
bot_short_description = 看懂行銷、營運、品牌、公關和新媒體職位，中文英文都能問。
