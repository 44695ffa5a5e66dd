## Faults and load (bot/flood.py, bot/guards.py, bot/statedb.py)

flood_note = 你发消息太快了，我先歇一会儿，大约一分钟后再回复你。
state_unavailable = 我暂时无法保存设置（存储不可用），订阅、语言选择和测验进度可能不会保留。提问照常可以回答。
