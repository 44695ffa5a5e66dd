"""For the people who run and curate the bot (CAREERBOT_ADMIN_IDS): /stats and /unanswered.

The question log exists so curators can see what people ask and what went unanswered; these two
commands put it in their hands without a database client. To anyone else they do not exist.
"""

from __future__ import annotations

import time
from html import escape

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from knowledge.text.langs import Lang

from ...context import CareerContext, Services, reply_lang
from ...texts import t
from ...views.model import Markup, Paragraph, View, note
from ..replies import reply
from .stats import gather


def install(app: Application) -> None:
    # To anyone else these commands do not exist: they fall through to "unknown command".
    admins = filters.User(user_id=app.bot_data["services"].settings.admin_ids, allow_empty=False)
    app.add_handler(CommandHandler("stats", stats, filters=admins))
    app.add_handler(CommandHandler("unanswered", unanswered, filters=admins))


def stats_view(svc: Services, lang: Lang = "en", now: float | None = None) -> View:
    """Users, activity, subscribers, questions and how many were answered, the week's top topics
    and top unanswered questions, and today's tips: what a curator checks first."""
    store = svc.store
    now = time.time() if now is None else now
    figures = gather(store, now)
    total, unknown, users, langs = store.question_summary(since=now - 86400)
    share = f"{unknown / total:.0%}" if total else "–"
    by_lang = ", ".join(f"{code} {n}" for code, n in langs) or "–"
    topics = ", ".join(f"{escape(topic)} {n}" for topic, n in figures.top_topics) or "–"
    lines = [
        t("admin_stats_title", lang),
        t("admin_stats_users", lang, users=figures.users, active=figures.active_week),
        t("admin_stats_subscribers", lang, count=figures.subscribers),
        t("admin_stats_questions", lang, total=total, users=users, unknown=unknown, share=share),
        t("admin_stats_week", lang, per_day=f"{figures.per_day:.1f}",
          share=figures.share_answered),
        t("admin_stats_langs", lang, langs=by_lang),
        t("admin_stats_topics", lang, topics=topics),
        t("admin_stats_tips", lang, sent=figures.tips_sent_today,
          failed=figures.tips_failed_today),
    ]
    if figures.top_unanswered:
        lines.append(t("admin_stats_unanswered", lang))
        lines += [f"{n}× {escape(question[:120])}" for question, n in figures.top_unanswered]
    return View([Paragraph(Markup("\n".join(lines)))])


def unanswered_view(svc: Services, lang: Lang = "en") -> View:
    rows = svc.store.unanswered(limit=15)
    if not rows:
        return note(t("admin_unanswered_none", lang))
    lines = [t("admin_unanswered_title", lang)]
    for row in rows:
        when = time.strftime("%m-%d %H:%M", time.gmtime(row["ts"]))
        lines.append(f"{when} [{row['lang']}] {escape(row['question'][:120])}")
    return View([Paragraph(Markup("\n".join(lines)))])


async def stats(update: Update, context: CareerContext) -> None:
    await context.services.writes.flush()  # the questions asked a moment ago count too
    await reply(update, context, [stats_view(context.services, reply_lang(update, context))])


async def unanswered(update: Update, context: CareerContext) -> None:
    lang = reply_lang(update, context)
    await context.services.writes.flush()
    await reply(update, context, [unanswered_view(context.services, lang)])
