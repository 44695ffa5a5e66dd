## For curators: /stats and /unanswered

admin_stats_title = <b>最近 24 小时</b>
admin_stats_questions = 提问：{ $total } 个，来自 { $users } 人；没答上：{ $unknown } 个（{ $share }）
admin_stats_langs = 按语言：{ $langs }
admin_stats_subscribers = 每日推送订阅：{ $count } 人
admin_unanswered_none = 还没有答不上的问题。
admin_unanswered_title = <b>最近没有把握回答的问题</b>
cmd_stats = 最近 24 小时的提问（管理员）
cmd_unanswered = 最近没答上的问题（管理员）

