## Users' data: /privacy and /forget (Taiwan wording: 資料, 設定, 推播, 傳送)

cmd_privacy = 我們儲存了你哪些資料、為什麼、存多久
cmd_forget = 刪除我們儲存的你所有資料
privacy_help =
    /privacy：我們儲存了你哪些資料、為什麼、存多久
    /forget：刪除我們儲存的你所有資料
privacy_text =
    <b>CareerBot 儲存的你的資料</b>
    • 你的 Telegram 使用者 ID 和聊天 ID：用來回覆你、傳送你訂閱的每日推播。
    • 你的語言（你選的、你的 App 的、你上一個問題的）：用來以這個語言回答。
    • 你的每日推播設定（時間、時區、已傳送則數）：在你想要的時間推播。
    • 你的測驗進度、結果和挑戰答案：讓測驗從你停下的地方繼續。
    • 你問的問題，連同語言和有沒有答上：讓經營機器人的人看到大家問什麼，改進回答。
    <b>存多久</b>
    提問紀錄保存 { $days } 天後刪除。其他資料保留到你刪除為止。
    /forget 立即刪除你所有資料。
forget_confirm =
    要刪除我們儲存的你所有資料（設定、每日推播、測驗進度和你的提問）嗎？
    刪除後無法復原。
forget_btn_yes = 🗑 是，全部刪除
forget_btn_no = 保留
forget_done = 已刪除：不再儲存你的任何資料，我也不會再傳訊息給你。如果你再來找我，就從頭開始。
forget_kept = 什麼都沒有刪除。
