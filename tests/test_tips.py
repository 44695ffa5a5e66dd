"""The daily tip without Telegram: time and zone parsing, tip choice and rotation, who is due,
claims (two senders, restarts, crashes) and how each kind of failure is handled."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import callbacks
from bot.features.tips.content import (
    another_tip,
    next_for_user,
    stride,
    tip_html,
    tip_keyboard,
    tip_of_day,
    user_lang,
)
from bot.features.tips.delivery import Delivery, Limiter, surely_not_sent
from bot.features.tips.tiptime import (
    Schedule,
    TimeParseError,
    first_day,
    parse_subscribe,
    parse_time,
    parse_zone,
    zone,
)
from bot.storage import open_store
from bot.store import StateStore

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

SHANGHAI = Schedule(9, 0, "Asia/Shanghai")


# -- fakes ------------------------------------------------------------------------------------


class Clock:
    """A settable UTC clock: the delivery code never reads real time in these tests."""

    def __init__(self, when: datetime):
        self.when = when

    def __call__(self) -> datetime:
        return self.when

    def set(self, iso: str) -> None:
        self.when = datetime.fromisoformat(iso).astimezone(UTC)


class FakeTime:
    """Monotonic time that only moves when someone sleeps: limiter waits cost nothing."""

    def __init__(self) -> None:
        self.t = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += max(0.0, seconds)
        await asyncio.sleep(0)


class FakeBot:
    """Records sends; `fail[chat_id]` lists exceptions the next sends to that chat raise."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.fail: dict[int, list[Exception]] = {}
        self.attempts = 0

    async def send_message(self, chat_id: int, text: str, **_: object) -> None:
        self.attempts += 1
        await asyncio.sleep(0)  # let other senders interleave, as real requests would
        errors = self.fail.get(chat_id)
        if errors:
            raise errors.pop(0)
        self.sent.append((chat_id, text))

    def to(self, chat_id: int) -> list[str]:
        return [text for chat, text in self.sent if chat == chat_id]


def caused(exc: Exception, cause: Exception) -> Exception:
    exc.__cause__ = cause
    return exc


@pytest.fixture
def store(state_location) -> StateStore:
    """A fresh store, on each backend (tests/conftest.py)."""
    s = open_store(state_location)
    yield s
    s.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 3, 10, 1, 30, tzinfo=UTC))  # 09:30 in Shanghai


def add(store: StateStore, user_id: int, hour: int = 9, minute: int = 0,
        tz: str = "Asia/Shanghai", code: str = "en",
        created: datetime = datetime(2025, 1, 1, tzinfo=UTC)) -> None:
    store.touch_user(user_id, user_id, code)
    store.subscribe(user_id, user_id, hour, minute, tz, created.timestamp())


def delivery(store, engine, bot, clock, ft: FakeTime | None = None, **kw) -> Delivery:
    ft = ft or FakeTime()
    limiter = Limiter(rate=1000.0, per_chat=0.0, clock=ft.clock, sleep=ft.sleep)
    return Delivery(store, engine.kb, bot, now=clock, limiter=limiter, sleep=ft.sleep, **kw)


# -- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("21:30", (21, 30)), ("07:00", (7, 0)), ("7:05", (7, 5)), ("8am", (8, 0)),
    ("8:30pm", (20, 30)), ("8:30PM", (20, 30)), ("12am", (0, 0)), ("12pm", (12, 0)),
    ("21h", (21, 0)), ("21h30", (21, 30)), ("21：30", (21, 30)), ("9点", (9, 0)),
    ("晚上9点半", (21, 30)), ("下午3点15分", (15, 15)), ("00:00", (0, 0)), ("23:59", (23, 59)),
])
def test_times_people_write(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["8", "24:00", "12:60", "13pm", "0am", "noon", "", "9:5", "x:30"])
def test_bad_times_are_refused(text):
    with pytest.raises(TimeParseError):
        parse_time(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"),
    ("Asia/Shanghai", "Asia/Shanghai"), ("UTC", "UTC"), ("utc", "UTC"), ("GMT", "UTC"),
    ("UTC+8", "UTC+08:00"), ("UTC+08:00", "UTC+08:00"), ("GMT-5", "UTC-05:00"),
    ("+08:00", "UTC+08:00"), ("+0530", "UTC+05:30"), ("-03:30", "UTC-03:30"),
    ("UTC+0", "UTC"), ("UTC+14", "UTC+14:00"), ("berlin", "Europe/Berlin"),
    ("New York", "America/New_York"), ("北京", "Asia/Shanghai"), ("香港", "Asia/Hong_Kong"),
])
def test_zones_people_write(text, expected):
    assert parse_zone(text) == expected
    zone(expected)  # and the canonical name turns back into a tzinfo


