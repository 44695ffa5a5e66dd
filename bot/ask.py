"""Asking about jobs: /start, /help, /about, /lang, /role, /compare, /switch, plain questions and
the buttons under answers. One handler per function; feature logic stays in the engine."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from knowledge.answer import Answer, Link
from knowledge.langs import (
    LANGS,
    MAX_QUESTION_CHARS,
    Lang,
    detect,
    from_telegram_code,
    in_script,
)

from . import callbacks
from .context import remember, reply_lang, services
from .render import answer_html, answer_keyboard, link_button, split_html
from .texts import LANG_NAMES, t

log = logging.getLogger(__name__)

# The /start menu's example buttons, by entry id: chosen for what newcomers ask first.
MENU_ROLES = (
    "marketing_dept",
    "brand_dept",
    "pr_dept",
    "new_media_dept",
    "marketing_planning_dept",
    "operations_dept",
    "content_ops",
    "user_ops",
    "media_buyer",
    "promotion",
)
MENU_COMPARES = (
    ("marketing_dept", "operations_dept"),
    ("promotion", "operations_dept"),
    ("brand_dept", "pr_dept"),
    ("kol", "koc"),
)


async def send_answer(message: Message, answer: Answer) -> None:
    """Send an answer as HTML; buttons go under the last part when it has to be split."""
    parts = split_html(answer_html(answer))
    keyboard = answer_keyboard(answer)
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        await message.reply_html(
            part,
            reply_markup=keyboard if last else None,
            disable_web_page_preview=True,
            do_quote=False,
        )


def _log(context, update: Update, question: str, answer: Answer) -> None:
    """Best-effort, after the answer: a locked or read-only state.db must not cost an answer."""
    try:
        _log_question(context, update, question, answer)
    except sqlite3.Error as exc:
        log.warning("question of user %s not logged: %s", getattr(update.effective_user, "id",
                                                                  "-"), exc)


def _log_question(context, update: Update, question: str, answer: Answer) -> None:
    user, chat = update.effective_user, update.effective_chat
    services(context).store.log_question(
        user.id if user else 0,
        chat.id if chat else 0,
        question,
        answer.lang,
        answer.kind,
        answer.topic,
        answer.confidence,
        user.language_code if user else None,
    )



# -- commands ---------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    lang = reply_lang(update, context)
    payload = context.args[0] if context.args else ""
    if payload.startswith("role_"):
        eid = payload[5:]
        if eid in services(context).engine.kb.entries:
            await send_answer(update.effective_message, services(context).engine.about(eid, lang))
            return
    elif payload in ("quiz", "tip") and payload in context.application.bot_data.get(
        "deep_links", {}
    ):
        await context.application.bot_data["deep_links"][payload](update, context)
        return
    name = update.effective_user.first_name if update.effective_user else ""
    await update.effective_message.reply_html(
        t("welcome", lang, name=escape(name or "there")), reply_markup=menu_keyboard(lang)
    )


def menu_keyboard(lang: Lang) -> InlineKeyboardMarkup:
    def button(key: str, item: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(t(key, lang), callback_data=callbacks.encode("menu", item))

    return InlineKeyboardMarkup(
        [
            [button("btn_role", "roles"), button("btn_compare", "compare")],
            [button("btn_switch", "switch"), button("btn_tip", "tip")],
            [button("btn_quiz", "quiz")],
        ]
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    lang = reply_lang(update, context)
    more = context.application.bot_data.get("help_more", {}).get("zh" if lang != "en" else "en", "")
    await update.effective_message.reply_html(t("help", lang, more=more))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    lang = reply_lang(update, context)
    kb = services(context).engine.kb
    entries = len(kb.of_kind("department", "role", "term", "concept", "org", "transition"))
    await update.effective_message.reply_html(
        t("about", lang, entries=entries, tips=len(kb.tips), articles=len(kb.articles))
    )


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    store = services(context).store
    user = update.effective_user
    if context.args:
        choice = _parse_lang(context.args[0])
        if choice == "bad":
            await update.effective_message.reply_text(t("lang_bad", reply_lang(update, context)))
            return
        store.set_lang(user.id, update.effective_chat.id, choice)
        lang = reply_lang(update, context)
        await update.effective_message.reply_text(
            t("lang_set", lang, current=_lang_name(choice, lang))
        )
        return
    lang = reply_lang(update, context)
    current = store.get_user(user.id).lang if store.get_user(user.id) else None
    await update.effective_message.reply_text(
        t("lang_prompt", lang, current=_lang_name(current, lang)), reply_markup=lang_keyboard(lang)
    )


def lang_keyboard(lang: Lang) -> InlineKeyboardMarkup:
    row = [
        InlineKeyboardButton(LANG_NAMES[code], callback_data=callbacks.encode("lang", code))
        for code in LANGS
    ]
    auto = InlineKeyboardButton(
        t("lang_auto", lang).split(" (")[0].split("（")[0],
        callback_data=callbacks.encode("lang", "auto"),
    )
    return InlineKeyboardMarkup([row, [auto]])


def _parse_lang(text: str) -> str | None:
    key = text.strip().lower()
    table = {
        "en": "en",
        "english": "en",
        "zh": "zh-Hans",
        "zh-hans": "zh-Hans",
        "简体": "zh-Hans",
        "中文": "zh-Hans",
        "cn": "zh-Hans",
        "zh-hant": "zh-Hant",
        "繁體": "zh-Hant",
        "繁体": "zh-Hant",
        "tw": "zh-Hant",
        "hk": "zh-Hant",
        "auto": None,
        "自动": None,
        "自動": None,
    }
    return table.get(key, "bad")


def _lang_name(code: str | None, lang: Lang) -> str:
    return LANG_NAMES.get(code or "", t("lang_auto", lang))


async def role(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    remember(update, context)
    name = " ".join(context.args or []).strip()
    lang = reply_lang(update, context, name or None)
    if not name:
        await update.effective_message.reply_text(t("role_usage", lang))
        return
    engine = services(context).engine
    eid = engine.lookup(name)
    if eid is None:
        await _not_found(update, context, name, lang)
        return
    answer = engine.about(eid, lang)
    await send_answer(update.effective_message, answer)
    _log(context, update, f"/role {name}", answer)


async def compare(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _pair_command(update, context, "compare")


async def switch(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _pair_command(update, context, "switch")


async def _pair_command(update: Update, context, which: str) -> None:
    remember(update, context)
    raw = " ".join(context.args or [])
    parts = [p.strip() for p in re.split(r"\||｜|\bvs\.?\b|\bto\b|->|→", raw) if p.strip()]
    lang = reply_lang(update, context, raw or None)
    if len(parts) != 2:
        await update.effective_message.reply_text(t(f"{which}_usage", lang))
        return
    engine = services(context).engine
    ids = [engine.lookup(p) for p in parts]
    for part, eid in zip(parts, ids, strict=True):
        if eid is None:
            await _not_found(update, context, part, lang)
            return
    if which == "compare":
        answer = engine.compare(ids[0], ids[1], lang)
    else:
        answer = engine.move(ids[0], ids[1], lang)
    await send_answer(update.effective_message, answer)
    _log(context, update, f"/{which} {raw}", answer)


async def _not_found(update: Update, context, name: str, lang: Lang) -> None:
    answer = services(context).engine.answer(name, lang=lang)
    text = t("not_found_one", lang, name=name[:80])
    await update.effective_message.reply_text(text, reply_markup=answer_keyboard(answer))


# -- plain questions --------------------------------------------------------------------------


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    text = message.text or ""
    if message.chat.type != ChatType.PRIVATE:
        text = _strip_mention(text, context.bot.username)
    user = update.effective_user
    try:
        stored = services(context).store.get_user(user.id)  # noted as seen when logged
    except sqlite3.Error:
        stored = None  # an answer needs no state
    pinned = stored.lang if stored else None
    lang = pinned or detect(text, from_telegram_code(user.language_code))
    engine = services(context).engine
    # The engine answers in a millisecond or two; "typing…" appears only if it ever takes long
    # enough for a person to notice, instead of flickering before every reply.
    typing = asyncio.create_task(_typing_after(context, message.chat_id, TYPING_DELAY))
    try:
        answer = await asyncio.to_thread(engine.answer, text, lang)
    finally:
        typing.cancel()
    if len(text) > MAX_QUESTION_CHARS:
        await message.reply_text(t("too_long", answer.lang), do_quote=False)
    await send_answer(message, answer)
    _log(context, update, text, answer)


TYPING_DELAY = 0.3  # seconds


async def _typing_after(context, chat_id: int, delay: float) -> None:
    await asyncio.sleep(delay)
    with contextlib.suppress(TelegramError):  # a courtesy; the answer matters more
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)


def _strip_mention(text: str, username: str | None) -> str:
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return text.strip()


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(t("not_text", reply_lang(update, context)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(t("unknown_command", reply_lang(update, context)))


# -- buttons ----------------------------------------------------------------------------------


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    pressed = callbacks.decode(query.data)
    lang = reply_lang(update, context)
    engine = services(context).engine
    handlers = context.application.bot_data.get("button_handlers", {})
    if pressed is None or (
        pressed.action in ("topic", "into", "sources", "compare")
        and not all(a in engine.kb.entries for a in pressed.args)
    ):
        await _stale(query, lang)
        return
    message = query.message
    if pressed.action in handlers:
        await handlers[pressed.action](update, context, pressed)
        return
    if pressed.action == "topic":
        await send_answer(message, engine.about(pressed.args[0], lang))
    elif pressed.action == "into":
        await send_answer(message, engine.move(None, pressed.args[0], lang))
    elif pressed.action == "compare":
        await send_answer(message, engine.compare(pressed.args[0], pressed.args[1], lang))
    elif pressed.action == "sources":
        await message.reply_html(sources_html(engine, pressed.args[0], lang), do_quote=False)
    elif pressed.action == "lang":
        await _choose_lang(update, context, pressed.args[0])
    elif pressed.action == "menu":
        await _menu(update, context, pressed.args[0], lang)
    else:
        await _stale(query, lang)


async def _stale(query, lang: Lang) -> None:
    if query.message:
        await query.message.reply_text(t("stale_button", lang), do_quote=False)


def sources_html(engine, eid: str, lang: Lang) -> str:
    """Every source of an entry: the article's title, the section, and the file to look in."""
    lines = [t("sources_title", lang)]
    for src in engine.kb.entries[eid].get("sources", []):
        title = escape(engine.kb.article_title(src["file"], lang))
        section = escape(in_script(src["section"], lang))
        lines.append(f"• {title} — {section} <code>{escape(src['file'])}</code>")
    return "\n".join(lines)


