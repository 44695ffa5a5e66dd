"""Sending the daily tip: who is due, one claim per subscriber per local day, Telegram's limits.

The same code runs in the bot (a periodic job, tips/handlers.py) and from cron
(`careerbot tips send`, tips/cli.py); it only needs a `telegram.Bot`, the state store, the
knowledge base and a clock.

Exactly one tip per subscriber per local day
--------------------------------------------
The deliveries table has the primary key (user_id, day). Before sending, a sender *claims*
the row (INSERT, status 'claimed'); only the one whose INSERT succeeds sends, so a restart, a
second bot process or a cron run beside the bot cannot send the same day twice. After the send
the row becomes 'sent'.

A crash between the send and the record lands on **at-most-once**: the row stays 'claimed' and
nobody sends that day again, so the subscriber may miss one tip, never get two. Why this side:
nobody can tell a claim whose message went out from one whose message did not (Telegram has no
idempotency key to ask), a lost tip costs a reader little (tomorrow brings another), while a
duplicate is visible, looks like spam and, across a whole broadcast, is what gets bots reported.
The window is small: the claim is written once the send slot is due, right before the
request, and the record right after the answer; a kill misses only the sends then in flight.

For the same reason a failure is retried only when the request surely did not reach Telegram:
429 (flood control, honoured by pausing every send), connection refused, a pool or connect
timeout, a 5xx answer. A read timeout or a dropped connection after the request went out is
ambiguous: it is recorded 'unknown' and not sent again. A 403 (blocked by the user)
unsubscribes them for good; other 4xx answers give up for the day.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from knowledge.engine.kb import KnowledgeBase
from knowledge.text.langs import Lang

from ...ratelimit import BroadcastSlots, CareerRateLimiter
from ...sending import outcome, reason
from ...store import StateStore
from .content import next_for_user, tip_html, tip_keyboard, user_lang
from .tiptime import TimeParseError, local_now, scheduled_at, utc_now

log = logging.getLogger(__name__)

# Telegram allows about 30 messages a second overall and 1 a second per chat. 28/s keeps 2/s
# for the bot's interactive replies and reaches 93% of the allowed rate.
DEFAULT_RATE = 28.0
PER_CHAT_INTERVAL = 1.0
CONCURRENCY = 16  # requests in flight: at ~0.3 s a request, 16 keep 28/s busy
SEND_RETRIES = 4  # network retries within one run, with back-off
BACKOFF = (1.0, 2.0, 4.0, 8.0)
MAX_FLOOD_WAITS = 8  # RetryAfter answers tolerated for one message in one run
MAX_ATTEMPTS = 5  # runs (ticks) that may try one subscriber's tip on one day
READ_TIMEOUT = 20.0  # long: a read timeout is an ambiguous outcome, so make it rare
# Network failures in a row that mean "Telegram is unreachable": the run stops instead of
# backing off message by message through the whole list; the next run picks up the rest.
OUTAGE_AFTER = 50

Clock = Callable[[], datetime]


class Limiter:
    """Paces sends of a bot without our rate limiter (tests; the bot and `careerbot tips send`
    use its broadcast slots instead, `_pacer`): at least 1/`rate` s apart overall, at most one
    per `per_chat` seconds to a chat, and a global pause after a 429 (Telegram's flood control
    applies to the whole bot).

    Spacing is measured between the moments senders are let through, one at a time through a
    FIFO gate, not between pre-booked slots: after the process stalls (GC, a slow disk, a busy
    loop) the waiting senders do not all fire at once to "catch up", which is the burst that
    trips a sliding-window limit on Telegram's side.
    """

    def __init__(self, rate: float = DEFAULT_RATE, per_chat: float = PER_CHAT_INTERVAL,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = asyncio.sleep):
        self.interval = 1.0 / rate
        self.per_chat = per_chat
        self.clock = clock
        self.sleep = sleep
        self._last = float("-inf")
        self._paused_until = 0.0
        self._chat_next: dict[int, float] = {}
        self._gate = asyncio.Lock()

    async def acquire(self, chat_id: int) -> None:
        """Return when this send may go out."""
        # the per-chat wait happens outside the gate, so one busy chat does not hold up others
        while (wait := self._chat_next.get(chat_id, 0.0) - self.clock()) > 0:
            await self.sleep(wait)  # type: ignore[misc]
        self.hold(chat_id, await self._let_through())

    async def slot(self, wanted: Callable[[], bool] = lambda: True) -> float | None:
        """Return when a send to a chat not chosen yet may go out (`hold` then names it)."""
        return await self._let_through() if wanted() else None

    def hold(self, chat_id: int, due: float) -> None:
        """The send let through at `due` goes to `chat_id`: its next waits `per_chat`."""
        self._chat_next[chat_id] = due + self.per_chat
        if len(self._chat_next) > 10_000:
            self._chat_next = {c: t for c, t in self._chat_next.items() if t > due}

    async def _let_through(self) -> float:
        async with self._gate:
            # re-checked after every sleep: a 429 may have paused everyone meanwhile
            while (wait := max(self._last + self.interval, self._paused_until)
                   - self.clock()) > 0:
                await self.sleep(wait)  # type: ignore[misc]
            now = self.clock()
            target = max(self._last + self.interval, self._paused_until)
            # Late by a timer's overshoot: keep the even timeline (no drift below the rate).
            # Late by a stall: restart the timeline from now (no catch-up burst).
            self._last = target if now - target <= self.interval / 4 else now
        return now

    def give_back(self, due: float) -> None:
        """The send let through at `due` did not happen (no claim took it): the next caller
        may go an interval earlier, in the moment it left unused."""
        self._last -= self.interval

    def pause(self, seconds: float) -> None:
        """Nobody sends for `seconds`; then sends resume one interval apart, not in a burst."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)


