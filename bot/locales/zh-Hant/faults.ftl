## Faults and load (bot/flood.py, bot/guards.py, bot/statedb.py)

flood_note = 你傳訊息太快了，我先休息一下，大約一分鐘後再回覆你。
state_unavailable = 我暫時無法儲存設定（儲存空間無法使用），訂閱、語言選擇和測驗進度可能不會保留。提問照常可以回答。
