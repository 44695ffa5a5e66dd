"""What every feature's Telegram handlers share: who asks, and sending views back."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType

from knowledge.text.langs import Lang

from ..context import CareerContext
from ..memory import ChatMemory, StoredChatMemory
from ..texts import t
from ..views.model import View, note
from ..views.telegram import post_view
from .base import Person


def person_of(update: Update, context: CareerContext, lang: Lang | None = None) -> Person:
    """The sender as a front-end-neutral Person, in `lang` or the update's reply language."""
    user, chat = update.effective_user, update.effective_chat
    return Person(
        user.id if user else 0,
        chat.id if chat else 0,
        lang or context.lang,
        private=bool(chat and chat.type == ChatType.PRIVATE),
        first_name=(user.first_name if user else "") or "",
        language_code=user.language_code if user else None,
        memory=memory_of(context, chat.id if chat else None),
    )


MEMORY = "memory"


def memory_of(context: CareerContext, chat_id: int | None = None) -> ChatMemory:
    """The chat's memory, kept in chat_data (a fresh one where an update has no chat); in the
    store when it is shared by several copies of the bot (PostgreSQL), so a follow-up
    understood by one copy is understood by all."""
    if context.chat_data is None:
        return ChatMemory()
    if chat_id is not None and context.store.shares_conversations:
        return StoredChatMemory(context.store, chat_id)
    return context.chat_data.setdefault(MEMORY, ChatMemory())


async def reply(update: Update, context: CareerContext, views: list[View]) -> None:
    """Send views to the update's chat as new messages (an update without a chat gets none)."""
    chat = update.effective_chat
    if chat is None:
        return
    for view in views:
        await post_view(context.bot, chat.id, view)


def stale(lang: Lang) -> View:
    """A press on a button that no longer means anything: an old version, forged, garbled."""
    return note(t("stale_button", lang))
