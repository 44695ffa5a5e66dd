"""What every handler needs, kept in `application.bot_data` under one key."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.ext import ContextTypes

from knowledge.engine import Engine
from knowledge.engine.answer import Answer
from knowledge.engine.understand.conversation import Conversation
from knowledge.text.langs import Lang, detect, from_telegram_code

from .settings import Settings
from .store import StateStore


@dataclass
class Services:
    settings: Settings
    engine: Engine
    store: StateStore


# Per chat: what the last answer was about, so that "how do I get into it?" is understood.
# Kept in memory (chat_data) for the engine's 30 minutes; /start forgets it.
CONVERSATION = "conversation"


def conversation(context: ContextTypes.DEFAULT_TYPE) -> Conversation | None:
    return context.chat_data.get(CONVERSATION) if context.chat_data is not None else None


def keep_subject(context: ContextTypes.DEFAULT_TYPE, answer: Answer) -> None:
    if context.chat_data is not None and answer.context is not None:
        context.chat_data[CONVERSATION] = answer.context


def forget_subject(context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.chat_data is not None:
        context.chat_data.pop(CONVERSATION, None)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Note the user as seen (and where to reach them) before a command is answered."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat:
        services(context).store.touch_user(user.id, chat.id, user.language_code)


def reply_lang(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str | None = None) -> Lang:
    """The user's pinned language, else the script of their message, else Telegram's setting."""
    user = update.effective_user
    hint = from_telegram_code(user.language_code if user else None)
    if user:
        stored = services(context).store.get_user(user.id)
        if stored and stored.lang:
            return stored.lang  # type: ignore[return-value]
        if not text and stored and stored.last_lang:
            return stored.last_lang  # type: ignore[return-value]
    if text:
        return detect(text, hint)
    return hint or "en"