@pytest.mark.parametrize("text", ["Mars/Olympus", "UTC+15", "GMT-13", "+08:75", "PST8", "nowhere"])
def test_bad_zones_are_refused(text):
    with pytest.raises(TimeParseError):
        parse_zone(text)


def test_fixed_offsets_have_the_right_sign():
    noon = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    assert noon.astimezone(zone("UTC+08:00")).hour == 20
    assert noon.astimezone(zone("UTC-05:00")).hour == 7


@pytest.mark.parametrize(("args", "expected"), [
    ([], SHANGHAI),
    (["21:30"], Schedule(21, 30, "Asia/Shanghai")),
    (["8am", "Europe/Berlin"], Schedule(8, 0, "Europe/Berlin")),
    (["07:00", "UTC+8"], Schedule(7, 0, "UTC+08:00")),
    (["UTC+8", "07:00"], Schedule(7, 0, "UTC+08:00")),
    (["8", "pm", "New", "York"], Schedule(20, 0, "America/New_York")),
    (["Europe/Berlin"], Schedule(9, 0, "Europe/Berlin")),
])
def test_subscribe_arguments_in_any_order(args, expected):
    assert parse_subscribe(args, SHANGHAI) == expected


@pytest.mark.parametrize("args", [["25:00"], ["9", "Mars"], ["8am", "Europe/Berlinn"], ["tomorrow"]])
def test_subscribe_bad_arguments(args):
    with pytest.raises(TimeParseError):
        parse_subscribe(args, SHANGHAI)


def test_first_tip_is_today_only_if_the_time_is_still_ahead():
    at_8 = datetime(2025, 3, 10, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai
    assert first_day(SHANGHAI, at_8) == date(2025, 3, 10)
    at_15 = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)  # 15:00 in Shanghai
    assert first_day(SHANGHAI, at_15) == date(2025, 3, 11)


# -- which tip --------------------------------------------------------------------------------


def test_tip_of_the_day_is_the_same_for_everyone_and_changes_daily(engine):
    tips = engine.kb.tips
    assert len(tips) >= 60
    day = date(2025, 3, 10)
    assert tip_of_day(tips, day) == tip_of_day(list(tips), day)
    days = [tip_of_day(tips, day + timedelta(days=i)) for i in range(len(tips))]
    assert len(set(days)) == len(tips)


def test_another_tip_visits_the_whole_pool(engine):
    tips = engine.kb.tips
    seen, current = [], tip_of_day(tips, date(2025, 3, 10))
    for _ in range(len(tips)):
        current = another_tip(tips, current, date(2025, 3, 10))
        seen.append(current)
    assert sorted(seen) == sorted(tips)
    assert another_tip(tips, "gone_tip", date(2025, 3, 10)) in tips  # a stale button still works
    assert stride(129) not in (1, 3, 43) and stride(7) >= 1


def test_rotation_prefers_the_tip_of_the_day_and_never_repeats_within_a_round():
    tips = [f"t{i}" for i in range(7)]
    day = date(2025, 3, 10)
    assert next_for_user(tips, [], day) == tip_of_day(tips, day)
    had = [tip_of_day(tips, day)]
    assert next_for_user(tips, had, day) != had[0]  # already had today's: the next unseen one
    had = []
    for i in range(20):
        had.append(next_for_user(tips, had, day + timedelta(days=i % 3)))  # odd calendars too
    for start in range(0, 14, 7):
        assert sorted(had[start:start + 7]) == tips  # each round shows every tip once
    assert next_for_user(tips, ["removed", *tips[:3]], day) not in tips[:3]


