"""bot/transport.py, the library's BaseRequest on aiohttp, against the fake Bot API: the wire
format (JSON, multipart), the library's errors, and bot/sending.py's reading of them (a failure
before the request was written is "not_sent" and resent; one after it is "maybe", never resent).
"""

from __future__ import annotations

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut

from bot import sending
from bot.transport import AiohttpRequest
from tests.fakebot import DEFAULT_TOKEN, UploadedFile
from tests.ports import free_port


async def test_messages_go_as_json_and_files_as_multipart(fake):
    request = AiohttpRequest(connection_pool_size=4)
    async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("媒介", callback_data="v1|x")]])
        message = await bot.send_message(42, "<b>媒介</b> 123", parse_mode="HTML",
                                         reply_markup=keyboard)
        await bot.send_photo(42, b"\x89PNG fake", caption="chart")
    call = fake.calls_for("sendMessage")[-1]
    assert call.params["text"] == "<b>媒介</b> 123" and call.params["chat_id"] == 42
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "v1|x"
    assert message.chat_id == 42 and message.reply_markup == keyboard
    photo = fake.calls_for("sendPhoto")[-1].params
    assert isinstance(photo["photo"], UploadedFile) and photo["photo"].data == b"\x89PNG fake"
    assert photo["caption"] == "chart"


async def test_a_refused_connection_is_surely_not_sent():
    request = AiohttpRequest(connect_timeout=2)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.post(f"http://127.0.0.1:{free_port()}/bot{DEFAULT_TOKEN}/sendMessage")
    finally:
        await request.shutdown()
    assert isinstance(caught.value.__cause__, aiohttp.ClientConnectorError)
    assert sending.outcome(caught.value) == "not_sent"


async def test_a_read_timeout_and_a_cut_connection_may_have_arrived(fake):
    request = AiohttpRequest(read_timeout=0.3)
    async with Bot(fake.token, base_url=fake.base_url, request=request) as bot:
        fake.hang_next("sendMessage", 2)
        with pytest.raises(TimedOut) as slow:
            await bot.send_message(42, "hello")
        fake.drop_next("sendMessage", after=True)
        with pytest.raises(NetworkError) as cut:
            await bot.send_message(42, "hello")
    assert sending.outcome(slow.value) == "maybe" and sending.outcome(cut.value) == "maybe"


def test_failures_before_the_request_was_written_are_not_sent():
    def caused(cause: BaseException) -> NetworkError:
        exc = NetworkError("x")
        exc.__cause__ = cause
        return exc

    closing = aiohttp.ClientOSError(None, "Can not write request body")
    closing.__cause__ = aiohttp.ClientConnectionResetError("Cannot write to closing transport")
    assert sending.outcome(caused(closing)) == "not_sent"
    assert sending.outcome(caused(aiohttp.ConnectionTimeoutError())) == "not_sent"
    assert sending.outcome(caused(aiohttp.ServerDisconnectedError())) == "maybe"
    assert sending.outcome(caused(aiohttp.SocketTimeoutError())) == "maybe"
    assert sending.outcome(caused(TimeoutError())) == "maybe"


async def test_a_sent_message_comes_back_without_the_echo_of_its_keyboard(fake):
    """SafeRequest drops what the Bot API echoes of a sent message (keyboard, entities), so the
    library does not parse it on every reply; the id, chat and text are kept."""
    async with Bot(fake.token, base_url=fake.base_url, request=sending.build_request()) as bot:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("媒介", callback_data="v1|x")]])
        message = await bot.send_message(42, "<b>媒介</b> 123", parse_mode="HTML",
                                         reply_markup=keyboard)
    sent = fake.calls_for("sendMessage")[-1].params
    assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "v1|x"
    assert message.message_id and message.chat_id == 42 and "媒介" in message.text
    assert message.reply_markup is None and message.entities == ()


def test_a_keyboard_is_built_and_serialised_once_as_the_library_would():
    from bot.views.model import Choice, View
    from bot.views.telegram import view_markup

    view = View(blocks=[], choices=[[Choice("a" * 70, "x"), Choice("b", "y")], []])
    keyboard = view_markup(view)
    plain = InlineKeyboardMarkup([[InlineKeyboardButton("a" * 64, callback_data="x"),
                                   InlineKeyboardButton("b", callback_data="y")]])
    assert keyboard is view_markup(View(blocks=[], choices=[[Choice("a" * 70, "x"),
                                                              Choice("b", "y")]]))
    assert keyboard == plain and keyboard.to_dict() == plain.to_dict()
    assert view_markup(View(blocks=[], choices=[[]])) is None


