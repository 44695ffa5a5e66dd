"""The core every feature plugs into: /start (and its menu, built from what features declare),
/help, /about, /lang, and what is left over: unknown commands, non-text messages, stale or
forged buttons. Installed after the features, so their /start payload handlers come first."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from knowledge.text.langs import LANGS, Lang

from ... import callbacks
from ...callbacks import Button
from ...context import CareerContext, Services, stored_lang
from ...texts import LANG_NAMES, t
from ...views.model import Choice, Markup, Paragraph, View, note
from ...views.telegram import edit_view
from ..base import Feature, MenuEntry, Person, Session
from ..replies import person_of, reply, stale


def features(app_or_context) -> Sequence[Feature]:
    return app_or_context.bot_data["features"]


def menu_entries(installed: Sequence[Feature]) -> list[MenuEntry]:
    return [entry for feature in installed for entry in feature.menu]


# -- views ------------------------------------------------------------------------------------


def welcome_view(installed: Sequence[Feature], person: Person) -> View:
    """/start: the menu, and a fresh start of the conversation."""
    person.memory.forget()
    lang = person.lang
    entries = menu_entries(installed)
    choices: list[list[Choice]] = []
    for row in sorted({e.row for e in entries}):
        choices.append([Choice(t(e.label_key, lang), callbacks.encode("menu", e.item))
                        for e in entries if e.row == row])
    text = Markup(t("welcome", lang, name=escape(person.first_name or t("welcome_no_name", lang))))
    return View([Paragraph(text)], choices)


def help_view(installed: Sequence[Feature], lang: Lang) -> View:
    more = "".join(t(key, lang) + "\n" for f in installed for key in f.help_keys)
    return View([Paragraph(Markup(t("help", lang, more=more)))])


def about_view(svc: Services, lang: Lang) -> View:
    kb = svc.engine.kb
    entries = len(kb.of_kind("department", "role", "term", "concept", "org", "transition"))
    return View([Paragraph(Markup(t("about", lang, entries=entries, tips=len(kb.tips),
                                    articles=len(kb.articles))))])


def lang_view(svc: Services, person: Person, arg: str) -> View:
    """/lang (a choice of buttons) and /lang CODE (pin it)."""
    store = svc.store
    if arg:
        choice = _parse_lang(arg)
        if choice == "bad":
            return note(t("lang_bad", person.lang))
        return _set_lang(svc, person, choice)
    stored = store.get_user(person.user_id)
    current = stored.lang if stored else None
    auto = t("lang_auto", person.lang).split(" (")[0].split("（")[0]
    return View(
        [Paragraph(t("lang_prompt", person.lang, current=_lang_name(current, person.lang)))],
        [[Choice(LANG_NAMES[code], callbacks.encode("lang", code)) for code in LANGS],
         [Choice(auto, callbacks.encode("lang", "auto"))]],
    )


def _set_lang(svc: Services, person: Person, choice: str | None) -> View:
    """Pin the reply language (None: follow each message); confirm in the language now in
    force."""
    svc.store.set_lang(person.user_id, person.chat_id, choice)
    lang = stored_lang(svc.store.get_user(person.user_id), person.language_code)
    return note(t("lang_set", lang, current=_lang_name(choice, lang)))


def lang_pressed(svc: Services, person: Person, pressed: Button | None) -> View | None:
    """A language button; None when it is stale or forged."""
    if pressed is None or pressed.args[0] not in (*LANGS, "auto"):
        return None
    return _set_lang(svc, person, None if pressed.args[0] == "auto" else pressed.args[0])


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


# -- Telegram ---------------------------------------------------------------------------------


async def start(update: Update, context: CareerContext) -> None:
    view = welcome_view(features(context), person_of(update, context))
    await reply(update, context, [view])


async def help_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [help_view(features(context), context.lang)])


async def about(update: Update, context: CareerContext) -> None:
    await reply(update, context, [about_view(context.services, context.lang)])


async def lang_command(update: Update, context: CareerContext) -> None:
    arg = context.args[0] if context.args else ""
    await reply(update, context, [lang_view(context.services, person_of(update, context), arg)])


async def lang_button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    view = lang_pressed(context.services, person_of(update, context),
                        callbacks.decode(query.data))
    if view is None:
        await reply(update, context, [stale(context.lang)])
        return
    await edit_view(query, view)


async def menu_button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    pressed = callbacks.decode(query.data)
    item = pressed.args[0] if pressed else ""
    if item == "home":
        await edit_view(query, welcome_view(features(context), person_of(update, context)))
        return
    for entry in menu_entries(features(context)):
        if entry.item == item:
            await entry.open(update, context)
            return
    await reply(update, context, [stale(context.lang)])


async def stale_button(update: Update, context: CareerContext) -> None:
    """Any press no feature claimed: an old version, a forged or garbled one."""
    query = update.callback_query
    await query.answer()
    await reply(update, context, [stale(context.lang)])


async def not_text(update: Update, context: CareerContext) -> None:
    await reply(update, context, [note(t("not_text", context.lang))])


async def unknown_command(update: Update, context: CareerContext) -> None:
    await reply(update, context, [note(t("unknown_command", context.lang))])


def install(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("about", about))
    app.add_handler(CommandHandler("lang", lang_command))
    app.add_handler(CallbackQueryHandler(menu_button, pattern=callbacks.pattern("menu")))
    app.add_handler(CallbackQueryHandler(lang_button, pattern=callbacks.pattern("lang")))
    app.add_handler(CallbackQueryHandler(stale_button))
    new = filters.UpdateType.MESSAGE
    app.add_handler(
        MessageHandler(new & filters.COMMAND & filters.ChatType.PRIVATE, unknown_command)
    )
    app.add_handler(
        MessageHandler(
            new
            & filters.ChatType.PRIVATE
            & ~filters.TEXT
            & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL,
            not_text,
        )
    )


# -- the terminal chat ------------------------------------------------------------------------


def chat_start(session: Session, _args: str) -> list[View]:
    return [welcome_view(session.state["features"], session.person)]


def chat_help(session: Session, _args: str) -> list[View]:
    return [help_view(session.state["features"], session.person.lang)]


def chat_about(session: Session, _args: str) -> list[View]:
    return [about_view(session.services, session.person.lang)]


def chat_lang(session: Session, args: str) -> list[View]:
    return [lang_view(session.services, session.person, args.strip())]


def chat_lang_button(session: Session, pressed: Button) -> list[View]:
    view = lang_pressed(session.services, session.person, pressed)
    return [view or stale(session.person.lang)]


def chat_menu_button(session: Session, pressed: Button) -> list[View]:
    item = pressed.args[0]
    if item == "home":
        return chat_start(session, "")
    for entry in menu_entries(session.state["features"]):
        if entry.item == item and entry.chat:
            return entry.chat(session, "")
    return [stale(session.person.lang)]
