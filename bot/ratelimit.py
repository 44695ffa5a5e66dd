"""One rate limiter for everything the bot sends: replies first, broadcasts in the room left,
Telegram's limits kept, a 429 paying for only the chat that earned it, and one budget for all
the processes that send with the same token (the bot and a cron `careerbot tips send`).

Why not PTB's `AIORateLimiter`: it has one overall limit for all requests (so a broadcast and
replies fight over it with no priority), and any `RetryAfter` pauses *every* request, so one
user's flood froze everyone's replies (issue 11). Here:

- **Slots**: Telegram allows about 30 messages a second in all (bulk notifications); the
  server counts them in a sliding second. Sends are spaced on a timeline of slots, `PACE` a
  second (a GCRA, "next free slot"): every message takes the next slot. A broadcast message
  (any send made outside the handling of an update: the tips job, the cron) waits for its
  slot; a reply never waits for one, it goes at once and pushes the broadcast's next slots
  back. So replies come first and broadcasts fill exactly the room replies leave, evenly
  spaced (a sliding window polled every few ms went in bursts and reached 86%).
- **Shared by processes**: with a `SharedSlots`, the timeline is one row of the state
  database (`_send_slots`, keyed by the bot's id) that every process sending with the token
  moves forward in one statement (StateStore.reserve_send_slots). A broadcaster reserves a
  batch of slots (`BATCH_SECONDS` ahead) per database call, in a worker thread; the bot adds
  its replies to the row every `REPORT_EVERY` seconds, also in a thread. The bot and a cron
  `tips send` together thus stay under Telegram's limit; a state.db that cannot be written
  falls back to this process's own timeline (one log line).
- **Safety cap**: a broadcast message also goes only while fewer than `BULK_CAP` messages
  (replies included) of this process are in flight or were answered in the last second,
  whatever the timeline says (a reply burst, a late slot), and only `BULK_IN_FLIGHT` at a
  time. Counting from the answer, not from the request, is what keeps a stall of the server
  or the network (requests arriving late, then together) from putting 31 in its second.
- **Per chat**: a token bucket: a private chat may get a burst (a long answer in parts) and then
  about one message a second; a group `GROUP_PER_MINUTE` a minute. Replies have no overall cap
  unless `reply_cap` is given (a flooding user is stopped by the per-chat bucket and
  bot/flood.py instead).
- **429**: the chat it came from is paused for `retry_after`, and so are broadcasts (they are
  the likely cause); replies to other chats go on. A reply is retried up to `MAX_RETRIES`; a
  broadcast's 429 is raised to the broadcaster, which backs off and keeps its own books.

A broadcaster that claims a subscriber only when the send slot is due (tips/delivery.py) asks
for a slot with `broadcast_slots().slot()`, then chooses and claims the subscriber, `hold`s the
slot for that chat and sends with `rate_limit_args={"slot": True}`, so the slot is not taken
twice; a slot no claim took is given back (`give_back`) to this process's next message. Two
senders on the same list then spend one slot per message together, not one per subscriber
each walked (issue 11: two at once reached half the rate), and each reserves only
`LOOKAHEAD` ahead, so the slots it holds when its list runs out are few.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, Protocol

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from . import sending

log = logging.getLogger("careerbot.rate")

PACE = 27.5  # slots a second on the timeline, all messages (Telegram: about 30)
BULK_CAP = 28  # a broadcast message goes only while fewer were sent in the last WINDOW
WINDOW = 1.0
PRIVATE_BURST = 10  # messages a private chat may get at once…
PRIVATE_RATE = 1.0  # …then this many a second
GROUP_PER_MINUTE = 20
MAX_RETRIES = 3
# Shared slots: how far ahead a broadcaster reserves per database call, and how often the bot
# adds its replies to the shared timeline.
BATCH_SECONDS = 0.07
REPORT_EVERY = 0.02
# A broadcaster reserves shared slots at most this far ahead of now. Its workers all wait for
# slots; reserving for each of them at once put its slots up to a second ahead, slots another
# sender could not use and that were lost when its list ran out first. It is also how late a
# reply of another process pushes this one's slots back: a reply goes at once, but the slots
# already reserved stay. At 0.2 (with a 0.1 batch and a report every 0.05 s), two replies
# within those 0.35 s came on top of 28 slots in a second, and the server refused the 31st
# once in three to six runs of the cron test (the server's stamps, taken in its own thread,
# showed the bot's two replies as the only extra). At 0.1 (0.07, 0.02) it passed 10 of 10,
# and 7 of 8 with the server allowing only 29; the rate is unchanged (contention_bench 91%).
LOOKAHEAD = 0.1
# A reply sent while this process broadcasts takes the slot of its next broadcast message
# when that comes within this long; else it is added to the shared timeline.
DISPLACE_WITHIN = 0.15
# A reserved slot missed by more than this (the loop stalled) is dropped, not sent late in a
# burst with the next ones. Slots sent up to LATE late put at most (1 + LATE) * PACE + 1 in a
# second: 29 with one slot, a message of room for a reply not yet on the timeline (2.5 slots
# allowed 31, which two senders at once with replies beside them did reach).
LATE = 1.0 / PACE
# Broadcast requests in flight at once: when the server stalls (answers late), the broadcast
# waits instead of piling requests that it would then count all in one second. BULK_CAP (which
# counts the ones in flight) bounds a second anyway; this only bounds a stall's pile. At 3, a
# server answering in 200 ms capped a broadcast at 3 / 0.2 = 15 a second (49% of the rate,
# `tips_bench.py --latency 0.2`); at 6 it reaches 78%, BULK_CAP's own bound at that latency
# (counted from the answer, a message holds its place for the round trip plus WINDOW). 12 went
# no faster there and, with a cron beside the bot, let a stall of the test's own server put 31
# in a second once in nine runs.
BULK_IN_FLIGHT = 6
# A broadcaster claims its subscriber this long before the send slot is due (a database write
# in a worker thread), so the send itself goes on time.
CLAIM_LEAD = 0.02
SHARED_RETRY = 30.0  # seconds a process paces alone after state.db failed to share slots
_COUNTED = frozenset({
    "sendMessage", "sendPhoto", "sendDocument", "sendPoll", "copyMessage", "forwardMessage",
    "editMessageText", "editMessageReplyMarkup", "sendChatAction",
})


# Edits (a quiz's next question) and "typing…" do not add messages to the chat: counted
# overall, not against the chat's one-a-second.
_NOT_PER_CHAT = frozenset({"editMessageText", "editMessageReplyMarkup", "sendChatAction"})


class Slots(Protocol):
    """A timeline of send slots `slot` seconds apart."""

    slot: float

    def now(self) -> float:
        """The time on the timeline's own clock."""
        ...

    def reserve(self, count: int) -> float:
        """Take the next `count` consecutive free slots; the first one's time on `now`'s
        clock (<= now(): at once). Every message takes one; replies take theirs after the
        fact. An absolute time, not "seconds from now": a shared reserve runs in a thread,
        and an offset read before it came back put a batch late by the database's answer
        time, on top of the next batch (two slots in one, a 429 at 31 a second)."""
        ...


