"""What every handler needs, kept in `application.bot_data` under one key."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

from telegram import Update
from telegram.ext import ContextTypes

from knowledge.engine import Engine
from knowledge.langs import Lang, detect, from_telegram_code

from .settings import Settings
from .store import StateStore

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: Engine
    store: StateStore


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Note the user as seen (and where to reach them) before a command is answered."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        try:
            services(context).store.touch_user(user.id, chat.id, user.language_code)
        except sqlite3.Error as exc:  # best-effort: a locked state.db must not cost an answer
            log.warning("user %s not noted as seen: %s", user.id, exc)


def reply_lang(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | None = None) -> Lang:
    """The user's pinned language, else the script of their message, else Telegram's setting."""
    user = update.effective_user
    hint = from_telegram_code(user.language_code if user else None)
    if user:
        try:
            stored = services(context).store.get_user(user.id)
        except sqlite3.Error:
            stored = None  # the store is unreadable: follow the message and Telegram's setting
        if stored and stored.lang:
            return stored.lang  # type: ignore[return-value]
        if not text and stored and stored.last_lang:
            return stored.last_lang  # type: ignore[return-value]
    if text:
        return detect(text, hint)
    return hint or "en"
