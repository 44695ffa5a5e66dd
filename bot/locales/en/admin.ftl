## For curators: /stats and /unanswered

admin_stats_title = <b>Last 24 hours</b>
admin_stats_questions = questions: { $total } from { $users } people; not answered: { $unknown } ({ $share })
admin_stats_langs = by language: { $langs }
admin_stats_subscribers = daily-tip subscribers: { $count }
admin_unanswered_none = Nothing unanswered yet.
admin_unanswered_title = <b>Recent questions without a confident answer</b>
cmd_stats = Questions of the last 24 hours (curators)
cmd_unanswered = Recent questions without an answer (curators)

