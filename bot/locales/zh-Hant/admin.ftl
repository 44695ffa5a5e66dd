## For curators: /stats and /unanswered

admin_stats_title = <b>最近 24 小時</b>
admin_stats_questions = 提問：{ $total } 則，來自 { $users } 人；沒答上：{ $unknown } 則（{ $share }）
admin_stats_langs = 依語言：{ $langs }
admin_stats_subscribers = 每日推播訂閱：{ $count } 人
admin_unanswered_none = 目前還沒有答不上的問題。
admin_unanswered_title = <b>最近沒把握回答的問題</b>
cmd_stats = 最近 24 小時的提問（管理員）
cmd_unanswered = 最近沒答上的問題（管理員）
