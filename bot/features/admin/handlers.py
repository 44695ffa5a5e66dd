"""For the people who run and curate the bot (CAREERBOT_ADMIN_IDS): /stats and /unanswered.

The question log exists so curators can see what people ask and what went unanswered; these two
commands put it in their hands without a database client. To anyone else they do not exist.
"""

from __future__ import annotations

import time
from html import escape

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from ...context import CareerContext, Services
from ...views.model import Markup, Paragraph, View, note
from ..replies import reply


def install(app: Application) -> None:
    # To anyone else these commands do not exist: they fall through to "unknown command".
    admins = filters.User(user_id=app.bot_data["services"].settings.admin_ids, allow_empty=False)
    app.add_handler(CommandHandler("stats", stats, filters=admins))
    app.add_handler(CommandHandler("unanswered", unanswered, filters=admins))


def stats_view(svc: Services) -> View:
    store = svc.store
    total, unknown, users, langs = store.question_summary(since=time.time() - 86400)
    share = f"{unknown / total:.0%}" if total else "–"
    lines = [
        "<b>Last 24 hours</b>",
        f"questions: {total} from {users} people; not answered: {unknown} ({share})",
        "by language: " + (", ".join(f"{lang} {n}" for lang, n in langs) or "–"),
        f"daily-tip subscribers: {store.count_active_subscriptions()}",
    ]
    return View([Paragraph(Markup("\n".join(lines)))])


def unanswered_view(svc: Services) -> View:
    rows = svc.store.unanswered(limit=15)
    if not rows:
        return note("Nothing unanswered yet.")
    lines = ["<b>Recent questions without a confident answer</b>"]
    for row in rows:
        when = time.strftime("%m-%d %H:%M", time.gmtime(row["ts"]))
        lines.append(f"{when} [{row['lang']}] {escape(row['question'][:120])}")
    return View([Paragraph(Markup("\n".join(lines)))])


async def stats(update: Update, context: CareerContext) -> None:
    await reply(update, context, [stats_view(context.services)])


async def unanswered(update: Update, context: CareerContext) -> None:
    await reply(update, context, [unanswered_view(context.services)])
