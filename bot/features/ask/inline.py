"""Inline mode: `@bot 种草` in any chat offers answers to send there.

Each result is an answer (title, one line, the whole answer as the message) with a button back
to the bot through a deep link. The language is the query's script, or the asker's pinned
language. Results are cached per user (`is_personal`: a pinned language changes them) for a few
minutes: answers change only when the knowledge base does.
"""

from __future__ import annotations

import asyncio
import re

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, InlineQueryHandler

from knowledge.engine import Engine
from knowledge.engine.answer import Answer
from knowledge.text.langs import Lang

from ...context import CareerContext
from ...texts import t
from ...views.answer import answer_view
from ...views.telegram import split_html, view_html

CACHE_SECONDS = 300
MAX_RESULTS = 5
MIN_QUERY = 2  # characters: one letter asks nothing yet
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,59}$")  # what a /start payload may hold, after role_


def answers_for(engine: Engine, query: str, lang: Lang) -> list[Answer]:
    """The answer to the query, then the entries it links to (or, when it is not sure, the
    closest topics), each answered in full: at most MAX_RESULTS, no topic twice."""
    first = engine.answer(query, lang)
    found: list[Answer] = [] if first.kind == "unknown" else [first]
    seen = {first.topic} if first.topic else set()
    links = first.alternatives if first.kind == "unknown" else first.followups
    for link in links:
        if len(found) >= MAX_RESULTS:
            break
        if link.action != "topic" or link.ids[0] in seen or link.ids[0] not in engine.kb.entries:
            continue
        seen.add(link.ids[0])
        found.append(engine.about(link.ids[0], lang))
    return found


def _one_line(text: str, limit: int = 100) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def result(answer: Answer, index: int, bot_username: str) -> InlineQueryResultArticle:
    topic = answer.topic or ""
    payload = f"role_{topic}" if _PAYLOAD.match(topic) else "help"
    back = InlineKeyboardButton(t("inline_open", answer.lang),
                                url=f"https://t.me/{bot_username}?start={payload}")
    return InlineQueryResultArticle(
        id=f"{index}:{topic}"[:64],
        title=answer.title or _one_line(answer.lead, 60),
        description=_one_line(answer.lead),
        input_message_content=InputTextMessageContent(
            split_html(view_html(answer_view(answer)))[0],
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        reply_markup=InlineKeyboardMarkup([[back]]),
    )


async def inline_query(update: Update, context: CareerContext) -> None:
    query = update.inline_query
    if query is None:
        return
    text = query.query.strip()
    lang = context.lang_of(update, text) if text else context.lang
    answers = []
    if len(text) >= MIN_QUERY:
        answers = await asyncio.to_thread(answers_for, context.engine, text, lang)
    results = [result(a, i, context.bot.username) for i, a in enumerate(answers)]
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=True,
        button=InlineQueryResultsButton(text=t("inline_hint" if not results else "inline_open",
                                               lang), start_parameter="help"),
    )


def install(app: Application) -> None:
    app.add_handler(InlineQueryHandler(inline_query))
