## For curators: /stats and /unanswered

admin_stats_title = <b>CareerBot 数据一览</b>
admin_stats_users = 用户：{ $users } 人；本周活跃：{ $active } 人
admin_stats_subscribers = 每日推送订阅：{ $count } 人
admin_stats_questions = 最近 24 小时提问：{ $total } 条，来自 { $users } 人；没答上：{ $unknown } 条（{ $share }）
admin_stats_week = 本周：每天 { $per_day } 个问题；答上：{ $share }
admin_stats_langs = 按语言：{ $langs }
admin_stats_topics = 本周热门话题：{ $topics }
admin_stats_unanswered = <b>本周问得最多却没答上的问题</b>
admin_stats_tips = 今天（UTC）的推送：发出 { $sent } 条，失败 { $failed } 条
admin_unanswered_none = 还没有答不上的问题。
admin_unanswered_title = <b>最近没有把握回答的问题</b>
cmd_stats = 用户、提问和推送的数据（管理员）
cmd_unanswered = 最近没答上的问题（管理员）
