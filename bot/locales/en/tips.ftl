## The daily tip

tip_heading_today = Tip of the day
tip_heading_daily = Your daily tip
tip_heading_another = Another tip
tip_source = Source: { $source }
tip_footer = /settings · /unsubscribe
tip_btn_another = 💡 Another tip
tip_btn_more = 📖 More: { $name }
tip_btn_subscribe = 🔔 A tip every day
tip_subscribed =
    🔔 Subscribed: one tip every day at { $time } ({ $zone }). The first one comes { $when }.
    Change it: /subscribe 21:30 Europe/Berlin · stop: /unsubscribe
tip_already =
    You're already subscribed: every day at { $time } ({ $zone }).
    Change it: /subscribe 21:30 Europe/Berlin · stop: /unsubscribe
tip_when_today = today at { $time }
tip_when_tomorrow = tomorrow at { $time }
tip_subscribe_bad =
    I couldn't read "{ $text }" as a time or a time zone.
    Times: 21:30, 07:00, 8am, 8:30pm.
    Zones: Europe/Berlin, Asia/Shanghai, a city (berlin, new york), UTC, UTC+8, GMT-5, +08:00.
    For example: /subscribe 8am Europe/Berlin
tip_unsubscribed = Done: no more daily tips. /subscribe brings them back, and /tip shows today's any time.
tip_not_subscribed = You're not subscribed. /subscribe sends you one tip every day.
tip_private_only = Daily tips come in a private chat: open a chat with me and send /subscribe there.
tip_settings =
    <b>Your settings</b>
    Daily tip: { $status }
    Time: { $time }
    Time zone: { $zone }
    Language: { $language }
    Tips received: { $count }

    Change: /subscribe TIME ZONE · /lang · /unsubscribe
tip_status_on = on
tip_status_off = off (/subscribe)
tip_default_mark = { " " }(default)
tips_help =
    /tip: today's brand-knowledge tip
    /subscribe [TIME] [ZONE]: one tip every day, e.g. /subscribe 8am Europe/Berlin
    /unsubscribe: stop the daily tip
    /settings: your tip time, zone and language

## Command menu

cmd_tip = Today's brand-knowledge tip
cmd_subscribe = A tip every day: /subscribe 8am Europe/Berlin
cmd_unsubscribe = Stop the daily tip
cmd_settings = Your tip time, zone and language