class LocalSlots:
    """The timeline of this process alone (no other process sends with the token)."""

    def __init__(self, pace: float = PACE, clock: Callable[[], float] = time.monotonic) -> None:
        self.slot = 1.0 / pace
        self.clock = clock
        self._next = float("-inf")

    def now(self) -> float:
        return self.clock()

    def reserve(self, count: int) -> float:
        start = max(self._next, self.clock())
        self._next = start + count * self.slot
        return start


class SharedSlots:
    """The timeline kept in the state database, one row per bot id, shared by every process
    that sends with the token (StateStore.reserve_send_slots; microseconds of wall-clock time,
    so processes agree). Blocking: call it from a worker thread. `open_store` opens this
    object's own connection, lazily, in that thread."""

    def __init__(self, open_store: Callable[[], Any], bot_id: str, pace: float = PACE,
                 wall: Callable[[], float] = time.time) -> None:
        self.slot = 1.0 / pace
        self.bot_id = bot_id
        self.wall = wall
        self._open = open_store
        self._store: Any = None

    def now(self) -> float:
        return self.wall()

    def reserve(self, count: int) -> float:
        if self._store is None:
            self._store = self._open()
        length = round(count * self.slot * 1e6)
        end = self._store.reserve_send_slots(self.bot_id, round(self.wall() * 1e6), length)
        return (end - length) / 1e6

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def bot_id(token: str | None) -> str:
    """The bot's id, the part of the token before the colon (public, unlike the rest)."""
    return (token or "").split(":", 1)[0] or "bot"


class _Bucket:
    __slots__ = ("tokens", "stamp")

    def __init__(self, tokens: float, stamp: float) -> None:
        self.tokens = tokens
        self.stamp = stamp