def _pacer(bot: Bot, sleep: Callable[[float], object]) -> Limiter | BroadcastSlots:
    """The bot's own rate limiter's broadcast slots when it has one (bot/ratelimit.py: one
    budget with the replies, and with other processes through state.db), else a `Limiter`."""
    limiter = getattr(bot, "rate_limiter", None)
    if isinstance(limiter, CareerRateLimiter):
        return limiter.broadcast_slots()
    return Limiter(sleep=sleep)


@dataclass
class Summary:
    sent: int = 0
    skipped: int = 0  # not due yet, already served today, or claimed by another sender
    failed: int = 0
    unsubscribed: int = 0
    flood_waits: int = 0
    seconds: float = 0.0
    by_status: dict[str, int] = field(default_factory=dict)
    stopped_by: str | None = None  # a signal's name when `careerbot tips send` was stopped

    def line(self) -> str:
        return (f"sent {self.sent}, skipped {self.skipped}, failed {self.failed}, "
                f"unsubscribed {self.unsubscribed}")


@dataclass(frozen=True)
class Due:
    user_id: int
    chat_id: int
    day: str  # the subscriber's local date, ISO
    tz: str
    lang: Lang


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB 22 warns that retry_after becomes a timedelta
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def surely_not_sent(exc: NetworkError) -> bool:
    """Whether a failed request certainly never reached Telegram (so resending is safe): an
    answered 5xx, or a transport failure before the request was written (bot/sending.py's
    `outcome`, which knows the HTTP layer's exceptions)."""
    return outcome(exc) == "not_sent"


