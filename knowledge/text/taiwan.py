"""Traditional Chinese as a Taiwan reader writes it.

OpenCC's phrase conversion (s2twp) turns mainland wording into Taiwan wording, but in our field
it is wrong in places: 用户运营 is not 使用者運營, a 发布会 is a 發表會, and marketers in Taiwan say
優化 and 數據, not 最佳化 and 資料. These terms are protected from the conversion and written as
below; the rest is left to OpenCC. Reviewed against Taiwan job ads and marketing media: add a
term here when an answer reads wrong, with the Simplified form as the key.
"""

from __future__ import annotations

GLOSSARY: dict[str, str] = {
    # Where s2twp is wrong for marketing and operations.
    "用户": "用戶",
    "互联网": "網路",
    "优化": "優化",
    "发布会": "發表會",
    "数据": "數據",
    "视频号": "視頻號",  # WeChat Channels: a product name, not "videos"
    "信息流": "資訊流",
    "循环": "循環",  # a cycle of steps (the 9+1 cycle), not a program's loop (迴圈)
    "投信息流": "投放資訊流",  # not 投資訊流, which reads as "invest"
    "发布": "發布",  # publishing content, not 釋出 (releasing)
    "审核": "審核",  # reviewing content or ads, not 稽核 (auditing)
    "拉升": "拉升",  # not 拉昇
    "账号": "帳號",  # Taiwan's account, not 賬號
    "质量": "品質",  # quality, as Taiwan writes it
    "数字营销": "數位行銷",  # digital marketing
    "数字渠道": "數位通路",
    "数字化": "數位化",
    "互借": "互借",  # not 互藉
    "报道": "報導",
    "面向": "面向",  # facing ("和面向渠道的…"), not 和麵 (kneading dough) + 向
    # Field vocabulary Taiwan uses, which s2twp leaves in mainland form.
    "运营": "營運",
    "营销": "行銷",
    "策划": "企劃",
    "渠道": "通路",
    "短视频": "短影音",
    "博主": "部落客",
    "网红": "網紅",
    "社群": "社群",
}

# Taiwan words folded back to the mainland words the knowledge base is written in, where
# OpenCC's tw2sp leaves them (matching only; answers use GLOSSARY).
FOLD: dict[str, str] = {
    "营运": "运营",
    "行销": "营销",
    "通路": "渠道",
    "短影音": "短视频",
    "部落客": "博主",
    "报导": "报道",  # 報導, Taiwan's 报道
    "投放信息流": "投信息流",  # the glossary writes 投信息流 as 投放資訊流
}