async def test_send_html_puts_on_the_wire_what_send_message_would(fake):
    """SafeBot.send_html (an answer, not parsed back into a Message) goes through the
    library's `_post` with the Defaults filled in as `send_message` does; this pins that."""
    from telegram import LinkPreviewOptions
    from telegram.constants import ParseMode
    from telegram.ext import Defaults

    defaults = Defaults(parse_mode=ParseMode.HTML, do_quote=False,
                        link_preview_options=LinkPreviewOptions(is_disabled=True))
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("媒介", callback_data="v1|x")]])
    async with sending.SafeBot(fake.token, base_url=fake.base_url, defaults=defaults,
                               request=sending.build_request()) as bot:
        message = await bot.send_message(42, "<b>媒介</b>", reply_markup=keyboard)
        message_id = await bot.send_html(42, "<b>媒介</b>", reply_markup=keyboard)
        await bot.send_message(42, "plain")
        await bot.send_html(42, "plain")
    calls = fake.calls_for("sendMessage")[-4:]
    assert calls[0].params == calls[1].params and calls[2].params == calls[3].params
    assert calls[0].params["parse_mode"] == "HTML"
    assert calls[0].params["link_preview_options"] == {"is_disabled": True}
    assert message_id == message.message_id + 1


_UNSET = object()  # an attribute never set (reading it would raise)


def _same(ours: object, theirs: object, where: str = "update") -> None:
    """Every attribute of two parsed objects, recursively: the bot by identity."""
    from telegram import TelegramObject

    assert type(ours) is type(theirs), where
    if isinstance(ours, TelegramObject):
        names = {name for cls in type(ours).__mro__ for name in getattr(cls, "__slots__", ())
                 if not name.startswith("__")}
        for name in sorted(names):
            mine, library = getattr(ours, name, _UNSET), getattr(theirs, name, _UNSET)
            if name == "_bot":
                assert mine is library, f"{where}.{name}"
            else:
                _same(mine, library, f"{where}.{name}")
    elif isinstance(ours, tuple | list):
        assert len(ours) == len(theirs), where
        for i, (mine, library) in enumerate(zip(ours, theirs, strict=True)):
            _same(mine, library, f"{where}[{i}]")
    else:
        assert ours == theirs, where


_ANN = {"id": 7, "is_bot": False, "first_name": "Ann", "language_code": "zh-hans"}


@pytest.mark.parametrize("message", [
    {"message_id": 1, "date": 1700000000, "chat": {"id": 7, "type": "private",
                                                   "first_name": "Ann"},
     "from": _ANN, "text": "品牌部是做什么的"},
    {"message_id": 2, "date": 1700000001, "chat": {"id": -5, "type": "group", "title": "G"},
     "from": _ANN, "text": "/role@career_bot kol",
     "entities": [{"type": "bot_command", "offset": 0, "length": 16}]},
    {"message_id": 3, "date": 1700000002, "chat": {"id": 7, "type": "private"}, "text": "hi",
     "entities": []},
    {"message_id": 4, "date": 1700000003, "chat": {"id": 7, "type": "private"}, "from": _ANN},
])
def test_a_plain_message_is_parsed_short_into_what_the_library_builds(message):
    """SafeBot parses a plain text message with the library's constructors, not
    Update.de_json (bot/sending.py `_plain_message`): every attribute must come out the same,
    with the bot's time zone."""
    import datetime as dtm

    from telegram import Update
    from telegram.ext import Defaults

    bot = sending.SafeBot(DEFAULT_TOKEN, defaults=Defaults(tzinfo=dtm.timezone(dtm.timedelta(
        hours=8))))
    raw = {"update_id": 10, "message": message}
    ours = sending._plain_message(raw, bot)
    assert ours is not None
    _same(ours, Update.de_json(raw, bot))
    assert ours.message.date.utcoffset() == dtm.timedelta(hours=8)
    _same(bot._parsed(raw), ours)


@pytest.mark.parametrize("raw", [
    {"update_id": 900, "message": {"message_id": 1, "date": 0, "chat": 5}},  # the poison one
    {"update_id": 901, "message": {"message_id": 1, "date": 0, "text": "x",
                                   "chat": {"id": 7, "type": "private"}}},
    {"update_id": 902, "message": {"message_id": 1, "date": 1, "text": "x", "chat": {
        "id": 7, "type": "private"}, "reply_to_message": {"message_id": 0, "date": 1,
                                                           "chat": {"id": 7, "type": "private"}}}},
    {"update_id": 903, "edited_message": {"message_id": 1, "date": 1, "edit_date": 2,
                                          "chat": {"id": 7, "type": "private"}, "text": "x"}},
    {"update_id": 904, "message": {"message_id": 1, "date": 1, "text": 5,
                                   "chat": {"id": 7, "type": "private"}}},
])
def test_anything_but_a_plain_message_is_left_to_the_library(raw):
    assert sending._plain_message(raw, sending.SafeBot(DEFAULT_TOKEN)) is None