class CareerRateLimiter(BaseRateLimiter[dict]):
    """See the module docstring. `is_bulk()` says whether the current request is a broadcast;
    `shared`: the timeline shared with other processes (else this process's own)."""

    def __init__(self, pace: float = PACE, bulk_cap: int = BULK_CAP,
                 reply_cap: int | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 is_bulk: Callable[[], bool] | None = None,
                 shared: Slots | None = None) -> None:
        self.bulk_cap = bulk_cap
        self.reply_cap = reply_cap
        self.clock = clock
        self.is_bulk = is_bulk or (lambda: not sending.in_update())
        self.local: Slots = LocalSlots(pace, clock)
        self.shared = shared
        self._window: deque[float] = deque()  # when recent messages were answered
        self._in_flight = 0  # messages let through and not answered yet
        self._buckets: dict[int | str, _Bucket] = {}
        self._paused: dict[int | str, float] = {}
        self._bulk_paused = 0.0
        self._reserved: deque[float] = deque()  # shared slots reserved, not yet used
        self._horizon = float("-inf")  # the end of the last batch this process reserved
        self._spare: deque[float] = deque()  # slots given back unused (a claim lost), by time
        self._refill: asyncio.Lock | None = None
        self._bulk_in_flight = asyncio.Semaphore(BULK_IN_FLIGHT)
        self._held: dict[Any, float] = {}  # slots broadcasters took, by chat (BroadcastSlots)
        self._unreported = 0  # replies not yet added to the shared timeline
        self._displace: deque[float] = deque()  # replies waiting to take a broadcast's slot
        self._last_bulk = float("-inf")  # when this process last sent a broadcast message
        self._reporter: asyncio.Task[None] | None = None
        self._shared_down_until = float("-inf")  # after a failure, pace alone for a while
        self.flood_waits = 0  # 429s seen, for tests and benchmarks

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        if self._reporter is not None:
            self._reporter.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._reporter
            self._reporter = None
        self._unreported += len(self._displace)
        self._displace.clear()
        if self._unreported:
            await self._report_now()
        close = getattr(self.shared, "close", None)
        if close is not None:
            await asyncio.to_thread(close)

    def broadcast_slots(self) -> BroadcastSlots:
        """The pacer a broadcaster claims by (tips/delivery.py's `Limiter` interface)."""
        return BroadcastSlots(self)

    def pause_broadcasts(self, seconds: float) -> None:
        self._bulk_paused = max(self._bulk_paused, self.clock() + seconds)

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]],
                              args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: dict | None) -> Any:
        if endpoint not in _COUNTED:
            return await callback(*args, **kwargs)
        chat = data.get("chat_id")
        limits = rate_limit_args or {}
        slot = self._held.pop(chat, None) if limits.get("slot") else None
        bulk = slot is not None or bool(limits.get("bulk", self.is_bulk()))
        if slot is not None and slot < self.clock() - LATE:
            slot = None  # the claim took long (a locked store): sent late, it would crowd
            # the slots after it, so it takes a new one
        tries = 0
        while True:
            if bulk:
                # a broadcaster's slot taken before its claim (BroadcastSlots), else one now
                due = slot if slot is not None else await self.broadcast_slot()
                slot = None  # a retry takes a new one
                if (wait := due - self.clock()) > 0:
                    await asyncio.sleep(wait)
                if self._displaced():
                    continue  # a reply of this process went in this slot: take the next
                self._last_bulk = self.clock()
            try:
                if bulk:
                    async with self._bulk_in_flight:
                        await self._acquire(chat, bulk, endpoint)
                        return await self._counted(callback, args, kwargs)
                await self._acquire(chat, bulk, endpoint)
                return await self._counted(callback, args, kwargs)
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

    async def _counted(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                       kwargs: dict[str, Any]) -> Any:
        """Send a message let through by `_wait`: it counts as sent now while in flight, and
        for WINDOW after its answer came back. The server counts it from when it arrived,
        which may be late when the server (or the network) stalls; counting from the answer
        is never earlier, so a stall cannot squeeze more than the cap into its second."""
        try:
            return await callback(*args, **kwargs)
        finally:
            self._in_flight -= 1
            self._window.append(self.clock())

    # -- broadcast slots ----------------------------------------------------------------------

    async def broadcast_slot(self, lead: float = 0.0) -> float:
        """Take a broadcast message's slot on the timeline; return `lead` seconds before it is
        due, with the clock time it is due."""
        due = await self.wanted_slot(lead, lambda: True)
        assert due is not None
        return due

    async def wanted_slot(self, lead: float, wanted: Callable[[], bool]) -> float | None:
        """`broadcast_slot`, or None as soon as `wanted()` says it is not needed any more
        (the broadcaster's list ran out meanwhile): no slot is then reserved for nothing."""
        while True:
            while (wait := self._bulk_paused - self.clock()) > 0:
                await asyncio.sleep(wait)
            due = await self._next_slot(wanted)
            if due is None:
                return None
            wait = due - lead - self.clock()
            if wait > 0:
                await asyncio.sleep(wait)
            if self._bulk_paused <= self.clock():  # a 429 meanwhile: that slot is void
                return due

    async def _next_slot(self, wanted: Callable[[], bool] = lambda: True) -> float | None:
        """The clock time of this process's next slot: one given back first, else a shared
        one when shared slots work, else one of this process's own timeline. None when
        `wanted()` turns false before a slot is reserved."""
        if (given := self._given_back()) is not None:
            return given
        if not wanted():
            return None
        if not self._sharing():
            return self.local.reserve(1)
        reserved = self._reserved
        while True:
            now = self.clock()
            while reserved and reserved[0] < now - LATE:
                reserved.popleft()  # missed while the loop was busy: never a catch-up burst
            if reserved:
                return reserved.popleft()
            if self._refill is None:
                self._refill = asyncio.Lock()
            async with self._refill:
                if reserved:
                    continue  # another broadcaster refilled meanwhile
                while (wait := self._horizon - LOOKAHEAD - self.clock()) > 0:
                    await asyncio.sleep(wait)  # reserve just in time (LOOKAHEAD)
                if (given := self._given_back()) is not None:
                    return given  # a slot came back meanwhile
                if not wanted():
                    return None
                shared = self.shared
                count = max(1, round(BATCH_SECONDS / shared.slot))
                try:
                    first = await asyncio.to_thread(shared.reserve, count)
                except Exception as exc:  # locked, read-only, broken: pace alone for a while
                    self._shared_down(exc)
                    return self.local.reserve(1)
                start = self.clock() + (first - shared.now())  # to this process's clock
                reserved.extend(start + i * shared.slot for i in range(count))
                self._horizon = start + count * shared.slot

    def _given_back(self) -> float | None:
        """The earliest slot given back that is not too late to use, if any."""
        spare, now = self._spare, self.clock()
        while spare and spare[0] < now - LATE:
            spare.popleft()  # too late to use without crowding the slots after it
        return spare.popleft() if spare else None

    def give_back(self, due: float) -> None:
        """A broadcast slot taken and not used (the claim it was for went to another sender):
        the next broadcast message of this process takes it instead of a new one. Without
        this, two senders walking the same subscribers spent a slot on every subscriber each
        of them walked, half of them lost claims, and reached half the rate together."""
        spare = self._spare
        if not spare or spare[-1] <= due:
            spare.append(due)
        else:
            bisect.insort(spare, due)
        if len(spare) > 1000:
            spare.popleft()

    def _note_reply(self) -> None:
        """A reply went out: it takes a slot, pushing broadcasts back: the next of those this
        process reserved for its broadcasts, else the next on the timeline (added to the
        shared one every REPORT_EVERY seconds)."""
        self.local.reserve(1)
        if not self._sharing():
            return
        reserved, now = self._reserved, self.clock()
        while reserved and reserved[0] < now - LATE:
            reserved.popleft()
        if reserved:
            reserved.popleft()
            return
        if now - self._last_bulk < DISPLACE_WITHIN:
            # This process is broadcasting: its next broadcast message gives the reply its
            # slot (`_displaced`), a slot already on the shared timeline. Added at the end of
            # the timeline instead, the reply would come on top of the slots every sender
            # reserved up to LOOKAHEAD ahead (31 in a second with a cron beside the bot).
            self._displace.append(now)
        else:
            self._unreported += 1
        if self._reporter is None or self._reporter.done():
            self._reporter = asyncio.get_running_loop().create_task(self._report())

    def _displaced(self) -> bool:
        """Whether a reply takes the slot of the broadcast message about to go (then that
        message takes the next one). Replies no broadcast message came for in time are
        added to the shared timeline instead."""
        displace, now = self._displace, self.clock()
        while displace and displace[0] < now - DISPLACE_WITHIN:
            displace.popleft()
            self._unreported += 1
        if displace:
            displace.popleft()
            return True
        return False

    async def _report(self) -> None:
        while self._unreported or self._displace:
            await asyncio.sleep(REPORT_EVERY)
            now = self.clock()
            while self._displace and self._displace[0] < now - DISPLACE_WITHIN:
                self._displace.popleft()
                self._unreported += 1
            await self._report_now()

    async def _report_now(self) -> None:
        count, self._unreported = self._unreported, 0
        if not count or self.shared is None or not self._sharing():
            return
        try:
            await asyncio.to_thread(self.shared.reserve, count)
        except Exception as exc:
            self._shared_down(exc)

    def _sharing(self) -> bool:
        return self.shared is not None and self.clock() >= self._shared_down_until

    def _shared_down(self, exc: BaseException) -> None:
        self._reserved.clear()
        self._shared_down_until = self.clock() + SHARED_RETRY
        log.warning("send slots cannot be shared through state.db (%s): this process paces "
                    "its broadcasts alone for %.0fs", exc, SHARED_RETRY)

    # -- the window, chats and pauses ---------------------------------------------------------

    async def _acquire(self, chat: Any, bulk: bool, endpoint: str) -> None:
        while (wait := self._wait(chat, bulk, endpoint)) > 0:
            await asyncio.sleep(wait)
        if not bulk:
            self._note_reply()

    def _wait(self, chat: Any, bulk: bool, endpoint: str = "sendMessage") -> float:
        """0 when a message may go now (and then it is counted), else seconds to wait."""
        now = self.clock()
        waits = [self._paused.get(chat, 0.0) - now]
        if bulk:
            waits.append(self._bulk_paused - now)
        window = self._window
        while window and window[0] <= now - WINDOW:
            window.popleft()
        cap = self.bulk_cap if bulk else self.reply_cap
        if cap is not None and len(window) + self._in_flight >= cap:
            room = cap - self._in_flight  # of the answered ones in the window
            waits.append(window[len(window) - room] + WINDOW - now if room > 0 else 0.005)
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
            return max(wait, 0.001)
        self._in_flight += 1  # in the window from now on (see _counted)
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


