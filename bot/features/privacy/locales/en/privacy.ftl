## Users' data: /privacy and /forget

cmd_privacy = What is stored about you, why, for how long
cmd_forget = Delete everything stored about you
privacy_help =
    /privacy: what is stored about you, why and for how long
    /forget: delete everything stored about you
privacy_text =
    <b>What CareerBot stores about you</b>
    • Your Telegram user id and chat id: to answer you and to send the tips you asked for.
    • Your language (the one you chose, your app's, and the one of your last question): to answer in it.
    • Your tip settings (time, time zone, tips sent): to send the daily tip when you want it.
    • Your quiz progress, results and challenge answers: so a quiz can go on where you left it.
    • What your last answer was about, for 30 minutes: so a follow-up like “how do I get into it?” is understood.
    • The questions you ask, with their language and whether they were answered: so the people who run the bot can see what is asked and improve the answers.
    <b>For how long</b>
    The question log is deleted after { $days } days. Everything else stays until you delete it.
    /forget deletes everything about you now.
forget_confirm =
    Delete everything stored about you (settings, daily tip, quiz progress and your questions)?
    This cannot be undone.
forget_btn_yes = 🗑 Yes, delete everything
forget_btn_no = Keep it
forget_done = Done: nothing about you is stored any more, and you will get no more messages from me. If you write again, I start afresh.
forget_kept = Nothing was deleted.
