"""For the people who run and curate the bot (CAREERBOT_ADMIN_IDS): /stats and /unanswered.

The question log exists so curators can see what people ask and what went unanswered; these two
commands put it in their hands without a database client. To anyone else they do not exist.
"""

from __future__ import annotations

import time
from html import escape

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from . import ask
from .context import reply_lang, services
from .texts import t


def register(app: Application) -> None:
    app.add_handler(CommandHandler("stats", stats))
    app.add_handler(CommandHandler("unanswered", unanswered))


def _is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    return bool(user and user.id in services(context).settings.admin_ids)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _is_admin(update, context):
        await ask.unknown_command(update, context)
        return
    lang = reply_lang(update, context)
    store = services(context).store
    total, unknown, users, langs = store.question_summary(since=time.time() - 86400)
    share = f"{unknown / total:.0%}" if total else "–"
    by_lang = ", ".join(f"{code} {n}" for code, n in langs) or "–"
    lines = [
        t("admin_stats_title", lang),
        t("admin_stats_questions", lang, total=total, users=users, unknown=unknown, share=share),
        t("admin_stats_langs", lang, langs=by_lang),
        t("admin_stats_subscribers", lang, count=store.count_active_subscriptions()),
    ]
    await update.effective_message.reply_html("\n".join(lines))


async def unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not _is_admin(update, context):
        await ask.unknown_command(update, context)
        return
    lang = reply_lang(update, context)
    rows = services(context).store.unanswered(limit=15)
    if not rows:
        await update.effective_message.reply_text(t("admin_unanswered_none", lang))
        return
    lines = [t("admin_unanswered_title", lang)]
    for row in rows:
        when = time.strftime("%m-%d %H:%M", time.gmtime(row["ts"]))
        lines.append(f"{when} [{row['lang']}] {escape(row['question'][:120])}")
    await update.effective_message.reply_html("\n".join(lines))
