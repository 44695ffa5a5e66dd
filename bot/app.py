"""The Telegram application: set-up, handlers by feature, command menu, errors, and start-up.

Features come from bot/features (`FEATURES`): each installs its handlers, buttons and deep links
and declares its menu entries, commands and help, so this module stays the same when a feature
is added.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import sqlite3
import sys
from collections.abc import Callable

from telegram import Bot, BotCommand, BotCommandScopeDefault, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    TypeHandler,
)
from telegram.request import BaseRequest

from knowledge.engine import Engine
from knowledge.open import open_engine
from knowledge.text.langs import Lang

from . import guards, heap, sending, statedb
from .context import CONTEXT_TYPES, Services, every_update, reply_lang
from .features import FEATURES
from .features import start as core
from .features.base import Feature
from .health import Heartbeat
from .ratelimit import CareerRateLimiter, SharedSlots, bot_id
from .settings import Settings
from .storage import open_store
from .store import StateStore
from .texts import t

log = logging.getLogger("careerbot")

# The core's part of the command menu, in this order (the features' follow: `menu_commands`);
# each description is `cmd_<name>` in the catalog. /role, /compare and /switch are the ask
# feature's, listed here to keep them near the top.
COMMANDS: list[str] = ["start", "help", "role", "compare", "switch", "lang", "about"]

# Telegram picks a menu and description by the client's two-letter language code, so zh-Hant
# readers cannot be told apart from zh-Hans ones there: "zh" gets Simplified (most of our
# readers; Traditional readers read it easily), and replies still follow the reader's script.
# None is the default for every other language.
MENU_LANGUAGES: dict[str | None, Lang] = {None: "en", "en": "en", "zh": "zh-Hans"}
PROFILE_TIMEOUT = 10.0  # seconds per language for the description calls at start-up


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


def configure_logging(token: str | None, level: str = "INFO") -> None:
    """`level`: Settings.log_level (LOG_LEVEL)."""
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
    settings: Settings,
    engine: Engine | None = None,
    store: StateStore | None = None,
    features: list[Feature] | None = None,
    get_updates_request: BaseRequest | None = None,
) -> Application:
    """The bot with `features` (default: bot/features' FEATURES) and the core."""
    settings.ensure_data_dir()
    engine = engine or open_engine(settings.knowledge_dir, settings.kb_source)
    store = store or open_store(settings.state_location, busy_timeout=statedb.BUSY_TIMEOUT)
    where = {"base_url": settings.api_base_url} if settings.api_base_url else {}
    # a poison update is skipped, each parsed once (bot/sending.py)
    bot = sending.SafeBot(
        settings.token or "",
        # resends what surely did not arrive, never what may have (bot/sending.py)
        request=sending.build_request(),
        # the heartbeat's (bot/health.py) is one too, built by sending.build_request
        get_updates_request=get_updates_request or sending.build_request(polling=True),
        # One limiter for replies and broadcasts: replies first, broadcasts on send slots
        # shared through state.db with a cron `careerbot tips send` (bot/ratelimit.py)
        rate_limiter=CareerRateLimiter(shared=shared_slots(settings, store)),
        # Every message is HTML (views are rendered to it) and shows no link previews.
        defaults=Defaults(parse_mode=ParseMode.HTML,
                          link_preview_options=LinkPreviewOptions(is_disabled=True),
                          do_quote=False),
        **where,
    )
    app = (
        ApplicationBuilder()
        .bot(bot)
        .post_init(post_init)
        .post_stop(post_stop)
        .concurrent_updates(64)  # one chat waiting for its send slot must not hold up others
        .context_types(CONTEXT_TYPES)
        .build()
    )
    app.bot_data["services"] = Services(settings, engine, store)
    app.bot_data["features"] = list(FEATURES if features is None else features)
    guards.register(app)
    add_handlers(app)
    return app


# How long the send-slot connection waits for another process's lock (in a worker thread;
# past it, the process paces alone for a while: bot/ratelimit.py).
SLOTS_BUSY_TIMEOUT = 1.0


def shared_slots(settings: Settings, store: StateStore) -> SharedSlots:
    """The send-slot timeline this bot shares with other processes using its token, on a
    connection of its own (opened in the worker thread that first uses it)."""
    return SharedSlots(lambda: store.reopened(busy_timeout=SLOTS_BUSY_TIMEOUT),
                       bot_id(settings.token))


def add_handlers(app: Application) -> None:
    # Before any handler: remember the user and work out the reply language.
    app.add_handler(TypeHandler(Update, every_update), group=-1)
    for feature in app.bot_data["features"]:
        feature.install(app)
    core.FEATURE.install(app)  # /start, /help, /lang and the fallbacks come after the features
    app.add_error_handler(on_error)


async def post_init(app: Application) -> None:
    """The command menu, description and short description, per menu language (catalog);
    the engine warms up meanwhile, off the event loop, for the first question."""
    warming = asyncio.get_running_loop().run_in_executor(
        None, app.bot_data["services"].engine.warm_up
    )
    warming.add_done_callback(_warmed)
    names = menu_commands(app.bot_data["features"])
    for code, lang in MENU_LANGUAGES.items():
        where = {"language_code": code} if code else {}
        listed = [BotCommand(name, t(f"cmd_{name}", lang)) for name in names]
        await app.bot.set_my_commands(listed, scope=BotCommandScopeDefault(), **where)
        try:
            await asyncio.wait_for(_set_profile(app.bot, lang, where), PROFILE_TIMEOUT)
        except (TelegramError, TimeoutError) as exc:  # cosmetic: never a reason not to start
            log.warning("could not set the bot's description (%s): %r", code or "default", exc)


def _warmed(done: asyncio.Future) -> None:
    """A failed warm-up costs the first question its time, nothing else: said in the log."""
    if not done.cancelled() and done.exception() is not None:
        log.warning("engine warm-up failed: %r", done.exception())
    elif not done.cancelled():
        heap.refreeze()


async def post_stop(app: Application) -> None:
    """The question log entries still queued (bot/writes.py) are written before the store
    closes."""
    await app.bot_data["services"].writes.flush()


def menu_commands(features: list[Feature]) -> list[str]:
    """The command menu: the core's commands, then each feature's, in feature order."""
    return [*COMMANDS, *(name for feature in features for name in feature.commands)]


async def _set_profile(bot: Bot, lang: Lang, where: dict[str, str]) -> None:
    """Description and short description, set only when they changed: Telegram limits these
    calls hard (a RetryAfter can ask for hours; post_init gives up after PROFILE_TIMEOUT)."""
    description = t("bot_description", lang)
    if (await bot.get_my_description(**where)).description != description:
        await bot.set_my_description(description, **where)
    short = t("bot_short_description", lang)
    if (await bot.get_my_short_description(**where)).short_description != short:
        await bot.set_my_short_description(short, **where)


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
        text = html.escape(t("state_unavailable", lang), quote=False)  # no HTML in it
        await context.bot.send_message(chat.id, text)


def check_state(settings: Settings, say: Callable[[str], None]) -> None:
    """One line at start when state.db is missing, read-only or locked; raises
    `statedb.StateDBError` (exit code 4) when it is not a database (bot/statedb.py)."""
    problem = statedb.check(settings.state_location)
    if problem:
        say(f"careerbot: {problem}")


async def _preflight(settings: Settings) -> None:
    """Ask the Bot API who we are before starting, so a bad token or an unreachable server is
    one clear line instead of the library's own traceback."""
    kwargs = {"base_url": settings.api_base_url} if settings.api_base_url else {}
    async with Bot(settings.token or "", **kwargs) as bot:
        await bot.get_me()


def run(settings: Settings, announce: Callable[[str], None] | None = None) -> int:
    """Long polling until interrupted; start-up failures become one line, not a traceback."""
    configure_logging(settings.token, settings.log_level)
    # Worker threads (the engine when few questions are in flight, a first org chart, the
    # question log, shared send slots) run beside the loop; a short switch interval keeps one
    # from holding the event loop for 5 ms at a time.
    sys.setswitchinterval(0.0005)
    say = announce or (lambda line: print(line, file=sys.stderr))
    heartbeat = Heartbeat(settings.heartbeat_path)
    heartbeat.clear()
    try:
        asyncio.run(_preflight(settings))
        check_state(settings, say)
        app = build_application(settings, get_updates_request=heartbeat.request())
        heap.settle()
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
    finally:
        heartbeat.clear()  # a stopped bot is not a healthy one
    return 0
