"""`careerbot tips send [--all]`: the daily tips from cron, for operators who prefer it to the
bot's own scheduler. The same delivery code as the bot (delivery.py), so the two can even run
side by side: the deliveries table lets only one of them send a subscriber's tip of the day.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from datetime import datetime

from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.ext import ExtBot

from knowledge.open import open_kb

from ... import heap
from ...ratelimit import CareerRateLimiter, SharedSlots, bot_id
from ...sending import build_request
from ...settings import Settings
from ...storage import open_store
from .delivery import CONCURRENCY, Delivery, Summary
from .tiptime import utc_now


def send_due(settings: Settings, everyone: bool = False,
             now: Callable[[], datetime] = utc_now) -> int:
    """Send today's tip to everyone due (or everyone at all with `everyone`) not yet served;
    print `sent N, skipped N, failed N, unsubscribed N`. Exit code 0, or 1 when some failed,
    2 for a bad token, 3 when the Bot API cannot be reached."""
    from ...app import configure_logging

    if not settings.token:
        print("careerbot: TELEGRAM_BOT_TOKEN is not set; tips need the bot's token",
              file=sys.stderr)
        return 2
    configure_logging(settings.token, settings.log_level)
    settings.ensure_data_dir()  # one clear line if the data directory is unusable
    heap.settle()  # the libraries loaded: out of the collector's sight (bot/heap.py)
    try:
        summary = asyncio.run(send(settings, everyone, now))
    except InvalidToken:
        print("careerbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather",
              file=sys.stderr)
        return 2
    except (NetworkError, TimedOut) as exc:
        where = settings.api_base_url or "api.telegram.org"
        print(f"careerbot: cannot reach the Telegram Bot API at {where} ({type(exc).__name__})",
              file=sys.stderr)
        return 3
    print(summary.line())
    if summary.stopped_by:
        print(f"careerbot: stopped by {summary.stopped_by}; the next run sends the rest",
              file=sys.stderr)
    return 1 if summary.failed else 0


async def send(settings: Settings, everyone: bool = False,
               now: Callable[[], datetime] = utc_now) -> Summary:
    """One delivery run with a Bot of its own (no Application): connect, send, close."""
    kb = open_kb(settings.knowledge_dir, settings.kb_source)
    location = settings.state_location
    store = open_store(location)
    # a connection per concurrent send; resends only what surely did not arrive (bot/sending.py)
    request = build_request(pool_size=CONCURRENCY + 2)
    # The bot's rate limiter, every send a broadcast, on the send slots a running bot shares
    # through state.db: the two together stay under Telegram's limit (bot/ratelimit.py).
    limiter = CareerRateLimiter(is_bulk=lambda: True, shared=SharedSlots(
        lambda: open_store(location, busy_timeout=1.0), bot_id(settings.token)))
    bot = ExtBot(settings.token or "",
                 base_url=settings.api_base_url or "https://api.telegram.org/bot",
                 request=request, rate_limiter=limiter)
    stop = _stop_on_signals()
    try:
        async with bot:
            summary = await Delivery(store, kb, bot, now=now).run(
                everyone=everyone, should_stop=lambda: bool(stop))
            if stop:
                summary.stopped_by = stop[0]
            return summary
    finally:
        _restore_signals()
        store.close()
        kb.close()


def _stop_on_signals() -> list[str]:
    """SIGTERM/SIGINT stop claiming new subscribers; sends in flight finish and are recorded,
    so the summary is true and nobody is left claimed-but-unsent. The list gets the signal's
    name (empty: keep going). Only from the main thread (tests run this in worker threads)."""
    stop: list[str] = []
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        # not in the main thread (tests), or no signals here: then no handler
        with contextlib.suppress(RuntimeError, ValueError, NotImplementedError):
            loop.add_signal_handler(sig, lambda s=sig: stop.append(s.name))
    return stop


def _restore_signals() -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(RuntimeError, ValueError, NotImplementedError):
            loop.remove_signal_handler(sig)