def test_every_tip_renders_short_with_source_and_valid_buttons(engine):
    kb = engine.kb
    for tip_id in kb.tips:
        for lang in ("en", "zh-Hans", "zh-Hant"):
            html = tip_html(kb, tip_id, lang, footer=True)
            assert len(html) < 800, tip_id  # one glance
            assert ("Source:" if lang == "en" else "：") in html
            keyboard = tip_keyboard(kb, tip_id, lang, offer_subscribe=True)
            for row in keyboard.inline_keyboard:
                for button in row:
                    assert callbacks.decode(button.callback_data) is not None


def test_tips_read_in_the_users_script(engine):
    kb = engine.kb
    tip_id = kb.tips[0]
    hans, hant = tip_html(kb, tip_id, "zh-Hans"), tip_html(kb, tip_id, "zh-Hant")
    assert "营销" in hans and "營銷" in hant
    assert user_lang({"lang": None, "last_lang": None, "language_code": "zh-TW"}) == "zh-Hant"
    assert user_lang({"lang": "en", "language_code": "zh"}) == "en"
    assert user_lang({}) == "en"


# -- who is due -------------------------------------------------------------------------------


def due_ids(d: Delivery, when: datetime, everyone: bool = False) -> list[int]:
    return sorted(item.user_id for item in d.due(when, everyone)[0])


def test_due_when_the_local_time_has_passed_in_each_zone(store, engine, clock):
    add(store, 1, 9, 0, "Asia/Shanghai")
    add(store, 2, 8, 0, "Europe/Berlin")
    add(store, 3, 7, 0, "UTC+08:00")
    add(store, 4, 21, 30, "America/New_York")
    d = delivery(store, engine, FakeBot(), clock)
    t = datetime(2025, 7, 1, 0, 59, tzinfo=UTC)  # 08:59 Shanghai, 02:59 Berlin, 20:59 NY (6/30)
    assert due_ids(d, t) == [3]
    assert due_ids(d, t + timedelta(minutes=1)) == [1, 3]
    assert due_ids(d, datetime(2025, 7, 1, 6, 0, tzinfo=UTC)) == [1, 2, 3]  # 08:00 CEST
    assert due_ids(d, datetime(2025, 7, 1, 1, 30, tzinfo=UTC)) == [1, 3, 4]  # 21:30 EDT, 6/30
    assert due_ids(d, t, everyone=True) == [1, 2, 3, 4]
    assert d.due(t)[1] == 3  # the other three are skipped for now


async def test_served_today_then_due_again_tomorrow(store, engine, clock):
    add(store, 1)
    bot = FakeBot()
    d = delivery(store, engine, bot, clock)
    assert (await d.run()).sent == 1
    assert due_ids(d, clock() + timedelta(hours=10)) == []  # 19:30: already had today's
    assert due_ids(d, clock() + timedelta(hours=23)) == []  # 08:30 tomorrow: not yet
    assert due_ids(d, clock() + timedelta(days=1)) == [1]  # 09:30 tomorrow


def test_missed_tip_is_sent_the_same_day_only(store, engine, clock):
    add(store, 1)  # 09:00 Shanghai; the bot is down at nine
    d = delivery(store, engine, FakeBot(), clock)
    assert due_ids(d, datetime(2025, 3, 10, 7, 0, tzinfo=UTC)) == [1]  # back at 15:00: send it
    assert due_ids(d, datetime(2025, 3, 10, 23, 0, tzinfo=UTC)) == []  # back at 07:00 next day


def test_a_schedule_chosen_after_todays_time_starts_tomorrow(store, engine, clock):
    at_15 = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)
    add(store, 1, 9, 0, created=at_15)
    add(store, 2, 21, 0, created=at_15)
    d = delivery(store, engine, FakeBot(), clock)
    assert due_ids(d, at_15 + timedelta(minutes=1)) == []
    assert due_ids(d, datetime(2025, 3, 10, 13, 0, tzinfo=UTC)) == [2]  # 21:00 today
    assert due_ids(d, datetime(2025, 3, 11, 1, 0, tzinfo=UTC)) == [1]  # 09:00 tomorrow
    assert due_ids(d, datetime(2025, 3, 11, 13, 0, tzinfo=UTC)) == [1, 2]
    assert due_ids(d, at_15, everyone=True) == [1, 2]  # --all ignores the time of day


