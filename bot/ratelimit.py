"""One rate limiter for everything the Application sends: replies first, broadcasts in the room
left, Telegram's limits kept, a 429 paying for only the chat that earned it.

Why not PTB's `AIORateLimiter`: it has one overall limit for all requests (so a broadcast and
replies fight over it with no priority), and any `RetryAfter` pauses *every* request, so one
user's flood froze everyone's replies (issue 11). Here:

- **Overall**: Telegram's ~30 a second is for bulk notifications; answers to people who just
  wrote are limited per chat. So every message is counted, and a broadcast (any send made
  outside the handling of an update: the tips job) goes only while fewer than
  `OVERALL - RESERVE` were sent in the last second: replies first, broadcasts in the room left.
  Replies have no overall cap unless `reply_cap` is given (a flooding user is stopped by the
  per-chat bucket and bot/flood.py instead).
- **Per chat**: a token bucket: a private chat may get a burst (a long answer in parts) and then
  about one message a second; a group `GROUP_PER_MINUTE` a minute.
- **429**: the chat it came from is paused for `retry_after`, and so are broadcasts (they are
  the likely cause); replies to other chats go on. A reply is retried up to `MAX_RETRIES`; a
  broadcast's 429 is raised to the broadcaster, which backs off and keeps its own books.

Everything is in memory: the cron `careerbot tips send` in another process paces itself
(bot/delivery.py) and does not share this budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from . import sending

log = logging.getLogger("careerbot.rate")

OVERALL = 29  # messages a second, all chats (Telegram: about 30)
RESERVE = 2  # of which broadcasts leave this many to replies
# The second is measured a little long: requests counted here reach the server a few ms apart
# from when they were let through, and a sliding window there must never see 31.
WINDOW = 1.05
PRIVATE_BURST = 10  # messages a private chat may get at once…
PRIVATE_RATE = 1.0  # …then this many a second
GROUP_PER_MINUTE = 20
MAX_RETRIES = 3
_COUNTED = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendPoll", "copyMessage", "forwardMessage",
    "editMessageText", "editMessageReplyMarkup", "sendChatAction",
})


# Edits (a quiz's next question) and "typing…" do not add messages to the chat: counted
# overall, not against the chat's one-a-second.
_NOT_PER_CHAT = frozenset({"editMessageText", "editMessageReplyMarkup", "sendChatAction"})


class _Bucket:
    __slots__ = ("tokens", "stamp")

    def __init__(self, tokens: float, stamp: float) -> None:
        self.tokens = tokens
        self.stamp = stamp


class CareerRateLimiter(BaseRateLimiter[dict]):
    """See the module docstring. `is_bulk()` says whether the current request is a broadcast."""

    def __init__(self, overall: int = OVERALL, reserve: int = RESERVE,
                 reply_cap: int | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 is_bulk: Callable[[], bool] | None = None) -> None:
        self.overall = overall
        self.reserve = reserve
        self.reply_cap = reply_cap
        self.clock = clock
        self.is_bulk = is_bulk or (lambda: not sending.in_update())
        self._window: deque[float] = deque()
        self._buckets: dict[int | str, _Bucket] = {}
        self._paused: dict[int | str, float] = {}
        self._bulk_paused = 0.0
        self.flood_waits = 0  # 429s seen, for tests and benchmarks

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]],
                              args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: dict | None) -> Any:
        if endpoint not in _COUNTED:
            return await callback(*args, **kwargs)
        chat = data.get("chat_id")
        bulk = bool((rate_limit_args or {}).get("bulk", self.is_bulk()))
        tries = 0
        while True:
            await self._acquire(chat, bulk, endpoint)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # PTB 22: retry_after becomes a timedelta
                    wait = _seconds(exc.retry_after)
                self.flood_waits += 1
                now = self.clock()
                if chat is not None:
                    self._paused[chat] = max(self._paused.get(chat, 0.0), now + wait)
                self._bulk_paused = max(self._bulk_paused, now + wait)
                log.warning("flood control (429) on %s to chat %s: that chat and broadcasts "
                            "wait %.1fs", endpoint, chat, wait)
                tries += 1
                if bulk or tries > MAX_RETRIES:
                    raise

    async def _acquire(self, chat: Any, bulk: bool, endpoint: str) -> None:
        while (wait := self._wait(chat, bulk, endpoint)) > 0:
            await asyncio.sleep(wait)

    def _wait(self, chat: Any, bulk: bool, endpoint: str = "sendMessage") -> float:
        """0 when a message may go now (and then it is counted), else seconds to wait."""
        now = self.clock()
        waits = [self._paused.get(chat, 0.0) - now]
        if bulk:
            waits.append(self._bulk_paused - now)
        window = self._window
        while window and window[0] <= now - WINDOW:
            window.popleft()
        cap = self.overall - self.reserve if bulk else self.reply_cap
        if cap is not None and len(window) >= cap:
            waits.append(window[len(window) - cap] + WINDOW - now)
        bucket = None
        if chat is not None and endpoint not in _NOT_PER_CHAT:
            capacity, rate = _limits(chat)
            bucket = self._buckets.get(chat)
            if bucket is None:
                bucket = self._buckets[chat] = _Bucket(capacity, now)
            bucket.tokens = min(capacity, bucket.tokens + (now - bucket.stamp) * rate)
            bucket.stamp = now
            if bucket.tokens < 1.0:
                waits.append((1.0 - bucket.tokens) / rate)
        wait = max(waits)
        if wait > 0:
            return max(wait, 0.002)
        window.append(now)
        if bucket is not None:
            bucket.tokens -= 1.0
        if len(self._buckets) > 20_000:
            self._forget(now)
        return 0.0

    def _forget(self, now: float) -> None:
        """Buckets that are full again carry no information: drop them."""
        self._buckets = {c: b for c, b in self._buckets.items()
                         if b.tokens + (now - b.stamp) * _limits(c)[1] < _limits(c)[0]}
        self._paused = {c: t for c, t in self._paused.items() if t > now}


def _limits(chat: Any) -> tuple[float, float]:
    """(burst, messages a second) for a chat: groups have negative ids."""
    with contextlib.suppress(TypeError, ValueError):
        if int(chat) < 0:
            return float(GROUP_PER_MINUTE), GROUP_PER_MINUTE / 60.0
    return float(PRIVATE_BURST), PRIVATE_RATE


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
