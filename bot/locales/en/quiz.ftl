## The quiz and /challenge

quiz_help =
    /quiz: a short quiz on which department or role fits you
    /challenge: five quick questions on who does what
quiz_title = 🧭 <b>Which job fits you?</b>
quiz_intro = { $n } quick questions about what you enjoy. There are no wrong answers: pick what feels closest to you.
quiz_resume = Welcome back! You were on question { $i } of { $n }.
quiz_back = « Back
quiz_restart = ↺ Start over
quiz_result_title = 🧭 <b>Your best matches</b>
quiz_because_one = You chose “{ $a }”.
quiz_because_two = You chose “{ $a }” and “{ $b }”.
quiz_measured = Judged by
quiz_result_footer = Tap a job to read about it or to see how people get into it.
quiz_btn_into = 🚪 How to get in
quiz_btn_retake = 🔁 Take the quiz again
quiz_last =
    Your last result:
    { $lines }

    See it in full, or start a new round?
quiz_btn_show = 📋 Show my result
quiz_btn_new = 🆕 New round
quiz_not_yours = That quiz belongs to someone else, so I left it alone. Send /quiz to take your own.
quiz_stale = That button is from an earlier question or round, so I ignored it. Your quiz goes on in its latest message; /quiz brings it back.
quiz_unavailable = The quiz isn't available right now. Please try again later.
challenge_intro = 🎯 <b>Challenge</b>: { $n } questions on who does what and what the jargon means. Answer each poll and the next one follows.
challenge_score = 🎯 <b>Challenge done: { $right }/{ $total } right</b>
challenge_closed = 🎯 <b>Your previous challenge: { $right }/{ $total } right</b> ({ $left } not answered)
challenge_perfect = All correct, well done!
challenge_read = Worth a read, for the ones you missed:
challenge_again = Send /challenge for another round.
challenge_unavailable = There isn't enough in the knowledge base for a challenge right now.

## Command menu

cmd_quiz = Which job fits you? A short quiz
cmd_challenge = Five questions: who does what

