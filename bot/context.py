"""What every handler gets: `CareerContext`, carrying the services and the reply language.

`every_update` runs first for each update (a TypeHandler in group -1): it notes the user as seen
and works out the language to reply in, so handlers only read `context.lang`.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from knowledge.engine import Engine
from knowledge.text.langs import Lang, detect, from_telegram_code

from .settings import Settings
from .store import StateStore, User
from .writes import Writes

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    store: StateStore
    # writes nobody waits for (the question log), run off the loop in batches (bot/writes.py)
    writes: Writes = field(default_factory=Writes)


class CareerContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The python-telegram-bot context with our services and the reply language."""

    def __init__(self, application: Application, chat_id: int | None = None,
                 user_id: int | None = None):
        super().__init__(application, chat_id, user_id)
        self.lang: Lang = "en"  # set by every_update before any handler runs
        self.user: User | None = None  # the stored user, as every_update found them

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    @property
    def engine(self) -> Engine:
        return self.services.engine

    @property
    def store(self) -> StateStore:
        return self.services.store

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def lang_of(self, update: Update, text: str) -> Lang:
        """The language for an answer to `text`: pinned, else the script of the text."""
        if self.user and self.user.lang:
            return self.user.lang  # type: ignore[return-value]
        user = update.effective_user
        return detect(text, from_telegram_code(user.language_code if user else None))


CONTEXT_TYPES = ContextTypes(context=CareerContext)


def services(context: CallbackContext) -> Services:
    return context.application.bot_data["services"]


def stored_lang(stored: User | None, telegram_code: str | None) -> Lang:
    """Pinned, else the language of their last question, else Telegram's setting, else English."""
    if stored and stored.lang:
        return stored.lang  # type: ignore[return-value]
    if stored and stored.last_lang:
        return stored.last_lang  # type: ignore[return-value]
    return from_telegram_code(telegram_code) or "en"


async def every_update(update: object, context: CareerContext) -> None:
    """Remember who wrote (and where to reach them) and set `context.lang`.

    A plain message is answered in its own script (unless a language is pinned); commands,
    buttons and the rest follow the user's stored language."""
    if not isinstance(update, Update):
        return
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return
    store = context.store
    message = update.message
    text = message.text if message and message.text else ""
    question = bool(text) and not text.startswith("/")
    try:
        if chat is not None and not question:
            context.user = store.touch_user(user.id, chat.id, user.language_code)
        else:
            # A question notes its asker when it is logged (one write on the reply path); an
            # inline query has no chat to reach them in.
            context.user = store.get_user(user.id)
    except sqlite3.Error as exc:  # best-effort: a locked state.db must not cost an answer
        log.warning("user %s not noted as seen: %s", user.id, exc)
        context.user = _stored_or_none(store, user.id)
    if question and not (context.user and context.user.lang):
        context.lang = detect(text, from_telegram_code(user.language_code))
    else:
        context.lang = stored_lang(context.user, user.language_code)


def reply_lang(update: Update, context: CallbackContext, text: str | None = None) -> Lang:
    """The user's pinned language, else the script of `text`, else their stored language; for
    code that runs outside a handler (the error handler)."""
    user = update.effective_user
    stored = _stored_or_none(services(context).store, user.id) if user else None
    code = user.language_code if user else None
    if text and not (stored and stored.lang):
        return detect(text, from_telegram_code(code))
    return stored_lang(stored, code)


def _stored_or_none(store: StateStore, user_id: int) -> User | None:
    """The stored user, or None when the store cannot be read (then follow the message and
    Telegram's setting)."""
    try:
        return store.get_user(user_id)
    except sqlite3.Error:
        return None
