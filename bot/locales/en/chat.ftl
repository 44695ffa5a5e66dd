## Inline mode (bot/features/ask/inline.py) and the terminal chat (bot/frontends/terminal.py)

inline_open = 💬 Ask CareerBot more
inline_hint = Type a job or a term, e.g. media buyer
chat_intro = CareerBot — ask about marketing, operations, brand, PR and new-media jobs.
chat_choose = Type a number to choose, a question to ask, /help for commands, /quit or Ctrl-D to leave.
chat_no_choice = There is no choice { $n } right now; type a question or a command.
chat_no_token = No TELEGRAM_BOT_TOKEN set: this is the terminal chat. To run on Telegram, get a token from @BotFather and start with TELEGRAM_BOT_TOKEN=... make run
