"""Faults end to end (issue 11): the real Application against a fake Bot API server that answers
5xx (JSON or nginx HTML), 429, hangs and drops connections before or after delivering. What a
user must see: each answer once, no duplicate, at most one apology and never after an answer."""

from __future__ import annotations

import logging

import pytest

from bot import sending
from bot.app import build_application
from tests.conftest import make_settings
from tests.fakebot import polling

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

CHAT = 3001
OTHER = 3002
SORRY = "something went wrong"


@pytest.fixture
async def bot(fake, data_dir, engine, monkeypatch):
    """The bot with short resend back-off, so a fault test takes a second or two."""
    monkeypatch.setattr(sending, "RETRY_DELAYS", (0.05, 0.1, 0.2))
    app = build_application(make_settings(fake, data_dir), engine=engine)
    # run_polling() hands polling errors to on_error (which leaves them to bot/sending.py's one
    # line); polling() by hand would log them with a traceback instead
    async with polling(app, error_callback=lambda exc: None):
        yield fake


async def ask(fake, text: str, chat_id: int = CHAT, count: int = 1, timeout: float = 5) -> list:
    mark = fake.mark()
    fake.push_message(chat_id, text)
    await fake.wait_for_calls("sendMessage", count, timeout, chat_id=chat_id, after=mark)
    return fake.sent(chat_id)


def answers(fake, chat_id: int = CHAT) -> list[str]:
    return [text for text in fake.sent(chat_id) if SORRY not in text]


def apologies(fake, chat_id: int = CHAT) -> list[str]:
    return [text for text in fake.sent(chat_id) if SORRY in text]


@pytest.mark.parametrize("status,html", [(500, False), (502, True), (500, True), (503, True)])
async def test_5xx_on_send_is_resent_and_answered_once(bot, status, html):
    bot.fail_next("sendMessage", status=status, html=html, times=2)
    await ask(bot, "what is KOC", count=3)
    assert len(answers(bot)) == 1 and "KOC" in answers(bot)[0]
    assert apologies(bot) == []


async def test_drop_after_delivery_is_not_resent_nor_apologised_for(bot, caplog):
    caplog.set_level(logging.INFO)
    bot.drop_next("sendMessage", after=True)
    await ask(bot, "what is KOC")
    await ask(bot, "what does a media buyer do", chat_id=OTHER)  # the bot is still well
    assert len(bot.sent(CHAT)) == 1 and "KOC" in bot.sent(CHAT)[0]  # once, no apology
    assert any("outcome unknown" in r.getMessage() for r in caplog.records)


async def test_drop_before_delivery_gives_no_duplicate_and_no_apology(bot):
    bot.drop_next("sendMessage")
    mark = bot.mark()
    bot.push_message(CHAT, "what is KOC")
    await bot.wait_for_calls("sendMessage", chat_id=CHAT, after=mark)
    await ask(bot, "what does a media buyer do", chat_id=OTHER)
    # the bot cannot tell this from a drop after delivery: it must not risk a duplicate
    assert len(bot.calls_for("sendMessage", chat_id=CHAT, after=mark)) == 1
    assert apologies(bot) == []


async def test_hang_shorter_than_the_read_timeout_is_answered_once(bot):
    bot.hang_next("sendMessage", 1.5)
    await ask(bot, "what is KOC")
    assert len(bot.sent(CHAT)) == 1 and "KOC" in bot.sent(CHAT)[0]


async def test_429_on_send_is_waited_out_and_answered_once(bot):
    bot.fail_next("sendMessage", status=429, retry_after=1)
    await ask(bot, "what is KOC", count=2)
    assert answers(bot) == bot.sent(CHAT) and len(bot.sent(CHAT)) == 1


async def test_persistent_5xx_gives_exactly_one_apology(bot):
    bot.fail_next("sendMessage", status=502, html=True, times=4, chat_id=CHAT)
    mark = bot.mark()
    bot.push_message(CHAT, "what is KOC")
    # 4 tries of the answer fail; the apology (a fifth call) gets through
    calls = await bot.wait_for_calls("sendMessage", 5, chat_id=CHAT, after=mark)
    assert calls[-1].ok
    assert answers(bot) == [] and len(apologies(bot)) == 1


@pytest.mark.parametrize(
    "fault",
    [
        lambda f: f.fail_next("getUpdates", status=502, html=True, times=2),
        lambda f: f.fail_next("getUpdates", status=500, times=2),
        lambda f: f.fail_next("getUpdates", status=429, retry_after=1),
        lambda f: f.drop_next("getUpdates", after=True),
        lambda f: f.drop_next("getUpdates"),
    ],
    ids=["502-html", "500", "429", "drop-after", "drop-before"],
)
async def test_polling_faults_lose_and_repeat_nothing(bot, fault):
    await ask(bot, "what is KOC")  # polling is running
    fault(bot)
    await ask(bot, "what does a media buyer do", timeout=8)
    texts = bot.sent(CHAT)
    assert len(texts) == 2 and "Media buyer" in texts[1]


