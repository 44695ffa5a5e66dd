## The daily tip

tip_heading_today = 今日知识点
tip_heading_daily = 每日一条
tip_heading_another = 再来一条
tip_source = 来源：{ $source }
tip_footer = /settings 设置 · /unsubscribe 退订
tip_btn_another = 💡 再来一条
tip_btn_more = 📖 延伸：{ $name }
tip_btn_subscribe = 🔔 每天推送一条
tip_subscribed =
    🔔 订阅成功：每天 { $time }（{ $zone }）推送一条，第一条{ $when }送到。
    修改：/subscribe 21:30 Asia/Shanghai · 退订：/unsubscribe
tip_already =
    你已经订阅了：每天 { $time }（{ $zone }）。
    修改：/subscribe 21:30 Asia/Shanghai · 退订：/unsubscribe
tip_when_today = 今天 { $time }
tip_when_tomorrow = 明天 { $time }
tip_subscribe_bad =
    没看懂“{ $text }”这个时间或时区。
    时间：21:30、07:00、8am、8:30pm、晚上9点。
    时区：Asia/Shanghai、Europe/Berlin、城市名（北京、香港、berlin）、UTC、UTC+8、GMT-5、+08:00。
    例如：/subscribe 21:30 Asia/Shanghai
tip_unsubscribed = 已退订，不再推送。想恢复就发 /subscribe；随时可以用 /tip 看今天的知识点。
tip_not_subscribed = 你还没有订阅。发送 /subscribe，每天收到一条。
tip_private_only = 每日推送要在私聊里订阅：请私聊我并发送 /subscribe。
tip_settings =
    <b>你的设置</b>
    每日推送：{ $status }
    时间：{ $time }
    时区：{ $zone }
    语言：{ $language }
    已收到：{ $count } 条

    修改：/subscribe 时间 时区 · /lang · /unsubscribe
tip_status_on = 已订阅
tip_status_off = 未订阅（/subscribe）
tip_default_mark = （默认）
tips_help =
    /tip：今天的品牌知识点
    /subscribe [时间] [时区]：每天推送一条，如 /subscribe 21:30 Asia/Shanghai
    /unsubscribe：退订每日推送
    /settings：推送时间、时区和语言

## Command menu

cmd_tip = 今日品牌知识点
cmd_subscribe = 每日推送：/subscribe 21:30 Asia/Shanghai
cmd_unsubscribe = 退订每日推送
cmd_settings = 推送时间、时区和语言

