"""Tests for the fake Bot API server, driven by the real python-telegram-bot client."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
import warnings

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Poll,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    PollAnswerHandler,
)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from tests.fakebot import BOT_USERNAME, CLIENT_CLOSED, FakeBotAPI, UploadedFile, polling

# PTB itself reads RetryAfter.retry_after while constructing the exception
pytestmark = pytest.mark.filterwarnings(
    "ignore:.*`retry_after`:telegram.warnings.PTBDeprecationWarning"
)

KEYBOARD = InlineKeyboardMarkup(
    [[InlineKeyboardButton("Marketing", callback_data="track:marketing")]]
)


@pytest.fixture
async def fake():
    async with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(fake):
    async with Bot(fake.token, base_url=fake.base_url) as client:
        yield client


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else value


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    name = update.effective_user.first_name
    await update.message.reply_text(f"Hi {name}! Pick a track.", reply_markup=KEYBOARD)


async def on_track(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer("Saved")
    await query.edit_message_text(f"Track: {query.data.split(':', 1)[1]}")


def build_app(fake: FakeBotAPI):
    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(on_track, pattern=r"^track:"))
    return app


# ------------------------------------------------------------------ basics


async def test_get_me(fake, bot):
    me = await bot.get_me()
    assert me.username == BOT_USERNAME
    assert me.is_bot and me.id == 123456
    assert bot.username == BOT_USERNAME
    assert fake.calls_for("getMe")[0].ok
    method, params, when = fake.calls[0]
    assert method == "getMe" and params == {} and when <= time.monotonic()


async def test_wrong_token_is_unauthorized(fake):
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong-token", base_url=fake.base_url):
            pass
    assert fake.stats["401"] == 1
    assert fake.calls == []
    url = f"{fake.base_url}999:wrong-token/getMe"
    async with aiohttp.ClientSession() as session, session.post(url) as resp:
        assert resp.status == 401
        assert await resp.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }


async def test_raw_wire_formats_and_unknown_methods(fake):
    url = f"{fake.base_url}{fake.token}"
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{url}/getMe") as resp:
            assert (await resp.json())["result"]["username"] == BOT_USERNAME
        # PTB style: form fields, strings verbatim, everything else JSON-encoded
        form = {"chat_id": "3", "text": "true", "reply_markup": json.dumps(markup)}
        async with session.post(f"{url}/sendMessage", data=form) as resp:
            body = await resp.json()
            assert body["ok"] and body["result"]["text"] == "true"
            assert body["result"]["reply_markup"] == markup
        async with session.post(f"{url}/sendMessage", json={"chat_id": 3, "text": "123"}) as resp:
            assert (await resp.json())["result"]["message_id"] == 2
        async with session.get(f"{url}/sendChatAction?chat_id=3&action=typing") as resp:
            assert (await resp.json()) == {"ok": True, "result": True}
        async with session.post(f"{url}/someFutureMethod", data={"x": "[1, 2]"}) as resp:
            assert await resp.json() == {"ok": True, "result": True}
        async with session.get(f"http://127.0.0.1:{fake.port}/nothing") as resp:
            assert resp.status == 404

    first, second = fake.calls_for("sendMessage")
    assert first.params == {"chat_id": 3, "text": "true", "reply_markup": markup}
    assert second.params["text"] == "123"  # text is never JSON-decoded
    assert fake.calls_for("sendChatAction")[0].params == {"chat_id": 3, "action": "typing"}
    assert fake.calls_for("someFutureMethod")[0].params == {"x": [1, 2]}
    assert fake.stats["someFutureMethod"] == 1
    assert fake.sent(3) == ["true", "123"]


async def test_multipart_upload(fake, bot):
    msg = await bot.send_document(3, document=b"CV bytes", filename="cv.txt", caption="My CV")
    assert msg.document.file_name == "cv.txt" and msg.document.file_size == 8
    [call] = fake.calls_for("sendDocument")
    assert call.params["chat_id"] == 3
    upload = call.params["document"]
    assert isinstance(upload, UploadedFile)
    assert upload.filename == "cv.txt" and upload.data == b"CV bytes"
    assert fake.sent(3) == ["My CV"]


# ------------------------------------------------------------------ Application end to end


async def test_start_command_through_application(fake):
    async with polling(build_app(fake)):
        fake.push_message(42, "/start")
        [call] = await fake.wait_for_calls("sendMessage", chat_id=42)
        mark = fake.mark()
        fake.push_message(
            -100123, f"/start@{BOT_USERNAME}", chat_type="supergroup", user_id=5, first_name="Bo"
        )
        await fake.wait_for_calls("sendMessage", chat_id=-100123, after=mark)
    assert call.ok and call.params["text"] == "Hi Ann! Pick a track."
    assert fake.sent(42) == ["Hi Ann! Pick a track."]
    assert fake.sent(-100123) == ["Hi Bo! Pick a track."]
    last = fake.last_message(42)
    assert last["reply_markup"] == KEYBOARD.to_dict()
    assert "reply_to_message" not in last  # reply_text only quotes in groups
    group_reply = fake.last_message(-100123)
    assert group_reply["reply_to_message"]["text"] == f"/start@{BOT_USERNAME}"
    assert fake.calls_for("getMe") and fake.calls_for("deleteWebhook")
    assert fake.pending_updates == []  # the final getUpdates on stop confirmed everything


async def test_callback_press_edits_message(fake):
    async with polling(build_app(fake)):
        fake.push_message(42, "/start")
        await fake.wait_for_calls("sendMessage", chat_id=42)
        mark = fake.mark()
        update = fake.press_button(42, "Marketing")
        await fake.wait_for_calls("editMessageText", chat_id=42, after=mark)
    [answer] = fake.calls_for("answerCallbackQuery", after=mark)
    assert answer.params["callback_query_id"] == update["callback_query"]["id"]
    assert answer.params["text"] == "Saved"
    assert update["callback_query"]["data"] == "track:marketing"
    assert fake.last_message(42)["text"] == "Track: marketing"
    assert "reply_markup" not in fake.last_message(42)  # editing without markup drops it
    assert fake.sent(42) == ["Hi Ann! Pick a track."]  # history is as sent


async def test_poll_answer_reaches_application(fake):
    answers = []

    async def on_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        answers.append(update.poll_answer.option_ids)
        await context.bot.send_message(update.poll_answer.user.id, "Thanks!")

    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(PollAnswerHandler(on_answer))
    async with polling(app):
        msg = await app.bot.send_poll(9, "Best first job?", ["Brand", "Growth"], is_anonymous=False)
        fake.push_poll_answer(msg.poll.id, 9, [1])
        await fake.wait_for_calls("sendMessage", chat_id=9)
    assert answers == [(1,)]
    assert fake.polls[msg.poll.id]["options"][1]["voter_count"] == 1


# ------------------------------------------------------------------ state


async def test_edits_and_deletes_update_stored_messages(fake, bot):
    msg = await bot.send_message(7, "v1", reply_markup=KEYBOARD)
    assert msg.message_id == 1 and msg.chat.id == 7 and msg.reply_markup == KEYBOARD
    assert (await bot.send_message(7, "other")).message_id == 2
    assert (await bot.send_message(8, "elsewhere")).message_id == 1  # ids are per chat

    edited = await bot.edit_message_text("v2", chat_id=7, message_id=1, reply_markup=KEYBOARD)
    assert edited.text == "v2" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("v2", chat_id=7, message_id=1, reply_markup=KEYBOARD)
    await bot.edit_message_reply_markup(chat_id=7, message_id=1, reply_markup=None)
    assert fake.message(7, 1)["text"] == "v2" and "reply_markup" not in fake.message(7, 1)

    assert await bot.delete_message(7, 2)
    assert [m["text"] for m in fake.messages(7)] == ["v2"]
    assert fake.last_message(7)["message_id"] == 1
    assert fake.sent(7) == ["v1", "other"]
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=7, message_id=2)
    with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
        big = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="x" * 65)]])
        await bot.send_message(7, "too much data", reply_markup=big)
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(7, " ")

    await bot.send_message(7, "pick", reply_markup=ReplyKeyboardMarkup([["A", "B"]]))
    assert fake.keyboards[7]["keyboard"][0][0]["text"] == "A"


async def test_get_updates_offset_limit_and_long_polling(fake, bot):
    fake.push_message(5, "hello")
    fake.push_message(5, "/help me")
    updates = await bot.get_updates(timeout=0)
    assert [u.message.text for u in updates] == ["hello", "/help me"]
    assert updates[1].message.entities[0].type == "bot_command"
    assert updates[1].message.entities[0].length == 5

    later = await bot.get_updates(offset=updates[0].update_id + 1, limit=1)
    assert [u.update_id for u in later] == [updates[1].update_id]
    assert len(fake.pending_updates) == 1  # the first one was confirmed and dropped

    offset = updates[1].update_id + 1
    asyncio.get_running_loop().call_later(0.2, fake.push_message, 5, "late")
    started = time.monotonic()
    arrived = await bot.get_updates(offset=offset, timeout=5)
    assert time.monotonic() - started < 2  # returned early
    assert [u.message.text for u in arrived] == ["late"]

    started = time.monotonic()
    assert await bot.get_updates(offset=arrived[0].update_id + 1, timeout=0.3) == ()
    assert 0.25 <= time.monotonic() - started < 2


async def test_entities_use_utf16_offsets(fake, bot):
    fake.push_message(5, "😀 hi @careerbot_test_bot", mentions=True)
    fake.push_message(5, "/start@careerbot_test_bot deep-link")
    first, second = await bot.get_updates()
    assert first.message.parse_entities() == {first.message.entities[0]: "@careerbot_test_bot"}
    assert first.message.entities[0].offset == 6  # the emoji is two UTF-16 code units
    assert second.message.entities[0].type == "bot_command"
    assert second.message.entities[0].length == len("/start@careerbot_test_bot")


async def test_push_raw_and_callback_on_unknown_message(fake, bot):
    raw = fake.push_raw({"future_update": {"x": 1}})
    update = fake.push_callback(5, 99, "stale")
    got = await bot.get_updates()
    assert got[0].update_id == raw["update_id"]
    assert got[0].api_kwargs == {"future_update": {"x": 1}}
    assert got[1].callback_query.message.message_id == 99
    assert got[1].callback_query.data == "stale"
    assert got[1].update_id == update["update_id"]

    fake.push_raw({"message": {"message_id": 1}})  # no date/chat: PTB cannot parse it
    with pytest.raises(Exception):  # noqa: B017 - PTB's parse error type is unspecified
        await bot.get_updates(offset=got[1].update_id + 1)


async def test_second_poller_gets_conflict(fake, bot):
    async with Bot(fake.token, base_url=fake.base_url) as other:
        first = asyncio.create_task(bot.get_updates(timeout=3))
        await fake.wait_for_calls("getUpdates", completed=False)
        assert await other.get_updates(timeout=0) == ()
        with pytest.raises(Conflict, match="(?i)terminated by other getUpdates"):
            await first


async def test_commands_per_scope_and_language(fake, bot):
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("jobs", "Browse jobs")])
    await bot.set_my_commands([BotCommand("start", "Starten")], language_code="de")
    await bot.set_my_commands([("help", "Help")], scope=BotCommandScopeChat(42))

    assert [c.command for c in await bot.get_my_commands()] == ["start", "jobs"]
    assert [c.description for c in await bot.get_my_commands(language_code="de")] == ["Starten"]
    assert (await bot.get_my_commands(scope=BotCommandScopeChat(42)))[0].command == "help"
    assert await bot.get_my_commands(scope=BotCommandScopeChat(43)) == ()
    assert fake.commands(language_code="de") == [{"command": "start", "description": "Starten"}]

    assert await bot.delete_my_commands(language_code="de")
    assert await bot.get_my_commands(language_code="de") == ()
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


async def test_descriptions_per_language(fake, bot):
    await bot.set_my_description("A bot")
    await bot.set_my_description("Ein Bot", language_code="de")
    await bot.set_my_short_description("Short", language_code="de")
    assert (await bot.get_my_description(language_code="de")).description == "Ein Bot"
    assert (await bot.get_my_description(language_code="fr")).description == "A bot"
    assert (await bot.get_my_short_description(language_code="de")).short_description == "Short"
    assert fake.descriptions == {"": "A bot", "de": "Ein Bot"}
    assert fake.short_descriptions == {"de": "Short"}
    await bot.set_my_description("", language_code="de")
    assert "de" not in fake.descriptions
    with pytest.raises(BadRequest, match="(?i)too long"):
        await bot.set_my_short_description("x" * 121)
    with pytest.raises(BadRequest, match="(?i)language code"):
        await bot.set_my_description("x", language_code="zh-Hant")


async def test_quiz_poll_and_stop(fake, bot):
    msg = await bot.send_poll(
        9,
        "Which role is most metrics-driven?",
        ["Brand", "Growth marketing", "PR"],
        type=Poll.QUIZ,
        correct_option_ids=[1],
        explanation="Growth lives on funnels",
        is_anonymous=False,
    )
    assert isinstance(msg, Message)
    assert msg.poll.type == Poll.QUIZ and msg.poll.correct_option_ids == (1,)
    assert msg.poll.explanation == "Growth lives on funnels"
    assert [o.text for o in msg.poll.options] == ["Brand", "Growth marketing", "PR"]

    fake.push_poll_answer(msg.poll.id, 9, [1])
    [update] = await bot.get_updates()
    assert update.poll_answer.poll_id == msg.poll.id and update.poll_answer.option_ids == (1,)

    stopped = await bot.stop_poll(9, msg.message_id)
    assert stopped.is_closed and stopped.total_voter_count == 1
    with pytest.raises(BadRequest, match="(?i)already been closed"):
        await bot.stop_poll(9, msg.message_id)
    assert await bot.set_chat_menu_button()
    assert await bot.close() and await bot.log_out()


# ------------------------------------------------------------------ faults and rates


async def test_fail_next_429_raises_retry_after(fake, bot):
    fake.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(1, "x")
    assert retry_seconds(caught.value) == 7
    assert (await bot.send_message(1, "x")).text == "x"  # only the next call failed
    assert [c.status for c in fake.calls_for("sendMessage")] == [429, 200]
    assert fake.stats["429"] == 1 and fake.stats["sendMessage"] == 2
    assert fake.sent(1) == ["x"]


async def test_fail_next_403_for_one_chat(fake, bot):
    fake.fail_next("sendMessage", status=403, chat_id=2)
    await bot.send_message(1, "fine")
    with pytest.raises(Forbidden, match="(?i)bot was blocked by the user"):
        await bot.send_message(2, "x")
    await bot.send_message(2, "again")
    assert fake.sent(2) == ["again"]


@pytest.mark.parametrize(
    ("status", "error", "match"),
    [
        (500, NetworkError, "Internal Server Error"),
        (400, BadRequest, "(?i)message is not modified"),
    ],
)
async def test_fail_next_other_statuses(fake, bot, status, error, match):
    fake.fail_next("editMessageText", status=status, times=2)
    await bot.send_message(1, "x")
    for _ in range(2):
        with pytest.raises(error, match=match):
            await bot.edit_message_text("y", chat_id=1, message_id=1)
    assert (await bot.edit_message_text("y", chat_id=1, message_id=1)).text == "y"


async def test_hang_next_times_out(fake):
    async with Bot(
        fake.token, base_url=fake.base_url, request=HTTPXRequest(read_timeout=0.2)
    ) as slow:
        fake.hang_next("sendMessage", 1)
        with pytest.raises(TimedOut):
            await slow.send_message(1, "x")
    [call] = await fake.wait_for_calls("sendMessage", timeout=2)
    assert call.status == CLIENT_CLOSED  # PTB hung up; the server dropped the request
    assert fake.sent(1) == []


async def test_rate_limit_global(fake, bot):
    fake.set_rate_limit(3)
    outcomes = []
    for i in range(5):
        try:
            await bot.send_message(1 + i % 2, f"m{i}")
            outcomes.append("ok")
        except RetryAfter as exc:
            assert retry_seconds(exc) == 1
            outcomes.append("429")
    assert outcomes == ["ok", "ok", "ok", "429", "429"]
    assert fake.stats["429"] == 2 and fake.stats["rate_limited"] == 2
    await bot.send_chat_action(1, "typing")  # other methods are not limited


async def test_rate_limit_per_chat_sliding_window(fake, bot):
    fake.set_rate_limit(100, per_chat_per_second=1, window=0.5)
    await bot.send_message(1, "a")
    with pytest.raises(RetryAfter):
        await bot.send_message(1, "b")
    await bot.send_message(2, "c")
    await asyncio.sleep(0.55)
    await bot.send_message(1, "d")
    assert fake.sent(1) == ["a", "d"] and fake.stats["429"] == 1
    fake.set_rate_limit(None)
    for text in "efg":
        await bot.send_message(1, text)


# ------------------------------------------------------------------ bounded behaviour


async def test_wait_for_calls_times_out(fake):
    with pytest.raises(TimeoutError, match="sendMessage"):
        await fake.wait_for_calls("sendMessage", timeout=0.1)


async def test_stop_wakes_long_poll_promptly():
    server = FakeBotAPI()
    await server.start()
    async with Bot(server.token, base_url=server.base_url) as client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await server.wait_for_calls("getUpdates", completed=False)
        started = time.monotonic()
        await server.stop()
        assert time.monotonic() - started < 3
        assert await poll == ()
        await server.stop()  # idempotent
