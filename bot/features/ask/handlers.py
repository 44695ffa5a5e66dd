"""Asking about jobs: plain questions, /role, /compare, /switch, the buttons under answers and
the /start menu's role, compare and move lists. Feature logic stays in the engine; this module
turns questions into answers and answers into views."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from html import escape
from typing import Any, TypeVar

from telegram import Update
from telegram.constants import ChatAction, ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from knowledge.engine.answer import Answer, Link
from knowledge.text.langs import MAX_QUESTION_CHARS, Lang, in_script

from ... import callbacks
from ...callbacks import Button
from ...context import CareerContext, Services
from ...pictures import ORG_CHARTS, draw_org_chart, drawn_org_chart
from ...store import StateStore
from ...texts import t
from ...views.answer import answer_view, link_choices
from ...views.model import Bullets, Choice, Markup, Paragraph, View, note, rows
from ...views.telegram import edit_view
from ..base import ChatCommand, Person, Session, TelegramHandler
from ..replies import person_of, reply, stale

log = logging.getLogger(__name__)
T = TypeVar("T")

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
ANSWER_ACTIONS = ("topic", "into", "compare", "sources")


# A question's log entry, to be written once the answer is sent (the Telegram handlers pass a
# list; the terminal chat writes at once).
Later = list[Callable[[], None]]


class _Entry:
    """A question's log entry: a write for bot/writes.py, best-effort (a locked or read-only
    state.db must not cost an answer), which goes in one transaction with the entries queued
    beside it (`together`, the store's `log_questions`)."""

    __slots__ = ("store", "row")

    def __init__(self, store: StateStore, row: tuple) -> None:
        self.store = store
        self.row = row

    def __iter__(self) -> Iterator[Any]:
        return iter(self.row)  # log_question's arguments, for log_questions

    @property
    def together(self) -> Callable[[list[_Entry]], None]:
        return self.store.log_questions

    def __call__(self) -> None:
        try:
            self.store.log_question(*self.row)
        except sqlite3.Error as exc:
            log.warning("question of user %s not logged: %s", self.row[0], exc)


def _log(svc: Services, person: Person, question: str, answer: Answer,
         language_code: str | None = None, later: Later | None = None) -> None:
    """Log the question, best-effort (`_Entry`). With `later`, only queued: the Telegram
    handlers write it after the answer went out."""
    write = _Entry(svc.store, (person.user_id, person.chat_id, question, answer.lang,
                               answer.kind, answer.topic, answer.confidence, language_code))
    if later is None:
        write()
    else:
        later.append(write)


def _write_later(svc: Services, later: Later) -> None:
    """The queued log entries, after the reply: off the loop, in batches with other updates'
    (bot/writes.py: one thread hand-off for many; a write may wait for a lock)."""
    for write in later:
        svc.writes.add(write)


# -- what the feature does, for any front end -------------------------------------------------


# Org charts still to draw for a reply, each a call that draws one into its view (the Telegram
# handler runs them in a worker thread: the first drawing of a chart takes a tenth of a second).
Undrawn = list[Callable[[], None]]


def with_picture(svc: Services, answer: Answer, undrawn: Undrawn | None = None) -> View:
    """The answer's view; an answer about a kind of company we have an org chart for carries
    the chart (best effort: a drawing failure is logged and costs only the picture). With
    `undrawn`, a chart not drawn yet is left to draw there instead of drawn now."""
    view = answer_view(answer)
    if answer.kind == "org" and answer.topic in ORG_CHARTS:
        if undrawn is not None:
            view.picture = _drawn(svc, answer)
            if view.picture is None:
                undrawn.append(lambda: _draw(svc, answer, view))
        else:
            _draw(svc, answer, view)
    return view


def _drawn(svc: Services, answer: Answer) -> bytes | None:
    try:
        return drawn_org_chart(answer.topic, svc.engine.kb, answer.lang)
    except Exception:  # whatever fails here fails again in _draw, which logs it
        return None


def _draw(svc: Services, answer: Answer, view: View) -> None:
    try:
        view.picture = draw_org_chart(answer.topic, svc.engine.kb, answer.lang)
    except Exception:
        log.exception("could not draw the org chart of %s", answer.topic)


def answer_question(svc: Services, person: Person, text: str,
                    language_code: str | None = None, later: Later | None = None,
                    undrawn: Undrawn | None = None) -> list[View]:
    """A plain question: the answer (after a note when only its first part was read)."""
    answer = svc.engine.answer(text, person.lang, None, person.memory.conversation)
    person.memory.keep(answer)
    _log(svc, person, text, answer, language_code, later)
    views = [with_picture(svc, answer, undrawn)]
    if len(text) > MAX_QUESTION_CHARS:
        views.insert(0, note(t("too_long", answer.lang)))
    return views


def role_views(svc: Services, person: Person, name: str,
               later: Later | None = None) -> list[View]:
    if not name:
        return [note(t("role_usage", person.lang))]
    eid = svc.engine.lookup(name)
    if eid is None:
        return [_not_found(svc, name, person.lang)]
    answer = svc.engine.about(eid, person.lang)
    person.memory.keep(answer)
    _log(svc, person, f"/role {name}", answer, later=later)
    return [with_picture(svc, answer)]


def pair_views(svc: Services, person: Person, raw: str, which: str,
               later: Later | None = None) -> list[View]:
    """/compare A | B and /switch FROM | TO."""
    parts = [p.strip() for p in re.split(r"\||｜|\bvs\.?\b|\bto\b|->|→", raw) if p.strip()]
    lang = person.lang
    if len(parts) != 2:
        return [note(t(f"{which}_usage", lang))]
    engine = svc.engine
    ids = [engine.lookup(p) for p in parts]
    for part, eid in zip(parts, ids, strict=True):
        if eid is None:
            return [_not_found(svc, part, lang)]
    assert ids[0] is not None and ids[1] is not None
    if which == "compare":
        answer = engine.compare(ids[0], ids[1], lang)
    else:
        answer = engine.move(ids[0], ids[1], lang)
    person.memory.keep(answer)
    _log(svc, person, f"/{which} {raw}", answer, later=later)
    return [answer_view(answer)]


def _not_found(svc: Services, name: str, lang: Lang) -> View:
    answer = svc.engine.answer(name, lang=lang)
    view = note(t("not_found_one", lang, name=name[:80]))
    view.choices = answer_view(answer).choices
    return view


def press(svc: Services, person: Person, pressed: Button | None) -> list[View]:
    """A button under an answer: read a topic, how to move into it, compare, sources."""
    engine, lang = svc.engine, person.lang
    if pressed is None or not all(a in engine.kb.entries for a in pressed.args):
        return [stale(lang)]
    if pressed.action in ("topic", "into", "compare"):
        if pressed.action == "topic":
            answer = engine.about(pressed.args[0], lang)
        elif pressed.action == "into":
            answer = engine.move(None, pressed.args[0], lang)
        else:
            answer = engine.compare(pressed.args[0], pressed.args[1], lang)
        person.memory.keep(answer)  # a tapped topic is the chat's new subject
        return [with_picture(svc, answer)]
    if pressed.action == "sources":
        return [sources_view(svc, pressed.args[0], lang)]
    return [stale(lang)]


def sources_view(svc: Services, eid: str, lang: Lang) -> View:
    """Every source of an entry: the article's title, the section, and the file to look in."""
    kb = svc.engine.kb
    items = tuple(
        Markup(f"{escape(kb.article_title(src.file, lang))} — "
               f"{escape(in_script(src.section, lang))} <code>{escape(src.file)}</code>")
        for src in kb.entries[eid].sources
    )
    return View([Paragraph(Markup(t("sources_title", lang))), Bullets(items)])


def menu_view(svc: Services, item: str, lang: Lang) -> View:
    """The /start menu's lists: roles to read, pairs to compare, moves people ask about."""
    kb = svc.engine.kb
    back = [Choice(t("btn_back", lang), callbacks.encode("menu", "home"))]
    if item == "roles":
        links = [Link("topic", (eid,), kb.name(eid, lang)) for eid in MENU_ROLES
                 if eid in kb.entries]
        return View([Paragraph(t("pick_role", lang))], [*rows(link_choices(links)), back])
    if item == "compare":
        links = [Link("compare", (a, b), f"{kb.name(a, lang)} vs {kb.name(b, lang)}")
                 for a, b in MENU_COMPARES if a in kb.entries and b in kb.entries]
        return View([Paragraph(t("compare_howto", lang))], [*rows(link_choices(links), 1), back])
    links = [Link("topic", (eid,), kb.name(eid, lang)) for eid in kb.of_kind("transition")]
    return View([Paragraph(t("switch_howto", lang))], [*rows(link_choices(links), 1), back])


# -- Telegram ---------------------------------------------------------------------------------


async def role(update: Update, context: CareerContext) -> None:
    name = " ".join(context.args or []).strip()
    lang = context.lang_of(update, name) if name else context.lang
    person = person_of(update, context, lang)
    later: Later = []
    # In a worker thread, like questions: an org's answer draws its chart.
    await reply(update, context, await asyncio.to_thread(role_views, context.services, person,
                                                         name, later))
    _write_later(context.services, later)


async def compare(update: Update, context: CareerContext) -> None:
    await _pair_command(update, context, "compare")


async def switch(update: Update, context: CareerContext) -> None:
    await _pair_command(update, context, "switch")


async def _pair_command(update: Update, context: CareerContext, which: str) -> None:
    raw = " ".join(context.args or [])
    lang = context.lang_of(update, raw) if raw else context.lang
    person = person_of(update, context, lang)
    later: Later = []
    await reply(update, context, pair_views(context.services, person, raw, which, later))
    _write_later(context.services, later)


async def question(update: Update, context: CareerContext) -> None:
    message = update.effective_message
    if message is None:
        return
    text = message.text or ""
    if message.chat.type != ChatType.PRIVATE:
        text = _strip_mention(text, context.bot.username)
    user = update.effective_user
    person = person_of(update, context)
    code = user.language_code if user else None
    later: Later = []
    global _asking
    busy = _asking >= BUSY
    _asking += 1
    try:
        if busy and not context.store.shares_conversations:
            # Many questions at once: the engine answers on the loop (about half a millisecond),
            # as handing each to a worker thread cost as much CPU as the answer (issue 11's
            # throughput). Only an org chart not drawn yet (a tenth of a second, once per chart
            # and language) goes to a thread. Not with the chat's memory in the store
            # (PostgreSQL): its reads and writes stay off the loop.
            undrawn: Undrawn = []
            views = answer_question(context.services, person, text, code, later, undrawn)
            if undrawn:
                await _in_thread(context, message.chat_id, lambda: [draw() for draw in undrawn])
        else:
            # Otherwise in a worker thread, so "typing…" can show if an answer is ever slow.
            views = await _in_thread(context, message.chat_id, lambda: answer_question(
                context.services, person, text, code, later))
        await reply(update, context, views)
    finally:
        _asking -= 1
    _write_later(context.services, later)  # after the answer: a failed write never costs it


# Questions being handled now (answered or waiting to be sent); from BUSY on, a new one is
# answered on the loop (`question`).
_asking = 0
BUSY = 2


TYPING_DELAY = 0.3  # seconds


async def _in_thread(context: CareerContext, chat_id: int, work: Callable[[], T]) -> T:
    """`work` in a worker thread; "typing…" appears only if it takes long enough for a person
    to notice, instead of flickering before every reply."""
    typing = asyncio.create_task(_typing_after(context, chat_id, TYPING_DELAY))
    try:
        return await asyncio.to_thread(work)
    finally:
        typing.cancel()


async def _typing_after(context: CareerContext, chat_id: int, delay: float) -> None:
    await asyncio.sleep(delay)
    with contextlib.suppress(TelegramError):  # a courtesy; the answer matters more
        await context.bot.send_chat_action(chat_id, ChatAction.TYPING)


def _strip_mention(text: str, username: str | None) -> str:
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return text.strip()


async def _group_question(update: Update, context: CareerContext) -> None:
    """In groups: only messages that mention this bot or reply to it are questions."""
    message = update.effective_message
    username = (context.bot.username or "").lower()
    mentioned = username and f"@{username}" in (message.text or "").lower()
    replied = (
        message.reply_to_message
        and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if mentioned or replied:
        await question(update, context)


async def button(update: Update, context: CareerContext) -> None:
    query = update.callback_query
    await query.answer()
    person = person_of(update, context)
    # In a worker thread, like questions: a tapped org's answer draws its chart.
    views = await asyncio.to_thread(press, context.services, person, callbacks.decode(query.data))
    await reply(update, context, views)


class _KnownRole(filters.MessageFilter):
    """`/start role_<id>` with an id the knowledge base has; anything else is a plain /start."""

    def __init__(self, app: Application):
        super().__init__(name="known_role_link")
        self.app = app

    def filter(self, message) -> bool:
        match = re.match(r"^/start(?:@\w+)?\s+role_(\S+)", message.text or "")
        return bool(match) and match[1] in self.app.bot_data["services"].engine.kb.entries


async def deep_link_role(update: Update, context: CareerContext) -> None:
    """/start role_<id>: a shared link to one entry."""
    eid = (context.args or [""])[0][len("role_"):]
    await reply(update, context, [answer_view(context.engine.about(eid, context.lang))])


def menu_opener(item: str) -> TelegramHandler:
    async def open_menu(update: Update, context: CareerContext) -> None:
        await edit_view(update.callback_query, menu_view(context.services, item, context.lang))

    return open_menu


def install(app: Application) -> None:
    app.add_handler(CommandHandler("start", deep_link_role, filters=_KnownRole(app)))
    app.add_handler(CommandHandler("role", role))
    app.add_handler(CommandHandler("compare", compare))
    app.add_handler(CommandHandler("switch", switch))
    app.add_handler(CallbackQueryHandler(button, pattern=callbacks.pattern(*ANSWER_ACTIONS)))
    # New messages only: an edited message is not asked again.
    new = filters.UpdateType.MESSAGE
    private_text = new & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    group_mention = (
        filters.ChatType.GROUPS
        & filters.TEXT
        & ~filters.COMMAND
        & (filters.Entity("mention") | filters.REPLY)
    )
    app.add_handler(MessageHandler(private_text, question))
    app.add_handler(MessageHandler(group_mention, _group_question))


# -- the terminal chat ------------------------------------------------------------------------


def chat_role(session: Session, args: str) -> list[View]:
    return role_views(session.services, session.person, args.strip())


def chat_compare(session: Session, args: str) -> list[View]:
    return pair_views(session.services, session.person, args, "compare")


def chat_switch(session: Session, args: str) -> list[View]:
    return pair_views(session.services, session.person, args, "switch")


def chat_press(session: Session, pressed: Button) -> list[View]:
    return press(session.services, session.person, pressed)


def chat_menu(item: str) -> ChatCommand:
    def show(session: Session, _args: str) -> list[View]:
        return [menu_view(session.services, item, session.person.lang)]

    return show
