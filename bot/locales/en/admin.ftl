## For curators: /stats and /unanswered

admin_stats_title = <b>CareerBot in figures</b>
admin_stats_users = users: { $users }; active this week: { $active }
admin_stats_subscribers = daily-tip subscribers: { $count }
admin_stats_questions = questions: { $total } from { $users } people in 24 h; not answered: { $unknown } ({ $share })
admin_stats_week = this week: { $per_day } questions a day; answered: { $share }
admin_stats_langs = by language: { $langs }
admin_stats_topics = top topics this week: { $topics }
admin_stats_unanswered = <b>Most asked without an answer this week</b>
admin_stats_tips = tips today (UTC): { $sent } sent, { $failed } failed
admin_unanswered_none = Nothing unanswered yet.
admin_unanswered_title = <b>Recent questions without a confident answer</b>
cmd_stats = Users, questions and tips in figures (curators)
cmd_unanswered = Recent questions without an answer (curators)
