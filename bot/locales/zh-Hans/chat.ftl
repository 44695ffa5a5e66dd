## Inline mode (bot/features/ask/inline.py) and the terminal chat (bot/frontends/terminal.py)

inline_open = 💬 继续问 CareerBot
inline_hint = 输入岗位或术语，比如 种草
chat_intro = CareerBot：了解市场、运营、品牌、公关和新媒体岗位。
chat_choose = 输入序号即可选择，也可以直接提问；/help 查看命令，/quit 或 Ctrl-D 退出。
chat_no_choice = 现在没有第 { $n } 个选项；请直接提问或输入命令。
chat_no_token = 没有设置 TELEGRAM_BOT_TOKEN，现在是终端聊天。要在 Telegram 上运行，请向 @BotFather 申请 token，再用 TELEGRAM_BOT_TOKEN=... make run 启动。