async def test_polling_faults_are_one_log_line_each(bot, caplog):
    caplog.set_level(logging.INFO)
    await ask(bot, "what is KOC")
    mark = bot.mark()
    bot.fail_next("getUpdates", status=502, html=True)
    await bot.wait_for_calls("getUpdates", 2, timeout=8, after=mark)  # the 502, then a retry
    await ask(bot, "what does a media buyer do", timeout=8)
    ours = [r for r in caplog.records if r.name.startswith("careerbot")]
    lines = [r for r in ours if "getUpdates" in r.getMessage()]
    assert len(lines) == 1 and "502" in lines[0].getMessage()
    assert all(r.exc_info is None for r in caplog.records if r.levelno >= logging.WARNING)
    assert not any("<html>" in r.getMessage() for r in caplog.records)


async def test_poison_update_is_skipped_with_one_line(bot, caplog):
    caplog.set_level(logging.INFO)
    bot.push_raw({"update_id": 900, "message": {"message_id": 1, "date": 0, "chat": 5}})
    await ask(bot, "what is KOC")
    assert "KOC" in bot.sent(CHAT)[0]
    skipped = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 1 and "900" in skipped[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]


async def test_edited_command_does_not_run_again(bot):
    await ask(bot, "/subscribe 8am")
    before = len(bot.sent(CHAT))
    entities = [{"type": "bot_command", "offset": 0, "length": 10}]
    bot.push_raw({"edited_message": {
        "message_id": 1, "date": 0, "edit_date": 1, "text": "/subscribe 9pm", "entities": entities,
        "chat": {"id": CHAT, "type": "private"},
        "from": {"id": CHAT, "is_bot": False, "first_name": "A"}}})
    await ask(bot, "what is KOC")
    assert len(bot.sent(CHAT)) == before + 1
    assert "08:00" in (await ask(bot, "/settings"))[-1]


async def test_text_without_sender_and_button_without_message_are_ignored(bot, caplog):
    caplog.set_level(logging.INFO)
    bot.push_raw({"message": {"message_id": 5, "date": 0, "text": "what is KOC",
                              "chat": {"id": CHAT, "type": "private"}}})
    update = bot.push_raw({"callback_query": {
        "id": "q1", "chat_instance": "c", "data": "1|t|brand_dept",
        "from": {"id": CHAT, "is_bot": False, "first_name": "A"}}})
    await ask(bot, "/help")
    assert len(bot.sent(CHAT)) == 1 and "/compare" in bot.sent(CHAT)[0]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert update["update_id"]


async def test_a_flooding_user_gets_one_note_and_others_are_not_slowed(bot, monkeypatch):
    from bot import ratelimit

    monkeypatch.setattr(ratelimit, "PRIVATE_BURST", 50)  # the guard alone, not chat pacing
    for i in range(40):
        bot.push_message(CHAT, f"what is KOC {i}")
    await ask(bot, "what does a media buyer do", chat_id=OTHER)
    await ask(bot, "what is KOC", chat_id=OTHER)
    await bot.wait_for_calls("sendMessage", 21, chat_id=CHAT)
    notes = [text for text in bot.sent(CHAT) if "faster than I can read" in text]
    assert len(notes) == 1
    assert len(bot.sent(CHAT)) == 21  # 20 answers, one note, then silence
    await ask(bot, "what is KOC", chat_id=OTHER)
    assert len(bot.sent(CHAT)) == 21


def test_flood_guard_forgives_after_the_quiet_time():
    from bot.flood import FloodGuard

    now = [0.0]
    guard = FloodGuard(limit=3, window=60, quiet=30, clock=lambda: now[0])
    assert [guard.check(1) for _ in range(5)] == ["ok", "ok", "ok", "note", "drop"]
    assert guard.check(2) == "ok"
    now[0] = 31.0
    assert guard.check(1) == "ok"


def test_log_level_comes_from_the_environment(monkeypatch):
    from bot.app import configure_logging
    from bot.settings import Settings

    root = logging.getLogger()
    saved = root.level, list(root.handlers)
    try:
        root.handlers.clear()
        monkeypatch.setenv("LOG_LEVEL", "debug")
        configure_logging("123:secret", Settings.from_env().log_level)
        assert root.level == logging.DEBUG
        assert logging.getLogger("httpx").level == logging.WARNING  # URLs carry the token
    finally:
        root.setLevel(saved[0])
        root.handlers[:] = saved[1]


async def test_one_chat_is_paced_after_a_burst_and_others_are_not_held_up(bot, monkeypatch):
    from bot import ratelimit

    monkeypatch.setattr(ratelimit, "PRIVATE_BURST", 3)
    mark = bot.mark()
    for i in range(6):
        bot.push_message(CHAT, f"what is KOC {i}")
    await bot.wait_for_calls("sendMessage", 3, chat_id=CHAT, after=mark)
    took = await _timed_ask(bot, OTHER)
    assert took < 0.5  # another chat goes straight through
    calls = await bot.wait_for_calls("sendMessage", 6, chat_id=CHAT, after=mark, timeout=8)
    assert calls[5].time - calls[2].time >= 2.5  # then about one a second for that chat


async def _timed_ask(fake, chat: int) -> float:
    import time

    start = time.monotonic()
    await ask(fake, "what does a media buyer do", chat_id=chat)
    return time.monotonic() - start
