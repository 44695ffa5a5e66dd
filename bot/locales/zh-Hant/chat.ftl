## Inline mode (bot/features/ask/inline.py) and the terminal chat (bot/frontends/terminal.py)
## Taiwan wording, reviewed: 職位, 營運, 行銷, 指令, 終端機.

inline_open = 💬 繼續問 CareerBot
inline_hint = 輸入職位或術語，例如 種草
chat_intro = CareerBot：了解行銷、營運、品牌、公關和新媒體職位。
chat_choose = 輸入編號即可選擇，也可以直接提問；/help 查看指令，/quit 或 Ctrl-D 離開。
chat_no_choice = 目前沒有第 { $n } 個選項；請直接提問或輸入指令。
chat_no_token = 沒有設定 TELEGRAM_BOT_TOKEN，現在是終端機聊天。要在 Telegram 上執行，請向 @BotFather 申請 token，再用 TELEGRAM_BOT_TOKEN=... make run 啟動。