def test_unsubscribed_are_not_due(store, engine, clock):
    add(store, 1)
    add(store, 2)
    assert store.unsubscribe(2) and not store.unsubscribe(2)
    d = delivery(store, engine, FakeBot(), clock)
    assert due_ids(d, clock()) == [1]


def test_dst_gap_sends_after_the_gap(store, engine):
    # Berlin skips 02:00-03:00 on 2025-03-30; a 02:30 subscriber gets the tip at 03:00
    add(store, 1, 2, 30, "Europe/Berlin")
    d = delivery(store, engine, FakeBot(), Clock(datetime(2025, 3, 30, tzinfo=UTC)))
    assert due_ids(d, datetime(2025, 3, 30, 0, 59, tzinfo=UTC)) == []  # 01:59 CET
    assert due_ids(d, datetime(2025, 3, 30, 1, 0, tzinfo=UTC)) == [1]  # 03:00 CEST


# -- rotation over many days -----------------------------------------------------------------


async def test_a_subscriber_sees_every_tip_before_any_repeat(store, engine, clock):
    add(store, 1)
    bot = FakeBot()
    d = delivery(store, engine, bot, clock)
    pool = len(engine.kb.tips)
    for _ in range(pool + 3):
        assert (await d.run()).sent == 1
        clock.when += timedelta(days=1)
    had = store.tips_had(1)
    assert len(had) == pool + 3
    assert sorted(had[:pool]) == sorted(engine.kb.tips)
    assert len(set(had[pool:])) == 3
    assert store.get_subscription(1)["tips_sent"] == pool + 3
    # a fresh subscriber gets the tip of the day, like /tip
    add(store, 2)
    await d.run()
    day = clock().astimezone(zone("Asia/Shanghai")).date()
    assert store.delivery(2, day.isoformat())["tip_id"] == tip_of_day(engine.kb.tips, day)


async def test_delivered_tip_is_in_the_users_language(store, engine, clock):
    add(store, 1, code="zh-TW")
    add(store, 2, code="en")
    store.set_lang(2, 2, "zh-Hans")
    bot = FakeBot()
    await delivery(store, engine, bot, clock).run()
    assert "每日一則" in bot.to(1)[0] and "每日一条" in bot.to(2)[0]


# -- exactly once -----------------------------------------------------------------------------


async def test_two_senders_at_once_send_each_tip_once(state_location, engine, clock):
    first, second = open_store(state_location), open_store(state_location)
    for uid in range(1, 41):
        add(first, uid)
    bot = FakeBot()
    a = delivery(first, engine, bot, clock)
    b = delivery(second, engine, bot, clock)
    one, two = await asyncio.gather(a.run(), b.run())
    assert len(bot.sent) == 40
    assert sorted(chat for chat, _ in bot.sent) == list(range(1, 41))
    assert one.sent + two.sent == 40
    # (which of them sends is a race: claims are taken only when a send slot is due, so the
    # one a moment ahead may take every subscriber; what matters is once each)
    # a restart (a new sender over the same database) sends nothing more today
    again = await delivery(open_store(state_location), engine, bot, clock).run()
    assert again.sent == 0 and again.skipped == 40 and len(bot.sent) == 40
    first.close()
    second.close()


async def test_a_crash_between_claim_and_record_is_at_most_once(store, engine, clock):
    add(store, 1)
    day = clock().astimezone(zone("Asia/Shanghai")).date().isoformat()
    assert store.claim_delivery(1, day, engine.kb.tips[0], clock().timestamp(), 5)
    bot = FakeBot()  # the crashed sender may or may not have sent it: nobody sends again
    summary = await delivery(store, engine, bot, clock).run()
    assert bot.sent == [] and summary.skipped == 1
    assert store.tips_had(1) == [engine.kb.tips[0]]  # and it counts as had for the rotation


# -- failures ---------------------------------------------------------------------------------


