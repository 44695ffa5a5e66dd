"""A flood guard per user: past `limit` messages a minute, one polite note, then that user's
updates are dropped for `quiet` seconds.

Why before any handler: a flooding user's messages then cost a dictionary lookup each, not an
engine run, a database write and a reply that eats the bot's share of Telegram's rate limit;
everyone else is answered as if nobody were flooding. Kept in memory: a restart forgives.

Several copies behind one proxy (webhook mode) each see part of a user's messages: each copy
counts against its share of the limit (`copies`); the copy that quiets a user first writes it to
the store, and only that one sends the note (bot/guards.py); the others take it up when they
next compare notes through the store (bot/webhook.py `Copy`, every couple of seconds: `merge`).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

LIMIT = 20  # messages (and button presses) a minute before the guard steps in
WINDOW = 60.0
QUIET = 60.0  # seconds a flooding user is ignored after the note


class FloodGuard:
    """`check(user_id)` says what to do with a user's update: 'ok', 'note' (tell them once) or
    'drop' (ignore it)."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW, quiet: float = QUIET,
                 clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self.window = window
        self.quiet = quiet
        self.clock = clock  # wall clock: quiet times are compared across processes
        self.copies = 1  # copies of the bot sharing the user's messages (round robin)
        self._seen: dict[int, deque[float]] = {}
        self._quiet_until: dict[int, float] = {}

    def quiet_until(self, user_id: int) -> float | None:
        return self._quiet_until.get(user_id)

    def check(self, user_id: int) -> str:
        now = self.clock()
        until = self._quiet_until.get(user_id)
        if until is not None:
            if now < until:
                return "drop"
            del self._quiet_until[user_id]
            self._seen.pop(user_id, None)
        seen = self._seen.setdefault(user_id, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        seen.append(now)
        if len(seen) > max(3, -(-self.limit // self.copies)):  # this copy's share, rounded up
            self._quiet_until[user_id] = now + self.quiet
            self._seen.pop(user_id, None)
            return "note"
        if len(self._seen) > 10_000:
            self._forget(now)
        return "ok"

    def merge(self, quiet: dict[int, float]) -> None:
        """Users other copies quieted: dropped here too, without a second note."""
        for user_id, until in quiet.items():
            if until > self._quiet_until.get(user_id, 0.0):
                self._quiet_until[user_id] = until
                self._seen.pop(user_id, None)

    def _forget(self, now: float) -> None:
        """Drop users not seen for a window, so memory stays bounded."""
        self._seen = {u: s for u, s in self._seen.items() if s and s[-1] > now - self.window}
