## Careers: /path, /next, /jd (bot/features/careers)
## Taiwan wording, reviewed: 職位, 營運, 指令, 徵才啟事, 「」.

cmd_path = 兩個職位之間最順的路線
cmd_next = 離這個職位最近的去向
cmd_jd = 看懂徵才啟事：/jd 加上全文
careers_help =
    /path 現在 | 目標：兩個職位之間最順的路線
    /next 職位：最容易轉過去的三個職位
    /jd 徵才啟事：這是什麼職位、裡面的行話是什麼意思（直接貼上也可以）
path_usage = 用 | 隔開兩個職位，例如：/path 編輯 | 產品營運
next_usage = 你現在是哪個職位？例如：/next 媒介
jd_usage = 在 /jd 後面貼上徵才啟事，或直接傳給我。
jd_unreadable = 這份徵才啟事我對不上已知的職位。
not_a_job = 「{ $name }」不是我知道的職位；可以用 /role 查查看。
