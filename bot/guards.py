"""What every update passes before any handler (group -10): bookkeeping for one-answer-only
sending, malformed and edited updates, and the flood guard.

Why one early handler rather than checks in each feature: features can assume an update has a
sender and a chat, and a rejected update costs nothing further. Stopping is done with
`ApplicationHandlerStop`, which python-telegram-bot treats as "handled", not as an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from . import sending
from .flood import FloodGuard
from .texts import t

log = logging.getLogger("careerbot.guards")

GROUP = -10


async def _first_to_quiet(context: ContextTypes.DEFAULT_TYPE, user_id: int,
                          until: float | None) -> bool:
    """Whether this copy of the bot is the one to tell the user (with several copies, each
    quiets them on its share of their messages; the store lets one speak). A store that
    cannot be used: this copy speaks."""
    store = context.application.bot_data["services"].store
    try:
        return await asyncio.to_thread(store.quiet_user, user_id, until or 0.0)
    except Exception as exc:  # noqa: BLE001 - the note matters more than the bookkeeping
        log.warning("flood guard: could not share the quiet of user %s (%s)", user_id, exc)
        return True


def register(app: Application, flood: FloodGuard | None = None) -> None:
    app.bot_data["flood"] = flood or FloodGuard()
    app.add_handler(TypeHandler(Update, guard), group=GROUP)


async def guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    sending.begin_update()
    if update.edited_message or update.edited_channel_post:
        # an edited command must not run again; an edited question is not asked again
        raise ApplicationHandlerStop
    message, query = update.message, update.callback_query
    if message is not None and message.from_user is None and message.text:
        # questions and commands need someone to answer (a non-text one gets its note)
        log.info("update %s ignored: a text message without a sender", update.update_id)
        raise ApplicationHandlerStop
    if query is not None and query.message is None:
        # an inline-mode or too-old button: nothing to answer under; stop the spinner only
        log.info("update %s ignored: a button press without its message", update.update_id)
        with contextlib.suppress(TelegramError):
            await query.answer()
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is None or message is None:
        return  # button presses (a quiz is many of them), polls, member updates: not counted
    flood = context.application.bot_data["flood"]
    verdict = flood.check(user.id)
    if verdict == "ok":
        return
    if verdict == "note" and await _first_to_quiet(context, user.id, flood.quiet_until(user.id)):
        log.info("user %s is flooding: one note, then ignored for a while", user.id)
        chat = update.effective_chat
        if chat is not None:
            from .context import reply_lang  # the store may be down; the note must still go

            try:
                lang = reply_lang(update, context)
            except Exception:
                lang = "en"
            with contextlib.suppress(TelegramError):
                text = html.escape(t("flood_note", lang), quote=False)  # no HTML in it
                await context.bot.send_message(chat.id, text)
    raise ApplicationHandlerStop