class BroadcastSlots:
    """A broadcaster's pacer over the limiter (the interface of tips/delivery.py's `Limiter`):
    `acquire` returns when a slot is due, `pause` after a 429, and `send_args` tell the send
    that its slot is taken."""

    send_args: dict[str, Any] = {"rate_limit_args": {"slot": True}}

    def __init__(self, limiter: CareerRateLimiter) -> None:
        self.limiter = limiter

    async def acquire(self, chat_id: int) -> None:
        """Returns `CLAIM_LEAD` before the slot is due (the claim is written meanwhile); the
        send to `chat_id` then waits for the slot itself, so sends keep the timeline's
        spacing however long each claim took."""
        self.hold(chat_id, await self.limiter.broadcast_slot(CLAIM_LEAD))

    async def slot(self, wanted: Callable[[], bool] = lambda: True) -> float | None:
        """A slot not yet bound to a chat, `CLAIM_LEAD` before it is due (the broadcaster
        then picks whom it goes to, so the choice is made when the slot is due, not a second
        ahead where another sender makes the same choice); None once `wanted()` is false."""
        return await self.limiter.wanted_slot(CLAIM_LEAD, wanted)

    def hold(self, chat_id: int, due: float) -> None:
        """The slot `due` is for the next send to `chat_id` (`send_args`)."""
        held = self.limiter._held
        held[chat_id] = due
        if len(held) > 1000:  # slots whose send never came (an error before it): forgotten
            now = self.limiter.clock()
            for chat in [c for c, due in held.items() if due < now - 10.0]:
                del held[chat]

    def give_back(self, due: float) -> None:
        """A slot from `slot` that no claim took (another sender had them): the next send
        of this process takes it."""
        self.limiter.give_back(due)

    def pause(self, seconds: float) -> None:
        self.limiter.pause_broadcasts(seconds)


def _limits(chat: Any) -> tuple[float, float]:
    """(burst, messages a second) for a chat: groups have negative ids."""
    with contextlib.suppress(TypeError, ValueError):
        if int(chat) < 0:
            return float(GROUP_PER_MINUTE), GROUP_PER_MINUTE / 60.0
    return float(PRIVATE_BURST), PRIVATE_RATE


def _seconds(value: Any) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
