"""Times and zones for the daily tip: what people type after /subscribe, and local dates.

People write times and zones many ways (21:30, 8am, 晚上9点, Europe/Berlin, berlin, UTC+8,
+08:00), so parsing is forgiving, but the result is always canonical: a (hour, minute) and a
zone name that `zone()` turns back into a tzinfo. Fixed offsets are stored as "UTC+08:00"
(not Etc/GMT-8, whose sign is inverted and which has no half hours).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as dtime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MAX_OFFSET = timedelta(hours=14)  # the widest real offset (Kiribati, UTC+14); UTC-12 the other side

_OFFSET_NAME = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2})|(h)(\d{2})?)?(am|pm|a\.m\.|p\.m\.)?$")
_ZH_CLOCK = re.compile(
    r"^(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜間|夜间)?(\d{1,2})[点點时時](半|(\d{1,2})分?)?$"
)
_ZH_PM = ("中午", "下午", "傍晚", "晚上", "夜里", "夜間", "夜间")
_OFFSET = re.compile(r"^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$")

# Names people use that are not the last part of an IANA zone name.
ZONE_ALIASES = {
    "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "prc": "Asia/Shanghai",
    "北京": "Asia/Shanghai",
    "上海": "Asia/Shanghai",
    "中国": "Asia/Shanghai",
    "北京时间": "Asia/Shanghai",
    "北京時間": "Asia/Shanghai",
    "深圳": "Asia/Shanghai",
    "广州": "Asia/Shanghai",
    "廣州": "Asia/Shanghai",
    "杭州": "Asia/Shanghai",
    "香港": "Asia/Hong_Kong",
    "澳门": "Asia/Macau",
    "澳門": "Asia/Macau",
    "台北": "Asia/Taipei",
    "臺北": "Asia/Taipei",
    "台湾": "Asia/Taipei",
    "台灣": "Asia/Taipei",
    "taiwan": "Asia/Taipei",
    "新加坡": "Asia/Singapore",
    "东京": "Asia/Tokyo",
    "東京": "Asia/Tokyo",
    "日本": "Asia/Tokyo",
    "首尔": "Asia/Seoul",
    "首爾": "Asia/Seoul",
    "伦敦": "Europe/London",
    "倫敦": "Europe/London",
    "巴黎": "Europe/Paris",
    "柏林": "Europe/Berlin",
    "纽约": "America/New_York",
    "紐約": "America/New_York",
    "洛杉矶": "America/Los_Angeles",
    "洛杉磯": "America/Los_Angeles",
    "悉尼": "Australia/Sydney",
    "sf": "America/Los_Angeles",
    "nyc": "America/New_York",
}


class TimeParseError(ValueError):
    """What the user typed is not a time or zone we understand; the handler says what is."""


@dataclass(frozen=True)
class Schedule:
    hour: int
    minute: int
    tz: str  # canonical: an IANA name, "UTC", or "UTC+08:00"

    def clock(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


# -- times ------------------------------------------------------------------------------------


def parse_time(text: str) -> tuple[int, int]:
    """21:30, 07:00, 8am, 8:30pm, 8 pm, 21h, 9点, 晚上9点半, 21点15分 -> (hour, minute)."""
    raw = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    zh = _ZH_CLOCK.match(raw)
    if zh:
        hour = int(zh[2])
        minute = 30 if zh[3] == "半" else int(zh[4] or 0)
        if zh[1] in _ZH_PM and hour < 12:
            hour += 12
        return _checked(hour, minute)
    match = _CLOCK.match(raw)
    if not match or not (match[2] or match[3] or match[5]):
        # a bare number ("8") could be a time, an offset or a typo: ask for 8:00 or 8am
        raise TimeParseError(text)
    hour, minute = int(match[1]), int(match[2] or match[4] or 0)
    if match[5]:
        if not 1 <= hour <= 12:
            raise TimeParseError(text)
        hour = hour % 12 + (12 if match[5].startswith("p") else 0)
    return _checked(hour, minute)


def _checked(hour: int, minute: int) -> tuple[int, int]:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise TimeParseError(f"{hour}:{minute}")
    return hour, minute


def looks_like_time(token: str) -> bool:
    try:
        parse_time(token)
    except TimeParseError:
        return False
    return True


# -- zones ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _zone_index() -> dict[str, str]:
    """lower-case full names and unambiguous city names -> canonical IANA name."""
    names = available_timezones()
    index: dict[str, str] = {}
    cities: dict[str, set[str]] = {}
    for name in names:
        index[name.lower()] = name
        if "/" in name and not name.startswith(("Etc/", "SystemV/")):
            cities.setdefault(name.rsplit("/", 1)[1].lower(), set()).add(name)
    for city, found in cities.items():
        # prefer the canonical two-part name ("America/Indianapolis" vs ".../Indiana/...")
        best = sorted(found, key=lambda n: (n.count("/"), n))
        if city not in index and (len(found) == 1 or best[0].count("/") < best[1].count("/")):
            index[city] = best[0]
    return index


def parse_zone(text: str) -> str:
    """Europe/Berlin, berlin, new york, UTC, GMT-5, UTC+8, +08:00, +0530, 北京 -> canonical name."""
    raw = unicodedata.normalize("NFKC", text).strip()
    key = raw.lower().replace(" ", "")
    if key in ("utc", "gmt", "z", "utc0", "gmt0", "utc+0", "gmt+0", "utc-0", "gmt-0"):
        return "UTC"
    offset = _OFFSET.match(key)
    if offset:
        hours, minutes = int(offset[2]), int(offset[3] or 0)
        if minutes >= 60:
            raise TimeParseError(text)
        delta = timedelta(hours=hours, minutes=minutes)
        if offset[1] == "-":
            delta = -delta
        if not -timedelta(hours=12) <= delta <= MAX_OFFSET:
            raise TimeParseError(text)
        return offset_name(delta)
    if key in ZONE_ALIASES:
        return ZONE_ALIASES[key]
    index = _zone_index()
    for candidate in (raw.lower().replace(" ", "_"), key):
        if candidate in index:
            return index[candidate]
    raise TimeParseError(text)


def offset_name(delta: timedelta) -> str:
    if not delta:
        return "UTC"
    sign = "-" if delta < timedelta(0) else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@lru_cache(maxsize=1024)
def zone(name: str) -> tzinfo:
    """The tzinfo of a canonical zone name; raises TimeParseError for an unknown one."""
    match = _OFFSET_NAME.match(name)
    if match:
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return timezone(-delta if match[1] == "-" else delta, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise TimeParseError(name) from exc


# -- /subscribe arguments -----------------------------------------------------------------------


def parse_subscribe(args: list[str], current: Schedule) -> Schedule:
    """A time and/or a zone in either order; what is not given keeps its current value.

    "8 pm" is two tokens of one time, "New York" two tokens of one zone, so the time is found
    first (one token, or a number with am/pm after it) and everything else is the zone.
    """
    tokens = [t for t in (unicodedata.normalize("NFKC", a).strip() for a in args) if t]
    hour_minute: tuple[int, int] | None = None
    rest: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        pair = f"{token}{tokens[i + 1]}" if i + 1 < len(tokens) else None
        if hour_minute is None and pair and tokens[i + 1].lower() in ("am", "pm", "a.m.", "p.m."):
            hour_minute = parse_time(pair)
            i += 2
            continue
        if hour_minute is None and looks_like_time(token):
            hour_minute = parse_time(token)
        else:
            rest.append(token)
        i += 1
    tz = parse_zone(" ".join(rest)) if rest else current.tz
    hour, minute = hour_minute if hour_minute else (current.hour, current.minute)
    return Schedule(hour, minute, tz)


# -- local dates and due times ------------------------------------------------------------------


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_now(now: datetime, tz: str) -> datetime:
    return now.astimezone(zone(tz))


def scheduled_at(day: date, hour: int, minute: int, tz: str) -> datetime:
    """The instant of hh:mm on a local date (a time skipped by DST falls after the gap)."""
    return datetime.combine(day, dtime(hour, minute), tzinfo=zone(tz))


def first_day(schedule: Schedule, subscribed: datetime) -> date:
    """The local date of the first tip: today if the time is still ahead, else tomorrow.

    A subscriber is due on a day only when that day's time comes after they subscribed, so
    subscribing at 15:00 for 09:00 does not send a tip at once but tomorrow at nine.
    """
    local = local_now(subscribed, schedule.tz)
    today = local.date()
    if scheduled_at(today, schedule.hour, schedule.minute, schedule.tz) >= subscribed:
        return today
    return today + timedelta(days=1)