async def test_blocked_user_is_unsubscribed_and_never_tried_again(store, engine, clock):
    add(store, 1)
    add(store, 2)
    bot = FakeBot()
    bot.fail[1] = [Forbidden("Forbidden: bot was blocked by the user")]
    d = delivery(store, engine, bot, clock)
    summary = await d.run()
    assert (summary.sent, summary.unsubscribed, summary.failed) == (1, 1, 0)
    assert store.get_subscription(1)["active"] == 0
    clock.when += timedelta(days=1)
    attempts = bot.attempts
    assert (await d.run()).sent == 1
    assert bot.attempts == attempts + 1 and bot.to(1) == []


async def test_flood_control_pauses_everyone_and_loses_nothing(store, engine, clock):
    for uid in (1, 2, 3):
        add(store, uid)
    bot = FakeBot()
    bot.fail[2] = [RetryAfter(3), RetryAfter(3)]
    ft = FakeTime()
    summary = await delivery(store, engine, bot, clock, ft).run()
    assert summary.sent == 3 and summary.flood_waits == 2 and summary.failed == 0
    assert sorted(c for c, _ in bot.sent) == [1, 2, 3]
    assert ft.t - 1000.0 >= 6.0  # both waits were honoured


async def test_network_errors_are_retried_with_back_off(store, engine, clock):
    add(store, 1)
    bot = FakeBot()
    refused = httpx.ConnectError("connection refused")
    bot.fail[1] = [caused(NetworkError("httpx.ConnectError"), refused),
                   NetworkError("Bad Gateway"),  # an answered 5xx: not sent either
                   caused(TimedOut(), httpx.ConnectTimeout("connect"))]
    ft = FakeTime()
    summary = await delivery(store, engine, bot, clock, ft).run()
    assert summary.sent == 1 and bot.to(1)
    assert [s for s in ft.slept if s >= 1] == [1.0, 2.0, 4.0]  # back-off (limiter waits are ms)


async def test_a_send_that_keeps_failing_is_retried_by_later_runs_then_given_up(store, engine,
                                                                             clock):
    add(store, 1)
    bot = FakeBot()
    refused = httpx.ConnectError("connection refused")
    bot.fail[1] = [caused(NetworkError("down"), refused) for _ in range(100)]
    d = delivery(store, engine, bot, clock, max_attempts=3)
    day = clock().astimezone(zone("Asia/Shanghai")).date().isoformat()
    for attempt in (1, 2, 3):
        summary = await d.run()
        assert summary.failed == 1
        assert store.delivery(1, day)["attempts"] == attempt
    assert (await d.run()).failed == 0 and due_ids(d, clock()) == []  # given up for today
    assert store.tips_had(1) == []  # never reached them: the tip stays in their rotation


async def test_an_outage_stops_the_run_and_the_next_run_resumes(store, engine, clock):
    for uid in range(1, 201):
        add(store, uid)
    bot = FakeBot()
    refused = httpx.ConnectError("connection refused")
    for uid in range(1, 201):
        bot.fail[uid] = [caused(NetworkError("down"), refused) for _ in range(10)]
    d = delivery(store, engine, bot, clock)
    summary = await d.run()
    assert summary.failed == 200 and summary.sent == 0
    assert bot.attempts < 120  # gave up early instead of backing off through all 200
    for uid in range(1, 201):
        bot.fail[uid] = []
    assert (await d.run()).sent == 200  # Telegram is back: everyone gets today's tip


async def test_an_ambiguous_timeout_is_not_resent(store, engine, clock):
    add(store, 1)
    bot = FakeBot()
    bot.fail[1] = [caused(TimedOut(), httpx.ReadTimeout("read"))]
    d = delivery(store, engine, bot, clock)
    assert (await d.run()).failed == 1
    assert (await d.run()).sent == 0 and bot.attempts == 1
    assert surely_not_sent(caused(TimedOut(), httpx.PoolTimeout("pool")))
    assert not surely_not_sent(caused(NetworkError("x"), httpx.RemoteProtocolError("dropped")))


async def test_a_refused_message_fails_for_the_day(store, engine, clock):
    add(store, 1)
    bot = FakeBot()
    bot.fail[1] = [BadRequest("Bad Request: chat not found")]
    d = delivery(store, engine, bot, clock)
    assert (await d.run()).failed == 1
    assert (await d.run()).failed == 0 and bot.attempts == 1
    assert store.get_subscription(1)["active"] == 1  # tomorrow is another day


