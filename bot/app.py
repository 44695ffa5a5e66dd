"""The Telegram application: set-up, handlers by feature, command menu, errors, and start-up.

Features register themselves through `FEATURES`: each adds its handlers, its buttons and its
deep links, so this module stays the same when a feature is added.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import importlib
import importlib.util
import logging
import os
import sqlite3
import sys
from collections.abc import Callable

from telegram import Bot, BotCommand, BotCommandScopeDefault, Update
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from knowledge.engine import Engine

from . import ask, guards, sending, statedb
from .context import Services, reply_lang
from .ratelimit import CareerRateLimiter
from .settings import Settings
from .store import StateStore
from .texts import t

log = logging.getLogger("careerbot")

COMMANDS = {
    "en": [
        ("start", "Welcome and menu"),
        ("help", "How to ask, and all commands"),
        ("role", "What a role or department does"),
        ("compare", "Compare two jobs: /compare A | B"),
        ("switch", "Move between jobs: /switch FROM | TO"),
        ("lang", "Reply language"),
        ("about", "About this bot and its sources"),
    ],
    "zh": [
        ("start", "欢迎与菜单"),
        ("help", "怎么提问，全部命令"),
        ("role", "查一个岗位或部门"),
        ("compare", "对比两个岗位：/compare A | B"),
        ("switch", "怎么转岗：/switch 现在 | 目标"),
        ("lang", "回复语言"),
        ("about", "关于本机器人和知识来源"),
    ],
}

# Feature modules beside this one, each offering `register(app)`: it adds its handlers, its
# buttons (bot_data["button_handlers"][action]), deep links (bot_data["deep_links"][name]),
# menu commands (bot_data["extra_commands"]) and help lines (bot_data["help_more"]).
FEATURES: list[str] = ["tips", "quiz", "admin"]


class RedactToken(logging.Filter):
    """Belt and braces: whatever logs a URL, the token is replaced before the line is written."""

    def __init__(self, token: str | None):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg = message.replace(self.token, "<token>")
                record.args = ()
        return True


def configure_logging(token: str | None) -> None:
    level = (os.environ.get("LOG_LEVEL") or "INFO").strip().upper()
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        level=level if level in logging.getLevelNamesMapping() else logging.INFO,
    )
    # httpx logs every request URL at INFO, and the URL carries the token.
    for noisy in ("httpx", "httpcore", "telegram.request", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


def build_application(
    settings: Settings, engine: Engine | None = None, store: StateStore | None = None
) -> Application:
    settings.ensure_data_dir()
    engine = engine or Engine.open(settings.data_dir)
    store = store or StateStore(settings.data_dir / "state.db", busy_timeout=statedb.BUSY_TIMEOUT)
    builder = (
        ApplicationBuilder()
        .token(settings.token or "")
        # One limiter for replies and broadcasts: replies first (bot/ratelimit.py)
        .rate_limiter(CareerRateLimiter())
        # resends what surely did not arrive, never what may have (bot/sending.py)
        .request(sending.build_request())
        .get_updates_request(sending.build_request(polling=True))
        .post_init(post_init)
        .concurrent_updates(64)  # one chat waiting for its send slot must not hold up others
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url)
    app = builder.build()
    app.bot_data["services"] = Services(settings, engine, store)
    app.bot_data.setdefault("button_handlers", {})
    app.bot_data.setdefault("deep_links", {})
    guards.register(app)
    add_handlers(app)
    return app


def add_handlers(app: Application) -> None:
    for name in FEATURES:
        if importlib.util.find_spec(f"bot.{name}") is None:
            log.warning("feature %s is not installed", name)
            continue
        importlib.import_module(f"bot.{name}").register(app)
    app.add_handler(CommandHandler("start", ask.start))
    app.add_handler(CommandHandler("help", ask.help_command))
    app.add_handler(CommandHandler("about", ask.about))
    app.add_handler(CommandHandler("lang", ask.lang_command))
    app.add_handler(CommandHandler("role", ask.role))
    app.add_handler(CommandHandler("compare", ask.compare))
    app.add_handler(CommandHandler("switch", ask.switch))
    app.add_handler(CallbackQueryHandler(ask.button))
    # New messages only: an edited message is not asked again.
    new = filters.UpdateType.MESSAGE
    private_text = new & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    group_mention = (
        filters.ChatType.GROUPS
        & filters.TEXT
        & ~filters.COMMAND
        & (filters.Entity("mention") | filters.REPLY)
    )
    app.add_handler(MessageHandler(private_text, ask.question))
    app.add_handler(MessageHandler(group_mention, _group_question))
    app.add_handler(
        MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, ask.unknown_command)
    )
    app.add_handler(
        MessageHandler(
            new
            & filters.ChatType.PRIVATE
            & ~filters.TEXT
            & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL,
            ask.not_text,
        )
    )
    app.add_error_handler(on_error)


async def _group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: only messages that mention this bot or reply to it are questions."""
    message = update.effective_message
    username = (context.bot.username or "").lower()
    mentioned = username and f"@{username}" in (message.text or "").lower()
    replied = (
        message.reply_to_message
        and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if mentioned or replied:
        await ask.question(update, context)


async def post_init(app: Application) -> None:
    """The command menu, in English by default and Chinese for Chinese-language clients."""
    extra = app.bot_data.get("extra_commands", {"en": [], "zh": []})
    for code, commands in COMMANDS.items():
        listed = [BotCommand(c, d) for c, d in [*commands, *extra.get(code, [])]]
        if code == "en":
            await app.bot.set_my_commands(listed, scope=BotCommandScopeDefault())
        await app.bot.set_my_commands(listed, scope=BotCommandScopeDefault(), language_code=code)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure and tell the user something went wrong; never let one update stop the bot.
    No apology after an answer went out, nor when the failed send may have arrived."""
    if not isinstance(update, Update) and isinstance(context.error, TelegramError):
        log.debug("polling error (logged by bot/sending.py): %s", context.error)
        return
    if isinstance(context.error, sqlite3.Error):
        await _state_unavailable(update, context)
        return
    if isinstance(context.error, NetworkError):
        log.warning("update %s not fully answered: %s", getattr(update, "update_id", "-"),
                    type(context.error).__name__)
    else:
        log.error("error while handling an update", exc_info=context.error)
    if not sending.apology_due(context.error):
        return
    if isinstance(update, Update) and update.effective_chat:
        try:
            lang = reply_lang(update, context)
            await context.bot.send_message(update.effective_chat.id, html.escape(t("error", lang)))
        except (TelegramError, KeyError):
            pass


async def _state_unavailable(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """state.db cannot be written (locked, read-only): say so plainly, as the reply."""
    log.warning("update %s: state.db unavailable (%s)", getattr(update, "update_id", "-"),
                context.error)
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None:
        return
    try:
        lang = reply_lang(update, context)  # type: ignore[arg-type]
    except sqlite3.Error:
        lang = "en"
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(chat.id, t("state_unavailable", lang))


async def _preflight(settings: Settings) -> None:
    """Ask the Bot API who we are before starting, so a bad token or an unreachable server is
    one clear line instead of the library's own traceback."""
    kwargs = {"base_url": settings.api_base_url} if settings.api_base_url else {}
    async with Bot(settings.token or "", **kwargs) as bot:
        await bot.get_me()


def run(settings: Settings, announce: Callable[[str], None] | None = None) -> int:
    """Long polling until interrupted; start-up failures become one line, not a traceback."""
    configure_logging(settings.token)
    # The engine runs in a worker thread (so "typing…" can show if it is ever slow); a short
    # switch interval keeps that thread from holding the event loop for 5 ms at a time.
    sys.setswitchinterval(0.0005)
    say = announce or (lambda line: print(line, file=sys.stderr))
    try:
        asyncio.run(_preflight(settings))
        problem = statedb.check(settings.data_dir / "state.db")
        if problem:
            say(f"careerbot: {problem}")
        app = build_application(settings)
        say("CareerBot is starting (long polling)…")
        app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except InvalidToken:
        say("careerbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return 2
    except (NetworkError, TimedOut) as exc:
        where = settings.api_base_url or "api.telegram.org"
        say(f"careerbot: cannot reach the Telegram Bot API at {where} ({type(exc).__name__})")
        return 3
    except statedb.StateDBError as exc:
        say(f"careerbot: {exc}")
        return 4
    return 0
