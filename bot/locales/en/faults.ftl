## Faults and load (bot/flood.py, bot/guards.py, bot/statedb.py)

flood_note = You're sending messages faster than I can read them. I'll take a short break from your messages and answer again in about a minute.
state_unavailable = I can't save settings right now (my storage is unavailable), so subscriptions, language choices and quiz progress may not stick. Answers to questions still work.