async def _choose_lang(update: Update, context, code: str) -> None:
    if code not in (*LANGS, "auto"):
        await _stale(update.callback_query, reply_lang(update, context))
        return
    choice = None if code == "auto" else code
    services(context).store.set_lang(update.effective_user.id, update.effective_chat.id, choice)
    lang = reply_lang(update, context)
    await _edit(update.callback_query, t("lang_set", lang, current=_lang_name(choice, lang)), None)


async def _menu(update: Update, context, item: str, lang: Lang) -> None:
    engine = services(context).engine
    query = update.callback_query
    back = [
        InlineKeyboardButton(t("btn_back", lang), callback_data=callbacks.encode("menu", "home"))
    ]
    if item == "roles":
        links = [
            Link("topic", (eid,), engine.kb.name(eid, lang))
            for eid in MENU_ROLES
            if eid in engine.kb.entries
        ]
        await _edit(query, t("pick_role", lang), _grid(links, back))
    elif item == "compare":
        links = [
            Link("compare", (a, b), f"{engine.kb.name(a, lang)} vs {engine.kb.name(b, lang)}")
            for a, b in MENU_COMPARES
            if a in engine.kb.entries and b in engine.kb.entries
        ]
        await _edit(query, t("compare_howto", lang), _grid(links, back, per_row=1))
    elif item == "switch":
        links = [
            Link("topic", (eid,), engine.kb.name(eid, lang))
            for eid in engine.kb.of_kind("transition")
        ]
        await _edit(query, t("switch_howto", lang), _grid(links, back, per_row=1))
    elif item == "home":
        name = update.effective_user.first_name if update.effective_user else ""
        await _edit(query, t("welcome", lang, name=escape(name or "there")), menu_keyboard(lang))
    elif item in context.application.bot_data.get("deep_links", {}):
        await context.application.bot_data["deep_links"][item](update, context)
    else:
        await _stale(query, lang)


def _grid(links: list[Link], last_row, per_row: int = 2) -> InlineKeyboardMarkup:
    buttons = [b for b in (link_button(link) for link in links) if b]
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    return InlineKeyboardMarkup([*rows, last_row])


async def _edit(query, text: str, markup) -> None:
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
