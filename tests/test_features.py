"""A feature is a package that declares itself: adding one changes no core code."""

from __future__ import annotations

import pytest
from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import callbacks, texts
from bot.app import build_application
from bot.features import FEATURES
from bot.features.base import Feature, MenuEntry, Session
from bot.features.replies import reply
from bot.views.model import Choice, View, note
from knowledge.i18n import Catalog
from tests.conftest import make_settings
from tests.fakebot import polling
from tests.test_bot_e2e import ask, buttons

callbacks.register("echo", "e", 1)


async def echo(update: Update, context) -> None:
    word = " ".join(context.args or []) or "…"
    view = note(f"{word} ({context.lang})", [[Choice("again", callbacks.encode("echo", "x"))]])
    await reply(update, context, [view])


async def echo_again(update: Update, context) -> None:
    await update.callback_query.answer()
    await reply(update, context, [note("again!")])


def install(app: Application) -> None:
    app.add_handler(CommandHandler("echo", echo))
    app.add_handler(CallbackQueryHandler(echo_again, pattern=callbacks.pattern("echo")))


def chat_echo(session: Session, args: str) -> list[View]:
    return [note(args)]


ECHO = Feature(
    name="echo",
    install=install,
    commands=("echo",),  # described by cmd_echo in the catalog
    help_keys=("echo_help",),
    menu=(MenuEntry("echo", "btn_back", 3, echo, chat_echo),),
    chat_commands={"echo": chat_echo},
)


# A feature's texts, as bot/features/echo/locales/<locale>/echo.ftl would hold them.
ECHO_TEXTS = {
    "en": "cmd_echo = Say it back\necho_help = /echo WORDS: say it back\n",
    "zh-Hans": "cmd_echo = 复读\necho_help = /echo 文字：复读一遍\n",
    "zh-Hant": "cmd_echo = 複讀\necho_help = /echo 文字：重複一遍\n",
}


@pytest.fixture
def echo_texts(tmp_path, monkeypatch):
    for locale, text in ECHO_TEXTS.items():
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "echo.ftl").write_text(text, encoding="utf-8")
    monkeypatch.setattr(texts, "CATALOG", Catalog([*texts.CATALOG.dirs, tmp_path]))


async def test_a_new_feature_plugs_into_menu_help_commands_and_buttons(fake, data_dir, engine,
                                                                       echo_texts):
    app = build_application(make_settings(fake, data_dir), engine=engine,
                            features=[*FEATURES, ECHO])
    async with polling(app):
        await app.post_init(app)
        assert {"command": "echo", "description": "Say it back"} in fake.commands(
            language_code="en")
        assert {"command": "echo", "description": "复读"} in fake.commands(language_code="zh")
        assert "/echo WORDS" in await ask(fake, "/help")
        await ask(fake, "/start")
        assert callbacks.encode("menu", "echo") in [data for _, data in buttons(fake)]
        assert "hello (en)" in await ask(fake, "/echo hello")
        mark = fake.mark()
        fake.push_callback(1001, fake.last_message(1001)["message_id"], buttons(fake)[0][1])
        calls = await fake.wait_for_calls("sendMessage", chat_id=1001, after=mark)
        assert calls[-1].params["text"] == "again!"
