"""/privacy and /forget: what is stored about a person, and deleting all of it.

A promise made in /privacy must be kept by code: the question log's expiry (CAREERBOT_LOG_DAYS)
runs at start-up and daily here, and /forget empties every table with a user_id, after a
confirmation button so one stray tap cannot destroy someone's settings.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from ... import callbacks
from ...callbacks import Button
from ...context import CareerContext, Services
from ...texts import t
from ...views.model import Choice, Markup, Paragraph, View, note
from ..base import Person, Session
from ..replies import person_of, reply, stale
from .store import DAY, forget_user, prune_questions

log = logging.getLogger(__name__)

COMMANDS = ("privacy", "forget")
HELP_KEY = "privacy_help"
YES, NO = "yes", "no"
FIRST_PRUNE = 2.0  # seconds after start-up

callbacks.register("forget", "f", 1)  # the /forget confirmation: yes / no


def install(app: Application) -> None:
    app.add_handler(CommandHandler("privacy", privacy_command))
    app.add_handler(CommandHandler("forget", forget_command))
    app.add_handler(CallbackQueryHandler(forget_button, pattern=callbacks.pattern("forget")))
    if app.job_queue is None:
        log.warning("no job queue: the question log is not pruned by the bot; run "
                    "`careerbot prune` daily from cron instead")
        return
    # Soon after start-up (a bot that was down a while catches up at once), then daily.
    app.job_queue.run_repeating(prune_job, interval=DAY, first=FIRST_PRUNE, name="prune-questions")


def prune(svc: Services) -> int:
    gone = prune_questions(svc.store, svc.settings.log_days)
    if gone:
        log.info("question log: deleted %d question(s) older than %d days", gone,
                 svc.settings.log_days)
    return gone


async def prune_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    try:
        prune(context.application.bot_data["services"])
    except Exception:  # a locked database today is retried tomorrow; the bot carries on
        log.exception("question log: pruning failed")


# -- what the feature does, for any front end -------------------------------------------------


def privacy_view(svc: Services, person: Person) -> View:
    return View([Paragraph(Markup(t("privacy_text", person.lang, days=svc.settings.log_days)))])


def forget_view(person: Person) -> View:
    lang = person.lang
    return note(t("forget_confirm", lang), [[
        Choice(t("forget_btn_yes", lang), callbacks.encode("forget", YES)),
        Choice(t("forget_btn_no", lang), callbacks.encode("forget", NO)),
    ]])


def press(svc: Services, person: Person, pressed: Button | None) -> View:
    """The confirmation: "yes" deletes everything about the person who pressed it."""
    arg = pressed.args[0] if pressed else ""
    if arg == YES:
        forget_user(svc.store, person.user_id)
        return note(t("forget_done", person.lang))
    if arg == NO:
        return note(t("forget_kept", person.lang))
    return stale(person.lang)


# -- Telegram ---------------------------------------------------------------------------------


async def privacy_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [privacy_view(context.services, person_of(update, context))])


async def forget_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [forget_view(person_of(update, context))])


async def forget_button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    # questions of theirs still queued for the log (bot/writes.py) are written first, and so
    # forgotten with the rest, not written after
    await context.services.writes.flush()
    view = press(context.services, person_of(update, context), callbacks.decode(query.data))
    if query.message is not None:  # the question's buttons go: it has been answered
        try:
            await query.edit_message_reply_markup(reply_markup=None)
        except Exception:  # an old message may not be editable; the answer below matters
            log.debug("could not remove the /forget buttons", exc_info=True)
    await reply(update, context, [view])
    if context.chat_data is not None:
        context.chat_data.clear()  # the chat's memory of their last subject goes too


# -- the terminal chat ------------------------------------------------------------------------


def chat_privacy(session: Session, _args: str) -> list[View]:
    return [privacy_view(session.services, session.person)]


def chat_forget(session: Session, _args: str) -> list[View]:
    return [forget_view(session.person)]


def chat_press(session: Session, pressed: Button) -> list[View]:
    return [press(session.services, session.person, pressed)]
