## The daily tip (Taiwan wording: 推播, 設定, 預設, 小知識)

tip_heading_today = 今日小知識
tip_heading_daily = 每日一則
tip_heading_another = 再來一則
tip_source = 來源：{ $source }
tip_footer = /settings 設定 · /unsubscribe 取消訂閱
tip_btn_another = 💡 再來一則
tip_btn_more = 📖 延伸閱讀：{ $name }
tip_btn_subscribe = 🔔 每天推播一則
tip_subscribed =
    🔔 訂閱成功：每天 { $time }（{ $zone }）推播一則，第一則{ $when }送到。
    修改：/subscribe 21:30 Asia/Taipei · 取消：/unsubscribe
tip_already =
    你已經訂閱了：每天 { $time }（{ $zone }）。
    修改：/subscribe 21:30 Asia/Taipei · 取消：/unsubscribe
tip_when_today = 今天 { $time }
tip_when_tomorrow = 明天 { $time }
tip_subscribe_bad =
    看不懂「{ $text }」這個時間或時區。
    時間：21:30、07:00、8am、8:30pm、晚上9點。
    時區：Asia/Taipei、Europe/Berlin、城市名（台北、香港、berlin）、UTC、UTC+8、GMT-5、+08:00。
    例如：/subscribe 21:30 Asia/Taipei
tip_unsubscribed = 已取消訂閱，不會再推播。想恢復就傳 /subscribe；隨時都能用 /tip 看今天的小知識。
tip_not_subscribed = 你還沒有訂閱。傳送 /subscribe，每天收到一則。
tip_private_only = 每日推播要在私訊裡訂閱：請私訊我並傳送 /subscribe。
tip_settings =
    <b>你的設定</b>
    每日推播：{ $status }
    時間：{ $time }
    時區：{ $zone }
    語言：{ $language }
    已收到：{ $count } 則

    修改：/subscribe 時間 時區 · /lang · /unsubscribe
tip_status_on = 已訂閱
tip_status_off = 未訂閱（/subscribe）
tip_default_mark = （預設）
tips_help =
    /tip：今天的品牌小知識
    /subscribe [時間] [時區]：每天推播一則，例如 /subscribe 21:30 Asia/Taipei
    /unsubscribe：取消每日推播
    /settings：推播時間、時區和語言

## Command menu

cmd_tip = 今日品牌小知識
cmd_subscribe = 每日推播：/subscribe 21:30 Asia/Taipei
cmd_unsubscribe = 取消每日推播
cmd_settings = 推播時間、時區和語言