async def test_a_stopping_bot_stops_claiming(store, engine, clock):
    for uid in range(1, 11):
        add(store, uid)
    bot = FakeBot()
    d = delivery(store, engine, bot, clock, concurrency=1)
    summary = await d.run(should_stop=lambda: len(bot.sent) >= 3)
    assert summary.sent == 3 and summary.skipped == 7
    assert (await d.run()).sent == 7  # the rest go out on the next start, the same day


async def test_no_tip_of_yesterday_after_local_midnight(store, engine, clock):
    add(store, 1, 23, 59)
    bot = FakeBot()
    late = Clock(datetime(2025, 3, 10, 15, 59, 30, tzinfo=UTC))  # 23:59:30 in Shanghai
    d = delivery(store, engine, bot, late)
    due, _ = d.due(late())
    late.when += timedelta(minutes=1)  # the broadcast reaches them after midnight
    summary = type("S", (), {"flood_waits": 0})()
    assert await d.deliver(due[0], summary) == "late" and bot.sent == []


# -- the limiter ------------------------------------------------------------------------------


async def test_limiter_spaces_sends_evenly_and_per_chat():
    ft = FakeTime()
    limiter = Limiter(rate=25.0, per_chat=1.0, clock=ft.clock, sleep=ft.sleep)
    starts = []
    for chat in range(50):
        await limiter.acquire(chat)
        starts.append(ft.t)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.04 - 1e-9  # 25/s, no bursts
    assert starts[-1] - starts[0] == pytest.approx(49 * 0.04)
    await limiter.acquire(7)
    first = ft.t
    await limiter.acquire(7)
    assert ft.t - first >= 1.0 - 1e-9  # one a second to one chat


async def test_limiter_pause_holds_everyone_then_resumes_without_a_burst():
    ft = FakeTime()
    limiter = Limiter(rate=10.0, per_chat=0.0, clock=ft.clock, sleep=ft.sleep)
    await limiter.acquire(1)
    limiter.pause(5.0)
    starts = []
    for chat in range(2, 6):
        await limiter.acquire(chat)
        starts.append(ft.t)
    assert starts[0] >= 1005.0
    assert [round(b - a, 6) for a, b in zip(starts, starts[1:], strict=False)] == [0.1] * 3


async def test_limiter_concurrent_callers_get_distinct_slots():
    limiter = Limiter(rate=200.0, per_chat=0.0)
    loop = asyncio.get_running_loop()
    times: list[float] = []

    async def one(chat: int) -> None:
        await limiter.acquire(chat)
        times.append(loop.time())

    await asyncio.gather(*(one(c) for c in range(20)))
    times.sort()
    assert times[-1] - times[0] >= 19 * 0.005 * 0.8  # spread out, not all at once


async def test_a_claim_is_given_back_while_waiting_after_a_sure_failure(store, engine, clock):
    """A crash while waiting out a refused connection must not cost the subscriber the day."""
    add(store, 1)
    bot = FakeBot()
    bot.fail[1] = [caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused"))]
    day = clock().astimezone(zone("Asia/Shanghai")).date().isoformat()
    seen: list[str] = []
    ft = FakeTime()
    plain_sleep = ft.sleep

    async def sleep(seconds: float) -> None:
        row = store.delivery(1, day)
        seen.append(row["status"] if row else "-")
        await plain_sleep(seconds)

    ft.sleep = sleep
    summary = await delivery(store, engine, bot, clock, ft).run()
    assert summary.sent == 1 and bot.to(1)
    assert "retry" in seen  # during the back-off the row was free for anyone to take
    row = store.delivery(1, day)
    assert row["status"] == "sent" and row["attempts"] == 1


async def test_nobody_unsubscribed_is_claimed(store, engine, clock):
    """A /forget or /unsubscribe after a broadcast chose who is due, before it claims, wins."""
    add(store, 1)
    day = clock().astimezone(zone("Asia/Shanghai")).date().isoformat()
    store.unsubscribe(1)
    assert not store.claim_delivery(1, day, engine.kb.tips[0], clock().timestamp(), 5)
    assert not store.claim_delivery(2, day, engine.kb.tips[0], clock().timestamp(), 5)  # never
