"""Replies and a broadcast at once through one rate limiter (issue 11): against a server that
answers 429 above 30 messages a second, a tip broadcast with questions beside it provokes no
429, every subscriber gets one tip and every question its answer, promptly."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest

from bot.app import build_application
from bot.features.tips import handlers as tips
from bot.storage import open_store
from tests.conftest import make_settings
from tests.fakebot import polling

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


async def test_broadcast_and_questions_share_the_budget_without_429(fake, data_dir, engine,
                                                                    monkeypatch):
    monkeypatch.setattr(tips, "TICK_SECONDS", 0.2)
    monkeypatch.setattr(tips, "FIRST_TICK", 0.05)
    subscribers = [8001 + i for i in range(100)]
    askers = [9001 + i for i in range(5)]
    store = open_store(data_dir / "state.db")
    for chat in subscribers:
        store.subscribe(chat, chat, 7, 0, "UTC", 0.0)
    store.close()
    fake.set_rate_limit(30)
    app = build_application(make_settings(fake, data_dir), engine=engine)
    app.bot_data["tips"].now = lambda: datetime(2025, 3, 10, 7, 30, tzinfo=UTC)
    latencies: list[float] = []

    async def asker(chat: int, delay: float) -> None:
        await asyncio.sleep(delay)  # people do not all ask at the same instant
        for _ in range(5):  # 5 askers, one question each every second: 5 a second
            mark = fake.mark()
            start = time.monotonic()
            fake.push_message(chat, "what is KOC")
            await fake.wait_for_calls("sendMessage", chat_id=chat, after=mark, timeout=10)
            latencies.append(time.monotonic() - start)
            await asyncio.sleep(max(0.0, 1.0 - (time.monotonic() - start)))

    async with polling(app):
        await asyncio.gather(*(asker(chat, i / len(askers)) for i, chat in enumerate(askers)))
        for _ in range(300):
            if all(fake.sent(chat) for chat in subscribers):
                break
            await asyncio.sleep(0.05)
    assert fake.stats["429"] == 0
    assert [len(fake.sent(chat)) for chat in subscribers] == [1] * len(subscribers)
    assert all(len(fake.sent(chat)) == 5 for chat in askers)
    assert sorted(latencies)[int(len(latencies) * 0.95)] < 1.0  # no reply queued behind tips


async def test_a_429_pauses_only_its_chat_and_broadcasts():
    from telegram.error import RetryAfter

    from bot.ratelimit import CareerRateLimiter

    limiter = CareerRateLimiter(is_bulk=lambda: False)
    done: dict[str, float] = {}
    refused = {"a": 1}

    async def send(name: str) -> bool:
        if refused.get(name):
            refused[name] -= 1
            raise RetryAfter(1)
        done[name] = time.monotonic()
        return True

    start = time.monotonic()

    async def call(name: str, chat: int) -> None:
        await limiter.process_request(send, (name,), {}, "sendMessage", {"chat_id": chat}, None)

    await asyncio.gather(call("a", 1), call("b", 2))
    assert done["b"] - start < 0.2  # another chat is not held up
    assert done["a"] - start >= 1.0  # the refused one waited retry_after, then went
    assert limiter._bulk_paused > start  # broadcasts wait too