class Delivery:
    """One broadcast run: select who is due, then claim, pace, send and record each tip."""

    def __init__(self, store: StateStore, kb: KnowledgeBase, bot: Bot, *,
                 now: Clock = utc_now, limiter: Limiter | None = None,
                 concurrency: int = CONCURRENCY, sleep: Callable[[float], object] = asyncio.sleep,
                 backoff: Iterable[float] = BACKOFF, max_attempts: int = MAX_ATTEMPTS):
        self.store = store
        self.kb = kb
        self.bot = bot
        self.now = now
        self.limiter = limiter or _pacer(bot, sleep)
        # a send whose slot `limiter.acquire` took says so to the bot's rate limiter
        self.send_args: dict = dict(getattr(self.limiter, "send_args", {}))
        self.concurrency = concurrency
        self.sleep = sleep
        self.backoff = tuple(backoff)
        self.max_attempts = max_attempts
        self._rendered: dict[tuple[str, str], tuple[str, object]] = {}
        self._failing = 0  # network failures since the last success
        store.ensure_tip_indexes()

    # -- who is due -------------------------------------------------------------------------

    def due(self, now: datetime, everyone: bool = False) -> tuple[list[Due], int]:
        """(subscribers to send to now, how many active ones are skipped).

        One query per time zone in use, not one job per user: for each zone the local date and
        time are computed once and the database picks the active subscribers whose time has
        passed and who have no delivery for that local date. A bot that was down at someone's
        time finds them here when it comes back the same local day; the day after, their date
        has changed and yesterday's tip is not sent. A schedule chosen after today's time has
        passed (subscribing at 15:00 for 09:00) starts tomorrow. `everyone` ignores the time.
        """
        found: list[Due] = []
        for tz in self.store.subscription_zones():
            try:
                local = local_now(now, tz)
            except TimeParseError:
                log.warning("subscriptions with unknown time zone %r skipped", tz)
                continue
            day = local.date()
            minute = None if everyone else local.hour * 60 + local.minute
            for row in self.store.tip_candidates(tz, day.isoformat(), minute, self.max_attempts):
                if row["user_id"] < 0:  # the terminal chat's own person: it shows them there
                    continue
                if not everyone:
                    starts = scheduled_at(day, row["hour"], row["minute"], tz).timestamp()
                    if (row["created"] or 0) > starts:
                        continue
                found.append(Due(row["user_id"], row["chat_id"], day.isoformat(), tz,
                                 user_lang(row)))
        return found, self.store.count_active_subscriptions() - len(found)

    # -- the run ----------------------------------------------------------------------------

    async def run(self, everyone: bool = False,
                  should_stop: Callable[[], bool] = lambda: False) -> Summary:
        started = time.monotonic()
        due, skipped = await asyncio.to_thread(self.due, self.now(), everyone)
        summary = Summary(skipped=skipped)
        if not due:
            return summary
        queue = iter(due)
        left = [len(due)]  # not yet taken from the queue
        self._failing = 0

        def record(status: str) -> None:
            if status == "stopped":  # not tried: unclaimed, a later run sends it
                summary.skipped += 1
                return
            if status == "outage":
                summary.failed += 1
                return
            summary.by_status[status] = summary.by_status.get(status, 0) + 1
            if status == "sent":
                summary.sent += 1
            elif status == "blocked":
                summary.unsubscribed += 1
            elif status in ("taken", "late"):
                summary.skipped += 1
            else:
                summary.failed += 1

        async def worker() -> None:
            # The send slot first, then the subscriber it goes to (the next one nobody
            # claimed): two senders walking the same list at once thus find what the other
            # claimed a moment ago, and no slot is spent on a subscriber the other has.
            while left[0] > 0:
                slot = await self.limiter.slot(lambda: left[0] > 0)
                if slot is None:
                    return
                claimed, passed = await asyncio.to_thread(self._claim_next, queue, left,
                                                          should_stop)
                for status in passed:
                    record(status)
                if claimed is None:
                    self.limiter.give_back(slot)
                    return
                item, tip_id = claimed
                self.limiter.hold(item.chat_id, slot)
                try:
                    status = await self._sent_and_recorded(item, tip_id, summary)
                except Exception:  # e.g. the database locked for too long: one fails, not all
                    log.exception("tip to %s: delivery failed", item.user_id)
                    status = "error"
                record(status)

        await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(due)))))
        if self._failing >= OUTAGE_AFTER:
            log.warning("daily tips: the Bot API is unreachable; run stopped, the next resumes")
        summary.seconds = time.monotonic() - started
        return summary

    def _claim_next(self, queue: Iterator[Due], left: list[int],
                    should_stop: Callable[[], bool]) -> tuple[tuple[Due, str] | None, list[str]]:
        """In a worker thread, with a send slot due: claim the next subscriber of `queue` that
        is still to be served. ((the subscriber, their tip) or None when the queue ran out,
        the statuses of those passed over). One thread hop for all, so the slot is not late."""
        passed: list[str] = []
        for item in queue:  # one shared iterator: each item goes to one worker
            left[0] -= 1
            if should_stop():
                passed.append("stopped")
                continue
            if self._failing >= OUTAGE_AFTER:
                passed.append("outage")  # not tried: unclaimed, so the next run sends it
                continue
            try:
                tip_id = self._claim(item)
            except Exception:  # e.g. the database locked for too long: one fails, not all
                log.exception("tip to %s: delivery failed", item.user_id)
                passed.append("error")
                continue
            if tip_id in ("late", "taken"):
                passed.append(tip_id)
                continue
            return (item, tip_id), passed
        left[0] = 0
        return None, passed

    def _claim(self, item: Due) -> str:
        """Claim `item` (blocking); its tip id, or 'late' (their date changed while the
        broadcast ran: never yesterday's tip after midnight) or 'taken' (another sender has
        it: seen by a read first, or by the claim itself)."""
        if local_now(self.now(), item.tz).date().isoformat() != item.day:
            return "late"
        row = self.store.delivery(item.user_id, item.day)
        if row is not None and not (row["status"] == "retry"
                                    and row["attempts"] < self.max_attempts):
            return "taken"  # a read, not a write: the common case when two senders run
        had = self.store.tips_had(item.user_id)
        tip_id = next_for_user(self.kb.tips, had, datetime.fromisoformat(item.day).date())
        if not self.store.claim_delivery(item.user_id, item.day, tip_id,
                                         self.now().timestamp(), self.max_attempts):
            return "taken"
        return tip_id

    async def deliver(self, item: Due, summary: Summary) -> str:
        """Claim, send, record one tip; returns the final status ('taken': another sender
        has it, 'late': the subscriber's date changed while the broadcast ran)."""
        # The send slot first, then the claim: a claimed row then means "the request is about
        # to go out", so a crash leaves only the sends in flight unserved, not every worker's
        # waiting claim (issue 11: 16 missed after a SIGKILL when claims waited for slots).
        slot = await self.limiter.slot()
        assert slot is not None
        tip_id = await asyncio.to_thread(self._claim, item)
        if tip_id in ("late", "taken"):
            self.limiter.give_back(slot)
            return tip_id
        self.limiter.hold(item.chat_id, slot)
        return await self._sent_and_recorded(item, tip_id, summary)

    async def _sent_and_recorded(self, item: Due, tip_id: str, summary: Summary) -> str:
        """Send a claimed tip in the slot held for it, and record how it went."""
        status = await self._send(item, tip_id, summary, slot_taken=True)
        if status == "taken":  # given back during a wait and taken by another sender: theirs
            return status
        # From the claim to here, a crash leaves the row 'claimed': at-most-once (module doc).
        await asyncio.to_thread(self.store.finish_delivery, item.user_id, item.day, status,
                                self.now().timestamp())
        return status

    async def _release(self, item: Due) -> bool:
        """The send surely did not happen and we are about to wait: give the claim back."""
        await asyncio.to_thread(self.store.release_delivery, item.user_id, item.day)
        return True

    async def _reclaim(self, item: Due, tip_id: str) -> bool:
        return await asyncio.to_thread(self.store.claim_delivery, item.user_id, item.day,
                                       tip_id, self.now().timestamp(), self.max_attempts)

    async def _send(self, item: Due, tip_id: str, summary: Summary,
                    slot_taken: bool = False) -> str:
        text, keyboard = self._render(tip_id, item.lang)
        network_failures = flood_waits = 0
        released = False
        while True:
            if not slot_taken:
                await self.limiter.acquire(item.chat_id)
                if released:
                    if not await self._reclaim(item, tip_id):
                        return "taken"
                    released = False
            slot_taken = False
            try:
                await self.bot.send_message(item.chat_id, text, parse_mode=ParseMode.HTML,
                                            reply_markup=keyboard,  # type: ignore[arg-type]
                                            disable_web_page_preview=True,
                                            read_timeout=READ_TIMEOUT, **self.send_args)
                self._failing = 0
                return "sent"
            except RetryAfter as exc:
                # Flood control: Telegram did not send it. Everyone waits, then this one again.
                flood_waits += 1
                summary.flood_waits += 1
                wait = retry_seconds(exc)
                self.limiter.pause(wait)
                log.info("flood control: all tip sends wait %.1fs", wait)
                if flood_waits > MAX_FLOOD_WAITS:
                    return "retry"
                released = await self._release(item)
            except Forbidden:
                log.info("user %s blocked the bot: unsubscribed", item.user_id)
                return "blocked"
            except (BadRequest, ChatMigrated, InvalidToken) as exc:
                log.warning("tip to %s refused: %s", item.user_id, exc)
                return "failed"
            except NetworkError as exc:
                self._failing += 1
                if not surely_not_sent(exc):
                    log.warning("tip to %s: outcome unknown (%s); not resent", item.user_id,
                                reason(exc))
                    return "unknown"
                if (network_failures >= min(SEND_RETRIES, len(self.backoff))
                        or self._failing >= OUTAGE_AFTER):
                    log.warning("tip to %s: network failing (%s); a later run retries",
                                item.user_id, reason(exc))
                    return "retry"
                released = await self._release(item)
                await self.sleep(self.backoff[network_failures])  # type: ignore[misc]
                network_failures += 1
            except TelegramError as exc:
                log.warning("tip to %s failed: %s", item.user_id, exc)
                return "failed"

    def _render(self, tip_id: str, lang: Lang) -> tuple[str, object]:
        """Rendered once per tip and language: Traditional conversion is not free at 10 000."""
        key = (tip_id, lang)
        if key not in self._rendered:
            self._rendered[key] = (
                tip_html(self.kb, tip_id, lang, heading="tip_heading_daily", footer=True),
                tip_keyboard(self.kb, tip_id, lang, offer_subscribe=False),
            )
        return self._rendered[key]
