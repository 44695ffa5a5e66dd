"""Cities people name when they ask about jobs: a place, never a mistyped name of ours."""

from __future__ import annotations

import re

# In the matching form (Simplified, lower case).
CITIES = "北京|上海|深圳|广州|杭州|成都|武汉|南京|西安|重庆|苏州|天津|厦门|长沙|台北|台中|高雄|香港"
EN_CITIES = (
    "beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|wuhan|nanjing|xi an|chongqing|suzhou"
    "|tianjin|xiamen|taipei|taichung|kaohsiung|hong kong|singapore"
)
CITY = re.compile(CITIES)
# A city in either script's matching form or in English.
ANY_CITY = re.compile(rf"{CITIES}|\b({EN_CITIES})\b")
