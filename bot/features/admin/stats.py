"""The figures of /stats and `careerbot stats`, read from the user state.

Everything is read from tables other features keep anyway (users, questions, subscriptions,
deliveries): the question log records each question's kind ('unknown' when it went unanswered)
and topic, and a deliveries row records how each tip of the day ended. No counters to keep in
step, so the figures cannot drift from the data.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ...store import StateStore

DAY = 86400.0
WEEK = 7 * DAY
TOP = 5
# How a tip's delivery ended, as the deliveries table records it (see bot/store/tips.py).
FAILED = ("failed", "blocked", "unknown")


@dataclass
class Stats:
    users: int = 0
    active_week: int = 0
    subscribers: int = 0
    questions_day: int = 0  # the last 24 hours
    questions_week: int = 0
    answered_week: int = 0
    top_topics: list[tuple[str, int]] = field(default_factory=list)  # this week
    top_unanswered: list[tuple[str, int]] = field(default_factory=list)  # this week
    tips_sent_today: int = 0  # since midnight UTC
    tips_failed_today: int = 0

    @property
    def per_day(self) -> float:
        return self.questions_week / 7

    @property
    def share_answered(self) -> str:
        return f"{self.answered_week / self.questions_week:.0%}" if self.questions_week else "–"


def _one(store: StateStore, sql: str, params: list) -> int:
    return store.db.execute(sql, params).fetchone()[0] or 0


def gather(store: StateStore, now: float | None = None) -> Stats:
    now = time.time() if now is None else now
    week, day, midnight = now - WEEK, now - DAY, now - now % DAY
    with store._lock:
        stats = Stats(
            users=_one(store, "select count(*) from users", []),
            active_week=_one(store, "select count(*) from users where last_seen >= ?", [week]),
            subscribers=store.count_active_subscriptions(),
            questions_day=_one(store, "select count(*) from questions where ts >= ?", [day]),
            questions_week=_one(store, "select count(*) from questions where ts >= ?", [week]),
            answered_week=_one(store, "select count(*) from questions where ts >= ? "
                                      "and kind != 'unknown'", [week]),
        )
        stats.top_topics = [tuple(r) for r in store.db.execute(
            "select topic, count(*) from questions where ts >= ? and topic is not null "
            "and topic != '' group by topic order by 2 desc, 1 limit ?", [week, TOP])]
        stats.top_unanswered = [tuple(r) for r in store.db.execute(
            "select lower(trim(question)), count(*) from questions where ts >= ? "
            "and kind = 'unknown' group by 1 order by 2 desc, max(ts) desc limit ?",
            [week, TOP])]
        marks = ", ".join("?" for _ in FAILED)
        stats.tips_sent_today = _one(
            store, "select count(*) from deliveries where status = 'sent' and claimed >= ?",
            [midnight])
        stats.tips_failed_today = _one(
            store, f"select count(*) from deliveries where status in ({marks}) and claimed >= ?",
            [*FAILED, midnight])
    return stats
