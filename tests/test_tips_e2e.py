"""The daily tip end to end: the real Application (and `careerbot tips send`) against the fake
Bot API server, with the clock injected so a tip "at 21:30" arrives without waiting for it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot import callbacks
from bot.app import build_application
from bot.features.tips import cli as tips_cli
from bot.features.tips import handlers as tips
from tests.conftest import make_settings
from tests.fakebot import polling

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ANN, BOB, CAT = 2001, 2002, 2003


class Clock:
    def __init__(self, iso: str):
        self.set(iso)

    def set(self, iso: str) -> None:
        self.when = datetime.fromisoformat(iso).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.when


@pytest.fixture(autouse=True)
def fast_ticks(monkeypatch):
    """The scheduler looks for due subscribers every 50 ms instead of every 30 s."""
    monkeypatch.setattr(tips, "TICK_SECONDS", 0.05)
    monkeypatch.setattr(tips, "FIRST_TICK", 0.05)


@contextlib.asynccontextmanager
async def running(fake, data_dir, engine, clock: Clock) -> AsyncIterator:
    """One bot process: a new Application over the data directory (a restart is a second one)."""
    app = build_application(make_settings(fake, data_dir), engine=engine)
    app.bot_data["tips"].now = clock
    async with polling(app):
        await app.post_init(app)
        yield app


async def ticks(app, n: int = 3) -> None:
    """Let the scheduler finish `n` more runs."""
    feature = app.bot_data["tips"]
    target = feature.runs + n
    for _ in range(200):
        if feature.runs >= target:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the tips job is not running")


async def say(fake, chat_id: int, text: str, **kw) -> str:
    mark = fake.mark()
    fake.push_message(chat_id, text, **kw)
    calls = await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)
    return calls[-1].params["text"]


async def press(fake, chat_id: int, data: str) -> list:
    mark = fake.mark()
    fake.push_callback(chat_id, fake.last_message(chat_id)["message_id"], data)
    return await fake.wait_for_calls("sendMessage", chat_id=chat_id, after=mark)


def buttons(fake, chat_id: int) -> dict[str, str]:
    markup = fake.last_message(chat_id).get("reply_markup") or {}
    return {
        b["text"]: b.get("callback_data", "")
        for row in markup.get("inline_keyboard", [])
        for b in row
    }


# -- the user's side --------------------------------------------------------------------------


async def test_tip_command_and_its_buttons(fake, data_dir, engine):
    clock = Clock("2025-03-10T10:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        text = await say(fake, ANN, "/tip")
        assert "Tip of the day" in text and "Source:" in text
        again = await say(fake, BOB, "/tip")
        assert again == text  # the same tip for everyone on a date
        found = buttons(fake, ANN)
        another = next(d for label, d in found.items() if "Another" in label)
        more = next(d for label, d in found.items() if label.startswith("📖"))
        subscribe = next(d for label, d in found.items() if "every day" in label)

        calls = await press(fake, ANN, another)
        assert "Another tip" in calls[-1].params["text"] and calls[-1].params["text"] != text
        calls = await press(fake, ANN, more)
        assert "<b>" in calls[-1].params["text"]  # the related entry, answered by ask.button
        calls = await press(fake, ANN, subscribe)
        assert "Subscribed" in calls[-1].params["text"] and "09:00" in calls[-1].params["text"]
        assert "Asia/Shanghai" in calls[-1].params["text"]
        assert "tomorrow" in calls[-1].params["text"]  # 10:00 already: the first one tomorrow
        text = await say(fake, ANN, "/tip")
        assert not any("every day" in label for label in buttons(fake, ANN))  # subscribed now


async def test_menu_button_and_deep_link_show_todays_tip(fake, data_dir, engine):
    clock = Clock("2025-03-10T10:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        assert "Tip of the day" in await say(fake, ANN, "/start tip")
        await say(fake, ANN, "/start")
        menu = fake.last_message(ANN)
        calls = await press(fake, ANN, callbacks.encode("menu", "tip"))
        assert "Tip of the day" in calls[-1].params["text"]
        assert fake.message(ANN, menu["message_id"])["text"] == menu["text"]  # a new message


async def test_help_and_command_menu_list_the_tip_commands(fake, data_dir, engine):
    async with running(fake, data_dir, engine, Clock("2025-03-10T10:00:00+08:00")):
        help_text = await say(fake, ANN, "/help")
        assert "/subscribe" in help_text and "/settings" in help_text
        zh_help = await say(fake, BOB, "/help", language_code="zh-hans")
        assert "/subscribe [时间] [时区]" in zh_help
        names = [c["command"] for c in fake.commands()]
        assert {"tip", "subscribe", "unsubscribe", "settings"} <= set(names)
        assert "tip" in [c["command"] for c in fake.commands(language_code="zh")]


async def test_subscribe_settings_unsubscribe(fake, data_dir, engine):
    clock = Clock("2025-03-10T06:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        text = await say(fake, ANN, "/subscribe")
        assert "09:00" in text and "Asia/Shanghai" in text and "today at 09:00" in text
        assert "already" in await say(fake, ANN, "/subscribe")
        text = await say(fake, ANN, "/subscribe 8:30pm UTC+8")
        assert "20:30" in text and "UTC+08:00" in text
        text = await say(fake, ANN, "/settings")
        assert "20:30" in text and "UTC+08:00" in text and "on" in text
        assert "Tips received: 0" in text and "automatic" in text
        bad = await say(fake, ANN, "/subscribe 25:99 Mars/Base")
        assert "21:30" in bad and "Europe/Berlin" in bad and "UTC+8" in bad
        assert "Done" in await say(fake, ANN, "/unsubscribe")
        assert "not subscribed" in await say(fake, ANN, "/unsubscribe")
        assert "off" in await say(fake, ANN, "/settings")
        text = await say(fake, BOB, "/subscribe 晚上9点 北京", language_code="zh-hans")
        assert "21:00" in text and "订阅成功" in text
        text = await say(fake, -500, "/subscribe", chat_type="group", user_id=CAT)
        assert "private" in text


# -- delivery ---------------------------------------------------------------------------------


async def test_tip_arrives_at_the_chosen_time_and_not_again_after_restart(fake, data_dir, engine):
    clock = Clock("2025-03-10T10:00:00+01:00")
    async with running(fake, data_dir, engine, clock) as app:
        text = await say(fake, ANN, "/subscribe 21:30 Europe/Berlin")
        assert "today at 21:30" in text
        mark = fake.mark()
        clock.set("2025-03-10T21:29:00+01:00")
        await ticks(app)
        assert fake.calls_for("sendMessage", chat_id=ANN, after=mark) == []
        clock.set("2025-03-10T21:30:00+01:00")
        calls = await fake.wait_for_calls("sendMessage", chat_id=ANN, after=mark)
        first = calls[0].params["text"]
        assert "Your daily tip" in first and "/unsubscribe" in first
        await ticks(app)
        assert len(fake.calls_for("sendMessage", chat_id=ANN, after=mark)) == 1
    clock.set("2025-03-10T23:00:00+01:00")
    async with running(fake, data_dir, engine, clock) as app:  # restart: same data directory
        await ticks(app)
        assert len(fake.calls_for("sendMessage", chat_id=ANN, after=mark)) == 1
        clock.set("2025-03-11T21:31:00+01:00")
        calls = await fake.wait_for_calls("sendMessage", 2, chat_id=ANN, after=mark)
        assert calls[1].params["text"] != first  # the next day, another tip
        await ticks(app)  # the run that sent it has recorded it
        assert "Tips received: 2" in await say(fake, ANN, "/settings")


async def test_a_tip_missed_while_down_is_sent_on_return_the_same_day_only(fake, data_dir, engine):
    clock = Clock("2025-03-10T08:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        await say(fake, ANN, "/subscribe")  # 09:00 Shanghai
        await say(fake, BOB, "/subscribe 10:00")
    mark = fake.mark()
    clock.set("2025-03-10T09:30:00+08:00")  # back after Ann's time, before Bob's
    async with running(fake, data_dir, engine, clock) as app:
        await fake.wait_for_calls("sendMessage", chat_id=ANN, after=mark)
        await ticks(app)
        assert fake.calls_for("sendMessage", chat_id=BOB, after=mark) == []
    clock.set("2025-03-11T08:00:00+08:00")  # Bob's tip of the 10th was missed: not sent now
    async with running(fake, data_dir, engine, clock) as app:
        await ticks(app)
        assert fake.calls_for("sendMessage", chat_id=BOB, after=mark) == []
        clock.set("2025-03-11T10:00:00+08:00")
        await fake.wait_for_calls("sendMessage", chat_id=BOB, after=mark)
        await fake.wait_for_calls("sendMessage", 2, chat_id=ANN, after=mark)


async def test_blocked_user_is_unsubscribed_and_never_tried_again(fake, data_dir, engine):
    clock = Clock("2025-03-10T08:00:00+08:00")
    async with running(fake, data_dir, engine, clock) as app:
        await say(fake, ANN, "/subscribe")
        await say(fake, BOB, "/subscribe")
        mark = fake.mark()
        fake.fail_next("sendMessage", status=403, chat_id=ANN)
        clock.set("2025-03-10T09:00:00+08:00")
        await fake.wait_for_calls("sendMessage", chat_id=BOB, after=mark)
        await fake.wait_for_calls("sendMessage", chat_id=ANN, after=mark)
        await ticks(app)
        store = app.bot_data["services"].store
        assert store.get_subscription(ANN)["active"] == 0
        clock.set("2025-03-11T09:00:00+08:00")
        await fake.wait_for_calls("sendMessage", 2, chat_id=BOB, after=mark)
        await ticks(app)
        assert len(fake.calls_for("sendMessage", chat_id=ANN, after=mark)) == 1  # the 403 only


async def test_429_is_waited_out_and_nothing_is_lost(fake, data_dir, engine):
    clock = Clock("2025-03-10T08:00:00+08:00")
    chats = [3001 + i for i in range(6)]
    async with running(fake, data_dir, engine, clock) as app:
        for chat in chats:
            await say(fake, chat, "/subscribe")
        mark = fake.mark()
        fake.fail_next("sendMessage", status=429, retry_after=1, chat_id=chats[0])
        fake.set_rate_limit(3)  # and a server that refuses more than 3 a second
        clock.set("2025-03-10T09:00:00+08:00")
        for chat in chats:
            await fake.wait_for_calls("sendMessage", chat_id=chat, after=mark, timeout=15)
        await ticks(app)
        fake.set_rate_limit(None)
        refused = [c for c in fake.calls_for("sendMessage", after=mark) if c.status == 429]
        assert refused  # flood control did happen ...
        for chat in chats:  # ... and every subscriber got exactly one tip
            sent = [c for c in fake.calls_for("sendMessage", chat_id=chat, after=mark) if c.ok]
            assert len(sent) == 1, chat
        first = fake.calls_for("sendMessage", chat_id=chats[0], after=mark)
        assert first[0].status == 429 and first[-1].time - first[0].time >= 1.0  # waited


# -- careerbot tips send ------------------------------------------------------------------------


async def test_cli_sends_to_those_due_and_prints_a_summary(fake, data_dir, engine, capsys):
    clock = Clock("2025-03-10T06:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        await say(fake, ANN, "/subscribe 07:00")
        await say(fake, BOB, "/subscribe 20:00")
        await say(fake, CAT, "/subscribe 07:00")
        fake.push_message(CAT, "/unsubscribe")
        await say(fake, CAT, "/settings")
    settings = make_settings(fake, data_dir)
    clock.set("2025-03-10T07:30:00+08:00")
    mark = fake.mark()
    code = await asyncio.to_thread(tips_cli.send_due, settings, False, clock)
    assert code == 0
    assert capsys.readouterr().out.strip().endswith("sent 1, skipped 1, failed 0, unsubscribed 0")
    assert len(fake.calls_for("sendMessage", chat_id=ANN, after=mark)) == 1
    code = await asyncio.to_thread(tips_cli.send_due, settings, True, clock)  # --all
    assert capsys.readouterr().out.strip().endswith("sent 1, skipped 1, failed 0, unsubscribed 0")
    assert len(fake.calls_for("sendMessage", chat_id=BOB, after=mark)) == 1
    await asyncio.to_thread(tips_cli.send_due, settings, True, clock)
    assert capsys.readouterr().out.strip().endswith("sent 0, skipped 2, failed 0, unsubscribed 0")
    assert fake.calls_for("sendMessage", chat_id=CAT, after=mark) == []


async def test_cli_reports_blocked_users(fake, data_dir, engine, capsys):
    clock = Clock("2025-03-10T06:00:00+08:00")
    async with running(fake, data_dir, engine, clock):
        await say(fake, ANN, "/subscribe 07:00")
    fake.fail_next("sendMessage", status=403, chat_id=ANN)
    clock.set("2025-03-10T07:30:00+08:00")
    code = await asyncio.to_thread(tips_cli.send_due, make_settings(fake, data_dir), False, clock)
    assert code == 0
    assert "sent 0, skipped 0, failed 0, unsubscribed 1" in capsys.readouterr().out


async def test_bot_and_cron_at_once_send_each_tip_once(fake, data_dir, engine):
    clock = Clock("2025-03-10T06:00:00+08:00")
    chats = [4001 + i for i in range(30)]
    async with running(fake, data_dir, engine, clock) as app:
        for chat in chats:
            await say(fake, chat, "/subscribe 07:00")
        mark = fake.mark()
        clock.set("2025-03-10T07:00:00+08:00")
        settings = make_settings(fake, data_dir)
        cron = [
            asyncio.to_thread(asyncio.run, tips_cli.send(settings, False, clock)) for _ in range(2)
        ]
        summaries = await asyncio.gather(*cron)
        await ticks(app)
        for chat in chats:
            assert len(fake.calls_for("sendMessage", chat_id=chat, after=mark)) == 1, chat
        assert sum(s.sent for s in summaries) <= len(chats)


async def test_cli_honours_429_and_loses_nothing(fake, data_dir, engine, capsys):
    clock = Clock("2025-03-10T06:00:00+08:00")
    chats = [5001 + i for i in range(5)]
    async with running(fake, data_dir, engine, clock):
        for chat in chats:
            await say(fake, chat, "/subscribe 07:00")
    mark = fake.mark()
    fake.fail_next("sendMessage", status=429, retry_after=1)
    fake.set_rate_limit(2)
    clock.set("2025-03-10T07:00:00+08:00")
    code = await asyncio.to_thread(tips_cli.send_due, make_settings(fake, data_dir), False, clock)
    fake.set_rate_limit(None)
    assert code == 0 and "sent 5, skipped 0, failed 0" in capsys.readouterr().out
    for chat in chats:
        assert [c.ok for c in fake.calls_for("sendMessage", chat_id=chat, after=mark)][-1]
        assert sum(c.ok for c in fake.calls_for("sendMessage", chat_id=chat, after=mark)) == 1


async def test_cli_without_a_token_says_so(data_dir, capsys):
    from bot.settings import Settings

    assert tips_cli.send_due(Settings(data_dir=data_dir)) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
