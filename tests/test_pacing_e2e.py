"""Two senders broadcasting at once on one shared send budget (issue 11): each process walks
the whole list of subscribers, so the one behind finds most of them taken by the other. Those
lost claims must not cost send slots, or two senders together reach only half the rate."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram.ext import ExtBot

from bot import ratelimit
from bot.features.tips.delivery import Delivery
from bot.ratelimit import CareerRateLimiter, SharedSlots
from bot.storage import open_store
from tests.conftest import TOKEN
from tests.test_load_e2e import busiest_second

pytestmark = [
    pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning"),
    pytest.mark.usefixtures("settled_heap"),  # the fake server's stamps, not its pauses
]


@pytest.fixture
def fake(fake_apart):
    """Its own thread: the stamps this module counts are not delayed by the bot's loop."""
    return fake_apart


class CountedSlots(SharedSlots):
    """Shared slots that count how many this process reserved (the budget it spent)."""

    taken = 0

    def reserve(self, count: int) -> float:
        CountedSlots.taken += count
        return super().reserve(count)


async def test_two_senders_share_the_budget_without_wasting_slots(fake, state_location, engine):
    """A cron `tips send` beside the bot's own broadcast, both on all subscribers at once:
    together they spend about one slot per tip (not one per subscriber each walked), so they
    reach the rate one sender alone does, still with no 429 and never more than 30 a second."""
    count = 110  # four seconds at the pace: short, long enough for both to overlap
    store = open_store(state_location)
    for chat in range(8001, 8001 + count):
        store.subscribe(chat, chat, 0, 0, "UTC", 0.0)
    fake.set_rate_limit(30)
    CountedSlots.taken = 0
    now = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)

    async def sender() -> tuple[int, int]:
        own = open_store(state_location)
        limiter = CareerRateLimiter(is_bulk=lambda: True, shared=CountedSlots(
            lambda: open_store(state_location, busy_timeout=1.0), "123456"))
        bot = ExtBot(TOKEN, base_url=fake.base_url, rate_limiter=limiter)
        try:
            async with bot:
                summary = await Delivery(own, engine.kb, bot, now=lambda: now).run()
            return summary.sent, summary.skipped
        finally:
            own.close()

    (sent_a, _), (sent_b, _) = await asyncio.gather(sender(), sender())
    store.close()
    tips = sorted(c.time for c in fake.calls_for("sendMessage") if c.status == 200)
    assert sent_a + sent_b == count and len(tips) == count
    assert sent_a > 0 and sent_b > 0  # both sent: they did broadcast at once
    assert fake.stats["429"] == 0
    assert busiest_second(tips) <= 30
    # The budget: a slot per tip, plus what each process reserved ahead and did not need.
    assert CountedSlots.taken <= count * 1.1 + 10, CountedSlots.taken
    # and so the rate: at least 85% of the pace from the first tip to the last
    rate = (len(tips) - 1) / (tips[-1] - tips[0])
    assert rate >= 0.85 * ratelimit.PACE, rate
