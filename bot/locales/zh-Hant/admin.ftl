## For curators: /stats and /unanswered

admin_stats_title = <b>CareerBot 數據一覽</b>
admin_stats_users = 使用者：{ $users } 人；本週活躍：{ $active } 人
admin_stats_subscribers = 每日推播訂閱：{ $count } 人
admin_stats_questions = 最近 24 小時提問：{ $total } 則，來自 { $users } 人；沒答上：{ $unknown } 則（{ $share }）
admin_stats_week = 本週：每天 { $per_day } 個問題；答上：{ $share }
admin_stats_langs = 依語言：{ $langs }
admin_stats_topics = 本週熱門主題：{ $topics }
admin_stats_unanswered = <b>本週問最多卻沒答上的問題</b>
admin_stats_tips = 今天（UTC）的推播：送出 { $sent } 則，失敗 { $failed } 則
admin_unanswered_none = 目前還沒有答不上的問題。
admin_unanswered_title = <b>最近沒把握回答的問題</b>
cmd_stats = 使用者、提問和推播的數據（管理員）
cmd_unanswered = 最近沒答上的問題（管理員）
